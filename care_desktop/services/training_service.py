"""Trainings of front-line professionals: sessions, participants, totals for the screens."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from care_desktop.db import record_store
from care_desktop.db.record_tables import table
from care_desktop.db.store import Store
from care_desktop.domain import records as r
from care_desktop.services.unit_of_work import reading


@dataclass(frozen=True, slots=True)
class TrainingTotals:
    sessions: int
    participants: int
    attended: int
    by_organisation_type: dict[str, int]
    by_sex: dict[str, int]
    mean_gain: float | None  # mean post − pre score of those who took both tests
    found_useful_share: float | None


def totals(store: Store) -> TrainingTotals:
    with reading(store) as work:
        sessions = record_store.select_records(work.session, r.TRAINING_SESSION)
        participants = record_store.select_records(
            work.session,
            r.TRAINING_PARTICIPANT,
            order_by=[table(r.TRAINING_PARTICIPANT).c.id],
        )
    present = [values for _, values in participants if values.get("attended")]
    gains = [
        int(v["post_score"]) - int(v["pre_score"])  # type: ignore[arg-type]
        for v in present
        if v.get("pre_score") is not None and v.get("post_score") is not None
    ]
    answered = [v for v in present if v.get("found_useful") is not None]
    return TrainingTotals(
        sessions=len(sessions),
        participants=len(participants),
        attended=len(present),
        by_organisation_type=dict(Counter(str(v.get("organisation_type")) for v in present)),
        by_sex=dict(Counter(str(v.get("sex")) for v in present)),
        mean_gain=sum(gains) / len(gains) if gains else None,
        found_useful_share=(
            sum(1 for v in answered if v["found_useful"]) / len(answered) if answered else None
        ),
    )


@dataclass(frozen=True, slots=True)
class SessionRow:
    """A line of the trainings screen."""

    id: str
    date: str
    place: str | None
    audience: str
    participants: int
    attended: int


@dataclass(frozen=True, slots=True)
class ParticipantRow:
    id: str
    name: str
    organisation: str | None
    organisation_type: str | None
    sex: str | None
    attended: bool


def sessions(store: Store) -> list[SessionRow]:
    """Every session, newest first, with its participant counts (one query each way)."""
    with reading(store) as work:
        found = record_store.select_records(work.session, r.TRAINING_SESSION)
        people = record_store.select_records(work.session, r.TRAINING_PARTICIPANT)
    counted: Counter[str] = Counter()
    present: Counter[str] = Counter()
    for _, values in people:
        counted[str(values["session_id"])] += 1
        if values.get("attended"):
            present[str(values["session_id"])] += 1
    rows = [
        SessionRow(
            id=session_id,
            date=str(values["date"]),
            place=None if values.get("place") is None else str(values["place"]),
            audience=str(values["audience"]),
            participants=counted[session_id],
            attended=present[session_id],
        )
        for session_id, values in found
    ]
    return sorted(rows, key=lambda row: (row.date, row.id), reverse=True)


def participants(store: Store, session_id: str) -> list[ParticipantRow]:
    """The participants of one session, by name (names are those of professionals, who signed
    the attendance sheet; they are not case data)."""
    t = table(r.TRAINING_PARTICIPANT)
    with reading(store) as work:
        found = record_store.select_records(
            work.session, r.TRAINING_PARTICIPANT, t.c.session_id == session_id
        )

    def text(values: Mapping[str, object], name: str) -> str | None:
        value = values.get(name)
        return None if value is None else str(value)

    rows = [
        ParticipantRow(
            id=participant_id,
            name=str(values["name"]),
            organisation=text(values, "organisation"),
            organisation_type=text(values, "organisation_type"),
            sex=text(values, "sex"),
            attended=bool(values.get("attended")),
        )
        for participant_id, values in found
    ]
    return sorted(rows, key=lambda row: (row.name.casefold(), row.id))
