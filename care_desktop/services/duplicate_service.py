"""Likely duplicates: indexed by blocking keys, scored by domain/duplicates.py, linked for review.

Nothing is ever merged automatically: a likely pair gets a "possible duplicate" link on both
sides, and a person decides (same person / not the same person).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, insert, select

from care_desktop.db import record_store
from care_desktop.db.record_tables import case_name_keys, table
from care_desktop.db.store import Store
from care_desktop.domain import records as r
from care_desktop.domain.duplicates import PersonKey, blocking_keys, prepare, similarity
from care_desktop.domain.schema import Value
from care_desktop.services.records import Record, change, require
from care_desktop.services.unit_of_work import Work, new_id, reading, writing

MAX_CANDIDATES = 2_000  # of one blocking key bucket; beyond that the key is too common to help


@dataclass(frozen=True, slots=True)
class Candidate:
    case_id: str
    case_code: str
    score: int  # 0-100
    reasons: tuple[str, ...]


def _person(case: dict[str, Value], identity: dict[str, Value] | None) -> PersonKey | None:
    if identity is None:
        return None
    names = [str(identity.get(n) or "") for n in ("given_name", "family_name")]
    names += [str(other) for other in identity.get("other_names") or []]  # type: ignore[union-attr]
    names = [name for name in names if name.strip()]
    if not names:
        return None
    birth = case.get("date_of_birth")
    return PersonKey(
        names=tuple(names),
        date_of_birth=date.fromisoformat(str(birth)) if birth else None,
        dob_estimated=bool(case.get("dob_estimated")),
        nationality=str(case["nationality"]) if case.get("nationality") else None,
    )


def _identity(work: Work, case_id: str) -> dict[str, Value] | None:
    found = record_store.select_records(
        work.session, r.IDENTITY, table(r.IDENTITY).c.case_id == case_id, limit=1
    )
    return found[0][1] if found else None


def person_of(work: Work, case_id: str) -> PersonKey | None:
    case = record_store.get_record(work.session, r.CASE, case_id)
    return None if case is None else _person(case, _identity(work, case_id))


def _people(work: Work, case_ids: list[str]) -> dict[str, tuple[str, PersonKey | None]]:
    """Case code and person of many cases: only the columns that matter, two queries a chunk."""
    cases, identities = table(r.CASE), table(r.IDENTITY)
    found: dict[str, tuple[str, PersonKey | None]] = {}
    for start in range(0, len(case_ids), 500):
        chunk = case_ids[start : start + 500]
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


def _candidates(work: Work, person: PersonKey, exclude: str | None) -> list[Candidate]:
    keys = sorted(blocking_keys(person))
    if not keys:
        return []
    ids: set[str] = set()
    for key in keys:
        query = select(case_name_keys.c.case_id).where(case_name_keys.c.key == key)
        ids.update(work.session.scalars(query.limit(MAX_CANDIDATES)))
    ids.discard(exclude or "")
    prepared = prepare(person)
    found: list[Candidate] = []
    for other_id, (code, other) in _people(work, sorted(ids)).items():
        if other is None:
            continue
        match = similarity(prepared, prepare(other))
        if match.likely:
            found.append(Candidate(other_id, code, round(match.score * 100), match.reasons))
    return sorted(found, key=lambda c: (-c.score, c.case_code))


def _linked(work: Work, case_id: str) -> set[str]:
    t = table(r.CASE_LINK)
    rows = record_store.select_records(work.session, r.CASE_LINK, t.c.case_id == case_id)
    return {str(values["other_case_id"]) for _, values in rows}


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


def index_and_flag(work: Work, case_id: str) -> list[Candidate]:
    """Refresh the case's blocking keys and link it to its likely duplicates (both ways)."""
    work.session.execute(delete(case_name_keys).where(case_name_keys.c.case_id == case_id))
    person = person_of(work, case_id)
    if person is None:
        return []
    keys = sorted(blocking_keys(person))
    if keys:
        work.session.execute(
            insert(case_name_keys), [{"case_id": case_id, "key": key} for key in keys]
        )
    candidates = _candidates(work, person, case_id)
    already = _linked(work, case_id)
    code = str(require(work, r.CASE, case_id)["case_code"])  # person_of found it: it exists
    for candidate in candidates:
        if candidate.case_id in already:
            continue
        _link(work, case_id, candidate)
        mirror = Candidate(case_id, code, candidate.score, candidate.reasons)
        if case_id not in _linked(work, candidate.case_id):
            _link(work, candidate.case_id, mirror)
    return candidates


def reindex(work: Work, case_ids: Iterable[str]) -> None:
    """After a merge brought changes from elsewhere: flag, on this device too."""
    for case_id in case_ids:
        index_and_flag(work, case_id)


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
