"""The SQL of the indicator report: the dashboard's queries, counted by each disaggregation.

Every case-based figure starts from the dashboard's own query (dashboard_service._queries: the
same tables, conditions and placing date, so "assessed" has one definition), read once into a
materialised temporary table with the case's disaggregation columns beside it, then counted
once per disaggregation and per grouping of its detail columns. Only counts and sums leave.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    case,
    cast,
    func,
    literal,
    null,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from care_desktop.db.record_tables import table
from care_desktop.domain import records as r
from care_desktop.reports.indicator_data import AGE_GROUPS, UNKNOWN
from care_desktop.services.dashboard_service import (
    DashboardFilter,
    _conditions,
    _Period,
    _Query,
)

TOTAL = "total"
"""The dimension of the undivided count."""


@dataclass(frozen=True, slots=True)
class Count:
    """One grouped count: `grouping` names which detail columns were grouped on (the others
    are None); `items` are rows, `persons` distinct cases (participants for trainings)."""

    grouping: int
    dimension: str
    category: str
    detail: tuple[Any, ...]
    items: int
    persons: int
    planned: int | None = None  # sums of amounts (minor units), for the measures
    spent: int | None = None


def age_group(cases: Any) -> ColumnElement[Any]:
    """Age in whole years on arrival, else at identification, from the birth date or else
    the age estimated at identification (as the case's minority is worked out)."""
    reference = func.coalesce(cases.c.arrival_date, cases.c.identified_on)
    identified = cases.c.identified_on
    estimated_year = (
        cast(func.substr(identified, 1, 4), Integer)
        - cases.c.estimated_age
        - case((func.substr(identified, 6, 2) < "07", 1), else_=0)
    )
    born = func.coalesce(
        cases.c.date_of_birth,
        case(
            (
                and_(cases.c.estimated_age.is_not(None), identified.is_not(None)),
                func.printf("%04d-07-01", estimated_year),
            ),
            else_=null(),
        ),
    )
    age = (
        cast(func.substr(reference, 1, 4), Integer)
        - cast(func.substr(born, 1, 4), Integer)
        - case((func.substr(reference, 6, 5) < func.substr(born, 6, 5), 1), else_=0)
    )
    bounds = [int(group.split("-")[1]) + 1 for group in AGE_GROUPS[:-1]]  # 12, 18, 25, 60
    return case(
        (reference.is_(None), UNKNOWN),
        (born.is_(None), UNKNOWN),
        *((age < bound, group) for bound, group in zip(bounds, AGE_GROUPS, strict=False)),
        else_=AGE_GROUPS[-1],
    )


def case_dimensions() -> dict[str, ColumnElement[Any]]:
    """The columns of a case that disaggregate (exploitation type apart: a case has several)."""
    cases = table(r.CASE)
    return {
        "sex": cases.c.gender,
        "age_group": age_group(cases),
        "country_of_return": cases.c.country_of_return,
        "host_country": cases.c.host_country,
    }


def kinds(stored: Any) -> list[str]:
    """The exploitation types of a stored profile (a JSON list), "unknown" without any."""
    found = json.loads(stored) if stored else []
    return [str(kind) for kind in found] or [UNKNOWN]


def counted(
    session: Session,
    query: _Query,
    flt: DashboardFilter,
    period: _Period,
    *,
    groupings: tuple[tuple[int, ...], ...] | None = None,
    amounts: tuple[ColumnElement[Any], ColumnElement[Any]] | None = None,
    dimensions: dict[str, ColumnElement[Any]] | None = None,
) -> list[Count]:
    """The rows of a dashboard `query` in the period, counted in total and by each dimension,
    once per grouping of its detail columns (indexes into `query.detail`; by default one
    grouping on them all). `dimensions` other than the case's are for records of no case.

    SQL groups by every dimension at once (and by the case's list of exploitation types as
    stored); Python adds those groups up into each dimension. Every case falls in exactly one
    such group, so distinct persons add up exactly, and one grouped read replaces six.
    """
    by_case = dimensions is None
    dims = case_dimensions() if dimensions is None else dimensions
    source = query.source
    if by_case:
        profiles = table(r.TRAFFICKING_PROFILE)
        source = source.outerjoin(
            profiles, and_(profiles.c.case_id == query.unit, profiles.c.deleted.is_(False))
        )
        dims = {**dims, "exploitation_type": profiles.c.exploitation_types}
    details = [column.label(f"detail_{n}") for n, column in enumerate(query.detail)]
    extra = [] if amounts is None else [amounts[0].label("planned"), amounts[1].label("spent")]
    rows: Any = (
        select(
            query.unit.label("unit"),
            *details,
            *(column.label(name) for name, column in dims.items()),
            *extra,
        )
        .select_from(source)
        .where(and_(*_conditions(query, flt, period)))
        .cte("report_rows")
    )
    if groupings is None:
        groupings = (tuple(range(len(details))),)
    if len(groupings) > 1:
        rows = rows.prefix_with("MATERIALIZED")  # read once, grouped once per grouping
    parts: list[Select[Any]] = []
    for number, grouping in enumerate(groupings):
        kept = [rows.c[f"detail_{n}"] if n in grouping else null() for n in range(len(details))]
        keys = [rows.c[name] for name in dims] + [rows.c[f"detail_{n}"] for n in grouping]
        sums = [func.sum(rows.c.planned), func.sum(rows.c.spent)] if amounts else [null(), null()]
        counts = [func.count(), func.count(func.distinct(rows.c.unit)), *sums]
        parts.append(
            select(literal(number), *(rows.c[name] for name in dims), *kept, *counts).group_by(
                *keys
            )
        )
    totals: dict[tuple[Any, ...], list[int | None]] = {}

    def add(key: tuple[Any, ...], row: Any) -> None:
        into = totals.setdefault(key, [0, 0, None, None])
        for n, value in enumerate(row[-4:]):
            if value is not None:
                into[n] = (into[n] or 0) + int(value)

    width = len(dims)
    for row in session.execute(union_all(*parts)):
        number, values, detail = int(row[0]), row[1 : 1 + width], tuple(row[1 + width : -4])
        add((number, TOTAL, "", detail), row)
        for name, value in zip(dims, values, strict=True):
            if name == "exploitation_type" and by_case:
                for kind in kinds(value):
                    add((number, name, kind, detail), row)
            else:
                add((number, name, UNKNOWN if value is None else str(value), detail), row)
    return [
        Count(key[0], key[1], key[2], key[3], int(v[0] or 0), int(v[1] or 0), v[2], v[3])
        for key, v in totals.items()
    ]


def with_detail(query: _Query, *columns: ColumnElement[Any]) -> _Query:
    """The dashboard's `query`, with more detail columns after its own."""
    return replace(query, detail=(*query.detail, *columns))
