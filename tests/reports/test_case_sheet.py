"""The case sheet's layout from hand-made data (no database): what each profile prints."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from pathlib import Path

from care_desktop.reports import case_sheet
from care_desktop.reports.case_sheet_data import (
    Action,
    BestInterestsLine,
    BudgetLine,
    CaseCore,
    ChildAnnex,
    ConsentLine,
    Entry,
    FamilyAssessmentLine,
    FullSheet,
    GuardianLine,
    HistoryLine,
    InterviewSheet,
    MeasureLine,
    ObjectiveLine,
    SurveyQuestion,
    VisitLine,
    VisitQuestions,
)
from care_desktop.reports.context import PrintContext
from tests.reports.pdf_text import qpdf_check, squeezed, text

CONTEXT = PrintContext(datetime(2026, 3, 4, 9, 30), "Officer Ama", "IOM Accra (1a2b3c4d)")
CHILD = ChildAnnex(
    guardians=(GuardianLine("Guardian Kofi", "Uncle", "Legal guardian", True),),
    best_interests=(BestInterestsLine("Determination", "2026-01-10", "Return recommended"),),
    family_assessment=FamilyAssessmentLine("2026-01-05", "Adequate", ("Neglect",), "Reunify"),
)


def _core(child: ChildAnnex | None = None) -> CaseCore:
    return CaseCore(
        case_code="GHA-7KQ3-MZ2P",
        status="Reintegration",
        facts=(Entry("Country of return", ("Ghana",)), Entry("Risk level", ("High",), True)),
        consents=(ConsentLine("Receiving assistance", "The person", "2026-01-02", "", True),),
        plan=(Entry("Status", ("Approved",), True),),
        objectives=(ObjectiveLine("Economic", "Open a tailoring shop", "Open"),),
        measures=(
            MeasureLine("Reintegration", "Vocational training", "Sewing course", "Planned", "", ""),
        ),
        visits=(
            VisitLine("month-1", "2026-02-01", "2026-02-15", "completed", "2026-02-03", False),
            VisitLine("month-3", "2026-04-01", "2026-04-15", "overdue", "", True),
        ),
        actions=(Action("overdue_visit", text="month-3"),),
        child=child,
    )


def _interview(child: ChildAnnex | None = None, *, survey: bool = False) -> InterviewSheet:
    questions = VisitQuestions(
        slot="month-3",
        due_date="2026-04-01",
        survey=(SurveyQuestion("econ_1", "economic", "Do you have work?", ("Yes", "No")),)
        if survey
        else (),
        survey_version="1" if survey else "",
    )
    return InterviewSheet(core=_core(child), questions=questions)


def _full(child: ChildAnnex | None = None) -> FullSheet:
    return FullSheet(
        core=_core(child),
        identity=(Entry("Given name", ("Ama",)), Entry("Document number", ("DOC-ZX-981",))),
        trafficking=(Entry("Types of exploitation", ("Forced labour",), True),),
        budget=(Entry("Budget", ("1500.00 GHS",)),),
        budget_lines=(BudgetLine("Vocational training", "Sewing course", "750.25", "", "GHS"),),
        history=(HistoryLine("2026-01-02", "", "Identified", ""),),
        remarks="Prefers morning visits",
    )


def test_the_interview_sheet_has_no_place_for_what_it_withholds() -> None:
    names = {field.name for field in dataclasses.fields(InterviewSheet)}
    names |= {field.name for field in dataclasses.fields(CaseCore)}
    for withheld in ("identity", "trafficking", "budget", "budget_lines", "remarks"):
        assert withheld not in names
    measure = {field.name for field in dataclasses.fields(MeasureLine)}
    assert not measure & {"planned_amount", "spent_amount", "planned", "spent", "currency"}


def test_the_interview_sheet_prints_what_the_interview_needs(tmp_path: Path) -> None:
    pdf = case_sheet.render(_interview(), CONTEXT)
    found = text(pdf)
    for expected in (
        "Case sheet (interview)",
        "GHA-7KQ3-MZ2P",
        "Reintegration",
        "Receiving assistance",
        "Open a tailoring shop",
        "Sewing course",
        "month-1",
        "Visit month-3 is overdue",
        "Questions for this visit",
        "How are the measures of the plan going?",
        "Beneficiary",
        "Officer",
        "Page 1 of",
    ):
        assert squeezed(expected) in squeezed(found), expected
    assert "Beneficiary or guardian" not in found
    assert "Child annex" not in found
    assert "sustainability survey" not in found
    qpdf_check(pdf, tmp_path)


def test_the_survey_questions_when_the_visit_calls_for_it() -> None:
    found = text(case_sheet.render(_interview(survey=True), CONTEXT))
    assert "Do you have work?" in found
    assert "Reintegration sustainability survey" in found
    assert "How are the measures of the plan going?" not in found


def test_a_minor_has_the_child_annex_and_a_guardian_may_sign() -> None:
    found = squeezed(text(case_sheet.render(_interview(CHILD), CONTEXT)))
    for expected in (
        "Child annex",
        "Guardian Kofi",
        "Return recommended",
        "Reunify",
        "Beneficiary or guardian",
    ):
        assert squeezed(expected) in found, expected


def test_the_full_sheet_adds_identity_trafficking_budget_and_history(tmp_path: Path) -> None:
    pdf = case_sheet.render(_full(), CONTEXT)
    found = squeezed(text(pdf))
    for expected in (
        "Case sheet (full)",
        "DOC-ZX-981",
        "Forced labour",
        "1500.00 GHS",
        "750.25",
        "Prefers morning visits",
        "History",
        "Identified",
    ):
        assert squeezed(expected) in found, expected
    qpdf_check(pdf, tmp_path)


def test_a_french_print() -> None:
    context = dataclasses.replace(CONTEXT, language="fr")
    found = text(case_sheet.render(_full(), context))
    assert "Code du dossier" in found  # the field label, from the French catalogue
    assert "Case code" not in found
