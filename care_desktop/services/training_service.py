"""Trainings of front-line professionals: sessions, participants, totals for the screens."""

from __future__ import annotations

from collections import Counter
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
