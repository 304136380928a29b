"""The encrypted engine: sqlcipher3 connections handed to SQLAlchemy through `creator=`.

The raw 32-byte key is the very first statement on every connection, followed at once by a read
that tells a good key from a damaged file. The key never appears in a URL, a log or an error.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from care_desktop.domain.errors import (
    CorruptDatabaseError,
    DatabaseBusyError,
    DiskFullError,
    MissingDatabaseError,
    UserFacingError,
)

log = logging.getLogger(__name__)

BUSY_TIMEOUT_SECONDS = 10.0
UI_CACHE_KIB = 64 * 1024  # a large page cache for the connection the interface reads through
DEFAULT_CACHE_KIB = 8 * 1024

PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
)


def _uri(path: Path, *, create: bool) -> str:
    mode = "rwc" if create else "rw"
    return f"{path.resolve().as_uri()}?mode={mode}"


def connect(
    path: Path, key: bytes | bytearray, *, create: bool = False, cache_kib: int = DEFAULT_CACHE_KIB
) -> Any:
    """A keyed, checked sqlcipher3 connection in autocommit mode (SQLAlchemy emits BEGIN).

    `create=False` never creates a file: a missing database is an error, never a new empty one.
    """
    if not create and not path.exists():
        raise MissingDatabaseError(path=str(path))
    try:
        connection = sqlcipher3.connect(
            _uri(path, create=create),
            uri=True,
            isolation_level=None,
            check_same_thread=False,
            timeout=BUSY_TIMEOUT_SECONDS,
        )
    except sqlcipher3.OperationalError as error:
        raise translate_error(error, path) from None
    try:
        # SQLCipher logs page numbers of HMAC failures to stderr by default; we report them.
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
        # SQLCipher 4's settings, pinned: a later SQLCipher must not change how pages are read
        connection.execute("PRAGMA cipher_compatibility = 4")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in PRAGMAS:
            connection.execute(pragma)
        connection.execute(f"PRAGMA cache_size = -{int(cache_kib)}")
    except sqlcipher3.DatabaseError as error:
        connection.close()
        raise translate_error(error, path) from None
    return connection


def translate_error(error: BaseException, path: Path) -> UserFacingError:
    """Map an SQLCipher failure to what a person can act on, without its (SQL) text."""
    text = str(error).lower()
    if "database is locked" in text or "database table is locked" in text:
        return DatabaseBusyError()
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFullError()
    if "unable to open" in text and not path.exists():
        return MissingDatabaseError(path=str(path))
    # With an authenticated key, "not a database" and "malformed" mean the pages do not check out.
    return CorruptDatabaseError(path=str(path))


def is_storage_failure(error: BaseException) -> bool:
    """Whether a DB-API error means damage, a full disk or a lock rather than a bug of ours."""
    text = str(error).lower()
    return any(
        marker in text
        for marker in (
            "file is not a database",
            "malformed",
            "disk is full",
            "database is locked",
            "disk i/o error",
        )
    )


def make_engine(
    path: Path, key: bytes | bytearray, *, create: bool = False, cache_kib: int = DEFAULT_CACHE_KIB
) -> Engine:
    """An SQLAlchemy engine over keyed connections; the first one is opened (and checked) now."""
    creator: Callable[[], Any] = lambda: connect(path, key, create=create, cache_kib=cache_kib)  # noqa: E731
    first = creator()  # surfaces a wrong key or a damaged file before anything else happens
    first.close()
    engine = create_engine(
        "sqlite://",
        creator=lambda: connect(path, key, cache_kib=cache_kib),
        module=sqlcipher3.dbapi2,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=6,
        # the connection used last is handed out next: its page cache is the warm one (first in,
        # first out would alternate between connections, each filling a cache of its own)
        pool_use_lifo=True,
    )

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        # pysqlite's implicit transactions are disabled (isolation_level=None): we emit BEGIN,
        # IMMEDIATE for writers so that two writers queue instead of failing on upgrade.
        if connection.get_execution_options().get("immediate"):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.exec_driver_sql("BEGIN")

    return engine
