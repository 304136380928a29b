"""Schema migrations on open: Alembic, in-process, with a backup taken before any upgrade."""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text

from care_desktop.db.keyfile import (
    database_salt,
    fsync_directory,
    keyfile_path,
    read_keyfile,
    write_keyfile,
)
from care_desktop.domain.errors import CorruptDatabaseError, NewerDatabaseError

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

log = logging.getLogger(__name__)

HEAD = "0009"
"""The data-model version of this application: the newest of the shipped migrations (a test
holds it to Alembic's own reading of them). Opening a database that is already at this version
never loads Alembic: it is loaded to migrate, which is rare (about 11 MB and 0.1 s saved at
start-up)."""

BUNDLE_READER = "0008"
"""The oldest data model that reads every bundle this version writes (each bundle's
`min_reader`). A migration that changes only this device's own storage (an index, as 0009)
leaves it where it is, so that a mission still on the previous version goes on importing the
office's bundles; one that changes what bundles carry (record types, fields) raises it to its
own revision."""

MIGRATIONS = Path(__file__).with_name("migrations")
BACKUP_FOLDER = "backups"


@dataclass(frozen=True, slots=True)
class MigrationResult:
    before: str | None
    after: str
    backup: Path | None


def _config(connection: Connection | None = None) -> Config:
    from alembic.config import Config  # noqa: PLC0415 - loaded to migrate only (see HEAD)

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory  # noqa: PLC0415 - loaded to migrate only

    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    """The data-model version of this application."""
    return HEAD


def current_revision(connection: Connection) -> str | None:
    """The database's data-model version (Alembic's table, read directly); None when it names
    none (a database being created, or a damaged one)."""
    exists = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
    ).first()
    if exists is None:
        return None
    rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    # no row, or more than one (ours is a single line of versions): no version this application
    # can name; opening such a file is refused as damaged, `care check` reports it
    return str(rows[0][0]) if len(rows) == 1 else None


@functools.cache
def known_revisions() -> frozenset[str]:
    return frozenset(script.revision for script in script_directory().walk_revisions())


def _has_tables(connection: Connection) -> bool:
    count = connection.execute(text("SELECT count(*) FROM sqlite_master WHERE type='table'"))
    return bool(count.scalar_one())


def upgrade(connection: Connection, target: str = "head") -> None:
    """Run migrations up to `target` in one transaction, foreign keys checked before commit."""
    # Batch migrations copy tables, so foreign keys are off while they run (SQLite ignores this
    # pragma inside a transaction, hence the driver connection) and checked before the commit.
    from alembic import command  # noqa: PLC0415 - loaded to migrate only (see HEAD)

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
        if before is not None and before != head and before not in known_revisions():
            raise NewerDatabaseError(path=str(database))
    if before == head or not migrate:
        return MigrationResult(before, before or head, None)
    backup = backup_before_upgrade(engine, database, key, before) if before is not None else None
    with engine.connect() as connection:
        upgrade(connection)
    log.info("schema upgraded from %s to %s", before, head)
    return MigrationResult(before, head, backup)
