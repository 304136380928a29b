"""The parts both case-sheet profiles share, read inside the print's transaction (print_service).

None of these reads an amount, the identity record or the trafficking profile.
"""

from __future__ import annotations

from datetime import date

from care_desktop.db import record_store
from care_desktop.db.record_tables import table
from care_desktop.domain import codes as c
from care_desktop.domain import records as r
from care_desktop.domain.rss import CURRENT_INSTRUMENT
from care_desktop.domain.schedule import VisitStatus, visit_state
from care_desktop.domain.schema import RecordSpec, Value
from care_desktop.domain.workflow import NEXT, Status, missing_for
from care_desktop.reports.case_sheet_data import (
    Action,
    BestInterestsLine,
    ChildAnnex,
    ConsentLine,
    Entry,
    FamilyAssessmentLine,
    GuardianLine,
    MeasureLine,
    ObjectiveLine,
    SurveyQuestion,
    VisitLine,
    VisitQuestions,
)
from care_desktop.services import case_service, monitoring_service, workflow_service
from care_desktop.services.unit_of_work import Work

_OPEN_REFERRALS = frozenset({"proposed", "sent", "accepted"})


def label(codes: c.CodeList | None, value: Value) -> str:
    """The English label of a code ("" for none; the code itself if unknown)."""
    if value is None or value == "":
        return ""
    found = codes.get(str(value)) if codes is not None else None
    return found.label if found else str(value)


def money(value: Value, currency: str) -> str:
    """Minor units as units ("1250.50"; currencies without cents: "1250")."""
    if not isinstance(value, int) or isinstance(value, bool):
        return ""
    digits = c.currency_digits(currency)
    if digits == 0:
        return str(value)
    whole, part = divmod(value, 10**digits)
    return f"{whole}.{part:0{digits}d}"


def rows(
    work: Work, spec: RecordSpec, case_id: str, *, order: str | None = None
) -> list[tuple[str, dict[str, Value]]]:
    t = table(spec)
    order_by = [t.c[order], t.c.id] if order else [t.c.id]
    return record_store.select_records(
        work.session, spec, t.c.case_id == case_id, order_by=order_by
    )


def first(work: Work, spec: RecordSpec, case_id: str) -> dict[str, Value] | None:
    found = record_store.select_records(
        work.session, spec, table(spec).c.case_id == case_id, limit=1
    )
    return found[0][1] if found else None


def identity_id(work: Work, case_id: str) -> str | None:
    found = record_store.select_records(
        work.session, r.IDENTITY, table(r.IDENTITY).c.case_id == case_id, limit=1
    )
    return found[0][0] if found else None


def _text(value: Value) -> str:
    return "" if value is None else str(value)


def consents(work: Work, case_id: str) -> tuple[ConsentLine, ...]:
    today = work.today.isoformat()
    lines = []
    for _, v in rows(work, r.CONSENT, case_id, order="given_on"):
        given, withdrawn = _text(v.get("given_on")), _text(v.get("withdrawn_on"))
        lines.append(
            ConsentLine(
                scope=label(c.CONSENT_SCOPE, v.get("scope")),
                given_by=label(c.CONSENT_GIVEN_BY, v.get("given_by")),
                given_on=given,
                withdrawn_on=withdrawn,
                active=bool(given) and given <= today and not (withdrawn and withdrawn <= today),
            )
        )
    return tuple(lines)


def plan_entries(work: Work, case_id: str) -> tuple[Entry, ...]:
    """The plan's status and dates: never its budget (that is the full sheet's)."""
    plan = first(work, r.PLAN, case_id)
    if plan is None:
        return ()
    found = [Entry("Status", (label(c.PLAN_STATUS, plan.get("status")),), coded=True)]
    for name in ("agreed_on", "approved_on"):
        if plan.get(name):
            found.append(Entry(r.PLAN.field(name).label, (_text(plan[name]),)))
    return tuple(found)


def objectives(work: Work, case_id: str) -> tuple[ObjectiveLine, ...]:
    return tuple(
        ObjectiveLine(
            dimension=label(c.PLAN_DIMENSION, v.get("dimension")),
            description=_text(v.get("description")),
            status=label(c.OBJECTIVE_STATUS, v.get("status") or "open"),
        )
        for _, v in rows(work, r.OBJECTIVE, case_id, order="dimension")
    )


def measures(work: Work, case_id: str) -> tuple[MeasureLine, ...]:
    return tuple(
        MeasureLine(
            phase=label(c.ASSISTANCE_PHASE, v.get("phase")),
            category=label(c.ASSISTANCE_CATEGORY, v.get("category")),
            description=_text(v.get("description")),
            status=label(c.MEASURE_STATUS, v.get("status") or "planned"),
            planned_on=_text(v.get("planned_on")),
            delivered_on=_text(v.get("delivered_on")),
        )
        for _, v in rows(work, r.MEASURE, case_id, order="planned_on")
    )


def _state(v: dict[str, Value], today: date) -> str:
    return str(
        visit_state(
            VisitStatus(str(v.get("status") or VisitStatus.PLANNED)),
            date.fromisoformat(str(v["due_date"])),
            date.fromisoformat(str(v["window_start"])),
            date.fromisoformat(str(v["window_end"])),
            today,
        )
    )


def visits(work: Work, case_id: str) -> tuple[VisitLine, ...]:
    return tuple(
        VisitLine(
            slot=_text(v.get("slot")),
            due_date=_text(v.get("due_date")),
            window_end=_text(v.get("window_end")),
            state=_state(v, work.today),
            visited_on=_text(v.get("visited_on")),
            survey_due=bool(v.get("rss_due")),
        )
        for _, v in monitoring_service.visits_of(work, case_id)
    )


def next_visit_questions(work: Work, case_id: str) -> VisitQuestions | None:
    """The next planned visit's questions: the sustainability survey when it is due then."""
    planned = [
        v
        for _, v in monitoring_service.visits_of(work, case_id)
        if v.get("status") == VisitStatus.PLANNED
    ]
    if not planned:
        return None
    visit = planned[0]
    survey: tuple[SurveyQuestion, ...] = ()
    if visit.get("rss_due"):
        survey = tuple(
            SurveyQuestion(
                code=i.code,
                dimension=i.dimension.value,
                question=i.question,
                answers=tuple(a.label for a in i.answers),
            )
            for i in CURRENT_INSTRUMENT.indicators
        )
    return VisitQuestions(
        slot=_text(visit.get("slot")),
        due_date=_text(visit.get("due_date")),
        survey=survey,
        survey_version=CURRENT_INSTRUMENT.version if survey else "",
    )


def actions(work: Work, case_id: str) -> tuple[Action, ...]:
    """What is open: the next workflow step's missing conditions, overdue visits, open
    referrals, a missing consent or guardian."""
    facts = workflow_service.facts(work, case_id)
    if facts.status is Status.CLOSED:
        return ()
    found: list[Action] = []
    following = NEXT.get(facts.status)
    if following is not None:
        found += [
            Action("missing", text=m.text, context=m.context) for m in missing_for(facts, following)
        ]
    for line in visits(work, case_id):
        if line.state == "overdue":
            found.append(Action("overdue_visit", text=line.slot))
    partners: dict[str, str] = {}
    for _, v in rows(work, r.REFERRAL, case_id, order="referred_on"):
        if (v.get("status") or "proposed") not in _OPEN_REFERRALS:
            continue
        partner_id = _text(v.get("partner_id"))
        if partner_id not in partners:
            partner = record_store.get_record(work.session, r.PARTNER, partner_id) or {}
            partners[partner_id] = _text(partner.get("name"))
        found.append(
            Action(
                "referral",
                text=label(c.REFERRAL_SERVICE, v.get("service")),
                detail=partners[partner_id],
            )
        )
    if "services" not in facts.consents:
        found.append(Action("no_consent"))
    if facts.is_minor and first(work, r.GUARDIAN, case_id) is None:
        found.append(Action("minor_without_guardian"))
    return tuple(found)


def child_annex(work: Work, case_id: str, case: dict[str, Value]) -> ChildAnnex | None:
    if not case_service.derived_minor(case, work.today):
        return None
    guardians = tuple(
        GuardianLine(
            name=_text(v.get("name")),
            relationship=_text(v.get("relationship")),
            authority=label(c.GUARDIAN_AUTHORITY, v.get("authority")),
            is_primary=bool(v.get("is_primary")),
        )
        for _, v in rows(work, r.GUARDIAN, case_id)
    )
    procedures = tuple(
        BestInterestsLine(
            kind=label(c.BEST_INTERESTS_KIND, v.get("kind")),
            conducted_on=_text(v.get("conducted_on")),
            decision=label(c.BEST_INTERESTS_DECISION, v.get("decision")),
        )
        for _, v in rows(work, r.BEST_INTERESTS, case_id, order="conducted_on")
    )
    assessments = rows(work, r.FAMILY_ASSESSMENT, case_id, order="assessed_on")
    family = None
    if assessments:
        latest = assessments[-1][1]
        family = FamilyAssessmentLine(
            assessed_on=_text(latest.get("assessed_on")),
            caregiving_capacity=label(c.CAREGIVING_CAPACITY, latest.get("caregiving_capacity")),
            protection_risks=tuple(
                label(c.PROTECTION_RISK, risk)
                for risk in latest.get("protection_risks") or ()  # type: ignore[union-attr]
            ),
            recommendation=label(c.FAMILY_RECOMMENDATION, latest.get("recommendation")),
        )
    return ChildAnnex(guardians=guardians, best_interests=procedures, family_assessment=family)
