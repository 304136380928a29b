"""Country codes (ISO 3166-1 alpha-3) and their names in the application's languages."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from care_desktop.domain.countries_data import COUNTRIES
from care_desktop.domain.errors import UnknownCountryError

_LANGUAGE_COLUMN = {"en": 2, "fr": 3, "es": 4, "pt": 5}


@dataclass(frozen=True, slots=True)
class Country:
    alpha3: str
    alpha2: str
    names: tuple[str, str, str, str]

    def name(self, language: str = "en") -> str:
        return self.names[_LANGUAGE_COLUMN.get(language, 2) - 2]


@cache
def _by_code() -> dict[str, Country]:
    return {row[0]: Country(row[0], row[1], (row[2], row[3], row[4], row[5])) for row in COUNTRIES}


def all_countries() -> list[Country]:
    return list(_by_code().values())


def country(code: str) -> Country:
    """The country of an alpha-3 code (case-insensitive); a clear error for an unknown one."""
    found = _by_code().get(code.strip().upper())
    if found is None:
        raise UnknownCountryError(code=code.strip()[:12] or "''")
    return found


def normalise_country(code: str) -> str:
    return country(code).alpha3
