from __future__ import annotations

import pytest

from care_desktop.domain.passphrase import Strength, estimate


@pytest.mark.parametrize(
    "weak",
    [
        "",
        "short",
        "password1234",
        "aaaaaaaaaaaaaaaa",
        "abcdefghijklmnop",
        "azertyuiop123",
        "Bonjour2026",
        "quiet river under",
        "la maison bleue",
    ],
)
def test_weak_passphrases_are_refused(weak: str) -> None:
    assert not estimate(weak).acceptable


@pytest.mark.parametrize(
    "strong",
    ["quiet river under seven lanterns", "Tr4v3l-Bus!x9k", "la maison bleue près du fleuve"],
)
def test_long_or_varied_passphrases_pass(strong: str) -> None:
    assert estimate(strong).acceptable


def test_a_few_dictionary_words_count_as_words_not_letters() -> None:
    assert estimate("quiet river under").bits == pytest.approx(36.0)
    assert estimate("quiet river under seven").acceptable
    assert estimate("quiet river under seven lanterns").strength is Strength.FAIR


def test_more_words_never_lower_the_strength() -> None:
    shorter = estimate("quiet river under")
    longer = estimate("quiet river under seven lanterns")
    assert longer.bits > shorter.bits
    assert longer.strength >= Strength.FAIR
