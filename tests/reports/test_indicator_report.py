"""The indicator report's layouts on figures made by hand: the PDF's text holds every number,
withheld cells read "<5", the notes say how; the CSV has its documented columns, one row per
figure, and reads back to the same numbers."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

from care_desktop.reports import indicator_data as d
from care_desktop.reports.context import PrintContext
from care_desktop.reports.indicator_csv import COLUMNS, indicator_csv
from care_desktop.reports.indicator_data import Breakdown, Figure, IndicatorReport, Series
from care_desktop.reports.indicator_report import indicator_pdf
from tests.reports.pdf_text import qpdf_check, squeezed, text

WITHHELD = Figure(None, True)
YOUNGER = d.AGE_GROUPS[:-1]


def _case_breakdowns(first: int, second: int) -> tuple[Breakdown, ...]:
    return (
        Breakdown("sex", (("Feminine", Figure(first)), ("Masculine", WITHHELD))),
        Breakdown("age_group", (*((g, Figure(0)) for g in YOUNGER), ("60+", Figure(second)))),
        Breakdown("country_of_return", (("NGA", Figure(first)), ("GIN", WITHHELD))),
        Breakdown("host_country", (("FRA", Figure(first)), (d.UNKNOWN, WITHHELD))),
        Breakdown("exploitation_type", (("ForcedLabour", Figure(second)),)),
    )  # fmt: skip


def _report(*, demo: bool = False) -> IndicatorReport:
    series = [
        Series(d.ASSESSED, d.PERSONS, "", Figure(1234), _case_breakdowns(1201, 977)),
        Series(d.ASSISTED_TO_RETURN, d.PERSONS, "", Figure(812), _case_breakdowns(640, 171)),
        Series(d.ARRIVAL_ASSISTANCE, d.PERSONS, "", Figure(700), _case_breakdowns(601, 99)),
        Series(
            d.ARRIVAL_ASSISTANCE,
            d.PERSONS,
            "airport_reception",
            Figure(688),
            _case_breakdowns(587, 98),
        ),
        Series(d.REINTEGRATION_MEASURES, d.ITEMS, "", Figure(2345), _case_breakdowns(2000, 345)),
        Series(
            d.REINTEGRATION_MEASURES,
            d.ITEMS,
            "business_startup",
            Figure(1111),
            _case_breakdowns(1000, 111),
        ),
        Series(d.VISITS, d.DONE, "month-3", Figure(403), _case_breakdowns(400, 3)),
        Series(d.VISITS, d.DUE, "month-3", Figure(457), _case_breakdowns(450, 7)),
        Series(d.REACHED_12_MONTHS, d.PERSONS, "", Figure(321), _case_breakdowns(300, 21)),
        Series(d.RSS, d.SURVEYS, "month-6", Figure(150), _case_breakdowns(140, 10)),
        Series(d.RSS, "economic", "month-6", Figure(0.6174), _case_breakdowns(0, 0)),
        Series(d.RSS, "composite", "month-6", Figure(0.5552)),
        Series(d.BUDGET, d.PLANNED, "reintegration/EUR", Figure(1250.5)),
        Series(d.BUDGET, d.SPENT, "reintegration/XOF", Figure(75000.0)),
        Series(d.TRAININGS_HELD, d.ITEMS, "", Figure(17)),
        Series(
            d.PROFESSIONALS_TRAINED,
            d.PERSONS,
            "",
            Figure(263),
            (
                Breakdown(
                    "organisation_type", (("border_police", Figure(262)), ("ofii", Figure(1)))
                ),
                Breakdown("sex", (("female", Figure(140)), ("male", Figure(123)))),
            ),
        ),
    ]
    return IndicatorReport(
        start="2026-01-01",
        end="2026-06-30",
        programme="CARE+ Nigeria",
        printed_on="2026-07-01",
        demo=demo,
        series=tuple(series),
        targets=(("assessed", 1500),),
        rss_weights="placeholder-1",
        rss_official=False,
    )


def _context(language: str = "en", demo: bool = False) -> PrintContext:
    return PrintContext(
        printed_at=datetime(2026, 7, 1, 9, 30),
        printed_by="Coordinator One",
        device="IOM France (ab12cd34)",
        language=language,
        demo=demo,
    )


def test_the_pdf_holds_every_figure_and_passes_qpdf(tmp_path: Path) -> None:
    pdf = indicator_pdf(_report(), _context())
    qpdf_check(pdf, tmp_path)
    content = text(pdf)
    flat = squeezed(content)
    for number in ("1234", "1201", "977", "812", "2345", "1111", "403", "457", "321", "263"):
        assert number in content, number
    assert "1500" in content  # the target, beside the actual
    assert "403of457" in flat  # visits in the summary: done of due
    assert "0.617" in content
    assert "0.555" in content
    assert "1250.50" in content  # EUR: two decimals
    assert "75000" in content
    assert "75000.0" not in content
    assert "<5" in content
    for label in ("Nigeria", "Guinea", "France", "Feminine", "Forced labour", "60+",
                  "Airport reception", "Border police", "Not recorded"):  # fmt: skip
        assert squeezed(label) in flat, label
    assert squeezed("CARE+ Nigeria") in flat
    assert "2026-01-01" in content
    assert "2026-06-30" in content
    assert "Confidential" in content
    assert squeezed("counts once under each type") in flat  # the notes say so
    assert squeezed("shown as <5") in flat
    assert squeezed("placeholder weights: provisional") in flat


def test_a_demo_report_says_demo_and_french_prints(tmp_path: Path) -> None:
    pdf = indicator_pdf(_report(demo=True), _context("fr", demo=True))
    qpdf_check(pdf, tmp_path)
    content = text(pdf)
    assert "DEMO" in content
    assert "Nigeria" in content  # the country's French name is the same
    assert "1234" in content


def test_an_empty_period_still_makes_a_report(tmp_path: Path) -> None:
    empty = IndicatorReport(
        start=None, end="2026-06-30", programme=None, printed_on="2026-07-01", demo=False,
        series=(Series(d.TRAININGS_HELD, d.ITEMS, "", Figure(0)),), targets=(),
        rss_weights="1", rss_official=True,
    )  # fmt: skip
    pdf = indicator_pdf(empty, _context())
    qpdf_check(pdf, tmp_path)
    assert squeezed("Up to 2026-06-30") in squeezed(text(pdf))


def _rows(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # a BOM, so that Excel reads UTF-8
    assert b"\r\n" in data
    reader = csv.DictReader(io.StringIO(data.decode("utf-8-sig")))
    assert tuple(reader.fieldnames or ()) == COLUMNS
    return list(reader)


def test_the_csv_has_one_row_per_figure_and_reads_back() -> None:
    report = _report()
    rows = _rows(indicator_csv(report))
    figures = sum(1 + sum(len(b.cells) for b in s.breakdowns) for s in report.series)
    assert len(rows) == figures + len(report.targets)
    by_key = {
        (r["indicator"], r["measure"], r["detail"], r["dimension"], r["category"]): r for r in rows
    }
    assert by_key[("assessed", "persons", "", "total", "")]["value"] == "1234"
    assert by_key[("assessed", "target", "", "total", "")]["value"] == "1500"
    cell = by_key[("assessed", "persons", "", "sex", "Masculine")]
    assert (cell["value"], cell["suppressed"]) == ("<5", "yes")
    cell = by_key[("assessed", "persons", "", "country_of_return", "NGA")]
    assert (cell["value"], cell["suppressed"]) == ("1201", "no")
    assert by_key[("rss", "economic", "month-6", "total", "")]["value"] == "0.617"
    assert by_key[("budget", "planned", "reintegration/EUR", "total", "")]["value"] == "1250.50"
    assert by_key[("budget", "spent", "reintegration/XOF", "total", "")]["value"] == "75000"
    first = rows[0]
    assert (first["period_start"], first["period_end"], first["programme"], first["demo"]) == (
        "2026-01-01",
        "2026-06-30",
        "CARE+ Nigeria",
        "no",
    )
