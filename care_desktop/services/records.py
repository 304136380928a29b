"""Generic record operations: validate against the declarations, write through record_store.

The specific services (cases, workflow, monitoring, children...) build on these and add their
rules; records without rules of their own (partners, notes, guardians...) use them directly.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from care_desktop.db import record_store
from care_desktop.db.record_tables import table
from care_desktop.db.store import Store
from care_desktop.domain.audit import AuditAction
from care_desktop.domain.errors import Msg, UserFacingError
from care_desktop.domain.records import CASE, IDENTITY, record_spec
from care_desktop.domain.schema import (
    RecordSpec,
    Sensitivity,
    Value,
    check_required,
    validate_record,
)
from care_desktop.services.unit_of_work import Work, new_id, reading, writing


class RecordNotFoundError(UserFacingError):
    template = (
        "No record of the kind “{record}” has the id {record_id} on this device. Check the id."
    )


class OnePerCaseError(UserFacingError):
    template = "This case already has its “{record}”; change it instead of adding another."


class UnknownRecordTypeError(UserFacingError):
    template = "{name} is not a record type. See docs/data-model.md for the list."


@dataclass(frozen=True, slots=True)
class Record:
    """A record as plain data: safe to hand to the interface after the session is gone."""

    type: str
    id: str
    values: Mapping[str, Value]

    def get(self, name: str) -> Value:
        return self.values.get(name)

    def text(self, name: str) -> str:
        value = self.values.get(name)
        return "" if value is None else str(value)


def spec_of(name: str) -> RecordSpec:
    try:
        return record_spec(name)
    except KeyError:
        raise UnknownRecordTypeError(name=name[:40]) from None


def require(work: Work, spec: RecordSpec, record_id: str) -> dict[str, Value]:
    values = record_store.get_record(work.session, spec, record_id)
    if values is None:
        raise RecordNotFoundError(record=Msg("records", spec.label), record_id=record_id[:40])
    return values


def add(
    work: Work,
    spec: RecordSpec,
    values: Mapping[str, Any],
    *,
    record_id: str | None = None,
    derived: Mapping[str, Value] | None = None,
) -> Record:
    """Validate and insert one record inside `work`; references to a case must exist."""
    clean = validate_record(spec, values, today=work.today, complete=False)
    clean.update(derived or {})
    check_required(spec, clean)
    if spec.case_scoped:
        case_id = str(clean.get("case_id"))
        require(work, CASE, case_id)
        if spec.one_per_case and _first_for_case(work, spec, case_id) is not None:
            raise OnePerCaseError(record=Msg("records", spec.label))
    for field in spec.fields:
        if field.ref is not None and clean.get(field.name) and field.name != "case_id":
            require(work, spec_of(field.ref), str(clean[field.name]))
    record_id = record_id or new_id()
    record_store.insert_record(work.session, spec, record_id, clean)
    return Record(spec.name, record_id, clean)


def change(
    work: Work,
    spec: RecordSpec,
    record_id: str,
    changes: Mapping[str, Any],
    *,
    derived: Mapping[str, Value] | None = None,
) -> tuple[Record, dict[str, Value]]:
    """Validate and write the fields that differ; returns the record and what changed."""
    current = require(work, spec, record_id)
    clean = validate_record(spec, changes, today=work.today, complete=False)
    clean.update(derived or {})
    merged = {**current, **clean}
    check_required(spec, merged)
    for field in spec.fields:
        if field.ref is not None and clean.get(field.name) and field.name != "case_id":
            require(work, spec_of(field.ref), str(clean[field.name]))
    changed = record_store.update_record(work.session, spec, record_id, clean, current)
    return Record(spec.name, record_id, merged), changed


def remove(work: Work, spec: RecordSpec, record_id: str) -> None:
    require(work, spec, record_id)
    record_store.tombstone(work.session, spec, record_id)


def _first_for_case(work: Work, spec: RecordSpec, case_id: str) -> Record | None:
    rows = record_store.select_records(
        work.session, spec, table(spec).c.case_id == case_id, limit=1
    )
    return Record(spec.name, rows[0][0], rows[0][1]) if rows else None


def for_case(work: Work, spec: RecordSpec, case_id: str) -> list[Record]:
    t = table(spec)
    rows = record_store.select_records(
        work.session, spec, t.c.case_id == case_id, order_by=[t.c.id]
    )
    return [Record(spec.name, record_id, values) for record_id, values in rows]


def one_for_case(work: Work, spec: RecordSpec, case_id: str) -> Record | None:
    return _first_for_case(work, spec, case_id)


def audit_read(work: Work, spec: RecordSpec, record_id: str) -> None:
    """Reads of identity-level data are audited (issue: every read of identity)."""
    if spec is IDENTITY or any(f.sensitivity is Sensitivity.IDENTITY for f in spec.fields):
        work.audit(AuditAction.VIEW, record_type=spec.name, record_id=record_id)


# --- one-call conveniences for records without rules of their own ---------------------------


def create(
    store: Store, type_name: str, values: Mapping[str, Any], *, today: date | None = None
) -> Record:
    spec = spec_of(type_name)
    with writing(store, today) as work:
        return add(work, spec, values)


def update(
    store: Store,
    type_name: str,
    record_id: str,
    changes: Mapping[str, Any],
    *,
    today: date | None = None,
) -> Record:
    spec = spec_of(type_name)
    with writing(store, today) as work:
        return change(work, spec, record_id, changes)[0]


def delete(store: Store, type_name: str, record_id: str) -> None:
    spec = spec_of(type_name)
    with writing(store) as work:
        remove(work, spec, record_id)


def get(store: Store, type_name: str, record_id: str) -> Record:
    """One record; identity-level reads are audited, so this is a (small) write."""
    spec = spec_of(type_name)
    with writing(store) as work:
        values = require(work, spec, record_id)
        audit_read(work, spec, record_id)
        return Record(spec.name, record_id, values)


def list_for_case(store: Store, type_name: str, case_id: str) -> list[Record]:
    spec = spec_of(type_name)
    if any(f.sensitivity is Sensitivity.IDENTITY for f in spec.fields) or spec is IDENTITY:
        with writing(store) as work:
            found = for_case(work, spec, case_id)
            for record in found:
                audit_read(work, spec, record.id)
            return found
    with reading(store) as work:
        return for_case(work, spec, case_id)
