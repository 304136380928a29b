"""The case list: one page of cases under a search, filters and an order, and how many match.

Search words are each found in the case code, a name (given, family, other names) or the place
of return, case-insensitively for Latin letters; a word of four letters or more also finds names
that sound alike in another spelling or script ("Nguyen" finds "Nguyễn", "Olga" finds "Ольга"),
through the phonetic keys that duplicate detection keeps per case. Names are matched, never
returned: a `CaseRow` is pseudonymous.

A word of three letters or more is looked up in the trigram index `case_search` (migration
0008, kept in step by triggers), which folds case in every script and drops diacritics: it finds
what LIKE found and more ("hai" finds "Hải Phòng", "ольга" finds "Ольга"). Shorter words have no
trigram and are still found with LIKE, case-insensitively for Latin letters only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Integer,
    MetaData,
    Select,
    String,
    Table,
    and_,
    case,
    func,
    literal_column,
    or_,
    select,
)

from care_desktop.db.record_tables import case_name_keys, table
from care_desktop.db.store import Store
from care_desktop.domain import codes as c
from care_desktop.domain import records as r
from care_desktop.domain.duplicates import normalise_name, phonetic_key
from care_desktop.domain.schedule import VisitStatus

INDEXED_WORD = 3  # letters: a trigram index finds a word of at least one trigram
MAX_WORDS = 8  # of a search; more says nothing new and only slows the query
PHONETIC_MIN_LETTERS = 4  # shorter words match too many names by sound while they are typed

ORDERABLE = (
    "case_code",
    "status",
    "country_of_return",
    "gender",
    "is_minor",
    "risk_level",
    "arrival_date",
)
"""The columns a case list may be sorted by."""

INDEXED_ORDER = frozenset({"case_code", "country_of_return"})
FEW_MATCHES = 5_000
"""Below this many matches of a search, the first page sorts the matches instead of walking the
index in order: with 100,000 demo cases, a search matching none took 135 ms in index order and
40 ms sorted; one matching most cases stays faster in index order, which stops after a page."""


# The search index of migration 0008: not in the models, which describe what sync and the
# services write; only triggers write these.
_search_metadata = MetaData()
_search_rows = Table(
    "case_search_rows",
    _search_metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", String),
    Column("source", String),
)
_search = Table(
    "case_search", _search_metadata, Column("rowid", Integer), Column("case_search", String)
)


def _indexed(word: str) -> ColumnElement[bool]:
    """The cases with `word` in their code, place of return or a live identity's names."""
    phrase = '"' + word.replace('"', '""') + '"'  # an FTS5 string: the word's letters, in order
    rows = select(_search.c.rowid).where(_search.c.case_search.op("MATCH")(phrase))
    found = select(_search_rows.c.case_id).where(_search_rows.c.id.in_(rows))
    return table(r.CASE).c.id.in_(found)


@dataclass(frozen=True, slots=True)
class CaseRow:
    """A line of the case list: pseudonymous, no identity."""

    id: str
    case_code: str
    status: str
    gender: str | None
    is_minor: bool | None
    country_of_return: str | None
    host_country: str | None
    risk_level: str | None
    office_id: str | None
    officer_id: str | None
    arrival_date: str | None


@dataclass(frozen=True, slots=True)
class CaseFilter:
    """What the list shows; empty fields filter nothing."""

    search: str = ""
    status: str | None = None
    country: str | None = None  # of return, ISO alpha-3
    office_id: str | None = None
    risk_level: str | None = None
    minors_only: bool = False
    overdue_only: bool = False  # a planned visit whose window has ended, on an open case


@dataclass(frozen=True, slots=True)
class CaseOrder:
    column: str = "case_code"
    descending: bool = False

    def __post_init__(self) -> None:
        # The column comes from code (a table header), never from a person: a bug if unknown.
        if self.column not in ORDERABLE:
            raise ValueError(f"cases cannot be sorted by {self.column!r}")


@dataclass(frozen=True, slots=True)
class FilterChoices:
    """The values worth offering in the filters: countries of return in use, offices."""

    countries: tuple[str, ...]
    offices: tuple[tuple[str, str], ...]  # (id, name), by name


_COLUMNS = (
    "id",
    "case_code",
    "status",
    "gender",
    "is_minor",
    "country_of_return",
    "host_country",
    "risk_level",
    "office_id",
    "officer_id",
    "arrival_date",
)


def _word_condition(word: str) -> ColumnElement[bool]:
    found = [_indexed(word)] if len(word) >= INDEXED_WORD else _like(word)
    sounds = _sounds(word)
    if sounds is not None:
        found.append(sounds)
    return or_(*found)


def _like(word: str) -> list[ColumnElement[bool]]:
    cases, identities = table(r.CASE), table(r.IDENTITY)
    # LIKE is case-insensitive for ASCII letters in SQLite; autoescape keeps % and _ literal.
    names = select(identities.c.case_id).where(
        identities.c.deleted.is_(False),
        or_(
            identities.c.given_name.contains(word, autoescape=True),
            identities.c.family_name.contains(word, autoescape=True),
            identities.c.other_names.contains(word, autoescape=True),
        ),
    )
    found: list[ColumnElement[bool]] = [
        cases.c.case_code.contains(word, autoescape=True),
        cases.c.place_of_return.contains(word, autoescape=True),
        cases.c.id.in_(names),
    ]
    return found


def _sounds(word: str) -> ColumnElement[bool] | None:
    if not word.isalpha():
        return None
    keys = {
        f"n:{phonetic_key(token)}"
        for token in normalise_name(word)
        if len(token) >= PHONETIC_MIN_LETTERS and len(phonetic_key(token)) >= 2
    }
    if not keys:
        return None
    sounds = select(case_name_keys.c.case_id).where(case_name_keys.c.key.in_(sorted(keys)))
    return table(r.CASE).c.id.in_(sounds)


def _conditions(case_filter: CaseFilter, today: date) -> list[ColumnElement[bool]]:
    cases, visits = table(r.CASE), table(r.VISIT)
    conditions: list[ColumnElement[bool]] = [cases.c.deleted.is_(False)]
    if case_filter.status:
        conditions.append(cases.c.status == case_filter.status)
    if case_filter.country:
        conditions.append(cases.c.country_of_return == case_filter.country.strip().upper())
    if case_filter.office_id:
        conditions.append(cases.c.office_id == case_filter.office_id)
    if case_filter.risk_level:
        conditions.append(cases.c.risk_level == case_filter.risk_level)
    if case_filter.minors_only:
        conditions.append(cases.c.is_minor.is_(True))
    if case_filter.overdue_only:
        day = today.isoformat()
        # A tombstone's status is emptied, so "planned" leaves deleted visits out; the index on
        # (status, window_end, case_id) answers this without reading the visits themselves.
        overdue = select(visits.c.case_id).where(
            visits.c.status == str(VisitStatus.PLANNED), visits.c.window_end < day
        )
        conditions += [cases.c.status != "closed", cases.c.id.in_(overdue)]
    words = case_filter.search.split()[:MAX_WORDS]
    conditions += [_word_condition(word) for word in words]
    return conditions


def _rank(column: ColumnElement[Any], codes: c.CodeList) -> ColumnElement[Any]:
    """Coded values in the order of their list (workflow order, low to high), not by spelling."""
    return case({code: index for index, code in enumerate(codes.values())}, value=column)


def _order_by(order: CaseOrder, *, few: bool = False) -> list[ColumnElement[Any]]:
    """The sort keys; `few` when only a few cases match, so that sorting them beats walking an
    index in order (which reads the cases that do not match too, one random read each)."""
    cases = table(r.CASE)
    key: ColumnElement[Any] = cases.c[order.column]
    if order.column == "status":
        key = _rank(key, c.CASE_STATUS)
    elif order.column == "risk_level":
        key = _rank(key, c.RISK_LEVEL)
    elif few and order.column in INDEXED_ORDER:
        key = key.concat("")  # same order, but SQLite can no longer walk the index for it
    ties = [cases.c.case_code, cases.c.id]
    if order.column == "case_code":
        ties = [cases.c.id]
    keys = [key, *ties]
    return [k.desc() if order.descending else k.asc() for k in keys]


def _row(values: Mapping[Any, Any]) -> CaseRow:
    def text(name: str) -> str | None:
        value = values.get(name)
        return None if value is None else str(value)

    minor = values.get("is_minor")
    return CaseRow(
        id=str(values["id"]),
        case_code=str(values["case_code"]),
        status=str(values["status"]),
        gender=text("gender"),
        is_minor=None if minor is None else bool(minor),
        country_of_return=text("country_of_return"),
        host_country=text("host_country"),
        risk_level=text("risk_level"),
        office_id=text("office_id"),
        officer_id=text("officer_id"),
        arrival_date=text("arrival_date"),
    )


def _page_query(
    case_filter: CaseFilter, order: CaseOrder, offset: int, limit: int, today: date, *, few: bool
) -> Select[Any]:
    cases = table(r.CASE)
    return (
        select(*(cases.c[name] for name in _COLUMNS))
        .where(and_(*_conditions(case_filter, today)))
        .order_by(*_order_by(order, few=few))
        .limit(max(0, limit))
        .offset(max(0, offset))
    )


def _count_query(case_filter: CaseFilter, today: date) -> Select[Any]:
    cases = table(r.CASE)
    conditions = _conditions(case_filter, today)
    if len(conditions) == 1:  # every live case: the list as it opens
        # names the condition of the partial index ix_cases_live_count (migration 0009), which
        # holds one small entry per live case: the count reads it instead of the whole table
        # (an id is never empty: the term is true of every row). A literal, not a parameter:
        # SQLite matches a partial index's condition reliably only against the same text.
        conditions.append(func.length(cases.c.id) > literal_column("0"))
    return select(func.count()).select_from(cases).where(and_(*conditions))


def page(
    store: Store,
    case_filter: CaseFilter = CaseFilter(),
    order: CaseOrder = CaseOrder(),
    offset: int = 0,
    limit: int = 200,
    *,
    today: date | None = None,
) -> list[CaseRow]:
    """The cases from `offset` (at most `limit`) that match, in `order`."""
    query = _page_query(case_filter, order, offset, limit, today or date.today(), few=False)
    with store.read() as session:
        return [_row(row._mapping) for row in session.execute(query)]


def count(
    store: Store,
    case_filter: CaseFilter = CaseFilter(),
    *,
    today: date | None = None,
) -> int:
    """How many cases match."""
    with store.read() as session:
        return int(session.execute(_count_query(case_filter, today or date.today())).scalar_one())


def first_page(
    store: Store,
    case_filter: CaseFilter = CaseFilter(),
    order: CaseOrder = CaseOrder(),
    limit: int = 200,
    *,
    today: date | None = None,
) -> tuple[list[CaseRow], int]:
    """The first page and how many cases match in all, read together (one transaction).

    Counting first tells how rare the matches are, which decides how to sort them; no match
    needs no page. A search the index answers is read in one statement instead.
    """
    day = today or date.today()
    if _indexed_search(case_filter) and limit > 0:
        return _first_page_at_once(store, case_filter, order, limit, day)
    with store.read() as session:
        total = int(session.execute(_count_query(case_filter, day)).scalar_one())
        if total == 0:
            return [], 0
        few = bool(case_filter.search.strip()) and total <= FEW_MATCHES
        query = _page_query(case_filter, order, 0, limit, day, few=few)
        return [_row(row._mapping) for row in session.execute(query)], total


def _indexed_search(case_filter: CaseFilter) -> bool:
    return any(len(word) >= INDEXED_WORD for word in case_filter.search.split()[:MAX_WORDS])


def _first_page_at_once(
    store: Store, case_filter: CaseFilter, order: CaseOrder, limit: int, day: date
) -> tuple[list[CaseRow], int]:
    """A search with a word the index answers matches few cases: they are found once, then
    counted and sorted in the same statement (about a quarter faster at 100,000 cases than a
    count and a page, which each read the matching cases). Without such a word most cases may
    match, and listing them all first costs more (96,000 for "a": 300 ms instead of 110)."""
    cases = table(r.CASE)
    matches = (
        select(cases.c.id)
        .where(and_(*_conditions(case_filter, day)))
        .cte("matches")
        .prefix_with("MATERIALIZED")
    )
    total = select(func.count()).select_from(matches).scalar_subquery()
    query = (
        select(*(cases.c[name] for name in _COLUMNS), total.label("total"))
        .where(cases.c.id.in_(select(matches.c.id)))
        .order_by(*_order_by(order, few=True))
        .limit(max(0, limit))
    )
    with store.read() as session:
        rows = session.execute(query).all()
    return [_row(row._mapping) for row in rows], int(rows[0].total) if rows else 0


def filter_choices(store: Store) -> FilterChoices:
    cases, offices = table(r.CASE), table(r.OFFICE)
    with store.read() as session:
        countries = session.scalars(
            select(cases.c.country_of_return)
            .where(cases.c.country_of_return.is_not(None))
            .distinct()
            .order_by(cases.c.country_of_return)
        ).all()
        office_rows = session.execute(
            select(offices.c.id, offices.c.name)
            .where(offices.c.deleted.is_(False))
            .order_by(offices.c.name, offices.c.id)
        ).all()
    return FilterChoices(
        tuple(str(code) for code in countries),
        tuple((str(row.id), str(row.name)) for row in office_rows),
    )
