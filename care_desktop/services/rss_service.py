"""Reintegration Sustainability Surveys: raw answers stored, scores computed with the active
weight set, so that loading IOM's official table recomputes every score."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import insert, select, update

from care_desktop.db import record_store
from care_desktop.db.record_tables import rss_weight_sets, table
from care_desktop.db.store import Store
from care_desktop.domain import records as r
from care_desktop.domain.rss import (
    PLACEHOLDER_WEIGHTS,
    RssScores,
    WeightSet,
    check_answers,
    instrument_by_version,
    parse_weight_set,
    score,
    weight_set_to_json,
)
from care_desktop.services import case_service
from care_desktop.services.records import Record, add, require
from care_desktop.services.unit_of_work import Work, reading, writing


@dataclass(frozen=True, slots=True)
class ScoredSurvey:
    survey_id: str
    case_id: str
    surveyed_on: str
    weights_version: str
    official: bool  # False: computed with placeholder weights, provisional
    scores: RssScores


def active_weights(work: Work) -> WeightSet:
    row = work.session.execute(
        select(rss_weight_sets.c.document).where(rss_weight_sets.c.active.is_(True))
    ).first()
    return parse_weight_set(row.document) if row is not None else PLACEHOLDER_WEIGHTS


def load_weights(store: Store, path: Path) -> WeightSet:
    """Load a weight set (JSON, see docs/data-model.md) and make it the active one."""
    weights = parse_weight_set(path.read_text(encoding="utf-8"))
    with writing(store) as work:
        work.session.execute(update(rss_weight_sets).values(active=False))
        exists = work.session.execute(
            select(rss_weight_sets.c.version).where(rss_weight_sets.c.version == weights.version)
        ).first()
        document = weight_set_to_json(weights)
        if exists:
            work.session.execute(
                update(rss_weight_sets)
                .where(rss_weight_sets.c.version == weights.version)
                .values(document=document, official=weights.official, active=True)
            )
        else:
            work.session.execute(
                insert(rss_weight_sets).values(
                    version=weights.version,
                    document=document,
                    official=weights.official,
                    active=True,
                    loaded_at=datetime.now(UTC).isoformat(timespec="seconds"),
                )
            )
    return weights


def record_survey(
    store: Store,
    case_reference: str,
    answers: Mapping[str, str],
    *,
    visit_id: str | None = None,
    instrument_version: str = "1",
    today: date | None = None,
) -> Record:
    check_answers(instrument_by_version(instrument_version), answers)
    with writing(store, today) as work:
        case_id, _ = case_service.resolve(work, case_reference)
        if visit_id:
            require(work, r.VISIT, visit_id)
        values = {
            "case_id": case_id,
            "visit_id": visit_id,
            "surveyed_on": work.today.isoformat(),
            "instrument_version": instrument_version,
            "answers": dict(answers),
        }
        return add(work, r.RSS_SURVEY, values)


def scores_for_case(store: Store, case_reference: str) -> list[ScoredSurvey]:
    with reading(store) as work:
        case_id, _ = case_service.resolve(work, case_reference)
        weights = active_weights(work)
        t = table(r.RSS_SURVEY)
        rows = record_store.select_records(
            work.session, r.RSS_SURVEY, t.c.case_id == case_id, order_by=[t.c.surveyed_on]
        )
        return [
            ScoredSurvey(
                survey_id=survey_id,
                case_id=case_id,
                surveyed_on=str(values["surveyed_on"]),
                weights_version=weights.version,
                official=weights.official,
                scores=score(
                    instrument_by_version(str(values["instrument_version"])),
                    weights,
                    values.get("answers") or {},  # type: ignore[arg-type]
                ),
            )
            for survey_id, values in rows
        ]
