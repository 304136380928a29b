from __future__ import annotations

import pytest

from care_desktop.domain.countries import all_countries, country, normalise_country
from care_desktop.domain.errors import UnknownCountryError, UnknownRoleError
from care_desktop.domain.roles import Role, parse_role
from care_desktop.domain.settings import AUTO_LOCK_MINUTES, LANGUAGE


def test_countries_are_iso_alpha3_with_names_in_four_languages() -> None:
    countries = all_countries()
    assert len(countries) == 249
    assert country("civ").name("fr") == "Côte d’Ivoire"
    assert country("NGA").name("pt") == "Nigéria"
    assert normalise_country(" fra ") == "FRA"
    assert all(len(c.alpha3) == 3 and c.alpha3.isupper() for c in countries)


@pytest.mark.parametrize("code", ["", "XXX", "FR", "nigeria"])
def test_unknown_countries_are_refused_with_the_code(code: str) -> None:
    with pytest.raises(UnknownCountryError):
        country(code)


def test_roles() -> None:
    assert parse_role(" Field ") is Role.FIELD
    with pytest.raises(UnknownRoleError):
        parse_role("admin")


def test_settings_fall_back_to_their_default_on_bad_values() -> None:
    assert AUTO_LOCK_MINUTES.coerce(5) == 5
    assert AUTO_LOCK_MINUTES.coerce(0) == 10
    assert AUTO_LOCK_MINUTES.coerce(True) == 10
    assert AUTO_LOCK_MINUTES.coerce("5") == 10
    assert LANGUAGE.coerce("fr") == "fr"
    assert LANGUAGE.coerce("de") == ""
