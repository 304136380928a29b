"""The case sheet (issue 7 point 1): an `InterviewSheet` or a `FullSheet` in, PDF bytes out.

interview: stage, consent, plan and measures (no amounts), visits done and due, open actions,
the questions of the next visit (the sustainability survey when it is due), signature blocks;
the child annex for a minor. full: the same, then identity, trafficking profile, budget and the
history of workflow steps. What a profile withholds is not in its data type (case_sheet_data).
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable, KeepTogether

from care_desktop import i18n
from care_desktop.reports import layout
from care_desktop.reports.case_sheet_data import (
    Action,
    CaseCore,
    CaseSheet,
    ChildAnnex,
    Entry,
    FullSheet,
    InterviewSheet,
    VisitQuestions,
)
from care_desktop.reports.context import PrintContext
from care_desktop.reports.form_parts import Choices

Translate = Callable[[str, str], str]
_DONE_STATES = ("completed", "missed", "cancelled")


def render(sheet: CaseSheet, context: PrintContext) -> bytes:
    """The PDF of one case sheet."""
    document = layout.Document(_title(sheet, context), sheet.core.case_code, context)
    return document.build(story(sheet, context))


def _title(sheet: CaseSheet, context: PrintContext) -> str:
    translate = i18n.translator(context.language)
    if isinstance(sheet, FullSheet):
        return translate("CaseSheet", "Case sheet (full)")
    return translate("CaseSheet", "Case sheet (interview)")


def story(sheet: CaseSheet, context: PrintContext) -> list[Flowable]:
    """The flowables of one sheet (a batch can put several sheets in one document)."""
    translate = i18n.translator(context.language)
    title = _title(sheet, context)
    width = layout.usable_width(context)
    flowables: list[Flowable] = [layout.paragraph(f"{title}: {sheet.core.case_code}", layout.TITLE)]
    flowables += _core(sheet.core, translate, width)
    if isinstance(sheet, InterviewSheet):
        flowables += _questions(sheet.questions, translate, width)
    else:
        flowables += _full(sheet, translate, width)
    if sheet.core.child is not None:
        flowables += _child(sheet.core.child, translate, width)
    if isinstance(sheet, InterviewSheet):
        signatory = (
            translate("CaseSheet", "Beneficiary or guardian")
            if sheet.core.child is not None
            else translate("CaseSheet", "Beneficiary")
        )
        flowables.append(
            layout.signature_blocks(
                [signatory, translate("CaseSheet", "Officer")],
                width,
                translate("CaseSheet", "Date"),
            )
        )
    return flowables


def _entries(entries: tuple[Entry, ...], translate: Translate) -> list[tuple[str, str]]:
    rows = []
    for entry in entries:
        values = [translate("codes", v) if entry.coded else v for v in entry.values]
        rows.append((translate("fields", entry.label), ", ".join(v for v in values if v)))
    return rows


def _core(core: CaseCore, translate: Translate, width: float) -> list[Flowable]:
    story: list[Flowable] = [layout.heading(translate("CaseSheet", "Case"))]
    rows = [
        (translate("fields", "Case code"), core.case_code),
        (translate("CaseSheet", "Stage"), translate("codes", core.status)),
    ]
    story.append(layout.fields(rows + _entries(core.facts, translate), width))

    story.append(layout.heading(translate("CaseSheet", "Consent")))
    if core.consents:
        headers = [
            translate("fields", "Scope"),
            translate("fields", "Given by"),
            translate("fields", "Given on"),
            translate("fields", "Withdrawn on"),
            translate("CaseSheet", "Valid"),
        ]
        rows_c = [
            [
                translate("codes", c.scope),
                translate("codes", c.given_by) if c.given_by else "",
                c.given_on,
                c.withdrawn_on,
                translate("CaseSheet", "yes") if c.active else translate("CaseSheet", "no"),
            ]
            for c in core.consents
        ]
        story.append(layout.table(headers, rows_c, width, [0.32, 0.18, 0.17, 0.17, 0.16]))
    else:
        story.append(layout.paragraph(translate("CaseSheet", "No consent recorded.")))

    story.append(layout.heading(translate("CaseSheet", "Reintegration plan")))
    if core.plan:
        story.append(layout.fields(_entries(core.plan, translate), width))
    else:
        story.append(layout.paragraph(translate("CaseSheet", "No plan yet.")))
    if core.objectives:
        headers = [
            translate("fields", "Dimension"),
            translate("fields", "Objective"),
            translate("fields", "Status"),
        ]
        rows_o = [
            [translate("codes", o.dimension), o.description, translate("codes", o.status)]
            for o in core.objectives
        ]
        story += [layout.spacer(2), layout.table(headers, rows_o, width, [0.2, 0.6, 0.2])]
    if core.measures:
        headers = [
            translate("fields", "Phase"),
            translate("fields", "Category"),
            translate("fields", "Description"),
            translate("fields", "Status"),
            translate("fields", "Planned for"),
            translate("fields", "Delivered on"),
        ]
        rows_m = [
            [
                translate("codes", m.phase),
                translate("codes", m.category),
                m.description,
                translate("codes", m.status),
                m.planned_on,
                m.delivered_on,
            ]
            for m in core.measures
        ]
        story += [
            layout.heading(translate("CaseSheet", "Assistance measures")),
            layout.table(headers, rows_m, width, [0.16, 0.17, 0.23, 0.14, 0.15, 0.15]),
        ]

    story += _visits(core, translate, width)
    story += _actions(core.actions, translate)
    return story


def _visit_state(state: str, translate: Translate) -> str:
    names = {
        "upcoming": translate("CaseSheet", "upcoming"),
        "due": translate("CaseSheet", "due"),
        "overdue": translate("CaseSheet", "overdue"),
        "completed": translate("CaseSheet", "done"),
        "missed": translate("CaseSheet", "missed"),
        "cancelled": translate("CaseSheet", "cancelled"),
    }
    return names.get(state, state)


def _visits(core: CaseCore, translate: Translate, width: float) -> list[Flowable]:
    story: list[Flowable] = [layout.heading(translate("CaseSheet", "Monitoring visits"))]
    if not core.visits:
        story.append(layout.paragraph(translate("CaseSheet", "No visit planned yet.")))
        return story
    headers = [
        translate("fields", "Visit"),
        translate("fields", "Due"),
        translate("fields", "Window closes"),
        translate("fields", "Status"),
        translate("fields", "Visited on"),
        translate("CaseSheet", "Survey"),
    ]
    done = [v for v in core.visits if v.state in _DONE_STATES]
    due = [v for v in core.visits if v.state not in _DONE_STATES]
    rows = [
        [
            v.slot,
            v.due_date,
            v.window_end,
            _visit_state(v.state, translate),
            v.visited_on,
            translate("CaseSheet", "yes") if v.survey_due else "",
        ]
        for v in (*done, *due)
    ]
    story.append(layout.table(headers, rows, width, [0.12, 0.18, 0.18, 0.18, 0.18, 0.16]))
    return story


def _action_text(action: Action, translate: Translate) -> str:
    if action.kind == "missing":
        needed = translate(action.context, action.text) if action.context else action.text
        return translate("CaseSheet", "The next step still needs: {what}").format(what=needed)
    if action.kind == "overdue_visit":
        return translate("CaseSheet", "Visit {slot} is overdue").format(slot=action.text)
    if action.kind == "referral":
        return translate("CaseSheet", "Referral open: {service} ({partner})").format(
            service=translate("codes", action.text), partner=action.detail
        )
    if action.kind == "no_consent":
        return translate("CaseSheet", "No valid consent to receive assistance")
    if action.kind == "minor_without_guardian":
        return translate("CaseSheet", "A minor without a guardian on record")
    return action.text


def _actions(actions: tuple[Action, ...], translate: Translate) -> list[Flowable]:
    story: list[Flowable] = [layout.heading(translate("CaseSheet", "Open actions"))]
    if not actions:
        story.append(layout.paragraph(translate("CaseSheet", "Nothing open.")))
    for action in actions:
        story.append(layout.paragraph("• " + _action_text(action, translate)))
    return story


def _standing_questions(translate: Translate) -> list[str]:
    return [
        translate("CaseSheet", "How is the person doing since the last contact?"),
        translate("CaseSheet", "How are the measures of the plan going? What has changed?"),
        translate("CaseSheet", "Income, work or training: what is the situation now?"),
        translate("CaseSheet", "Family, community and safety: any difficulty or new risk?"),
        translate("CaseSheet", "Health and well-being: any need for support or referral?"),
        translate("CaseSheet", "What is agreed for the next steps?"),
    ]


def _questions(
    questions: VisitQuestions | None, translate: Translate, width: float
) -> list[Flowable]:
    story: list[Flowable] = [layout.heading(translate("CaseSheet", "Questions for this visit"))]
    if questions is not None:
        text = translate("CaseSheet", "Visit {slot}, due {date}").format(
            slot=questions.slot, date=questions.due_date
        )
        story.append(layout.paragraph(text))
    if questions is not None and questions.survey:
        intro = translate(
            "CaseSheet", "Reintegration sustainability survey (version {version}): tick one answer."
        ).format(version=questions.survey_version)
        story.append(layout.paragraph(intro, layout.SMALL))
        for number, item in enumerate(questions.survey, start=1):
            answers = tuple(translate("rss", a) for a in item.answers)
            story.append(
                KeepTogether(
                    [
                        layout.paragraph(
                            f"{number}. {translate('rss', item.question)}", layout.LABEL
                        ),
                        Choices(answers, size=8.5),
                        layout.spacer(2),
                    ]
                )
            )
        return story
    for number, question in enumerate(_standing_questions(translate), start=1):
        story.append(
            KeepTogether(
                [
                    layout.paragraph(f"{number}. {question}", layout.LABEL),
                    layout.answer_lines(3, width),
                ]
            )
        )
    return story


def _child(child: ChildAnnex, translate: Translate, width: float) -> list[Flowable]:
    story: list[Flowable] = [layout.heading(translate("CaseSheet", "Child annex"))]
    if child.guardians:
        headers = [
            translate("fields", "Name"),
            translate("fields", "Relationship to the child"),
            translate("fields", "Authority"),
            translate("fields", "Main guardian"),
        ]
        rows = [
            [
                g.name,
                g.relationship,
                translate("codes", g.authority),
                translate("CaseSheet", "yes") if g.is_primary else "",
            ]
            for g in child.guardians
        ]
        story.append(layout.table(headers, rows, width, [0.34, 0.26, 0.24, 0.16]))
    else:
        story.append(layout.paragraph(translate("CaseSheet", "No guardian on record.")))
    story.append(
        layout.heading(translate("CaseSheet", "Best-interests assessment and determination"))
    )
    if child.best_interests:
        headers = [
            translate("fields", "Kind"),
            translate("fields", "Date"),
            translate("fields", "Decision"),
        ]
        rows = [
            [
                translate("codes", b.kind),
                b.conducted_on,
                translate("codes", b.decision) if b.decision else "",
            ]
            for b in child.best_interests
        ]
        story.append(layout.table(headers, rows, width, [0.3, 0.2, 0.5]))
    else:
        story.append(layout.paragraph(translate("CaseSheet", "No BIA or BID recorded.")))
    story.append(layout.heading(translate("CaseSheet", "Family assessment")))
    family = child.family_assessment
    if family is None:
        story.append(layout.paragraph(translate("CaseSheet", "No family assessment recorded.")))
    else:
        rows_f = [
            (translate("fields", "Date"), family.assessed_on),
            (
                translate("fields", "Caregiving capacity"),
                translate("codes", family.caregiving_capacity)
                if family.caregiving_capacity
                else "",
            ),
            (
                translate("fields", "Protection risks"),
                ", ".join(translate("codes", risk) for risk in family.protection_risks),
            ),
            (
                translate("fields", "Recommendation"),
                translate("codes", family.recommendation) if family.recommendation else "",
            ),
        ]
        story.append(layout.fields(rows_f, width))
    return story


def _full(sheet: FullSheet, translate: Translate, width: float) -> list[Flowable]:
    story: list[Flowable] = [layout.heading(translate("CaseSheet", "Identity"))]
    if sheet.identity:
        story.append(layout.fields(_entries(sheet.identity, translate), width))
    else:
        story.append(layout.paragraph(translate("CaseSheet", "No identity recorded.")))
    story.append(layout.heading(translate("CaseSheet", "Trafficking profile")))
    if sheet.trafficking:
        story.append(layout.fields(_entries(sheet.trafficking, translate), width))
    else:
        story.append(layout.paragraph(translate("CaseSheet", "No trafficking profile recorded.")))
    story.append(layout.heading(translate("CaseSheet", "Budget")))
    if sheet.budget:
        story.append(layout.fields(_entries(sheet.budget, translate), width))
    if sheet.budget_lines:
        headers = [
            translate("fields", "Category"),
            translate("fields", "Description"),
            translate("fields", "Planned amount"),
            translate("fields", "Amount spent"),
            translate("fields", "Currency"),
        ]
        rows = [
            [translate("codes", b.category), b.description, b.planned, b.spent, b.currency]
            for b in sheet.budget_lines
        ]
        story.append(layout.table(headers, rows, width, [0.2, 0.35, 0.16, 0.16, 0.13]))
    if not sheet.budget and not sheet.budget_lines:
        story.append(layout.paragraph(translate("CaseSheet", "No budget recorded.")))
    if sheet.remarks:
        story += [
            layout.heading(translate("fields", "Remarks")),
            layout.paragraph(sheet.remarks),
        ]
    story.append(layout.heading(translate("CaseSheet", "History")))
    if sheet.history:
        headers = [
            translate("fields", "Date"),
            translate("fields", "From"),
            translate("fields", "To"),
            translate("fields", "Reason"),
        ]
        rows = [
            [
                h.date,
                translate("codes", h.from_status) if h.from_status else "",
                translate("codes", h.to_status),
                h.reason,
            ]
            for h in sheet.history
        ]
        story.append(layout.table(headers, rows, width, [0.16, 0.2, 0.2, 0.44]))
    else:
        story.append(layout.paragraph(translate("CaseSheet", "No workflow step recorded.")))
    return story
