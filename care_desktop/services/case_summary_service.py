"""What the case file shows at a glance: the stage, the risk, the next visit due, the warnings,
what the next workflow step still needs; and the partners and users its forms offer to pick."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from care_desktop.db import record_store
from care_desktop.db.record_tables import table
from care_desktop.db.store import Store
from care_desktop.domain import records as r
from care_desktop.domain.errors import Msg
from care_desktop.domain.schedule import VisitState, VisitStatus, visit_state
from care_desktop.domain.workflow import NEXT, Status, missing_for
from care_desktop.services import monitoring_service, workflow_service
from care_desktop.services.case_service import resolve
from care_desktop.services.unit_of_work import reading


class Warning_:  # noqa: N801 - "Warning" is a builtin
    """The warnings a case can carry (codes; the interface says them in words)."""

    OVERDUE_VISIT = "overdue_visit"
    MINOR_WITHOUT_GUARDIAN = "minor_without_guardian"
    NO_ACTIVE_CONSENT = "no_active_consent"
    POSSIBLE_DUPLICATE = "possible_duplicate"


@dataclass(frozen=True, slots=True)
class NextVisit:
    visit_id: str
    slot: str
    due_date: str
    window_end: str
    state: str  # VisitState


@dataclass(frozen=True, slots=True)
class CaseSummary:
    case_id: str
    case_code: str
    status: str
    risk_level: str | None
    is_minor: bool
    gender: str | None
    country_of_return: str | None
    arrival_date: str | None
    next_visit: NextVisit | None
    warnings: tuple[str, ...]
    next_status: str | None  # the next step of the workflow (None once in monitoring or closed)
    missing: tuple[Msg, ...]  # what the next step still needs (empty: it can be taken)


@dataclass(frozen=True, slots=True)
class ReferenceChoices:
    """(name, id) pairs for the reference fields of the case file's forms."""

    partners: tuple[tuple[str, str], ...]
    users: tuple[tuple[str, str], ...]


def summary(store: Store, case_reference: str, *, today: date | None = None) -> CaseSummary:
    with reading(store, today) as work:
        case_id, case = resolve(work, case_reference)
        facts = workflow_service.facts(work, case_id)
        planned = [
            (visit_id, values)
            for visit_id, values in monitoring_service.visits_of(work, case_id)
            if values.get("status") == VisitStatus.PLANNED
        ]
        next_visit = None
        overdue = False
        for visit_id, values in planned:
            state = visit_state(
                VisitStatus.PLANNED,
                date.fromisoformat(str(values["due_date"])),
                date.fromisoformat(str(values["window_start"])),
                date.fromisoformat(str(values["window_end"])),
                work.today,
            )
            overdue = overdue or state is VisitState.OVERDUE
            if next_visit is None:
                next_visit = NextVisit(
                    visit_id=visit_id,
                    slot=str(values["slot"]),
                    due_date=str(values["due_date"]),
                    window_end=str(values["window_end"]),
                    state=str(state),
                )
        closed = facts.status is Status.CLOSED
        warnings: list[str] = []
        if overdue and not closed:
            warnings.append(Warning_.OVERDUE_VISIT)
        guardians = record_store.select_records(
            work.session, r.GUARDIAN, table(r.GUARDIAN).c.case_id == case_id, limit=1
        )
        if facts.is_minor and not guardians and not closed:
            warnings.append(Warning_.MINOR_WITHOUT_GUARDIAN)
        if not facts.consents and not closed:
            warnings.append(Warning_.NO_ACTIVE_CONSENT)
        links = table(r.CASE_LINK)
        flagged = record_store.select_records(
            work.session,
            r.CASE_LINK,
            links.c.case_id == case_id,
            links.c.kind == "possible_duplicate",
            limit=1,
        )
        if flagged:
            warnings.append(Warning_.POSSIBLE_DUPLICATE)
        following = NEXT.get(facts.status)
        risk = case.get("risk_level")
        return CaseSummary(
            case_id=case_id,
            case_code=str(case["case_code"]),
            status=str(case["status"]),
            risk_level=str(risk) if risk else None,
            is_minor=facts.is_minor,
            gender=str(case["gender"]) if case.get("gender") else None,
            country_of_return=str(case.get("country_of_return") or "") or None,
            arrival_date=str(case["arrival_date"]) if case.get("arrival_date") else None,
            next_visit=next_visit,
            warnings=tuple(warnings),
            next_status=str(following) if following else None,
            missing=tuple(missing_for(facts, following)) if following else (),
        )


def reference_choices(store: Store) -> ReferenceChoices:
    with reading(store) as work:
        partners = table(r.PARTNER)
        found = work.session.execute(
            select(partners.c.name, partners.c.id)
            .where(partners.c.deleted.is_(False))
            .order_by(partners.c.name)
        ).all()
        users = table(r.USER)
        people = work.session.execute(
            select(users.c.display_name, users.c.id)
            .where(users.c.deleted.is_(False))
            .order_by(users.c.display_name)
        ).all()
        return ReferenceChoices(
            partners=tuple((str(name), str(pid)) for name, pid in found),
            users=tuple((str(name), str(uid)) for name, uid in people),
        )
