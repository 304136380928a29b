"""The monitoring-visit form a field officer takes to a visit: what is due, and room to answer.

Data in (a `VisitForm` the service filled with only what the form may show: no trafficking
details, no documents, no amounts, no names), PDF flowables out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from care_desktop.reports import fonts
from care_desktop.reports.form_parts import Choices, SignatureLines, WritingLines

Translate = Callable[[str, str], str]
_GRID = TableStyle(
    [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
)


@dataclass(frozen=True, slots=True)
class ObjectiveLine:
    dimension: str  # code label, English ("Economic"); translated in the "codes" context
    description: str
    status: str  # code label


@dataclass(frozen=True, slots=True)
class MeasureLine:
    category: str  # code label
    description: str | None
    status: str  # code label
    planned_on: date | None
    delivered_on: date | None


@dataclass(frozen=True, slots=True)
class SurveyQuestion:
    code: str
    dimension: str  # "economic" | "social" | "psychosocial"
    question: str  # English; translated in the "rss" context
    answers: tuple[str, ...]  # answer labels, English, in the instrument's order


@dataclass(frozen=True, slots=True)
class VisitForm:
    visit_id: str
    case_code: str
    slot: str  # the schedule's key: "month-3", "week-2"
    slot_months: int | None
    slot_days: int | None
    due_date: date
    window_start: date
    window_end: date
    arrival_date: date | None
    objectives: tuple[ObjectiveLine, ...]
    measures: tuple[MeasureLine, ...]
    modes: tuple[str, ...]  # how the visit may take place (code labels)
    survey: tuple[SurveyQuestion, ...]  # empty when the visit calls for no survey
    survey_version: str | None = None


# --- layout ----------------------------------------------------------------------------------

CTX = "VisitForm"
_DIMENSIONS = ("economic", "social", "psychosocial")


def _styles() -> dict[str, ParagraphStyle]:
    fonts.register()
    body = ParagraphStyle("form-body", fontName=fonts.BASE, fontSize=9.5, leading=12.5)
    return {
        "title": ParagraphStyle(
            "form-title", parent=body, fontName=fonts.BOLD, fontSize=14, leading=18
        ),
        "heading": ParagraphStyle(
            "form-heading",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=11,
            leading=14,
            spaceBefore=8,
            spaceAfter=3,
        ),
        "body": body,
        "question": ParagraphStyle(
            "form-question", parent=body, fontName=fonts.BOLD, spaceBefore=4, spaceAfter=1
        ),
        "small": ParagraphStyle("form-small", parent=body, fontSize=8, leading=10),
    }


def slot_text(form: VisitForm, translate: Translate) -> str:
    """ "3 months after arrival", "2 weeks after arrival"; the key itself for an unknown slot."""
    if form.slot_months == 1:
        return translate(CTX, "1 month after arrival")
    if form.slot_months is not None:
        return translate(CTX, "{count} months after arrival").format(count=form.slot_months)
    if form.slot_days is not None and form.slot_days % 7 == 0:
        return translate(CTX, "{count} weeks after arrival").format(count=form.slot_days // 7)
    if form.slot_days is not None:
        return translate(CTX, "{count} days after arrival").format(count=form.slot_days)
    return form.slot


def _cell(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(fonts.markup(text), style)


def _facts(form: VisitForm, translate: Translate, s: dict[str, ParagraphStyle]) -> Table:
    rows = [
        (translate(CTX, "Case"), form.case_code),
        (translate(CTX, "Visit"), slot_text(form, translate)),
        (translate(CTX, "Due on"), form.due_date.isoformat()),
        (
            translate(CTX, "Window"),
            translate(CTX, "{start} to {end}").format(
                start=form.window_start.isoformat(), end=form.window_end.isoformat()
            ),
        ),
        (
            translate(CTX, "Arrival"),
            form.arrival_date.isoformat() if form.arrival_date else "—",
        ),
    ]
    table = Table(
        [[_cell(label, s["question"]), _cell(value, s["body"])] for label, value in rows],
        colWidths=[32 * mm, None],
        hAlign="LEFT",
    )
    table.setStyle(_GRID)
    return table


def _plan(form: VisitForm, translate: Translate, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    parts: list[Flowable] = [_cell(translate(CTX, "Plan: what to check"), s["heading"])]
    if form.objectives:
        rows = [
            [
                _cell(translate(CTX, "Objective"), s["question"]),
                _cell(translate(CTX, "Status when printed"), s["question"]),
                _cell(translate(CTX, "Status found"), s["question"]),
            ]
        ]
        rows += [
            [
                _cell(f"{translate('codes', o.dimension)}: {o.description}", s["body"]),
                _cell(translate("codes", o.status), s["body"]),
                "",
            ]
            for o in form.objectives
        ]
        parts.append(_table(rows, [None, 32 * mm, 38 * mm]))
    if form.measures:
        rows = [
            [
                _cell(translate(CTX, "Measure"), s["question"]),
                _cell(translate(CTX, "Status when printed"), s["question"]),
                _cell(translate(CTX, "Delivered? Comments"), s["question"]),
            ]
        ]
        for m in form.measures:
            what = translate("codes", m.category) + (f": {m.description}" if m.description else "")
            when = (
                translate(CTX, "delivered {date}").format(date=m.delivered_on.isoformat())
                if m.delivered_on
                else translate(CTX, "planned for {date}").format(date=m.planned_on.isoformat())
                if m.planned_on
                else ""
            )
            status = translate("codes", m.status) + (f" ({when})" if when else "")
            rows.append([_cell(what, s["body"]), _cell(status, s["body"]), ""])
        parts.append(Spacer(1, 4))
        parts.append(_table(rows, [None, 42 * mm, 38 * mm]))
    if not form.objectives and not form.measures:
        parts.append(_cell(translate(CTX, "No plan or measure recorded yet."), s["body"]))
    return parts


def _table(rows: list[list[Any]], widths: list[float | None]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(_GRID)
    return table


def _findings(translate: Translate, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    labels = {
        "economic": translate(CTX, "Economic: work, income, debts, housing"),
        "social": translate(CTX, "Social: family, community, services, documents"),
        "psychosocial": translate(CTX, "Psychosocial: well-being, safety, support"),
    }
    parts: list[Flowable] = [_cell(translate(CTX, "Findings"), s["heading"])]
    for dimension in _DIMENSIONS:
        parts += [_cell(labels[dimension], s["question"]), WritingLines(4)]
    parts += [_cell(translate(CTX, "Other observations, next steps"), s["question"])]
    parts.append(WritingLines(3))
    return parts


def _survey(form: VisitForm, translate: Translate, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    parts: list[Flowable] = [
        CondPageBreak(60 * mm),
        _cell(translate(CTX, "Reintegration Sustainability Survey"), s["heading"]),
        _cell(
            translate(
                CTX,
                "Read each question aloud and tick one answer. The person may decline any "
                "question: tick \u201cNo answer / does not apply\u201d.",
            ),
            s["small"],
        ),
    ]
    headings = {
        "economic": translate(CTX, "Economic dimension"),
        "social": translate(CTX, "Social dimension"),
        "psychosocial": translate(CTX, "Psychosocial dimension"),
    }
    number = 0
    for dimension in _DIMENSIONS:
        questions = [q for q in form.survey if q.dimension == dimension]
        if not questions:
            continue
        parts.append(_cell(headings[dimension], s["heading"]))
        for question in questions:
            number += 1
            text = f"{number}. {translate('rss', question.question)}"
            labels = tuple(translate("rss", answer) for answer in question.answers)
            parts.append(KeepTogether([_cell(text, s["question"]), Choices(labels, indent=10)]))
    if form.survey_version:
        parts.append(
            _cell(
                translate(CTX, "Survey version {version}").format(version=form.survey_version),
                s["small"],
            )
        )
    return parts


def flowables(form: VisitForm, translate: Translate) -> list[Flowable]:
    """The form of one visit, from its title to the signatures (no page break at either end)."""
    s = _styles()
    parts: list[Flowable] = [
        _cell(translate(CTX, "Monitoring visit form"), s["title"]),
        Spacer(1, 4),
        _facts(form, translate, s),
        Spacer(1, 6),
        _cell(translate(CTX, "Visit"), s["heading"]),
        _cell(translate(CTX, "Date of the visit: ____________    How:"), s["body"]),
        Choices(tuple(translate("codes", mode) for mode in form.modes)),
        _cell(translate(CTX, "Officer: ______________________________"), s["body"]),
    ]
    parts += _plan(form, translate, s)
    parts += _findings(translate, s)
    if form.survey:
        parts += _survey(form, translate, s)
    parts += [
        Spacer(1, 10),
        KeepTogether(
            [
                _cell(translate(CTX, "Signatures"), s["heading"]),
                SignatureLines(
                    (
                        translate(CTX, "Field officer"),
                        translate(CTX, "Beneficiary or guardian"),
                    ),
                    translate(CTX, "Signature and date"),
                ),
            ]
        ),
    ]
    return parts
