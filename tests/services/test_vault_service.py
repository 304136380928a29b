"""Set-up, unlock, passphrase change and recovery on real SQLCipher files."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text

from care_desktop.db.keyfile import keyfile_path, read_keyfile, unwrap_with_passphrase
from care_desktop.db.models import AuditEntry, Device, DeviceKey, User
from care_desktop.domain.errors import (
    CorruptDatabaseError,
    DatabaseExistsError,
    DatabaseLockedError,
    KeyFileMismatchError,
    MissingDatabaseError,
    MissingKeyFileError,
    UnknownCountryError,
    WeakPassphraseError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
)
from care_desktop.services import audit_service, vault_service
from care_desktop.services.vault_service import SetupRequest
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE
from tests.db.test_migrations import FIRST, make_database_at


def _setup(path: Path, **changes: object) -> vault_service.SetupResult:
    values: dict[str, object] = {
        "path": path,
        "role": "field",
        "office": "IOM Lagos",
        "countries": ("nga",),
        "passphrase": PASSPHRASE,
    }
    values.update(changes)
    store, result = vault_service.create_database(SetupRequest(**values))  # type: ignore[arg-type]
    store.close()
    return result


def test_set_up_makes_a_database_with_device_user_keys_and_audit(db_path: Path) -> None:
    result = _setup(db_path, user_name="Field Officer One")
    store = vault_service.unlock_with_passphrase(db_path, PASSPHRASE)
    try:
        assert store.user_id == result.user_id
        with store.read() as session:
            device = session.execute(select(Device)).scalar_one()
            assert (device.id, device.role, device.office) == (
                result.device_id,
                "field",
                "IOM Lagos",
            )
            assert device.countries == '["NGA"]'
            assert session.get(User, result.user_id) is not None
            purposes = sorted(k.purpose for k in session.scalars(select(DeviceKey)))
            assert purposes == ["encryption", "signing"]
            actions = [
                e.action for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id))
            ]
        assert actions == ["set-up", "open"]
        info = vault_service.device_info(store)
        assert info.user_name == "Field Officer One"
    finally:
        store.close()
    assert len(result.recovery_key.split("-")) == 14


def test_set_up_refuses_bad_input_before_writing_anything(db_path: Path) -> None:
    with pytest.raises(WeakPassphraseError):
        _setup(db_path, passphrase="password123")
    with pytest.raises(UnknownCountryError):
        _setup(db_path, countries=("XXX",))
    assert list(db_path.parent.iterdir()) == []


def test_set_up_never_creates_over_an_existing_database(db_path: Path) -> None:
    _setup(db_path)
    before = db_path.read_bytes(), keyfile_path(db_path).read_bytes()
    with pytest.raises(DatabaseExistsError):
        _setup(db_path, passphrase=OTHER_PASSPHRASE)
    assert (db_path.read_bytes(), keyfile_path(db_path).read_bytes()) == before
    # a stray key file alone is also never overwritten
    other = db_path.with_name("other.db")
    keyfile_path(other).write_text("from a backup")
    with pytest.raises(DatabaseExistsError):
        _setup(other)
    assert keyfile_path(other).read_text() == "from a backup"
    assert not other.exists()


def test_unlock_errors_are_distinct(db_path: Path) -> None:
    with pytest.raises(MissingDatabaseError):
        vault_service.unlock_with_passphrase(db_path, PASSPHRASE)
    assert not db_path.exists()  # opening never creates
    _setup(db_path)
    with pytest.raises(WrongPassphraseError):
        vault_service.unlock_with_passphrase(db_path, OTHER_PASSPHRASE)
    keyfile_path(db_path).rename(db_path.with_name("moved.keys"))
    with pytest.raises(MissingKeyFileError):
        vault_service.unlock_with_passphrase(db_path, PASSPHRASE)


def test_passphrase_change_rewraps_without_reencrypting(db_path: Path) -> None:
    _setup(db_path)
    before = db_path.read_bytes()[:4096]  # the salt and first page stay: no re-encryption
    _, key_before = unwrap_with_passphrase(read_keyfile(db_path), PASSPHRASE)
    vault_service.change_passphrase(db_path, PASSPHRASE, OTHER_PASSPHRASE)
    _, key_after = unwrap_with_passphrase(read_keyfile(db_path), OTHER_PASSPHRASE)
    assert key_after == key_before  # the same data key, rewrapped
    with pytest.raises(WrongPassphraseError):
        vault_service.unlock_with_passphrase(db_path, PASSPHRASE)
    store = vault_service.unlock_with_passphrase(db_path, OTHER_PASSPHRASE)
    actions = [row.action for row in audit_service.entries(store)]
    store.close()
    assert "passphrase-change" in actions
    assert db_path.read_bytes()[:16] == before[:16]


def test_passphrase_change_refuses_a_weak_new_one_and_keeps_the_old(db_path: Path) -> None:
    _setup(db_path)
    keys_before = keyfile_path(db_path).read_bytes()
    with pytest.raises(WeakPassphraseError):
        vault_service.change_passphrase(db_path, PASSPHRASE, "123456789012")
    with pytest.raises(WrongPassphraseError):
        vault_service.change_passphrase(db_path, OTHER_PASSPHRASE, OTHER_PASSPHRASE + "!")
    assert keyfile_path(db_path).read_bytes() == keys_before


def test_recovery_key_sets_a_new_passphrase_and_retires_the_old(db_path: Path) -> None:
    result = _setup(db_path)
    other = _setup(db_path.with_name("other.db"))
    with pytest.raises(WrongRecoveryKeyError):
        vault_service.recover(db_path, other.recovery_key, OTHER_PASSPHRASE)
    recovered = vault_service.recover(db_path, result.recovery_key.lower(), OTHER_PASSPHRASE)
    assert recovered.store.user_id == result.user_id
    recovered.store.close()
    # the typed recovery key is retired and replaced by a new one, shown once
    assert recovered.new_recovery_key != result.recovery_key
    with pytest.raises(WrongRecoveryKeyError):
        vault_service.recover(db_path, result.recovery_key, OTHER_PASSPHRASE)
    vault_service.recover(db_path, recovered.new_recovery_key, OTHER_PASSPHRASE).store.close()
    with pytest.raises(WrongPassphraseError):
        vault_service.unlock_with_passphrase(db_path, PASSPHRASE)
    store = vault_service.unlock_with_passphrase(db_path, OTHER_PASSPHRASE)
    with store.read() as session:
        assert session.execute(text("SELECT count(*) FROM device")).scalar_one() == 1
    assert "recover" in [row.action for row in audit_service.entries(store)]
    store.close()


def test_the_audit_log_is_append_only(db_path: Path) -> None:
    _setup(db_path)
    store = vault_service.unlock_with_passphrase(db_path, PASSPHRASE)
    try:
        for statement in ("UPDATE audit_log SET action = 'x'", "DELETE FROM audit_log"):
            with pytest.raises(Exception, match="append-only"), store.write() as session:
                session.execute(text(statement))
        assert len(audit_service.entries(store)) == 2
    finally:
        store.close()


def test_lock_wipes_the_key_and_refuses_further_use(db_path: Path) -> None:
    _setup(db_path)
    store = vault_service.unlock_with_passphrase(db_path, PASSPHRASE)
    key = store._key
    store.close()
    assert key == bytearray(32)
    with pytest.raises(DatabaseLockedError), store.read():
        pass


def test_an_emptied_database_file_is_reported_never_rebuilt(db_path: Path) -> None:
    _setup(db_path)
    db_path.write_bytes(b"")
    keys = keyfile_path(db_path).read_bytes()
    with pytest.raises(CorruptDatabaseError):
        vault_service.unlock_with_passphrase(db_path, PASSPHRASE)
    assert db_path.read_bytes() == b""
    assert keyfile_path(db_path).read_bytes() == keys


def test_a_key_file_of_another_database_is_named_as_such(db_path: Path) -> None:
    _setup(db_path)
    other = db_path.with_name("other.db")
    _setup(other)
    keyfile_path(db_path).write_bytes(keyfile_path(other).read_bytes())
    with pytest.raises(KeyFileMismatchError):
        vault_service.unlock_with_passphrase(db_path, PASSPHRASE)


def test_the_connections_have_the_pragmas_of_the_design(db_path: Path) -> None:
    _setup(db_path)
    store = vault_service.unlock_with_passphrase(db_path, PASSPHRASE, cache_kib=65536)
    try:
        with store.engine.connect() as connection:

            def pragma(name: str) -> object:
                return connection.exec_driver_sql(f"PRAGMA {name}").scalar()

            assert pragma("journal_mode") == "wal"
            assert pragma("synchronous") == 2  # FULL
            assert pragma("foreign_keys") == 1
            assert pragma("temp_store") == 2  # MEMORY
            assert pragma("secure_delete") == 1
            assert pragma("cache_size") == -65536
            assert str(pragma("cipher_version")).startswith("4.")
    finally:
        store.close()


def test_a_retired_passphrase_no_longer_opens_the_upgrade_backups(db_path: Path) -> None:
    make_database_at(db_path, FIRST)
    vault_service.unlock_with_passphrase(db_path, PASSPHRASE).close()  # upgrade: backup taken
    backup = next((db_path.parent / "backups").glob("*.db"))
    vault_service.change_passphrase(db_path, PASSPHRASE, OTHER_PASSPHRASE)
    with pytest.raises(WrongPassphraseError):
        unwrap_with_passphrase(read_keyfile(backup), PASSPHRASE)
    unwrap_with_passphrase(read_keyfile(backup), OTHER_PASSPHRASE)
