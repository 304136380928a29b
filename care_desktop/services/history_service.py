"""The history of a case: every field write of the case and of its records, with who wrote it,
when and on which device, read from the change log (sync/changelog.py), newest first.

Identity values (names, contacts, documents, and everything in the identity record) are never
returned: the history says that such a field was written and by whom, with the value hidden, so
reading the history is not a way around the audited reveal of the identity.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import and_, or_, select

from care_desktop.db.models import Device, User
from care_desktop.db.record_tables import table
from care_desktop.db.store import Store
from care_desktop.db.sync_tables import changes, peers
from care_desktop.domain import records as r
from care_desktop.domain.schema import Kind, RecordSpec, Sensitivity, Value, is_list
from care_desktop.services.case_service import resolve
from care_desktop.services.unit_of_work import Work, reading
from care_desktop.sync.clock import Stamp
from care_desktop.sync.merge import DELETED

PAGE = 200
DELETED_FIELD = "deleted"  # how a deletion (or undeletion) is named in the history


@dataclass(frozen=True, slots=True)
class FieldWrite:
    """One field set by one write."""

    record_type: str
    record_id: str
    field: str  # a field of the record type, or DELETED_FIELD
    value: Value  # None when hidden
    hidden: bool  # an identity value: never shown here
    author: str | None  # the user's name (their id if this device does not know them)
    at: str  # UTC time of the write, ISO 8601 to the second
    device: str  # the office of the device that wrote it (its id if unknown)
    this_device: bool


@dataclass(frozen=True, slots=True)
class HistoryPage:
    rows: tuple[FieldWrite, ...]
    more: bool  # older writes exist beyond this page


def _hidden(spec: RecordSpec, name: str) -> bool:
    if spec is r.IDENTITY:
        return True
    found = spec.field_map.get(name)
    return found is not None and found.sensitivity is Sensitivity.IDENTITY


def _decode(spec: RecordSpec, name: str, raw: object) -> Value:
    found = spec.field_map.get(name)
    if found is not None and (is_list(found) or found.kind is Kind.MAP) and isinstance(raw, str):
        decoded: Value = json.loads(raw)
        return decoded
    return raw if isinstance(raw, str | int | bool) or raw is None else str(raw)


def _time(stamp: str) -> str:
    millis = Stamp.parse(stamp).millis
    return datetime.fromtimestamp(millis / 1000, UTC).isoformat(timespec="seconds")


def _records_of(work: Work, case_id: str) -> dict[str, list[str]]:
    """Record type → ids of the case's records, deleted ones included (their history stays)."""
    found: dict[str, list[str]] = {r.CASE.name: [case_id]}
    for spec in r.CASE_RECORDS:
        t = table(spec)
        ids = list(work.session.scalars(select(t.c.id).where(t.c.case_id == case_id)))
        if ids:
            found[spec.name] = ids
    return found


def _devices(work: Work) -> tuple[str, dict[str, str]]:
    own = work.session.execute(select(Device.id, Device.office)).first()
    names = {row.device_id: row.office for row in work.session.execute(select(peers))}
    if own is not None:
        names[own.id] = own.office
    return (own.id if own is not None else ""), names


def case_history(
    store: Store, case_reference: str, *, limit: int = PAGE, offset: int = 0
) -> HistoryPage:
    """Field writes of a case, newest first; `limit` and `offset` count writes, not fields."""
    with reading(store) as work:
        case_id, _ = resolve(work, case_reference)
        owned = _records_of(work, case_id)
        users = {u.id: u.display_name for u in work.session.scalars(select(User))}
        own_device, devices = _devices(work)
        query = (
            select(changes)
            .where(
                or_(
                    *(
                        and_(changes.c.record_type == kind, changes.c.record_id.in_(ids))
                        for kind, ids in owned.items()
                    )
                )
            )
            .order_by(changes.c.stamp.desc(), changes.c.origin, changes.c.seq.desc())
            .limit(limit + 1)
            .offset(offset)
        )
        writes = work.session.execute(query).all()
        rows: list[FieldWrite] = []
        for write in writes[:limit]:
            spec = r.record_spec(write.record_type)
            values = json.loads(write.field_values)
            redacted = set(json.loads(write.redacted)) if write.redacted else set()
            order = {f.name: i for i, f in enumerate(spec.fields)}
            for name in sorted(values, key=lambda n: order.get(n, len(order))):
                if name == "case_id":
                    continue  # every record of the case names it; it says nothing here
                hidden = _hidden(spec, name) or name in redacted
                rows.append(
                    FieldWrite(
                        record_type=spec.name,
                        record_id=write.record_id,
                        field=DELETED_FIELD if name == DELETED else name,
                        value=None if hidden else _decode(spec, name, values[name]),
                        hidden=hidden,
                        author=users.get(write.author, write.author) if write.author else None,
                        at=_time(write.stamp),
                        device=devices.get(write.origin, write.origin),
                        this_device=write.origin == own_device,
                    )
                )
        return HistoryPage(tuple(rows), more=len(writes) > limit)
