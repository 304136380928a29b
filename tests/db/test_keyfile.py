from __future__ import annotations

import json
import secrets
from pathlib import Path

import pytest

from care_desktop.db.keyfile import (
    KeyFile,
    SlotKind,
    keyfile_path,
    make_slot,
    normalise_passphrase,
    read_keyfile,
    unwrap_with_passphrase,
    unwrap_with_recovery_key,
    write_keyfile,
)
from care_desktop.domain.errors import (
    CorruptKeyFileError,
    MissingKeyFileError,
    NewerDatabaseError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
)

FAST = {"time_cost": 1, "memory_kib": 8192, "parallelism": 1}


def _keyfile(data_key: bytearray, recovery: bytes) -> KeyFile:
    passphrase = make_slot(
        "db-1", SlotKind.PASSPHRASE, "user-1", normalise_passphrase("é tout"), data_key, argon2=FAST
    )
    recovery_slot = make_slot("db-1", SlotKind.RECOVERY, "recovery", recovery, data_key)
    return KeyFile("db-1", (passphrase, recovery_slot))


def test_slots_unwrap_the_same_data_key(tmp_path: Path) -> None:
    data_key = bytearray(secrets.token_bytes(32))
    recovery = secrets.token_bytes(32)
    database = tmp_path / "care.db"
    write_keyfile(database, _keyfile(data_key, recovery), exclusive=True)
    keyfile = read_keyfile(database)
    # NFC and NFD spellings of "é" are the same passphrase
    slot, key = unwrap_with_passphrase(keyfile, "e\u0301 tout")
    assert key == data_key
    assert slot.label == "user-1"
    assert unwrap_with_recovery_key(keyfile, recovery)[1] == data_key
    with pytest.raises(WrongPassphraseError):
        unwrap_with_passphrase(keyfile, "é tous")
    with pytest.raises(WrongRecoveryKeyError):
        unwrap_with_recovery_key(keyfile, secrets.token_bytes(32))


def test_the_key_file_holds_no_secret_in_clear(tmp_path: Path) -> None:
    data_key = bytearray(secrets.token_bytes(32))
    recovery = secrets.token_bytes(32)
    database = tmp_path / "care.db"
    write_keyfile(database, _keyfile(data_key, recovery))
    raw = keyfile_path(database).read_bytes()
    for secret in (bytes(data_key), recovery, b"\xc3\xa9 tout"):
        assert secret not in raw
        assert secret.hex().encode() not in raw


@pytest.mark.parametrize("field", ["kdf", "label", "database_id"])
def test_a_slot_whose_description_was_edited_no_longer_opens(tmp_path: Path, field: str) -> None:
    database = tmp_path / "care.db"
    write_keyfile(database, _keyfile(bytearray(32), bytes(32)))
    document = json.loads(keyfile_path(database).read_text())
    if field == "kdf":
        document["slots"][0]["kdf"]["time_cost"] = 2
    elif field == "label":
        document["slots"][0]["label"] = "user-2"
    else:
        document["database_id"] = "db-2"
    keyfile_path(database).write_text(json.dumps(document))
    with pytest.raises(WrongPassphraseError):
        unwrap_with_passphrase(read_keyfile(database), "é tout")


def test_exclusive_write_never_replaces_an_existing_key_file(tmp_path: Path) -> None:
    database = tmp_path / "care.db"
    keyfile_path(database).write_text("precious")
    with pytest.raises(FileExistsError):
        write_keyfile(database, _keyfile(bytearray(32), bytes(32)), exclusive=True)
    assert keyfile_path(database).read_text() == "precious"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == ["care.db.keys"]


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (None, MissingKeyFileError),
        (b"", CorruptKeyFileError),
        (b"\xff\xfe", CorruptKeyFileError),
        (b'{"format": "care-desktop-keyfile", "version": 1, "slots": []}', CorruptKeyFileError),
        (b'{"format": "care-desktop-keyfile", "version": 99, "slots": []}', NewerDatabaseError),
        (b"[1, 2, 3]", CorruptKeyFileError),
    ],
)
def test_unreadable_key_files_say_why(
    tmp_path: Path, content: bytes | None, error: type[Exception]
) -> None:
    database = tmp_path / "care.db"
    if content is not None:
        keyfile_path(database).write_bytes(content)
    with pytest.raises(error):
        read_keyfile(database)


def test_absurd_kdf_parameters_are_not_run(tmp_path: Path) -> None:
    database = tmp_path / "care.db"
    write_keyfile(database, _keyfile(bytearray(32), bytes(32)))
    document = json.loads(keyfile_path(database).read_text())
    document["slots"][0]["kdf"]["memory_kib"] = 2**40
    keyfile_path(database).write_text(json.dumps(document))
    with pytest.raises(WrongPassphraseError):
        unwrap_with_passphrase(read_keyfile(database), "é tout")
