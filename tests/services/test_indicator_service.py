"""The indicator report's figures: on the dashboard's known data set (worked out by hand) and on
demo data, against the same figures computed again in plain Python from the JSON export
(tests/services/indicator_oracle.py), small cells withheld exactly where they must be."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from care_desktop.db.store import Store
from care_desktop.domain.codes import currency_digits
from care_desktop.reports import indicator_data as d
from care_desktop.reports.indicator_data import IndicatorReport, Series
from care_desktop.services import (
    audit_service,
    dashboard_service,
    demo_service,
    export_service,
    indicator_service,
    rss_service,
)
from care_desktop.services.dashboard_service import DashboardFilter
from care_desktop.services.indicator_service import (
    ReportPeriodError,
    ReportRequest,
    UnknownProgrammeError,
)
from care_desktop.services.indicator_small_cells import withheld
from care_desktop.services.unit_of_work import reading
from tests.services import dashboard_data
from tests.services.dashboard_data import TODAY, KnownData
from tests.services.indicator_oracle import Figure, Oracle

DEMO_TODAY = date(2026, 11, 20)


@pytest.fixture
def known(store: Store) -> KnownData:
    return dashboard_data.build(store)


def _total(report: IndicatorReport, indicator: str, measure: str, detail: str = "") -> object:
    found = report.find(indicator, measure, detail)
    assert found is not None, (indicator, measure, detail)
    return found.total.value


def test_known_data_totals_are_the_dashboards(store: Store, known: KnownData) -> None:
    report = indicator_service.indicator_report(store, today=TODAY)
    board = dashboard_service.dashboard(store, today=TODAY)
    assert _total(report, d.ASSESSED, d.PERSONS) == 4 == board.indicator("assessed").actual
    assert _total(report, d.ASSISTED_TO_RETURN, d.PERSONS) == 4
    assert _total(report, d.ARRIVAL_ASSISTANCE, d.PERSONS) == 2  # A (two types), B
    assert _total(report, d.ARRIVAL_ASSISTANCE, d.PERSONS, "airport_reception") == 2
    assert _total(report, d.ARRIVAL_ASSISTANCE, d.PERSONS, "medical_checkup") == 1
    assert _total(report, d.REINTEGRATION_MEASURES, d.ITEMS) == 3
    by_category = {s.detail: s.total.value for s in report.of(d.REINTEGRATION_MEASURES) if s.detail}
    assert by_category == dict(board.measures_by_category)
    assert _total(report, d.PLANS_WITHIN_MONTH, d.ITEMS) == 2
    assert _total(report, d.CHILDREN_WITH_BID, d.PERSONS) == 1
    for slot in board.visits:
        assert _total(report, d.VISITS, d.DONE, slot.slot) == slot.done
        assert _total(report, d.VISITS, d.DUE, slot.slot) == slot.due
    assert _total(report, d.REACHED_12_MONTHS, d.PERSONS) == 1
    assert _total(report, d.TRAININGS_HELD, d.ITEMS) == 2
    assert _total(report, d.PROFESSIONALS_TRAINED, d.PERSONS) == 3
    assert report.target(d.ASSESSED) == 10
    assert report.target(d.ASSISTED_TO_RETURN) == 5
    assert report.of(d.RSS) == ()  # no survey in this data set
    assert not report.demo


def test_known_data_small_cells_are_withheld_and_totals_exact(
    store: Store, known: KnownData
) -> None:
    report = indicator_service.indicator_report(store, today=TODAY)
    assessed = report.find(d.ASSESSED, d.PERSONS)
    assert assessed is not None
    assert assessed.total == d.Figure(4)  # a total is never withheld
    ages = assessed.breakdown("age_group")
    assert ages is not None
    # A, B, D adults (25-59), C a child of 15 on identification: both cells under five
    assert [name for name, _ in ages.cells] == list(d.AGE_GROUPS)
    assert ages.cell("25-59") == d.Figure(None, suppressed=True)
    assert ages.cell("12-17") == d.Figure(None, suppressed=True)
    assert ages.cell("60+") == d.Figure(0)  # zero points to nobody
    countries = assessed.breakdown("country_of_return")
    assert countries is not None
    assert [name for name, _ in countries.cells] == ["GIN", "NGA"]
    kinds = assessed.breakdown("exploitation_type")
    assert kinds is not None
    assert [name for name, _ in kinds.cells] == [d.UNKNOWN]  # no trafficking profile recorded
    trained = report.find(d.PROFESSIONALS_TRAINED, d.PERSONS)
    assert trained is not None
    sex = trained.breakdown("sex")
    assert sex is not None
    assert sex.cells == ((d.UNKNOWN, d.Figure(3)),)  # professionals: never withheld


def test_the_period_and_the_programme_narrow_the_figures(store: Store, known: KnownData) -> None:
    in_2026 = indicator_service.indicator_report(
        store, ReportRequest(start=date(2026, 1, 1)), today=TODAY
    )
    board = dashboard_service.dashboard(store, DashboardFilter(year=2026), today=TODAY)
    for figures in board.indicators:
        found = [s for s in in_2026.of(figures.code) if not s.detail]
        if figures.code == "visits_done":
            done = sum(s.total.value or 0 for s in in_2026.of(d.VISITS) if s.measure == d.DONE)
            assert done == figures.actual
        else:
            assert found[0].total.value == figures.actual, figures.code
    care_plus = indicator_service.indicator_report(
        store, ReportRequest(programme="care+"), today=TODAY
    )
    assert care_plus.programme == "CARE+"
    assert _total(care_plus, d.ASSESSED, d.PERSONS) == 1  # C
    assert _total(care_plus, d.CHILDREN_WITH_BID, d.PERSONS) == 1
    assert _total(care_plus, d.TRAININGS_HELD, d.ITEMS) == 0
    assert care_plus.targets == (("assisted_to_return", 1),)


def test_a_period_that_ends_before_it_starts_or_an_unknown_programme_is_refused(
    store: Store, known: KnownData
) -> None:
    with pytest.raises(ReportPeriodError):
        indicator_service.indicator_report(
            store, ReportRequest(start=date(2026, 7, 1), end=date(2026, 12, 31)), today=TODAY
        )  # the end is today at the latest
    with pytest.raises(UnknownProgrammeError):
        indicator_service.indicator_report(store, ReportRequest(programme="nope"), today=TODAY)


def test_one_cell_under_five_takes_the_next_smallest_with_it() -> None:
    cells = withheld([("a", 3, 3), ("b", 6, 6), ("c", 9, 9), ("d", 0, 0)])
    assert dict(cells) == {
        "a": d.Figure(None, True),
        "b": d.Figure(None, True),  # else a = total - b - c
        "c": d.Figure(9),
        "d": d.Figure(0),
    }
    two = withheld([("a", 3, 3), ("b", 2, 2), ("c", 9, 9)])
    assert dict(two)["c"] == d.Figure(9)


def test_writing_a_report_adds_one_audit_entry(
    store: Store, known: KnownData, tmp_path: Path
) -> None:
    before = len(audit_service.entries(store))
    out = tmp_path / "report.csv"
    indicator_service.write_report(store, ReportRequest(), out, output_format="csv", today=TODAY)
    entries = audit_service.entries(store)
    assert len(entries) == before + 1
    assert entries[0].action == "export"
    assert entries[0].record_type == "indicator_report"
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    indicator_service.write_report(store, ReportRequest(), tmp_path / "r.pdf", today=TODAY)
    assert audit_service.entries(store)[0].action == "print"
    indicator_service.indicator_report(store, today=TODAY)  # figures only: nothing leaves
    assert len(audit_service.entries(store)) == before + 2


# --- against the JSON export ------------------------------------------------------------------


def _exported(store: Store, tmp_path: Path) -> dict[str, object]:
    path = tmp_path / "export.json"
    export_service.export(store, "json", path)
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _expected_value(series: Series, cell: object) -> float | None:
    from tests.services.indicator_oracle import Cell  # noqa: PLC0415

    assert isinstance(cell, Cell)
    if series.indicator == d.RSS and series.measure in d.MEAN_SCORES:
        return cell.value / cell.scored if cell.scored else None
    if series.indicator == d.BUDGET:
        return cell.value / 10 ** currency_digits(series.detail.split("/")[1])
    return cell.value


def _check(series: Series, expected: Figure) -> int:
    """The series equals the oracle's figure; returns how many cells were compared."""
    assert series.total.value == pytest.approx(_expected_value(series, expected.total))
    compared = 0
    for breakdown in series.breakdowns:
        cells = expected.cells[breakdown.dimension]
        shown = {name for name, _ in breakdown.cells}
        assert {name for name, cell in cells.items() if cell.persons} <= shown, breakdown
        for name, figure in breakdown.cells:
            cell = cells[name]
            persons = len(cell.persons)
            if figure.suppressed:
                assert persons > 0, (series, name)
            else:
                assert not 0 < persons < d.SMALL_CELL, (series, name)  # never shown when small
                want = _expected_value(series, cell) if persons else None
                if want is None and series.measure not in d.MEAN_SCORES:
                    want = 0
                assert figure.value == pytest.approx(want), (series, breakdown.dimension, name)
            compared += 1
    return compared


def _compare(store: Store, report: IndicatorReport, oracle: Oracle) -> int:
    with reading(store) as work:
        weights = rss_service.active_weights(work)
    expected = oracle.compute(weights)
    compared = 0
    for series in report.series:
        if series.indicator in {d.TRAININGS_HELD, d.PROFESSIONALS_TRAINED}:
            continue
        key = (series.indicator, series.measure, series.detail)
        compared += _check(series, expected[key])
    reported = {(s.indicator, s.measure, s.detail) for s in report.series}
    assert {k for k in expected if expected[k].total.persons} <= reported
    sessions, trained = oracle.trainings()
    assert _total(report, d.TRAININGS_HELD, d.ITEMS) == sessions
    professionals = report.find(d.PROFESSIONALS_TRAINED, d.PERSONS)
    assert professionals is not None
    assert professionals.total.value == trained.total.value
    for breakdown in professionals.breakdowns:
        assert dict(breakdown.cells) == {
            name: d.Figure(int(cell.value))
            for name, cell in trained.cells[breakdown.dimension].items()
        }
    return compared


def test_known_data_equals_the_figures_counted_from_the_export(
    store: Store, known: KnownData, tmp_path: Path
) -> None:
    report = indicator_service.indicator_report(store, today=TODAY)
    oracle = Oracle(_exported(store, tmp_path), start=None, end=report.end, today=TODAY.isoformat())
    assert _compare(store, report, oracle) > 100


@pytest.fixture
def demo(store: Store) -> Store:
    demo_service.generate_demo(store, 400, seed=7)
    return store


@pytest.mark.parametrize(
    ("start", "end", "programme"),
    [
        (None, None, None),
        (date(2026, 1, 1), date(2026, 6, 30), None),
        (date(2025, 7, 1), None, "second"),
    ],
)
def test_demo_data_equals_the_figures_counted_from_the_export(
    demo: Store, tmp_path: Path, start: date | None, end: date | None, programme: str | None
) -> None:
    document = _exported(demo, tmp_path)
    programme_id = None
    if programme is not None:  # the demo's second programme, by its name
        chosen = sorted(document["programmes"], key=lambda p: p["name"])[-1]  # type: ignore[index]
        programme_id, programme = chosen["id"], chosen["name"]
    request = ReportRequest(start=start, end=end, programme=programme)
    report = indicator_service.indicator_report(demo, request, today=DEMO_TODAY)
    oracle = Oracle(
        document,
        start=report.start,
        end=report.end,
        today=DEMO_TODAY.isoformat(),
        programme=programme_id,
    )
    assert _compare(demo, report, oracle) > 500
    assert report.of(d.RSS)  # the demo's 6- and 12-month visits carry surveys
    assert report.of(d.BUDGET)
    suppressed = [
        figure
        for series in report.series
        for breakdown in series.breakdowns
        for _, figure in breakdown.cells
        if figure.suppressed
    ]
    assert suppressed  # some cells are small in a demo of 400 cases
