"""A process killed with SIGKILL in the middle of a large write leaves all or nothing of it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from care_desktop.db.models import AuditEntry
from care_desktop.services import vault_service
from care_desktop.services.vault_service import SetupRequest
from tests.conftest import PASSPHRASE, run_care

ROWS = 60_000
BATCH = 5_000
WRITER = Path(__file__).with_name("crash_writer.py")


def _count(db_path: Path, tag: str) -> int:
    store = vault_service.unlock_with_passphrase(db_path, PASSPHRASE)
    try:
        with store.read() as session:
            query = select(func.count()).where(AuditEntry.record_type == tag)
            return int(session.execute(query).scalar_one())
    finally:
        store.close()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("kill_after", "delay", "outcomes"),
    [
        ("batch 0", 0.0, {0}),
        ("batch 6", 0.0, {0}),
        # around the commit itself: either outcome is correct, a part of it never is
        ("batch 11", 0.0, {0, ROWS}),
        ("batch 11", 0.01, {0, ROWS}),
        ("batch 11", 0.03, {0, ROWS}),
        ("committed", 0.0, {ROWS}),
    ],
)
def test_sigkill_during_a_large_transaction_keeps_all_or_nothing(
    db_path: Path, kill_after: str, delay: float, outcomes: set[int]
) -> None:
    store, _ = vault_service.create_database(
        SetupRequest(db_path, "coordinator", "IOM France", (), PASSPHRASE)
    )
    store.close()
    tag = f"crash-{kill_after.replace(' ', '-')}-{delay}"
    child = subprocess.Popen(
        [sys.executable, str(WRITER), str(db_path), PASSPHRASE, str(ROWS), str(BATCH), tag],
        stdout=subprocess.PIPE,
        stdin=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[2],
    )
    assert child.stdout is not None
    for line in child.stdout:
        if line.strip() == kill_after:
            time.sleep(delay)
            os.kill(child.pid, signal.SIGKILL)
            break
    child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL

    checked = run_care("--db", str(db_path), "check")
    assert checked.code == 0, checked.stderr
    assert _count(db_path, tag) in outcomes
