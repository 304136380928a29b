"""The recovery key: 256 random bits a person writes on paper, with a checksum for typos.

Crockford base32 (no I, L, O or U; those are read as 1, 1, 0 and refused) in 14 groups of 4:
52 characters carry the 32 bytes, the last 4 carry 20 bits of SHA-256 of them, so that a
mistyped key is told apart from a key of another database.
"""

from __future__ import annotations

import hashlib

from care_desktop.domain.errors import MalformedRecoveryKeyError

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {char: value for value, char in enumerate(ALPHABET)} | {"I": 1, "L": 1, "O": 0}
KEY_BYTES = 32
_DATA_CHARS = 52  # ceil(256 / 5)
_CHECK_CHARS = 4
GROUPS = (_DATA_CHARS + _CHECK_CHARS) // 4


def _encode_bits(value: int, chars: int) -> str:
    return "".join(ALPHABET[(value >> (5 * (chars - 1 - i))) & 31] for i in range(chars))


def _checksum(key: bytes) -> int:
    return int.from_bytes(hashlib.sha256(b"care-recovery-key" + key).digest()[:3], "big") >> 4


def format_key(key: bytes) -> str:
    """The key as the person writes it: XXXX-XXXX-... (14 groups)."""
    if len(key) != KEY_BYTES:
        raise ValueError("a recovery key has 32 bytes")
    # 256 bits padded with 4 zero bits to 260 = 52 characters of 5 bits
    text = _encode_bits(int.from_bytes(key, "big") << 4, _DATA_CHARS)
    text += _encode_bits(_checksum(key), _CHECK_CHARS)
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_key(text: str) -> bytes:
    """The 32 bytes of a typed key; spaces, dashes and case do not matter."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\n")
    if len(cleaned) != _DATA_CHARS + _CHECK_CHARS or any(ch not in _DECODE for ch in cleaned):
        raise MalformedRecoveryKeyError()
    value = 0
    for char in cleaned[:_DATA_CHARS]:
        value = (value << 5) | _DECODE[char]
    if value & 0xF:
        raise MalformedRecoveryKeyError()
    key = (value >> 4).to_bytes(KEY_BYTES, "big")
    check = 0
    for char in cleaned[_DATA_CHARS:]:
        check = (check << 5) | _DECODE[char]
    if check != _checksum(key):
        raise MalformedRecoveryKeyError()
    return key
