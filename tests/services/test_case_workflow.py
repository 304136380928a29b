"""The reintegration workflow on a real encrypted database: steps, gates, schedule, risk."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from care_desktop.db.models import AuditEntry
from care_desktop.db.store import Store
from care_desktop.domain.workflow import TransitionNotAllowedError, TransitionRefusedError
from care_desktop.services import (
    assessment_service,
    assistance_service,
    case_service,
    consent_service,
    monitoring_service,
    records,
    referral_service,
    workflow_service,
)
from care_desktop.services.consent_service import NoConsentError
from care_desktop.services.records import Record

D = date(2026, 3, 1)


def new_case(store: Store, *, born: str = "1999-05-01", **extra: str) -> Record:
    values = {"gender": "Feminine", "date_of_birth": born, "country_of_return": "NGA", **extra}
    created = case_service.create_case(
        store, values, {"given_name": "Ngozi", "family_name": "Eze"}, today=D
    )
    return created.case


def assess(store: Store, code: str) -> None:
    consent_service.give(store, code, {"scope": "services"}, today=D)
    assessment_service.add_assessment(store, code, {"kind": "pre_departure"}, today=D)
    workflow_service.advance(store, code, "assessed", today=D)


def test_a_case_opens_identified_with_a_code_and_its_identity_apart(store: Store) -> None:
    case = new_case(store)
    assert case.values["status"] == "identified"
    assert str(case.values["case_code"]).startswith("NGA-")
    assert "given_name" not in case.values
    identity = case_service.get_identity(store, str(case.values["case_code"]))
    assert identity is not None
    assert identity.values["given_name"] == "Ngozi"
    with store.read() as session:
        views = session.scalars(
            select(AuditEntry.record_type).where(AuditEntry.action == "view")
        ).all()
    assert views == ["identity"]  # every read of identity is audited


def test_each_step_checks_its_preconditions_and_is_recorded(store: Store) -> None:
    case = new_case(store)
    code = str(case.values["case_code"])
    with pytest.raises(TransitionRefusedError) as refused:
        workflow_service.advance(store, code, "assessed", today=D)
    assert "consent to receive assistance" in str(refused.value)
    assert "pre-departure assessment" in str(refused.value)
    with pytest.raises(TransitionNotAllowedError):
        workflow_service.advance(store, code, "arrived", today=D)
    assess(store, code)
    with pytest.raises(TransitionRefusedError, match="consent to transfer"):
        workflow_service.advance(store, code, "return_approved", today=D)
    consent_service.give(store, code, {"scope": "transfer_to_office"}, today=D)
    workflow_service.advance(store, code, "return_approved", today=D)
    with pytest.raises(TransitionRefusedError, match="departure date"):
        workflow_service.advance(store, code, "departed", today=D)
    events = records.list_for_case(store, "case_event", case.id)
    steps = {(e.values["from_status"], e.values["to_status"]) for e in events}
    assert steps == {("identified", "assessed"), ("assessed", "return_approved")}
    assert all(e.values["user_id"] == store.user_id for e in events)
    assert all(e.values["event_date"] == D.isoformat() for e in events)


def test_a_child_cannot_be_approved_for_return_without_bid_and_family_assessment(
    store: Store,
) -> None:
    case = new_case(store, born="2011-01-01")
    code = str(case.values["case_code"])
    assert case.values["is_minor"] is True
    assess(store, code)
    consent_service.give(
        store, code, {"scope": "transfer_to_office", "given_by": "guardian"}, today=D
    )
    with pytest.raises(TransitionRefusedError) as refused:
        workflow_service.advance(store, code, "return_approved", today=D)
    message = str(refused.value)
    assert "best-interests determination recommending return" in message
    assert "family assessment" in message
    # a determination against return does not open the gate
    records.create(
        store,
        "best_interests",
        {"case_id": case.id, "kind": "determination", "conducted_on": "2026-02-20",
         "decision": "return_not_recommended"},
        today=D,
    )  # fmt: skip
    records.create(
        store, "family_assessment", {"case_id": case.id, "assessed_on": "2026-02-21"}, today=D
    )
    with pytest.raises(TransitionRefusedError, match="recommending return"):
        workflow_service.advance(store, code, "return_approved", today=D)
    records.create(
        store,
        "best_interests",
        {"case_id": case.id, "kind": "determination", "conducted_on": "2026-02-25",
         "decision": "return_recommended"},
        today=D,
    )  # fmt: skip
    assert (
        workflow_service.advance(store, code, "return_approved", today=D).values["status"]
        == "return_approved"
    )


def test_the_schedule_follows_the_arrival_date_and_keeps_completed_visits(store: Store) -> None:
    case = new_case(store)
    code = str(case.values["case_code"])
    case_service.update_case(store, code, {"arrival_date": "2026-01-10"}, today=D)
    agenda = monitoring_service.agenda(store, days=400, today=D)
    slots = [item.slot for item in agenda]
    assert slots == ["month-1", "month-3", "month-6", "month-9", "month-12"]
    first = agenda[0]
    assert first.due_date == "2026-02-10"
    assert str(first.state) == "overdue"
    monitoring_service.record_visit(
        store, first.visit_id, {"findings_social": "Settled with family"}, today=D
    )
    # the arrival date was wrong: corrected, open visits move, the completed one stays
    case_service.update_case(store, code, {"arrival_date": "2026-01-20"}, today=D)
    visits = {v.values["slot"]: v for v in records.list_for_case(store, "visit", case.id)}
    assert visits["month-1"].values["status"] == "completed"
    assert visits["month-1"].values["due_date"] == "2026-02-10"
    assert visits["month-3"].values["due_date"] == "2026-04-20"
    assert len(visits) == 5


def test_a_child_gets_the_denser_schedule(store: Store) -> None:
    case = new_case(store, born="2012-04-01")
    case_service.update_case(
        store, str(case.values["case_code"]), {"arrival_date": "2026-02-01"}, today=D
    )
    slots = sorted(v.values["slot"] for v in records.list_for_case(store, "visit", case.id))
    assert "week-2" in slots
    assert len(slots) == 7


def test_risks_give_the_assessment_and_the_case_their_level(store: Store) -> None:
    case = new_case(store)
    code = str(case.values["case_code"])
    assessment = assessment_service.add_assessment(store, code, {"kind": "pre_departure"}, today=D)
    low = assessment_service.add_risk(
        store, assessment.id, {"description": "Stigma", "likelihood": 2, "severity": 2}, today=D
    )
    assert low.values["level"] == "low"
    assert case_service.get_case(store, code).values["risk_level"] == "low"
    assessment_service.add_risk(
        store, assessment.id, {"description": "Recruiter nearby", "likelihood": 3, "severity": 5},
        today=D,
    )  # fmt: skip
    assert case_service.get_case(store, code).values["risk_level"] == "high"
    assessment_service.change_risk(store, low.id, {"severity": 4}, today=D)
    assert records.get(store, "risk_item", low.id).values["level"] == "medium"


def test_referrals_need_consent_to_share_with_that_partner(store: Store) -> None:
    case = new_case(store)
    code = str(case.values["case_code"])
    partner = records.create(store, "partner", {"name": "Clinic", "organisation_type": "NGO"})
    other = records.create(store, "partner", {"name": "Workshop"})
    with pytest.raises(NoConsentError, match="no valid consent"):
        referral_service.refer(
            store, code, {"partner_id": partner.id, "service": "health"}, today=D
        )
    consent_service.give(store, code, {"scope": "data_sharing", "partner_id": other.id}, today=D)
    with pytest.raises(NoConsentError):
        referral_service.refer(
            store, code, {"partner_id": partner.id, "service": "health"}, today=D
        )
    given = consent_service.give(
        store, code, {"scope": "data_sharing", "partner_id": partner.id}, today=D
    )
    referral_service.refer(store, code, {"partner_id": partner.id, "service": "health"}, today=D)
    consent_service.withdraw(store, given.id, on=D)
    with pytest.raises(NoConsentError):
        referral_service.refer(store, code, {"partner_id": partner.id, "service": "legal"}, today=D)


def test_reintegration_measures_are_approved_only_with_an_agreed_plan(store: Store) -> None:
    case = new_case(store)
    code = str(case.values["case_code"])
    arrival = assistance_service.add_measure(
        store, code, {"phase": "arrival", "category": "airport_reception"}, today=D
    )
    assistance_service.move_measure(store, arrival.id, "approved", today=D)  # no plan needed
    measure = assistance_service.add_measure(
        store, code,
        {"phase": "reintegration", "category": "business_startup", "planned_amount": "750",
         "currency": "EUR"},
        today=D,
    )  # fmt: skip
    assert measure.values["planned_amount"] == 75000
    with pytest.raises(assistance_service.NoPlanError):
        assistance_service.advance_plan(store, code, today=D)
    assistance_service.create_plan(
        store, code, {"budget_amount": "1500", "currency": "EUR"}, today=D
    )
    with pytest.raises(assistance_service.PlanRequiredError):
        assistance_service.move_measure(store, measure.id, "approved", today=D)
    assistance_service.advance_plan(store, code, today=D)  # agreed
    assistance_service.move_measure(store, measure.id, "approved", today=D)
    assistance_service.move_measure(store, measure.id, "in_progress", today=D)
    done = assistance_service.move_measure(
        store, measure.id, "delivered", {"spent_amount": "700"}, today=D
    )
    assert (done.values["status"], done.values["spent_amount"]) == ("delivered", 70000)
    with pytest.raises(assistance_service.MeasureStepError):
        assistance_service.move_measure(store, measure.id, "planned", today=D)


def test_closing_needs_a_reason_and_reopening_restores_the_step(store: Store) -> None:
    case = new_case(store)
    code = str(case.values["case_code"])
    assess(store, code)
    with pytest.raises(workflow_service.ClosureReasonRequiredError):
        workflow_service.advance(store, code, "closed", today=D)
    closed = workflow_service.advance(store, code, "closed", closure_reason="lost_contact", today=D)
    assert closed.values["early_exit"] is True
    assert closed.values["closed_on"] == D.isoformat()
    reopened = workflow_service.reopen(store, code, "Contact found again", today=D)
    assert reopened.values["status"] == "assessed"
    assert reopened.values["closure_reason"] is None
