"""Monitoring visits: the schedule that follows the arrival date, recording visits, the agenda."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, select

from care_desktop.db import record_store
from care_desktop.db.record_tables import table
from care_desktop.db.store import Store
from care_desktop.domain import records as r
from care_desktop.domain.codes import VISIT_STATUS
from care_desktop.domain.errors import Msg, UserFacingError
from care_desktop.domain.schedule import (
    ExistingVisit,
    VisitState,
    VisitStatus,
    recompute,
    template_for,
    visit_state,
)
from care_desktop.domain.schema import Value
from care_desktop.services.records import Record, change, require
from care_desktop.services.unit_of_work import Work, new_id, reading, writing

# The sustainability survey is taken at these visits (mid-way and at the end of monitoring).
RSS_SLOTS = frozenset({"month-6", "month-12"})


class VisitNotOpenError(UserFacingError):
    template = (
        "This visit has already been recorded (status: {status}); add a case note instead of "
        "recording it again."
    )


@dataclass(frozen=True, slots=True)
class AgendaItem:
    visit_id: str
    case_id: str
    case_code: str
    slot: str
    due_date: str
    window_start: str
    window_end: str
    state: VisitState
    rss_due: bool


def _existing(work: Work, case_id: str) -> list[ExistingVisit]:
    t = table(r.VISIT)
    rows = record_store.select_records(work.session, r.VISIT, t.c.case_id == case_id)
    return [
        ExistingVisit(
            visit_id=visit_id,
            slot_key=str(values["slot"]),
            status=VisitStatus(str(values["status"])),
            due_date=date.fromisoformat(str(values["due_date"])),
            window_start=date.fromisoformat(str(values["window_start"])),
            window_end=date.fromisoformat(str(values["window_end"])),
        )
        for visit_id, values in rows
    ]


def sync_schedule(work: Work, case_id: str) -> None:
    """Create or correct the visits of a case from its arrival date (completed ones are kept)."""
    case = require(work, r.CASE, case_id)
    if not case.get("arrival_date"):
        return
    arrival = date.fromisoformat(str(case["arrival_date"]))
    template = template_for(bool(case.get("is_minor")))
    changes = recompute(_existing(work, case_id), arrival, template)
    for planned in changes.additions:
        record_store.insert_record(
            work.session,
            r.VISIT,
            new_id(),
            {
                "case_id": case_id,
                "slot": planned.slot_key,
                "due_date": planned.due_date.isoformat(),
                "window_start": planned.window_start.isoformat(),
                "window_end": planned.window_end.isoformat(),
                "status": str(VisitStatus.PLANNED),
                "rss_due": planned.slot_key in RSS_SLOTS,
            },
        )
    for visit_id, planned in changes.updates:
        record_store.update_record(
            work.session,
            r.VISIT,
            visit_id,
            {
                "due_date": planned.due_date.isoformat(),
                "window_start": planned.window_start.isoformat(),
                "window_end": planned.window_end.isoformat(),
            },
        )
    for visit_id in changes.cancellations:
        record_store.update_record(
            work.session, r.VISIT, visit_id, {"status": str(VisitStatus.CANCELLED)}
        )


def record_visit(
    store: Store,
    visit_id: str,
    values: Mapping[str, Any],
    *,
    missed: bool = False,
    today: date | None = None,
) -> Record:
    """Record a visit as done (findings by dimension) or as missed."""
    with writing(store, today) as work:
        current = require(work, r.VISIT, visit_id)
        if current["status"] != VisitStatus.PLANNED:
            label = VISIT_STATUS.get(str(current["status"]))
            raise VisitNotOpenError(status=Msg("codes", label.label if label else "?"))
        given = dict(values)
        if not missed:
            given.setdefault("visited_on", work.today.isoformat())
            if work.user_id:
                given.setdefault("visited_by", work.user_id)
        status = VisitStatus.MISSED if missed else VisitStatus.COMPLETED
        record, _ = change(work, r.VISIT, visit_id, given, derived={"status": str(status)})
        return record


def agenda(
    store: Store,
    *,
    days: int = 7,
    officer_id: str | None = None,
    today: date | None = None,
) -> list[AgendaItem]:
    """Visits due in the next `days` days, and overdue ones, in the caseload (or everyone's)."""
    with reading(store, today) as work:
        visits, cases = table(r.VISIT), table(r.CASE)
        horizon = (work.today + timedelta(days=days)).isoformat()
        query = (
            # only what the agenda shows: a visit's findings and notes are never read here
            select(
                visits.c.id,
                visits.c.case_id,
                visits.c.slot,
                visits.c.due_date,
                visits.c.window_start,
                visits.c.window_end,
                visits.c.rss_due,
                cases.c.case_code,
            )
            .join(cases, cases.c.id == visits.c.case_id)
            .where(
                and_(
                    visits.c.deleted.is_(False),
                    cases.c.deleted.is_(False),
                    cases.c.status != "closed",
                    visits.c.status == str(VisitStatus.PLANNED),
                    visits.c.window_start <= horizon,
                )
            )
            .order_by(visits.c.due_date, cases.c.case_code)
        )
        if officer_id:
            query = query.where(cases.c.officer_id == officer_id)
        items = []
        for row in work.session.execute(query):
            items.append(
                AgendaItem(
                    visit_id=row.id,
                    case_id=row.case_id,
                    case_code=row.case_code,
                    slot=row.slot,
                    due_date=row.due_date,
                    window_start=row.window_start,
                    window_end=row.window_end,
                    state=visit_state(
                        VisitStatus.PLANNED,
                        date.fromisoformat(row.due_date),
                        date.fromisoformat(row.window_start),
                        date.fromisoformat(row.window_end),
                        work.today,
                    ),
                    rss_due=bool(row.rss_due),
                )
            )
        return items


def visits_of(work: Work, case_id: str) -> list[tuple[str, dict[str, Value]]]:
    t = table(r.VISIT)
    return record_store.select_records(
        work.session, r.VISIT, t.c.case_id == case_id, order_by=[t.c.due_date]
    )
