"""Sequence-number sets as ranges: every operation agrees with Python's own sets."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from care_desktop.sync import ranges

numbers = st.sets(st.integers(min_value=1, max_value=60), max_size=40)


def _set(spans: list[ranges.Range]) -> set[int]:
    return {n for low, high in spans for n in range(low, high + 1)}


def _canonical(spans: list[ranges.Range]) -> bool:
    """Sorted, disjoint, never adjacent: one way only to write each set."""
    return all(a[1] + 1 < b[0] for a, b in pairwise(spans)) and all(
        low <= high for low, high in spans
    )


@given(numbers)
def test_from_numbers_is_the_set_in_canonical_form(values: set[int]) -> None:
    spans = ranges.from_numbers(values)
    assert _set(spans) == values
    assert _canonical(spans)
    assert ranges.count(spans) == len(values)


@given(numbers, numbers)
def test_union_and_difference_are_the_set_operations(a: set[int], b: set[int]) -> None:
    first, second = ranges.from_numbers(a), ranges.from_numbers(b)
    assert _set(ranges.union(first, second)) == a | b
    assert _canonical(ranges.union(first, second))
    assert _set(ranges.difference(first, second)) == a - b
    assert _canonical(ranges.difference(first, second))


@given(numbers, st.integers(min_value=0, max_value=70))
def test_missing_prefix_and_contains(values: set[int], upto: int) -> None:
    spans = ranges.from_numbers(values)
    assert _set(ranges.missing(spans, upto)) == set(range(1, upto + 1)) - values
    starts = [low for low, _ in spans]
    for n in range(1, 70):
        assert ranges.contains(spans, n, starts) == (n in values)
    expected = 0
    while expected + 1 in values:
        expected += 1
    assert ranges.prefix(spans) == expected


@given(numbers)
def test_parse_accepts_exactly_the_canonical_json_form(values: set[int]) -> None:
    spans = ranges.from_numbers(values)
    assert ranges.parse([list(span) for span in spans], limit=100) == spans


def test_parse_refuses_what_is_not_a_canonical_set() -> None:
    for bad in (
        [[0, 3]],  # sequences start at 1
        [[3, 2]],  # reversed
        [[1, 3], [4, 6]],  # adjacent: would be one range
        [[5, 6], [1, 2]],  # unsorted
        [[1, 3], [2, 6]],  # overlapping
        [[1, True]],  # not a number
        [[1, 2, 3]],
        {"1": 2},
        [[1, 2]] * 3,
    ):
        assert ranges.parse(bad, limit=2) is None, bad
