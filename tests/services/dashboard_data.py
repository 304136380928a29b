"""A small data set with known indicator figures, made through the real services (also used by
tests/ui/test_dashboard.py). The figures it should give are worked out in the comments and in
tests/services/test_dashboard_service.py."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from care_desktop.db.store import Store
from care_desktop.services import (
    assessment_service,
    assistance_service,
    case_service,
    monitoring_service,
    records,
)

TODAY = date(2026, 6, 15)


@dataclass(frozen=True)
class KnownData:
    care: str  # programme CARE: targets assessed 10, assisted to return 4, trainings 2
    care_plus: str  # programme CARE+: target assisted to return 1


def _d(text: str) -> date:
    return date.fromisoformat(text)


def _case(store: Store, country: str, born: str, programme: str, identified: str) -> str:
    values = {
        "gender": "Feminine",
        "date_of_birth": born,
        "country_of_return": country,
        "programme_id": programme,
    }
    created = case_service.create_case(store, values, today=_d(identified))
    return str(created.case.values["case_code"])


def _travel(store: Store, code: str, departed: str, arrived: str | None) -> None:
    changes = {"departure_date": departed}
    if arrived:
        changes["arrival_date"] = arrived
    case_service.update_case(store, code, changes, today=_d(arrived or departed))


def _assess(store: Store, code: str, on: str, kind: str = "pre_departure") -> None:
    assessment_service.add_assessment(store, code, {"kind": kind, "assessed_on": on}, today=_d(on))


def _delivered(store: Store, code: str, phase: str, category: str, on: str) -> None:
    measure = assistance_service.add_measure(
        store, code, {"phase": phase, "category": category}, today=_d(on)
    )
    assistance_service.move_measure(store, measure.id, "approved", today=_d(on))
    assistance_service.move_measure(
        store, measure.id, "delivered", {"delivered_on": on}, today=_d(on)
    )


def _plan(store: Store, code: str, agreed: str) -> None:
    assistance_service.create_plan(store, code, {"agreed_on": agreed}, today=_d(agreed))
    assistance_service.advance_plan(store, code, today=_d(agreed))


def _visit(store: Store, code: str, slot: str, on: str | None) -> None:
    """Record the visit of `slot` as done on `on`, or as missed (None)."""
    case_id = case_service.get_case(store, code).id
    visit = next(v for v in records.list_for_case(store, "visit", case_id) if v.get("slot") == slot)
    if on is None:
        monitoring_service.record_visit(store, visit.id, {}, missed=True, today=TODAY)
    else:
        monitoring_service.record_visit(store, visit.id, {"visited_on": on}, today=_d(on))


def build(store: Store) -> KnownData:
    care = records.create(store, "programme", {"name": "CARE"}).id
    care_plus = records.create(store, "programme", {"name": "CARE+"}).id
    for programme, indicator, target in (
        (care, "assessed", 10),
        (care, "assisted_to_return", 4),
        (care, "trainings_held", 2),
        (care_plus, "assisted_to_return", 1),
    ):
        records.create(
            store, "target", {"programme_id": programme, "indicator": indicator, "target": target}
        )

    # A, NGA, adult, CARE: assessed twice (Nov 2025, Feb 2026), back 20 Jan 2026 with two
    # arrival measures, plan within the month, two reintegration measures delivered and one not;
    # its 1-month visit (not a donor slot) and 3-month visit (window closed 20 May) done.
    a = _case(store, "NGA", "1995-04-01", care, "2025-11-01")
    _assess(store, a, "2025-11-10")
    _travel(store, a, "2026-01-19", "2026-01-20")
    _delivered(store, a, "arrival", "airport_reception", "2026-01-20")
    _delivered(store, a, "arrival", "medical_checkup", "2026-01-20")
    _assess(store, a, "2026-02-03", "follow_up")
    _plan(store, a, "2026-02-15")
    _delivered(store, a, "reintegration", "business_startup", "2026-03-10")
    _delivered(store, a, "reintegration", "vocational_training", "2026-04-05")
    assistance_service.add_measure(
        store, a, {"phase": "reintegration", "category": "education"}, today=_d("2026-04-05")
    )
    _visit(store, a, "month-1", "2026-02-20")
    _visit(store, a, "month-3", "2026-04-21")

    # B, GIN, adult, CARE: assessed Mar 2025, back 30 Apr 2025, plan agreed too late (15 Jun),
    # 3-month visit missed, 6-month (window closed 29 Nov 2025) and 12-month (30 May 2026) done.
    b = _case(store, "GIN", "1990-06-01", care, "2025-03-01")
    _assess(store, b, "2025-03-10")
    _travel(store, b, "2025-04-29", "2025-04-30")
    _delivered(store, b, "arrival", "airport_reception", "2025-04-30")
    _plan(store, b, "2025-06-15")
    _delivered(store, b, "reintegration", "job_placement", "2025-08-01")
    _visit(store, b, "month-3", None)
    _visit(store, b, "month-6", "2025-10-30")
    _visit(store, b, "month-12", "2026-04-30")

    # C, GIN, a child, CARE+: assessed 4 Jan 2026, BID on 5 Jan, back 11 Feb 2026, plan agreed
    # exactly a month after arrival; its 3-month visit (window closed 25 May) not recorded.
    c = _case(store, "GIN", "2010-03-01", care_plus, "2026-01-02")
    _assess(store, c, "2026-01-04")
    c_id = case_service.get_case(store, c).id
    records.create(
        store,
        "best_interests",
        {"case_id": c_id, "kind": "determination", "conducted_on": "2026-01-05"},
        today=_d("2026-01-05"),
    )
    _travel(store, c, "2026-02-10", "2026-02-11")
    _plan(store, c, "2026-03-11")

    # D, NGA, adult, CARE: assessed May 2026, nothing else.
    d = _case(store, "NGA", "1998-01-01", care, "2026-05-01")
    _assess(store, d, "2026-05-02")

    # E, NGA, a child, CARE: left 1 Mar 2026 (no arrival recorded), BID only after leaving.
    e = _case(store, "NGA", "2012-01-01", care, "2026-02-01")
    e_id = case_service.get_case(store, e).id
    _travel(store, e, "2026-03-01", None)
    records.create(
        store,
        "best_interests",
        {"case_id": e_id, "kind": "determination", "conducted_on": "2026-03-05"},
        today=_d("2026-03-05"),
    )

    # Trainings of CARE: Nov 2025 (1 attended), Mar 2026 (2 of 3 attended), Jul 2026 (planned).
    for when, attended in (("2025-11-20", (True,)), ("2026-03-12", (True, True, False))):
        session = records.create(
            store, "training_session", {"programme_id": care, "date": when, "audience": "ofii"}
        )
        for number, came in enumerate(attended):
            records.create(
                store,
                "training_participant",
                {"session_id": session.id, "name": f"Officer {number}", "attended": came},
            )
    planned = records.create(
        store, "training_session", {"programme_id": care, "date": "2026-07-01", "audience": "ofii"}
    )
    records.create(
        store,
        "training_participant",
        {"session_id": planned.id, "name": "Officer 9", "attended": True},
    )
    return KnownData(care, care_plus)
