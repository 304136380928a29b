"""The case file's summary: stage, next visit, warnings and what the next step still needs."""

from __future__ import annotations

from datetime import date, timedelta

from care_desktop.db.store import Store
from care_desktop.services import case_service, case_summary_service, consent_service, records
from care_desktop.services.case_summary_service import Warning_

D = date(2026, 3, 1)


def test_a_new_minor_carries_its_warnings_and_the_next_step_says_what_is_missing(
    store: Store,
) -> None:
    created = case_service.create_case(
        store,
        {"gender": "Feminine", "country_of_return": "NGA", "date_of_birth": "2012-01-10"},
        {"given_name": "Amina"},
        today=D,
    )
    summary = case_summary_service.summary(store, created.case.id, today=D)
    assert summary.status == "identified"
    assert summary.is_minor
    assert summary.next_status == "assessed"
    assert [m.text for m in summary.missing] == [
        "consent to receive assistance",
        "a pre-departure assessment",
    ]
    assert set(summary.warnings) == {
        Warning_.MINOR_WITHOUT_GUARDIAN,
        Warning_.NO_ACTIVE_CONSENT,
    }
    assert summary.next_visit is None
    consent_service.give(store, created.case.id, {"scope": "services"}, today=D)
    records.create(
        store, "guardian", {"case_id": created.case.id, "name": "Aisha", "authority": "parent"}
    )
    assert case_summary_service.summary(store, created.case.id, today=D).warnings == ()


def test_the_next_visit_and_an_overdue_one(store: Store) -> None:
    created = case_service.create_case(
        store, {"gender": "Masculine", "country_of_return": "NGA", "estimated_age": 30}, today=D
    )
    arrival = D - timedelta(days=75)
    case_service.update_case(store, created.case.id, {"arrival_date": arrival.isoformat()}, today=D)
    summary = case_summary_service.summary(store, created.case.id, today=D)
    assert summary.next_visit is not None
    assert summary.next_visit.state == "overdue"
    assert Warning_.OVERDUE_VISIT in summary.warnings


def test_reference_choices_list_partners_and_users_by_name(store: Store) -> None:
    records.create(store, "partner", {"name": "Zeta"})
    partner = records.create(store, "partner", {"name": "Alpha"})
    choices = case_summary_service.reference_choices(store)
    assert choices.partners[0] == ("Alpha", partner.id)
    assert [name for name, _ in choices.partners] == ["Alpha", "Zeta"]
    assert [name for name, _ in choices.users] == ["Coordinator One"]
