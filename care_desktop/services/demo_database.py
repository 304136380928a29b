"""The demo database of "Explore with demo data" and how any screen or print knows it is one.

A demo is a separate encrypted database (`paths.demo_database`: a folder of its own beside the
real one, which is never opened, created or touched), filled with synthetic cases by the demo
generator. It opens with a fixed passphrase that the set-up wizard states: nothing in it is real.
Whether a database is a demo is stored IN it (a local marker, never synced): `is_demo(store)` is
what screens and prints ask.
"""

from __future__ import annotations

import logging
import shutil
import threading
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from care_desktop.db.store import Store
from care_desktop.db.sync_tables import sync_state
from care_desktop.domain.errors import UserFacingError
from care_desktop.paths import demo_database
from care_desktop.services import demo_service, trust_service, vault_service
from care_desktop.services.vault_service import SetupRequest

log = logging.getLogger(__name__)

DEMO_PASSPHRASE = "explore the care desktop demo"
DEMO_CASES = 300
DEMO_OFFICE = "CARE demo"
DEMO_USER = "Demo user"
# Synthetic data only: a light key derivation, so the demo opens at once on any laptop.
_DEMO_ARGON2 = {"time_cost": 1, "memory_kib": 8192, "parallelism": 1}
# Written last, once the database is filled: a demo without it was interrupted and is made again.
_MARKER = "demo_database"


class _CancelledError(Exception):
    pass


def is_demo(store: Store) -> bool:
    """True for a database made by "Explore with demo data" (screens and prints mark it DEMO)."""
    with store.read() as session:
        value = session.execute(select(sync_state.c.value).where(sync_state.c.key == _MARKER))
        return value.scalar() == "1"


def demo_path(real: Path) -> Path:
    path = demo_database(real)
    if path.resolve() == real.resolve() or path.parent.resolve() == real.parent.resolve():
        raise ValueError("the demo database must live apart from the real one")
    return path


def discard(real: Path) -> None:
    """Remove the demo of `real` (its own folder, with its key file and sync folders)."""
    folder = demo_path(real).parent
    if folder.exists():
        shutil.rmtree(folder)
        log.info("demo database removed")


def create(
    real: Path,
    cases: int = DEMO_CASES,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> Store | None:
    """A new demo database beside `real`, filled and marked; None if `cancel` was set meanwhile
    (then nothing of it is left). An earlier demo is replaced."""
    path = demo_path(real)
    discard(real)
    store, _ = vault_service.create_database(
        SetupRequest(
            path=path,
            role="coordinator",
            office=DEMO_OFFICE,
            countries=(),
            passphrase=DEMO_PASSPHRASE,
            user_name=DEMO_USER,
            argon2=_DEMO_ARGON2,
        )
    )

    def step(done: int, total: int) -> None:
        if cancel is not None and cancel.is_set():
            raise _CancelledError
        if progress is not None:
            progress(done, total)

    try:
        step(0, cases)
        demo_service.generate_demo(store, cases, progress=step)
        with store.write() as session:
            trust_service.set_state(session, _MARKER, "1")
    except _CancelledError:
        store.close()
        discard(real)
        log.info("demo database cancelled")
        return None
    except BaseException:
        store.close()
        discard(real)
        raise
    log.info("demo database made with %d cases", cases)
    return store


def open_existing(real: Path) -> Store | None:
    """The demo of `real` if one was made in full, open; else None (make one with `create`)."""
    path = demo_path(real)
    if not path.exists():
        return None
    try:
        store = vault_service.unlock_with_passphrase(
            path, DEMO_PASSPHRASE, cache_kib=vault_service.UI_CACHE_KIB
        )
    except UserFacingError:
        log.warning("demo database unreadable; it will be made again")
        return None
    if not is_demo(store):
        store.close()
        return None
    return store
