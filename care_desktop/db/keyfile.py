"""Key slots: the database's random data key, wrapped once per way of unlocking it.

Like LUKS, the data key that encrypts the database never changes when a passphrase does; each
slot wraps it with a key-encryption key (KEK) derived from one secret:

- ``passphrase``: Argon2id over the NFC-normalised passphrase, parameters stored in the slot;
- ``recovery``: HKDF-SHA256 over the 256-bit recovery key written on paper at set-up;
- ``keyring``: HKDF-SHA256 over a random secret kept in the operating system's keyring.

The wrap is ChaCha20-Poly1305 with the slot's description (database id, slot id, kind, label,
KDF parameters) as associated data, so a slot cannot be moved to another database or have its
parameters weakened without failing authentication. The key file sits next to the database
(``care.db.keys``), holds no secret in clear, and is replaced atomically.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import unicodedata
import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from care_desktop.domain.errors import (
    CorruptKeyFileError,
    MissingKeyFileError,
    NewerDatabaseError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
)

FORMAT = "care-desktop-keyfile"
FORMAT_VERSION = 1
DATA_KEY_BYTES = 32
KEYFILE_SUFFIX = ".keys"

# RFC 9106 §4, second recommended option: 64 MiB, 3 passes, 4 lanes (≈0.15 s here, ≈0.5 s on an
# old laptop). Recorded in each slot, so a later release can raise them for new slots.
DEFAULT_ARGON2 = {"time_cost": 3, "memory_kib": 65536, "parallelism": 4}
_MAX_ARGON2_MEMORY_KIB = 4 * 1024 * 1024  # refuse a key file that asks for absurd memory


class SlotKind:
    PASSPHRASE = "passphrase"
    RECOVERY = "recovery"
    KEYRING = "keyring"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True, slots=True)
class KeySlot:
    id: str
    kind: str
    label: str  # user id for a passphrase slot; free of personal data
    kdf: dict[str, Any]
    nonce: bytes
    wrapped: bytes
    created: str

    def associated_data(self, database_id: str) -> bytes:
        description = {
            "database_id": database_id,
            "slot_id": self.id,
            "kind": self.kind,
            "label": self.label,
            "kdf": self.kdf,
        }
        return json.dumps(description, sort_keys=True, separators=(",", ":")).encode()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "label": self.label,
            "kdf": self.kdf,
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
            "created": self.created,
        }

    @classmethod
    def from_json(cls, raw: object) -> KeySlot:
        if not isinstance(raw, dict):
            raise ValueError("slot is not an object")
        kdf = raw["kdf"]
        if not isinstance(kdf, dict):
            raise ValueError("kdf is not an object")
        slot = cls(
            id=str(raw["id"]),
            kind=str(raw["kind"]),
            label=str(raw["label"]),
            kdf=kdf,
            nonce=_unb64(raw["nonce"]),
            wrapped=_unb64(raw["wrapped"]),
            created=str(raw["created"]),
        )
        if len(slot.nonce) != 12 or len(slot.wrapped) != DATA_KEY_BYTES + 16:
            raise ValueError("slot has the wrong sizes")
        return slot


@dataclass(frozen=True, slots=True)
class KeyFile:
    database_id: str
    slots: tuple[KeySlot, ...] = field(default_factory=tuple)
    # The database file's first 16 bytes (SQLCipher's random salt, not secret): tells a key file
    # that belongs to another database from a damaged database. None until the file exists.
    database_salt: str | None = None

    def with_salt(self, salt: str | None) -> KeyFile:
        return replace(self, database_salt=salt)

    def slots_of(self, kind: str) -> list[KeySlot]:
        return [slot for slot in self.slots if slot.kind == kind]

    def with_slot(self, slot: KeySlot, *, replacing: str | None = None) -> KeyFile:
        kept = tuple(s for s in self.slots if s.id != replacing)
        return replace(self, slots=(*kept, slot))

    def without(self, slot_ids: set[str]) -> KeyFile:
        return replace(self, slots=tuple(s for s in self.slots if s.id not in slot_ids))

    def to_bytes(self) -> bytes:
        document: dict[str, Any] = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "database_id": self.database_id,
            "slots": [slot.to_json() for slot in self.slots],
        }
        if self.database_salt is not None:
            document["database_salt"] = self.database_salt
        return (json.dumps(document, indent=2, sort_keys=True) + "\n").encode()


def database_salt(database: Path) -> str | None:
    """The salt SQLCipher keeps in the first 16 bytes of the file, as hex (None if too short)."""
    try:
        with database.open("rb") as handle:
            head = handle.read(16)
    except FileNotFoundError:
        return None
    return head.hex() if len(head) == 16 else None


def keyfile_path(database: Path) -> Path:
    return database.with_name(database.name + KEYFILE_SUFFIX)


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC, so that "é" typed as one or two code points unlocks the same database."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _derive(kdf: dict[str, Any], secret: bytes) -> bytes:
    name = kdf.get("name")
    salt = _unb64(kdf.get("salt"))
    if name == "argon2id":
        time_cost, memory, lanes = kdf["time_cost"], kdf["memory_kib"], kdf["parallelism"]
        if not all(isinstance(v, int) and v > 0 for v in (time_cost, memory, lanes)):
            raise ValueError("argon2 parameters are not positive integers")
        if memory > _MAX_ARGON2_MEMORY_KIB or time_cost > 64 or lanes > 64:
            raise ValueError("argon2 parameters are out of range")
        return hash_secret_raw(
            secret,
            salt,
            time_cost=time_cost,
            memory_cost=memory,
            parallelism=lanes,
            hash_len=32,
            type=Type.ID,
        )
    if name == "hkdf-sha256":
        info = str(kdf.get("info", "")).encode()
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(secret)
    raise ValueError(f"unknown kdf {name!r}")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def make_slot(
    database_id: str,
    kind: str,
    label: str,
    secret: bytes,
    data_key: bytes | bytearray,
    *,
    argon2: dict[str, int] | None = None,
) -> KeySlot:
    """A new slot wrapping `data_key` under `secret` (a passphrase's bytes or a random key)."""
    salt = secrets.token_bytes(16)
    if kind == SlotKind.PASSPHRASE:
        kdf: dict[str, Any] = {"name": "argon2id", "salt": _b64(salt), **(argon2 or DEFAULT_ARGON2)}
    else:
        kdf = {"name": "hkdf-sha256", "salt": _b64(salt), "info": f"care-desktop {kind} slot"}
    slot = KeySlot(
        id=str(uuid.uuid4()),
        kind=kind,
        label=label,
        kdf=kdf,
        nonce=secrets.token_bytes(12),
        wrapped=b"",
        created=_now(),
    )
    kek = _derive(kdf, secret)
    wrapped = ChaCha20Poly1305(kek).encrypt(
        slot.nonce, bytes(data_key), slot.associated_data(database_id)
    )
    return replace(slot, wrapped=wrapped)


def try_unwrap(keyfile: KeyFile, slot: KeySlot, secret: bytes) -> bytearray | None:
    """The data key if `secret` opens `slot`, else None."""
    try:
        kek = _derive(slot.kdf, secret)
    except (ValueError, KeyError, TypeError):
        return None
    try:
        key = ChaCha20Poly1305(kek).decrypt(
            slot.nonce, slot.wrapped, slot.associated_data(keyfile.database_id)
        )
    except InvalidTag:
        return None
    return bytearray(key)


def unwrap_with_passphrase(keyfile: KeyFile, passphrase: str) -> tuple[KeySlot, bytearray]:
    """The slot and data key that this passphrase opens; WrongPassphraseError otherwise."""
    secret = normalise_passphrase(passphrase)
    for slot in keyfile.slots_of(SlotKind.PASSPHRASE):
        key = try_unwrap(keyfile, slot, secret)
        if key is not None:
            return slot, key
    raise WrongPassphraseError()


def unwrap_with_recovery_key(keyfile: KeyFile, recovery_key: bytes) -> tuple[KeySlot, bytearray]:
    for slot in keyfile.slots_of(SlotKind.RECOVERY):
        key = try_unwrap(keyfile, slot, recovery_key)
        if key is not None:
            return slot, key
    raise WrongRecoveryKeyError()


def read_keyfile(database: Path) -> KeyFile:
    path = keyfile_path(database)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise MissingKeyFileError(path=str(path)) from None
    if len(raw) > 1_000_000:
        raise CorruptKeyFileError(path=str(path))
    try:
        document = json.loads(raw)
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise ValueError("not a key file")
        version = document.get("version")
        if not isinstance(version, int):
            raise ValueError("no version")
        if version > FORMAT_VERSION:
            raise NewerDatabaseError(path=str(database))
        slots = tuple(KeySlot.from_json(s) for s in document["slots"])
        database_id = document["database_id"]
        if not isinstance(database_id, str) or not slots:
            raise ValueError("no database id or no slot")
        salt = document.get("database_salt")
        if salt is not None and (not isinstance(salt, str) or len(salt) != 32):
            raise ValueError("bad database salt")
        return KeyFile(database_id=database_id, slots=slots, database_salt=salt)
    except NewerDatabaseError:
        raise
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise CorruptKeyFileError(path=str(path)) from None


def write_keyfile(database: Path, keyfile: KeyFile, *, exclusive: bool = False) -> None:
    """Replace the key file atomically (temporary file, fsync, rename, fsync of the folder).

    With `exclusive`, refuse to replace an existing key file (set-up of a new database).
    """
    path = keyfile_path(database)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    data = keyfile.to_bytes()
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if exclusive:
            # link() fails if the target exists: no window in which an old file is replaced
            os.link(temporary, path)
            os.unlink(temporary)
        else:
            os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    fsync_directory(path.parent)


def fsync_directory(folder: Path) -> None:
    """Make a rename durable; a no-op where folders cannot be opened (Windows)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
