"""The dashboard's indicators on a known data set (tests/services/dashboard_data.py)."""

from __future__ import annotations

import pytest

from care_desktop.db.store import Store
from care_desktop.domain import codes
from care_desktop.services import case_service, dashboard_service, retention_service
from care_desktop.services.dashboard_service import DashboardFilter, SlotVisits
from tests.services import dashboard_data
from tests.services.dashboard_data import TODAY, KnownData


@pytest.fixture
def known(store: Store) -> KnownData:
    return dashboard_data.build(store)


def _actuals(board: dashboard_service.Dashboard) -> dict[str, int | None]:
    return {figures.code: figures.actual for figures in board.indicators}


def test_all_time_every_indicator_against_its_target(store: Store, known: KnownData) -> None:
    board = dashboard_service.dashboard(store, today=TODAY)
    assert [f.code for f in board.indicators] == list(codes.INDICATOR.values())
    assert _actuals(board) == {
        "assessed": 4,  # A (twice), B, C, D
        "assisted_to_return": 4,  # A, B, C, E
        "arrival_assistance": 2,  # A (two measures), B
        "reintegration_measures": 3,  # A's two delivered (not the planned one), B's one
        "plans_within_month": 2,  # A, C (exactly a month); B's came too late
        "children_with_bid": 1,  # C; E's determination came after leaving
        "visits_done": 3,  # A 3 months, B 6 and 12 months (A's 1-month visit is not counted)
        "reached_12_months": 1,  # B
        "trainings_held": 2,  # the July session is yet to be held
        "professionals_trained": 3,  # of those two sessions, those who attended
    }
    targets = {f.code: f.target for f in board.indicators if f.target is not None}
    assert targets == {"assessed": 10, "assisted_to_return": 5, "trainings_held": 2}
    assert board.indicator("assessed").share == pytest.approx(0.4)
    assert board.indicator("assisted_to_return").share == pytest.approx(0.8)
    assert board.indicator("visits_done").share is None
    assert board.visits == (
        SlotVisits("month-3", done=1, due=3),  # A done, B missed, C not recorded
        SlotVisits("month-6", done=1, due=1),
        SlotVisits("month-12", done=1, due=1),
    )
    assert board.measures_by_category == (
        ("vocational_training", 1),
        ("job_placement", 1),
        ("business_startup", 1),
    )


def test_by_month_and_by_country(store: Store, known: KnownData) -> None:
    board = dashboard_service.dashboard(store, today=TODAY)
    # all time: the last twelve months up to this one
    assert board.months[0] == "2025-07"
    assert board.months[-1] == "2026-06"
    assert len(board.months) == 12
    by_month = dict(zip(board.months, board.indicator("assessed").by_month, strict=True))
    assert {m: n for m, n in by_month.items() if n} == {
        "2025-11": 1,  # A
        "2026-01": 1,  # C
        "2026-02": 1,  # A again: a case counts in each month it was assessed in
        "2026-05": 1,  # D
    }
    visits = dict(zip(board.months, board.indicator("visits_done").by_month, strict=True))
    assert {m: n for m, n in visits.items() if n} == {"2025-11": 1, "2026-05": 2}
    trained = dict(
        zip(board.months, board.indicator("professionals_trained").by_month, strict=True)
    )
    assert {m: n for m, n in trained.items() if n} == {"2025-11": 1, "2026-03": 2}
    assert board.indicator("assessed").by_country == (("GIN", 2), ("NGA", 2))
    assert board.indicator("assisted_to_return").by_country == (("GIN", 2), ("NGA", 2))
    assert board.indicator("visits_done").by_country == (("GIN", 2), ("NGA", 1))
    assert board.indicator("trainings_held").by_country == ()
    assert board.choices.countries == ("GIN", "NGA")
    assert [name for _, name in board.choices.programmes] == ["CARE", "CARE+"]
    assert board.choices.years == (2026, 2025)


def test_a_year(store: Store, known: KnownData) -> None:
    board = dashboard_service.dashboard(store, DashboardFilter(year=2026), today=TODAY)
    assert board.months == tuple(f"2026-{m:02d}" for m in range(1, 13))
    assert _actuals(board) == {
        "assessed": 3,  # A (Feb), C, D
        "assisted_to_return": 3,  # A, C, E
        "arrival_assistance": 1,
        "reintegration_measures": 2,
        "plans_within_month": 2,
        "children_with_bid": 1,
        "visits_done": 2,  # A 3 months, B 12 months
        "reached_12_months": 1,
        "trainings_held": 1,
        "professionals_trained": 2,
    }
    assert board.indicator("assessed").by_month == (1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0)
    assert board.visits == (
        SlotVisits("month-3", 1, 2),
        SlotVisits("month-6", 0, 0),
        SlotVisits("month-12", 1, 1),
    )
    earlier = dashboard_service.dashboard(store, DashboardFilter(year=2025), today=TODAY)
    assert earlier.indicator("assessed").actual == 2  # B (Mar), A (Nov)
    assert earlier.indicator("assessed").by_month == (0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0)


def test_a_country_has_no_targets_and_no_trainings(store: Store, known: KnownData) -> None:
    board = dashboard_service.dashboard(store, DashboardFilter(country="GIN"), today=TODAY)
    assert _actuals(board) == {
        "assessed": 2,
        "assisted_to_return": 2,
        "arrival_assistance": 1,
        "reintegration_measures": 1,
        "plans_within_month": 1,
        "children_with_bid": 1,
        "visits_done": 2,
        "reached_12_months": 1,
        "trainings_held": None,
        "professionals_trained": None,
    }
    assert all(figures.target is None for figures in board.indicators)
    assert board.indicator("trainings_held").by_month == ()
    assert board.indicator("assessed").by_country == (("GIN", 2),)
    assert board.measures_by_category == (("job_placement", 1),)


def test_a_programme_and_its_targets(store: Store, known: KnownData) -> None:
    board = dashboard_service.dashboard(
        store, DashboardFilter(programme_id=known.care_plus), today=TODAY
    )
    assert board.indicator("assessed").actual == 1  # C
    assert board.indicator("assisted_to_return").actual == 1
    assert board.indicator("assisted_to_return").target == 1
    assert board.indicator("assisted_to_return").share == pytest.approx(1.0)
    assert board.indicator("assessed").target is None
    assert board.indicator("trainings_held").actual == 0
    care = dashboard_service.dashboard(store, DashboardFilter(programme_id=known.care), today=TODAY)
    assert care.indicator("assisted_to_return").actual == 3
    assert care.indicator("assisted_to_return").target == 4
    assert care.indicator("trainings_held").actual == 2


def test_an_erased_case_no_longer_counts(store: Store, known: KnownData) -> None:
    code = next(
        row.case_code
        for row in case_service.list_cases(store, country="NGA")
        if row.arrival_date == "2026-01-20"
    )
    before = dashboard_service.dashboard(store, today=TODAY).indicator("assessed").actual
    retention_service.erase(store, code, today=TODAY)
    after = dashboard_service.dashboard(store, today=TODAY)
    assert before == 4
    assert after.indicator("assessed").actual == 3
    assert after.indicator("visits_done").actual == 2
