"""Strict parsing of a decrypted payload: writes, holdings and attachments, bounded and typed."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Mapping
from typing import Any

from care_desktop.domain import records as r
from care_desktop.sync import bundle as fmt
from care_desktop.sync import changelog, clock, ranges
from care_desktop.sync.merge import DELETED, Write

MAX_SUPERSEDES = 256


_SCALARS = (str, int, bool, type(None))  # exact types: what strict JSON parsing can give


def _scalars(values: dict[str, Any]) -> bool:
    """Every value is text (within bounds), a whole number, true/false, or null."""
    for value in values.values():
        kind = type(value)
        if kind is str:
            if len(value) > fmt.MAX_VALUE_CHARS:
                return False
        elif kind not in _SCALARS:
            return False
    return True


_NONE: frozenset[str] = frozenset()
_FIELD_NAMES = {name: frozenset(spec.field_map) | {DELETED} for name, spec in r.RECORDS.items()}


def _write_ids(value: Any) -> bool:
    return (
        isinstance(value, list)
        and len(value) <= MAX_SUPERSEDES
        and all(isinstance(item, str) and len(item) <= 48 for item in value)
    )


def parse_writes(raw: Any, newer_model: bool) -> list[changelog.Incoming]:
    """Strict shape of every write; unknown types or fields are malformed (or newer data)."""
    if not isinstance(raw, list) or len(raw) > fmt.MAX_WRITES:
        raise fmt.BundleError("malformed", "writes")
    parsed: list[changelog.Incoming] = []
    for item in raw:
        if not isinstance(item, list) or len(item) != 10:
            raise fmt.BundleError("malformed", "write")
        origin, seq, stamp, author, record_type, record_id, values, supersedes, erases, redacted = (
            item
        )
        spec = r.RECORDS.get(record_type) if isinstance(record_type, str) else None
        if spec is None:
            raise fmt.BundleError("newer-model" if newer_model else "malformed", "record type")
        names = _FIELD_NAMES[spec.name]
        valid = (
            type(stamp) is str and clock.is_stamp(stamp)
            and type(origin) is str and 0 < len(origin) <= 36
            and type(seq) is int and seq > 0
            and (author is None or (type(author) is str and len(author) <= 36))
            and type(record_id) is str and 0 < len(record_id) <= 36
            and type(values) is dict and _scalars(values)
            and type(supersedes) is dict
            and (not supersedes or all(_write_ids(v) for v in supersedes.values()))
            and type(erases) is list and all(type(name) is str for name in erases)
            and type(redacted) is list and all(type(name) is str for name in redacted)
        )  # fmt: skip
        if not valid:
            raise fmt.BundleError("malformed", "write fields")
        if not (
            names.issuperset(values)
            and names.issuperset(supersedes)
            and names.issuperset(erases)
            and names.issuperset(redacted)
        ):
            raise fmt.BundleError("newer-model" if newer_model else "malformed", "field")
        parsed.append(
            changelog.Incoming(
                Write(
                    origin=origin,
                    seq=seq,
                    stamp=stamp,
                    values=values,
                    supersedes={k: tuple(v) for k, v in supersedes.items()} if supersedes else {},
                    erases=frozenset(erases) if erases else _NONE,
                ),
                record_type,
                record_id,
                author,
                frozenset(redacted) if redacted else _NONE,
            )
        )
    return parsed


def parse_holdings(
    payload: Mapping[str, Any], vector: Mapping[str, int]
) -> dict[str, list[ranges.Range]]:
    """What the sender holds, exactly; a bundle without it holds its vector's prefixes."""
    raw = payload.get("holdings")
    if raw is None:
        return {origin: [(1, seq)] for origin, seq in vector.items() if seq > 0}
    if not isinstance(raw, dict) or len(raw) > fmt.MAX_WRITES:
        raise fmt.BundleError("malformed", "holdings")
    result: dict[str, list[ranges.Range]] = {}
    budget = fmt.MAX_WRITES  # ranges in all, like writes: bounded before they are used
    for origin, value in raw.items():
        spans = ranges.parse(value, limit=budget)
        if not isinstance(origin, str) or not 0 < len(origin) <= 36 or spans is None:
            raise fmt.BundleError("malformed", "holdings")
        budget -= len(spans)
        result[origin] = spans
    return result


def parse_attachments(raw: Any) -> list[tuple[str, bytes]]:
    if raw is None:
        return []
    if not isinstance(raw, list) or len(raw) > fmt.MAX_ATTACHMENTS:
        raise fmt.BundleError("malformed", "attachments")
    blobs = []
    for item in raw:
        if not isinstance(item, dict) or set(item) != {"sha256", "data"}:
            raise fmt.BundleError("malformed", "attachment")
        try:
            content = base64.b64decode(str(item["data"]).encode("ascii"), validate=True)
        except ValueError:
            raise fmt.BundleError("malformed", "attachment") from None
        if hashlib.sha256(content).hexdigest() != item["sha256"]:
            raise fmt.BundleError("attachment")
        blobs.append((str(item["sha256"]), content))
    return blobs
