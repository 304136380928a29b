"""Risk ratings: likelihood × severity on the usual 5×5 matrix, graded low, medium or high.

The scales and their labels are those of the common 5×5 likelihood × consequence matrix (the
consequence/likelihood matrix of IEC 31010, as laid out for instance in the NHS National Patient
Safety Agency's "A risk matrix for risk managers", 2008), with "severe" for the top consequence.
The score is likelihood × severity, 1 to 25, graded in the three levels a case file records:

    low     1–4    (1, 2, 3, 4)
    medium  5–12   (5, 6, 8, 9, 10, 12)
    high    15–25  (15, 16, 20, 25)

No product of two numbers from 1 to 5 is 7, 11, 13 or 14, so the bands leave no gap: 12 is the
highest medium score and 15 the lowest high one. A 5 on either scale alone is therefore medium
(5 × 1), and high needs at least a 3 on the other (5 × 3).
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum, StrEnum

from care_desktop.domain.errors import FIELD_CONTEXT, Msg, UserFacingError

SCALE_MIN = 1
SCALE_MAX = 5
_LOW_MAX = 4
_MEDIUM_MAX = 12


class RiskOutOfRangeError(UserFacingError):
    template = "{scale} must be a whole number from 1 to 5, not {value}."


class RiskLevel(StrEnum):
    """Low < medium < high. Comparisons go by rank, not by the text (where "high" < "low")."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def rank(self) -> int:
        """0 for low, 1 for medium, 2 for high."""
        return _RANKS[self]

    # str's own ordering would sort these alphabetically; comparing a level with plain text is
    # refused rather than silently done that way.
    def _other_rank(self, other: object) -> int:
        if not isinstance(other, RiskLevel):
            raise TypeError(f"cannot compare a risk level with {type(other).__name__}")
        return other.rank

    def __lt__(self, other: object) -> bool:
        return self.rank < self._other_rank(other)

    def __le__(self, other: object) -> bool:
        return self.rank <= self._other_rank(other)

    def __gt__(self, other: object) -> bool:
        return self.rank > self._other_rank(other)

    def __ge__(self, other: object) -> bool:
        return self.rank >= self._other_rank(other)


_RANKS = {RiskLevel.LOW: 0, RiskLevel.MEDIUM: 1, RiskLevel.HIGH: 2}


class Likelihood(IntEnum):
    RARE = 1
    UNLIKELY = 2
    POSSIBLE = 3
    LIKELY = 4
    ALMOST_CERTAIN = 5

    @property
    def label(self) -> str:
        """The English label ("almost certain"); the interface translates it."""
        return self.name.lower().replace("_", " ")


class Severity(IntEnum):
    NEGLIGIBLE = 1
    MINOR = 2
    MODERATE = 3
    MAJOR = 4
    SEVERE = 5

    @property
    def label(self) -> str:
        """The English label ("moderate"); the interface translates it."""
        return self.name.lower()


def _checked(value: object, scale: Msg) -> int:
    # bool is an int but never a rating; anything else reaching here came from outside the
    # typed code (an import, a synchronised record), hence a message rather than a crash.
    if isinstance(value, bool) or not isinstance(value, int) or not SCALE_MIN <= value <= SCALE_MAX:
        raise RiskOutOfRangeError(scale=scale, value=str(value)[:20])
    return int(value)


def risk_score(likelihood: int, severity: int) -> int:
    """likelihood × severity, 1 to 25. Raises RiskOutOfRangeError outside 1..5."""
    return _checked(likelihood, Msg(FIELD_CONTEXT, "Likelihood")) * _checked(
        severity, Msg(FIELD_CONTEXT, "Severity")
    )


def risk_level(likelihood: int, severity: int) -> RiskLevel:
    """The level of a risk rated `likelihood` and `severity` (each 1..5, or the enums)."""
    score = risk_score(likelihood, severity)
    if score <= _LOW_MAX:
        return RiskLevel.LOW
    if score <= _MEDIUM_MAX:
        return RiskLevel.MEDIUM
    return RiskLevel.HIGH


def overall_risk(items: Iterable[RiskLevel]) -> RiskLevel | None:
    """The highest of `items`, or None when nothing has been rated."""
    return max(items, key=lambda level: level.rank, default=None)


def matrix() -> tuple[tuple[RiskLevel, ...], ...]:
    """The 25 levels: row i is likelihood i + 1 (rare first), column j severity j + 1.

    The matrix is symmetric, since the score is a product; a printed grid that puts "almost
    certain" at the top reverses the rows.
    """
    return tuple(
        tuple(risk_level(likelihood, severity) for severity in Severity)
        for likelihood in Likelihood
    )
