"""What a visit form and a training sheet may show, read from the records.

Only the fields a form prints are read: a visit form never loads the trafficking profile, the
identity record or any amount, so nothing withheld can leak into the layout by mistake.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from care_desktop.db import record_store
from care_desktop.db.models import Device
from care_desktop.db.record_tables import table
from care_desktop.domain import codes as c
from care_desktop.domain import records as r
from care_desktop.domain.errors import UserFacingError
from care_desktop.domain.rss import CURRENT_INSTRUMENT
from care_desktop.domain.schedule import TEMPLATES, VisitStatus
from care_desktop.domain.schema import Value
from care_desktop.reports.training_sheets import Participant, TrainingSession
from care_desktop.reports.visit_form import (
    MeasureLine,
    ObjectiveLine,
    SurveyQuestion,
    VisitForm,
)
from care_desktop.services import case_service
from care_desktop.services.unit_of_work import Work

# Measures that no longer call for a check at a visit.
_SETTLED_MEASURES = frozenset({"cancelled", "refused"})


class NoOpenVisitError(UserFacingError):
    template = (
        "Case {case} has no planned monitoring visit, so there is no visit form to print. "
        "Check its arrival date, or print its case sheet instead."
    )


class VisitSlotNotFoundError(UserFacingError):
    template = "Case {case} has no planned visit {slot}. Its planned visits: {slots}."


class TrainingSessionNotFoundError(UserFacingError):
    template = "No training session has the id {session}. `care training` lists the sessions."


class NoAttendeesError(UserFacingError):
    template = (
        "No participant of this session is marked as having attended, so there is no "
        "certificate to print. Record the attendance first."
    )


def _date(value: Value) -> date | None:
    return date.fromisoformat(str(value)) if value else None


def _label(codes: c.CodeList, value: Value) -> str:
    found = codes.get(str(value)) if value is not None else None
    return found.label if found else str(value or "")


def _slot_offsets(slot: str) -> tuple[int | None, int | None]:
    for template in TEMPLATES.values():
        for candidate in template.slots:
            if candidate.key == slot:
                return candidate.months, candidate.days
    return None, None


def open_visit_id(work: Work, case_reference: str, slot: str | None = None) -> str:
    """The case's next planned visit (the earliest due), or its planned visit of `slot`."""
    case_id, values = case_service.resolve(work, case_reference)
    t = table(r.VISIT)
    planned = record_store.select_records(
        work.session,
        r.VISIT,
        t.c.case_id == case_id,
        t.c.status == str(VisitStatus.PLANNED),
        order_by=[t.c.due_date],
    )
    code = str(values["case_code"])
    if not planned:
        raise NoOpenVisitError(case=code)
    if slot is None:
        return planned[0][0]
    for visit_id, visit in planned:
        if visit["slot"] == slot:
            return visit_id
    raise VisitSlotNotFoundError(
        case=code, slot=slot[:24], slots=", ".join(str(v["slot"]) for _, v in planned)
    )


def _survey() -> tuple[SurveyQuestion, ...]:
    return tuple(
        SurveyQuestion(
            code=indicator.code,
            dimension=indicator.dimension.value,
            question=indicator.question,
            answers=tuple(option.label for option in indicator.answers),
        )
        for indicator in CURRENT_INSTRUMENT.indicators
    )


def visit_form(work: Work, visit_id: str) -> VisitForm:
    """The form of one visit: its slot and window, the plan to check, the survey if due."""
    visit = record_store.get_record(work.session, r.VISIT, visit_id)
    if visit is None:
        raise NoOpenVisitError(case="?")
    case_id = str(visit["case_id"])
    case = record_store.get_record(work.session, r.CASE, case_id) or {}
    objectives = record_store.select_records(
        work.session,
        r.OBJECTIVE,
        table(r.OBJECTIVE).c.case_id == case_id,
        order_by=[table(r.OBJECTIVE).c.dimension, table(r.OBJECTIVE).c.id],
    )
    measures = record_store.select_records(
        work.session,
        r.MEASURE,
        table(r.MEASURE).c.case_id == case_id,
        order_by=[table(r.MEASURE).c.planned_on, table(r.MEASURE).c.id],
    )
    months, days = _slot_offsets(str(visit["slot"]))
    survey = _survey() if visit.get("rss_due") else ()
    return VisitForm(
        visit_id=visit_id,
        case_code=str(case.get("case_code") or "?"),
        slot=str(visit["slot"]),
        slot_months=months,
        slot_days=days,
        due_date=date.fromisoformat(str(visit["due_date"])),
        window_start=date.fromisoformat(str(visit["window_start"])),
        window_end=date.fromisoformat(str(visit["window_end"])),
        arrival_date=_date(case.get("arrival_date")),
        objectives=tuple(
            ObjectiveLine(
                dimension=_label(c.PLAN_DIMENSION, o.get("dimension")),
                description=str(o.get("description") or ""),
                status=_label(c.OBJECTIVE_STATUS, o.get("status") or "open"),
            )
            for _, o in objectives
        ),
        # Only what a measure is and where it stands: its amounts are never read into the form.
        measures=tuple(
            MeasureLine(
                category=_label(c.ASSISTANCE_CATEGORY, m.get("category")),
                description=None if m.get("description") is None else str(m["description"]),
                status=_label(c.MEASURE_STATUS, m.get("status") or "planned"),
                planned_on=_date(m.get("planned_on")),
                delivered_on=_date(m.get("delivered_on")),
            )
            for _, m in measures
            if m.get("phase") == "reintegration" and m.get("status") not in _SETTLED_MEASURES
        ),
        modes=tuple(code.label for code in c.VISIT_MODE),
        survey=survey,
        survey_version=CURRENT_INSTRUMENT.version if survey else None,
    )


def office(work: Work) -> str:
    return str(work.session.execute(select(Device.office)).scalar() or "")


def _find_session(work: Work, reference: str) -> tuple[str, dict[str, Value]]:
    text = reference.strip().lower()
    found = record_store.get_record(work.session, r.TRAINING_SESSION, text)
    if found is not None:
        return text, found
    # a unique prefix of at least 8 characters, as `care training` shows ids shortened
    if len(text) >= 8:
        t = table(r.TRAINING_SESSION)
        matches = record_store.select_records(
            work.session, r.TRAINING_SESSION, t.c.id.startswith(text, autoescape=True), limit=2
        )
        if len(matches) == 1:
            return matches[0]
    raise TrainingSessionNotFoundError(session=reference[:40])


def training_session(work: Work, reference: str) -> TrainingSession:
    session_id, values = _find_session(work, reference)
    t = table(r.TRAINING_PARTICIPANT)
    people = record_store.select_records(
        work.session, r.TRAINING_PARTICIPANT, t.c.session_id == session_id
    )
    participants = sorted(
        (
            Participant(
                name=str(p["name"]),
                organisation=None if p.get("organisation") is None else str(p["organisation"]),
                organisation_type=(
                    _label(c.TRAINING_AUDIENCE, p["organisation_type"])
                    if p.get("organisation_type")
                    else None
                ),
                sex=_label(c.SEX, p["sex"]) if p.get("sex") else None,
                attended=bool(p.get("attended")),
            )
            for _, p in people
        ),
        key=lambda p: (p.name.casefold(), p.name),
    )
    programme_name = None
    if values.get("programme_id"):
        programme = record_store.get_record(work.session, r.PROGRAMME, str(values["programme_id"]))
        programme_name = None if programme is None else str(programme.get("name") or "")
    modules = tuple(str(m) for m in values.get("modules") or ())  # type: ignore[union-attr]
    audience = _label(c.TRAINING_AUDIENCE, values.get("audience"))
    title = " · ".join(modules) or programme_name or audience
    return TrainingSession(
        session_id=session_id,
        title=title,
        starts_on=date.fromisoformat(str(values["date"])),
        ends_on=None,
        place=None if values.get("place") is None else str(values["place"]),
        trainers=tuple(str(x) for x in values.get("trainers") or ()),  # type: ignore[union-attr]
        organisation=office(work),
        audience=audience,
        modules=modules,
        hours=None,
        participants=tuple(participants),
    )
