"""Flagging many cases at once (after an import or a merge) links exactly the pairs that
flagging them one at a time links: both ways, once, across chunk boundaries."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from care_desktop.db import record_store
from care_desktop.db.record_tables import case_name_keys, table
from care_desktop.db.store import Store
from care_desktop.domain import records as r
from care_desktop.services import case_service, duplicate_service
from care_desktop.services.unit_of_work import reading, writing
from tests.services.test_case_workflow import D

PEOPLE = [
    ("Olena", "Shevchenko", "1998-04-12", "UKR"),
    ("Олена", "Шевченко", "1998-04-12", "UKR"),
    ("Olena", "Shevchenco", None, "UKR"),
    ("Kwame", "Mensah", "1990-01-05", "GHA"),
    ("Amina", "Diallo", "2007-03-30", "GIN"),
    ("Aminata", "Diallo", "2007-03-30", "GIN"),
    ("Kwame", "Mensa", "1990-05-01", "GHA"),
    ("Abdel Rahman", "Ben Ali", "1985-07-19", "TUN"),
    ("Abdelrahman", "Benali", "1985-07-19", "TUN"),
    ("Chidi", "Okafor", "1979-11-02", "NGA"),
]


def _links(store: Store) -> set[tuple[str, str, int]]:
    t = table(r.CASE_LINK)
    with reading(store) as work:
        rows = work.session.execute(
            select(t.c.case_id, t.c.other_case_id, t.c.score).where(t.c.deleted.is_(False))
        )
        return {(row.case_id, row.other_case_id, row.score) for row in rows}


def _keys(store: Store) -> set[tuple[str, str]]:
    with reading(store) as work:
        return set(work.session.execute(select(case_name_keys.c.case_id, case_name_keys.c.key)))


@pytest.mark.parametrize(("chunk", "remembered"), [(1, 50_000), (3, 50_000), (500, 50_000), (3, 2)])
def test_a_batch_links_what_one_at_a_time_links(
    store: Store, chunk: int, remembered: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Also when the persons a batch keeps prepared overflow and it starts over (remembered)."""
    ids = []
    for given, family, born, nationality in PEOPLE:
        case = {"gender": "Feminine", "country_of_return": nationality, "nationality": nationality}
        if born:
            case["date_of_birth"] = born
        identity = {"given_name": given, "family_name": family}
        ids.append(case_service.create_case(store, case, identity, today=D).case.id)
    one_at_a_time, keys = _links(store), _keys(store)
    pairs = {(a, b) for a, b, _ in one_at_a_time}
    # the transliteration, the typo with day and month swapped, the joined spellings; both ways
    expected = {(0, 1), (3, 6), (7, 8)}
    assert pairs == {(ids[a], ids[b]) for a, b in expected} | {
        (ids[b], ids[a]) for a, b in expected
    }

    with writing(store) as work:  # forget the flags, as a device that never flagged them
        for link_id in work.session.scalars(select(table(r.CASE_LINK).c.id)).all():
            record_store.tombstone(work.session, r.CASE_LINK, link_id)
        work.session.execute(text("DELETE FROM case_name_keys"))  # a local index, not synced
    monkeypatch.setattr(duplicate_service, "CHUNK", chunk)
    monkeypatch.setattr(duplicate_service, "MAX_REMEMBERED", remembered)
    with writing(store) as work:
        duplicate_service.reindex(work, reversed(ids))
    assert _links(store) == one_at_a_time
    assert _keys(store) == keys

    with writing(store) as work:  # again: nothing new, nothing twice
        duplicate_service.reindex(work, ids)
    t = table(r.CASE_LINK)
    with reading(store) as work:
        count = work.session.execute(select(t.c.id).where(t.c.deleted.is_(False))).all()
    assert len(count) == len(one_at_a_time)
