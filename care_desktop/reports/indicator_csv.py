"""The indicator report as CSV: one row per indicator × disaggregation × category.

Column names are stable (docs/indicator-report.md); codes are the data model's
(indicator, measure, dimension and category codes, ISO alpha-3 countries), never translated, so
that a script reads the same file whatever the print language. The file is UTF-8 with a byte
order mark, so that Excel opens it as UTF-8 (without the mark it guesses the local code page),
comma-separated, with a full stop as decimal mark and CRLF line ends (RFC 4180).
"""

from __future__ import annotations

import csv
import io

from care_desktop.domain.codes import currency_digits
from care_desktop.domain.rss import round_score
from care_desktop.reports import indicator_data as d
from care_desktop.reports.indicator_data import Figure, IndicatorReport, Series

COLUMNS = (
    "period_start",  # ISO date; empty: since the first record
    "period_end",  # ISO date
    "programme",  # the programme's name; empty: every programme
    "demo",  # "yes" when made from a demo database (nothing in it is real)
    "indicator",  # indicator_data.INDICATORS
    "measure",  # persons, items, done, due, surveys, economic..., planned, spent, target
    "detail",  # category, visit slot, "phase/CUR" for amounts, or empty
    "dimension",  # "total" or sex, age_group, country_of_return, host_country, ...
    "category",  # the category's code; empty for a total
    "value",  # a number, "<5" when withheld, empty when there is nothing to average
    "suppressed",  # "yes" when the value is withheld (fewer than 5 persons), else "no"
)
TOTAL = "total"
WITHHELD = "<5"


def number(series: Series, figure: Figure) -> str:
    """A figure as the CSV (and the PDF) writes it: counts whole, means to 3 decimals,
    amounts to the currency's minor unit."""
    if figure.suppressed:
        return WITHHELD
    value = figure.value
    if value is None:
        return ""
    if series.indicator == d.BUDGET:
        digits = currency_digits(series.detail.rsplit("/", 1)[-1])
        return f"{value:.{digits}f}"
    if isinstance(value, float):
        return f"{round_score(value):.3f}"
    return str(value)


def indicator_csv(report: IndicatorReport) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    head = [report.start or "", report.end, report.programme or "", "yes" if report.demo else "no"]
    for indicator, target in report.targets:
        writer.writerow([*head, indicator, "target", "", TOTAL, "", str(target), "no"])
    for series in report.series:
        about = [series.indicator, series.measure, series.detail]
        total = series.total
        writer.writerow([*head, *about, TOTAL, "", number(series, total), _flag(total)])
        for breakdown in series.breakdowns:
            for category, figure in breakdown.cells:
                writer.writerow(
                    [
                        *head,
                        *about,
                        breakdown.dimension,
                        category,
                        number(series, figure),
                        _flag(figure),
                    ]
                )
    return out.getvalue().encode("utf-8-sig")


def _flag(figure: Figure) -> str:
    return "yes" if figure.suppressed else "no"
