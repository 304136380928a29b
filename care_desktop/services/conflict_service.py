"""Conflicts: fields with concurrent different values, shown side by side, resolved by a write."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from care_desktop.db import record_store
from care_desktop.db.models import User
from care_desktop.db.store import Store
from care_desktop.db.sync_tables import changes, record_conflicts
from care_desktop.domain.errors import UserFacingError
from care_desktop.domain.records import RECORDS
from care_desktop.domain.schema import normalise
from care_desktop.services.unit_of_work import reading, writing
from care_desktop.sync import changelog
from care_desktop.sync.clock import Stamp
from care_desktop.sync.merge import DELETED, field_view

DELETED_FIELD = DELETED  # the field a delete or an undelete writes (shown as "Deleted")


class UnknownConflictError(UserFacingError):
    template = "There is no conflict {conflict} (any more). See `care conflicts list`."


class BadConflictValueError(UserFacingError):
    template = 'The value must be JSON, for example "Benin City", 12 or null.'


@dataclass(frozen=True, slots=True)
class Candidate:
    value: Any
    device: str
    author: str | None
    at: str  # UTC time of the write
    write: str


@dataclass(frozen=True, slots=True)
class Conflict:
    id: str  # record_type/record_id/field
    record_type: str
    record_id: str
    field: str
    shown: Any
    candidates: tuple[Candidate, ...]


def _time(stamp: str) -> str:
    millis = Stamp.parse(stamp).millis
    return datetime.fromtimestamp(millis / 1000, UTC).isoformat(timespec="seconds")


def conflicts(store: Store) -> list[Conflict]:
    found: list[Conflict] = []
    with reading(store) as work:
        session = work.session
        names = {u.id: u.display_name for u in session.scalars(select(User))}
        rows = session.execute(select(record_conflicts).order_by(record_conflicts.c.record_type))
        for row in rows:
            history = changelog.history(session, row.record_type, row.record_id)
            view = field_view(history, row.field)
            authors = {
                f"{r.origin}:{r.seq}": r.author
                for r in session.execute(
                    select(changes.c.origin, changes.c.seq, changes.c.author).where(
                        changes.c.record_type == row.record_type,
                        changes.c.record_id == row.record_id,
                    )
                )
            }
            found.append(
                Conflict(
                    id=f"{row.record_type}/{row.record_id}/{row.field}",
                    record_type=row.record_type,
                    record_id=row.record_id,
                    field=row.field,
                    shown=view.value,
                    candidates=tuple(
                        Candidate(
                            value=None if h.id in view.redacted else h.values.get(row.field),
                            device=h.origin,
                            author=names.get(str(authors.get(h.id)), authors.get(h.id)),
                            at=_time(h.stamp),
                            write=h.id,
                        )
                        for h in view.heads
                    ),
                )
            )
    return found


def resolve(store: Store, conflict_id: str, value_json: str) -> Any:
    """Write the chosen (or a new) value: it supersedes every concurrent value, everywhere."""
    record_type, _, rest = conflict_id.partition("/")
    record_id, _, field_name = rest.partition("/")
    try:
        raw = json.loads(value_json)
    except ValueError:
        raise BadConflictValueError() from None
    with writing(store) as work:
        session = work.session
        exists = session.execute(
            select(record_conflicts).where(
                record_conflicts.c.record_type == record_type,
                record_conflicts.c.record_id == record_id,
                record_conflicts.c.field == field_name,
            )
        ).first()
        spec = RECORDS.get(record_type)
        if exists is None or spec is None:
            raise UnknownConflictError(conflict=conflict_id[:120])
        value: Any = bool(raw) if field_name == DELETED else normalise(spec.field(field_name), raw)
        record_store.resolve_field(session, spec, record_id, field_name, value)
        changelog.materialise(session, record_type, record_id)
        return value
