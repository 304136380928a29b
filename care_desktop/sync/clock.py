"""Hybrid logical clock: wall-clock milliseconds and a counter, never going backwards.

Stamps order concurrent writes deterministically for display only; which write replaces which
is decided by what each write says it supersedes, never by clocks. A device whose clock is days
wrong therefore changes which of two concurrent values is shown first, not what is kept.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

_WIDTH_MS = 15
_WIDTH_COUNTER = 6


@dataclass(frozen=True, order=True, slots=True)
class Stamp:
    millis: int
    counter: int

    def text(self) -> str:
        """Sortable as text: fixed-width, zero-padded."""
        return f"{self.millis:0{_WIDTH_MS}d}.{self.counter:0{_WIDTH_COUNTER}d}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        millis, _, counter = text.partition(".")
        if len(millis) != _WIDTH_MS or len(counter) != _WIDTH_COUNTER:
            raise ValueError("not a clock stamp")
        return cls(int(millis), int(counter))


_STAMP = re.compile(rf"[0-9]{{{_WIDTH_MS}}}\.[0-9]{{{_WIDTH_COUNTER}}}")


def is_stamp(text: str) -> bool:
    """Whether this text is a clock stamp as `Stamp.text` writes it (cheaper than parsing)."""
    return _STAMP.fullmatch(text) is not None


ZERO = Stamp(0, 0)
# A remote stamp further ahead than this is not allowed to drag our clock along (it would make
# every later local write look newer than it is); it is still merged, as a tie-breaker only.
MAX_DRIFT_MS = 366 * 24 * 3600 * 1000


def time_now() -> int:
    return time.time_ns() // 1_000_000


def now_millis() -> int:
    """This device's wall clock (tests replace it to give devices skewed clocks)."""
    return time_now()


def tick(last: Stamp, wall: int | None = None) -> Stamp:
    """The stamp of a new local write after `last`."""
    wall = now_millis() if wall is None else wall
    if wall > last.millis:
        return Stamp(wall, 0)
    return Stamp(last.millis, last.counter + 1)


def observe(last: Stamp, remote: Stamp, wall: int | None = None) -> Stamp:
    """Our clock after seeing a remote stamp (so later local writes come after it)."""
    wall = now_millis() if wall is None else wall
    if remote.millis > wall + MAX_DRIFT_MS:
        return last
    return max(last, remote)
