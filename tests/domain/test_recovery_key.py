from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from care_desktop.domain.errors import MalformedRecoveryKeyError
from care_desktop.domain.recovery_key import ALPHABET, GROUPS, format_key, parse_key


@given(st.binary(min_size=32, max_size=32))
def test_a_formatted_key_parses_back(key: bytes) -> None:
    text = format_key(key)
    assert len(text.split("-")) == GROUPS
    assert parse_key(text) == key
    assert parse_key(text.lower().replace("-", " ")) == key


@given(st.binary(min_size=32, max_size=32), st.integers(0, 55), st.sampled_from(ALPHABET))
def test_one_mistyped_character_is_caught(key: bytes, position: int, replacement: str) -> None:
    characters = list(format_key(key).replace("-", ""))
    if characters[position] == replacement:
        return
    characters[position] = replacement
    with pytest.raises(MalformedRecoveryKeyError):
        parse_key("".join(characters))


def test_ambiguous_letters_read_as_digits() -> None:
    key = bytes(range(32))
    text = format_key(key)
    assert parse_key(text.replace("1", "I").replace("0", "O")) == key


@pytest.mark.parametrize("text", ["", "ABCD", "U" * 56, format_key(bytes(32)) + "-0000"])
def test_malformed_keys_are_refused(text: str) -> None:
    with pytest.raises(MalformedRecoveryKeyError):
        parse_key(text)
