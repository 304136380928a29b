"""Sets of sequence numbers as sorted, disjoint, non-adjacent inclusive ranges.

What a device holds of each origin's writes is such a set: usually one range (1..n), with holes
where writes were kept back (outside the device's scope, waiting for consent) or have not
arrived yet. Exact sets, not just "everything up to n", let a bundle carry exactly what its
recipient lacks, however fragmented the recipient's holdings are.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence

Range = tuple[int, int]


def from_numbers(numbers: Iterable[int]) -> list[Range]:
    """The ranges of these numbers (any order, duplicates allowed)."""
    result: list[Range] = []
    for number in sorted(set(numbers)):
        if result and number == result[-1][1] + 1:
            result[-1] = (result[-1][0], number)
        else:
            result.append((number, number))
    return result


def union(*sets: Sequence[Range]) -> list[Range]:
    """Every number in any of the sets, as ranges."""
    spans = sorted(span for ranges in sets for span in ranges)
    result: list[Range] = []
    for low, high in spans:
        if result and low <= result[-1][1] + 1:
            if high > result[-1][1]:
                result[-1] = (result[-1][0], high)
        else:
            result.append((low, high))
    return result


def difference(first: Sequence[Range], second: Sequence[Range]) -> list[Range]:
    """The numbers of the first set that are not in the second."""
    result: list[Range] = []
    index = 0
    for low, high in first:
        start = low
        while index < len(second) and second[index][1] < start:
            index += 1
        probe = index
        while probe < len(second) and second[probe][0] <= high:
            other_low, other_high = second[probe]
            if other_low > start:
                result.append((start, other_low - 1))
            start = max(start, other_high + 1)
            if start > high:
                break
            probe += 1
        if start <= high:
            result.append((start, high))
    return result


def contains(ranges: Sequence[Range], number: int, starts: Sequence[int] | None = None) -> bool:
    """Whether the number is in the set (`starts`: the ranges' lows, to bisect many times)."""
    lows = starts if starts is not None else [low for low, _ in ranges]
    index = bisect_right(lows, number) - 1
    return index >= 0 and number <= ranges[index][1]


def count(ranges: Sequence[Range]) -> int:
    return sum(high - low + 1 for low, high in ranges)


def missing(ranges: Sequence[Range], upto: int) -> list[Range]:
    """The numbers from 1 to `upto` that are not in the set."""
    result: list[Range] = []
    expected = 1
    for low, high in ranges:
        if low > upto:
            break
        if low > expected:
            result.append((expected, low - 1))
        expected = max(expected, high + 1)
    if expected <= upto:
        result.append((expected, upto))
    return result


def prefix(ranges: Sequence[Range]) -> int:
    """The highest n such that the set holds every number from 1 to n (0 if it lacks 1)."""
    return ranges[0][1] if ranges and ranges[0][0] <= 1 else 0


def parse(value: object, *, limit: int) -> list[Range] | None:
    """Ranges from untrusted JSON ([[low, high], ...], sorted, disjoint, positive), or None."""
    if not isinstance(value, list) or len(value) > limit:
        return None
    result: list[Range] = []
    previous = 0
    for item in value:
        if not (isinstance(item, list) and len(item) == 2):
            return None
        low, high = item
        if type(low) is not int or type(high) is not int or not previous < low <= high:
            return None
        result.append((low, high))
        previous = high + 1  # adjacent ranges would have been one
    return result
