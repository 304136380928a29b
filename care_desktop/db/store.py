"""An open encrypted store: its engine, its data key and who opened it.

Creating and opening go through here so that every path gets the same checks: a database is
never created over an existing file, and opening always checks the key, the pages and the
schema before anything else reads it.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from care_desktop.db.engine import (
    DEFAULT_CACHE_KIB,
    is_storage_failure,
    make_engine,
    translate_error,
)
from care_desktop.db.keyfile import (
    KeyFile,
    KeySlot,
    database_salt,
    keyfile_path,
    make_slot,
    read_keyfile,
    write_keyfile,
)
from care_desktop.db.migrate import BACKUP_FOLDER, MigrationResult, ensure_current
from care_desktop.db.record_store import install_guard
from care_desktop.domain.errors import (
    CorruptDatabaseError,
    DatabaseExistsError,
    DatabaseLockedError,
    KeyFileMismatchError,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class OpenResult:
    store: Store
    migration: MigrationResult


class Store:
    """The open database. `close()` disposes every connection and wipes the data key."""

    def __init__(self, path: Path, key: bytearray, engine: Engine, keyfile: KeyFile) -> None:
        install_guard(engine)
        self.path = path
        self._key = key
        self._engine: Engine | None = engine
        self.keyfile = keyfile
        self.user_id: str | None = None
        # what opening did to the schema, so the interface can say an upgrade happened
        self.migration: MigrationResult | None = None

    @property
    def database_id(self) -> str:
        return self.keyfile.database_id

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise DatabaseLockedError()
        return self._engine

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; storage failures become the errors a person can act on."""
        with self._translated(), Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction (BEGIN IMMEDIATE): commits when the block ends, else rolls back."""
        engine = self.engine.execution_options(immediate=True)
        with (
            self._translated(),
            Session(engine, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session

    @contextmanager
    def _translated(self) -> Iterator[None]:
        try:
            yield
        except DBAPIError as error:
            if error.orig is not None and is_storage_failure(error.orig):
                raise translate_error(error.orig, self.path) from None
            raise

    def add_slot(self, kind: str, label: str, secret: bytes, *, replacing: set[str]) -> KeySlot:
        """Wrap the data key under a new secret and drop the slots in `replacing`, atomically."""
        slot = make_slot(self.database_id, kind, label, secret, self._key)
        current = read_keyfile(self.path)
        self._save_slots(current.without(replacing).with_slot(slot))
        return slot

    def replace_slots(self, new: list[tuple[str, str, bytes]], *, replacing: set[str]) -> None:
        """Several new slots (kind, label, secret) and the removals, in one key-file write."""
        updated = read_keyfile(self.path).without(replacing)
        for kind, label, secret in new:
            updated = updated.with_slot(make_slot(self.database_id, kind, label, secret, self._key))
        self._save_slots(updated)

    def remove_slots(self, slot_ids: set[str]) -> None:
        self._save_slots(read_keyfile(self.path).without(slot_ids))

    def _save_slots(self, updated: KeyFile) -> None:
        """The key file, and those of the pre-upgrade backups (same data key), get the new slots:
        a retired passphrase must not keep opening the backups."""
        write_keyfile(self.path, updated)
        self.keyfile = updated
        folder = self.path.parent / BACKUP_FOLDER
        for backup in sorted(folder.glob(f"*{self.path.suffix}")) if folder.is_dir() else []:
            if keyfile_path(backup).exists():
                write_keyfile(backup, updated.with_salt(database_salt(backup)))

    def close(self) -> None:
        """Close every connection and overwrite the key in memory (as far as Python allows)."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        for index in range(len(self._key)):
            self._key[index] = 0


def refuse_existing(path: Path) -> None:
    """Nothing is ever created over an existing database, key file or journal."""
    for candidate in (path, keyfile_path(path), Path(f"{path}-wal"), Path(f"{path}-journal")):
        if candidate.exists():
            raise DatabaseExistsError(path=str(path))


def create(path: Path, keyfile: KeyFile, key: bytearray) -> OpenResult:
    """A new database: the key file is written first (exclusively), then the schema.

    If anything fails, both new files are removed again; an existing file is never touched.
    """
    refuse_existing(path)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        write_keyfile(path, keyfile, exclusive=True)
    except FileExistsError:
        raise DatabaseExistsError(path=str(path)) from None
    created = [keyfile_path(path)]
    try:
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            raise DatabaseExistsError(path=str(path)) from None
        os.close(fd)
        created += [path, Path(f"{path}-wal"), Path(f"{path}-shm")]
        engine = make_engine(path, key, create=True)
        try:
            migration = ensure_current(engine, path, key, new=True)
            keyfile = keyfile.with_salt(database_salt(path))
            write_keyfile(path, keyfile)
        except BaseException:
            engine.dispose()
            raise
    except BaseException:
        for leftover in created:
            leftover.unlink(missing_ok=True)
        raise
    return OpenResult(Store(path, key, engine, keyfile), migration)


def open_with_key(
    path: Path,
    keyfile: KeyFile,
    key: bytearray,
    *,
    migrate: bool = True,
    cache_kib: int = DEFAULT_CACHE_KIB,
) -> OpenResult:
    """Open an existing database whose data key has been unwrapped from `keyfile`.

    Every storage failure on the way (damaged pages, a busy or full disk) becomes the error a
    person can act on, whichever page it is found on.
    """
    if keyfile.database_salt is not None:
        salt = database_salt(path)
        if salt is None:
            raise CorruptDatabaseError(path=str(path))
        if salt != keyfile.database_salt:
            raise KeyFileMismatchError(path=str(keyfile_path(path)))
    try:
        engine = make_engine(path, key, cache_kib=cache_kib)
    except sqlcipher3.DatabaseError as error:
        raise translate_error(error, path) from None
    try:
        migration = ensure_current(engine, path, key, migrate=migrate)
    except DBAPIError as error:
        engine.dispose()
        raise translate_error(error.orig or error, path) from None
    except sqlcipher3.DatabaseError as error:
        engine.dispose()
        raise translate_error(error, path) from None
    except BaseException:
        engine.dispose()
        raise
    store = Store(path, key, engine, keyfile)
    store.migration = migration
    return OpenResult(store, migration)


def created_files(path: Path) -> tuple[Path, ...]:
    """Every file that `create()` makes for a database at `path`."""
    return (path, Path(f"{path}-wal"), Path(f"{path}-shm"), keyfile_path(path))
