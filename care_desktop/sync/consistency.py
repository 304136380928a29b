"""`care check`'s sync part: the record tables equal what the change log says.

Type by type, the table's rows and the type's writes are read in one pass each (ordered by
record), so the check stays linear in the size of the database.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, select

from care_desktop.db import record_store
from care_desktop.db.integrity import Problem
from care_desktop.db.record_tables import table
from care_desktop.db.store import Store
from care_desktop.db.sync_tables import changes
from care_desktop.domain.records import RECORDS
from care_desktop.domain.schema import RecordSpec
from care_desktop.sync.merge import DELETED, Write, record_view

MAX_REPORTED = 50


def _histories(connection: Connection, record_type: str) -> Iterator[tuple[str, list[Write]]]:
    rows = connection.execute(
        select(changes)
        .where(changes.c.record_type == record_type)
        .order_by(changes.c.record_id, changes.c.origin, changes.c.seq)
    )
    current: str | None = None
    writes: list[Write] = []
    for row in rows:
        if row.record_id != current:
            if current is not None:
                yield current, writes
            current, writes = row.record_id, []
        writes.append(
            Write(
                row.origin,
                row.seq,
                row.stamp,
                json.loads(row.field_values),
                {k: tuple(v) for k, v in json.loads(row.supersedes).items()},
                frozenset(json.loads(row.erases)) if row.erases else frozenset(),
            )
        )
    if current is not None:
        yield current, writes


def _differences(spec: RecordSpec, row: Any, history: Sequence[Write]) -> list[str]:
    view = record_view(history)
    values = record_store.decode_row(spec, row._mapping)
    wrong = []
    for field in spec.fields:
        expected = view[field.name].value if field.name in view else None
        actual = record_store.encode(spec, field.name, values[field.name])
        if expected != actual and {expected, actual} - {None, "[]"}:
            wrong.append(field.name)
    deleted = bool(view[DELETED].value) if DELETED in view else False
    if bool(row.deleted) != deleted:
        wrong.append(DELETED)
    return wrong


def check_sync(store: Store) -> list[Problem]:
    problems: list[Problem] = []
    with store.engine.connect() as connection:
        for record_type, spec in RECORDS.items():
            t = table(spec)
            rows = {row.id: row for row in connection.execute(select(t))}
            for record_id, history in _histories(connection, record_type):
                row = rows.pop(record_id, None)
                if row is None:
                    problems.append(Problem("sync-missing-row", f"{record_type} {record_id}"))
                    continue
                for name in _differences(spec, row, history):
                    problems.append(Problem("sync-value", f"{record_type} {record_id} {name}"))
            problems += [
                Problem("sync-no-history", f"{record_type} {record_id}")
                for record_id in sorted(rows)
            ]
            if len(problems) > MAX_REPORTED:
                return problems[:MAX_REPORTED]
    return problems
