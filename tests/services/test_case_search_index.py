"""The case list's trigram search index (migration 0008): kept in step by triggers with every
write, holding no readable copy of a name, and dropping a name's words when it is changed,
tombstoned or erased."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import text

from care_desktop.db import integrity
from care_desktop.db.store import Store
from care_desktop.services import (
    case_list_service,
    case_service,
    records,
    retention_service,
    vault_service,
)
from care_desktop.services.case_list_service import CaseFilter
from care_desktop.services.vault_service import SetupRequest
from tests.conftest import PASSPHRASE

D = date(2026, 3, 1)


@pytest.fixture
def store(db_path: object) -> Iterator[Store]:
    opened, _ = vault_service.create_database(
        SetupRequest(db_path, "coordinator", "IOM France", (), PASSPHRASE, "Coordinator One")  # type: ignore[arg-type]
    )
    yield opened
    opened.close()


def _open(store: Store, place: str, given: str, family: str) -> tuple[str, str]:
    created = case_service.create_case(
        store,
        {"gender": "Feminine", "country_of_return": "VNM", "place_of_return": place},
        {"given_name": given, "family_name": family},
        today=D,
    )
    return created.case.id, created.case.text("case_code")


def _found(store: Store, search: str) -> set[str]:
    rows, total = case_list_service.first_page(store, CaseFilter(search=search), today=D)
    assert total == len(rows)
    return {row.id for row in rows}


def _identity(store: Store, case_id: str) -> str:
    with store.read() as session:
        return str(
            session.execute(
                text("SELECT id FROM identities WHERE case_id = :c"), {"c": case_id}
            ).scalar_one()
        )


def _terms(store: Store) -> set[str]:
    """The trigrams the index holds (fts5vocab reads the index itself, not a content table)."""
    with store.write() as session:
        session.execute(
            text(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_terms "
                "USING fts5vocab(main, case_search, 'row')"
            )
        )
        return set(session.execute(text("SELECT term FROM temp.search_terms")).scalars())


def _index_rows(store: Store) -> int:
    with store.read() as session:
        return int(session.execute(text("SELECT count(*) FROM case_search_rows")).scalar_one())


def test_words_are_found_through_the_index_with_case_and_diacritics_folded(store: Store) -> None:
    huong, code = _open(store, "Hải Phòng", "Thị Hương", "Nguyễn")
    olga, _ = _open(store, "Kyiv", "Ольга", "Шевченко")
    assert _found(store, "nguyễn") == _found(store, "NGUYEN") == {huong}
    assert _found(store, "hai") == {huong}  # place of return, without its diacritics
    assert _found(store, "ольга") == {olga}  # case folded beyond Latin letters
    assert _found(store, code.lower()) == {huong}
    assert _found(store, "uye ong") == {huong}  # every word, anywhere in the names
    assert _found(store, "Hương Kyiv") == set()
    assert _found(store, 'ng"u') == set()  # an FTS5 operator in a word is only a letter
    assert _index_rows(store) == 4  # a case and an identity each


def test_a_changed_name_leaves_the_index_at_once(store: Store) -> None:
    case_id, _ = _open(store, "Hanoi", "Mai", "Trankovic")
    identity = _identity(store, case_id)
    assert "kov" in _terms(store)
    records.update(store, "identity", identity, {"family_name": "Pham"}, today=D)
    # (not "Trankovic": that word also matches by sound, through the duplicate keys)
    assert _found(store, "ankov") == set()
    assert _found(store, "pham") == {case_id}
    assert "kov" not in _terms(store)  # secure-delete: the old name's trigrams are gone


def test_a_tombstoned_or_erased_case_is_no_longer_indexed(store: Store) -> None:
    kept, _ = _open(store, "Hue", "Lan", "Quixote")
    erased, code = _open(store, "Vinh", "Zofia", "Wyszynska")
    assert _index_rows(store) == 4
    retention_service.erase(store, erased, today=D)
    assert _found(store, "Wyszynska") == _found(store, code) == set()
    assert _index_rows(store) == 2
    terms = _terms(store)
    assert "ysz" not in terms
    assert "zof" not in terms
    assert "qui" in terms
    records.delete(store, "identity", _identity(store, kept))
    assert "xot" not in _terms(store)  # (a search for the name still finds it by sound)
    assert _found(store, "hue") == {kept}  # the case itself is still there
    assert _index_rows(store) == 1


def test_the_index_keys_survive_vacuum(store: Store) -> None:
    first, _ = _open(store, "Hanoi", "Anh", "Dao")
    second, _ = _open(store, "Hanoi", "Binh", "Vuong")
    records.delete(store, "identity", _identity(store, first))
    raw = store.engine.raw_connection()
    try:
        driver = raw.driver_connection
        assert driver is not None
        driver.commit()
        level = driver.isolation_level
        driver.isolation_level = None  # VACUUM runs outside a transaction
        driver.execute("VACUUM")
        driver.isolation_level = level
    finally:
        raw.close()
    assert _found(store, "vuong") == {second}
    assert _found(store, "hanoi") == {first, second}


def test_care_check_finds_an_index_out_of_step(store: Store) -> None:
    _open(store, "Hanoi", "Anh", "Dao")
    assert integrity.check_search_index(store) == []
    with store.write() as session:
        session.execute(text("DELETE FROM case_search_rows WHERE source = 'case'"))
        session.execute(text("DROP TRIGGER identities_search_update"))
    problems = integrity.check_search_index(store)
    assert [problem.code for problem in problems] == ["search-index", "search-index"]
    assert "identities_search_update" in problems[0].detail
    assert problems[1].detail == "1 rows for 2 live records"
