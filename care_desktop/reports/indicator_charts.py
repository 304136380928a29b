"""Bar charts of the indicator report (reportlab.graphics), for what reads better as a picture:
measures by category, visits done against due at each slot, RSS means by dimension."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm

from care_desktop.reports import fonts

PALETTE = (
    colors.Color(0.16, 0.38, 0.62),
    colors.Color(0.55, 0.71, 0.86),
    colors.Color(0.85, 0.52, 0.18),
    colors.Color(0.40, 0.62, 0.33),
)


def _legend(names: Sequence[str], x: float, y: float) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName, legend.fontSize = fonts.BASE, 7
    legend.alignment = "right"
    legend.columnMaximum = len(names)
    legend.colorNamePairs = list(zip(PALETTE, names, strict=False))
    return legend


def horizontal_bars(labels: Sequence[str], values: Sequence[float], width: float) -> Drawing:
    """One bar per label, longest data first as given; for counts by category."""
    row = 5.5 * mm
    height = max(len(labels), 1) * row + 12 * mm
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = width * 0.38, 8 * mm
    chart.width, chart.height = width * 0.55, height - 12 * mm
    # reportlab draws the first category at the bottom: reversed, the list reads top down
    chart.data = [list(reversed(values)) or [0]]
    chart.categoryAxis.categoryNames = list(reversed(labels)) or [""]
    chart.categoryAxis.labels.fontName = fonts.BASE
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = fonts.BASE
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    if max(values, default=0) < 5:
        chart.valueAxis.valueMax, chart.valueAxis.valueStep = 5, 1
    chart.bars[0].fillColor = PALETTE[0]
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = fonts.BASE
    chart.barLabels.fontSize = 6
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    drawing.add(chart)
    return drawing


def grouped_bars(  # noqa: PLR0917 - a chart's whole description
    groups: Sequence[str],
    series: Sequence[Sequence[float]],
    names: Sequence[str],
    width: float,
    value_max: float | None = None,
    label_format: str = "%d",
) -> Drawing:
    """Side-by-side bars: one group per label of `groups`, one bar per series (`names`)."""
    height = 62 * mm
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 10 * mm
    chart.width, chart.height = width * 0.68, height - 16 * mm
    chart.data = [list(values) for values in series] or [[0]]
    chart.categoryAxis.categoryNames = list(groups)
    chart.categoryAxis.labels.fontName = fonts.BASE
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = fonts.BASE
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    if value_max is not None:
        chart.valueAxis.valueMax = value_max
    for number in range(len(series)):
        chart.bars[number].fillColor = PALETTE[number % len(PALETTE)]
    chart.barLabelFormat = label_format
    chart.barLabels.fontName = fonts.BASE
    chart.barLabels.fontSize = 6
    chart.barLabels.nudge = 5
    drawing.add(chart)
    drawing.add(_legend(names, width * 0.74, height - 8 * mm))
    return drawing
