"""Schema migrations on open: Alembic, in-process, with a backup taken before any upgrade."""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

from care_desktop.db.keyfile import (
    database_salt,
    fsync_directory,
    keyfile_path,
    read_keyfile,
    write_keyfile,
)
from care_desktop.domain.errors import CorruptDatabaseError, NewerDatabaseError

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")
BACKUP_FOLDER = "backups"


@dataclass(frozen=True, slots=True)
class MigrationResult:
    before: str | None
    after: str
    backup: Path | None


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


@functools.cache
def head_revision() -> str:
    """The data-model version of this application (read once: the shipped migrations are fixed
    for the life of the process)."""
    head = script_directory().get_current_head()
    if head is None:
        raise RuntimeError("no migrations are shipped")
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def known_revisions() -> set[str]:
    return {script.revision for script in script_directory().walk_revisions()}


def _has_tables(connection: Connection) -> bool:
    count = connection.execute(text("SELECT count(*) FROM sqlite_master WHERE type='table'"))
    return bool(count.scalar_one())


def upgrade(connection: Connection, target: str = "head") -> None:
    """Run migrations up to `target` in one transaction, foreign keys checked before commit."""
    # Batch migrations copy tables, so foreign keys are off while they run (SQLite ignores this
    # pragma inside a transaction, hence the driver connection) and checked before the commit.
    driver = connection.connection.driver_connection
    if driver is None:
        raise RuntimeError("the connection is closed")
    driver.execute("PRAGMA foreign_keys = OFF")
    try:
        with connection.begin():
            command.upgrade(_config(connection), target)
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise RuntimeError(f"migration left {len(problems)} foreign key violations")
    finally:
        driver.execute("PRAGMA foreign_keys = ON")


def backup_before_upgrade(engine: Engine, database: Path, key: bytes | bytearray, rev: str) -> Path:
    """An encrypted, consistent copy of the database (and its key file) before a migration."""
    folder = database.parent / BACKUP_FOLDER
    folder.mkdir(mode=0o700, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"{database.stem}-before-upgrade-from-{rev}-{stamp}{database.suffix}"
    try:
        raw = engine.raw_connection()
        try:
            # sqlcipher_export copies every page inside one read transaction, re-encrypted under
            # the same data key (with a fresh salt), so the same key slots open it.
            cursor = raw.cursor()
            cursor.execute(
                f"ATTACH DATABASE ? AS backup KEY \"x'{bytes(key).hex()}'\"", (str(target),)
            )
            cursor.execute("SELECT sqlcipher_export('backup')")
            cursor.execute("DETACH DATABASE backup")
        finally:
            raw.close()
        target.chmod(0o600)
        copy = read_keyfile(database).with_salt(database_salt(target))
        write_keyfile(target, copy, exclusive=True)
    except BaseException:
        # a backup that is not complete is no backup: leave nothing behind
        for leftover in (target, keyfile_path(target), Path(f"{target}-journal")):
            leftover.unlink(missing_ok=True)
        raise
    fsync_directory(folder)
    log.info("backup taken before upgrade from revision %s", rev)
    return target


def ensure_current(
    engine: Engine,
    database: Path,
    key: bytes | bytearray,
    *,
    new: bool = False,
    migrate: bool = True,
) -> MigrationResult:
    """Bring the schema to head: refuse a newer one, back up and upgrade an older one.

    Only a database being created (`new`) may start without a schema: an existing file without
    one was truncated or damaged, and building an empty database inside it would hide that.
    With `migrate=False` (`care check`) an older schema is left as it is and reported.
    """
    head = head_revision()
    with engine.connect() as connection:
        before = current_revision(connection)
        if before is None and (not new or _has_tables(connection)):
            raise CorruptDatabaseError(path=str(database))
        if before is not None and before not in known_revisions():
            raise NewerDatabaseError(path=str(database))
    if before == head or not migrate:
        return MigrationResult(before, before or head, None)
    backup = backup_before_upgrade(engine, database, key, before) if before is not None else None
    with engine.connect() as connection:
        upgrade(connection)
    log.info("schema upgraded from %s to %s", before, head)
    return MigrationResult(before, head, backup)
