"""The dashboard: indicators against their targets, by month and by country, as tables and
charts. The tables hold every figure the charts draw: they are the accessible way to read them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QPainter, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from care_desktop.domain import codes
from care_desktop.domain.errors import UserFacingError
from care_desktop.services import dashboard_service
from care_desktop.services.dashboard_service import (
    Dashboard,
    DashboardFilter,
    IndicatorFigures,
    SlotVisits,
)
from care_desktop.services.vault_service import Store
from care_desktop.ui.case_table_model import country_name
from care_desktop.ui.i18n import error_text, tr
from care_desktop.ui.print_actions import printing
from care_desktop.ui.rows_model import RowsModel, code_label, rows_table
from care_desktop.ui.task_runner import TaskRunner
from care_desktop.ui.widgets import error_label

CTX = "Dashboard"


def _number(value: int | None) -> str:
    return "—" if value is None else QLocale().toString(value)


def _percent(part: int | None, whole: int | None) -> str:
    if part is None or not whole:
        return "—"
    return f"{QLocale().toString(100 * part / whole, 'f', 0)} %"


def indicators_model(parent: QObject | None = None) -> RowsModel:
    cells: list[Callable[[IndicatorFigures], str]] = [
        lambda f: code_label(codes.INDICATOR, f.code),
        lambda f: _number(f.actual),
        lambda f: _number(f.target),
        lambda f: _percent(f.actual, f.target),
    ]

    def headers() -> tuple[str, ...]:
        return (tr(CTX, "Indicator"), tr(CTX, "Actual"), tr(CTX, "Target"), tr(CTX, "% of target"))

    return RowsModel(headers, cells, parent)


def _slot_name(slot: str) -> str:
    names = {
        "month-3": tr(CTX, "At 3 months"),
        "month-6": tr(CTX, "At 6 months"),
        "month-12": tr(CTX, "At 12 months"),
    }
    return names.get(slot, slot)


def visits_model(parent: QObject | None = None) -> RowsModel:
    cells: list[Callable[[SlotVisits], str]] = [
        lambda v: _slot_name(v.slot),
        lambda v: _number(v.done),
        lambda v: _number(v.due),
        lambda v: _percent(v.done, v.due),
    ]

    def headers() -> tuple[str, ...]:
        return (tr(CTX, "Monitoring visit"), tr(CTX, "Done"), tr(CTX, "Due"), tr(CTX, "% done"))

    return RowsModel(headers, cells, parent)


def measures_model(parent: QObject | None = None) -> RowsModel:
    cells: list[Callable[[tuple[str, int]], str]] = [
        lambda m: code_label(codes.ASSISTANCE_CATEGORY, m[0]),
        lambda m: _number(m[1]),
    ]

    def headers() -> tuple[str, ...]:
        return (tr(CTX, "Reintegration measure"), tr(CTX, "Delivered"))

    return RowsModel(headers, cells, parent)


def _month_label(month: str) -> str:
    day = QDate(int(month[:4]), int(month[5:7]), 1)
    return QLocale().toString(day, "MMM yyyy")


def _chart_view(name: str) -> QChartView:
    chart = QChart()
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setAccessibleName(name)
    view.setAccessibleDescription(tr(CTX, "The table beside the charts holds the same figures."))
    view.setMinimumSize(360, 260)
    return view


def _draw(
    view: QChartView,
    title: str,
    categories: Sequence[str],
    sets: Sequence[tuple[str, list[int]]],
    *,
    horizontal: bool = False,
) -> None:
    """Replace what the chart shows: one bar set per (name, values), one bar per category.
    Horizontal bars for long category names (read whole on the left, first one on top)."""
    chart = view.chart()
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    chart.setTitle(title)
    series: QAbstractBarSeries = QHorizontalBarSeries() if horizontal else QBarSeries()
    order = slice(None, None, -1) if horizontal else slice(None)  # Qt draws the first at the foot
    for name, values in sets:
        bars = QBarSet(name)
        bars.append([float(v) for v in values[order]])
        series.append(bars)
    chart.addSeries(series)
    category_axis = QBarCategoryAxis()
    category_axis.append(list(categories)[order])
    if not horizontal:
        category_axis.setLabelsAngle(-45 if len(categories) > 6 else 0)
    value_axis = QValueAxis()
    value_axis.setLabelFormat("%d")
    top = max((v for _, values in sets for v in values), default=0)
    value_axis.setRange(0, max(top, 1))
    value_axis.applyNiceNumbers()
    bottom, left = Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft
    chart.addAxis(category_axis, left if horizontal else bottom)
    chart.addAxis(value_axis, bottom if horizontal else left)
    series.attachAxis(category_axis)
    series.attachAxis(value_axis)
    chart.legend().setVisible(len(sets) > 1)


def _narrowable(combo: QComboBox) -> None:
    """Long names (an indicator, a programme) must not widen the window past a small screen:
    the box may shrink to about 16 characters and shows the whole name in its list."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(16)


class DashboardScreen(QWidget):
    """Filters above; the tables on the left; the charts, one tab each, on the right."""

    refreshed = Signal()

    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        *,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.runner = store, runner
        self.today = today  # None: the day it counts (tests fix it)
        self._counting = False
        self._again = False  # asked to count again while a count ran
        self.board: Dashboard | None = None
        self._build_filters()
        self.indicators = indicators_model(self)
        self.visits = visits_model(self)
        self.measures = measures_model(self)
        self.indicator_table = rows_table(self.indicators, tr(CTX, "Indicators against targets"))
        self.visit_table = rows_table(self.visits, tr(CTX, "Monitoring visits done and due"))
        self.measure_table = rows_table(
            self.measures, tr(CTX, "Reintegration measures delivered by category")
        )
        self.target_chart = _chart_view(tr(CTX, "Chart of indicators against targets"))
        self.month_chart = _chart_view(tr(CTX, "Chart of an indicator by month"))
        self.country_chart = _chart_view(tr(CTX, "Chart of an indicator by country"))
        self.charts = QTabWidget()
        self.charts.setAccessibleName(tr(CTX, "Charts"))
        self.charts.addTab(self.target_chart, tr(CTX, "Against targets"))
        self.charts.addTab(self.month_chart, tr(CTX, "By month"))
        self.charts.addTab(self.country_chart, tr(CTX, "By country"))
        self.status = QLabel()
        self.status.setAccessibleName(tr(CTX, "Dashboard status"))
        self.error = error_label()
        self.report_button = QPushButton(tr(CTX, "Indicator &report…"))
        self.report_button.setAccessibleName(tr(CTX, "Indicator report for the donor"))
        self.report_button.setToolTip(
            tr(CTX, "The donor report of a period, as PDF or CSV, for the programme chosen")
        )
        self.report_button.clicked.connect(self.print_document)
        self._lay_out()

    def _build_filters(self) -> None:
        self.programme = self._filter(tr(CTX, "Programme"), tr(CTX, "All programmes"))
        self.country = self._filter(tr(CTX, "Country of return"), tr(CTX, "All countries"))
        self.period = self._filter(tr(CTX, "Period"), tr(CTX, "All time"))
        for combo in (self.programme, self.country, self.period):
            combo.activated.connect(lambda _: self.refresh())
        self.shown_indicator = QComboBox()
        _narrowable(self.shown_indicator)
        self.shown_indicator.setAccessibleName(tr(CTX, "Indicator shown by month and country"))
        for code in codes.INDICATOR.codes:
            self.shown_indicator.addItem(tr(codes.CODE_CONTEXT, code.label), code.value)
        self.shown_indicator.currentIndexChanged.connect(lambda _: self._draw_series())

    def _lay_out(self) -> None:
        filters = QGridLayout()  # two columns of filters: the figures keep the height
        for n, (text, combo) in enumerate(
            (
                (tr(CTX, "&Programme:"), self.programme),
                (tr(CTX, "&Country:"), self.country),
                (tr(CTX, "P&eriod:"), self.period),
                (tr(CTX, "&Indicator by month and country:"), self.shown_indicator),
            )
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            filters.addWidget(label, n // 2, (n % 2) * 2)
            filters.addWidget(combo, n // 2, (n % 2) * 2 + 1)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 1)
        top = QHBoxLayout()
        top.addLayout(filters, 1)
        top.addWidget(self.status, 0, Qt.AlignmentFlag.AlignBottom)
        self.details = QTabWidget()
        self.details.setAccessibleName(tr(CTX, "Visits and measures"))
        self.details.addTab(self.visit_table, tr(CTX, "Visits by month after return"))
        self.details.addTab(self.measure_table, tr(CTX, "Measures by category"))
        for table in (self.indicator_table, self.visit_table, self.measure_table):
            header = table.horizontalHeader()  # the names give way (elided), never the figures
            header.setStretchLastSection(False)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tables = QSplitter(Qt.Orientation.Vertical)
        tables.addWidget(self.indicator_table)
        tables.addWidget(self.details)
        tables.setSizes([330, 220])
        split = QSplitter()
        split.addWidget(tables)
        split.addWidget(self.charts)
        split.setSizes([520, 560])
        note = QLabel(
            tr(
                CTX,
                "Targets are for a programme's whole duration and are not set by country. "
                "Trainings have no country of return.",
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        heading = QHBoxLayout()  # the report beside the title: the filters row is full
        heading.addWidget(QLabel(f"<h2>{tr(CTX, 'Dashboard')}</h2>"))
        heading.addStretch(1)
        heading.addWidget(self.report_button)
        layout.addLayout(heading)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(note)
        layout.addWidget(self.error)
        order = (
            self.report_button,
            self.programme,
            self.country,
            self.period,
            self.shown_indicator,
            self.indicator_table,
            self.details,
            self.charts,
        )
        for before, after in pairwise(order):
            self.setTabOrder(before, after)

    @staticmethod
    def _filter(name: str, everything: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.addItem(everything, None)
        _narrowable(combo)
        return combo

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        # Counted only when looked at (seconds on 100,000 cases), and again each time, as the
        # other screens read again when shown; the last figures stay until the new ones come.
        super().showEvent(event)
        self.refresh()

    def print_document(self) -> None:
        """The donor indicator report (its period asked), for the programme chosen above."""
        programme = self.programme.currentData()
        printing(self, self.store, self.runner).indicator_report(
            self, programme, on_error=self._print_failed
        )

    def _print_failed(self, error: UserFacingError) -> None:
        self.error.setText(error_text(error))
        self.error.show()

    def current_filter(self) -> DashboardFilter:
        return DashboardFilter(
            year=self.period.currentData(),
            country=self.country.currentData(),
            programme_id=self.programme.currentData(),
        )

    def refresh(self) -> None:
        """Count again under the filters shown (after a change, a sync or a new filter)."""
        if self._counting:  # one count at a time on the database thread; the latest wins
            self._again = True
            return
        self._counting, self._again = True, False
        store, chosen, today = self.store, self.current_filter(), self.today
        self.status.setText(tr(CTX, "Counting…"))
        self.runner.run_db(
            lambda: dashboard_service.dashboard(store, chosen, today=today),
            self._show,
            self._failed,
            owner=self,
        )

    def _finished(self) -> bool:
        """True if the result just in is the one to show; else a newer count starts."""
        self._counting = False
        if self._again:
            self.refresh()
            return False
        self.status.setText("")
        return True

    def _show(self, board: Dashboard) -> None:
        if not self._finished():
            return
        self.board = board
        self.error.hide()
        self._offer(board)
        self.indicators.set_rows(board.indicators)
        self.visits.set_rows(board.visits)
        self.measures.set_rows(board.measures_by_category)
        shown = [f for f in board.indicators if f.actual is not None]
        _draw(
            self.target_chart,
            tr(CTX, "Indicators against targets"),
            [code_label(codes.INDICATOR, f.code) for f in shown],
            [
                (tr(CTX, "Actual"), [f.actual or 0 for f in shown]),
                (tr(CTX, "Target"), [f.target or 0 for f in shown]),
            ],
            horizontal=True,
        )
        self._draw_series()
        self.refreshed.emit()

    def _offer(self, board: Dashboard) -> None:
        """Fill the filters with what the data holds, keeping each one's choice."""
        choices = board.choices
        for combo, items in (
            (self.programme, [(name, key) for key, name in choices.programmes]),
            (
                self.country,
                sorted((country_name(code), code) for code in choices.countries),
            ),
            (self.period, [(str(year), year) for year in choices.years]),
        ):
            current = combo.currentData()
            wanted: list[tuple[str, Any]] = [(combo.itemText(0), None), *items]
            if [(combo.itemText(n), combo.itemData(n)) for n in range(combo.count())] == wanted:
                continue
            combo.blockSignals(True)
            combo.clear()
            for label, value in wanted:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def _draw_series(self) -> None:
        board = self.board
        if board is None:
            return
        figures = board.indicator(str(self.shown_indicator.currentData()))
        name = code_label(codes.INDICATOR, figures.code)
        _draw(
            self.month_chart,
            tr(CTX, "{indicator} by month").format(indicator=name),
            [_month_label(month) for month in board.months] if figures.by_month else [],
            [(name, list(figures.by_month))],
        )
        _draw(
            self.country_chart,
            tr(CTX, "{indicator} by country of return").format(indicator=name),
            [country_name(code) for code, _ in figures.by_country],
            [(name, [count for _, count in figures.by_country])],
        )

    def _failed(self, error: UserFacingError) -> None:
        if not self._finished():
            return
        self.error.setText(error_text(error))
        self.error.show()
