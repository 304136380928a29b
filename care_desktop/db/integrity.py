"""`care check`: every way the store can be wrong, each reported as a problem with a code.

Problems carry codes and counts, never record contents.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

import sqlcipher3
from sqlalchemy import text

from care_desktop.db.keyfile import SlotKind
from care_desktop.db.migrate import current_revision, head_revision
from care_desktop.db.store import Store


@dataclass(frozen=True, slots=True)
class Problem:
    code: str
    detail: str


def _rows(store: Store, sql: str) -> list[tuple[object, ...]]:
    with store.engine.connect() as connection:
        return [tuple(row) for row in connection.exec_driver_sql(sql).fetchall()]


class PageCheck:
    """The HMAC of every page on a connection of its own, so that it runs beside the database
    thread: reads and writes go on meanwhile. Measured about 0.17 s per 65 MB (so seconds for
    an office database of 100,000 cases). `interrupt()` (locking) cancels a check not started
    yet and asks SQLite to stop one under way, though SQLCipher's check, one loop in C, does not
    look at the request: a lock then waits for its end."""

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self._connection: Any = None
        self.interrupted = False

    def run(self, store: Store) -> list[Problem] | None:
        """The pages whose HMAC fails; None when interrupted before the end."""
        with store.engine.connect() as connection:
            raw: Any = connection.connection.dbapi_connection
            with self._guard:
                if self.interrupted:
                    return None
                self._connection = raw
            try:
                rows = raw.execute("PRAGMA cipher_integrity_check").fetchall()
            except sqlcipher3.OperationalError:
                if self.stopped():  # set by interrupt() from another thread meanwhile
                    return None
                raise
            finally:
                with self._guard:
                    self._connection = None
        return [Problem("page-hmac", str(row[0])) for row in rows]

    def stopped(self) -> bool:
        with self._guard:
            return self.interrupted

    def interrupt(self) -> None:
        with self._guard:
            self.interrupted = True
            if self._connection is not None:
                self._connection.interrupt()


def check_pages(store: Store) -> list[Problem]:
    """SQLCipher's HMAC of every page, then SQLite's own structural check."""
    problems = [
        Problem("page-hmac", str(row[0])) for row in _rows(store, "PRAGMA cipher_integrity_check")
    ]
    if problems:
        return problems  # SQLite's check would only fail on the same pages
    result = _rows(store, "PRAGMA integrity_check")
    if result != [("ok",)]:
        problems += [Problem("sqlite-integrity", str(row[0])[:200]) for row in result]
    return problems


def check_foreign_keys(store: Store) -> list[Problem]:
    return [
        Problem("foreign-key", f"{row[0]} row {row[1]} → {row[2]}")
        for row in _rows(store, "PRAGMA foreign_key_check")
    ]


def check_schema(store: Store) -> list[Problem]:
    problems: list[Problem] = []
    with store.engine.connect() as connection:
        revision = current_revision(connection)
        triggers = {
            row[0]
            for row in connection.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            )
        }
        devices = connection.execute(text("SELECT count(*) FROM device")).scalar_one()
    if revision != head_revision():
        problems.append(Problem("schema-revision", f"{revision} is not {head_revision()}"))
    for trigger in ("audit_log_no_update", "audit_log_no_delete"):
        if trigger not in triggers:
            problems.append(Problem("audit-append-only", f"trigger {trigger} is missing"))
    if devices != 1:
        problems.append(Problem("device-row", f"{devices} device rows instead of 1"))
    return problems


SEARCH_TRIGGERS = tuple(
    f"{table}_search_{event}"
    for table in ("cases", "identities")
    for event in ("insert", "update", "delete")
)


def check_search_index(store: Store) -> list[Problem]:
    """The case list's search index (migration 0008): its triggers, and one row per live case
    and live identity (a count, so a second or so at 100,000 cases)."""
    with store.engine.connect() as connection:
        triggers = set(
            connection.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            ).scalars()
        )
        indexed, live = connection.execute(
            text(
                "SELECT (SELECT count(*) FROM case_search_rows), "
                "(SELECT count(*) FROM cases WHERE deleted = 0) "
                "+ (SELECT count(*) FROM identities WHERE deleted = 0)"
            )
        ).one()
    problems = [
        Problem("search-index", f"trigger {trigger} is missing")
        for trigger in SEARCH_TRIGGERS
        if trigger not in triggers
    ]
    if indexed != live:
        problems.append(Problem("search-index", f"{indexed} rows for {live} live records"))
    return problems


def check_keyfile(store: Store) -> list[Problem]:
    problems: list[Problem] = []
    if not store.keyfile.slots_of(SlotKind.PASSPHRASE):
        problems.append(Problem("key-slots", "no passphrase slot"))
    if not store.keyfile.slots_of(SlotKind.RECOVERY):
        problems.append(Problem("key-slots", "no recovery slot"))
    return problems


def run_checks(store: Store) -> list[Problem]:
    problems = check_pages(store)
    if problems:
        return problems  # a damaged file makes every further answer unreliable
    return [
        *check_foreign_keys(store),
        *check_schema(store),
        *check_search_index(store),
        *check_keyfile(store),
    ]
