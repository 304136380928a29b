"""Reintegration Sustainability Survey: the instrument, scoring by hand-checked examples, weight
tables (round trip and every refusal) and the range properties of the scores."""

from __future__ import annotations

import json
import re
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from care_desktop.domain import rss
from care_desktop.domain.errors import UserFacingError
from care_desktop.domain.rss import (
    CURRENT_INSTRUMENT,
    NO_ANSWER,
    PLACEHOLDER_WEIGHTS,
    RSS_V1,
    Dimension,
    InvalidWeightSetError,
    RssScores,
    UnknownRssAnswerError,
    UnknownRssIndicatorError,
    UnknownRssVersionError,
    WeightSet,
    instrument_by_version,
    parse_weight_set,
    round_score,
    score,
    weight_set_to_json,
)

CODES = RSS_V1.codes()


def best() -> dict[str, str]:
    return {i.code: i.answers[0].code for i in RSS_V1.indicators}


def worst() -> dict[str, str]:
    return {i.code: [a for a in i.answers if a.scored][-1].code for i in RSS_V1.indicators}


# The mixed survey used by several tests, with the score of each answer (placeholder scales).
MIXED = {
    "eco_income": "irregular",  # 0.5
    "eco_satisfaction": "satisfied",  # 0.75
    "eco_food": "never",  # 1.0
    "eco_borrow": "no",  # 0.0
    "eco_debt": "less",  # 0.5
    "soc_housing": "adequate",  # 1.0
    "soc_documents": "some",  # 0.5
    "soc_health": "difficult",  # 0.5
    "soc_education": NO_ANSWER,  # left out
    "soc_justice": "no",  # 0.0
    "psy_participation": "sometimes",  # 0.5
    "psy_support": "several",  # 1.0
    "psy_belonging": "agree",  # 0.75
    "psy_safety": "often",  # 0.75
    # psy_distress not asked: left out
}


def weights(
    indicator: dict[str, float] | None = None, dimension: dict[str, float] | None = None
) -> WeightSet:
    """The placeholder weights with some entries changed."""
    return WeightSet(
        version="test",
        official=False,
        source="test weights",
        indicator_weights={code: 1.0 for code in CODES} | (indicator or {}),
        dimension_weights={d: 1.0 for d in Dimension}
        | {Dimension(k): v for k, v in (dimension or {}).items()},
    )


# --- the instrument ----------------------------------------------------------------------------


def test_version_1_has_15_indicators_five_per_dimension() -> None:
    assert RSS_V1.version == "1"
    assert CURRENT_INSTRUMENT is RSS_V1
    assert instrument_by_version("1") is RSS_V1
    assert len(RSS_V1.indicators) == 15
    assert len(set(CODES)) == 15
    for dimension in Dimension:
        assert len(RSS_V1.in_dimension(dimension)) == 5


def test_every_indicator_runs_from_1_to_0_and_can_be_left_unanswered() -> None:
    for indicator in RSS_V1.indicators:
        scores = [a.score for a in indicator.answers if a.score is not None]
        assert scores[0] == 1.0, indicator.code
        assert scores[-1] == 0.0, indicator.code
        assert scores == sorted(scores, reverse=True), indicator.code
        assert indicator.answer(NO_ANSWER).score is None
        assert indicator.question.strip()
        assert all(a.label.strip() for a in indicator.answers)


def test_an_unknown_instrument_version_is_refused() -> None:
    with pytest.raises(UnknownRssVersionError):
        instrument_by_version("2")


def test_a_badly_built_instrument_is_a_bug_not_a_user_error() -> None:
    with pytest.raises(ValueError, match="outside"):
        rss.AnswerOption("x", "x", 1.5)
    with pytest.raises(ValueError, match="no scored answer"):
        rss.Indicator("x", Dimension.SOCIAL, "?", (rss.AnswerOption("na", "n/a", None),))


# --- scoring: worked examples --------------------------------------------------------------------


def test_all_best_answers_score_1() -> None:
    result = score(RSS_V1, PLACEHOLDER_WEIGHTS, best())
    assert result == RssScores(1.0, 1.0, 1.0, 1.0, answered=15, missing=())


def test_all_worst_answers_score_0() -> None:
    result = score(RSS_V1, PLACEHOLDER_WEIGHTS, worst())
    assert result == RssScores(0.0, 0.0, 0.0, 0.0, answered=15, missing=())


def test_a_mixed_survey_with_the_placeholder_weights() -> None:
    # Equal weights, so every score is a plain mean of the answered indicators:
    #   economic     = (0.5 + 0.75 + 1.0 + 0.0 + 0.5) / 5 = 2.75 / 5 = 0.55
    #   social       = (1.0 + 0.5 + 0.5 + 0.0) / 4          = 2.0 / 4 = 0.5   (education: no answer)
    #   psychosocial = (0.5 + 1.0 + 0.75 + 0.75) / 4        = 3.0 / 4 = 0.75  (distress: not asked)
    #   composite    = (0.55 + 0.5 + 0.75) / 3              = 1.8 / 3 = 0.6
    result = score(RSS_V1, PLACEHOLDER_WEIGHTS, MIXED)
    assert result.economic == pytest.approx(0.55)
    assert result.social == 0.5
    assert result.psychosocial == 0.75
    assert result.composite == pytest.approx(0.6)
    assert result.answered == 13
    assert result.missing == ("soc_education", "psy_distress")
    assert result.dimension(Dimension.SOCIAL) == result.social


def test_no_answer_is_left_out_not_counted_as_zero() -> None:
    # Social with education "no answer": (1.0 + 0.5 + 0.5 + 0.0) / 4 = 0.5.
    # Had it counted as 0 it would be 2.0 / 5 = 0.4; and answering it "no" does give 0.4.
    assert score(RSS_V1, PLACEHOLDER_WEIGHTS, MIXED).social == 0.5
    answered_no = MIXED | {"soc_education": "no"}
    assert score(RSS_V1, PLACEHOLDER_WEIGHTS, answered_no).social == pytest.approx(0.4)
    # Leaving a question out or answering "no answer" is the same thing.
    without = {k: v for k, v in MIXED.items() if k != "soc_education"}
    assert score(RSS_V1, PLACEHOLDER_WEIGHTS, without) == score(RSS_V1, PLACEHOLDER_WEIGHTS, MIXED)


def test_a_dimension_without_answers_is_none_and_the_composite_renormalises() -> None:
    # Only the economic questions answered, all best: economic 1.0, others None, composite is
    # the economic score alone (its weight renormalised to 1), not (1 + 0 + 0) / 3.
    answers = {code: answer for code, answer in best().items() if code.startswith("eco_")}
    answers["soc_health"] = NO_ANSWER
    result = score(RSS_V1, PLACEHOLDER_WEIGHTS, answers)
    assert result == RssScores(1.0, None, None, 1.0, answered=5, missing=CODES[5:])


def test_nothing_answered_scores_nothing() -> None:
    result = score(RSS_V1, PLACEHOLDER_WEIGHTS, {})
    assert result == RssScores(None, None, None, None, answered=0, missing=CODES)


def test_other_weights_rescore_the_same_raw_answers() -> None:
    # eco_income weighs 3 instead of 1 and the economic dimension 2 instead of 1:
    #   economic  = (3 * 1/2 + 3/4 + 1 + 0 + 1/2) / (3 + 1 + 1 + 1 + 1) = (15/4) / 7 = 15/28
    #   social and psychosocial unchanged: 1/2 and 3/4
    #   composite = (2 * 15/28 + 1/2 + 3/4) / (2 + 1 + 1) = (30/28 + 35/28) / 4 = 65/112
    heavier = weights({"eco_income": 3.0}, {"economic": 2.0})
    before = score(RSS_V1, PLACEHOLDER_WEIGHTS, MIXED)
    after = score(RSS_V1, heavier, MIXED)
    assert after.economic == pytest.approx(float(Fraction(15, 28)))
    assert after.social == before.social == 0.5
    assert after.composite == pytest.approx(float(Fraction(65, 112)))
    assert after.composite != before.composite


def test_weights_are_relative() -> None:
    # Multiplying every weight by the same factor changes nothing.
    scaled = weights({code: 100.0 for code in CODES}, {d.value: 7.0 for d in Dimension})
    assert score(RSS_V1, scaled, MIXED) == score(RSS_V1, PLACEHOLDER_WEIGHTS, MIXED)


def test_a_zero_weight_leaves_an_indicator_out_of_its_dimension() -> None:
    # eco_borrow (answered 0.0) weighs 0: economic = (0.5 + 0.75 + 1.0 + 0.5) / 4 = 0.6875
    result = score(RSS_V1, weights({"eco_borrow": 0.0}), MIXED)
    assert result.economic == 0.6875
    assert "eco_borrow" not in result.missing  # it was answered; it just does not count


def test_unknown_codes_in_the_answers_are_refused() -> None:
    with pytest.raises(UnknownRssIndicatorError) as caught:
        score(RSS_V1, PLACEHOLDER_WEIGHTS, {"eco_lottery": "yes"})
    assert caught.value.params == {"code": "eco_lottery"}
    with pytest.raises(UnknownRssAnswerError) as answer:
        score(RSS_V1, PLACEHOLDER_WEIGHTS, {"eco_food": "daily"})
    assert answer.value.params == {"indicator": "eco_food", "answer": "daily"}


def test_weights_that_do_not_fit_the_instrument_are_refused_at_scoring() -> None:
    incomplete = weights()
    del_code = dict(incomplete.indicator_weights)
    del del_code["psy_safety"]
    broken = WeightSet("x", False, "x", del_code, incomplete.dimension_weights)
    with pytest.raises(rss.WeightSetMissingIndicatorError):
        score(RSS_V1, broken, MIXED)


def test_scores_are_not_rounded_but_can_be_for_display() -> None:
    # One third: the social score of housing 1, documents 0, health 0.
    result = score(RSS_V1, PLACEHOLDER_WEIGHTS, {"soc_housing": "adequate", "soc_health": "no"})
    assert result.social == 0.5
    third = score(
        RSS_V1,
        PLACEHOLDER_WEIGHTS,
        {"soc_housing": "adequate", "soc_health": "no", "soc_justice": "no"},
    ).social
    assert third == 1 / 3
    assert round_score(1 / 3) == 0.333
    assert round_score(2 / 3) == 0.667
    # half to even, on the decimal digits shown
    assert round_score(0.0625) == 0.062
    assert round_score(0.0635) == 0.064
    assert round_score(0.1235) == 0.124
    assert round_score(1.0) == 1.0
    assert round_score(0.0) == 0.0


# --- weight tables -------------------------------------------------------------------------------


def test_the_placeholder_says_it_is_not_official() -> None:
    assert PLACEHOLDER_WEIGHTS.version == "placeholder-1"
    assert PLACEHOLDER_WEIGHTS.official is False
    assert "NOT the official IOM weighting" in PLACEHOLDER_WEIGHTS.source
    assert "Replace" in PLACEHOLDER_WEIGHTS.source
    rss.check_weight_set(PLACEHOLDER_WEIGHTS, RSS_V1)


def test_the_placeholder_round_trips_through_json() -> None:
    text = weight_set_to_json(PLACEHOLDER_WEIGHTS)
    assert parse_weight_set(text) == PLACEHOLDER_WEIGHTS
    assert weight_set_to_json(parse_weight_set(text)) == text


def test_json_export_is_deterministic() -> None:
    reordered = WeightSet(
        PLACEHOLDER_WEIGHTS.version,
        PLACEHOLDER_WEIGHTS.official,
        PLACEHOLDER_WEIGHTS.source,
        dict(reversed(list(PLACEHOLDER_WEIGHTS.indicator_weights.items()))),
        dict(reversed(list(PLACEHOLDER_WEIGHTS.dimension_weights.items()))),
    )
    assert weight_set_to_json(reordered) == weight_set_to_json(PLACEHOLDER_WEIGHTS)
    assert list(json.loads(weight_set_to_json(reordered))) == sorted(rss._FIELDS)


def test_the_weights_cannot_be_changed_behind_its_back() -> None:
    mine = {code: 1.0 for code in CODES}
    ws = WeightSet("x", True, "x", mine, {d: 1.0 for d in Dimension})
    mine["eco_food"] = 50.0
    assert ws.indicator_weights["eco_food"] == 1.0
    with pytest.raises(TypeError):
        ws.indicator_weights["eco_food"] = 2.0  # type: ignore[index]


def test_an_official_table_with_integers_and_other_sums_loads() -> None:
    document = {
        "version": "IOM-2025-01",
        "official": True,
        "source": "IOM, official RSS weights",
        "indicator_weights": {code: n for n, code in enumerate(CODES, start=1)},
        "dimension_weights": {"economic": 0.5, "social": 0.25, "psychosocial": 0.25},
    }
    ws = parse_weight_set(json.dumps(document))
    assert ws.official is True
    assert ws.indicator_weights["psy_distress"] == 15.0
    assert ws.dimension_weights[Dimension.ECONOMIC] == 0.5


def placeholder_document() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(weight_set_to_json(PLACEHOLDER_WEIGHTS))
    return document


def edited(change: dict[str, Any]) -> str:
    document = placeholder_document()
    for path, value in change.items():
        *parents, last = path.split("/")
        target = document
        for parent in parents:
            target = target[parent]
        if value is DELETE:
            del target[last]
        else:
            target[last] = value
    return json.dumps(document, ensure_ascii=False)


DELETE = object()
ECONOMIC_ZERO = {f"indicator_weights/{c}": 0 for c in CODES if c.startswith("eco_")}


@pytest.mark.parametrize(
    ("text", "error"),
    [
        pytest.param("x" * 100_001, rss.WeightSetTooLargeError, id="over 100 kB"),
        pytest.param(" " * 99_990 + "{}" + " " * 9, rss.WeightSetTooLargeError, id="just over"),
        pytest.param("{", rss.WeightSetNotJsonError, id="not JSON"),
        pytest.param("", rss.WeightSetNotJsonError, id="empty"),
        pytest.param("[1, 2]", rss.WeightSetNotJsonError, id="not an object"),
        pytest.param("[" * 50_000 + "]" * 50_000, rss.WeightSetNotJsonError, id="deep nesting"),
        pytest.param('{"version": "a", "version": "b"}', rss.WeightSetDuplicateKeyError, id="dup"),
        pytest.param(
            weight_set_to_json(PLACEHOLDER_WEIGHTS).replace(
                '"eco_borrow": 1.0', '"eco_borrow": 1.0, "eco_borrow": 9'
            ),
            rss.WeightSetDuplicateKeyError,
            id="duplicate indicator",
        ),
        pytest.param(
            weight_set_to_json(PLACEHOLDER_WEIGHTS).replace('"eco_food": 1.0', '"eco_food": NaN'),
            rss.WeightSetNonFiniteNumberError,
            id="NaN",
        ),
        pytest.param(
            weight_set_to_json(PLACEHOLDER_WEIGHTS).replace('"social": 1.0', '"social": Infinity'),
            rss.WeightSetNonFiniteNumberError,
            id="Infinity",
        ),
        pytest.param(
            weight_set_to_json(PLACEHOLDER_WEIGHTS).replace(
                '"eco_food": 1.0', '"eco_food": -Infinity'
            ),
            rss.WeightSetNonFiniteNumberError,
            id="-Infinity",
        ),
        pytest.param(
            weight_set_to_json(PLACEHOLDER_WEIGHTS).replace('"eco_food": 1.0', '"eco_food": 1e999'),
            rss.WeightSetNonFiniteNumberError,
            id="overflowing float",
        ),
        pytest.param(
            weight_set_to_json(PLACEHOLDER_WEIGHTS).replace(
                '"eco_food": 1.0', '"eco_food": 1' + "0" * 400
            ),
            rss.WeightSetNonFiniteNumberError,
            id="overflowing integer",
        ),
        pytest.param(edited({"source": DELETE}), rss.WeightSetMissingFieldError, id="no source"),
        pytest.param(edited({"comment": "hi"}), rss.WeightSetUnknownFieldError, id="extra field"),
        pytest.param(edited({"official": 0}), rss.WeightSetFieldTypeError, id="official not bool"),
        pytest.param(edited({"version": " "}), rss.WeightSetFieldTypeError, id="blank version"),
        pytest.param(edited({"version": "v" * 65}), rss.WeightSetFieldTypeError, id="long version"),
        pytest.param(edited({"source": 3}), rss.WeightSetFieldTypeError, id="source not text"),
        pytest.param(
            edited({"indicator_weights": [1, 2]}), rss.WeightSetFieldTypeError, id="list weights"
        ),
        pytest.param(
            edited({"indicator_weights/eco_food": "1"}),
            rss.WeightSetFieldTypeError,
            id="weight as text",
        ),
        pytest.param(
            edited({"indicator_weights/eco_food": True}),
            rss.WeightSetFieldTypeError,
            id="weight as boolean",
        ),
        pytest.param(
            edited({"indicator_weights/eco_lottery": 1}),
            rss.WeightSetUnknownIndicatorError,
            id="unknown indicator",
        ),
        pytest.param(
            edited({"indicator_weights/psy_safety": DELETE}),
            rss.WeightSetMissingIndicatorError,
            id="missing indicator",
        ),
        pytest.param(
            edited({"dimension_weights/cultural": 1}),
            rss.WeightSetUnknownDimensionError,
            id="unknown dimension",
        ),
        pytest.param(
            edited({"dimension_weights/social": DELETE}),
            rss.WeightSetMissingDimensionError,
            id="missing dimension",
        ),
        pytest.param(
            edited({"indicator_weights/eco_food": -0.5}),
            rss.WeightSetNegativeWeightError,
            id="negative indicator weight",
        ),
        pytest.param(
            edited({"dimension_weights/social": -1}),
            rss.WeightSetNegativeWeightError,
            id="negative dimension weight",
        ),
        pytest.param(edited(ECONOMIC_ZERO), rss.WeightSetZeroDimensionError, id="zero dimension"),
        pytest.param(
            edited({f"dimension_weights/{d.value}": 0 for d in Dimension}),
            rss.WeightSetZeroCompositeError,
            id="zero composite",
        ),
    ],
)
def test_doubtful_weight_tables_are_refused(text: str, error: type[InvalidWeightSetError]) -> None:
    with pytest.raises(error) as caught:
        parse_weight_set(text)
    assert type(caught.value) is error
    # what the user reads names no more than a short piece of the file
    assert len(str(caught.value)) < 400


def test_a_zero_weight_and_negative_zero_are_accepted() -> None:
    ws = parse_weight_set(
        edited({"indicator_weights/eco_food": 0, "indicator_weights/eco_debt": -0.0})
    )
    assert ws.indicator_weights["eco_food"] == 0.0
    assert str(ws.indicator_weights["eco_debt"]) == "0.0"


def test_the_size_limit_counts_bytes_not_characters() -> None:
    # 34 000 three-byte characters are 102 000 bytes
    text = edited({"source": "€" * 34_000})
    assert len(text) < 100_000
    with pytest.raises(rss.WeightSetTooLargeError):
        parse_weight_set(text)


def test_every_error_template_fills_and_says_what_to_do() -> None:
    classes = [
        value
        for value in vars(rss).values()
        if isinstance(value, type) and issubclass(value, UserFacingError)
        if value.__module__ == rss.__name__
    ]
    assert len(classes) >= 15
    for cls in classes:
        names = re.findall(r"\{([a-z_]+)\}", cls.template)
        message = str(cls(**dict.fromkeys(names, "X")))
        assert message.endswith("."), cls.__name__
        assert "{" not in message, cls.__name__


# --- properties ----------------------------------------------------------------------------------

answer_sets = st.fixed_dictionaries(
    {},
    optional={i.code: st.sampled_from([a.code for a in i.answers]) for i in RSS_V1.indicators},
)
weight_values = st.one_of(
    st.just(0.0), st.floats(min_value=1e-300, max_value=1e300, allow_nan=False)
)


@st.composite
def weight_sets(draw: st.DrawFn) -> WeightSet:
    indicator = {code: draw(weight_values) for code in CODES}
    dimension = {d: draw(weight_values) for d in Dimension}
    for d in Dimension:
        assume(sum(indicator[i.code] for i in RSS_V1.in_dimension(d)) > 0)
    assume(sum(dimension.values()) > 0)
    return WeightSet("random", False, "hypothesis", indicator, dimension)


@given(answer_sets, weight_sets())
def test_scores_stay_in_range_and_the_composite_between_its_dimensions(
    answers: dict[str, str], ws: WeightSet
) -> None:
    result = score(RSS_V1, ws, answers)
    dimension_scores = [result.dimension(d) for d in Dimension]
    for value in [*dimension_scores, result.composite]:
        assert value is None or 0.0 <= value <= 1.0
    available = [s for s in dimension_scores if s is not None]
    if result.composite is None:
        assert all(
            ws.dimension_weights[d] == 0 for d in Dimension if result.dimension(d) is not None
        )
    else:
        assert min(available) <= result.composite <= max(available)
    assert result.answered + len(result.missing) == 15
    for code in result.missing:
        assert answers.get(code, NO_ANSWER) == NO_ANSWER


@given(weight_sets())
def test_any_valid_weight_set_round_trips_through_json(ws: WeightSet) -> None:
    text = weight_set_to_json(ws)
    assert parse_weight_set(text) == ws
    assert weight_set_to_json(parse_weight_set(text)) == text
