"""`care-desktop` itself (what `make run` starts) comes up with the wizard, then the unlock."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from care_desktop.services import vault_service
from care_desktop.services.vault_service import SetupRequest
from tests.conftest import PASSPHRASE


def _run_until_logged(needle: str, logs: Path) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from care_desktop.ui.app import main; sys.exit(main())",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        text = ""
        while time.monotonic() < deadline and child.poll() is None:
            text = "".join(p.read_text() for p in logs.glob("*.log"))
            if needle in text:
                return text
            time.sleep(0.1)
        raise AssertionError(
            f"not logged: {needle}; stderr: {child.stderr.read() if child.stderr else ''}"
        )
    finally:
        child.terminate()
        child.wait(timeout=10)


def test_the_application_starts_with_the_set_up_wizard(private_folders: Path) -> None:
    _run_until_logged("showing the set-up wizard", private_folders / "logs")


def test_the_application_asks_to_unlock_an_existing_database(
    db_path: Path, private_folders: Path
) -> None:
    store, _ = vault_service.create_database(
        SetupRequest(db_path, "coordinator", "IOM France", (), PASSPHRASE)
    )
    store.close()
    _run_until_logged("showing the unlock dialog", private_folders / "logs")
