"""Reading and writing records, the one path every record write takes.

Values arrive validated (domain/schema.py) in their stored form; lists and maps are kept as
canonical JSON text. `capture` (sync/capture.py) is called in the same transaction for every
write, so that the change log can never disagree with the tables.
"""

from __future__ import annotations

import contextvars
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import ColumnElement, Engine, Row, and_, event, insert, select, update
from sqlalchemy.orm import Session

from care_desktop.db.record_tables import TABLES, table
from care_desktop.domain.schema import Kind, RecordSpec, Value, is_list

# Called as capture(session, spec, record_id, changes, created=..., deleted=..., erases=...)
Capture = Callable[..., None]
CAPTURE_KEY = "care_capture"
SYNCED_TABLES = frozenset(t.name for t in TABLES.values())

_writing = contextvars.ContextVar("care_record_writer", default=False)
_WRITE_STATEMENT = re.compile(
    r"^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM|REPLACE\s+INTO)"
    r"\s+[\"'`\[]?(\w+)",
    re.IGNORECASE,
)


class BulkWriteRefusedError(RuntimeError):
    """SQL that writes a synced table without going through the change log (a bug)."""


@contextmanager
def applying() -> Iterator[None]:
    """Writes made here are the change log's own (capture or merge): the guard lets them pass."""
    token = _writing.set(True)
    try:
        yield
    finally:
        _writing.reset(token)


def install_guard(engine: Engine) -> None:
    """Refuse INSERT/UPDATE/DELETE on synced tables that bypass this module (and so sync)."""

    @event.listens_for(engine, "before_cursor_execute")
    def _guard(  # noqa: PLR0917 - SQLAlchemy's event signature
        connection: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool
    ) -> None:
        if _writing.get():
            return
        match = _WRITE_STATEMENT.match(statement)
        if match and match.group(1).lower() in SYNCED_TABLES:
            raise BulkWriteRefusedError(
                f"{match.group(1)} is synced: write it through record_store, not raw SQL"
            )


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


def _capture(session: Session) -> Capture:
    hook = session.info.get(CAPTURE_KEY)
    if not callable(hook):
        raise BulkWriteRefusedError("a record write outside a capturing transaction")
    return hook  # type: ignore[no-any-return]


def insert_record(
    session: Session, spec: RecordSpec, record_id: str, values: Mapping[str, Value]
) -> None:
    hook = _capture(session)
    row = {name: encode(spec, name, value) for name, value in values.items()}
    with applying():
        session.execute(insert(table(spec)).values(id=record_id, **row))
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
    hook = _capture(session)
    with applying():
        session.execute(insert(table(spec)), payload)
    many = getattr(hook, "many", None)
    if many is not None:
        many(session, spec, rows)  # one executemany for the change log too
    else:
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
    hook = _capture(session)
    t = table(spec)
    with applying():
        session.execute(
            update(t)
            .where(t.c.id == record_id)
            .values({name: encode(spec, name, value) for name, value in differing.items()})
        )
    hook(session, spec, record_id, differing, created=False)
    return differing


def resolve_field(
    session: Session, spec: RecordSpec, record_id: str, name: str, value: Value
) -> None:
    """Write a field even if its shown value is the same: it supersedes every concurrent head."""
    hook = _capture(session)
    t = table(spec)
    column = "deleted" if name == "_deleted" else name
    stored = value if name == "_deleted" else encode(spec, name, value)
    with applying():
        session.execute(update(t).where(t.c.id == record_id).values({column: stored}))
    hook(session, spec, record_id, {name: value}, created=False)


def erase_fields(session: Session, spec: RecordSpec, record_id: str, names: Iterable[str]) -> None:
    """Empty fields and erase their earlier values from the history too (anonymisation)."""
    fields = [spec.field(name) for name in names]
    if not fields:
        return
    hook = _capture(session)
    cleared: dict[str, Value] = {f.name: ([] if is_list(f) else None) for f in fields}
    t = table(spec)
    with applying():
        session.execute(
            update(t)
            .where(t.c.id == record_id)
            .values({name: encode(spec, name, value) for name, value in cleared.items()})
        )
    hook(session, spec, record_id, cleared, created=False, erases=tuple(cleared))


def tombstone(session: Session, spec: RecordSpec, record_id: str, *, erase: bool = False) -> None:
    """Delete: the row stays as a tombstone (sync needs it), its values are emptied.

    With `erase`, the values are also erased from the record's history (erasure on request).
    """
    hook = _capture(session)
    t = table(spec)
    # references stay, so that the tombstone still says which case it belonged to
    emptied = {field.name: None for field in spec.fields if field.kind is not Kind.REF}
    with applying():
        session.execute(update(t).where(t.c.id == record_id).values(deleted=True, **emptied))
    # the country of return is kept in the history: it names nobody, and routes the erasure
    # to the missions that hold the case
    erases = tuple(name for name in emptied if name != "country_of_return") if erase else ()
    hook(session, spec, record_id, {}, created=False, deleted=True, erases=erases)


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
