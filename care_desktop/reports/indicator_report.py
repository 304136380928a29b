"""The donor indicator report as PDF: a summary against targets, one section per indicator
(a chart where a picture reads better, then its disaggregations), and notes with definitions.

Data in (`IndicatorReport`, aggregates only, small cells already withheld), PDF bytes out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Table,
    TableStyle,
)

from care_desktop import i18n
from care_desktop.domain import codes as c
from care_desktop.domain.countries import country
from care_desktop.domain.errors import UserFacingError
from care_desktop.reports import fonts
from care_desktop.reports import indicator_charts as charts
from care_desktop.reports import indicator_data as d
from care_desktop.reports.context import PrintContext
from care_desktop.reports.indicator_csv import number
from care_desktop.reports.indicator_data import IndicatorReport, Series
from care_desktop.reports.layout import (
    LABEL,
    SMALL,
    Document,
    heading,
    paragraph,
    spacer,
    table,
    usable_width,
)

CTX = "IndicatorReport"
Translate = Callable[[str, str], str]
COLUMNS_PER_TABLE = 6
_GRID = colors.Color(0.6, 0.6, 0.6)
_SHADE = colors.Color(0.92, 0.92, 0.92)
_BAND = colors.Color(0.97, 0.97, 0.97)
_CATEGORY = ParagraphStyle("IndicatorCategory", parent=SMALL, fontSize=8.5, leftIndent=8)
_TOTAL = ParagraphStyle("IndicatorTotal", parent=_CATEGORY, fontName=fonts.BOLD, leftIndent=0)
_FIGURE = ParagraphStyle("IndicatorFigure", parent=_CATEGORY, leftIndent=0, alignment=TA_RIGHT)
_TOTAL_FIGURE = ParagraphStyle("IndicatorTotalFigure", parent=_FIGURE, fontName=fonts.BOLD)
_HEAD = ParagraphStyle("IndicatorHead", parent=LABEL, alignment=TA_RIGHT)


def _titles(translate: Translate) -> dict[str, str]:
    return {
        d.ASSESSED: translate(CTX, "Persons assessed"),
        d.ASSISTED_TO_RETURN: translate(CTX, "Persons assisted to return"),
        d.ARRIVAL_ASSISTANCE: translate(CTX, "Persons who received arrival assistance"),
        d.REINTEGRATION_MEASURES: translate(CTX, "Reintegration measures delivered"),
        d.PLANS_WITHIN_MONTH: translate(CTX, "Plans agreed within a month of arrival"),
        d.CHILDREN_WITH_BID: translate(
            CTX, "Children with a best-interests determination before return"
        ),
        d.VISITS: translate(CTX, "Monitoring visits done and due"),
        d.REACHED_12_MONTHS: translate(CTX, "Persons reached at 12 months"),
        d.RSS: translate(CTX, "Reintegration sustainability scores (RSS)"),
        d.BUDGET: translate(CTX, "Budget planned and spent"),
        d.TRAININGS_HELD: translate(CTX, "Trainings held"),
        d.PROFESSIONALS_TRAINED: translate(CTX, "Professionals trained"),
    }


def _measures(translate: Translate) -> dict[str, str]:
    return {
        d.PERSONS: translate(CTX, "Persons"),
        d.ITEMS: translate(CTX, "Number"),
        d.DONE: translate(CTX, "Done"),
        d.DUE: translate(CTX, "Due"),
        d.SURVEYS: translate(CTX, "Surveys"),
        "economic": translate(CTX, "Economic"),
        "social": translate(CTX, "Social"),
        "psychosocial": translate(CTX, "Psychosocial"),
        "composite": translate(CTX, "Overall"),
        d.PLANNED: translate(CTX, "Planned"),
        d.SPENT: translate(CTX, "Spent"),
    }


def _dimensions(translate: Translate) -> dict[str, str]:
    return {
        "sex": translate(CTX, "Sex (gender recorded)"),
        "age_group": translate(CTX, "Age group on arrival"),
        "country_of_return": translate(CTX, "Country of return"),
        "host_country": translate(CTX, "Host country"),
        "exploitation_type": translate(CTX, "Type of exploitation"),
        "organisation_type": translate(CTX, "Organisation type"),
        "participant_sex": translate(CTX, "Sex"),
    }


def _slots(translate: Translate) -> dict[str, str]:
    return {
        "month-3": translate(CTX, "3 months"),
        "month-6": translate(CTX, "6 months"),
        "month-12": translate(CTX, "12 months"),
        "other": translate(CTX, "Other visits"),
    }


class _Labels:
    """Category, detail and column labels in the print's language."""

    def __init__(self, translate: Translate, language: str) -> None:
        self.translate = translate
        self.language = language
        self.titles = _titles(translate)
        self.measures = _measures(translate)
        self.dimensions = _dimensions(translate)
        self.slots = _slots(translate)
        self.unknown = translate(CTX, "Not recorded")

    def code(self, codes: c.CodeList, value: str) -> str:
        found = codes.get(value)
        return self.translate(c.CODE_CONTEXT, found.label) if found else value

    def category(self, dimension: str, value: str, trainings: bool = False) -> str:
        if value == d.UNKNOWN:
            return self.unknown
        if dimension in {"country_of_return", "host_country"}:
            try:
                return country(value).name(self.language)
            except UserFacingError:
                return value
        lists = {
            "sex": c.SEX if trainings else c.GENDER,
            "exploitation_type": c.EXPLOITATION_TYPE,
            "organisation_type": c.TRAINING_AUDIENCE,
        }
        return self.code(lists[dimension], value) if dimension in lists else value

    def detail(self, series: Series) -> str:
        if not series.detail:
            return ""
        if series.indicator in {d.VISITS, d.RSS}:
            return self.slots.get(series.detail, series.detail)
        if series.indicator == d.BUDGET:
            phase, _, currency = series.detail.partition("/")
            return f"{self.code(c.ASSISTANCE_PHASE, phase)} ({currency})"
        return self.code(c.ASSISTANCE_CATEGORY, series.detail)

    def column(self, series: Series, several_measures: bool) -> str:
        detail = self.detail(series)
        measure = self.measures.get(series.measure, series.measure)
        if not detail:
            return measure
        return f"{detail}: {measure}" if several_measures else detail


# --- tables ----------------------------------------------------------------------------------


def _figure_text(series: Series, category: str, dimension: str) -> str:
    breakdown = series.breakdown(dimension)
    figure = breakdown.cell(category) if breakdown else None
    if figure is None:
        return "0" if series.measure not in d.MEAN_SCORES else "–"
    return number(series, figure) or "–"


def _grid(header: list[str], rows: list[list[str]], bands: list[int], width: float) -> Table:
    """A table of figures: a shaded header, labels left, figures right, the total in bold, each
    disaggregation's name on a band of its own and its categories indented under it."""
    columns = len(header)
    share = 0.34 if columns > 2 else 0.6
    widths = [width * share] + [width * (1 - share) / (columns - 1)] * (columns - 1)
    data = [[Paragraph(fonts.markup(text), _HEAD if n else LABEL) for n, text in enumerate(header)]]
    for index, row in enumerate(rows, start=1):
        if index in bands:
            data.append([Paragraph(fonts.markup(row[0]), LABEL)] + [""] * (columns - 1))
            continue
        first = _TOTAL if index == 1 else _CATEGORY
        figure = _TOTAL_FIGURE if index == 1 else _FIGURE
        data.append(
            [Paragraph(fonts.markup(row[0]), first)]
            + [Paragraph(fonts.markup(text), figure) for text in row[1:]]
        )
    result = Table(data, colWidths=widths, repeatRows=1)
    style: list[Any] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.25, _GRID),
        ("BACKGROUND", (0, 0), (-1, 0), _SHADE),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for band in bands:
        style += [("SPAN", (0, band), (-1, band)), ("BACKGROUND", (0, band), (-1, band), _BAND)]
    result.setStyle(TableStyle(style))
    return result


def _matrix(group: Sequence[Series], labels: _Labels, width: float) -> Table:
    """Rows: the total, then each disaggregation's categories; one column per series."""
    several = len({s.measure for s in group}) > 1
    header = [labels.translate(CTX, "Category")] + [labels.column(s, several) for s in group]
    rows: list[list[str]] = [
        [labels.translate(CTX, "Total")] + [number(s, s.total) or "–" for s in group]
    ]
    bands: list[int] = []
    trainings = group[0].indicator == d.PROFESSIONALS_TRAINED
    for breakdown in group[0].breakdowns:
        name = breakdown.dimension
        categories: list[str] = []
        for series in group:
            found = series.breakdown(name)
            for category, _ in found.cells if found else ():
                if category not in categories:
                    categories.append(category)
        key = "participant_sex" if trainings and name == "sex" else name
        rows.append([labels.dimensions.get(key, name)] + [""] * len(group))
        bands.append(len(rows))
        rows += [
            [labels.category(name, category, trainings)]
            + [_figure_text(s, category, name) for s in group]
            for category in categories
        ]
    return _grid(header, rows, bands, width)


def _tables(series: Sequence[Series], labels: _Labels, width: float) -> list[Flowable]:
    found: list[Flowable] = []
    for start in range(0, len(series), COLUMNS_PER_TABLE):
        found += [_matrix(series[start : start + COLUMNS_PER_TABLE], labels, width), spacer(3)]
    return found


# --- charts ----------------------------------------------------------------------------------


def _count(series: Series) -> float:
    return float(series.total.value or 0)


def _chart(
    indicator: str, report: IndicatorReport, labels: _Labels, width: float
) -> list[Flowable]:
    series = report.of(indicator)
    if indicator in {d.ARRIVAL_ASSISTANCE, d.REINTEGRATION_MEASURES}:
        parts = [s for s in series if s.detail]
        if not parts:
            return []
        names = [labels.detail(s) for s in parts]
        return [charts.horizontal_bars(names, [_count(s) for s in parts], width)]
    if indicator == d.VISITS:
        slots = [s.detail for s in series if s.measure == d.DONE]
        done = [_count(s) for s in series if s.measure == d.DONE]
        due = [_count(s) for s in series if s.measure == d.DUE]
        names = [labels.measures[d.DONE], labels.measures[d.DUE]]
        return [charts.grouped_bars([labels.slots[s] for s in slots], [done, due], names, width)]
    if indicator == d.RSS:
        slots = [s.detail for s in series if s.measure == d.SURVEYS]
        if not slots:
            return []
        values = [[_mean(report, measure, slot) for slot in slots] for measure in d.MEAN_SCORES]
        names = [labels.measures[m] for m in d.MEAN_SCORES]
        groups = [labels.slots.get(s, s) for s in slots]
        return [charts.grouped_bars(groups, values, names, width, 1.0, "%.2f")]
    return []


def _mean(report: IndicatorReport, measure: str, slot: str) -> float:
    found = report.find(d.RSS, measure, slot)
    return float(found.total.value or 0) if found else 0.0


# --- the document ----------------------------------------------------------------------------


def _summary(report: IndicatorReport, labels: _Labels, width: float) -> Table:
    translate = labels.translate
    rows = []
    for indicator in d.INDICATORS:
        if indicator in {d.RSS, d.BUDGET}:
            continue
        main = [s for s in report.of(indicator) if not s.detail]
        if indicator == d.VISITS:
            done = sum(_count(s) for s in report.of(d.VISITS) if s.measure == d.DONE)
            due = sum(_count(s) for s in report.of(d.VISITS) if s.measure == d.DUE)
            value = translate(CTX, "{done} of {due}").format(done=int(done), due=int(due))
        else:
            value = number(main[0], main[0].total) if main else "0"
        target = report.target(indicator)
        rows.append([labels.titles[indicator], value, "" if target is None else str(target)])
    headers = [translate(CTX, "Indicator"), translate(CTX, "Actual"), translate(CTX, "Target")]
    result = table(headers, rows, width, [0.64, 0.18, 0.18])
    result.setStyle(TableStyle([("ALIGN", (1, 1), (-1, -1), "RIGHT")]))
    return result


def _subject(report: IndicatorReport, translate: Translate) -> str:
    if report.start:
        period = translate(CTX, "{start} to {end}").format(start=report.start, end=report.end)
    else:
        period = translate(CTX, "Up to {end}").format(end=report.end)
    programme = report.programme or translate(CTX, "every programme")
    return f"{period} · {programme}"


def _notes(report: IndicatorReport, translate: Translate) -> list[Flowable]:
    weights = translate(
        CTX,
        "Scored with weight set {version}{provisional}. The mean of each dimension and of the "
        "overall score (0 to 1) is taken over the surveys where it could be scored.",
    ).format(
        version=report.rss_weights,
        provisional=(
            "" if report.rss_official else translate(CTX, " (placeholder weights: provisional)")
        ),
    )
    notes = [
        translate(
            CTX,
            "Only aggregate numbers appear in this report. In a disaggregation, a cell resting on "
            "1 to 4 persons is withheld and shown as <5; when only one cell of a disaggregation "
            "would be withheld, the next smallest is withheld too, so that it cannot be found "
            "by subtraction. Totals are exact. Training figures count professionals and are "
            "never withheld.",
        ),
        translate(
            CTX,
            "A case with several types of exploitation counts once under each type: that "
            "disaggregation adds up to more than the total. A case without a recorded type is "
            "counted as not recorded.",
        ),
        translate(
            CTX,
            "Age groups: 0-11, 12-17, 18-24, 25-59 and 60+, in whole years on arrival (else at "
            "identification), from the date of birth or else the age estimated at "
            "identification. Sex is the gender recorded for the case.",
        ),
        translate(
            CTX,
            "Persons assessed: cases with an assessment dated in the period. Assisted to "
            "return: cases whose departure date is in the period. Arrival assistance: persons "
            "with an arrival measure delivered (fully or partly) in the period; by type, a "
            "person counts under each type received. Reintegration measures: measures "
            "delivered (fully or partly) in the period.",
        ),
        translate(
            CTX,
            "Plans within a month: reintegration plans agreed in the period no later than one "
            "calendar month after arrival. Children with a best-interests determination: "
            "children (minor on arrival) who left in the period with a determination on or "
            "before their departure date.",
        ),
        translate(
            CTX,
            "Monitoring visits at 3, 6 and 12 months are placed by the close of their window, "
            "which fell in the period before today: done are those completed; due are those "
            "completed, missed or not recorded (cancelled visits are not due). Reached at 12 "
            "months: persons whose 12-month visit was done.",
        ),
        weights,
        translate(
            CTX,
            "Budget: the planned amounts and the amounts spent of the arrival and reintegration "
            "measures delivered in the period, by phase and currency; amounts in different "
            "currencies are never added up.",
        ),
        translate(
            CTX,
            "Trainings held: sessions dated in the period; professionals trained: their "
            "participants who attended, by organisation type and sex.",
        ),
    ]
    return [heading(translate(CTX, "Notes and definitions"))] + [
        paragraph(f"{n}. {text}", SMALL) for n, text in enumerate(notes, start=1)
    ]


def indicator_pdf(report: IndicatorReport, context: PrintContext) -> bytes:
    translate = i18n.translator(context.language)
    document = Document(translate(CTX, "Indicator report"), _subject(report, translate), context)
    labels = _Labels(translate, context.language)
    width = usable_width(context)
    story: list[Flowable] = [
        paragraph(translate(CTX, "Outputs and results"), LABEL),
        spacer(2),
        _summary(report, labels, width),
        spacer(4),
    ]
    for indicator in d.INDICATORS:
        series = report.of(indicator)
        if not series:
            continue
        story.append(CondPageBreak(60))
        title = heading(labels.titles[indicator])
        chart = _chart(indicator, report, labels, width)
        story.append(KeepTogether([title, *chart]) if chart else title)
        story += _tables(series, labels, width)
    story += _notes(report, translate)
    return document.build(story)
