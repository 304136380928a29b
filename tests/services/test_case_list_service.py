"""The case list query: each filter and search finds exactly the cases it should, in order, by
pages, on a small data set made through the services."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest

from care_desktop.db.store import Store
from care_desktop.services import (
    assessment_service,
    case_list_service,
    case_service,
    consent_service,
    records,
    vault_service,
    workflow_service,
)
from care_desktop.services.case_list_service import CaseFilter, CaseOrder
from care_desktop.services.vault_service import SetupRequest
from tests.conftest import PASSPHRASE

D = date(2026, 3, 1)


@dataclass(frozen=True)
class Cases:
    ids: dict[str, str]  # short name → case id
    codes: dict[str, str]  # short name → case code
    lagos: str  # office ids
    paris: str

    def names(self, rows: list[case_list_service.CaseRow]) -> set[str]:
        by_id = {case_id: name for name, case_id in self.ids.items()}
        return {by_id[row.id] for row in rows}


def _open(store: Store, values: dict[str, object], identity: dict[str, object]) -> tuple[str, str]:
    created = case_service.create_case(store, values, identity, today=D)
    return created.case.id, created.case.text("case_code")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """One database for the whole module: the tests only read it."""
    path = tmp_path_factory.mktemp("case_list") / "care.db"
    opened, _ = vault_service.create_database(
        SetupRequest(path, "coordinator", "IOM France", (), PASSPHRASE, "Coordinator One")
    )
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def cases(store: Store) -> Cases:
    lagos = records.create(store, "office", {"name": "IOM Lagos", "country": "NGA"}).id
    paris = records.create(store, "office", {"name": "IOM Paris", "country": "FRA"}).id
    made = {
        "ngozi": _open(
            store,
            {"gender": "Feminine", "country_of_return": "NGA", "date_of_birth": "1999-05-01",
             "place_of_return": "Benin City", "office_id": lagos},
            {"given_name": "Ngozi", "family_name": "Eze"},
        ),
        "amina": _open(
            store,
            {"gender": "Feminine", "country_of_return": "NGA", "date_of_birth": "2012-01-10",
             "place_of_return": "Kano", "office_id": lagos},
            {"given_name": "Amina", "family_name": "Bello"},
        ),
        "huong": _open(
            store,
            {"gender": "Feminine", "country_of_return": "VNM", "date_of_birth": "1995-07-07",
             "place_of_return": "Hải Phòng", "office_id": paris, "arrival_date": "2025-06-01"},
            {"given_name": "Thị Hương", "family_name": "Nguyễn"},
        ),
        "olga": _open(
            store,
            {"gender": "Feminine", "country_of_return": "UKR", "date_of_birth": "1990-02-02",
             "place_of_return": "Kharkiv", "office_id": paris},
            {"given_name": "Ольга", "family_name": "Иванова", "other_names": ["Olha"]},
        ),
        "kwame": _open(
            store,
            {"gender": "Masculine", "country_of_return": "GHA", "date_of_birth": "1988-11-30",
             "place_of_return": "Kumasi", "arrival_date": "2026-02-20"},
            {"given_name": "Kwame", "family_name": "Mensah"},
        ),
    }  # fmt: skip
    amina = made["amina"][1]
    consent_service.give(store, amina, {"scope": "services"}, today=D)
    assessment = assessment_service.add_assessment(store, amina, {"kind": "pre_departure"}, today=D)
    assessment_service.add_risk(
        store, assessment.id, {"description": "Debt", "likelihood": 5, "severity": 5}, today=D
    )
    workflow_service.advance(store, amina, "assessed", today=D)
    return Cases(
        {name: pair[0] for name, pair in made.items()},
        {name: pair[1] for name, pair in made.items()},
        lagos,
        paris,
    )


def found(store: Store, cases: Cases, **criteria: object) -> set[str]:
    case_filter = CaseFilter(**criteria)  # type: ignore[arg-type]
    rows = case_list_service.page(store, case_filter, today=D)
    assert case_list_service.count(store, case_filter, today=D) == len(rows)
    assert case_list_service.first_page(store, case_filter, today=D) == (rows, len(rows))
    return cases.names(rows)


EVERYONE = {"ngozi", "amina", "huong", "olga", "kwame"}


@pytest.mark.parametrize(
    ("criteria", "expected"),
    [
        ({}, EVERYONE),
        ({"status": "assessed"}, {"amina"}),
        ({"status": "identified"}, EVERYONE - {"amina"}),
        ({"status": "closed"}, set()),
        ({"country": "NGA"}, {"ngozi", "amina"}),
        ({"country": "vnm"}, {"huong"}),
        ({"risk_level": "high"}, {"amina"}),
        ({"risk_level": "low"}, set()),
        ({"minors_only": True}, {"amina"}),
        ({"overdue_only": True}, {"huong"}),  # arrived 2025-06-01: month 1 is long past
        ({"country": "NGA", "minors_only": True}, {"amina"}),
        ({"country": "GHA", "minors_only": True}, set()),
    ],
)
def test_each_filter_finds_exactly_its_cases(
    store: Store, cases: Cases, criteria: dict[str, object], expected: set[str]
) -> None:
    assert found(store, cases, **criteria) == expected


def test_the_office_filter(store: Store, cases: Cases) -> None:
    assert found(store, cases, office_id=cases.lagos) == {"ngozi", "amina"}
    assert found(store, cases, office_id=cases.paris) == {"huong", "olga"}


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("Ngozi", {"ngozi"}),
        ("EZE", {"ngozi"}),  # any case
        ("ngozi eze", {"ngozi"}),  # every word must be found
        ("amina eze", set()),
        ("benin", {"ngozi"}),  # place of return
        ("kumasi", {"kwame"}),
        ("olha", {"olga"}),  # other names
        ("Ольга", {"olga"}),  # as written
        ("Ivanova", {"olga"}),  # another script, by sound
        ("Nguyen", {"huong"}),  # without the diacritics
        ("Nguyễn", {"huong"}),
        ("Hải", {"huong"}),
        ("ell", {"amina"}),  # inside a name: Bello
        ("100%", set()),  # % and _ are plain characters
        ("a_i", set()),
    ],
)
def test_search_finds_names_places_and_codes(
    store: Store, cases: Cases, search: str, expected: set[str]
) -> None:
    assert found(store, cases, search=search) == expected


def test_search_by_case_code_and_with_filters(store: Store, cases: Cases) -> None:
    code = cases.codes["kwame"]
    assert found(store, cases, search=code.lower()) == {"kwame"}
    assert found(store, cases, search=code[3:]) == {"kwame"}  # "-XXXX-XXXX"
    assert found(store, cases, search="NGA-") == {"ngozi", "amina"}
    assert found(store, cases, search="NGA-", status="assessed") == {"amina"}


def test_names_are_matched_but_never_returned(store: Store, cases: Cases) -> None:
    rows = case_list_service.page(store, CaseFilter(search="Ngozi"), today=D)
    assert len(rows) == 1
    assert "Ngozi" not in repr(rows[0])


def test_order_by_each_column_both_ways(store: Store, cases: Cases) -> None:
    def names(column: str, descending: bool = False) -> list[str]:
        rows = case_list_service.page(store, order=CaseOrder(column, descending), today=D)
        by_id = {case_id: name for name, case_id in cases.ids.items()}
        return [by_id[row.id] for row in rows]

    by_code = sorted(cases.codes, key=lambda name: cases.codes[name])
    assert names("case_code") == by_code
    assert names("case_code", descending=True) == by_code[::-1]
    # countries: GHA, NGA (two, by code), UKR, VNM
    nigerians = sorted(["ngozi", "amina"], key=lambda name: cases.codes[name])
    assert names("country_of_return") == ["kwame", *nigerians, "olga", "huong"]
    # status in workflow order, not alphabetical: identified before assessed
    assert names("status", descending=True)[0] == "amina"
    assert names("status")[-1] == "amina"
    # no risk (NULL) first, then low..high
    assert names("risk_level")[-1] == "amina"
    assert names("is_minor", descending=True)[0] == "amina"
    assert names("gender", descending=True)[0] == "kwame"  # Masculine after Feminine
    arrivals = names("arrival_date", descending=True)
    assert arrivals[:2] == ["kwame", "huong"]


def test_an_unknown_column_is_a_bug_not_a_query() -> None:
    with pytest.raises(ValueError, match="cannot be sorted"):
        CaseOrder("given_name")


def test_pages_follow_each_other_without_gaps(store: Store, cases: Cases) -> None:
    order = CaseOrder("case_code")
    first = case_list_service.page(store, CaseFilter(), order, 0, 2, today=D)
    second = case_list_service.page(store, CaseFilter(), order, 2, 2, today=D)
    third = case_list_service.page(store, CaseFilter(), order, 4, 2, today=D)
    assert [len(first), len(second), len(third)] == [2, 2, 1]
    everything = case_list_service.page(store, CaseFilter(), order, 0, 10, today=D)
    assert [row.id for row in first + second + third] == [row.id for row in everything]
    assert case_list_service.count(store) == 5
    assert case_service.count_cases(store) == 5


def test_filter_choices_offer_countries_in_use_and_offices(store: Store, cases: Cases) -> None:
    choices = case_list_service.filter_choices(store)
    assert choices.countries == ("GHA", "NGA", "UKR", "VNM")
    assert choices.offices == ((cases.lagos, "IOM Lagos"), (cases.paris, "IOM Paris"))


def test_the_older_list_cases_still_answers(store: Store, cases: Cases) -> None:
    rows = case_service.list_cases(store, search="eze", country="nga")
    assert [row.id for row in rows] == [cases.ids["ngozi"]]


@pytest.mark.parametrize("column", ["case_code", "country_of_return", "status", "arrival_date"])
@pytest.mark.parametrize("search", ["", "NGA-", "a", "nobody"])
def test_the_first_page_comes_with_the_count_in_the_same_order(
    store: Store, cases: Cases, column: str, search: str
) -> None:
    """first_page sorts a few matches itself rather than walking an index: same order."""
    for descending in (False, True):
        order, case_filter = CaseOrder(column, descending), CaseFilter(search=search)
        rows, total = case_list_service.first_page(store, case_filter, order, 3, today=D)
        expected = case_list_service.page(store, case_filter, order, 0, 3, today=D)
        assert [row.id for row in rows] == [row.id for row in expected]
        assert total == case_list_service.count(store, case_filter, today=D)
