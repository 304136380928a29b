"""The screens a coordinator opens on a large caseload, each next to its limit in the same run:
the dashboard, the agenda and the indicator report, on the UI benchmark's database of N demo
cases (a working copy, bench/ui_data.py).

The limit of each is the very SQL statements the service ran (captured as it ran them),
replayed directly on the SQLCipher driver connection in the same process: what reading the data
costs without our Python around it. Each is the median of three runs after a first one that
warms the page cache (as a second look at a screen would be); the indicator report also writes
its PDF and its audit entry. Peak memory: the indicator report's, in a process of its own.

Usage: python bench/screens_bench.py [--cases 100000] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("CARE_LOG_DIR", tempfile.mkdtemp())

import isolated
from sqlalchemy import event
from ui_data import PASSPHRASE, working_copy

from care_desktop.db.engine import UI_CACHE_KIB
from care_desktop.db.store import Store
from care_desktop.services import (
    dashboard_service,
    indicator_service,
    monitoring_service,
    vault_service,
)

RUNS = 3
SKIPPED = ("BEGIN", "COMMIT", "ROLLBACK", "PRAGMA", "SAVEPOINT", "RELEASE")


def _open(path: Path) -> Store:
    return vault_service.unlock_with_passphrase(path, PASSPHRASE, cache_kib=UI_CACHE_KIB)


def _captured(store: Store, action: Callable[[], Any]) -> tuple[float, Any, list[Any]]:
    """Seconds, result, and the read statements the action ran (with their parameters)."""
    statements: list[tuple[str, Any]] = []

    def seen(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if not statement.lstrip().upper().startswith(SKIPPED):
            statements.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", seen)
    try:
        start = time.perf_counter()
        result = action()
        elapsed = time.perf_counter() - start
    finally:
        event.remove(store.engine, "before_cursor_execute", seen)
    return elapsed, result, statements


def _replayed(store: Store, statements: list[tuple[str, Any]]) -> float:
    """The same statements, on the driver connection, every row fetched."""
    with store.read() as session:
        raw = session.connection().connection.driver_connection
        start = time.perf_counter()
        for statement, parameters in statements:
            if statement.lstrip().upper().startswith(("SELECT", "WITH")):
                raw.execute(statement, parameters).fetchall()
        return time.perf_counter() - start


def _measure(store: Store, action: Callable[[], Any]) -> dict[str, Any]:
    _, result, statements = _captured(store, action)  # warms the cache
    ours, limit = [], []
    for _ in range(RUNS):
        elapsed, result, statements = _captured(store, action)
        ours.append(elapsed)
        limit.append(_replayed(store, statements))
    return {
        "s": statistics.median(ours),
        "sql_s": statistics.median(limit),
        "statements": len(statements),
        "result_size": len(result) if isinstance(result, list) else None,
    }


def _report(path: Path, out: Path) -> dict[str, Any]:
    """The whole-period indicator report in a process of its own: time and peak memory."""
    store = _open(path)
    opened = isolated.resident_mb()
    request = indicator_service.ReportRequest()
    start = time.perf_counter()
    indicator_service.write_report(store, request, out, output_format="pdf")
    elapsed = time.perf_counter() - start
    store.close()
    return {"s": elapsed, "peak_mb": isolated.peak_mb(), "opened_mb": opened}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="care-screens-bench-"))
    path, _ = working_copy(args.cases, folder)
    results: dict[str, Any] = {"cases": args.cases}
    try:
        store = _open(path)
        try:
            results["dashboard"] = _measure(store, lambda: dashboard_service.dashboard(store))
            results["agenda"] = _measure(store, lambda: monitoring_service.agenda(store, days=7))
        finally:
            store.close()
        report = isolated.run(_report, path, folder / "indicators.pdf")
        replay_store = _open(path)
        try:
            # the report's limit: its statements replayed (captured from a run in this process)
            _, _, statements = _captured(
                replay_store,
                lambda: indicator_service.write_report(
                    replay_store, indicator_service.ReportRequest(), folder / "again.pdf"
                ),
            )
            report["sql_s"] = _replayed(replay_store, statements)
            report["statements"] = len(statements)
        finally:
            replay_store.close()
        results["indicator_report"] = report
    finally:
        shutil.rmtree(folder)  # the working copy, its key file and the migration's backup
    text = json.dumps(results, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
