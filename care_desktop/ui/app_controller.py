"""What the application shows: set-up, unlock or the main window, and locking after idle time.

Locking closes the store (every connection, the key wiped) and the main window (no record stays
on screen), then shows the unlock dialog again.

"Explore with demo data" runs the same way on the demo database (services/demo_database.py),
with its own settings (no relay); File ▸ Leave demo returns to the real set-up or unlock.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from care_desktop import i18n
from care_desktop.domain.errors import MissingDatabaseError, UserFacingError
from care_desktop.domain.settings import AUTO_LOCK_MINUTES, DEMO_ACTIVE, LANGUAGE
from care_desktop.services import check_service, demo_database, vault_service
from care_desktop.services.settings_service import SettingsStore
from care_desktop.services.vault_service import DeviceInfo, Store
from care_desktop.ui import demo_banner, translator
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
        self._page_check: check_service.PageCheck | None = None  # running since the unlock
        self.window: MainWindow | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.wizard: SetupWizard | None = None
        self.problem: UserFacingError | None = None
        self.demo = False  # running on the demo database of `database`
        self._shown_row: int | None = None  # the screen to show when the window is rebuilt
        self.idle = IdleWatcher(self._idle_limit_ms(), idle_check_ms, self)
        self.idle.idle_expired.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)

    def _idle_limit_ms(self) -> int:
        return self._window_settings().get(AUTO_LOCK_MINUTES) * 60_000

    def start(self) -> None:
        if self.settings.get(DEMO_ACTIVE):
            log.info("opening the demo database")
            self.demo = True
            self.runner.run_db(
                lambda: demo_database.open_existing(self.database),
                self._demo_opened,
                lambda _: self._demo_opened(None),
                owner=self,
            )
        elif self.database.exists():
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
        if wizard.demo:
            self.settings.set(DEMO_ACTIVE, True)
            self.demo = True
        self._open(wizard.store)  # the wizard only finishes once the key is written down

    # --- the demo ----------------------------------------------------------------------------

    def _demo_opened(self, store: Store | None) -> None:
        if store is not None:
            self._open(store)
            return
        log.warning("no complete demo database; back to the real set-up")
        self.settings.set(DEMO_ACTIVE, False)
        self.demo = False
        self.start()

    def leave_demo(self) -> None:
        """Close the demo (and remove it: nothing in it is real); set up or unlock the real."""
        self.idle.stop()
        self._close_window()
        self._stop_page_check()
        if self.store is not None:
            self.runner.wait()
            self.store.close()
            self.store = None
        self.settings.set(DEMO_ACTIVE, False)
        self.demo = False
        database = self.database
        self.runner.run_db(lambda: demo_database.discard(database))
        log.info("left the demo")
        self.start()

    def _window_settings(self) -> SettingsStore:
        return self.settings.for_demo() if self.demo else self.settings

    # --- unlock and lock ---------------------------------------------------------------------

    def show_unlock(self) -> None:
        if self.demo:
            path = demo_database.demo_path(self.database)
            self.unlock_dialog = UnlockDialog(path, self.runner)
            self.unlock_dialog.setWindowTitle(
                demo_banner.demo_title(self.unlock_dialog.windowTitle())
            )
            self.unlock_dialog.passphrase.setPlaceholderText(
                tr(CTX, "Demo passphrase: {passphrase}").format(
                    passphrase=demo_database.DEMO_PASSPHRASE
                )
            )
        else:
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
        self.runner.run_db(
            lambda: (vault_service.device_info(store), demo_database.is_demo(store)),
            lambda found: self._show_window(store, *found),
            owner=self,
        )

    def _show_window(self, store: Store, device: DeviceInfo, is_demo: bool) -> None:
        if self.store is not store or not store.is_open or self.window is not None:
            return  # locked or closed meanwhile
        self.window = MainWindow(store, device, self._window_settings(), self.runner)
        if is_demo:
            banner = demo_banner.install(self.window)
            banner.leave_requested.connect(self.leave_demo)
        self.window.lock_requested.connect(self.lock)
        self.window.settings_screen.auto_lock_changed.connect(
            lambda minutes: self.idle.set_limit(minutes * 60_000)
        )
        self.window.settings_screen.language_changed.connect(self._language_changed)
        self.window.destroyed.connect(self._window_destroyed)
        if self._shown_row is not None:
            self.window.navigation.setCurrentRow(self._shown_row)
            self._shown_row = None
        self.window.show()
        self.idle.set_limit(self._idle_limit_ms())
        self.idle.start()
        log.info("unlocked")
        self.opened.emit()
        # Unlocking reads only a few pages; every page's HMAC is checked now, once per unlock (a
        # language switch only rebuilds the window), beside the database thread: searches and
        # saves go on meanwhile, and locking interrupts it.
        if self._page_check is None:
            check = self._page_check = check_service.PageCheck()
            self.runner.run(
                lambda: check_service.verify_pages(store, check), None, self._damaged, owner=self
            )

    def _stop_page_check(self) -> None:
        if self._page_check is not None:
            self._page_check.interrupt()
            self._page_check = None

    def _damaged(self, error: UserFacingError) -> None:
        log.error("page check after unlock failed")
        self.problem = error
        self.lock()
        QMessageBox.critical(None, tr(CTX, "CARE Desktop"), error_text(error))

    def _language_changed(self, language: str) -> None:
        translator.install(language)
        if self.demo:  # a person's language, whichever database: the next start keeps it
            self.settings.set(LANGUAGE, self._window_settings().get(LANGUAGE))
        # Rebuild the window in the new language; the store stays open.
        if self.window is not None and self.store is not None:
            store = self.store
            self._shown_row = self.window.navigation.currentRow()  # back where one was
            self._close_window()
            self._open(store)

    def _close_window(self) -> None:
        window = self.window
        self.window = None
        if window is not None:
            window.destroyed.disconnect(self._window_destroyed)
            window.ask_on_close = False
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
        self._stop_page_check()
        if self.store is not None:
            self.runner.wait()
            self.store.close()
            self.store = None
        log.info("locked")
        self.locked.emit()
        self.show_unlock()

    def shutdown(self) -> None:
        self.idle.stop()
        self._stop_page_check()
        self.runner.wait()
        if self.store is not None:
            self.store.close()
            self.store = None


def choose_language(settings: SettingsStore) -> str:
    return settings.get(LANGUAGE) or i18n.system_language()
