"""Choosing another language in Settings retranslates the open window, keeping where one was."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from care_desktop import i18n
from care_desktop.services.settings_service import SettingsStore
from care_desktop.ui.app_controller import AppController
from care_desktop.ui.main_window import MainWindow
from care_desktop.ui.task_runner import TaskRunner
from tests.conftest import PASSPHRASE


def _unlocked(qtbot: QtBot, controller: AppController) -> MainWindow:
    controller.start()
    dialog = controller.unlock_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(controller.opened, timeout=10_000):
        dialog.try_passphrase()
    assert controller.window is not None
    return controller.window


def test_switching_language_retranslates_the_open_window(
    qtbot: QtBot, existing_db: Path, runner: TaskRunner, settings: SettingsStore, english: None
) -> None:
    controller = AppController(existing_db, settings, runner)
    window = _unlocked(qtbot, controller)
    assert window.navigation.item(0).text() == "Cases"
    settings_row = window.screens.indexOf(window.settings_screen)
    window.navigation.setCurrentRow(settings_row)
    store = controller.store

    combo = window.settings_screen.language
    with qtbot.waitSignal(controller.opened, timeout=10_000):
        combo.setCurrentIndex(combo.findData("fr"))

    assert i18n.current_language() == "fr"
    assert controller.store is store  # the store stayed open: no second unlock
    renewed = controller.window
    assert renewed is not None
    assert renewed is not window
    assert renewed.isVisible()
    assert renewed.navigation.item(0).text() == "Dossiers"
    assert renewed.navigation.currentRow() == settings_row  # still in Settings
    assert renewed.settings_screen.language.currentData() == "fr"
    assert renewed.menuBar().actions()[0].text() == "&Fichier"

    with qtbot.waitSignal(controller.opened, timeout=10_000):
        renewed.settings_screen.language.setCurrentIndex(
            renewed.settings_screen.language.findData("en")
        )
    assert controller.window is not None
    assert controller.window.navigation.item(0).text() == "Cases"
    controller.shutdown()
    controller.window.close()
