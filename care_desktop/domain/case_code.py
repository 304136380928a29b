"""Pseudonymous case codes: the country of return and 40 random bits, e.g. NGA-7KQ3-MZ2P.

Made on the device that opens the case, with no coordination: 40 bits keep the chance that two
of 100,000 cases share a code under one in two hundred, and a shared code is only a display
inconvenience (records are identified by their UUIDs). No name, date or sequence leaks from it.
"""

from __future__ import annotations

import re
import secrets

from care_desktop.domain.recovery_key import ALPHABET

CODE_PATTERN = re.compile(r"[A-Z]{3}-[0-9A-Z]{4}-[0-9A-Z]{4}")


def new_case_code(country_of_return: str, random_bits: int | None = None) -> str:
    bits = secrets.randbits(40) if random_bits is None else random_bits
    chars = "".join(ALPHABET[(bits >> (5 * (7 - i))) & 31] for i in range(8))
    return f"{country_of_return.upper()}-{chars[:4]}-{chars[4:]}"


def looks_like_case_code(text: str) -> bool:
    return bool(CODE_PATTERN.fullmatch(text.strip().upper()))
