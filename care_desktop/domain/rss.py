"""Reintegration Sustainability Survey (RSS): the instrument, weight sets and scoring.

A survey is kept as its raw answers (indicator code -> answer code). Scores are always computed
from those answers with an instrument and a weight set, never stored, so that loading IOM's
official weight table later re-scores every past survey. The instrument and the placeholder
weights live in `rss_data`; see there for where they come from and what is our own design.

Pure domain code: no I/O, no Qt, no database.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from care_desktop.domain import rss_data
from care_desktop.domain.errors import UserFacingError

# Error parameters come from files and stored records written by other versions: keep them short
# so a bad file cannot flood a message.
_PARAM_LIMIT = 40

MAX_WEIGHT_SET_BYTES = 100_000


def _param(value: object) -> str:
    text = str(value)
    return (text[:_PARAM_LIMIT] + "…" if len(text) > _PARAM_LIMIT else text) or "''"


# --- errors ----------------------------------------------------------------------------------


class UnknownRssVersionError(UserFacingError):
    template = (
        "This survey was recorded with version {version} of the Reintegration Sustainability "
        "Survey, which this copy of CARE Desktop does not know. Install the latest version."
    )


class UnknownRssIndicatorError(UserFacingError):
    template = (
        "{code} is not a question of the Reintegration Sustainability Survey. The survey may come "
        "from another version of CARE Desktop; install the latest version or contact the office."
    )


class UnknownRssAnswerError(UserFacingError):
    template = (
        "{answer} is not a possible answer to survey question {indicator}. The survey may come "
        "from another version of CARE Desktop; install the latest version or contact the office."
    )


class InvalidWeightSetError(UserFacingError):
    """Base of the reasons a weight table is refused; each reason has its own sentence."""

    template = (
        "This file is not a valid RSS weight table. Ask the office for the file IOM provided."
    )


class WeightSetTooLargeError(InvalidWeightSetError):
    template = (
        "This file is larger than {limit_kb} kB, far too large for an RSS weight table. Check "
        "that you chose the right file."
    )


class WeightSetNotJsonError(InvalidWeightSetError):
    template = (
        "This file is not a JSON document, so it cannot be an RSS weight table. Check that you "
        "chose the right file, or ask the office for a new copy."
    )


class WeightSetDuplicateKeyError(InvalidWeightSetError):
    template = (
        "The weight table names {key} twice, so it is ambiguous. Keep one entry for {key} and "
        "load it again, or ask the office for a corrected file."
    )


class WeightSetNonFiniteNumberError(InvalidWeightSetError):
    template = (
        "The weight table contains a number that is not finite (NaN or Infinity). Replace it "
        "with an ordinary number, or ask the office for a corrected file."
    )


class WeightSetMissingFieldError(InvalidWeightSetError):
    template = (
        "The weight table has no {field} entry. Add it, or ask the office for a corrected file."
    )


class WeightSetUnknownFieldError(InvalidWeightSetError):
    template = (
        "The weight table has an entry {field} that CARE Desktop does not know. Remove it, or "
        "ask the office for a corrected file."
    )


class WeightSetFieldTypeError(InvalidWeightSetError):
    template = (
        "The {field} entry of the weight table is empty or of the wrong kind. Correct it, or ask "
        "the office for a corrected file."
    )


class WeightSetUnknownIndicatorError(InvalidWeightSetError):
    template = (
        "The weight table gives a weight for {code}, which is not a question of this survey. "
        "The table may be meant for another version of the survey; ask the office."
    )


class WeightSetMissingIndicatorError(InvalidWeightSetError):
    template = (
        "The weight table gives no weight for survey question {code}. Every question needs a "
        "weight (0 to leave it out); ask the office for a complete table."
    )


class WeightSetUnknownDimensionError(InvalidWeightSetError):
    template = (
        "The weight table weighs a dimension {dimension}, but the survey only has the economic, "
        "social and psychosocial dimensions. Ask the office for a corrected file."
    )


class WeightSetMissingDimensionError(InvalidWeightSetError):
    template = (
        "The weight table gives no weight for the {dimension} dimension. Ask the office for a "
        "complete table."
    )


class WeightSetNegativeWeightError(InvalidWeightSetError):
    template = (
        "The weight of {name} is negative. Weights must be 0 or more; ask the office for a "
        "corrected file."
    )


class WeightSetZeroDimensionError(InvalidWeightSetError):
    template = (
        "The weights of the {dimension} questions add up to 0, so that dimension could never be "
        "scored. At least one of them must be above 0; ask the office for a corrected file."
    )


class WeightSetZeroCompositeError(InvalidWeightSetError):
    template = (
        "The weights of the three dimensions add up to 0, so no overall score could be computed. "
        "At least one must be above 0; ask the office for a corrected file."
    )


# --- the instrument --------------------------------------------------------------------------


class Dimension(StrEnum):
    ECONOMIC = "economic"
    SOCIAL = "social"
    PSYCHOSOCIAL = "psychosocial"


@dataclass(frozen=True, slots=True)
class AnswerOption:
    """One answer; `score` is in [0, 1], or None for "no answer / does not apply"."""

    code: str
    label: str
    # None rather than a number: an answer that says nothing about reintegration must not pull a
    # score down (as 0 would) or up; it is left out and the weights renormalise.
    score: float | None

    def __post_init__(self) -> None:
        if self.score is not None and not (math.isfinite(self.score) and 0.0 <= self.score <= 1.0):
            raise ValueError(f"answer {self.code}: score {self.score} is outside [0, 1]")

    @property
    def scored(self) -> bool:
        return self.score is not None


@dataclass(frozen=True, slots=True)
class Indicator:
    code: str
    dimension: Dimension
    question: str  # English; the interface translates it
    answers: tuple[AnswerOption, ...]

    def __post_init__(self) -> None:
        codes = [answer.code for answer in self.answers]
        if len(set(codes)) != len(codes):
            raise ValueError(f"indicator {self.code}: answer codes repeat")
        if not any(answer.scored for answer in self.answers):
            raise ValueError(f"indicator {self.code}: no scored answer")

    def answer(self, code: str) -> AnswerOption:
        for option in self.answers:
            if option.code == code:
                return option
        raise UnknownRssAnswerError(indicator=_param(self.code), answer=_param(code))


@dataclass(frozen=True, slots=True)
class Instrument:
    version: str
    indicators: tuple[Indicator, ...]

    def __post_init__(self) -> None:
        codes = self.codes()
        if len(set(codes)) != len(codes):
            raise ValueError(f"instrument {self.version}: indicator codes repeat")
        empty = set(Dimension) - {indicator.dimension for indicator in self.indicators}
        if empty:
            raise ValueError(f"instrument {self.version}: no indicator for {sorted(empty)}")

    def codes(self) -> tuple[str, ...]:
        return tuple(indicator.code for indicator in self.indicators)

    def indicator(self, code: str) -> Indicator:
        for indicator in self.indicators:
            if indicator.code == code:
                return indicator
        raise UnknownRssIndicatorError(code=_param(code))

    def in_dimension(self, dimension: Dimension) -> tuple[Indicator, ...]:
        return tuple(i for i in self.indicators if i.dimension is dimension)


def _build_instrument(version: str, rows: tuple[rss_data.IndicatorRow, ...]) -> Instrument:
    no_answer = AnswerOption(rss_data.NO_ANSWER_CODE, rss_data.NO_ANSWER_LABEL, None)
    return Instrument(
        version,
        tuple(
            Indicator(
                code,
                Dimension(dimension),
                question,
                (*(AnswerOption(*answer) for answer in answers), no_answer),
            )
            for code, dimension, question, answers in rows
        ),
    )


NO_ANSWER = rss_data.NO_ANSWER_CODE
RSS_V1 = _build_instrument(rss_data.INSTRUMENT_VERSION, rss_data.INDICATORS)
CURRENT_INSTRUMENT = RSS_V1
INSTRUMENTS: Mapping[str, Instrument] = MappingProxyType({RSS_V1.version: RSS_V1})


def instrument_by_version(version: str) -> Instrument:
    """The instrument a survey was recorded with, by its version."""
    found = INSTRUMENTS.get(version)
    if found is None:
        raise UnknownRssVersionError(version=_param(version))
    return found


# --- weight sets -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WeightSet:
    """Weights per indicator (relative, within its dimension) and per dimension (composite).

    Weights are relative: only their proportions within a dimension (or among dimensions)
    matter, so a table summing to 1, to 100 or to anything else gives the same scores.
    """

    version: str
    official: bool
    source: str
    indicator_weights: Mapping[str, float]
    dimension_weights: Mapping[Dimension, float]

    def __post_init__(self) -> None:
        # Read-only copies: a caller mutating its dict afterwards must not change the weights.
        object.__setattr__(
            self, "indicator_weights", MappingProxyType(dict(self.indicator_weights))
        )
        object.__setattr__(
            self,
            "dimension_weights",
            MappingProxyType({Dimension(k): v for k, v in self.dimension_weights.items()}),
        )


PLACEHOLDER_WEIGHTS = WeightSet(
    version=rss_data.PLACEHOLDER_WEIGHTS_VERSION,
    official=False,
    source=rss_data.PLACEHOLDER_WEIGHTS_SOURCE,
    indicator_weights=rss_data.PLACEHOLDER_INDICATOR_WEIGHTS,
    dimension_weights={Dimension(k): v for k, v in rss_data.PLACEHOLDER_DIMENSION_WEIGHTS.items()},
)


def _check_weight(name: str, value: float) -> None:
    if not math.isfinite(value):
        raise WeightSetNonFiniteNumberError()
    if value < 0:
        raise WeightSetNegativeWeightError(name=_param(name))


def check_weight_set(weights: WeightSet, instrument: Instrument = CURRENT_INSTRUMENT) -> None:
    """Raise the InvalidWeightSetError that says why `weights` cannot score `instrument`."""
    for code in weights.indicator_weights:
        if code not in instrument.codes():
            raise WeightSetUnknownIndicatorError(code=_param(code))
    for code in instrument.codes():
        if code not in weights.indicator_weights:
            raise WeightSetMissingIndicatorError(code=_param(code))
    for dimension in Dimension:
        if dimension not in weights.dimension_weights:
            raise WeightSetMissingDimensionError(dimension=dimension.value)
    for code, value in weights.indicator_weights.items():
        _check_weight(code, value)
    for dimension, value in weights.dimension_weights.items():
        _check_weight(dimension.value, value)
    for dimension in Dimension:
        codes = [indicator.code for indicator in instrument.in_dimension(dimension)]
        if math.fsum(weights.indicator_weights[code] for code in codes) <= 0:
            raise WeightSetZeroDimensionError(dimension=dimension.value)
    if math.fsum(weights.dimension_weights.values()) <= 0:
        raise WeightSetZeroCompositeError()


# The JSON document: exactly these keys at the top level.
_FIELDS = ("version", "official", "source", "indicator_weights", "dimension_weights")
_MAX_VERSION_CHARS = 64
_MAX_SOURCE_CHARS = 2000


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise WeightSetDuplicateKeyError(key=_param(key))
        result[key] = value
    return result


def _no_constants(name: str) -> float:
    # json accepts NaN, Infinity and -Infinity by default; a weight table must not.
    raise WeightSetNonFiniteNumberError()


def _text(document: Mapping[str, Any], field: str, limit: int) -> str:
    value = document[field]
    if not isinstance(value, str) or not value.strip() or len(value) > limit:
        raise WeightSetFieldTypeError(field=field)
    return value


def _weights(value: Any, field: str) -> dict[str, float]:
    if not isinstance(value, dict):
        raise WeightSetFieldTypeError(field=field)
    weights: dict[str, float] = {}
    for name, weight in value.items():
        # bool is an int in Python but `true` is no weight
        if isinstance(weight, bool) or not isinstance(weight, int | float):
            raise WeightSetFieldTypeError(field=f"{field}.{_param(name)}")
        try:
            number = float(weight) + 0.0  # + 0.0 turns -0.0 into 0.0
        except OverflowError:  # an integer of hundreds of digits
            raise WeightSetNonFiniteNumberError() from None
        _check_weight(name, number)  # 1e999 parses as inf
        weights[name] = number
    return weights


def parse_weight_set(text: str, instrument: Instrument = CURRENT_INSTRUMENT) -> WeightSet:
    """Read a weight table from JSON, refusing anything doubtful with a specific error.

    The document is an object with exactly the keys version (text), official (true/false),
    source (text), indicator_weights (indicator code -> weight, every indicator of the instrument)
    and dimension_weights ("economic", "social", "psychosocial" -> weight); weights are numbers
    of 0 or more. This is how IOM's official table will be loaded when it arrives.
    """
    if len(text.encode("utf-8", errors="surrogatepass")) > MAX_WEIGHT_SET_BYTES:
        raise WeightSetTooLargeError(limit_kb=MAX_WEIGHT_SET_BYTES // 1000)
    try:
        document = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except (ValueError, RecursionError):
        raise WeightSetNotJsonError() from None
    if not isinstance(document, dict):
        raise WeightSetNotJsonError()
    for field in _FIELDS:
        if field not in document:
            raise WeightSetMissingFieldError(field=field)
    for field in document:
        if field not in _FIELDS:
            raise WeightSetUnknownFieldError(field=_param(field))
    official = document["official"]
    if not isinstance(official, bool):
        raise WeightSetFieldTypeError(field="official")
    indicator_weights = _weights(document["indicator_weights"], "indicator_weights")
    raw_dimensions = _weights(document["dimension_weights"], "dimension_weights")
    known = {dimension.value for dimension in Dimension}
    for name in raw_dimensions:
        if name not in known:
            raise WeightSetUnknownDimensionError(dimension=_param(name))
    weights = WeightSet(
        version=_text(document, "version", _MAX_VERSION_CHARS),
        official=official,
        source=_text(document, "source", _MAX_SOURCE_CHARS),
        indicator_weights=indicator_weights,
        dimension_weights={Dimension(name): value for name, value in raw_dimensions.items()},
    )
    check_weight_set(weights, instrument)
    return weights


def weight_set_to_json(weights: WeightSet) -> str:
    """The weight set as a JSON document that `parse_weight_set` reads back unchanged.

    Deterministic (sorted keys, fixed indentation, shortest float repr), so two exports of the
    same weights are byte-identical and can be compared or signed.
    """
    document = {
        "version": weights.version,
        "official": weights.official,
        "source": weights.source,
        "indicator_weights": {code: float(w) for code, w in weights.indicator_weights.items()},
        "dimension_weights": {d.value: float(w) for d, w in weights.dimension_weights.items()},
    }
    return (
        json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False, allow_nan=False) + "\n"
    )


# --- scoring ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RssScores:
    """Scores in [0, 1]; None where nothing could be scored. Unrounded: see `round_score`.

    A dimension is None when none of its indicators has a scored answer (or, with a weight set
    that gives some indicators 0, when only those were answered); the composite is None when no
    dimension with a weight above 0 could be scored.
    """

    economic: float | None
    social: float | None
    psychosocial: float | None
    composite: float | None
    answered: int  # indicators with a scored answer
    missing: tuple[str, ...]  # indicator codes without one (unanswered or "no answer"), in order

    def dimension(self, dimension: Dimension) -> float | None:
        return {
            Dimension.ECONOMIC: self.economic,
            Dimension.SOCIAL: self.social,
            Dimension.PSYCHOSOCIAL: self.psychosocial,
        }[dimension]


def _weighted_mean(pairs: list[tuple[float, float]]) -> float | None:
    """Mean of (weight, value) pairs, weights renormalised over the pairs given; None if the
    pairs carry no weight."""
    pairs = [(weight, value) for weight, value in pairs if weight > 0]
    if not pairs:
        return None
    # Dividing by the largest weight first keeps the sums away from overflow (huge weights) and
    # underflow (tiny ones); only proportions matter.
    largest = max(weight for weight, _ in pairs)
    scaled = [(weight / largest, value) for weight, value in pairs]
    mean = math.fsum(w * v for w, v in scaled) / math.fsum(w for w, _ in scaled)
    # A weighted mean lies between the smallest and largest value; clamping only removes the
    # last-bit noise of floating point, so the guarantee holds exactly.
    values = [value for _, value in pairs]
    return min(max(mean, min(values)), max(values))


def check_answers(instrument: Instrument, answers: Mapping[str, str]) -> None:
    """Raise if an answer names an indicator or an answer code the instrument does not have."""
    for code, answer in answers.items():
        instrument.indicator(code).answer(answer)


# The pair checked last, held (not its ids, which a collected object could pass on): a report
# scores tens of thousands of surveys with one weight set, and checking it each time was half
# of the scoring (the indicator report at 100,000 cases).
_checked: tuple[WeightSet, Instrument] | None = None


def _check_once(weights: WeightSet, instrument: Instrument) -> None:
    global _checked  # noqa: PLW0603 - a one-entry memo of an immutable pair
    last = _checked
    if last is not None and last[0] is weights and last[1] is instrument:
        return
    check_weight_set(weights, instrument)
    _checked = (weights, instrument)


def score(instrument: Instrument, weights: WeightSet, answers: Mapping[str, str]) -> RssScores:
    """Dimension and composite scores of one survey's raw answers.

    A dimension score is the weighted mean of its scored indicators, the weights renormalised
    over the indicators that were answered; the composite is the weighted mean of the dimension
    scores there are, the dimension weights renormalised likewise. "No answer" and unanswered
    indicators are left out, not counted as 0.
    """
    _check_once(weights, instrument)
    check_answers(instrument, answers)
    by_dimension: dict[Dimension, list[tuple[float, float]]] = {d: [] for d in Dimension}
    missing: list[str] = []
    for indicator in instrument.indicators:
        code = answers.get(indicator.code)
        value = None if code is None else indicator.answer(code).score
        if value is None:
            missing.append(indicator.code)
        else:
            by_dimension[indicator.dimension].append(
                (weights.indicator_weights[indicator.code], value)
            )
    dimension_scores = {d: _weighted_mean(pairs) for d, pairs in by_dimension.items()}
    composite = _weighted_mean(
        [(weights.dimension_weights[d], s) for d, s in dimension_scores.items() if s is not None]
    )
    return RssScores(
        economic=dimension_scores[Dimension.ECONOMIC],
        social=dimension_scores[Dimension.SOCIAL],
        psychosocial=dimension_scores[Dimension.PSYCHOSOCIAL],
        composite=composite,
        answered=len(instrument.indicators) - len(missing),
        missing=tuple(missing),
    )


def round_score(x: float) -> float:
    """A score rounded to 3 decimals, half to even, for display only (never for storage).

    Rounds the decimal number the user would see (repr), so 0.0625 gives 0.062 and 0.1235 gives
    0.124, where round() would work on the binary value underneath.
    """
    return float(Decimal(repr(x)).quantize(Decimal("0.001"), rounding=ROUND_HALF_EVEN))
