"""Migrations: a database made at the first revision upgrades to head with its data intact."""

from __future__ import annotations

import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text

from care_desktop.db.engine import make_engine
from care_desktop.db.keyfile import (
    KeyFile,
    SlotKind,
    database_salt,
    make_slot,
    normalise_passphrase,
    read_keyfile,
    unwrap_with_passphrase,
    write_keyfile,
)
from care_desktop.db.migrate import (
    BACKUP_FOLDER,
    BUNDLE_READER,
    current_revision,
    head_revision,
    script_directory,
    upgrade,
)
from care_desktop.db.models import AuditEntry, Base, Device, User
from care_desktop.domain.errors import CorruptDatabaseError, NewerDatabaseError
from care_desktop.services import bundle_import, bundle_service, trust_service, vault_service
from tests.conftest import PASSPHRASE

FIRST = "0001"


def make_database_at(path: Path, revision: str) -> bytearray:
    """A real encrypted database at `revision`, with a device, a user and audit rows."""
    key = bytearray(secrets.token_bytes(32))
    slot = make_slot("db-1", SlotKind.PASSPHRASE, "user-1", normalise_passphrase(PASSPHRASE), key)
    write_keyfile(path, KeyFile("db-1", (slot,)), exclusive=True)
    engine = make_engine(path, key, create=True)
    with engine.connect() as connection:
        upgrade(connection, revision)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO device (id, database_id, role, office, countries, created_at, "
                "created_by_version) VALUES ('dev-1', 'db-1', 'field', 'IOM Dakar', '[\"SEN\"]', "
                "'2026-01-05T10:00:00.000000Z', '0.0.1')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO users (id, display_name, role, created_at, is_active) "
                "VALUES ('user-1', 'Officer', 'field', '2026-01-05T10:00:00.000000Z', 1)"
            )
        )
        for number in range(50):
            connection.execute(
                text(
                    "INSERT INTO audit_log (at, user_id, device_id, action, record_type, "
                    "record_id) VALUES ('2026-01-05T10:00:00.000000Z', 'user-1', 'dev-1', "
                    "'view', 'case', :record)"
                ),
                {"record": f"case-{number}"},
            )
    engine.dispose()
    return key


def test_upgrade_from_the_first_revision_keeps_every_row(db_path: Path) -> None:
    make_database_at(db_path, FIRST)
    store = vault_service.unlock_with_passphrase(db_path, PASSPHRASE)
    try:
        with store.read() as session:
            assert current_revision(session.connection()) == head_revision() != FIRST
            device = session.execute(select(Device)).scalar_one()
            assert (device.id, device.office, device.countries) == ("dev-1", "IOM Dakar", '["SEN"]')
            assert session.get(User, "user-1") is not None
            records = session.scalars(
                select(AuditEntry.record_id).where(AuditEntry.action == "view")
            )
            assert sorted(records) == sorted(f"case-{n}" for n in range(50))
    finally:
        store.close()


def test_a_backup_is_taken_before_the_upgrade_and_opens_at_the_old_revision(db_path: Path) -> None:
    make_database_at(db_path, FIRST)
    vault_service.unlock_with_passphrase(db_path, PASSPHRASE).close()
    backups = sorted((db_path.parent / BACKUP_FOLDER).glob("*.db"))
    assert len(backups) == 1
    backup = backups[0]
    assert read_keyfile(backup).slots == read_keyfile(db_path).slots
    assert read_keyfile(backup).database_salt == database_salt(backup)
    assert backup.stat().st_mode & 0o077 == 0
    _, key = unwrap_with_passphrase(read_keyfile(backup), PASSPHRASE)
    engine = make_engine(backup, key)
    with engine.connect() as connection:
        assert current_revision(connection) == FIRST
        count = connection.execute(text("SELECT count(*) FROM audit_log")).scalar_one()
        assert count == 50
    engine.dispose()
    # a second open at head takes no further backup
    vault_service.unlock_with_passphrase(db_path, PASSPHRASE).close()
    assert len(list((db_path.parent / BACKUP_FOLDER).glob("*.db"))) == 1


# The case list's search index (migration 0008): an FTS5 table, its shadow tables and the row
# keys, written only by triggers, so not models; they are checked by name instead.
SEARCH_INDEX = {
    "case_search",
    "case_search_config",
    "case_search_data",
    "case_search_docsize",
    "case_search_idx",
    "case_search_rows",
}


def _not_search_index(name: str | None, kind: str, _parents: object) -> bool:
    return not (kind == "table" and name in SEARCH_INDEX)


def test_the_migrations_build_exactly_the_models(db_path: Path) -> None:
    key = make_database_at(db_path, "head")
    engine = make_engine(db_path, key)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": _not_search_index})
        differences = compare_metadata(context, Base.metadata)
        tables = set(
            connection.execute(
                text("SELECT name FROM sqlite_schema WHERE type = 'table'")
            ).scalars()
        )
    engine.dispose()
    assert differences == []
    assert {name for name in tables if name.startswith("case_search")} == SEARCH_INDEX


def test_a_database_from_a_newer_version_is_refused_and_untouched(db_path: Path) -> None:
    key = make_database_at(db_path, "head")
    engine = make_engine(db_path, key)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    before = db_path.read_bytes()
    with pytest.raises(NewerDatabaseError):
        vault_service.unlock_with_passphrase(db_path, PASSPHRASE)
    assert db_path.read_bytes() == before
    assert not (db_path.parent / BACKUP_FOLDER).exists()


def test_the_pinned_head_is_the_newest_shipped_migration() -> None:
    assert head_revision() == script_directory().get_current_head()
    assert len(script_directory().get_heads()) == 1


def test_opening_a_current_database_does_not_load_alembic(tmp_path: Path) -> None:
    """Alembic is loaded to migrate only: unlocking a database already at head, as every start
    of the application does, leaves it out (a fresh interpreter, the real file)."""
    path = tmp_path / "care.db"
    vault_service.create_database(
        vault_service.SetupRequest(path, "coordinator", "IOM France", (), PASSPHRASE)
    )[0].close()
    program = (
        "import sys\n"
        "from pathlib import Path\n"
        "from care_desktop.services import vault_service\n"
        f"store = vault_service.unlock_with_passphrase(Path({str(path)!r}), {PASSPHRASE!r})\n"
        "store.close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "[]"


def test_a_database_that_names_no_version_is_refused_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "care.db"
    store = vault_service.create_database(
        vault_service.SetupRequest(path, "coordinator", "IOM France", (), PASSPHRASE)
    )[0]
    with store.engine.begin() as connection:
        connection.execute(text("DELETE FROM alembic_version"))
    store.close()
    with pytest.raises(CorruptDatabaseError):
        vault_service.unlock_with_passphrase(path, PASSPHRASE)


def test_a_mission_one_version_behind_imports_this_versions_bundles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bundles name BUNDLE_READER, not this version's head, as the oldest reader: migration
    0009 only added an index, so a device still at 0008 must not hold them as newer (and one
    older than that still does)."""
    assert head_revision() >= BUNDLE_READER
    office, field = (
        vault_service.create_database(
            vault_service.SetupRequest(tmp_path / name / "care.db", role, name, where, PASSPHRASE)
        )[0]
        for name, role, where in (("office", "coordinator", ()), ("field", "field", ("NGA",)))
    )
    trust_service.export_identity(office, tmp_path / "office.card")
    trust_service.export_identity(field, tmp_path / "field.card")
    trust_service.enroll(office, tmp_path / "field.card", ("NGA",))
    trust_service.enroll(field, tmp_path / "office.card")
    out = tmp_path / "to-field.carebundle"
    bundle_service.export_bundle(office, trust_service.identity(field).device_id, out)
    before = script_directory().get_revision(BUNDLE_READER).down_revision
    monkeypatch.setattr(bundle_import, "head_revision", lambda: before)
    held = bundle_service.import_bundle(field, out)
    assert (held.status, held.reason) == ("quarantined", "newer-model")
    monkeypatch.setattr(bundle_import, "head_revision", lambda: BUNDLE_READER)
    retried = bundle_service.import_bundle(field, out)
    assert retried.status == "applied"
    assert retried.applied > 0
    office.close()
    field.close()
