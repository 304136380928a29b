"""The page check after unlock: every page's HMAC on its own connection, stopped at once by a
lock, and damage found."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from care_desktop.db.integrity import PageCheck
from care_desktop.db.models import AuditEntry
from care_desktop.domain.errors import CorruptDatabaseError
from care_desktop.services import check_service, vault_service
from care_desktop.services.vault_service import SetupRequest, Store
from tests.conftest import PASSPHRASE


def _store(db_path: Path, megabytes: int = 0) -> Store:
    store, _ = vault_service.create_database(
        SetupRequest(db_path, "coordinator", "IOM France", (), PASSPHRASE)
    )
    if megabytes:
        with store.write() as session:  # the audit log is not synced: plain rows are allowed
            for n in range(megabytes * 64):
                session.add(AuditEntry(device_id="x", action="check", detail=f"{n:08d}" * 2000))
    return store


def test_a_sound_database_passes_and_a_damaged_page_is_found(db_path: Path) -> None:
    store = _store(db_path)
    assert PageCheck().run(store) == []
    check_service.verify_pages(store)
    store.close()
    data = bytearray(db_path.read_bytes())
    data[2 * 4096 + 700] ^= 0xFF
    db_path.write_bytes(bytes(data))
    reopened = vault_service.unlock_with_passphrase(db_path, PASSPHRASE)
    try:
        assert [p.code for p in PageCheck().run(reopened) or []] == ["page-hmac"]
        with pytest.raises(CorruptDatabaseError):
            check_service.verify_pages(reopened)
    finally:
        reopened.close()


def test_reads_go_on_during_the_check_and_a_lock_first_cancels_it(db_path: Path) -> None:
    store = _store(db_path, megabytes=60)
    try:
        check = PageCheck()
        outcome: list[object] = []
        worker = threading.Thread(target=lambda: outcome.append(check.run(store)))
        worker.start()
        deadline = time.monotonic() + 10
        while check._connection is None and worker.is_alive() and time.monotonic() < deadline:
            time.sleep(0.0005)
        with store.read() as session:  # another connection reads while the check runs
            assert session.query(AuditEntry).count() > 60 * 64  # and the set-up entry
        worker.join(timeout=30)
        assert outcome == [[]]
        locked_first = PageCheck()
        locked_first.interrupt()  # locked before the queued check started: it never runs
        assert locked_first.run(store) is None
    finally:
        store.close()
