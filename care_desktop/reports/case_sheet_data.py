"""What a case sheet prints, as plain frozen data (services/print_service.py fills it).

Two sheets, two types: an `InterviewSheet` has no field for the trafficking profile, identity
documents or amounts, so what the interview profile withholds cannot reach its page; a
`FullSheet` adds them for coordinators. Texts are as stored: labels of fields and codes in English
(the layout translates them: contexts "fields" and "codes"), dates as ISO strings.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Entry:
    """One field: its label (English, "fields" context) and its value(s)."""

    label: str
    values: tuple[str, ...]
    coded: bool = False  # the values are code labels ("codes" context)


@dataclass(frozen=True, slots=True)
class ConsentLine:
    scope: str  # code label
    given_by: str  # code label or ""
    given_on: str
    withdrawn_on: str
    active: bool


@dataclass(frozen=True, slots=True)
class ObjectiveLine:
    dimension: str  # code label
    description: str
    status: str  # code label


@dataclass(frozen=True, slots=True)
class MeasureLine:
    """A measure without any amount (amounts are in `BudgetLine`, on the full sheet only)."""

    phase: str  # code label
    category: str  # code label
    description: str
    status: str  # code label
    planned_on: str
    delivered_on: str


@dataclass(frozen=True, slots=True)
class VisitLine:
    slot: str  # "M3", "D7"...
    due_date: str
    window_end: str
    state: str  # VisitState: upcoming, due, overdue, completed, missed, cancelled
    visited_on: str
    survey_due: bool


@dataclass(frozen=True, slots=True)
class Action:
    """Something open on the case. kind: "missing" (the next workflow step needs `text`, a label
    in `context`), "overdue_visit" (text: the slot), "referral" (text: the service's code label,
    detail: the partner), "no_consent", "minor_without_guardian"."""

    kind: str
    text: str = ""
    context: str = ""
    detail: str = ""


@dataclass(frozen=True, slots=True)
class SurveyQuestion:
    code: str
    dimension: str  # economic | social | psychosocial
    question: str  # English ("rss" context)
    answers: tuple[str, ...]  # English answer labels ("rss" context)


@dataclass(frozen=True, slots=True)
class VisitQuestions:
    """The questions of the next visit: the sustainability survey when that visit calls for it,
    else (survey empty) the interview's standing questions."""

    slot: str
    due_date: str
    survey: tuple[SurveyQuestion, ...]
    survey_version: str


@dataclass(frozen=True, slots=True)
class GuardianLine:
    name: str
    relationship: str
    authority: str  # code label
    is_primary: bool


@dataclass(frozen=True, slots=True)
class BestInterestsLine:
    kind: str  # code label (assessment / determination)
    conducted_on: str
    decision: str  # code label or ""


@dataclass(frozen=True, slots=True)
class FamilyAssessmentLine:
    assessed_on: str
    caregiving_capacity: str  # code label or ""
    protection_risks: tuple[str, ...]  # code labels
    recommendation: str  # code label or ""


@dataclass(frozen=True, slots=True)
class ChildAnnex:
    guardians: tuple[GuardianLine, ...]
    best_interests: tuple[BestInterestsLine, ...]
    family_assessment: FamilyAssessmentLine | None  # the latest


@dataclass(frozen=True, slots=True)
class CaseCore:
    """What both profiles print."""

    case_code: str
    status: str  # code label of the stage
    facts: tuple[Entry, ...]  # country of return, arrival, risk level...
    consents: tuple[ConsentLine, ...]
    plan: tuple[Entry, ...]  # status and dates of the plan (no budget); empty: no plan yet
    objectives: tuple[ObjectiveLine, ...]
    measures: tuple[MeasureLine, ...]
    visits: tuple[VisitLine, ...]
    actions: tuple[Action, ...]
    child: ChildAnnex | None  # only for a minor


@dataclass(frozen=True, slots=True)
class InterviewSheet:
    core: CaseCore
    questions: VisitQuestions | None  # None: no visit planned


@dataclass(frozen=True, slots=True)
class BudgetLine:
    category: str  # code label
    description: str
    planned: str  # amount in units ("1250.50"), "" if none
    spent: str
    currency: str


@dataclass(frozen=True, slots=True)
class HistoryLine:
    date: str
    from_status: str  # code label or ""
    to_status: str  # code label
    reason: str


@dataclass(frozen=True, slots=True)
class FullSheet:
    core: CaseCore
    identity: tuple[Entry, ...]  # names, contacts, documents (the reveal is audited)
    trafficking: tuple[Entry, ...]  # the trafficking profile; empty when none was recorded
    budget: tuple[Entry, ...]  # the plan's budget and currency
    budget_lines: tuple[BudgetLine, ...]
    history: tuple[HistoryLine, ...]  # the workflow steps, oldest first
    remarks: str


CaseSheet = InterviewSheet | FullSheet
