"""`care init`, `care check`, `care passphrase change`, `care recover` as a user runs them."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from care_desktop.db.keyfile import keyfile_path
from care_desktop.domain import errors
from care_desktop.services import check_service, vault_service
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE, add_users, run_care


def _init(db_path: Path, *extra: str) -> dict[str, str]:
    result = run_care(
        "--db",
        str(db_path),
        "--json",
        "init",
        "--role",
        "field",
        "--office",
        "IOM Accra",
        "--country",
        "GHA",
        *extra,
    )
    assert result.code == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def _files_under(*folders: Path) -> list[Path]:
    return [p for folder in folders for p in folder.rglob("*") if p.is_file()]


def test_init_prints_the_recovery_key_once_and_check_passes(db_path: Path) -> None:
    human = run_care("--db", str(db_path), "init", "--role", "coordinator", "--office", "Paris")
    assert human.code == 0, human.stderr
    assert "RECOVERY KEY" in human.stdout
    key_line = [line.strip() for line in human.stdout.splitlines() if line.count("-") == 13]
    assert len(key_line) == 1
    assert key_line[0].replace("-", "") not in keyfile_path(db_path).read_text()
    checked = run_care("--db", str(db_path), "check")
    assert (checked.code, checked.stdout.strip(), checked.stderr) == (0, "Database OK.", "")
    as_json = run_care("--db", str(db_path), "--json", "check")
    assert json.loads(as_json.stdout) == {"ok": True, "problems": []}


def test_init_refuses_to_overwrite_and_changes_nothing(db_path: Path) -> None:
    _init(db_path)
    before = db_path.read_bytes(), keyfile_path(db_path).read_bytes()
    again = run_care(
        "--db",
        str(db_path),
        "init",
        "--role",
        "field",
        "--office",
        "X",
        "--country",
        "GHA",
        passphrase=OTHER_PASSPHRASE,
    )
    assert again.code == 1
    assert "already exists" in again.stderr
    assert len(again.stderr.strip().splitlines()) == 1
    assert (db_path.read_bytes(), keyfile_path(db_path).read_bytes()) == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--role", "field", "--office", "Accra", "--country", "XYZ"], "not a country code"),
        (["--role", "field", "--office", "Accra"], "Country of the mission is required"),
        (["--role", "field", "--office", " ", "--country", "GHA"], "Office or mission is required"),
    ],
)
def test_init_input_errors(db_path: Path, args: list[str], message: str) -> None:
    result = run_care("--db", str(db_path), "init", *args)
    assert result.code == 1
    assert message in result.stderr
    assert not db_path.parent.exists() or not any(db_path.parent.iterdir())


def test_init_refuses_a_weak_passphrase(db_path: Path) -> None:
    result = run_care(
        "--db",
        str(db_path),
        "init",
        "--role",
        "coordinator",
        "--office",
        "Paris",
        passphrase="password2026",
    )
    assert (result.code, "too weak" in result.stderr) == (1, True)
    assert not db_path.exists()


def test_usage_errors_exit_2(db_path: Path) -> None:
    assert run_care("--db", str(db_path), "init", "--role", "boss", "--office", "X").code == 2
    assert run_care("frobnicate").code == 2


def test_no_passphrase_without_a_terminal_is_a_clear_failure(db_path: Path) -> None:
    _init(db_path)
    result = run_care("--db", str(db_path), "check", passphrase=None)
    assert result.code == 1
    assert "CARE_PASSPHRASE" in result.stderr


def _tamper(path: Path, offset: int) -> None:
    with path.open("r+b") as handle:
        handle.seek(offset)
        byte = handle.read(1)
        handle.seek(offset)
        handle.write(bytes([byte[0] ^ 0x01]))


def _newer(db_path: Path) -> None:
    store = vault_service.unlock_with_passphrase(db_path, PASSPHRASE)
    with store.write() as session:
        session.execute(text("UPDATE alembic_version SET version_num = 'f00dface'"))
    store.close()


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        ("wrong-passphrase", "passphrase is not correct"),
        ("tamper-first-page", "damaged or has been tampered with"),
        ("tamper-middle-page", "damaged or has been tampered with"),
        ("tamper-last-page", "damaged or has been tampered with"),
        ("missing-file", "There is no database at"),
        ("missing-key-file", "key file"),
        ("newer-schema", "newer version of CARE Desktop"),
    ],
)
def test_each_failure_has_its_own_message_exit_1_and_changes_nothing(
    db_path: Path, damage: str, message: str
) -> None:
    _init(db_path)
    store = vault_service.unlock_with_passphrase(db_path, PASSPHRASE)
    add_users(store, [f"user {number}" for number in range(300)])
    store.close()
    passphrase = PASSPHRASE
    size = db_path.stat().st_size
    if damage == "wrong-passphrase":
        passphrase = OTHER_PASSPHRASE
    elif damage == "tamper-first-page":
        _tamper(db_path, 200)
    elif damage == "tamper-middle-page":
        _tamper(db_path, (size // 4096 // 2) * 4096 + 1000)
    elif damage == "tamper-last-page":
        _tamper(db_path, size - 100)
    elif damage == "missing-file":
        db_path.rename(db_path.with_name("elsewhere.db"))
    elif damage == "missing-key-file":
        keyfile_path(db_path).unlink()
    elif damage == "newer-schema":
        _newer(db_path)
    folder = db_path.parent
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}

    result = run_care("--db", str(db_path), "check", passphrase=passphrase)

    assert result.code == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr
    after = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    assert after == before


def test_messages_are_distinct() -> None:
    templates = [
        errors.WrongPassphraseError.template,
        errors.CorruptDatabaseError.template,
        errors.MissingDatabaseError.template,
        errors.NewerDatabaseError.template,
        errors.MissingKeyFileError.template,
    ]
    assert len(set(templates)) == len(templates)


def test_passphrase_change_and_recover(db_path: Path) -> None:
    created = _init(db_path)
    changed = run_care(
        "--db", str(db_path), "passphrase", "change", new_passphrase=OTHER_PASSPHRASE
    )
    assert changed.code == 0, changed.stderr
    assert run_care("--db", str(db_path), "check").code == 1
    assert run_care("--db", str(db_path), "check", passphrase=OTHER_PASSPHRASE).code == 0

    mistyped = created["recovery_key"][:-1] + ("0" if created["recovery_key"][-1] != "0" else "1")
    typo = run_care(
        "--db", str(db_path), "recover", "--recovery-key", mistyped, new_passphrase=PASSPHRASE
    )
    assert (typo.code, "mistyped" in typo.stderr) == (1, True)

    recovered = run_care(
        "--db",
        str(db_path),
        "recover",
        "--recovery-key",
        created["recovery_key"],
        passphrase=None,
        new_passphrase="fresh start after the long rains",
    )
    assert recovered.code == 0, recovered.stderr
    assert run_care("--db", str(db_path), "check", passphrase=OTHER_PASSPHRASE).code == 1
    fresh = run_care("--db", str(db_path), "check", passphrase="fresh start after the long rains")
    assert fresh.code == 0


CANARY = "CANARY-Zq7xW3-Adaeze-Okonkwo"


def test_a_canary_is_readable_nowhere_at_rest(db_path: Path, private_folders: Path) -> None:
    made = run_care(
        "--db",
        str(db_path),
        "init",
        "--role",
        "field",
        "--office",
        CANARY,
        "--country",
        "NGA",
        "--user",
        CANARY,
    )
    assert made.code == 0, made.stderr
    store = vault_service.unlock_with_passphrase(db_path, PASSPHRASE)
    add_users(store, [CANARY * 20])
    # with the database open, the -wal and -shm files exist and hold the latest write
    open_files = {p.name for p in db_path.parent.iterdir()}
    assert {"care.db-wal", "care.db-shm"} <= open_files
    folders = [db_path.parent, private_folders / "tmp", private_folders / "logs"]
    needles = [CANARY.encode(), CANARY.encode("utf-16-le"), b"Okonkwo"]
    for path in _files_under(*folders):
        content = path.read_bytes()
        assert not any(needle in content for needle in needles), path
    store.close()
    for path in _files_under(*folders):
        content = path.read_bytes()
        assert not any(needle in content for needle in needles), path
    # the stored name is really there, behind the key
    store = vault_service.unlock_with_passphrase(db_path, PASSPHRASE)
    assert vault_service.device_info(store).office == CANARY
    store.close()
    # plain SQLite does not even see a database
    plain = sqlite3.connect(db_path)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        plain.execute("SELECT count(*) FROM sqlite_master").fetchall()
    plain.close()
    shutil.rmtree(private_folders / "tmp")


def test_a_missing_new_passphrase_names_the_right_variable(db_path: Path) -> None:
    _init(db_path)
    result = run_care("--db", str(db_path), "passphrase", "change")
    assert result.code == 1
    assert "CARE_NEW_PASSPHRASE" in result.stderr


def test_care_db_selects_the_database(db_path: Path) -> None:
    elsewhere = db_path.with_name("elsewhere.db")
    made = run_care(
        "init", "--role", "coordinator", "--office", "Paris", env={"CARE_DB": str(elsewhere)}
    )
    assert made.code == 0, made.stderr
    assert elsewhere.exists()
    assert not db_path.exists()
    assert run_care("check", env={"CARE_DB": str(elsewhere)}).code == 0
    assert run_care("check").code == 1  # the default place has no database


def test_an_invalid_escrow_recipient_is_refused_before_anything_is_made(db_path: Path) -> None:
    result = run_care(
        "--db",
        str(db_path),
        "init",
        "--role",
        "coordinator",
        "--office",
        "Paris",
        "--escrow-recipient",
        "age1notarealkey",
    )
    assert result.code == 1
    assert "age public key" in result.stderr
    assert not db_path.exists()


def _pages(db_path: Path) -> int:
    return db_path.stat().st_size // 4096


def _open_and_check(db_path: Path) -> None:
    """What `care check` does, in this process (fast enough to run once per page)."""
    opened = vault_service.unlock_with_passphrase(db_path, PASSPHRASE, audit=False, migrate=False)
    try:
        check_service.check(opened)
    finally:
        opened.close()


def test_a_tampered_byte_on_any_page_is_reported_as_damage(db_path: Path) -> None:
    """Every page, not a sample: the open path and the check agree on every one."""
    _init(db_path)
    store = vault_service.unlock_with_passphrase(db_path, PASSPHRASE)
    add_users(store, [f"user {number}" for number in range(200)])
    store.close()
    pristine = db_path.read_bytes()
    for page in range(_pages(db_path)):
        db_path.write_bytes(pristine)
        _tamper(db_path, page * 4096 + 1000)
        damaged = db_path.read_bytes()
        with pytest.raises(errors.CorruptDatabaseError):
            _open_and_check(db_path)
        assert db_path.read_bytes() == damaged, f"page {page + 1} was written to"


def test_check_leaves_a_faulty_file_exactly_as_found(db_path: Path) -> None:
    _init(db_path)
    store = vault_service.unlock_with_passphrase(db_path, PASSPHRASE)
    with store.engine.connect() as connection:
        connection.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")
        connection.exec_driver_sql(
            "INSERT INTO audit_log (at, user_id, device_id, action) VALUES "
            "('2026-01-01T00:00:00.000000Z', 'no-such-user', 'x', 'view')"
        )
        connection.commit()
    store.close()
    before = db_path.read_bytes()
    result = run_care("--db", str(db_path), "check")
    assert result.code == 1
    assert "foreign-key" in result.stdout
    assert db_path.read_bytes() == before
