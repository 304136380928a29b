"""Moving a case through the workflow; each step checks its preconditions and is recorded."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement

from care_desktop.db import record_store
from care_desktop.db.record_tables import table
from care_desktop.db.store import Store
from care_desktop.domain import records as r
from care_desktop.domain.schema import RecordSpec, normalise
from care_desktop.domain.workflow import (
    CaseFacts,
    ClosureReasonRequiredError,
    ReopenReasonRequiredError,
    Status,
    TransitionNotAllowedError,
    check_transition,
    early_exit_default,
)
from care_desktop.services import case_service, consent_service
from care_desktop.services.records import Record, add, require
from care_desktop.services.unit_of_work import Work, new_id, writing


def facts(work: Work, case_id: str) -> CaseFacts:
    case = require(work, r.CASE, case_id)

    def exists(spec: RecordSpec, *conditions: ColumnElement[bool]) -> bool:
        t = table(spec)
        found = record_store.select_records(
            work.session, spec, t.c.case_id == case_id, *conditions, limit=1
        )
        return bool(found)

    assessments, bids, plans = table(r.ASSESSMENT), table(r.BEST_INTERESTS), table(r.PLAN)
    plan = record_store.select_records(work.session, r.PLAN, plans.c.case_id == case_id, limit=1)
    return CaseFacts(
        status=Status(str(case["status"])),
        is_minor=bool(case_service.derived_minor(case, work.today)),
        consents=frozenset(consent_service.active(work, case_id)),
        has_pre_departure_assessment=exists(r.ASSESSMENT, assessments.c.kind == "pre_departure"),
        has_bid_recommending_return=exists(
            r.BEST_INTERESTS,
            bids.c.kind == "determination",
            bids.c.decision == "return_recommended",
        ),
        has_family_assessment=exists(r.FAMILY_ASSESSMENT),
        departure_date_set=bool(case.get("departure_date")),
        arrival_date_set=bool(case.get("arrival_date")),
        plan_status=str(plan[0][1]["status"]) if plan and plan[0][1].get("status") else None,
    )


def _event(work: Work, case_id: str, before: Status, after: Status, reason: str | None) -> None:
    add(
        work,
        r.CASE_EVENT,
        {"case_id": case_id, "reason": reason},
        record_id=new_id(),
        derived={
            "from_status": str(before),
            "to_status": str(after),
            "event_date": work.today.isoformat(),
            "user_id": work.user_id,
        },
    )


def advance(
    store: Store,
    reference: str,
    target: str,
    *,
    closure_reason: str | None = None,
    early_exit: bool | None = None,
    reason: str | None = None,
    today: date | None = None,
) -> Record:
    """Move the case to `target` (the next step, or closed); refused with what is missing."""
    with writing(store, today) as work:
        case_id, case = case_service.resolve(work, reference)
        wanted = Status(str(normalise(r.CASE.field("status"), target)))
        current = facts(work, case_id)
        check_transition(current, wanted)
        changes: dict[str, object] = {"status": str(wanted)}
        if wanted is Status.CLOSED:
            if not closure_reason:
                raise ClosureReasonRequiredError()
            code = normalise(r.CASE.field("closure_reason"), closure_reason)
            changes["closure_reason"] = code
            changes["closed_on"] = work.today.isoformat()
            changes["early_exit"] = (
                early_exit_default(str(code), current.status) if early_exit is None else early_exit
            )
        record_store.update_record(work.session, r.CASE, case_id, changes, case)  # type: ignore[arg-type]
        _event(work, case_id, current.status, wanted, reason)
        case_service.refresh(work, case_id)
        return Record("case", case_id, require(work, r.CASE, case_id))


def reopen(
    store: Store,
    reference: str,
    reason: str,
    *,
    to_status: str | None = None,
    today: date | None = None,
) -> Record:
    """Reopen a closed case, by default at the step it was closed from."""
    if not reason.strip():
        raise ReopenReasonRequiredError()
    with writing(store, today) as work:
        case_id, case = case_service.resolve(work, reference)
        if case["status"] != Status.CLOSED:
            raise TransitionNotAllowedError(
                current=str(case["status"]), target=str(Status.IDENTIFIED)
            )
        events = table(r.CASE_EVENT)
        last = record_store.select_records(
            work.session,
            r.CASE_EVENT,
            events.c.case_id == case_id,
            events.c.to_status == str(Status.CLOSED),
            order_by=[events.c.event_date.desc()],
            limit=1,
        )
        previous = Status(str(last[0][1]["from_status"])) if last else Status.IDENTIFIED
        target = (
            Status(str(normalise(r.CASE.field("status"), to_status))) if to_status else previous
        )
        if target is Status.CLOSED:
            target = previous
        record_store.update_record(
            work.session,
            r.CASE,
            case_id,
            {"status": str(target), "closure_reason": None, "closed_on": None, "early_exit": None},
            case,
        )
        _event(work, case_id, Status.CLOSED, target, reason.strip())
        return Record("case", case_id, require(work, r.CASE, case_id))
