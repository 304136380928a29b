"""Age and minority: a person is a minor under 18 on a given day."""

from __future__ import annotations

from datetime import date

ADULT_AGE = 18


def age_on(date_of_birth: date, on: date) -> int:
    years = on.year - date_of_birth.year
    if (on.month, on.day) < (date_of_birth.month, date_of_birth.day):
        years -= 1
    return years


def estimated_birth_date(estimated_age: int, estimated_on: date) -> date:
    """A birth date for an age estimated on a day: the middle of the possible year."""
    year = estimated_on.year - estimated_age - (1 if estimated_on.month < 7 else 0)
    return date(year, 7, 1)


def is_minor_on(
    on: date,
    date_of_birth: date | None,
    estimated_age: int | None = None,
    estimated_on: date | None = None,
) -> bool | None:
    """Whether the person is under 18 on `on`; None when neither birth date nor age is known."""
    if date_of_birth is None and estimated_age is not None and estimated_on is not None:
        date_of_birth = estimated_birth_date(estimated_age, estimated_on)
    if date_of_birth is None:
        return None
    return age_on(date_of_birth, on) < ADULT_AGE
