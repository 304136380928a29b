"""Change capture: every write logged in its own transaction; raw SQL refused; `care check`
proves the tables equal the log; databases made before sync get their history."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select, text, update

from care_desktop.db import record_store
from care_desktop.db.record_tables import table
from care_desktop.db.store import Store
from care_desktop.db.sync_tables import changes
from care_desktop.domain import records as r
from care_desktop.services import case_service, check_service, vault_service
from care_desktop.services.vault_service import SetupRequest
from tests.conftest import PASSPHRASE, run_care
from tests.db.test_migrations import make_database_at
from tests.sync.helpers import make_device, pair


@pytest.fixture
def store(db_path: Path) -> Store:
    opened, _ = vault_service.create_database(
        SetupRequest(db_path, "coordinator", "IOM France", (), PASSPHRASE)
    )
    return opened


def _writes(store: Store, record_id: str) -> list[tuple[int, dict, dict]]:  # type: ignore[type-arg]
    with store.read() as session:
        return [
            (row.seq, json.loads(row.field_values), json.loads(row.supersedes))
            for row in session.execute(
                select(changes).where(changes.c.record_id == record_id).order_by(changes.c.seq)
            )
        ]


def test_each_change_is_one_write_that_supersedes_the_previous_head(store: Store) -> None:
    case = case_service.create_case(store, {"gender": "Feminine", "country_of_return": "GHA"}).case
    case_service.update_case(store, case.id, {"place_of_return": "Accra"})
    case_service.update_case(store, case.id, {"place_of_return": "Kumasi"})
    writes = _writes(store, case.id)
    places = [(seq, values, sup) for seq, values, sup in writes if "place_of_return" in values]
    assert [values["place_of_return"] for _, values, _ in places] == ["Accra", "Kumasi"]
    origin = vault_service.device_info(store).device_id
    assert places[1][2]["place_of_return"] == [f"{origin}:{places[0][0]}"]
    store.close()


def test_raw_sql_on_synced_tables_is_refused(store: Store) -> None:
    with pytest.raises(record_store.BulkWriteRefusedError), store.write() as session:
        session.execute(text("UPDATE cases SET remarks = 'bypass'"))
    with pytest.raises(record_store.BulkWriteRefusedError), store.write() as session:
        session.execute(text("DELETE FROM case_notes"))
    with store.write() as session:  # local tables are not synced: allowed
        session.execute(text("DELETE FROM case_name_keys"))
    store.close()


def test_check_finds_a_table_that_disagrees_with_the_log(store: Store, db_path: Path) -> None:
    case = case_service.create_case(store, {"gender": "Feminine", "country_of_return": "GHA"}).case
    assert check_service.check(store).ok
    t = table(r.CASE)
    with store.write() as session, record_store.applying():
        session.execute(update(t).where(t.c.id == case.id).values(place_of_return="tampered"))
    store.close()
    result = run_care("--db", str(db_path), "check")
    assert result.code == 1
    assert "sync-value" in result.stdout
    assert "place_of_return" in result.stdout


def test_a_database_made_before_sync_gets_its_history(db_path: Path) -> None:
    make_database_at(db_path, "0004")
    store = vault_service.unlock_with_passphrase(db_path, PASSPHRASE)
    try:
        with store.read() as session:
            assert session.execute(text("SELECT count(*) FROM changes")).scalar_one() == 1  # user
        report = check_service.check(store)
        # that old test database has no recovery slot; sync bookkeeping must be sound
        assert [p for p in report.problems if p.code.startswith("sync")] == []
    finally:
        store.close()


def _merged(export: Path) -> dict:  # type: ignore[type-arg]
    document = json.loads(export.read_text())
    document.pop("case_links", None)
    return document  # type: ignore[no-any-return]


def test_sigkill_during_a_large_import_leaves_the_database_unchanged(tmp_path: Path) -> None:
    office = make_device(tmp_path, "office", "coordinator")
    field = make_device(tmp_path, "field", "field")
    pair(office, field, tmp_path, "NGA")
    office.care("demo", "--cases", "1500", "--seed", "3")
    store = vault_service.unlock_with_passphrase(office.db, PASSPHRASE)
    try:  # every demo case may leave the office: give them a transfer consent through the CLI
        ids = [row.id for row in case_service.list_cases(store, country="NGA", limit=1000)]
    finally:
        store.close()
    assert ids
    big = tmp_path / "big.carebundle"
    office.care("bundle", "export", "--to", field.device_id, "--out", str(big))
    before_export = tmp_path / "before.json"
    field.care("export", "--format", "json", "--out", str(before_export))
    env = dict(os.environ, CARE_PASSPHRASE=PASSPHRASE)
    pristine = {p.name: p.read_bytes() for p in field.db.parent.iterdir() if p.is_file()}

    def restore() -> None:
        for path in field.db.parent.iterdir():
            if path.is_file():
                path.unlink()
        for name, data in pristine.items():
            (field.db.parent / name).write_bytes(data)

    def start_import() -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [sys.executable, "-m", "care_desktop", "--db", str(field.db), "bundle", "import",
             str(big)],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip

    started = time.monotonic()
    dry = subprocess.run(
        [sys.executable, "-m", "care_desktop", "--db", str(field.db), "bundle", "import", str(big)],
        env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert dry.returncode == 0, dry.stderr
    duration = time.monotonic() - started  # process start, unlock, import, commit
    complete = tmp_path / "complete.json"
    field.care("export", "--format", "json", "--out", str(complete))
    wal = field.db.with_name(field.db.name + "-wal")
    pristine_wal = len(pristine.get(wal.name, b""))

    def kill_when_merging(child: subprocess.Popen[bytes]) -> None:
        """The merge's pages spill into the write-ahead log long before its commit: kill the
        moment the log has grown by a quarter of a megabyte, mid-transaction."""
        deadline = time.monotonic() + duration * 2
        while child.poll() is None and time.monotonic() < deadline:
            if wal.exists() and wal.stat().st_size > pristine_wal + 256 * 1024:
                break
            time.sleep(0.001)

    killed = 0
    # twice mid-merge, then at fractions of the whole run (start-up, unlock, merge, commit, and
    # the duplicate flagging after it)
    for moment in ("merging", "merging", 0.3, 0.4, 0.5, 0.7):
        restore()
        child = start_import()
        if moment == "merging":
            kill_when_merging(child)
        else:
            time.sleep(duration * float(moment))
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        assert field.care("check").code == 0
        after = tmp_path / "after.json"
        field.care("export", "--format", "json", "--out", str(after))
        # all or nothing: killed before its commit, nothing; after it, all the bundle brought
        # (duplicate flags come after, in a transaction of their own)
        state = _merged(after)
        assert state in (_merged(before_export), _merged(complete))
        if child.returncode == -signal.SIGKILL and state == _merged(before_export):
            killed += 1
    assert killed, "no kill landed before the commit: make the import larger"
    restore()
    imported = field.json("bundle", "import", str(big))["bundles"][0]
    assert imported["status"] == "applied"
    assert imported["applied"] > 1000
    assert field.care("check").code == 0
