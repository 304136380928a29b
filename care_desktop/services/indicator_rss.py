"""RSS scores for the indicator report: surveys of the period, scored with the active weights.

Scores are never stored (a new weight set re-scores every past survey), so the surveys' answers
are read and scored here with domain.rss.score, the one definition of a score. Each survey is
added once to the group of its slot and of its case's disaggregation values; the groups are
then added up into each dimension (every case is in exactly one group per slot).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from care_desktop.db.record_tables import table
from care_desktop.domain import records as r
from care_desktop.domain.rss import RssScores, WeightSet, instrument_by_version, score
from care_desktop.reports import indicator_data as d
from care_desktop.reports.indicator_data import Breakdown, Figure, Series
from care_desktop.services.dashboard_service import (
    VISIT_SLOTS,
    DashboardFilter,
    _conditions,
    _Period,
    _Query,
)
from care_desktop.services.indicator_queries import case_dimensions, kinds
from care_desktop.services.indicator_small_cells import ordered, withheld

OTHER_SLOT = "other"
"""Surveys taken at no donor visit (3, 6 or 12 months), or at none."""


@dataclass
class _Means:
    sums: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    scored: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    surveys: int = 0
    persons: set[str] = field(default_factory=set)

    def add(self, case_id: str, scores: RssScores) -> None:
        self.surveys += 1
        self.persons.add(case_id)
        for name in d.MEAN_SCORES:
            value = getattr(scores, name)
            if value is not None:
                self.sums[name] += value
                self.scored[name] += 1

    def merge(self, other: _Means) -> None:
        self.surveys += other.surveys
        self.persons |= other.persons
        for name in d.MEAN_SCORES:
            self.sums[name] += other.sums[name]
            self.scored[name] += other.scored[name]

    def value(self, measure: str) -> int | float | None:
        if measure == d.SURVEYS:
            return self.surveys
        return self.sums[measure] / self.scored[measure] if self.scored[measure] else None


def _statement(flt: DashboardFilter, period: _Period) -> Any:
    surveys, visits, cases = table(r.RSS_SURVEY), table(r.VISIT), table(r.CASE)
    profiles = table(r.TRAFFICKING_PROFILE)
    source = (
        surveys.join(cases, cases.c.id == surveys.c.case_id)
        .outerjoin(visits, and_(visits.c.id == surveys.c.visit_id, visits.c.deleted.is_(False)))
        .outerjoin(profiles, and_(profiles.c.case_id == cases.c.id, profiles.c.deleted.is_(False)))
    )
    # placed in the period by its date, and filtered by programme, as a dashboard query is
    query = _Query(
        source,
        surveys.c.surveyed_on,
        cases.c.id,
        (cases.c.deleted.is_(False), surveys.c.deleted.is_(False)),
        cases.c.country_of_return,
        cases.c.programme_id,
    )
    return (
        select(
            cases.c.id,
            visits.c.slot,
            surveys.c.instrument_version,
            surveys.c.answers,
            *case_dimensions().values(),
            profiles.c.exploitation_types,
        )
        .select_from(source)
        .where(and_(*_conditions(query, flt, period)))
    )


def rss_series(
    session: Session, flt: DashboardFilter, period: _Period, weights: WeightSet
) -> list[Series]:
    """Per slot: the surveys scored, and the mean of each dimension and of the composite."""
    names = (*case_dimensions(), "exploitation_type")
    groups: dict[tuple[Any, ...], _Means] = defaultdict(_Means)
    for row in session.execute(_statement(flt, period)):
        slot = row[1] if row[1] in VISIT_SLOTS else OTHER_SLOT
        answers = json.loads(row[3] or "{}")
        scores = score(instrument_by_version(str(row[2])), weights, answers)
        groups[(slot, *row[4:])].add(str(row[0]), scores)
    found = []
    for slot in (*VISIT_SLOTS, OTHER_SLOT):
        total = _Means()
        cells: dict[str, dict[str, _Means]] = {name: defaultdict(_Means) for name in names}
        for key, means in groups.items():
            if key[0] != slot:
                continue
            total.merge(means)
            for name, value in zip(names, key[1:], strict=True):
                if name == "exploitation_type":
                    for kind in kinds(value):
                        cells[name][kind].merge(means)
                else:
                    cells[name][d.UNKNOWN if value is None else str(value)].merge(means)
        if not total.surveys:
            continue
        for measure in (d.SURVEYS, *d.MEAN_SCORES):
            breakdowns = tuple(
                Breakdown(
                    name,
                    withheld(
                        (cat, cells[name][cat].value(measure), len(cells[name][cat].persons))
                        for cat in ordered(name, cells[name])
                    ),
                )
                for name in names
            )
            found.append(Series(d.RSS, measure, slot, Figure(total.value(measure)), breakdowns))
    return found
