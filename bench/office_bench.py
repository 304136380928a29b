"""The office merging a week of bundles from twenty missions: 20 field devices, each with the
writes of N demo cases, each exporting one bundle to the office; the office imports all 20 one
after another. Baseline in the same run: the same change-log rows inserted plainly (one
executemany, one committed transaction) into a table of the same shape in the office's database,
as in bench/sync_bench.py; and the wider limit with every record row the imports materialised.

The field devices are made in worker processes (two at a time), so this process's peak memory
(ru_maxrss) is the office's own: the imports and the baselines.

Usage: python bench/office_bench.py [--devices 20] [--cases 500] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("CARE_LOG_DIR", tempfile.mkdtemp())
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sqlalchemy import text
from sync_bench import _device, _record_rows, _renamed

from care_desktop.domain.demo_names import RETURN_COUNTRY_WEIGHTS
from care_desktop.services import (
    bundle_service,
    demo_service,
    trust_service,
    vault_service,
)

OFFICE = "office"


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _field(job: tuple[Path, int, int]) -> tuple[Path, Path, int]:
    """One mission's device (in a worker process): its cases, its bundle to the office."""
    folder, number, cases = job
    name = f"field-{number:02d}"
    store = _device(folder, name, "field")
    try:
        trust_service.enroll(store, folder / "office.card")
        trust_service.export_identity(store, folder / f"{name}.card")
        demo_service.generate_demo(store, cases, seed=100 + number)
        with store.read() as session:
            writes = int(session.execute(text("SELECT count(*) FROM changes")).scalar_one())
        out = folder / f"{name}.carebundle"
        bundle_service.export_bundle(store, OFFICE, out)
    finally:
        store.close()
    return folder / f"{name}.card", out, writes


def bench_office(devices: int, cases: int, folder: Path) -> dict[str, Any]:
    office = _device(folder, OFFICE, "coordinator")
    trust_service.export_identity(office, folder / "office.card")
    start = time.perf_counter()
    jobs = [(folder, number, cases) for number in range(devices)]
    with multiprocessing.get_context("fork").Pool(2) as pool:
        made = pool.map(_field, jobs)
    made_s = time.perf_counter() - start
    countries = tuple(sorted(RETURN_COUNTRY_WEIGHTS))
    for card, _, _ in made:
        trust_service.enroll(office, card, countries)
    rss_before = _rss_mb()
    with office.read() as session:
        own = int(session.execute(text("SELECT count(*) FROM changes")).scalar_one())

    per_bundle = []
    for _, bundle, _ in made:
        began = time.perf_counter()
        summary = bundle_service.import_bundle(office, bundle, flag_duplicates=False)
        per_bundle.append(time.perf_counter() - began)
        if summary.status != "applied":
            raise SystemExit(f"{bundle.name}: {summary.status} {summary.reason or ''}")
    import_s = sum(per_bundle)
    rss_imported = _rss_mb()

    # the limit: the rows the imports added to the office's log, inserted plainly
    me = vault_service.device_info(office).device_id
    with office.write() as session:
        rows = [
            tuple(row)
            for row in session.execute(
                text("SELECT * FROM changes WHERE origin <> :me"), {"me": me}
            )
        ]
        columns = list(session.execute(text("SELECT * FROM changes LIMIT 0")).keys())
        for (ddl,) in session.execute(
            text("SELECT sql FROM sqlite_master WHERE tbl_name = 'changes' AND sql IS NOT NULL")
        ):
            session.execute(text(_renamed(ddl, "changes", "plain_changes")))
    marks = ", ".join("?" * len(columns))
    insert = f"INSERT INTO plain_changes ({', '.join(columns)}) VALUES ({marks})"  # noqa: S608

    def plain(with_records: dict[str, tuple[list[str], list[tuple[Any, ...]]]]) -> float:
        began = time.perf_counter()
        with office.write() as session:
            raw = session.connection().connection.driver_connection
            raw.executemany(insert, rows)
            for name, (names, values) in with_records.items():
                marks = ", ".join("?" * len(names))
                statement = f'INSERT INTO "plain_{name}" ({", ".join(names)}) VALUES ({marks})'  # noqa: S608
                raw.executemany(statement, values)
        return time.perf_counter() - began

    plain_s = plain({})
    record_rows = _record_rows(office)
    with office.write() as session:
        session.execute(text("DELETE FROM plain_changes"))
    everything_s = plain(record_rows)
    office.close()
    return {
        "devices": devices,
        "cases_per_device": cases,
        "writes": sum(writes for _, _, writes in made),
        "writes_merged": len(rows),
        "office_own_writes": own,
        "bundle_bytes": sum(bundle.stat().st_size for _, bundle, _ in made),
        "field_devices_made_s": made_s,
        "import_merge_s": import_s,
        "per_bundle_s": per_bundle,
        "plain_insert_s": plain_s,
        "import_ratio": import_s / plain_s,
        "record_rows": sum(len(values) for _, values in record_rows.values()),
        "plain_insert_everything_s": everything_s,
        "import_ratio_everything": import_s / everything_s,
        "rss_mb": {"before_imports": rss_before, "after_imports": rss_imported, "peak": _rss_mb()},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--devices", type=int, default=20)
    parser.add_argument("--cases", type=int, default=500)
    parser.add_argument("--json", type=Path)
    arguments = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="care-office-bench-"))
    try:
        result = bench_office(arguments.devices, arguments.cases, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    text_out = json.dumps(result, indent=2)
    if arguments.json:
        arguments.json.write_text(text_out)
    print(text_out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
