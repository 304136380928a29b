"""Shared fixtures: private folders for every test, and helpers to run the real `care` program."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from care_desktop import logs

PASSPHRASE = "quiet river under seven lanterns"
OTHER_PASSPHRASE = "orange kettle above nine bridges"


@pytest.fixture(autouse=True)
def private_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Data, settings, logs and temporary files of each test in its own folder."""
    home = tmp_path / "home"
    for name in ("data", "config", "logs", "tmp"):
        (home / name).mkdir(parents=True)
    monkeypatch.setenv("CARE_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("CARE_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("CARE_LOG_DIR", str(home / "logs"))
    monkeypatch.setenv("TMPDIR", str(home / "tmp"))
    monkeypatch.setenv("CARE_LANG", "en")
    for variable in ("CARE_DB", "CARE_PASSPHRASE", "CARE_NEW_PASSPHRASE"):
        monkeypatch.delenv(variable, raising=False)
    return home


@dataclass
class CareResult:
    code: int
    stdout: str
    stderr: str


def run_care(
    *args: str,
    passphrase: str | None = PASSPHRASE,
    new_passphrase: str | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 120,
) -> CareResult:
    """Run the installed `care` program as a user would, in a child process."""
    environment = dict(os.environ)
    environment.pop("CARE_PASSPHRASE", None)
    environment.pop("CARE_NEW_PASSPHRASE", None)
    if passphrase is not None:
        environment["CARE_PASSPHRASE"] = passphrase
    if new_passphrase is not None:
        environment["CARE_NEW_PASSPHRASE"] = new_passphrase
    environment.update(env or {})
    completed = subprocess.run(
        [sys.executable, "-m", "care_desktop", *args],
        capture_output=True,
        text=True,
        env=environment,
        stdin=subprocess.DEVNULL,
        timeout=timeout,
        check=False,
    )
    return CareResult(completed.returncode, completed.stdout, completed.stderr)


@pytest.fixture
def log_folder(private_folders: Path) -> Iterator[Path]:
    """Logging of this process into the test's own log folder; read it with `read_logs`."""
    logs.configure(force=True)
    yield private_folders / "logs"
    logs.unconfigure()


def read_logs(folder: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return "".join(path.read_text(encoding="utf-8") for path in folder.glob("*.log*"))


@pytest.fixture
def db_path(private_folders: Path) -> Path:
    return private_folders / "data" / "care.db"


def add_users(store: object, names: list[str]) -> None:
    """Synced records written the one allowed way (record_store, with the change log)."""
    import uuid  # noqa: PLC0415

    from care_desktop.db import record_store  # noqa: PLC0415
    from care_desktop.domain.records import USER  # noqa: PLC0415
    from care_desktop.sync import capture  # noqa: PLC0415

    with store.write() as session:  # type: ignore[attr-defined]
        capture.install(session, None)
        for name in names:
            record_store.insert_record(
                session, USER, str(uuid.uuid4()), {"display_name": name, "role": "field"}
            )
