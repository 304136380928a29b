"""The dashboard: each indicator's actual against its programme target, by month and by country.

Every figure is an SQL aggregate (a few grouped queries per indicator, never the records
themselves), so the dashboard stays quick on a database of 100,000 cases.

The indicators, as counted here (deleted records never count; a case-based indicator places a
case by its country of return and its programme; nothing dated after today counts):

- `assessed`: cases with at least one assessment (any kind) dated in the period.
- `assisted_to_return`: cases whose departure date is in the period.
- `arrival_assistance`: cases with at least one arrival-phase assistance measure delivered
  (fully or partly) on a day in the period.
- `reintegration_measures`: reintegration-phase measures delivered (fully or partly) in the
  period, counted one by one; `Dashboard.measures_by_category` splits them by category.
- `plans_within_month`: reintegration plans agreed in the period, no later than one calendar
  month after the person's arrival (31 January → 28 February, as the visit schedule counts
  months), of persons who have arrived.
- `children_with_bid`: children (minor on arrival, else at identification) whose departure date
  is in the period and who had a best-interests determination on or before that day.
- `visits_done`: monitoring visits at 3, 6 and 12 months completed, of those whose window closed
  (the last day of the window is before today) in the period; `Dashboard.visits` sets them
  against all such visits due (completed, missed or still planned; cancelled ones are not due).
- `reached_12_months`: cases whose 12-month visit was completed, by the close of its window, as
  for `visits_done`.
- `trainings_held`: training sessions dated in the period; `professionals_trained`: the
  participants of those sessions who attended. Trainings are held in the host country and have
  no country of return: under a country filter they have no figure (None).

A period is a calendar year or all time (up to today). The series by month covers the twelve
months of the chosen year, or the last twelve months up to today's for all time; a case counted
by "cases with at least one..." may count in two months and once in the period. Targets are set
per programme for its whole duration and not per country: they are the sum of the targets of
the chosen programme (or of every programme), and are given only when no country is chosen.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, FromClause, Table, and_, case, exists, func, null, select
from sqlalchemy.orm import Session

from care_desktop.db.record_tables import table
from care_desktop.db.store import Store
from care_desktop.domain import codes as c
from care_desktop.domain import records as r
from care_desktop.domain.schedule import VisitStatus
from care_desktop.services.unit_of_work import reading

DELIVERED = ("delivered", "partly_delivered")
VISIT_SLOTS = ("month-3", "month-6", "month-12")
"""The visits the donor follows: the schedule's other visits are the office's own."""


@dataclass(frozen=True, slots=True)
class DashboardFilter:
    year: int | None = None  # None: all time
    country: str | None = None  # of return, ISO alpha-3; None: every country
    programme_id: str | None = None  # None: every programme (and cases in none)


@dataclass(frozen=True, slots=True)
class IndicatorFigures:
    code: str  # of codes.INDICATOR
    actual: int | None  # None: the indicator is not counted by country (trainings)
    target: int | None
    by_month: tuple[int, ...]  # one per `Dashboard.months`; empty when `actual` is None
    by_country: tuple[tuple[str, int], ...]  # (country of return, count), by country code

    @property
    def share(self) -> float | None:
        """The actual as a share of the target (1.0 = reached)."""
        if self.actual is None or not self.target:
            return None
        return self.actual / self.target


@dataclass(frozen=True, slots=True)
class SlotVisits:
    slot: str  # "month-3", "month-6", "month-12"
    done: int
    due: int


@dataclass(frozen=True, slots=True)
class DashboardChoices:
    """What the filters offer: countries of return in use, programmes, years with cases."""

    countries: tuple[str, ...]
    programmes: tuple[tuple[str, str], ...]  # (id, name), by name
    years: tuple[int, ...]  # newest first


@dataclass(frozen=True, slots=True)
class Dashboard:
    filter: DashboardFilter
    months: tuple[str, ...]  # "YYYY-MM", oldest first
    indicators: tuple[IndicatorFigures, ...]  # in the order of codes.INDICATOR
    visits: tuple[SlotVisits, ...]  # in the order of VISIT_SLOTS
    measures_by_category: tuple[tuple[str, int], ...]  # reintegration measures delivered
    choices: DashboardChoices

    def indicator(self, code: str) -> IndicatorFigures:
        return next(figures for figures in self.indicators if figures.code == code)


@dataclass(frozen=True)
class _Count:
    """How one indicator counts: what it reads, the date that places an item in a period and a
    month, what it counts, and whether each item falls in one month only (then the counts by
    month and country add up to the total, and one query gives all three)."""

    code: str
    source: FromClause
    day: ColumnElement[Any]
    counted: ColumnElement[int]
    where: tuple[ColumnElement[bool], ...]
    country: ColumnElement[Any] | None
    programme: ColumnElement[Any]
    additive: bool


def _definitions(today: str) -> tuple[_Count, ...]:
    cases, assessments, measures = table(r.CASE), table(r.ASSESSMENT), table(r.MEASURE)
    plans, visits, bids = table(r.PLAN), table(r.VISIT), table(r.BEST_INTERESTS)
    sessions, people = table(r.TRAINING_SESSION), table(r.TRAINING_PARTICIPANT)
    live = cases.c.deleted.is_(False)

    def of_case(t: Table) -> FromClause:
        return t.join(cases, cases.c.id == t.c.case_id)

    def per_case(code: str, source: FromClause, day: Any, counted: Any, *where: Any) -> _Count:
        return _Count(
            code,
            source,
            day,
            counted,
            (live, *where),
            cases.c.country_of_return,
            cases.c.programme_id,
            additive=True,
        )

    def delivered(phase: str) -> tuple[ColumnElement[bool], ...]:
        return (
            measures.c.deleted.is_(False),
            measures.c.phase == phase,
            measures.c.status.in_(DELIVERED),
        )

    window_closed = (
        visits.c.deleted.is_(False),
        visits.c.status == str(VisitStatus.COMPLETED),
        visits.c.window_end < today,
    )
    one_month_after_arrival = func.min(
        func.date(cases.c.arrival_date, "+1 month"),
        func.date(cases.c.arrival_date, "start of month", "+2 months", "-1 day"),
    )
    bid_before_departure = exists().where(
        bids.c.case_id == cases.c.id,
        bids.c.deleted.is_(False),
        bids.c.kind == "determination",
        bids.c.conducted_on <= cases.c.departure_date,
    )
    held = sessions.c.deleted.is_(False)
    return (
        _Count(
            "assessed",
            of_case(assessments),
            assessments.c.assessed_on,
            func.count(func.distinct(assessments.c.case_id)),
            (live, assessments.c.deleted.is_(False)),
            cases.c.country_of_return,
            cases.c.programme_id,
            additive=False,
        ),
        per_case("assisted_to_return", cases, cases.c.departure_date, func.count(cases.c.id)),
        _Count(
            "arrival_assistance",
            of_case(measures),
            measures.c.delivered_on,
            func.count(func.distinct(measures.c.case_id)),
            (live, *delivered("arrival")),
            cases.c.country_of_return,
            cases.c.programme_id,
            additive=False,
        ),
        per_case(
            "reintegration_measures",
            of_case(measures),
            measures.c.delivered_on,
            func.count(measures.c.id),
            *delivered("reintegration"),
        ),
        per_case(
            "plans_within_month",
            of_case(plans),
            plans.c.agreed_on,
            func.count(plans.c.id),
            plans.c.deleted.is_(False),
            cases.c.arrival_date <= today,
            plans.c.agreed_on <= one_month_after_arrival,
        ),
        per_case(
            "children_with_bid",
            cases,
            cases.c.departure_date,
            func.count(cases.c.id),
            cases.c.is_minor.is_(True),
            bid_before_departure,
        ),
        per_case(
            "visits_done",
            of_case(visits),
            visits.c.window_end,
            func.count(visits.c.id),
            *window_closed,
            visits.c.slot.in_(VISIT_SLOTS),
        ),
        per_case(
            "reached_12_months",
            of_case(visits),
            visits.c.window_end,
            func.count(func.distinct(visits.c.case_id)),  # one 12-month visit per case
            *window_closed,
            visits.c.slot == "month-12",
        ),
        _Count(
            "trainings_held",
            sessions,
            sessions.c.date,
            func.count(sessions.c.id),
            (held,),
            None,
            sessions.c.programme_id,
            additive=True,
        ),
        _Count(
            "professionals_trained",
            people.join(sessions, sessions.c.id == people.c.session_id),
            sessions.c.date,
            func.count(people.c.id),
            (held, people.c.deleted.is_(False), people.c.attended.is_(True)),
            None,
            sessions.c.programme_id,
            additive=True,
        ),
    )


@dataclass(frozen=True, slots=True)
class _Period:
    start: str | None  # first day, None for all time
    end: str  # last day (today at the latest)
    months: tuple[str, ...]


def _month_index(month: str) -> int:
    return int(month[:4]) * 12 + int(month[5:7]) - 1


def _month_name(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _period(year: int | None, today: date) -> _Period:
    if year is None:
        last = _month_index(today.isoformat())
        return _Period(
            None, today.isoformat(), tuple(_month_name(last - 11 + n) for n in range(12))
        )
    end = min(date(year, 12, 31), today).isoformat()
    return _Period(f"{year:04d}-01-01", end, tuple(f"{year:04d}-{m:02d}" for m in range(1, 13)))


def _conditions(
    count: _Count, flt: DashboardFilter, period: _Period, day: ColumnElement[Any] | None = None
) -> list[ColumnElement[bool]]:
    on = count.day if day is None else day
    found = [*count.where, on.is_not(None), on <= period.end]
    if period.start is not None:
        found.append(on >= period.start)
    if flt.country is not None and count.country is not None:
        found.append(count.country == flt.country)
    if flt.programme_id is not None:
        found.append(count.programme == flt.programme_id)
    return found


def _figures(
    session: Session, count: _Count, flt: DashboardFilter, period: _Period, target: int | None
) -> IndicatorFigures:
    if count.country is None and flt.country is not None:
        return IndicatorFigures(count.code, None, target, (), ())
    month = func.substr(count.day, 1, 7).label("month")
    country = (count.country if count.country is not None else null()).label("country")
    rows = session.execute(
        select(country, month, count.counted)
        .select_from(count.source)
        .where(and_(*_conditions(count, flt, period)))
        .group_by(country, month)
    ).all()
    per_month: dict[str, int] = defaultdict(int)
    per_country: dict[str, int] = defaultdict(int)
    for row in rows:
        per_month[row[1]] += int(row[2])
        if row[0] is not None:
            per_country[row[0]] += int(row[2])
    if count.additive:
        actual = sum(per_month.values())
    else:
        per_country.clear()
        totals = session.execute(
            select(country, count.counted)
            .select_from(count.source)
            .where(and_(*_conditions(count, flt, period)))
            .group_by(country)
        ).all()
        for row in totals:
            if row[0] is not None:
                per_country[row[0]] += int(row[1])
        actual = sum(int(row[1]) for row in totals)
    return IndicatorFigures(
        count.code,
        actual,
        target,
        tuple(per_month.get(name, 0) for name in period.months),
        tuple(sorted(per_country.items())),
    )


def _targets(session: Session, flt: DashboardFilter) -> dict[str, int]:
    targets, programmes = table(r.TARGET), table(r.PROGRAMME)
    query = (
        select(targets.c.indicator, func.sum(targets.c.target))
        .select_from(targets.join(programmes, programmes.c.id == targets.c.programme_id))
        .where(targets.c.deleted.is_(False), programmes.c.deleted.is_(False))
        .group_by(targets.c.indicator)
    )
    if flt.programme_id is not None:
        query = query.where(targets.c.programme_id == flt.programme_id)
    return {str(row[0]): int(row[1]) for row in session.execute(query) if row[1] is not None}


def _visits(
    session: Session, flt: DashboardFilter, period: _Period, today: str
) -> tuple[SlotVisits, ...]:
    visits, cases = table(r.VISIT), table(r.CASE)
    due = _Count(
        "visits_due",
        visits.join(cases, cases.c.id == visits.c.case_id),
        visits.c.window_end,
        func.count(visits.c.id),
        (
            cases.c.deleted.is_(False),
            visits.c.deleted.is_(False),
            visits.c.status != str(VisitStatus.CANCELLED),
            visits.c.window_end < today,
            visits.c.slot.in_(VISIT_SLOTS),
        ),
        cases.c.country_of_return,
        cases.c.programme_id,
        additive=True,
    )
    done = func.sum(case((visits.c.status == str(VisitStatus.COMPLETED), 1), else_=0))
    found = {
        str(row[0]): SlotVisits(str(row[0]), int(row[1] or 0), int(row[2]))
        for row in session.execute(
            select(visits.c.slot, done, func.count(visits.c.id))
            .select_from(due.source)
            .where(and_(*_conditions(due, flt, period)))
            .group_by(visits.c.slot)
        )
    }
    return tuple(found.get(slot, SlotVisits(slot, 0, 0)) for slot in VISIT_SLOTS)


def _measures_by_category(
    session: Session, count: _Count, flt: DashboardFilter, period: _Period
) -> tuple[tuple[str, int], ...]:
    category = table(r.MEASURE).c.category
    rows = session.execute(
        select(category, count.counted)
        .select_from(count.source)
        .where(and_(*_conditions(count, flt, period)))
        .group_by(category)
    ).all()
    order = {value: n for n, value in enumerate(c.ASSISTANCE_CATEGORY.values())}
    return tuple(
        sorted(((str(row[0]), int(row[1])) for row in rows), key=lambda p: order.get(p[0], 99))
    )


def _choices(session: Session, today: date) -> DashboardChoices:
    cases, programmes = table(r.CASE), table(r.PROGRAMME)
    countries = session.scalars(
        select(cases.c.country_of_return)
        .where(cases.c.country_of_return.is_not(None))
        .distinct()
        .order_by(cases.c.country_of_return)
    ).all()
    found = session.execute(
        select(programmes.c.id, programmes.c.name, programmes.c.starts_on)
        .where(programmes.c.deleted.is_(False))
        .order_by(programmes.c.name, programmes.c.id)
    ).all()
    first = session.execute(
        select(func.min(cases.c.identified_on)).where(cases.c.deleted.is_(False))
    ).scalar_one()
    starts = [str(row[2]) for row in found if row[2]] + ([str(first)] if first else [])
    earliest = min((int(day[:4]) for day in starts), default=today.year)
    return DashboardChoices(
        tuple(str(code) for code in countries),
        tuple((str(row[0]), str(row[1])) for row in found),
        tuple(range(today.year, min(earliest, today.year) - 1, -1)),
    )


def dashboard(
    store: Store, flt: DashboardFilter = DashboardFilter(), *, today: date | None = None
) -> Dashboard:
    """Every indicator under `flt` (see the module's docstring for what each counts)."""
    day = today or date.today()
    period = _period(flt.year, day)
    with reading(store, day) as work:
        session = work.session
        targets = _targets(session, flt) if flt.country is None else {}
        definitions = {count.code: count for count in _definitions(day.isoformat())}
        figures = tuple(
            _figures(session, definitions[code], flt, period, targets.get(code))
            for code in c.INDICATOR.values()
        )
        return Dashboard(
            filter=flt,
            months=period.months,
            indicators=figures,
            visits=_visits(session, flt, period, day.isoformat()),
            measures_by_category=_measures_by_category(
                session, definitions["reintegration_measures"], flt, period
            ),
            choices=_choices(session, day),
        )
