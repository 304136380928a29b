"""The dashboard: each indicator's actual against its programme target, by month and by country.

Every figure is an SQL aggregate: one grouped query per table read (never the records
themselves). On 100,000 demo cases a whole dashboard takes about 3 s on a busy 2-core machine,
most of it SQLite reading the measures and visits tables in full; it runs on the database
thread, never the interface's.

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
- `reached_12_months`: cases whose 12-month visit was completed (a case has one), placed by the
  close of its window, as for `visits_done`.
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
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    FromClause,
    Table,
    and_,
    case,
    exists,
    func,
    null,
    select,
    union_all,
)
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
class _Query:
    """One grouped count over what some indicators read: the date that places an item in a
    period and a month, the `unit` whose distinct values are the persons counted, and `detail`
    columns the indicators pick from (one scan of the measures serves three figures)."""

    source: FromClause
    day: ColumnElement[Any]
    unit: ColumnElement[Any]
    where: tuple[ColumnElement[bool], ...]
    country: ColumnElement[Any] | None  # None: not by country of return
    programme: ColumnElement[Any]
    detail: tuple[ColumnElement[Any], ...] = ()
    persons: bool = False  # counts distinct units: by month they do not add up to the period


@dataclass(frozen=True)
class _Indicator:
    code: str
    query: str
    keep: Callable[[tuple[Any, ...]], bool] = lambda _detail: True
    persons: bool = False  # distinct units (cases), not items


INDICATORS = (
    _Indicator("assessed", "assessments", persons=True),
    _Indicator("assisted_to_return", "departures"),
    _Indicator("arrival_assistance", "measures", lambda d: d[0] == "arrival", persons=True),
    _Indicator("reintegration_measures", "measures", lambda d: d[0] == "reintegration"),
    _Indicator("plans_within_month", "plans_within_month"),
    _Indicator("children_with_bid", "children_with_bid"),
    _Indicator("visits_done", "visits", lambda d: d[1] == VisitStatus.COMPLETED),
    _Indicator(
        "reached_12_months",
        "visits",
        lambda d: d[0] == "month-12" and d[1] == VisitStatus.COMPLETED,
    ),
    _Indicator("trainings_held", "trainings"),
    _Indicator("professionals_trained", "trained"),
)
assert tuple(i.code for i in INDICATORS) == c.INDICATOR.values()  # noqa: S101 - a code check


def _queries(today: str) -> dict[str, _Query]:
    cases, assessments, measures = table(r.CASE), table(r.ASSESSMENT), table(r.MEASURE)
    plans, visits, bids = table(r.PLAN), table(r.VISIT), table(r.BEST_INTERESTS)
    sessions, people = table(r.TRAINING_SESSION), table(r.TRAINING_PARTICIPANT)
    live = cases.c.deleted.is_(False)

    def of_cases(
        source: Table,
        day: ColumnElement[Any],
        *where: ColumnElement[bool],
        detail: tuple[ColumnElement[Any], ...] = (),
        persons: bool = False,
    ) -> _Query:
        joined = source if source is cases else source.join(cases, cases.c.id == source.c.case_id)
        found = (live,) if source is cases else (live, source.c.deleted.is_(False))
        return _Query(
            joined,
            day,
            cases.c.id,
            (*found, *where),
            cases.c.country_of_return,
            cases.c.programme_id,
            detail,
            persons,
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
    return {
        "assessments": of_cases(assessments, assessments.c.assessed_on, persons=True),
        "departures": of_cases(cases, cases.c.departure_date),
        "measures": of_cases(
            measures,
            measures.c.delivered_on,
            measures.c.phase.in_(("arrival", "reintegration")),
            measures.c.status.in_(DELIVERED),
            # by category for reintegration only: a person who had two kinds of arrival
            # assistance in a month is one person that month
            detail=(
                measures.c.phase,
                case((measures.c.phase == "reintegration", measures.c.category), else_=null()),
            ),
            persons=True,
        ),
        "plans_within_month": of_cases(
            plans,
            plans.c.agreed_on,
            cases.c.arrival_date <= today,
            plans.c.agreed_on <= one_month_after_arrival,
        ),
        "children_with_bid": of_cases(
            cases, cases.c.departure_date, cases.c.is_minor.is_(True), bid_before_departure
        ),
        # The status is neither a condition nor a plain column here: either way SQLite walks
        # an index on the status and reads the visits row by row, five times slower than
        # scanning them (measured on 10,000 cases).
        "visits": of_cases(
            visits,
            visits.c.window_end,
            visits.c.window_end < today,
            visits.c.slot.in_(VISIT_SLOTS),
            detail=(visits.c.slot, func.coalesce(visits.c.status, "")),
        ),
        "trainings": _Query(
            sessions, sessions.c.date, sessions.c.id, (held,), None, sessions.c.programme_id
        ),
        "trained": _Query(
            people.join(sessions, sessions.c.id == people.c.session_id),
            sessions.c.date,
            people.c.id,
            (held, people.c.deleted.is_(False), people.c.attended.is_(True)),
            None,
            sessions.c.programme_id,
        ),
    }


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


def _conditions(query: _Query, flt: DashboardFilter, period: _Period) -> list[ColumnElement[bool]]:
    found = [*query.where, query.day.is_not(None), query.day <= period.end]
    if period.start is not None:
        found.append(query.day >= period.start)
    if flt.country is not None and query.country is not None:
        found.append(query.country == flt.country)
    if flt.programme_id is not None:
        found.append(query.programme == flt.programme_id)
    return found


@dataclass(frozen=True, slots=True)
class _Group:
    country: str | None
    month: str | None  # None: the whole period (distinct persons only)
    detail: tuple[Any, ...]
    items: int
    persons: int  # distinct units; the items again for a query that does not count persons


def _groups(session: Session, query: _Query, flt: DashboardFilter, period: _Period) -> list[_Group]:
    """The counts of `query` in the period by country, month and detail; for a query of
    persons, also by country and detail over the whole period."""
    country = (query.country if query.country is not None else null()).label("country")
    month = func.substr(query.day, 1, 7).label("month")
    details = [column.label(f"detail_{n}") for n, column in enumerate(query.detail)]
    where = and_(*_conditions(query, flt, period))
    if not query.persons:
        keys = [country, month, *details]
        statement: Any = (
            select(*keys, func.count(), func.count())
            .select_from(query.source)
            .where(where)
            .group_by(*keys)
        )
    else:
        # Read once into a temporary table, counted twice: by month, and over the period (where
        # a person counted in two months counts once). Half the time of reading twice.
        rows = (
            select(country, month, *details, query.unit.label("unit"))
            .select_from(query.source)
            .where(where)
            .cte("dashboard_rows")
            .prefix_with("MATERIALIZED")
        )
        kept = [rows.c[column.name] for column in details]
        persons = func.count(func.distinct(rows.c.unit))
        statement = union_all(
            select(rows.c.country, rows.c.month, *kept, func.count(), persons).group_by(
                rows.c.country, rows.c.month, *kept
            ),
            select(rows.c.country, null(), *kept, func.count(), persons).group_by(
                rows.c.country, *kept
            ),
        )
    return [
        _Group(row[0], row[1], tuple(row[2:-2]), int(row[-2]), int(row[-1]))
        for row in session.execute(statement)
    ]


def _figures(
    indicator: _Indicator, groups: list[_Group], period: _Period, target: int | None
) -> IndicatorFigures:
    kept = [group for group in groups if indicator.keep(group.detail)]
    whole = [group for group in kept if group.month is None] or [
        group for group in kept if group.month is not None
    ]

    def count(group: _Group) -> int:
        return group.persons if indicator.persons else group.items

    per_month: dict[str, int] = defaultdict(int)
    per_country: dict[str, int] = defaultdict(int)
    for group in kept:
        if group.month is not None:
            per_month[group.month] += count(group)
    for group in whole:
        if group.country is not None:
            per_country[group.country] += count(group)
    return IndicatorFigures(
        indicator.code,
        sum(count(group) for group in whole),
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


def _visits(groups: list[_Group]) -> tuple[SlotVisits, ...]:
    done: dict[str, int] = defaultdict(int)
    due: dict[str, int] = defaultdict(int)
    for group in groups:
        slot, status = group.detail
        if status != VisitStatus.CANCELLED:
            due[slot] += group.items
        if status == VisitStatus.COMPLETED:
            done[slot] += group.items
    return tuple(SlotVisits(slot, done[slot], due[slot]) for slot in VISIT_SLOTS)


def _by_category(groups: list[_Group]) -> tuple[tuple[str, int], ...]:
    counts: dict[str, int] = defaultdict(int)
    for group in groups:
        phase, category = group.detail
        if phase == "reintegration" and group.month is not None:
            counts[str(category)] += group.items
    order = {value: n for n, value in enumerate(c.ASSISTANCE_CATEGORY.values())}
    return tuple(sorted(counts.items(), key=lambda pair: (order.get(pair[0], len(order)), pair)))


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
    queries = _queries(day.isoformat())
    with reading(store, day) as work:
        session = work.session
        targets = _targets(session, flt) if flt.country is None else {}
        groups = {
            name: _groups(session, query, flt, period)
            for name, query in queries.items()
            if query.country is not None or flt.country is None  # else: not by country
        }
        figures = tuple(
            _figures(i, groups[i.query], period, targets.get(i.code))
            if i.query in groups
            else IndicatorFigures(i.code, None, targets.get(i.code), (), ())
            for i in INDICATORS
        )
        return Dashboard(
            filter=flt,
            months=period.months,
            indicators=figures,
            visits=_visits(groups.get("visits", [])),
            measures_by_category=_by_category(groups.get("measures", [])),
            choices=_choices(session, day),
        )
