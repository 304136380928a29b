"""Merge of field writes: the state of a record is a pure function of the set of its writes.

Every write names, per field it sets, the writes it supersedes (that field's heads on the device
that made it). A field's heads are its writes that no known write supersedes. One head, or heads
that agree: that is the field's value. Heads that disagree: a conflict, kept for a person to
resolve; meanwhile every replica shows the same value, that of the head with the greatest
(stamp, id). Since the result depends only on which writes are known, merging is idempotent,
commutative and independent of delivery order, duplicates and gaps (tests/sync/test_merge.py).

Deletes are writes too: they set every field to nothing and `_deleted` to true, superseding
every head, so an edit made elsewhere at the same time remains as a conflicting head.

Erasure: a write that erases fields supersedes their heads like any write; in addition, every
write of those fields that is not causally after the erasure (made before it, or concurrently by
a device that had not seen it) keeps its place in the history with its value removed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

DELETED = "_deleted"


def write_id(origin: str, seq: int) -> str:
    return f"{origin}:{seq}"


@dataclass(frozen=True)
class Write:
    """One change of one record: the fields it sets, and per field what it supersedes."""

    origin: str
    seq: int
    stamp: str
    values: Mapping[str, Any]
    supersedes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    erases: frozenset[str] = frozenset()  # fields whose earlier values this write erases

    @property
    def id(self) -> str:
        return write_id(self.origin, self.seq)


_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical(value: Any) -> str:
    """The one text of a value: sorted keys, no spaces, UTF-8 (one encoder, made once)."""
    return _ENCODER.encode(value)


@dataclass(frozen=True)
class FieldView:
    heads: tuple[Write, ...]
    value: Any
    conflict: bool
    redacted: frozenset[str]  # ids of writes of this field whose value is erased


def _ancestors(start: str, field_name: str, by_id: Mapping[str, Write]) -> set[str]:
    """Every write of `field_name` that `start` supersedes, directly or through others."""
    seen: set[str] = set()
    stack = list(by_id[start].supersedes.get(field_name, ())) if start in by_id else []
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        known = by_id.get(current)
        if known is not None:
            stack.extend(known.supersedes.get(field_name, ()))
    return seen


def field_view(writes: Sequence[Write], field_name: str) -> FieldView:
    """Heads, shown value and conflict of one field from all known writes of its record."""
    of_field = [w for w in writes if field_name in w.values]
    by_id = {w.id: w for w in of_field}
    superseded: set[str] = set()
    for w in of_field:
        superseded.update(w.supersedes.get(field_name, ()))
    redacted: set[str] = set()
    for erasure in (w for w in of_field if field_name in w.erases):
        for w in of_field:
            if w.id != erasure.id and erasure.id not in _ancestors(w.id, field_name, by_id):
                redacted.add(w.id)
    heads = tuple(sorted((w for w in of_field if w.id not in superseded), key=lambda w: w.id))

    def shown(w: Write) -> Any:
        return None if w.id in redacted or field_name in w.erases else w.values[field_name]

    values = {canonical(shown(w)) for w in heads}
    winner = max(heads, key=lambda w: (w.stamp, w.id)) if heads else None
    return FieldView(
        heads=heads,
        value=None if winner is None else shown(winner),
        conflict=len(values) > 1,
        redacted=frozenset(redacted),
    )


def record_view(writes: Sequence[Write]) -> dict[str, FieldView]:
    names: set[str] = set()
    for w in writes:
        names.update(w.values)
    return {name: field_view(writes, name) for name in sorted(names)}


def heads_of(writes: Sequence[Write], fields: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """What a new local write of `fields` supersedes: each field's current heads."""
    return {name: tuple(w.id for w in field_view(writes, name).heads) for name in fields}


def all_heads(writes: Sequence[Write]) -> dict[str, tuple[str, ...]]:
    """Every field's heads (what a delete or an erasure of the whole record supersedes)."""
    names: set[str] = set()
    for w in writes:
        names.update(w.values)
    return heads_of(writes, names)
