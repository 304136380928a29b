""" "Unlock with my login": a key slot whose secret lives in the operating system's keyring.

The keyring holds a random secret, never the data key itself, so removing the slot from the key
file revokes it even if the keyring entry lingers. Every keyring failure (no backend, a locked
collection, a D-Bus service that does not answer) falls back to the passphrase with a message.
"""

from __future__ import annotations

import base64
import logging
import secrets
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from care_desktop.db.keyfile import SlotKind, read_keyfile, try_unwrap
from care_desktop.db.store import Store
from care_desktop.domain.audit import AuditAction
from care_desktop.domain.errors import (
    KeyringEntryMissingError,
    KeyringLockedError,
    KeyringUnavailableError,
    MissingDatabaseError,
)
from care_desktop.services import vault_service
from care_desktop.services.audit_service import record

log = logging.getLogger(__name__)

SERVICE_NAME = "CARE Desktop"
KEYRING_TIMEOUT_SECONDS = 5.0
T = TypeVar("T")


def _call(function: Callable[[], T]) -> T:
    """Run a keyring call with a deadline: a keyring that waits for a prompt must not hang us."""
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            outcome["value"] = function()
        except BaseException as error:  # noqa: BLE001 - handed back to the caller's thread below
            outcome["error"] = error

    worker = threading.Thread(target=target, name="keyring", daemon=True)
    worker.start()
    worker.join(KEYRING_TIMEOUT_SECONDS)
    if worker.is_alive():
        log.warning("the keyring did not answer within %s s", KEYRING_TIMEOUT_SECONDS)
        raise KeyringLockedError()
    if "error" in outcome:
        raise _translate(outcome["error"])  # type: ignore[arg-type]
    return outcome["value"]  # type: ignore[return-value]


def _translate(error: BaseException) -> BaseException:
    import keyring.errors  # noqa: PLC0415 - keyring loads its backends on import

    if isinstance(error, keyring.errors.NoKeyringError):
        return KeyringUnavailableError()
    if isinstance(error, keyring.errors.KeyringLocked):
        return KeyringLockedError()
    if isinstance(error, keyring.errors.KeyringError):
        log.warning("keyring error: %s", type(error).__name__)
        return KeyringLockedError()
    if isinstance(error, OSError | RuntimeError | ValueError):
        # D-Bus and Secret Service failures surface as these from the backends
        log.warning("keyring backend failure: %s", type(error).__name__)
        return KeyringLockedError()
    return error


def _backend_works() -> None:
    import keyring  # noqa: PLC0415
    import keyring.backends.fail  # noqa: PLC0415

    backend = keyring.get_keyring()
    if isinstance(backend, keyring.backends.fail.Keyring) or backend.priority <= 0:
        raise KeyringUnavailableError()


def available() -> bool:
    """Whether a usable keyring backend exists (for greying out the option)."""
    try:
        _call(_backend_works)
    except KeyringUnavailableError:
        return False
    return True


def is_enabled(store: Store) -> bool:
    return bool(store.keyfile.slots_of(SlotKind.KEYRING))


def enable(store: Store) -> None:
    """Store a new secret in the keyring and add a slot for it (replacing any older one)."""
    import keyring  # noqa: PLC0415

    secret = secrets.token_bytes(32)
    encoded = base64.b64encode(secret).decode("ascii")

    def store_secret() -> None:
        _backend_works()
        keyring.set_password(SERVICE_NAME, store.database_id, encoded)

    _call(store_secret)
    old = {slot.id for slot in store.keyfile.slots_of(SlotKind.KEYRING)}
    label = store.user_id or "keyring"
    store.add_slot(SlotKind.KEYRING, label, secret, replacing=old)
    record(store, AuditAction.KEYRING_ENABLE)


def disable(store: Store) -> None:
    """Remove the keyring slot (which revokes it) and then, best effort, the keyring entry."""
    import keyring  # noqa: PLC0415

    store.remove_slots({slot.id for slot in store.keyfile.slots_of(SlotKind.KEYRING)})
    record(store, AuditAction.KEYRING_DISABLE)
    try:
        _call(lambda: keyring.delete_password(SERVICE_NAME, store.database_id))
    except Exception:  # noqa: BLE001 - the slot is gone; a stale entry opens nothing
        log.info("keyring entry could not be removed; the slot is revoked anyway")


def has_keyring_slot(path: Path) -> bool:
    """Whether this database offers "unlock with my login" (no keyring call is made)."""
    try:
        return bool(read_keyfile(path).slots_of(SlotKind.KEYRING))
    except Exception:  # noqa: BLE001 - the real error is reported when the user unlocks
        return False


def unlock(path: Path) -> Store:
    """Open with the secret from the keyring; KeyringUnavailableError and its kin otherwise."""
    import keyring  # noqa: PLC0415

    if not path.exists():
        raise MissingDatabaseError(path=str(path))
    keyfile = read_keyfile(path)
    slots = keyfile.slots_of(SlotKind.KEYRING)
    if not slots:
        raise KeyringEntryMissingError()

    def fetch() -> str | None:
        _backend_works()
        value: str | None = keyring.get_password(SERVICE_NAME, keyfile.database_id)
        return value

    encoded = _call(fetch)
    if not encoded:
        raise KeyringEntryMissingError()
    try:
        secret = base64.b64decode(encoded, validate=True)
    except ValueError:
        raise KeyringEntryMissingError() from None
    for slot in slots:
        key = try_unwrap(keyfile, slot, secret)
        if key is not None:
            return vault_service.open_unwrapped(path, keyfile, key, slot.label)
    raise KeyringEntryMissingError()
