"""Upgrades: a database made by the previous data-model revision opens in this version.

The database is built with the migrations up to head's parent and filled with plain SQL at that
revision (the tables as they were then, read from the file itself), with rows of every table
and a change log that agrees with them, as the previous version would have left it. It is then
opened the way the application opens it.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, text

from care_desktop.db.engine import make_engine
from care_desktop.db.keyfile import (
    KeyFile,
    SlotKind,
    make_slot,
    normalise_passphrase,
    read_keyfile,
    unwrap_with_passphrase,
    write_keyfile,
)
from care_desktop.db.migrate import (
    BACKUP_FOLDER,
    current_revision,
    head_revision,
    script_directory,
    upgrade,
)
from care_desktop.domain.records import ALL_RECORDS
from care_desktop.domain.schema import FieldSpec, Kind, RecordSpec
from care_desktop.services import vault_service
from care_desktop.sync.clock import Stamp
from tests.conftest import PASSPHRASE, run_care

DEVICE = "dev-previous"
USER = "user-1"
AT = "2026-01-05T10:00:00.000000Z"
BLOB = b"%PDF-1.4 synthetic attachment\n"
BLOB_SHA = "a" * 64
CASES = ("PREV-0001", "PREV-0002")
FIRST_MILLIS = 1_767_607_200_000  # 2026-01-05 10:00 UTC
REPLACE = "INSERT OR REPLACE"  # sync_state holds the migration's own first values


def previous_revision() -> str:
    """Head's parent: the data model the version before this one wrote."""
    down = script_directory().get_revision(head_revision()).down_revision
    assert isinstance(down, str), "head has no single parent revision"
    return down


PREVIOUS = previous_revision()

# Tables that are not records (no change log): rows as the previous version wrote them.
# Columns left out are filled from their declared type when they may not be NULL.
OTHER_ROWS: dict[str, list[dict[str, Any]]] = {
    "device": [
        {
            "id": DEVICE,
            "database_id": "db-previous",
            "role": "field",
            "office": "IOM Dakar",
            "countries": '["SEN"]',
            "created_at": AT,
            "created_by_version": "0.0.9",
        }
    ],
    "device_keys": [
        {"id": "key-1", "purpose": "signing", "algorithm": "ed25519", "key_id": b"\x01" * 8},
        {"id": "key-2", "purpose": "encryption", "algorithm": "x25519"},
    ],
    "audit_log": [
        {"at": AT, "user_id": USER, "device_id": DEVICE, "action": "set_up"},
        {"at": AT, "user_id": USER, "device_id": DEVICE, "action": "view", "record_type": "case"},
    ],
    "attachment_blobs": [{"sha256": BLOB_SHA, "size": len(BLOB), "data": BLOB}],
    "case_name_keys": [{"case_id": "case-1", "key": "k" * 64}],
    "bundles": [
        {
            "sender": DEVICE,
            "seq": 1,
            "direction": "out",
            "recipient": "dev-office",
            "sha256": "b" * 64,
            "at": AT,
            "writes": 3,
        }
    ],
    "peers": [
        {
            "device_id": "dev-office",
            "role": "coordinator",
            "office": "IOM Dakar",
            "countries": '["SEN"]',
            "signing_key": "RWQ-synthetic",
            "age_recipient": "age1synthetic",
            "status": "active",
            "since": AT,
        }
    ],
    "peer_vectors": [{"peer": "dev-office", "origin": DEVICE, "seq": 2, "ranges": "[[1,2]]"}],
    "quarantine": [
        {
            "received_at": AT,
            "reason": "bad-signature",
            "sender": "dev-other",
            "bundle_seq": 4,
            "content": b"\x00synthetic",
            "kind": "bundle",
            "resolved": 0,
        }
    ],
    "record_conflicts": [],  # only ever written with concurrent heads; checked to exist below
    "rosters": [{"version": 1, "document": '{"devices":[]}', "received_at": AT}],
    "rss_weight_sets": [
        {
            "version": "synthetic-1",
            "document": "{}",
            "official": 0,
            "active": 0,
            "loaded_at": AT,
        }
    ],
}


def _canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _value(spec: RecordSpec, field: FieldSpec, ids: Mapping[str, str]) -> Any:
    """A valid stored value of the field's kind (lists and maps as their JSON text)."""
    kind = field.kind
    first_code = field.codes.values()[0] if field.codes is not None else "x"
    simple: dict[Kind, Any] = {
        Kind.TEXT: f"{spec.name} {field.name} é"[: field.max_length],
        Kind.LONG_TEXT: f"{spec.name} {field.name}: synthetic text,\nsecond line",
        Kind.INT: field.minimum if field.minimum is not None else 3,
        Kind.MONEY: 125_000,
        Kind.DATE: "2026-01-05",
        Kind.BOOL: True,
        Kind.CODE: first_code,
        Kind.CODES: _canonical([first_code]),
        Kind.COUNTRY: "SEN",
        Kind.COUNTRIES: _canonical(["SEN"]),
        Kind.TEXTS: _canonical(["first", "second"]),
        Kind.MAP: _canonical({"q1": "yes"}),
    }
    if kind is Kind.REF:
        return ids[field.ref or ""]
    return simple[kind]


def _record_rows(spec: RecordSpec) -> list[tuple[str, dict[str, Any]]]:
    ids = {other.name: f"{other.name}-1" for other in ALL_RECORDS}
    rows = []
    for number in (1, 2) if spec.name == "case" else (1,):
        values = {f.name: _value(spec, f, ids) for f in spec.fields}
        if spec.name == "case":
            values["case_code"] = CASES[number - 1]
        if spec.name == "case_link":
            values["other_case_id"] = "case-2"
        if spec.name == "attachment":
            values |= {"sha256": BLOB_SHA, "size": len(BLOB)}
        rows.append((f"{spec.name}-{number}", values))
    return rows


def _columns(connection: Connection, table: str) -> dict[str, tuple[str, bool]]:
    """name → (declared type, NOT NULL) of the table as it is in this file."""
    info = connection.exec_driver_sql(f'PRAGMA table_info("{table}")').fetchall()
    return {row[1]: (str(row[2]).upper(), bool(row[3])) for row in info}


def _filler(declared: str, name: str) -> Any:
    if name.endswith("_at") or name == "since":
        return AT
    if declared in {"BLOB"}:
        return b"\x02" * 32
    if declared in {"INTEGER", "BOOLEAN"}:
        return 0
    return "x"


def _insert(
    connection: Connection, table: str, row: Mapping[str, Any], *, verb: str = "INSERT"
) -> None:
    columns = _columns(connection, table)
    full = {name: value for name, value in row.items() if name in columns}
    for name, (declared, not_null) in columns.items():
        if not_null and name not in full and not (name == "id" and declared == "INTEGER"):
            full[name] = _filler(declared, name)
    names = ", ".join(f'"{name}"' for name in full)
    marks = ", ".join("?" for _ in full)
    connection.exec_driver_sql(
        f'{verb} INTO "{table}" ({names}) VALUES ({marks})',
        tuple(full.values()),
    )


def _tables(connection: Connection) -> list[str]:
    found = connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
    )
    # the search index (migration 0008) is derived by triggers from cases and identities, and
    # checked by `care check` (run after the upgrade below) and test_case_search_index.py
    return [
        row[0]
        for row in found
        if row[0] != "alembic_version" and not row[0].startswith("case_search")
    ]


def make_previous_database(path: Path, revision: str = PREVIOUS) -> bytearray:
    """A real encrypted database at `revision`, as the previous version left it; its data key."""
    key = bytearray(secrets.token_bytes(32))
    slots = (
        make_slot("db-previous", SlotKind.PASSPHRASE, USER, normalise_passphrase(PASSPHRASE), key),
        make_slot("db-previous", SlotKind.RECOVERY, "recovery", secrets.token_bytes(32), key),
    )
    write_keyfile(path, KeyFile("db-previous", slots), exclusive=True)
    engine = make_engine(path, key, create=True)
    with engine.connect() as connection:
        upgrade(connection, revision)
    seq = 0
    with engine.begin() as connection:
        tables = set(_tables(connection))
        for name in ("device", "device_keys"):
            for row in OTHER_ROWS[name]:
                _insert(connection, name, row)
        for spec in ALL_RECORDS:
            if spec.table not in tables:
                continue  # a record type the previous version did not have
            present = _columns(connection, spec.table)
            for record_id, values in _record_rows(spec):
                kept = {name: value for name, value in values.items() if name in present}
                _insert(connection, spec.table, {"id": record_id, **kept})
                seq += 1
                _insert(
                    connection,
                    "changes",
                    {
                        "origin": DEVICE,
                        "seq": seq,
                        "stamp": Stamp(FIRST_MILLIS + seq, 0).text(),
                        "author": USER,
                        "record_type": spec.name,
                        "record_id": record_id,
                        "field_values": _canonical(kept),
                        "supersedes": "{}",
                    },
                )
        for name, rows in OTHER_ROWS.items():
            if name not in {"device", "device_keys"}:
                for row in rows:
                    _insert(connection, name, row)
        _insert(connection, "sync_state", {"key": "next_seq", "value": str(seq + 1)}, verb=REPLACE)
        _insert(
            connection,
            "sync_state",
            {"key": "clock", "value": Stamp(FIRST_MILLIS + seq, 0).text()},
            verb=REPLACE,
        )
    engine.dispose()
    return key


Rows = dict[str, set[tuple[Any, ...]]]


def snapshot(
    path: Path, key: bytes | bytearray, columns: Mapping[str, list[str]] | None = None
) -> tuple[str | None, dict[str, list[str]], Rows]:
    """The revision, the columns and every row of every table (of `columns` if given: the
    old columns of an upgraded file)."""
    engine = make_engine(path, key)
    try:
        with engine.connect() as connection:
            revision = current_revision(connection)
            if columns is None:
                columns = {t: list(_columns(connection, t)) for t in _tables(connection)}
            rows = {}
            for table, names in columns.items():
                listed = ", ".join(f'"{name}"' for name in names)
                found = connection.execute(text(f'SELECT {listed} FROM "{table}"'))  # noqa: S608
                rows[table] = {tuple(row) for row in found}
    finally:
        engine.dispose()
    return revision, dict(columns), rows


def test_the_previous_database_has_rows_of_every_table(db_path: Path) -> None:
    key = make_previous_database(db_path)
    revision, _, rows = snapshot(db_path, key)
    assert revision == PREVIOUS != head_revision()
    empty = sorted(name for name, found in rows.items() if not found)
    # a table added since needs rows here; record_conflicts is only filled by concurrent heads
    assert empty == ["record_conflicts"]
    assert set(OTHER_ROWS) | {s.table for s in ALL_RECORDS} | {"changes", "sync_state"} >= set(rows)


def test_opening_it_upgrades_to_head_keeping_every_row_after_a_backup(db_path: Path) -> None:
    key = make_previous_database(db_path)
    _, columns, before = snapshot(db_path, key)

    store = vault_service.unlock_with_passphrase(db_path, PASSPHRASE)
    migration = store.migration
    store.close()

    assert migration is not None
    assert (migration.before, migration.after) == (PREVIOUS, head_revision())
    revision, _, after = snapshot(db_path, key, columns)
    assert revision == head_revision()
    for table, rows in before.items():
        kept = after[table]
        if table == "audit_log":  # opening is audited: the old entries stay, one is added
            assert rows < kept
            assert len(kept) == len(rows) + 1
        else:
            assert kept == rows, table
    # the backup: in backups/, at the previous revision, with exactly the rows of before
    assert migration.backup is not None
    assert migration.backup.parent == db_path.parent / BACKUP_FOLDER
    assert list(migration.backup.parent.glob("*.db")) == [migration.backup]
    _, backup_key = unwrap_with_passphrase(read_keyfile(migration.backup), PASSPHRASE)
    assert snapshot(migration.backup, backup_key) == (PREVIOUS, columns, before)


def test_care_check_passes_after_the_upgrade(db_path: Path) -> None:
    make_previous_database(db_path)
    vault_service.unlock_with_passphrase(db_path, PASSPHRASE).close()
    result = run_care("--db", str(db_path), "check")
    assert result.code == 0, result.stderr + result.stdout


def test_the_cli_upgrades_it_says_where_the_backup_is_and_lists_its_cases(db_path: Path) -> None:
    make_previous_database(db_path)
    result = run_care("--db", str(db_path), "case", "list")
    assert result.code == 0, result.stderr
    for code in CASES:
        assert code in result.stdout
    backups = list((db_path.parent / BACKUP_FOLDER).glob("*.db"))
    assert len(backups) == 1
    assert result.stderr.strip() == (
        f"The database was upgraded to data model {head_revision()}; a copy of the previous "
        f"one is in {backups[0]}"
    )
    # the second run finds it current: no notice, no second backup
    again = run_care("--db", str(db_path), "case", "list")
    assert (again.code, again.stderr) == (0, "")
    assert len(list((db_path.parent / BACKUP_FOLDER).glob("*.db"))) == 1


def make_newer_database(path: Path) -> None:
    """A database a later version wrote: at a revision this code does not know."""
    key = make_previous_database(path, "head")
    engine = make_engine(path, key)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'f00dfeed0099'"))
    engine.dispose()


def test_the_cli_refuses_a_newer_database_in_one_line_and_leaves_it_untouched(
    db_path: Path,
) -> None:
    make_newer_database(db_path)
    before = db_path.read_bytes()
    result = run_care("--db", str(db_path), "case", "list")
    assert result.code == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert "newer version" in lines[0]
    assert "Install the latest version" in lines[0]
    assert db_path.read_bytes() == before
    assert not (db_path.parent / BACKUP_FOLDER).exists()
