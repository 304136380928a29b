"""Upgrades and downgrades as a person meets them: through the unlock dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from care_desktop.db.migrate import BACKUP_FOLDER, head_revision
from care_desktop.services.settings_service import SettingsStore
from care_desktop.ui.app_controller import AppController
from care_desktop.ui.task_runner import TaskRunner
from care_desktop.ui.unlock_dialog import UnlockDialog
from tests.conftest import PASSPHRASE
from tests.db.test_upgrade_from_previous import make_newer_database, make_previous_database


def _unlock(qtbot: QtBot, controller: AppController) -> None:
    dialog = controller.unlock_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(controller.opened, timeout=20_000):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)


def test_an_upgrade_on_unlock_says_so_and_where_the_backup_is(
    qtbot: QtBot, db_path: Path, runner: TaskRunner, settings: SettingsStore, english: None
) -> None:
    make_previous_database(db_path)
    controller = AppController(db_path, settings, runner)
    controller.start()
    try:
        _unlock(qtbot, controller)
        backups = list((db_path.parent / BACKUP_FOLDER).glob("*.db"))
        assert len(backups) == 1
        window = controller.window
        assert window is not None
        message = window.upgrade_message
        assert message is not None
        assert message.text() == (
            f"The database was upgraded to data model {head_revision()}; a copy of the "
            f"previous one is in {backups[0]}"
        )
        qtbot.waitUntil(message.isVisible)
        message.accept()
        # the next unlock finds the database current: nothing more to say
        controller.lock()
        _unlock(qtbot, controller)
        assert controller.window is not None
        assert controller.window.upgrade_message is None
        assert len(list((db_path.parent / BACKUP_FOLDER).glob("*.db"))) == 1
    finally:
        controller.shutdown()
        if controller.window is not None:
            controller.window.close()


def test_a_newer_database_is_refused_inline_and_left_byte_identical(
    qtbot: QtBot, db_path: Path, runner: TaskRunner, english: None
) -> None:
    make_newer_database(db_path)
    before = db_path.read_bytes()
    dialog = UnlockDialog(db_path, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    unlocked: list[object] = []
    dialog.unlocked.connect(unlocked.append)
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.error.isVisible, timeout=20_000)
    assert "written by a newer version of CARE Desktop" in dialog.error.text()
    assert "Install the latest version" in dialog.error.text()
    assert dialog.isVisible()
    assert unlocked == []
    assert dialog.unlock_button.isEnabled()  # one may still close, or try another file later
    runner.wait()
    assert db_path.read_bytes() == before
    assert not (db_path.parent / BACKUP_FOLDER).exists()
