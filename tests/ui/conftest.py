"""Qt tests: the offscreen platform unless CARE_TEST_SCREEN=1 asks for a real (X) screen."""

from __future__ import annotations

import os

if os.environ.get("CARE_TEST_SCREEN") != "1":
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from care_desktop.services import vault_service
from care_desktop.services.settings_service import SettingsStore
from care_desktop.services.vault_service import SetupRequest
from care_desktop.ui import translator
from care_desktop.ui.collector import GuiThreadCollector
from care_desktop.ui.task_runner import TaskRunner
from tests.conftest import PASSPHRASE


@pytest.fixture(autouse=True, scope="session")
def gui_thread_collector(qapp: object) -> Iterator[None]:
    """As in the application: the cycle collector runs on the GUI thread only (ui/collector)."""
    collector = GuiThreadCollector()
    collector.install()
    yield
    collector.uninstall()


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    task_runner = TaskRunner()
    yield task_runner
    task_runner.wait()
    qtbot.wait(10)  # deliver the last queued results


@pytest.fixture
def english(qapp: object) -> Iterator[None]:
    translator.install("en")
    yield
    translator.install("en")


@pytest.fixture
def settings(private_folders: Path) -> SettingsStore:
    return SettingsStore(private_folders / "config")


@pytest.fixture
def existing_db(db_path: Path) -> Path:
    store, _ = vault_service.create_database(
        SetupRequest(db_path, "field", "IOM Conakry", ("GIN",), PASSPHRASE, "Officer One")
    )
    store.close()
    return db_path
