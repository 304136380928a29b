"""Likely duplicates: indexed by blocking keys, scored by domain/duplicates.py, linked for review.

Nothing is ever merged automatically: a likely pair gets a "possible duplicate" link on both
sides, and a person decides (same person / not the same person).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from sqlalchemy import delete, func, insert, select

from care_desktop.db import record_store
from care_desktop.db.record_tables import case_name_keys, table
from care_desktop.db.store import Store
from care_desktop.domain import records as r
from care_desktop.domain.duplicates import (
    PersonKey,
    Prepared,
    blocking_keys,
    prepare,
    similarity,
)
from care_desktop.services.records import Record, change, require
from care_desktop.services.unit_of_work import Work, new_id, reading, writing
from care_desktop.sync.changelog import chunks

MAX_CANDIDATES = 2_000  # of one blocking key bucket; beyond that the key is too common to help
CHUNK = 500  # cases flagged together after an import or a merge
MAX_REMEMBERED = 50_000  # persons a batch keeps prepared (about 1 KB each) before starting over


@dataclass(frozen=True, slots=True)
class Candidate:
    case_id: str
    case_code: str
    score: int  # 0-100
    reasons: tuple[str, ...]


def _people(work: Work, case_ids: list[str]) -> dict[str, tuple[str, PersonKey | None]]:
    """Case code and person of many cases: only the columns that matter, two queries a chunk."""
    cases, identities = table(r.CASE), table(r.IDENTITY)
    found: dict[str, tuple[str, PersonKey | None]] = {}
    for chunk in chunks(case_ids):
        names: dict[str, tuple[str, ...]] = {}
        for row in work.session.execute(
            select(
                identities.c.case_id,
                identities.c.given_name,
                identities.c.family_name,
                identities.c.other_names,
            ).where(identities.c.case_id.in_(chunk), identities.c.deleted.is_(False))
        ):
            others = json.loads(row.other_names) if row.other_names else []
            names[row.case_id] = tuple(
                n for n in (row.given_name, row.family_name, *others) if n and n.strip()
            )
        for case_row in work.session.execute(
            select(
                cases.c.id,
                cases.c.case_code,
                cases.c.date_of_birth,
                cases.c.dob_estimated,
                cases.c.nationality,
            ).where(cases.c.id.in_(chunk), cases.c.deleted.is_(False))
        ):
            person_names = names.get(case_row.id)
            person = (
                PersonKey(
                    names=person_names,
                    date_of_birth=date.fromisoformat(case_row.date_of_birth)
                    if case_row.date_of_birth
                    else None,
                    dob_estimated=bool(case_row.dob_estimated),
                    nationality=case_row.nationality,
                )
                if person_names
                else None
            )
            found[case_row.id] = (str(case_row.case_code), person)
    return found


def _bucket_members(work: Work, keys: Iterable[str]) -> dict[str, list[str]]:
    """The cases indexed under each key, at most MAX_CANDIDATES a key, in one query per 500
    keys."""
    wanted = sorted(set(keys))
    members: dict[str, list[str]] = {}
    for chunk in chunks(wanted):
        numbered = (
            select(
                case_name_keys.c.key,
                case_name_keys.c.case_id,
                func.row_number().over(partition_by=case_name_keys.c.key).label("n"),
            )
            .where(case_name_keys.c.key.in_(chunk))
            .subquery()
        )
        query = select(numbered.c.key, numbered.c.case_id).where(numbered.c.n <= MAX_CANDIDATES)
        for key, case_id in work.session.execute(query):
            members.setdefault(key, []).append(case_id)
    return members


class _Known(NamedTuple):
    code: str
    person: Prepared


class _People:
    """Case code and prepared person of the cases a batch compares, each read once. None: the
    case is gone or names nobody yet."""

    def __init__(self, work: Work) -> None:
        self._work = work
        self._known: dict[str, _Known | None] = {}

    def load(self, case_ids: Iterable[str]) -> None:
        wanted = set(case_ids)
        if len(self._known) + len(wanted - self._known.keys()) > MAX_REMEMBERED:
            self._known.clear()  # start over, then read every case asked for now
        missing = sorted(wanted - self._known.keys())
        found = _people(self._work, missing)
        for case_id in missing:
            code, person = found.get(case_id, ("", None))
            self._known[case_id] = None if person is None else _Known(code, prepare(person))

    def get(self, case_id: str) -> _Known | None:
        return self._known.get(case_id)


def _scored(prepared: Prepared, others: Iterable[str], people: _People) -> list[Candidate]:
    found: list[Candidate] = []
    for other_id in others:
        other = people.get(other_id)
        if other is None:
            continue
        match = similarity(prepared, other.person)
        if match.likely:
            found.append(Candidate(other_id, other.code, round(match.score * 100), match.reasons))
    return sorted(found, key=lambda c: (-c.score, c.case_code))


def _candidates(work: Work, person: PersonKey, exclude: str | None) -> list[Candidate]:
    members = _bucket_members(work, blocking_keys(person))
    ids = {case_id for bucket in members.values() for case_id in bucket}
    ids.discard(exclude or "")
    people = _People(work)
    people.load(ids)
    return _scored(prepare(person), sorted(ids), people)


def _links_among(work: Work, case_ids: Iterable[str]) -> set[tuple[str, str]]:
    """(case, other case) of every live link held by these cases."""
    t = table(r.CASE_LINK)
    wanted = sorted(set(case_ids))
    pairs: set[tuple[str, str]] = set()
    for chunk in chunks(wanted):
        query = select(t.c.case_id, t.c.other_case_id).where(
            t.c.deleted.is_(False), t.c.case_id.in_(chunk)
        )
        pairs.update((row.case_id, row.other_case_id) for row in work.session.execute(query))
    return pairs


def _link(work: Work, case_id: str, other: Candidate) -> None:
    record_store.insert_record(
        work.session,
        r.CASE_LINK,
        new_id(),
        {
            "case_id": case_id,
            "other_case_id": other.case_id,
            "kind": "possible_duplicate",
            "score": other.score,
            "reasons": list(other.reasons),
        },
    )


def _flag(work: Work, case_ids: list[str], people: _People) -> dict[str, list[Candidate]]:
    """Refresh the blocking keys of a chunk of cases, then link each to its likely duplicates
    (both ways): a few queries for the whole chunk, whatever its size."""
    work.session.execute(delete(case_name_keys).where(case_name_keys.c.case_id.in_(case_ids)))
    people.load(case_ids)
    mine = {case_id: known for case_id in case_ids if (known := people.get(case_id)) is not None}
    keys = {case_id: sorted(blocking_keys(known.person)) for case_id, known in mine.items()}
    rows = [{"case_id": case_id, "key": key} for case_id, own in keys.items() for key in own]
    if rows:
        work.session.execute(insert(case_name_keys), rows)
    members = _bucket_members(work, (key for own in keys.values() for key in own))
    others = {
        case_id: {o for k in own for o in members.get(k, ())} - {case_id}
        for case_id, own in keys.items()
    }
    people.load(o for found in others.values() for o in found)
    found = {
        case_id: _scored(mine[case_id].person, sorted(candidate_ids), people)
        for case_id, candidate_ids in others.items()
    }
    involved = set(found) | {c.case_id for candidates in found.values() for c in candidates}
    linked = _links_among(work, involved)
    for case_id, candidates in found.items():
        for candidate in candidates:
            if (case_id, candidate.case_id) in linked:
                continue
            _link(work, case_id, candidate)
            linked.add((case_id, candidate.case_id))
            if (candidate.case_id, case_id) not in linked:
                mirror = Candidate(case_id, mine[case_id].code, candidate.score, candidate.reasons)
                _link(work, candidate.case_id, mirror)
                linked.add((candidate.case_id, case_id))
    return found


def index_and_flag(work: Work, case_id: str) -> list[Candidate]:
    """Refresh the case's blocking keys and link it to its likely duplicates (both ways)."""
    return _flag(work, [case_id], _People(work)).get(case_id, [])


def reindex(work: Work, case_ids: Iterable[str]) -> None:
    """After a merge or an import brought many cases: flag them, a chunk at a time, each case
    and each candidate read once per chunk."""
    wanted = sorted(set(case_ids))
    people = _People(work)
    for chunk in chunks(wanted, CHUNK):
        _flag(work, list(chunk), people)


def possible_duplicates(
    store: Store,
    names: tuple[str, ...],
    date_of_birth: date | None = None,
    *,
    dob_estimated: bool = False,
    nationality: str | None = None,
    exclude: str | None = None,
) -> list[Candidate]:
    """Likely duplicates of a person being typed in (the warning of the new-case form)."""
    names = tuple(name for name in names if name.strip())
    if not names:
        return []
    person = PersonKey(names, date_of_birth, dob_estimated, nationality)
    with reading(store) as work:
        return _candidates(work, person, exclude)


def decide(store: Store, link_id: str, same_person: bool) -> Record:
    """A person's decision on a possible duplicate; the cases themselves are never merged."""
    kind = "same_person" if same_person else "not_same_person"
    with writing(store) as work:
        link = require(work, r.CASE_LINK, link_id)
        record, _ = change(work, r.CASE_LINK, link_id, {"kind": kind})
        t = table(r.CASE_LINK)
        mirror = record_store.select_records(
            work.session,
            r.CASE_LINK,
            t.c.case_id == link["other_case_id"],
            t.c.other_case_id == link["case_id"],
        )
        for mirror_id, _ in mirror:
            change(work, r.CASE_LINK, mirror_id, {"kind": kind})
        return record
