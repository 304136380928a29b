"""Printing visit forms, training attendance sheets and certificates, one at a time or in a batch.

Every print writes the audit log (AuditAction.PRINT) in the transaction that read its data; a
batch of visit forms writes one entry per form (record type "visit", the visit's id), so that
the trail of any one case shows each paper copy of its forms, whether printed alone or with the
week's others (a batch reads each form in a short read of its own and writes its entries once
the PDF is built). Given a path, a print writes its file inside the audit's transaction, as case
sheets do, so a print that could not be saved is not audited; a cancelled batch writes neither
file nor entry. A demo database's prints say DEMO on every page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from care_desktop import i18n
from care_desktop.db.store import Store
from care_desktop.domain import records as r
from care_desktop.domain.audit import AuditAction
from care_desktop.domain.errors import UserFacingError
from care_desktop.reports import form_batch, layout, training_sheets, visit_form
from care_desktop.reports.context import PrintContext
from care_desktop.services import form_print_data, monitoring_service
from care_desktop.services.demo_database import is_demo
from care_desktop.services.print_common import PrintOptions, context_for, write_file
from care_desktop.services.unit_of_work import reading, writing

CTX = "FormPrint"
Progress = Callable[[int, int], None]  # (forms done, forms in all)
Cancelled = Callable[[], bool]


class NoVisitsDueError(UserFacingError):
    template = "No visit is due from {start} to {end}: there is nothing to print."


@dataclass(frozen=True, slots=True)
class BatchResult:
    start: date
    days: int
    forms: int  # forms laid out (all of them unless cancelled)
    total: int  # visits due in the window
    cancelled: bool
    path: Path | None  # None when cancelled: no file was written


def next_week(today: date) -> date:
    """The Monday after `today` (a week on from `today` if it is a Monday)."""
    return today + timedelta(days=7 - today.weekday())


def _visit_title(context: PrintContext) -> str:
    translate = i18n.translator(context.language)
    return translate(CTX, "Monitoring visit form")


def print_visit_form(
    store: Store,
    case_reference: str,
    *,
    slot: str | None = None,
    options: PrintOptions = PrintOptions(),
    out: Path | None = None,
    today: date | None = None,
    now: datetime | None = None,
) -> bytes:
    """The form of a case's next planned visit (or of its visit `slot`), audited."""
    demo = is_demo(store)
    with writing(store, today) as work:
        visit_id = form_print_data.open_visit_id(work, case_reference, slot)
        form = form_print_data.visit_form(work, visit_id)
        context = context_for(work, options, demo, now)
        translate = i18n.translator(context.language)
        pdf = form_batch.build(
            _visit_title(context),
            context,
            form.case_code,
            visit_form.flowables(form, translate),
        )
        work.audit(AuditAction.PRINT, record_type=r.VISIT.name, record_id=visit_id,
                   detail="visit-form")  # fmt: skip
        if out is not None:
            write_file(out, pdf)
    return pdf


def print_attendance(
    store: Store,
    session_reference: str,
    *,
    options: PrintOptions = PrintOptions(),
    out: Path | None = None,
    now: datetime | None = None,
) -> bytes:
    """A training session's attendance sheet (registered participants and blank rows), audited."""
    return _print_training(store, session_reference, options, out, now, certificates=False)


def print_certificates(
    store: Store,
    session_reference: str,
    *,
    options: PrintOptions = PrintOptions(),
    out: Path | None = None,
    now: datetime | None = None,
) -> bytes:
    """One certificate page per participant who attended, audited as one print."""
    return _print_training(store, session_reference, options, out, now, certificates=True)


def _print_training(
    store: Store,
    session_reference: str,
    options: PrintOptions,
    out: Path | None,
    now: datetime | None,
    *,
    certificates: bool,
) -> bytes:
    demo = is_demo(store)
    with writing(store) as work:
        session = form_print_data.training_session(work, session_reference)
        context = context_for(work, options, demo, now)
        translate = i18n.translator(context.language)
        if certificates:
            if not any(person.attended for person in session.participants):
                raise form_print_data.NoAttendeesError()
            title = translate(CTX, "Certificates of attendance")
            story = training_sheets.certificate_flowables(session, translate)
        else:
            title = translate(CTX, "Training attendance sheet")
            story = training_sheets.attendance_flowables(session, translate)
        if certificates:  # kept by each participant: no confidential header, no page count
            pdf = layout.Document(title, session.title, context, handout=True).build(story)
        else:
            pdf = form_batch.build(title, context, session.title, story)
        work.audit(
            AuditAction.PRINT,
            record_type=r.TRAINING_SESSION.name,
            record_id=session.session_id,
            detail="certificates" if certificates else "attendance-sheet",
        )
        if out is not None:
            write_file(out, pdf)
    return pdf


def print_visits_due(
    store: Store,
    out: Path,
    *,
    start: date | None = None,
    days: int = 7,
    options: PrintOptions = PrintOptions(),
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    officer_id: str | None = None,
    today: date | None = None,
    now: datetime | None = None,
) -> BatchResult:
    """The forms of every visit on the agenda of the week from `start` (default: next Monday)
    in one PDF at `out`: visits whose window opens by `start + days`, overdue ones included
    (monitoring_service.agenda). Forms are laid out one by one, reporting (done, total) after
    each; when `cancelled()` turns true the batch stops and writes no file and no audit entry.
    """
    start = start or next_week(today or date.today())
    items = monitoring_service.agenda(store, days=days, officer_id=officer_id, today=start)
    total = len(items)
    if not total:
        raise NoVisitsDueError(
            start=start.isoformat(), end=(start + timedelta(days=days)).isoformat()
        )
    demo = is_demo(store)
    with reading(store, today) as work:
        context = context_for(work, options, demo, now)
    translate = i18n.translator(context.language)
    document = form_batch.FormsDocument(_visit_title(context), context)
    if progress:
        progress(0, total)
    for done, item in enumerate(items, start=1):
        if cancelled and cancelled():
            return BatchResult(start, days, done - 1, total, cancelled=True, path=None)
        # one short read per form: the batch holds no transaction open while it lays out
        with reading(store, today) as work:
            form = form_print_data.visit_form(work, item.visit_id)
        document.add(form.case_code, visit_form.flowables(form, translate))
        if progress:
            progress(done, total)
    if cancelled and cancelled():
        return BatchResult(start, days, total, total, cancelled=True, path=None)
    pdf = document.finish()
    detail = f"visits-due {start.isoformat()}+{days}d, {total} forms"
    with writing(store, today) as work:
        for item in items:
            work.audit(AuditAction.PRINT, record_type=r.VISIT.name, record_id=item.visit_id,
                       detail=detail)  # fmt: skip
        write_file(out, pdf)
    return BatchResult(start, days, total, total, cancelled=False, path=out)
