"""Set up, unlock and lock the encrypted store; change passphrases; recover with the recovery key.

Passphrase change and recovery rewrap the data key in the key file; the database itself is
never re-encrypted, so they are instant and cannot damage it.
"""

from __future__ import annotations

import getpass
import json
import logging
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from care_desktop import __version__
from care_desktop.db import record_store
from care_desktop.db import store as store_module
from care_desktop.db.engine import DEFAULT_CACHE_KIB, UI_CACHE_KIB
from care_desktop.db.keyfile import (
    DATA_KEY_BYTES,
    KeyFile,
    SlotKind,
    keyfile_path,
    make_slot,
    normalise_passphrase,
    read_keyfile,
    unwrap_with_passphrase,
    unwrap_with_recovery_key,
)
from care_desktop.db.models import Device, DeviceKey, User
from care_desktop.db.store import Store
from care_desktop.domain.audit import AuditAction
from care_desktop.domain.countries import normalise_country
from care_desktop.domain.errors import (
    FIELD_CONTEXT,
    CorruptDatabaseError,
    MissingDatabaseError,
    MissingValueError,
    Msg,
    PassphraseMismatchError,
    WeakPassphraseError,
)
from care_desktop.domain.passphrase import MINIMUM_LENGTH, estimate
from care_desktop.domain.records import USER
from care_desktop.domain.recovery_key import format_key, parse_key
from care_desktop.domain.roles import Role, parse_role
from care_desktop.services.audit_service import add_entry
from care_desktop.sync import capture
from care_desktop.sync.keys import generate_device_keys

log = logging.getLogger(__name__)

__all__ = ["UI_CACHE_KIB"]  # the interface opens its store with a large page cache (DESIGN §3)


@dataclass(frozen=True, slots=True)
class SetupRequest:
    path: Path
    role: str
    office: str
    countries: tuple[str, ...]
    passphrase: str
    user_name: str = ""
    argon2: dict[str, int] | None = None  # None: the defaults recorded in keyfile.py


@dataclass(frozen=True, slots=True)
class SetupResult:
    database_id: str
    device_id: str
    user_id: str
    role: Role
    recovery_key: str  # shown once, never stored in clear


@dataclass(frozen=True, slots=True)
class DeviceInfo:
    device_id: str
    database_id: str
    role: Role
    office: str
    countries: tuple[str, ...]
    user_id: str | None
    user_name: str | None


def key_file_exists(path: Path) -> bool:
    return keyfile_path(path).exists()


def require_strong(passphrase: str) -> None:
    if not estimate(passphrase).acceptable:
        raise WeakPassphraseError(minimum=MINIMUM_LENGTH)


def require_same(passphrase: str, repeated: str) -> None:
    if passphrase != repeated:
        raise PassphraseMismatchError()


def validate_setup(
    request: SetupRequest, *, check_passphrase: bool = True
) -> tuple[Role, str, tuple[str, ...]]:
    """Check every input before anything is written; the first problem is raised."""
    role = parse_role(request.role)
    office = request.office.strip()
    if not office:
        raise MissingValueError(field=Msg(FIELD_CONTEXT, "Office or mission"))
    countries = tuple(dict.fromkeys(normalise_country(code) for code in request.countries))
    if role is Role.FIELD and not countries:
        raise MissingValueError(field=Msg(FIELD_CONTEXT, "Country of the mission"))
    store_module.refuse_existing(request.path)
    if check_passphrase:
        require_strong(request.passphrase)
    return role, office, countries


def create_database(request: SetupRequest) -> tuple[Store, SetupResult]:
    """A new encrypted database with this device's keys, its first user and a recovery key."""
    role, office, countries = validate_setup(request)
    database_id = str(uuid.uuid4())
    device_id = str(uuid.uuid4())
    user_id = str(uuid.uuid4())
    data_key = bytearray(secrets.token_bytes(DATA_KEY_BYTES))
    recovery = secrets.token_bytes(32)
    passphrase_slot = make_slot(
        database_id,
        SlotKind.PASSPHRASE,
        user_id,
        normalise_passphrase(request.passphrase),
        data_key,
        argon2=request.argon2,
    )
    recovery_slot = make_slot(database_id, SlotKind.RECOVERY, "recovery", recovery, data_key)
    keyfile = KeyFile(database_id, (passphrase_slot, recovery_slot))
    opened = store_module.create(request.path, keyfile, data_key)
    store = opened.store
    store.user_id = user_id
    keys = generate_device_keys()
    try:
        with store.write() as session:
            session.add(
                Device(
                    id=device_id,
                    database_id=database_id,
                    role=str(role),
                    office=office,
                    countries=json.dumps(list(countries)),
                    created_by_version=__version__,
                )
            )
            session.flush()  # the device row first: the change log names this device
            capture.install(session, user_id)
            record_store.insert_record(
                session,
                USER,
                user_id,
                {
                    "display_name": (request.user_name.strip() or _login_name())[:200],
                    "role": str(role),
                    "is_active": True,
                },
            )
            session.add(
                DeviceKey(
                    id=str(uuid.uuid4()),
                    purpose="signing",
                    algorithm="ed25519",
                    key_id=keys.minisign_key_id,
                    public_key=keys.signing_public,
                    secret_key=keys.signing_secret,
                )
            )
            session.add(
                DeviceKey(
                    id=str(uuid.uuid4()),
                    purpose="encryption",
                    algorithm="x25519",
                    public_key=keys.age_recipient.encode(),
                    secret_key=keys.age_identity.encode(),
                )
            )
            session.flush()
            add_entry(session, user_id, AuditAction.SET_UP)
    except BaseException:
        # The set-up did not finish: remove what this call created, and only that.
        store.close()
        for leftover in store_module.created_files(request.path):
            leftover.unlink(missing_ok=True)
        raise
    log.info("database created (role %s)", role)
    result = SetupResult(database_id, device_id, user_id, role, format_key(recovery))
    return store, result


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "officer"


def open_unwrapped(
    path: Path,
    keyfile: KeyFile,
    key: bytearray,
    user_id: str | None,
    *,
    audit: bool = True,
    migrate: bool = True,
    cache_kib: int = DEFAULT_CACHE_KIB,
) -> Store:
    """Open with a data key already unwrapped from one of the slots of `keyfile`.

    With `audit=False` the caller records the opening itself, after it has checked the pages;
    with `migrate=False` an older schema is left as it is (`care check` changes nothing).
    """
    opened = store_module.open_with_key(path, keyfile, key, migrate=migrate, cache_kib=cache_kib)
    store = opened.store
    store.user_id = user_id
    if audit:
        try:
            with store.write() as session:
                add_entry(session, user_id, AuditAction.OPEN)
        except BaseException:
            store.close()
            raise
    return store


def unlock_with_passphrase(
    path: Path,
    passphrase: str,
    *,
    audit: bool = True,
    migrate: bool = True,
    cache_kib: int = DEFAULT_CACHE_KIB,
) -> Store:
    """Open the database with a user's passphrase. The file is not touched before the key is."""
    if not path.exists():
        raise MissingDatabaseError(path=str(path))
    keyfile = read_keyfile(path)
    slot, key = unwrap_with_passphrase(keyfile, passphrase)
    return open_unwrapped(
        path, keyfile, key, slot.label, audit=audit, migrate=migrate, cache_kib=cache_kib
    )


def change_passphrase(path: Path, old: str, new: str) -> None:
    """Rewrap the data key for the user of `old`; the old passphrase stops working at once."""
    require_strong(new)
    if not path.exists():
        raise MissingDatabaseError(path=str(path))
    keyfile = read_keyfile(path)
    slot, key = unwrap_with_passphrase(keyfile, old)
    store = open_unwrapped(path, keyfile, key, slot.label)
    try:
        store.add_slot(
            SlotKind.PASSPHRASE, slot.label, normalise_passphrase(new), replacing={slot.id}
        )
        with store.write() as session:
            add_entry(session, slot.label, AuditAction.PASSPHRASE_CHANGE)
    finally:
        store.close()


@dataclass(frozen=True, slots=True)
class Recovered:
    store: Store
    new_recovery_key: str  # the old sheet was taken out and typed: it is replaced, shown once


def recover(path: Path, recovery_key: str, new_passphrase: str) -> Recovered:
    """Open with the recovery key and give the user a new passphrase; old passphrases stop working.

    On a device with several users, every user's passphrase is replaced by the new one: the
    person recovering the laptop becomes its user, and colleagues set theirs again. The recovery
    key itself is replaced by a new one, since the old one has been out of its safe place.
    """
    key_bytes = parse_key(recovery_key)
    require_strong(new_passphrase)
    if not path.exists():
        raise MissingDatabaseError(path=str(path))
    keyfile = read_keyfile(path)
    _, key = unwrap_with_recovery_key(keyfile, key_bytes)
    store = open_unwrapped(path, keyfile, key, None)
    with store.read() as session:
        user_id = session.scalars(select(User.id).order_by(User.created_at)).first()
    if user_id is None:  # set-up always makes one: a database without users is damaged
        store.close()
        raise CorruptDatabaseError(path=str(path))
    old = {slot.id for slot in store.keyfile.slots_of(SlotKind.PASSPHRASE)}
    old_recovery = {slot.id for slot in store.keyfile.slots_of(SlotKind.RECOVERY)}
    fresh = secrets.token_bytes(32)
    # one write of the key file: new passphrase and new recovery key together, or neither
    store.replace_slots(
        [
            (SlotKind.PASSPHRASE, user_id, normalise_passphrase(new_passphrase)),
            (SlotKind.RECOVERY, "recovery", fresh),
        ],
        replacing=old | old_recovery,
    )
    store.user_id = user_id
    with store.write() as session:
        add_entry(session, user_id, AuditAction.RECOVER)
    return Recovered(store, format_key(fresh))


def device_info(store: Store) -> DeviceInfo:
    with store.read() as session:
        device = session.execute(select(Device)).scalar_one()
        user = session.get(User, store.user_id) if store.user_id else None
        return DeviceInfo(
            device_id=device.id,
            database_id=device.database_id,
            role=Role(device.role),
            office=device.office,
            countries=tuple(json.loads(device.countries)),
            user_id=user.id if user else None,
            user_name=user.display_name if user else None,
        )
