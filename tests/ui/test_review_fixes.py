"""Set-up cannot be abandoned with an unseen recovery key; locking, late callbacks, damage."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard
from pytestqt.qtbot import QtBot

from care_desktop.db.keyfile import keyfile_path
from care_desktop.domain.errors import CorruptDatabaseError, MissingDatabaseError
from care_desktop.services import vault_service
from care_desktop.services.settings_service import SettingsStore
from care_desktop.ui import idle_lock
from care_desktop.ui.app_controller import AppController
from care_desktop.ui.idle_lock import IdleWatcher
from care_desktop.ui.setup_wizard import SetupWizard
from care_desktop.ui.task_runner import TaskRunner
from tests.conftest import PASSPHRASE, add_users


def test_the_wizard_cannot_be_left_before_the_key_is_written_down(
    qtbot: QtBot, db_path: Path, runner: TaskRunner, english: None
) -> None:
    wizard = SetupWizard(db_path, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.office.coordinator.setChecked(True)
    qtbot.keyClicks(wizard.office.office, "IOM France")
    wizard.next()
    qtbot.keyClicks(wizard.passphrase.fields.first, PASSPHRASE)
    qtbot.keyClicks(wizard.passphrase.fields.second, PASSPHRASE)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
    wizard.reject()  # Escape while the database is being made
    assert wizard.isVisible()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery, timeout=15_000)
    wizard.reject()
    wizard.close()
    assert wizard.isVisible()
    wizard.recovery.written.setChecked(True)
    wizard.close()
    assert not wizard.isVisible()
    assert wizard.store is not None
    wizard.store.close()


def test_callbacks_of_a_closed_window_are_dropped(qtbot: QtBot, runner: TaskRunner) -> None:
    owner = QWidget()
    called: list[object] = []
    closed = threading.Event()

    def late() -> str:
        closed.wait(10)  # the work ends only after its window is gone
        return "late"

    runner.run(late, called.append, owner=owner)
    owner.deleteLater()
    qtbot.wait(50)  # the window is deleted now
    closed.set()
    runner.wait()
    qtbot.wait(50)
    assert called == []


def test_time_asleep_counts_as_idle(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    watcher = IdleWatcher(limit_ms=60_000, check_every_ms=10_000)
    watcher.start()
    real_time = idle_lock.time.time
    # the monotonic clock stood still while the lid was closed; the wall clock moved on 2 min
    monkeypatch.setattr(idle_lock.time, "time", lambda: real_time() + 120)
    with qtbot.waitSignal(watcher.idle_expired, timeout=1_000):
        watcher._check()


def _tamper_a_page_that_unlocking_does_not_read(path: Path) -> None:
    pristine = path.read_bytes()
    for page in reversed(range(1, len(pristine) // 4096)):
        damaged = bytearray(pristine)
        damaged[page * 4096 + 500] ^= 0xFF
        path.write_bytes(bytes(damaged))
        try:
            vault_service.unlock_with_passphrase(path, PASSPHRASE).close()
        except CorruptDatabaseError:
            continue
        path.write_bytes(bytes(damaged))  # the audit entry of that trial open is not kept
        return
    raise AssertionError("every page is read when unlocking")


def test_damage_found_after_unlock_locks_and_says_so(
    qtbot: QtBot,
    existing_db: Path,
    runner: TaskRunner,
    settings: SettingsStore,
    english: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store = vault_service.unlock_with_passphrase(existing_db, PASSPHRASE)
    add_users(store, [f"user {number}" for number in range(200)])
    store.close()
    _tamper_a_page_that_unlocking_does_not_read(existing_db)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    controller = AppController(existing_db, settings, runner)
    controller.start()
    assert controller.unlock_dialog is not None
    qtbot.keyClicks(controller.unlock_dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(controller.locked, timeout=15_000):
        controller.unlock_dialog.try_passphrase()
    assert isinstance(controller.problem, CorruptDatabaseError)
    assert controller.store is None
    assert shown
    assert "damaged or has been tampered with" in shown[0]
    controller.shutdown()


def test_a_missing_database_next_to_its_key_file_is_not_set_up_again(
    qtbot: QtBot,
    existing_db: Path,
    runner: TaskRunner,
    settings: SettingsStore,
    english: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    existing_db.unlink()
    assert keyfile_path(existing_db).exists()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    controller = AppController(existing_db, settings, runner)
    controller.start()
    assert controller.wizard is None
    assert isinstance(controller.problem, MissingDatabaseError)
    assert "There is no database at" in shown[0]
