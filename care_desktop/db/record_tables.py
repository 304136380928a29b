"""Tables of the records, built from their declarations in domain/records.py.

Every record table has the record's `id` (a UUID made on the device), one column per field and
`deleted`, the tombstone that sync needs (a deleted record stays, emptied, so that an edit made
elsewhere at the same time is seen as a conflict rather than resurrecting or losing data).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    false,
    text,
)
from sqlalchemy.types import TypeEngine

from care_desktop.db.models import Base, User
from care_desktop.domain.records import ALL_RECORDS, RECORDS, USER
from care_desktop.domain.schema import FieldSpec, Kind, RecordSpec

_TYPES: dict[Kind, TypeEngine[Any]] = {
    Kind.TEXT: String(),
    Kind.LONG_TEXT: Text(),
    Kind.INT: Integer(),
    Kind.MONEY: Integer(),
    Kind.DATE: String(10),
    Kind.BOOL: Boolean(),
    Kind.CODE: String(64),
    Kind.CODES: Text(),  # JSON list, sorted
    Kind.COUNTRY: String(3),
    Kind.COUNTRIES: Text(),
    Kind.TEXTS: Text(),
    Kind.REF: String(36),
    Kind.MAP: Text(),  # JSON object
}


def _column(spec: RecordSpec, field: FieldSpec) -> Column[Any]:
    column_type: TypeEngine[Any] = _TYPES[field.kind]
    if field.kind is Kind.TEXT:
        column_type = String(field.max_length)
    if field.kind is Kind.REF and field.ref is not None:
        target = RECORDS[field.ref].table
        return Column(field.name, column_type, ForeignKey(f"{target}.id"), nullable=True)
    return Column(field.name, column_type, nullable=True)


def _build(spec: RecordSpec) -> Table:
    columns = [_column(spec, field) for field in spec.fields]
    indexes = []
    if spec.case_scoped:
        indexes.append(Index(f"ix_{spec.table}_case_id", "case_id"))
    if spec.parent is not None and spec.parent != "case_id":
        indexes.append(Index(f"ix_{spec.table}_{spec.parent}", spec.parent))
    return Table(
        spec.table,
        Base.metadata,
        Column("id", String(36), primary_key=True),
        *columns,
        Column("deleted", Boolean(), nullable=False, server_default=false()),
        *indexes,
    )


TABLES: dict[str, Table] = {}
for _spec in ALL_RECORDS:
    TABLES[_spec.name] = User.__table__ if _spec is USER else _build(_spec)  # type: ignore[assignment]

Index("ix_cases_case_code", TABLES["case"].c.case_code)
Index("ix_cases_status", TABLES["case"].c.status)
Index("ix_cases_country_of_return", TABLES["case"].c.country_of_return)
Index("ix_cases_office_id", TABLES["case"].c.office_id)
# counting the live cases (migration 0009): only a query that names both terms can use it
Index(
    "ix_cases_live_count",
    TABLES["case"].c.deleted,
    sqlite_where=text("deleted IS 0 AND length(id) > 0"),
)
Index("ix_monitoring_visits_due", TABLES["visit"].c.status, TABLES["visit"].c.window_start)
# The case list's "overdue visits" filter reads only this index: (planned, window ended, case).
Index(
    "ix_monitoring_visits_overdue",
    TABLES["visit"].c.status,
    TABLES["visit"].c.window_end,
    TABLES["visit"].c.case_id,
)

# --- local tables (derived or device-only, never synced) ---------------------------------------

case_name_keys = Table(
    "case_name_keys",
    Base.metadata,
    Column("case_id", String(36), ForeignKey("cases.id"), primary_key=True),
    Column("key", String(64), primary_key=True),
    Index("ix_case_name_keys_key", "key"),
)
"""Blocking keys of each case's names (domain/duplicates.py), to find duplicate candidates."""

attachment_blobs = Table(
    "attachment_blobs",
    Base.metadata,
    Column("sha256", String(64), primary_key=True),
    Column("size", Integer(), nullable=False),
    Column("data", LargeBinary(), nullable=False),
)
"""Attachment contents by SHA-256: stored once, inside the encrypted database."""

rss_weight_sets = Table(
    "rss_weight_sets",
    Base.metadata,
    Column("version", String(64), primary_key=True),
    Column("document", Text(), nullable=False),
    Column("official", Boolean(), nullable=False),
    Column("active", Boolean(), nullable=False, server_default=false()),
    Column("loaded_at", String(32), nullable=False),
)
"""Weight sets of the Reintegration Sustainability Survey loaded on this device."""


def table(spec: RecordSpec | str) -> Table:
    return TABLES[spec if isinstance(spec, str) else spec.name]
