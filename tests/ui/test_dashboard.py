"""The dashboard shows the numbers of a known data set (tests/services/dashboard_data.py) in its
tables and in its charts' series, and counts again under other filters."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QChartView, QHorizontalBarSeries
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from care_desktop.services import vault_service
from care_desktop.services.dashboard_service import DashboardFilter
from care_desktop.services.vault_service import Store
from care_desktop.ui.dashboard_screen import DashboardScreen
from care_desktop.ui.task_runner import TaskRunner
from tests.conftest import PASSPHRASE
from tests.services import dashboard_data
from tests.services.dashboard_data import TODAY, KnownData


@pytest.fixture
def store(existing_db: Path) -> Iterator[Store]:
    opened = vault_service.unlock_with_passphrase(existing_db, PASSPHRASE)
    yield opened
    opened.close()


@pytest.fixture
def known(store: Store) -> KnownData:
    return dashboard_data.build(store)


def _table(model: object) -> list[list[str]]:
    rows = model.rowCount()  # type: ignore[attr-defined]
    columns = model.columnCount()  # type: ignore[attr-defined]
    return [[model.data(model.index(r, c)) for c in range(columns)] for r in range(rows)]  # type: ignore[attr-defined]


def _bars(view: QChartView) -> tuple[list[str], dict[str, list[float]]]:
    """The categories of a bar chart and the values of each bar set, by its name."""
    series = view.chart().series()
    assert len(series) == 1
    bars = series[0]
    assert isinstance(bars, QBarSeries | QHorizontalBarSeries)
    axis = next(a for a in view.chart().axes() if isinstance(a, QBarCategoryAxis))
    values = {s.label(): [s.at(n) for n in range(s.count())] for s in bars.barSets()}
    if isinstance(bars, QHorizontalBarSeries):  # drawn from the foot up: read top down
        return list(axis.categories())[::-1], {k: v[::-1] for k, v in values.items()}
    return list(axis.categories()), values


def test_the_dashboard_shows_the_numbers_of_a_known_data_set(
    qtbot: QtBot,
    store: Store,
    known: KnownData,
    runner: TaskRunner,
    english: None,
    qtmodeltester: ModelTester,
) -> None:
    screen = DashboardScreen(store, runner, today=TODAY)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        screen.show()
    for model in (screen.indicators, screen.visits, screen.measures):
        qtmodeltester.check(model)
    assert _table(screen.indicators) == [
        ["Persons assessed", "4", "10", "40 %"],
        ["Persons assisted to return", "4", "5", "80 %"],
        ["Persons who received arrival assistance", "2", "—", "—"],
        ["Reintegration measures delivered", "3", "—", "—"],
        ["Plans agreed within a month of arrival", "2", "—", "—"],
        ["Children with a best-interests determination before return", "1", "—", "—"],
        ["Monitoring visits done", "3", "—", "—"],
        ["Persons reached at 12 months", "1", "—", "—"],
        ["Trainings held", "2", "2", "100 %"],
        ["Professionals trained", "3", "—", "—"],
    ]
    assert _table(screen.visits) == [
        ["At 3 months", "1", "3", "33 %"],
        ["At 6 months", "1", "1", "100 %"],
        ["At 12 months", "1", "1", "100 %"],
    ]
    assert _table(screen.measures) == [
        ["Vocational training", "1"],
        ["Job placement", "1"],
        ["Income-generating activity / business start-up", "1"],
    ]

    # the charts draw the same figures
    categories, values = _bars(screen.target_chart)
    assert categories[:2] == ["Persons assessed", "Persons assisted to return"]
    assert values["Actual"] == [4, 4, 2, 3, 2, 1, 3, 1, 2, 3]
    assert values["Target"] == [10, 5, 0, 0, 0, 0, 0, 0, 2, 0]
    months, by_month = _bars(screen.month_chart)
    assert len(months) == 12
    assert months[0] == "Jul 2025"
    assert by_month["Persons assessed"] == [0, 0, 0, 0, 1, 0, 1, 1, 0, 0, 1, 0]
    countries, by_country = _bars(screen.country_chart)
    assert countries == ["Guinea", "Nigeria"]
    assert by_country["Persons assessed"] == [2, 2]
    screen.shown_indicator.setCurrentIndex(screen.shown_indicator.findData("visits_done"))
    assert _bars(screen.country_chart)[1]["Monitoring visits done"] == [2, 1]
    for view in (screen.target_chart, screen.month_chart, screen.country_chart):
        assert view.accessibleName()

    # the filters offer what the data holds, and count again
    assert [screen.country.itemData(n) for n in range(screen.country.count())] == [
        None,
        "GIN",
        "NGA",
    ]
    screen.country.setCurrentIndex(screen.country.findData("GIN"))
    screen.refresh()
    screen.period.setCurrentIndex(screen.period.findData(2026))
    screen.refresh()  # while the first count runs: the latest filters are counted next
    wanted = DashboardFilter(year=2026, country="GIN")
    qtbot.waitUntil(
        lambda: screen.board is not None and screen.board.filter == wanted, timeout=10_000
    )
    rows = _table(screen.indicators)
    assert rows[0] == ["Persons assessed", "1", "—", "—"]  # C (B was assessed in 2025)
    assert rows[8] == ["Trainings held", "—", "—", "—"]  # trainings have no country of return
    months, by_month = _bars(screen.month_chart)
    assert months[0] == "Jan 2026"
    assert by_month["Monitoring visits done"] == [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]
    assert screen.country.currentData() == "GIN"  # the choice stays after the count
    assert not screen.error.isVisible()
    assert screen.status.text() == ""  # "Counting…" while the count runs
