"""The reintegration plan, its objectives and the assistance measures with their statuses."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from care_desktop.db import record_store
from care_desktop.db.record_tables import table
from care_desktop.db.store import Store
from care_desktop.domain import records as r
from care_desktop.domain.errors import Msg, UserFacingError
from care_desktop.services import case_service
from care_desktop.services.records import Record, add, change, require
from care_desktop.services.unit_of_work import Work, writing

# planned → approved → in progress → delivered / partly delivered; cancelled or refused on the way
MEASURE_STEPS: dict[str, frozenset[str]] = {
    "planned": frozenset({"approved", "cancelled", "refused"}),
    "approved": frozenset({"in_progress", "delivered", "partly_delivered", "cancelled", "refused"}),
    "in_progress": frozenset({"delivered", "partly_delivered", "cancelled", "refused"}),
    "delivered": frozenset(),
    "partly_delivered": frozenset(),
    "cancelled": frozenset(),
    "refused": frozenset(),
}
PLAN_STEPS = {"draft": "agreed", "agreed": "approved"}


class MeasureStepError(UserFacingError):
    template = "A measure that is {current} cannot become {target}."


class PlanRequiredError(UserFacingError):
    template = (
        "A reintegration measure can only be approved once the reintegration plan is agreed "
        "with the person. Agree the plan first."
    )


class PlanStepError(UserFacingError):
    template = "The plan is {current}; it can only move to the next step ({expected})."


class NoPlanError(UserFacingError):
    template = "This case has no reintegration plan yet. Create it first."


def _plan_of(work: Work, case_id: str) -> tuple[str, dict[str, Any]] | None:
    found = record_store.select_records(
        work.session, r.PLAN, table(r.PLAN).c.case_id == case_id, limit=1
    )
    return found[0] if found else None


def create_plan(
    store: Store, case_reference: str, values: Mapping[str, Any], *, today: date | None = None
) -> Record:
    with writing(store, today) as work:
        case_id, _ = case_service.resolve(work, case_reference)
        return add(work, r.PLAN, {**values, "case_id": case_id}, derived={"status": "draft"})


def advance_plan(store: Store, case_reference: str, *, today: date | None = None) -> Record:
    """draft → agreed (with the person) → approved (by the office)."""
    with writing(store, today) as work:
        case_id, _ = case_service.resolve(work, case_reference)
        plan = _plan_of(work, case_id)
        if plan is None:
            raise NoPlanError()
        plan_id, values = plan
        current = str(values.get("status") or "draft")
        target = PLAN_STEPS.get(current)
        if target is None:
            raise PlanStepError(current=Msg("codes", current.capitalize()), expected="—")
        changes: dict[str, Any] = {"status": target}
        if target == "agreed" and not values.get("agreed_on"):
            changes["agreed_on"] = work.today.isoformat()
        if target == "approved":
            changes["approved_on"] = work.today.isoformat()
            changes["approved_by"] = work.user_id
        record_store.update_record(work.session, r.PLAN, plan_id, changes, values)
        return Record("plan", plan_id, require(work, r.PLAN, plan_id))


def add_objective(
    store: Store, case_reference: str, values: Mapping[str, Any], *, today: date | None = None
) -> Record:
    with writing(store, today) as work:
        case_id, _ = case_service.resolve(work, case_reference)
        plan = _plan_of(work, case_id)
        if plan is None:
            raise NoPlanError()
        given = {"status": "open", **values, "case_id": case_id, "plan_id": plan[0]}
        return add(work, r.OBJECTIVE, given)


def add_measure(
    store: Store, case_reference: str, values: Mapping[str, Any], *, today: date | None = None
) -> Record:
    with writing(store, today) as work:
        case_id, _ = case_service.resolve(work, case_reference)
        plan = _plan_of(work, case_id)
        given = {**values, "case_id": case_id}
        if plan is not None and given.get("phase") == "reintegration":
            given.setdefault("plan_id", plan[0])
        return add(work, r.MEASURE, given, derived={"status": "planned"})


def move_measure(
    store: Store,
    measure_id: str,
    target: str,
    changes: Mapping[str, Any] | None = None,
    *,
    today: date | None = None,
) -> Record:
    """Take a measure to its next status; approving a reintegration measure needs a plan."""
    with writing(store, today) as work:
        measure = require(work, r.MEASURE, measure_id)
        current = str(measure.get("status") or "planned")
        if target not in MEASURE_STEPS.get(current, frozenset()):
            raise MeasureStepError(
                current=Msg("codes", current.replace("_", " ").capitalize()),
                target=Msg("codes", target.replace("_", " ").capitalize()),
            )
        if target == "approved" and measure.get("phase") == "reintegration":
            plan = _plan_of(work, str(measure["case_id"]))
            if plan is None or plan[1].get("status") not in ("agreed", "approved"):
                raise PlanRequiredError()
        given = dict(changes or {})
        if target in ("delivered", "partly_delivered"):
            given.setdefault("delivered_on", work.today.isoformat())
        record, _ = change(work, r.MEASURE, measure_id, given, derived={"status": target})
        return record
