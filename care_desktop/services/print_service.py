"""Case sheets (issue 7 point 1): the data of one print profile read from the records, laid out,
audited.

`case_sheet(store, case, profile)` returns the PDF bytes. The profile decides what is READ, not
only what is shown: an interview sheet never loads the identity record, the trafficking profile
or any amount (reports/case_sheet_data.InterviewSheet has no field for them). A full sheet reads
them all; showing the identity on paper is a reveal, recorded in that same print's audit entry
(detail names the identity record). Each print writes exactly one audit entry (PRINT, on the
case) in the transaction that read the data; a demo database's sheets are marked DEMO.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from care_desktop import i18n
from care_desktop.db.store import Store
from care_desktop.domain import codes as c
from care_desktop.domain import records as r
from care_desktop.domain.audit import AuditAction
from care_desktop.domain.countries import country
from care_desktop.domain.errors import UserFacingError
from care_desktop.domain.roles import Role
from care_desktop.domain.schema import Kind, RecordSpec, Value
from care_desktop.domain.settings import PRINT_PROFILES
from care_desktop.reports import case_sheet as case_sheet_report
from care_desktop.reports.case_sheet_data import (
    BudgetLine,
    CaseCore,
    CaseSheet,
    Entry,
    FullSheet,
    HistoryLine,
    InterviewSheet,
)
from care_desktop.services import case_sheet_parts as parts
from care_desktop.services import demo_database, trust_service
from care_desktop.services.case_service import resolve
from care_desktop.services.print_common import print_context, write_file
from care_desktop.services.unit_of_work import Work, writing

INTERVIEW = "interview"
FULL = "full"


class UnknownProfileError(UserFacingError):
    template = "{profile} is not a print profile. Choose interview or full."


class FullSheetAtTheOfficeError(UserFacingError):
    template = (
        "The full case sheet (identity, trafficking details, budget) is printed at the office, "
        "on a coordinator's computer. Print the interview sheet here."
    )


@dataclass(frozen=True, slots=True)
class PrintedSheet:
    case_code: str
    profile: str
    pdf: bytes


def case_sheet(
    store: Store,
    case_reference: str,
    profile: str = INTERVIEW,
    *,
    language: str = i18n.SOURCE_LANGUAGE,
    paper: str = "A4",
    today: date | None = None,
    now: datetime | None = None,
    out: Path | None = None,
) -> PrintedSheet:
    """The case sheet of one case in one profile, as a PDF; one audit entry (PRINT). With `out`
    the file is written inside the transaction: a print that could not be saved is not audited
    as made, and no half-written file takes its name."""
    if profile not in PRINT_PROFILES:
        raise UnknownProfileError(profile=profile[:40])
    demo = demo_database.is_demo(store)
    with writing(store, today) as work:
        if profile == FULL and trust_service.role(work.session) != Role.COORDINATOR:
            # DESIGN §7: the full sheet is the coordinators'; a field laptop's paper goes to
            # interviews and homes, where the interview sheet is what is needed
            raise FullSheetAtTheOfficeError()
        case_id, case = resolve(work, case_reference)
        sheet = gather(work, case_id, case, profile, language)
        context = print_context(work, language=language, paper=paper, demo=demo, now=now)
        detail = f"case-sheet profile={profile}"
        if isinstance(sheet, FullSheet):
            identity = parts.identity_id(work, case_id)
            if identity is not None:
                detail += f" identity={identity}"
        work.audit(AuditAction.PRINT, record_type=r.CASE.name, record_id=case_id, detail=detail)
        pdf = case_sheet_report.render(sheet, context)
        if out is not None:
            write_file(out, pdf)
    return PrintedSheet(case_code=sheet.core.case_code, profile=profile, pdf=pdf)


def gather(
    work: Work, case_id: str, case: dict[str, Value], profile: str, language: str
) -> CaseSheet:
    """The data of one profile, and nothing more."""
    core = _core(work, case_id, case, language, full=profile == FULL)
    if profile != FULL:
        return InterviewSheet(core=core, questions=parts.next_visit_questions(work, case_id))
    return FullSheet(
        core=core,
        identity=_identity(work, case_id, language),
        trafficking=_trafficking(work, case_id, language),
        budget=_budget(work, case_id),
        budget_lines=_budget_lines(work, case_id),
        history=_history(work, case_id),
        remarks=str(case.get("remarks") or ""),
    )


def _core(
    work: Work, case_id: str, case: dict[str, Value], language: str, *, full: bool
) -> CaseCore:
    facts = ["gender", "country_of_return", "host_country", "arrival_date", "is_minor"]
    facts += ["risk_level", "languages"]
    if full:
        facts = ["date_of_birth", "estimated_age", "nationality", *facts]
        facts += ["trafficking_status", "identified_on", "departure_date", "place_of_return"]
    return CaseCore(
        case_code=str(case["case_code"]),
        status=parts.label(c.CASE_STATUS, case.get("status")),
        facts=entries(r.CASE, case, facts, language),
        consents=parts.consents(work, case_id),
        plan=parts.plan_entries(work, case_id),
        objectives=parts.objectives(work, case_id),
        measures=parts.measures(work, case_id),
        visits=parts.visits(work, case_id),
        actions=parts.actions(work, case_id),
        child=parts.child_annex(work, case_id, case),
    )


def entries(
    spec: RecordSpec, values: dict[str, Value], names: list[str], language: str
) -> tuple[Entry, ...]:
    """The named fields that have a value, as printable entries."""
    found: list[Entry] = []
    for name in names:
        field = spec.field(name)
        value = values.get(name)
        if value is None or value in ("", []):
            continue
        coded = field.codes is not None
        if field.kind is Kind.BOOL:
            found.append(Entry(field.label, ("Yes" if value else "No",), coded=True))
        elif field.kind is Kind.COUNTRY:
            found.append(Entry(field.label, (_country(str(value), language),)))
        elif field.kind is Kind.COUNTRIES:
            names_ = tuple(_country(str(v), language) for v in value)  # type: ignore[union-attr]
            found.append(Entry(field.label, names_))
        elif isinstance(value, list):
            shown = tuple(parts.label(field.codes, v) if coded else str(v) for v in value)
            found.append(Entry(field.label, shown, coded=coded))
        else:
            shown_one = parts.label(field.codes, value) if coded else str(value)
            found.append(Entry(field.label, (shown_one,), coded=coded))
    return tuple(found)


def _country(code: str, language: str) -> str:
    try:
        return country(code).name(language)
    except (KeyError, ValueError):
        return code


_IDENTITY_FIELDS = [f.name for f in r.IDENTITY.fields if f.name != "case_id"]
_TRAFFICKING_FIELDS = [f.name for f in r.TRAFFICKING_PROFILE.fields if f.name != "case_id"]


def _identity(work: Work, case_id: str, language: str) -> tuple[Entry, ...]:
    found = parts.first(work, r.IDENTITY, case_id)
    return entries(r.IDENTITY, found, _IDENTITY_FIELDS, language) if found else ()


def _trafficking(work: Work, case_id: str, language: str) -> tuple[Entry, ...]:
    found = parts.first(work, r.TRAFFICKING_PROFILE, case_id)
    if not found:
        return ()
    return entries(r.TRAFFICKING_PROFILE, found, _TRAFFICKING_FIELDS, language)


def _budget(work: Work, case_id: str) -> tuple[Entry, ...]:
    plan = parts.first(work, r.PLAN, case_id)
    if not plan or plan.get("budget_amount") is None:
        return ()
    currency = str(plan.get("currency") or "")
    amount = parts.money(plan.get("budget_amount"), currency)
    return (Entry("Budget", (f"{amount} {currency}".strip(),)),)


def _budget_lines(work: Work, case_id: str) -> tuple[BudgetLine, ...]:
    lines = []
    for _, m in parts.rows(work, r.MEASURE, case_id, order="planned_on"):
        currency = str(m.get("currency") or "")
        lines.append(
            BudgetLine(
                category=parts.label(c.ASSISTANCE_CATEGORY, m.get("category")),
                description=str(m.get("description") or ""),
                planned=parts.money(m.get("planned_amount"), currency),
                spent=parts.money(m.get("spent_amount"), currency),
                currency=currency,
            )
        )
    return tuple(lines)


def _history(work: Work, case_id: str) -> tuple[HistoryLine, ...]:
    events = parts.rows(work, r.CASE_EVENT, case_id, order="event_date")
    return tuple(
        HistoryLine(
            date=str(e.get("event_date") or ""),
            from_status=parts.label(c.CASE_STATUS, e.get("from_status")),
            to_status=parts.label(c.CASE_STATUS, e.get("to_status")),
            reason=str(e.get("reason") or ""),
        )
        for _, e in events
    )
