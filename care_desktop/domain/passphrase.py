"""Passphrase strength: a simple, explainable estimate, not a gate that can be gamed.

We estimate entropy from length and character classes, then penalise what guessers try first:
repeats, sequences, keyboard walks and very common words. The verdict is used for the hint in
the set-up wizard and to refuse passphrases that are clearly weak.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import IntEnum

MINIMUM_LENGTH = 12
BITS_PER_WORD = 12.0
_WORD = re.compile(r"[^\W\d_]+")
_SEPARATED_WORDS = re.compile(r"[^\W\d_]+(?:[\s\-_.,;:'’]+[^\W\d_]+)*[\s.!?]*")

_COMMON = frozenset(
    (
        "password",
        "passwort",
        "motdepasse",
        "contrasena",
        "senha",
        "azerty",
        "qwerty",
        "qwertz",
        "admin",
        "welcome",
        "bienvenue",
        "iloveyou",
        "letmein",
        "monkey",
        "dragon",
        "football",
        "soleil",
        "bonjour",
        "secret",
        "carecare",
        "care",
        "iom",
        "paris",
        "france",
        "nigeria",
        "123456",
        "12345678",
        "abc123",
        "trustno1",
        "sunshine",
        "princess",
    )
)
_SEQUENCES = ("abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiop", "azertyuiop", "asdfghjkl")


class Strength(IntEnum):
    TOO_WEAK = 0
    WEAK = 1
    FAIR = 2
    STRONG = 3


@dataclass(frozen=True, slots=True)
class StrengthReport:
    strength: Strength
    bits: float

    @property
    def acceptable(self) -> bool:
        return self.strength >= Strength.WEAK


def _alphabet_size(text: str) -> int:
    size = 0
    if re.search(r"[a-z]", text):
        size += 26
    if re.search(r"[A-Z]", text):
        size += 26
    if re.search(r"[0-9]", text):
        size += 10
    if re.search(r"[^a-zA-Z0-9]", text):
        size += 33
    return max(size, 1)


def _penalised_length(text: str) -> int:
    """Length after collapsing runs of one character and ascending/descending sequences."""
    lowered = text.lower()
    length = 0
    previous = ""
    run = 0
    for index, char in enumerate(lowered):
        in_sequence = index >= 2 and any(
            lowered[index - 2 : index + 1] in seq or lowered[index - 2 : index + 1][::-1] in seq
            for seq in _SEQUENCES
        )
        run = run + 1 if char == previous else 0
        if run < 1 and not in_sequence:
            length += 1
        previous = char
    return length


def estimate(passphrase: str) -> StrengthReport:
    if not passphrase:
        return StrengthReport(Strength.TOO_WEAK, 0.0)
    lowered = passphrase.lower()
    effective = _penalised_length(passphrase)
    for word in _COMMON:
        if len(word) >= 4 and word in lowered:
            effective -= len(word) - 1  # a common word counts as about one character
    effective = max(effective, 0)
    bits = effective * math.log2(_alphabet_size(passphrase))
    words = _WORD.findall(passphrase)
    if len(words) >= 2 and _SEPARATED_WORDS.fullmatch(passphrase):
        # Words from a language are guessed as words, not letters: about 12 bits each (a
        # 4,000-word vocabulary), which is what a dictionary attack pays.
        bits = min(bits, len(words) * BITS_PER_WORD)
    if len(passphrase) < MINIMUM_LENGTH or bits < 45:
        strength = Strength.TOO_WEAK
    elif bits < 60:
        strength = Strength.WEAK
    elif bits < 80:
        strength = Strength.FAIR
    else:
        strength = Strength.STRONG
    return StrengthReport(strength, bits)
