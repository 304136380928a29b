"""Help ▸ About: versions, build, the database's data model, and a Copy for support tickets."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from care_desktop import __version__
from care_desktop.db.migrate import head_revision
from care_desktop.services import app_info, vault_service
from care_desktop.services.settings_service import SettingsStore
from care_desktop.ui.about_dialog import AboutDialog, build_text, support_path
from care_desktop.ui.main_window import MainWindow
from care_desktop.ui.task_runner import TaskRunner
from tests.conftest import PASSPHRASE


def test_about_shows_the_facts_and_copies_them(
    qtbot: QtBot, existing_db: Path, runner: TaskRunner, settings: SettingsStore, english: None
) -> None:
    store = vault_service.unlock_with_passphrase(existing_db, PASSPHRASE)
    try:
        window = MainWindow(store, vault_service.device_info(store), settings, runner)
        qtbot.addWidget(window)
        dialog = window.show_about()
        assert isinstance(dialog, AboutDialog)
        qtbot.waitUntil(lambda: dialog.database_revision.text() == head_revision())
        assert dialog.isVisible()
        copied = dialog.text().splitlines()
        expected_build = app_info.build()
        build = (
            "development build"
            if expected_build is None
            else f"commit {expected_build.commit}, built {expected_build.date}, "
            f"{expected_build.platform}"
        )
        assert copied[:5] == [
            f"Version: {__version__}",
            f"Data model: {head_revision()}",
            f"Build: {build}",
            f"Database: {support_path(existing_db)}",
            f"Database data model: {head_revision()}",
        ]
        assert copied[5].startswith("Qt: 6.")
        assert copied[6] == f"Python: {platform.python_version()}"
        # no personal data: neither the office, the user nor the home folder's name
        assert "Officer One" not in dialog.text()
        assert "IOM Conakry" not in dialog.text()
        dialog.copy_button.click()
        assert QGuiApplication.clipboard().text() == dialog.text()
        assert dialog.copy_button.accessibleName()
        window.ask_on_close = False
        window.close()
    finally:
        runner.wait()
        store.close()


def test_the_build_line_of_a_frozen_and_of_a_development_build(
    qtbot: QtBot, existing_db: Path, runner: TaskRunner, english: None
) -> None:
    store = vault_service.unlock_with_passphrase(existing_db, PASSPHRASE)
    try:
        built = AboutDialog(
            store, runner, build=app_info.BuildInfo("abc1234", "2026-11-23 19:40 UTC", "linux")
        )
        qtbot.addWidget(built)
        assert "Build: commit abc1234, built 2026-11-23 19:40 UTC, linux" in built.text()
        assert build_text(None) == "development build"  # no build.json: a checkout
    finally:
        runner.wait()
        store.close()


def test_the_home_folder_is_not_copied() -> None:
    inside = Path.home() / "CARE" / "care.db"
    assert support_path(inside) == str(Path("~") / "CARE" / "care.db")
    assert support_path(Path("/srv/care/care.db")) == "/srv/care/care.db"
