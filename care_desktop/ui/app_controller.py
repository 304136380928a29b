"""What the application shows: set-up, unlock or the main window, and locking after idle time.

Locking closes the store (every connection, the key wiped) and the main window (no record stays
on screen), then shows the unlock dialog again.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from care_desktop import i18n
from care_desktop.domain.errors import MissingDatabaseError, UserFacingError
from care_desktop.domain.settings import AUTO_LOCK_MINUTES, LANGUAGE
from care_desktop.services import check_service, vault_service
from care_desktop.services.settings_service import SettingsStore
from care_desktop.services.vault_service import Store
from care_desktop.ui import translator
from care_desktop.ui.i18n import error_text, tr
from care_desktop.ui.idle_lock import IdleWatcher
from care_desktop.ui.main_window import MainWindow
from care_desktop.ui.setup_wizard import SetupWizard
from care_desktop.ui.task_runner import TaskRunner
from care_desktop.ui.unlock_dialog import UnlockDialog

log = logging.getLogger(__name__)
CTX = "AppController"


class AppController(QObject):
    locked = Signal()
    opened = Signal()

    def __init__(
        self,
        database: Path,
        settings: SettingsStore,
        runner: TaskRunner,
        *,
        argon2: dict[str, int] | None = None,
        idle_check_ms: int = 5_000,
    ) -> None:
        super().__init__()
        self.database = database
        self.settings = settings
        self.runner = runner
        self.argon2 = argon2
        self.store: Store | None = None
        self.window: MainWindow | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.wizard: SetupWizard | None = None
        self.problem: UserFacingError | None = None
        self.idle = IdleWatcher(self._idle_limit_ms(), idle_check_ms, self)
        self.idle.idle_expired.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)

    def _idle_limit_ms(self) -> int:
        return self.settings.get(AUTO_LOCK_MINUTES) * 60_000

    def start(self) -> None:
        if self.database.exists():
            log.info("showing the unlock dialog")
            self.show_unlock()
        elif vault_service.key_file_exists(self.database):
            # a key file without its database: the database was moved or lost, never "new"
            log.warning("database missing next to its key file")
            self.problem = MissingDatabaseError(path=str(self.database))
            QMessageBox.critical(None, tr(CTX, "CARE Desktop"), error_text(self.problem))
            QApplication.quit()
        else:
            log.info("showing the set-up wizard")
            self.show_wizard()

    # --- set-up -------------------------------------------------------------------------------

    def show_wizard(self) -> None:
        self.wizard = SetupWizard(self.database, self.runner, argon2=self.argon2)
        self.wizard.language_changed.connect(self._wizard_language_changed)
        self.wizard.finished.connect(self._wizard_finished)
        self.wizard.show()

    def _wizard_language_changed(self, language: str) -> None:
        translator.install(language)
        old = self.wizard
        if old is not None:
            old.finished.disconnect(self._wizard_finished)
            old.close()
            old.deleteLater()
        self.show_wizard()

    def _wizard_finished(self, accepted: int) -> None:
        wizard = self.wizard
        self.wizard = None
        if wizard is None:
            return
        wizard.deleteLater()
        if wizard.store is None:
            QApplication.quit()
            return
        self._open(wizard.store)  # the wizard only finishes once the key is written down

    # --- unlock and lock ---------------------------------------------------------------------

    def show_unlock(self) -> None:
        self.unlock_dialog = UnlockDialog(self.database, self.runner)
        self.unlock_dialog.unlocked.connect(self._open)
        self.unlock_dialog.rejected.connect(self._unlock_closed)
        self.unlock_dialog.show()

    def _unlock_closed(self) -> None:
        if self.store is None:
            QApplication.quit()

    def _open(self, store: Store) -> None:
        self.store = store
        if self.unlock_dialog is not None:
            self.unlock_dialog.deleteLater()
            self.unlock_dialog = None
        device = vault_service.device_info(store)
        self.window = MainWindow(store, device, self.settings, self.runner)
        self.window.lock_requested.connect(self.lock)
        self.window.settings_screen.auto_lock_changed.connect(
            lambda minutes: self.idle.set_limit(minutes * 60_000)
        )
        self.window.settings_screen.language_changed.connect(self._language_changed)
        self.window.destroyed.connect(self._window_destroyed)
        self.window.show()
        self.idle.set_limit(self._idle_limit_ms())
        self.idle.start()
        log.info("unlocked")
        self.opened.emit()
        # Unlocking reads only a few pages; every page's HMAC is checked now, in the background.
        self.runner.run_db(
            lambda: check_service.verify_pages(store), None, self._damaged, owner=self.window
        )

    def _damaged(self, error: UserFacingError) -> None:
        log.error("page check after unlock failed")
        self.problem = error
        self.lock()
        QMessageBox.critical(None, tr(CTX, "CARE Desktop"), error_text(error))

    def _language_changed(self, language: str) -> None:
        translator.install(language)
        # Rebuild the window in the new language; the store stays open.
        if self.window is not None and self.store is not None:
            store = self.store
            self._close_window()
            self._open(store)

    def _close_window(self) -> None:
        window = self.window
        self.window = None
        if window is not None:
            window.destroyed.disconnect(self._window_destroyed)
            window.close()
            window.deleteLater()

    def _window_destroyed(self) -> None:
        # The user closed the main window: quit, closing the store on the way out.
        self.window = None
        self.shutdown()
        QApplication.quit()

    def lock(self) -> None:
        """Close the store and every window that shows records; ask for the passphrase again."""
        self.idle.stop()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QWidget) and widget.isModal() and widget is not self.window:
                widget.close()
        self._close_window()
        if self.store is not None:
            self.runner.wait()
            self.store.close()
            self.store = None
        log.info("locked")
        self.locked.emit()
        self.show_unlock()

    def shutdown(self) -> None:
        self.idle.stop()
        self.runner.wait()
        if self.store is not None:
            self.store.close()
            self.store = None


def choose_language(settings: SettingsStore) -> str:
    return settings.get(LANGUAGE) or i18n.system_language()
