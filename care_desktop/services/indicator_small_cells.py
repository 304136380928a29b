"""The disaggregated cells of the indicator report: their order, and which are withheld.

A donor report leaves the office; a cell counting one to four persons of a given sex, age
group, country and exploitation type could point to a person. In every disaggregation of a
case-based figure such a cell is withheld (shown "<5"); when only one cell of a breakdown would
be withheld, the next smallest is too, so that subtracting the others from the (exact) total
does not give it back. Zero cells are shown: they point to nobody.
"""

from __future__ import annotations

from collections.abc import Iterable

from care_desktop.domain import codes as c
from care_desktop.reports import indicator_data as d
from care_desktop.reports.indicator_data import Figure

_FIXED: dict[str, tuple[str, ...]] = {
    "sex": c.GENDER.values(),
    "age_group": d.AGE_GROUPS,
    "exploitation_type": c.EXPLOITATION_TYPE.values(),
    "organisation_type": c.TRAINING_AUDIENCE.values(),
}
_ALWAYS_SHOWN = frozenset({"age_group"})  # every group, even empty: the groups are the point


def ordered(dimension: str, present: Iterable[str]) -> list[str]:
    """The categories of a breakdown: a code list's order where there is one, else sorted;
    "unknown" last."""
    fixed = _FIXED.get(dimension, ())
    seen = set(present)
    shown = [name for name in fixed if name in seen or dimension in _ALWAYS_SHOWN]
    rest = sorted(seen - set(fixed) - {d.UNKNOWN})
    return shown + rest + ([d.UNKNOWN] if d.UNKNOWN in seen else [])


def withheld(
    cells: Iterable[tuple[str, int | float | None, int]],
) -> tuple[tuple[str, Figure], ...]:
    """(category, value, persons behind it) → (category, figure), small cells withheld."""
    found = list(cells)
    small = {name for name, _, persons in found if 0 < persons < d.SMALL_CELL}
    if len(small) == 1:
        others = sorted((persons, name) for name, _, persons in found if persons >= d.SMALL_CELL)
        if others:
            small.add(others[0][1])
    return tuple(
        (name, Figure(None, True) if name in small else Figure(value)) for name, value, _ in found
    )
