"""Sync benchmarks, each next to its physical limit measured in the same run.

- bundle export, and import + merge, of N field writes, against plain inserts of the same rows
  into the same SQLCipher database (one executemany in one transaction): the limit;
- capture overhead per edit (a record write with its change-log entry vs the same write alone);
- capture overhead on disk (database growth with and without the change log).

Usage: python bench/sync_bench.py [--sizes 10000 100000] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("CARE_LOG_DIR", tempfile.mkdtemp())

import isolated  # bench/isolated.py, beside this file
from sqlalchemy import select, text

from care_desktop.db import record_store
from care_desktop.db.record_tables import table
from care_desktop.db.sync_tables import changes
from care_desktop.domain import records as r
from care_desktop.domain.demo_names import RETURN_COUNTRY_WEIGHTS
from care_desktop.services import (
    bundle_service,
    demo_service,
    trust_service,
    vault_service,
)
from care_desktop.services.vault_service import SetupRequest
from care_desktop.sync import capture

PASSPHRASE = "benchmark passphrase of five words"
FAST_KDF = {"time_cost": 1, "memory_kib": 8192, "parallelism": 1}


def _device(folder: Path, name: str, role: str) -> Any:
    countries = tuple(sorted(RETURN_COUNTRY_WEIGHTS)) if role == "field" else ()
    store, _ = vault_service.create_database(
        SetupRequest(folder / name / "care.db", role, name, countries, PASSPHRASE, argon2=FAST_KDF)
    )
    return store


def _pair(office: Any, field: Any, folder: Path) -> None:
    trust_service.export_identity(office, folder / "office.card")
    trust_service.export_identity(field, folder / "field.card")
    trust_service.enroll(office, folder / "field.card", tuple(sorted(RETURN_COUNTRY_WEIGHTS)))
    trust_service.enroll(field, folder / "office.card")


def _timed(function: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


def bench_bundles(writes_wanted: int, folder: Path) -> dict[str, Any]:
    office, field = _device(folder, "office", "coordinator"), _device(folder, "field", "field")
    _pair(office, field, folder)
    cases = max(1, writes_wanted // 33)  # a demo case makes about 33 writes
    demo_service.generate_demo(field, cases, seed=7)
    with field.read() as session:
        writes = int(session.execute(text("SELECT count(*) FROM changes")).scalar_one())
        rows = [dict(row._mapping) for row in session.execute(select(changes))]
    out = folder / "bench.carebundle"
    # copies of both databases for the memory runs: export and import again there, each in a
    # process of its own, so that their peak memory is theirs alone (not the demo generation's)
    field.close()
    office.close()
    for name in ("field", "office"):
        shutil.copytree(folder / name, folder / f"{name}-memory")
    field = vault_service.unlock_with_passphrase(folder / "field" / "care.db", PASSPHRASE)
    office = vault_service.unlock_with_passphrase(folder / "office" / "care.db", PASSPHRASE)
    export_s, _ = _timed(lambda: bundle_service.export_bundle(field, "office", out))
    import_s, summary = _timed(
        lambda: bundle_service.import_bundle(office, out, flag_duplicates=False)
    )
    received = bundle_service._open_payload(bundle_service._receive(office, out))
    flag_s, _ = _timed(lambda: bundle_service.flag_duplicates_of(office, received.writes))
    field.close()
    again = folder / "memory.carebundle"
    exported = isolated.run(_peak_of, "export", folder / "field-memory" / "care.db", again)
    imported = isolated.run(_peak_of, "import", folder / "office-memory" / "care.db", again)

    # the limit: the same rows inserted plainly into a table of the same shape (columns, primary
    # key, index) in the same encrypted database, one executemany, one committed transaction
    with office.write() as session:
        for (ddl,) in session.execute(
            text("SELECT sql FROM sqlite_master WHERE tbl_name = 'changes' AND sql IS NOT NULL")
        ):
            session.execute(text(_renamed(ddl, "changes", "plain_changes")))
    columns = list(rows[0])
    tuples = [tuple(row[c] for c in columns) for row in rows]
    marks = ", ".join("?" * len(columns))
    insert_changes = f"INSERT INTO plain_changes ({', '.join(columns)}) VALUES ({marks})"  # noqa: S608

    def plain() -> None:
        with office.write() as session:
            raw = session.connection().connection.driver_connection
            raw.executemany(
                insert_changes,
                tuples,
            )

    plain_s, _ = _timed(plain)
    # a second, wider limit: everything the import wrote, log and record rows alike
    record_rows = _record_rows(office)

    with office.write() as session:
        session.execute(text("DELETE FROM plain_changes"))

    def plain_everything() -> None:
        with office.write() as session:
            raw = session.connection().connection.driver_connection
            raw.executemany(
                insert_changes,
                tuples,
            )
            for name, (names, values) in record_rows.items():
                marks = ", ".join("?" * len(names))
                statement = f'INSERT INTO "plain_{name}" ({", ".join(names)}) VALUES ({marks})'  # noqa: S608
                raw.executemany(statement, values)

    everything_s, _ = _timed(plain_everything)
    office.close()
    return {
        "writes": writes,
        "bundle_bytes": out.stat().st_size,
        "export_s": export_s,
        "import_merge_s": import_s,
        "plain_insert_s": plain_s,
        "import_ratio": import_s / plain_s,
        "plain_insert_everything_s": everything_s,
        "import_ratio_everything": import_s / everything_s,
        "record_rows": sum(len(values) for _, values in record_rows.values()),
        "duplicate_flagging_s": flag_s,
        "applied": summary.applied,
        "export_peak_mb": exported["peak_mb"],
        "export_opened_mb": exported["opened_mb"],
        "import_peak_mb": imported["peak_mb"],
        "import_opened_mb": imported["opened_mb"],
    }


def _peak_of(step: str, path: Path, out: Path) -> dict[str, Any]:
    """The field device's export or the office's import and merge, in a process of its own
    (bench/isolated.py): its peak memory, and the process's with the database open before."""
    store = vault_service.unlock_with_passphrase(path, PASSPHRASE)
    opened = isolated.resident_mb()
    if step == "export":
        bundle_service.export_bundle(store, "office", out)
    else:
        bundle_service.import_bundle(store, out, flag_duplicates=False)
    store.close()
    return {"peak_mb": isolated.peak_mb(), "opened_mb": opened}


def _renamed(ddl: str, name: str, new_name: str) -> str:
    """The DDL of a table or index, about a copy of the table (indexes renamed alike)."""
    for form in (f'"{name}"', name):
        ddl = ddl.replace(f"ON {form}", f'ON "{new_name}"').replace(
            f"TABLE {form}", f'TABLE "{new_name}"'
        )
    return ddl.replace("INDEX ix_", f"INDEX ix_{new_name}_").replace(
        'INDEX "ix_', f'INDEX "ix_{new_name}_'
    )


def _record_rows(store: Any) -> dict[str, tuple[list[str], list[tuple[Any, ...]]]]:
    """Every record row the import made, and an empty copy of each record table to insert them
    into (same DDL: columns, keys, indexes)."""
    found: dict[str, tuple[list[str], list[tuple[Any, ...]]]] = {}
    with store.write() as session:
        for spec in r.RECORDS.values():
            name = table(spec).name
            result = session.execute(text(f'SELECT * FROM "{name}"'))  # noqa: S608 - our names
            values = [tuple(row) for row in result]
            if not values:
                continue
            found[name] = (list(result.keys()), values)
            for (ddl,) in session.execute(
                # tables and indexes, not triggers: a copy's trigger would write into the real
                # search index (and the import's trigger work is part of what it costs)
                text(
                    "SELECT sql FROM sqlite_master WHERE tbl_name = :t AND sql IS NOT NULL"
                    " AND type IN ('table', 'index')"
                ),
                {"t": name},
            ):
                session.execute(text(_renamed(ddl, name, f"plain_{name}")))
    return found


def _sizes_with_and_without_log(store: Any, folder: Path) -> tuple[int, int]:
    """The database compacted, with its change log and without it (same key, same pages)."""
    key = store._key.hex()
    sizes = []
    for name, drop in (("with.db", False), ("without.db", True)):
        target = folder / name
        raw = store.engine.raw_connection()
        try:
            cursor = raw.cursor()
            cursor.execute(f"ATTACH DATABASE ? AS copy KEY \"x'{key}'\"", (str(target),))
            cursor.execute("SELECT sqlcipher_export('copy')")
            cursor.execute("DETACH DATABASE copy")
        finally:
            raw.close()
        import sqlcipher3  # noqa: PLC0415

        copy = sqlcipher3.connect(str(target))
        copy.execute(f"PRAGMA key = \"x'{key}'\"")
        if drop:
            copy.execute("DROP TABLE changes")
        copy.execute("VACUUM")
        copy.close()
        sizes.append(target.stat().st_size)
    return sizes[0], sizes[1]


def bench_capture(edits: int, folder: Path) -> dict[str, Any]:
    store = _device(folder, "capture", "coordinator")
    demo_service.generate_demo(store, 200, seed=3)
    t = table(r.CASE)
    with store.read() as session:
        ids = list(session.scalars(select(t.c.id).limit(edits)))
    ids = (ids * (edits // len(ids) + 1))[:edits]

    def with_capture() -> None:
        for number, case_id in enumerate(ids):
            with store.write() as session:
                capture.install(session, store.user_id)
                record_store.update_record(
                    session, r.CASE, case_id, {"remarks": f"captured {number}"}
                )

    def without_capture() -> None:
        # the same service path with a hook that logs nothing: the difference is capture alone
        for number, case_id in enumerate(ids):
            with store.write() as session:
                session.info[record_store.CAPTURE_KEY] = lambda *args, **kwargs: None
                changed = {"remarks": f"plain {number}"}
                record_store.update_record(session, r.CASE, case_id, changed)

    plain_s, _ = _timed(without_capture)
    captured_s, _ = _timed(with_capture)
    with_log, without_log = _sizes_with_and_without_log(store, folder)
    store.close()
    return {
        "edits": edits,
        "per_edit_ms_with_capture": 1000 * captured_s / edits,
        "per_edit_ms_plain": 1000 * plain_s / edits,
        "edit_ratio": captured_s / plain_s,
        "db_bytes_with_log": with_log,
        "db_bytes_without_log": without_log,
        "disk_ratio": with_log / without_log,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--edits", type=int, default=500)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    results: dict[str, Any] = {"bundles": [], "capture": None}
    for size in args.sizes:
        folder = Path(tempfile.mkdtemp(prefix="care-bench-"))
        try:
            results["bundles"].append(bench_bundles(size, folder))
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        print(json.dumps(results["bundles"][-1]))
    folder = Path(tempfile.mkdtemp(prefix="care-bench-"))
    try:
        results["capture"] = bench_capture(args.edits, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps(results["capture"]))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
