"""The 5×5 risk matrix: every cell, the bands, ordering of levels and refused ratings."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from care_desktop.domain.errors import UserFacingError
from care_desktop.domain.risk import (
    Likelihood,
    RiskLevel,
    RiskOutOfRangeError,
    Severity,
    matrix,
    overall_risk,
    risk_level,
    risk_score,
)

L, M, H = RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH

# Rows: likelihood rare (1) .. almost certain (5); columns: severity negligible (1) .. severe (5).
EXPECTED = (
    (L, L, L, L, M),  # scores 1 2 3 4 5
    (L, L, M, M, M),  # 2 4 6 8 10
    (L, M, M, M, H),  # 3 6 9 12 15
    (L, M, M, H, H),  # 4 8 12 16 20
    (M, M, H, H, H),  # 5 10 15 20 25
)
CELLS = [
    (likelihood, severity, EXPECTED[likelihood - 1][severity - 1])
    for likelihood in range(1, 6)
    for severity in range(1, 6)
]


@pytest.mark.parametrize(("likelihood", "severity", "expected"), CELLS)
def test_every_cell_of_the_matrix(likelihood: int, severity: int, expected: RiskLevel) -> None:
    assert risk_score(likelihood, severity) == likelihood * severity
    assert risk_level(likelihood, severity) is expected
    assert risk_level(Likelihood(likelihood), Severity(severity)) is expected


def test_worked_examples() -> None:
    assert risk_level(Likelihood.RARE, Severity.SEVERE) is RiskLevel.MEDIUM  # 5
    assert risk_level(Likelihood.UNLIKELY, Severity.MINOR) is RiskLevel.LOW  # 4
    assert risk_level(Likelihood.LIKELY, Severity.MODERATE) is RiskLevel.MEDIUM  # 12
    assert risk_level(Likelihood.POSSIBLE, Severity.SEVERE) is RiskLevel.HIGH  # 15
    assert risk_level(Likelihood.ALMOST_CERTAIN, Severity.NEGLIGIBLE) is RiskLevel.MEDIUM  # 5


def test_the_bands_leave_no_gap() -> None:
    scores = {likelihood * severity for likelihood in range(1, 6) for severity in range(1, 6)}
    assert scores == {1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25}
    assert not scores & {7, 11, 13, 14}
    for likelihood, severity, expected in CELLS:
        score = likelihood * severity
        band = L if score <= 4 else M if score <= 12 else H
        assert band is expected


def test_matrix_for_the_interface() -> None:
    grid = matrix()
    assert grid == EXPECTED
    assert len(grid) == 5
    assert all(len(row) == 5 for row in grid)
    for i in range(5):
        for j in range(5):
            assert grid[i][j] is grid[j][i]
            if i < 4:
                assert grid[i][j] <= grid[i + 1][j]
            if j < 4:
                assert grid[i][j] <= grid[i][j + 1]


def test_labels() -> None:
    assert [item.label for item in Likelihood] == [
        "rare",
        "unlikely",
        "possible",
        "likely",
        "almost certain",
    ]
    assert [item.label for item in Severity] == [
        "negligible",
        "minor",
        "moderate",
        "major",
        "severe",
    ]


# --- ordering of levels ----------------------------------------------------------------------


def test_levels_are_ordered_by_rank_not_alphabetically() -> None:
    assert [level.rank for level in RiskLevel] == [0, 1, 2]
    assert sorted([H, L, M]) == [L, M, H]
    assert max(L, H, M) is H
    assert min(M, H) is M
    assert L < M < H
    assert H > M >= L
    assert M >= RiskLevel("medium") <= M
    assert not H <= M
    # equality and hashing stay those of the stored text
    assert H == "high"
    assert {"low": 1}[L] == 1
    assert RiskLevel("medium") is M


def test_levels_do_not_compare_with_plain_text() -> None:
    with pytest.raises(TypeError, match="str"):
        assert H < "low"
    with pytest.raises(TypeError):
        sorted([H, "low"])


def test_overall_risk() -> None:
    assert overall_risk([]) is None
    assert overall_risk([L]) is L
    assert overall_risk([L, H, M]) is H
    assert overall_risk([M, L, M]) is M
    assert overall_risk(level for level in (L, L)) is L


@given(st.lists(st.sampled_from(list(RiskLevel)), min_size=1))
def test_overall_risk_is_the_highest(levels: list[RiskLevel]) -> None:
    overall = overall_risk(levels)
    assert overall is not None
    assert overall in levels
    assert all(level <= overall for level in levels)


@given(st.integers(1, 5), st.integers(1, 5), st.integers(1, 5), st.integers(1, 5))
def test_a_higher_rating_is_never_a_lower_level(a: int, b: int, c: int, d: int) -> None:
    if a <= c and b <= d:
        assert risk_level(a, b) <= risk_level(c, d)


# --- refused ratings -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("likelihood", "severity", "message"),
    [
        (0, 3, "Likelihood must be a whole number from 1 to 5, not 0."),
        (6, 3, "Likelihood must be a whole number from 1 to 5, not 6."),
        (-1, 3, "Likelihood must be a whole number from 1 to 5, not -1."),
        (3, 0, "Severity must be a whole number from 1 to 5, not 0."),
        (3, 25, "Severity must be a whole number from 1 to 5, not 25."),
        (True, 3, "Likelihood must be a whole number from 1 to 5, not True."),
        (2.5, 3, "Likelihood must be a whole number from 1 to 5, not 2.5."),
        ("3", 3, "Likelihood must be a whole number from 1 to 5, not 3."),
        (None, 3, "Likelihood must be a whole number from 1 to 5, not None."),
    ],
)
def test_out_of_range_ratings_are_refused(
    likelihood: object, severity: object, message: str
) -> None:
    with pytest.raises(RiskOutOfRangeError) as raised:
        risk_level(likelihood, severity)  # type: ignore[arg-type]
    assert isinstance(raised.value, UserFacingError)
    assert str(raised.value) == message
    assert raised.value.message(lambda _context, text: text) == message


@given(
    st.integers().filter(lambda n: not 1 <= n <= 5),
    st.integers(1, 5),
)
def test_any_rating_outside_the_scale_is_refused(bad: int, good: int) -> None:
    with pytest.raises(RiskOutOfRangeError):
        risk_level(bad, good)
    with pytest.raises(RiskOutOfRangeError):
        risk_level(good, bad)
    with pytest.raises(RiskOutOfRangeError):
        risk_score(good, bad)


def test_the_message_translates_the_scale_name() -> None:
    with pytest.raises(RiskOutOfRangeError) as raised:
        risk_level(3, 9)

    def to_french(context: str, text: str) -> str:
        return {
            ("fields", "Severity"): "La gravité",
            (
                "errors",
                RiskOutOfRangeError.template,
            ): "{scale} doit être entre 1 et 5, pas {value}.",
        }[(context, text)]

    assert raised.value.message(to_french) == "La gravité doit être entre 1 et 5, pas 9."


def test_a_huge_value_is_cut_short_in_the_message() -> None:
    with pytest.raises(RiskOutOfRangeError) as raised:
        risk_level(10**40, 1)
    assert len(str(raised.value.params["value"])) == 20
