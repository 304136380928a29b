"""The first-run wizard, the unlock dialog and idle auto-lock, driven like a user would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from care_desktop.domain.settings import AUTO_LOCK_MINUTES
from care_desktop.services import vault_service
from care_desktop.services.settings_service import SettingsStore
from care_desktop.ui.app_controller import AppController
from care_desktop.ui.main_window import MainWindow
from care_desktop.ui.setup_wizard import SetupWizard
from care_desktop.ui.task_runner import TaskRunner
from care_desktop.ui.unlock_dialog import RecoveryDialog, UnlockDialog
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE


def test_the_wizard_creates_a_database(
    qtbot: QtBot, db_path: Path, runner: TaskRunner, english: None
) -> None:
    wizard = SetupWizard(db_path, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentPage() is wizard.office
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.keyClicks(wizard.office.office, "IOM Dakar")
    qtbot.keyClicks(wizard.office.search, "Senegal")
    visible = [
        wizard.office.countries.item(row)
        for row in range(wizard.office.countries.count())
        if not wizard.office.countries.item(row).isHidden()
    ]
    assert [item.text() for item in visible] == ["Senegal (SEN)"]
    visible[0].setCheckState(Qt.CheckState.Checked)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert wizard.currentPage() is wizard.passphrase
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    qtbot.keyClicks(wizard.passphrase.fields.first, "password")
    assert "Too weak" in wizard.passphrase.fields.hint.text()
    assert not commit.isEnabled()
    wizard.passphrase.fields.first.clear()
    qtbot.keyClicks(wizard.passphrase.fields.first, PASSPHRASE)
    qtbot.keyClicks(wizard.passphrase.fields.second, PASSPHRASE[:-1])
    assert not commit.isEnabled()
    qtbot.keyClicks(wizard.passphrase.fields.second, PASSPHRASE[-1])
    assert commit.isEnabled()
    commit.click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery, timeout=15_000)
    groups = wizard.recovery.key.text().split()
    assert len(groups) == 14
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    wizard.recovery.written.setChecked(True)
    assert finish.isEnabled()
    finish.click()
    assert wizard.store is not None
    assert wizard.result_ is not None
    assert wizard.result_.recovery_key.replace("-", "") == "".join(groups)
    wizard.store.close()
    store = vault_service.unlock_with_passphrase(db_path, PASSPHRASE)
    info = vault_service.device_info(store)
    store.close()
    assert (info.office, info.countries, info.role) == ("IOM Dakar", ("SEN",), "field")


def test_the_wizard_shows_why_creation_failed(
    qtbot: QtBot, existing_db: Path, runner: TaskRunner, english: None
) -> None:
    wizard = SetupWizard(existing_db, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.office.coordinator.setChecked(True)
    qtbot.keyClicks(wizard.office.office, "IOM France")
    wizard.next()
    qtbot.keyClicks(wizard.passphrase.fields.first, OTHER_PASSPHRASE)
    qtbot.keyClicks(wizard.passphrase.fields.second, OTHER_PASSPHRASE)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(wizard.passphrase.error.isVisible, timeout=15_000)
    assert "already exists" in wizard.passphrase.error.text()
    assert wizard.currentPage() is wizard.passphrase
    assert wizard.store is None


def test_unlock_rejects_a_wrong_passphrase_and_accepts_the_right_one(
    qtbot: QtBot, existing_db: Path, runner: TaskRunner, english: None
) -> None:
    dialog = UnlockDialog(existing_db, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.keyring_button.isVisible()
    qtbot.keyClicks(dialog.passphrase, OTHER_PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert "passphrase is not correct" in dialog.error.text()
    assert dialog.isVisible()
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=10_000) as unlocked:
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    store = unlocked.args[0]
    assert vault_service.device_info(store).office == "IOM Conakry"
    assert dialog.passphrase.text() == ""
    store.close()


def test_recovery_from_the_unlock_dialog(
    qtbot: QtBot, db_path: Path, runner: TaskRunner, english: None
) -> None:
    store, result = vault_service.create_database(
        vault_service.SetupRequest(db_path, "coordinator", "IOM France", (), PASSPHRASE)
    )
    store.close()
    dialog = UnlockDialog(db_path, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.recovery_button.click()
    recovery = dialog.findChild(RecoveryDialog)
    assert recovery is not None
    qtbot.keyClicks(recovery.key, result.recovery_key)
    qtbot.keyClicks(recovery.fields.first, OTHER_PASSPHRASE)
    qtbot.keyClicks(recovery.fields.second, OTHER_PASSPHRASE)
    recovery.try_recover()
    qtbot.waitUntil(lambda: getattr(recovery, "new_key_dialog", None) is not None, timeout=10_000)
    new_key = recovery.new_key_dialog
    assert new_key.key.text().replace("  ", "").replace("\n", "") != result.recovery_key
    new_key.reject()  # Escape: refused until it is written down
    assert new_key.isVisible()
    new_key.written.setChecked(True)
    with qtbot.waitSignal(dialog.unlocked, timeout=10_000) as unlocked:
        new_key.ok.click()
    unlocked.args[0].close()
    reopened = vault_service.unlock_with_passphrase(db_path, OTHER_PASSPHRASE)
    reopened.close()


def test_idle_auto_lock_returns_to_the_unlock_dialog(
    qtbot: QtBot, existing_db: Path, runner: TaskRunner, settings: SettingsStore, english: None
) -> None:
    assert settings.get(AUTO_LOCK_MINUTES) == 10  # the default
    controller = AppController(existing_db, settings, runner, idle_check_ms=20)
    controller.start()
    dialog = controller.unlock_dialog
    assert dialog is not None
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(controller.opened, timeout=10_000):
        dialog.try_passphrase()
    window = controller.window
    assert isinstance(window, MainWindow)
    assert window.isVisible()
    store = controller.store
    assert store is not None
    assert store.is_open

    controller.idle.set_limit(300)  # milliseconds, instead of minutes
    with qtbot.waitSignal(controller.locked, timeout=10_000):
        pass
    assert controller.store is None
    assert not store.is_open
    assert store._key == bytearray(32)
    assert controller.window is None
    assert controller.unlock_dialog is not None
    assert controller.unlock_dialog.isVisible()

    # and unlocking again brings the main window back
    qtbot.keyClicks(controller.unlock_dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(controller.opened, timeout=10_000):
        controller.unlock_dialog.try_passphrase()
    assert controller.window is not None
    assert controller.window.isVisible()
    controller.shutdown()
    controller.window.close()


def test_activity_postpones_the_lock(
    qtbot: QtBot, existing_db: Path, runner: TaskRunner, settings: SettingsStore, english: None
) -> None:
    controller = AppController(existing_db, settings, runner, idle_check_ms=20)
    controller.start()
    assert controller.unlock_dialog is not None
    qtbot.keyClicks(controller.unlock_dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(controller.opened, timeout=10_000):
        controller.unlock_dialog.try_passphrase()
    window = controller.window
    assert window is not None
    controller.idle.set_limit(400)
    for _ in range(8):  # 8 × 100 ms of typing: twice the limit
        qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
        qtbot.wait(100)
    assert controller.store is not None
    with qtbot.waitSignal(controller.locked, timeout=5_000):
        pass
    controller.shutdown()


def test_change_passphrase_from_the_main_window(
    qtbot: QtBot, existing_db: Path, runner: TaskRunner, settings: SettingsStore, english: None
) -> None:
    store = vault_service.unlock_with_passphrase(existing_db, PASSPHRASE)
    window = MainWindow(store, vault_service.device_info(store), settings, runner)
    qtbot.addWidget(window)
    dialog = window.change_passphrase()
    qtbot.keyClicks(dialog.current, "not my passphrase at all")
    qtbot.keyClicks(dialog.fields.first, OTHER_PASSPHRASE)
    qtbot.keyClicks(dialog.fields.second, OTHER_PASSPHRASE)
    dialog.try_change()
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert "passphrase is not correct" in dialog.error.text()
    dialog.current.clear()
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.try_change()
    store.close()
    vault_service.unlock_with_passphrase(existing_db, OTHER_PASSPHRASE).close()
