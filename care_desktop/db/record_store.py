"""Reading and writing records, the one path every record write takes.

Values arrive validated (domain/schema.py) in their stored form; lists and maps are kept as
canonical JSON text. `capture` (sync/capture.py) is called in the same transaction for every
write, so that the change log can never disagree with the tables.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Row, and_, insert, select, update
from sqlalchemy.orm import Session

from care_desktop.db.record_tables import table
from care_desktop.domain.schema import Kind, RecordSpec, Value, is_list

# Called as capture(session, spec, record_id, changes, created=..., deleted=...)
Capture = Callable[..., None]
CAPTURE_KEY = "care_capture"


def encode(spec: RecordSpec, name: str, value: Value) -> Any:
    field = spec.field(name)
    if is_list(field) or field.kind is Kind.MAP:
        if value is None:
            return None
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return value


def decode_row(spec: RecordSpec, row: Mapping[Any, Any]) -> dict[str, Value]:
    result: dict[str, Value] = {}
    for field in spec.fields:
        raw = row.get(field.name)
        if (is_list(field) or field.kind is Kind.MAP) and raw is not None:
            result[field.name] = json.loads(raw)
        elif is_list(field) and raw is None:
            result[field.name] = []
        elif field.kind is Kind.BOOL and raw is not None:
            result[field.name] = bool(raw)
        else:
            result[field.name] = raw
    return result


def _capture(session: Session) -> Capture | None:
    hook = session.info.get(CAPTURE_KEY)
    return hook if callable(hook) else None


def insert_record(
    session: Session, spec: RecordSpec, record_id: str, values: Mapping[str, Value]
) -> None:
    row = {name: encode(spec, name, value) for name, value in values.items()}
    session.execute(insert(table(spec)).values(id=record_id, **row))
    hook = _capture(session)
    if hook is not None:
        hook(session, spec, record_id, dict(values), created=True)


def insert_many(
    session: Session, spec: RecordSpec, rows: Sequence[tuple[str, Mapping[str, Value]]]
) -> None:
    """Many new records of one type in one executemany (demo data, imports)."""
    if not rows:
        return
    names = sorted({name for _, values in rows for name in values})
    payload = [
        {"id": record_id, **{n: encode(spec, n, values.get(n)) for n in names}}
        for record_id, values in rows
    ]
    session.execute(insert(table(spec)), payload)
    hook = _capture(session)
    if hook is not None:
        for record_id, values in rows:
            hook(session, spec, record_id, dict(values), created=True)


def get_record(session: Session, spec: RecordSpec, record_id: str) -> dict[str, Value] | None:
    """The record's values, or None if it does not exist or was deleted."""
    t = table(spec)
    row = session.execute(select(t).where(t.c.id == record_id, t.c.deleted.is_(False))).first()
    return None if row is None else decode_row(spec, row._mapping)


def update_record(
    session: Session,
    spec: RecordSpec,
    record_id: str,
    changes: Mapping[str, Value],
    current: Mapping[str, Value] | None = None,
) -> dict[str, Value]:
    """Write the fields that differ from `current` (read if not given); returns them."""
    if current is None:
        current = get_record(session, spec, record_id) or {}
    differing = {name: value for name, value in changes.items() if current.get(name) != value}
    if not differing:
        return {}
    t = table(spec)
    session.execute(
        update(t)
        .where(t.c.id == record_id)
        .values({name: encode(spec, name, value) for name, value in differing.items()})
    )
    hook = _capture(session)
    if hook is not None:
        hook(session, spec, record_id, differing, created=False)
    return differing


def tombstone(session: Session, spec: RecordSpec, record_id: str) -> None:
    """Delete: the row stays as a tombstone (sync needs it), its values are emptied."""
    t = table(spec)
    # references stay, so that the tombstone still says which case it belonged to
    emptied = {field.name: None for field in spec.fields if field.kind is not Kind.REF}
    session.execute(update(t).where(t.c.id == record_id).values(deleted=True, **emptied))
    hook = _capture(session)
    if hook is not None:
        hook(session, spec, record_id, {}, created=False, deleted=True)


def select_records(
    session: Session,
    spec: RecordSpec,
    *conditions: ColumnElement[bool],
    order_by: Iterable[Any] = (),
    limit: int | None = None,
) -> list[tuple[str, dict[str, Value]]]:
    t = table(spec)
    query = select(t).where(and_(t.c.deleted.is_(False), *conditions))
    for clause in order_by:
        query = query.order_by(clause)
    if limit is not None:
        query = query.limit(limit)
    rows: Sequence[Row[Any]] = session.execute(query).all()
    return [(row.id, decode_row(spec, row._mapping)) for row in rows]
