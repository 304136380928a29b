"""The visit form laid out from data built by hand: what is due, the survey only when due."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from care_desktop import i18n
from care_desktop.domain.rss import CURRENT_INSTRUMENT
from care_desktop.reports import form_batch, visit_form
from care_desktop.reports.context import PrintContext
from care_desktop.reports.visit_form import MeasureLine, ObjectiveLine, SurveyQuestion, VisitForm
from tests.reports.pdf_text import pages_text, qpdf_check, squeezed, text

CONTEXT = PrintContext(datetime(2026, 5, 4, 9, 30), "Officer One", "IOM Lagos (1234abcd)")
SURVEY = tuple(
    SurveyQuestion(i.code, i.dimension.value, i.question, tuple(a.label for a in i.answers))
    for i in CURRENT_INSTRUMENT.indicators
)


def form(slot: str = "month-3", months: int | None = 3, *, survey: bool = False) -> VisitForm:
    return VisitForm(
        visit_id="v-1",
        case_code="NGA-26-0042",
        slot=slot,
        slot_months=months,
        slot_days=None if months else 14,
        due_date=date(2026, 6, 1),
        window_start=date(2026, 5, 18),
        window_end=date(2026, 7, 1),
        arrival_date=date(2026, 3, 1),
        objectives=(ObjectiveLine("Economic", "Open a tailoring workshop", "Open"),),
        measures=(
            MeasureLine(
                "Vocational training", "Sewing course", "In progress", date(2026, 4, 2), None
            ),
        ),
        modes=("Home visit", "At the office", "By phone"),
        survey=SURVEY if survey else (),
        survey_version="1" if survey else None,
    )


def build(data: VisitForm, context: PrintContext = CONTEXT) -> bytes:
    translate = i18n.translator(context.language)
    return form_batch.build("Monitoring visit form", context, data.case_code,
                            visit_form.flowables(data, translate))  # fmt: skip


def test_the_form_shows_the_slot_window_and_plan_and_no_survey_when_none_is_due(
    tmp_path: Path,
) -> None:
    pdf = build(form())
    found = text(pdf)
    for expected in (
        "NGA-26-0042",
        "3 months after arrival",
        "2026-06-01",
        "2026-05-18 to 2026-07-01",
        "Open a tailoring workshop",
        "Sewing course",
        "Home visit",
        "Beneficiary or guardian",
        "Confidential",
    ):
        assert expected in found, expected
    assert "Reintegration Sustainability Survey" not in found
    assert CURRENT_INSTRUMENT.indicators[0].question not in found
    qpdf_check(pdf, tmp_path)


def test_a_survey_visit_carries_every_question_and_its_answers(tmp_path: Path) -> None:
    pdf = build(form("month-6", 6, survey=True))
    found = squeezed(text(pdf))
    assert squeezed("6 months after arrival") in found
    for indicator in CURRENT_INSTRUMENT.indicators:
        assert squeezed(indicator.question) in found, indicator.code
        for answer in indicator.answers:
            assert squeezed(answer.label) in found, (indicator.code, answer.code)
    qpdf_check(pdf, tmp_path)


def test_weeks_for_a_child_slot_and_page_numbers_per_form() -> None:
    pdf = build(form("week-2", None, survey=True))
    pages = pages_text(pdf)
    assert "2 weeks after arrival" in pages[0]
    assert len(pages) > 1
    for number, page in enumerate(pages, start=1):
        assert squeezed(f"Page {number} of {len(pages)}") in squeezed(page)


def test_a_batch_numbers_each_form_on_its_own_and_marks_a_demo(tmp_path: Path) -> None:
    demo = PrintContext(datetime(2026, 5, 4), "Demo user", "CARE demo", demo=True)
    translate = i18n.translator("en")
    document = form_batch.FormsDocument("Monitoring visit form", demo)
    sizes = []
    for data in (form(survey=True), form("month-1", 1), form("month-6", 6, survey=True)):
        before = len(pages_text(build(data)))
        sizes.append(before)
        document.add(data.case_code, visit_form.flowables(data, translate))
    pdf = document.finish()
    pages = pages_text(pdf)
    assert len(pages) == sum(sizes)
    expected = [f"Page {n} of {size}" for size in sizes for n in range(1, size + 1)]
    for page, footer in zip(pages, expected, strict=True):
        assert squeezed(footer) in squeezed(page)
        assert "DEMO" in page
    qpdf_check(pdf, tmp_path)


def test_french_prints_the_header_in_french_where_translated() -> None:
    french = PrintContext(datetime(2026, 5, 4), "Agent", "Bureau", language="fr")
    pdf = build(form(), french)
    # the catalogue may not have every new string yet; the header's are the case sheet's
    translated = i18n.translator("fr")("Print", "Confidential")
    assert translated in text(pdf)
