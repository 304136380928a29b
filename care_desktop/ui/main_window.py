"""The main window: navigation on the left, one screen at a time, who and where below."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from care_desktop.services.settings_service import SettingsStore
from care_desktop.services.vault_service import DeviceInfo, Store
from care_desktop.ui.about_dialog import AboutDialog
from care_desktop.ui.agenda_screen import AgendaScreen
from care_desktop.ui.case_file.case_file_screen import CaseFileScreen
from care_desktop.ui.case_list_screen import CaseListScreen
from care_desktop.ui.dashboard_screen import DashboardScreen
from care_desktop.ui.i18n import tr
from care_desktop.ui.passphrase_dialog import ChangePassphraseDialog
from care_desktop.ui.print_actions import PrintActions
from care_desktop.ui.settings_screen import SettingsScreen
from care_desktop.ui.sync_centre_screen import SyncCentreScreen
from care_desktop.ui.sync_status import SyncController, SyncStatusWidget
from care_desktop.ui.task_runner import TaskRunner
from care_desktop.ui.trainings_screen import TrainingsScreen
from care_desktop.ui.unlock_dialog import upgrade_notice

CTX = "MainWindow"


class MainWindow(QMainWindow):
    lock_requested = Signal()

    def __init__(
        self,
        store: Store,
        device: DeviceInfo,
        settings: SettingsStore,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.setWindowTitle(tr(CTX, "CARE Desktop — {office}").format(office=device.office))
        self.navigation = QListWidget()
        self.navigation.setAccessibleName(tr(CTX, "Navigation"))
        self.navigation.setFixedWidth(190)
        self.screens = QStackedWidget()
        self.settings_screen = SettingsScreen(settings, store, runner)
        self.cases = CaseListScreen(store, runner, countries=device.countries)
        self.agenda = AgendaScreen(store, runner)
        self.trainings = TrainingsScreen(store, runner)
        self.sync_centre = SyncCentreScreen(store, runner)
        self.dashboard = DashboardScreen(store, runner)
        self.sync = SyncController(store, settings, runner, self)
        self.printing = PrintActions(store, runner, settings, self)  # with the print settings
        pages: list[tuple[str, QWidget]] = [
            (tr(CTX, "Cases"), self.cases),
            (tr(CTX, "Agenda"), self.agenda),
            (tr(CTX, "Trainings"), self.trainings),
            (tr(CTX, "Sync"), self.sync_centre),
            (tr(CTX, "Dashboard"), self.dashboard),
            (tr(CTX, "Settings"), self.settings_screen),
        ]
        for index, (name, page) in enumerate(pages):
            item = QListWidgetItem(name)
            item.setToolTip(f"Ctrl+{index + 1}")
            self.navigation.addItem(item)
            self.screens.addWidget(page)
            shortcut = QAction(self)
            shortcut.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            shortcut.triggered.connect(
                lambda _=False, row=index: self.navigation.setCurrentRow(row)
            )
            self.addAction(shortcut)
        self.ask_on_close = True  # quitting asks about changes not saved; locking does not
        self.case_file: CaseFileScreen | None = None  # the case open, shown instead of the list
        self.cases.case_activated.connect(self.open_case)
        self.navigation.currentRowChanged.connect(self._navigate)
        self.navigation.setCurrentRow(0)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.screens, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.sync_status = SyncStatusWidget(self.sync, self.sync_action)
        self.statusBar().addPermanentWidget(self.sync_status, 1)
        self.sync.running_changed.connect(self._sync_running)
        self.sync.relay_missing.connect(self.show_relay_setting)
        self.sync.data_arrived.connect(self.reload_shown)
        self.settings_screen.relay_changed.connect(self.sync.relay_changed)
        self.settings_screen.sync_interval_changed.connect(self.sync.interval_changed)
        role = tr(CTX, "Field officer") if device.role == "field" else tr(CTX, "Coordinator")
        who = QLabel(f"{device.office} · {role} · {device.user_name or ''}")
        who.setAccessibleName(tr(CTX, "Signed in as"))
        self._finish_status_bar(who)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(1100, 720)
        self.sync.start()

    def _finish_status_bar(self, who: QLabel) -> None:
        """Who is signed in; and, once after an upgrade on opening, where the backup is (a
        message, not the status bar: the path is long and the sync status takes that room)."""
        self.statusBar().addPermanentWidget(who)
        self.upgrade_message: QMessageBox | None = None
        notice = upgrade_notice(self.store)
        if notice is not None:
            self.store.migration = None  # told once: a language switch rebuilds this window
            self.upgrade_message = QMessageBox(
                QMessageBox.Icon.Information, tr(CTX, "Database upgraded"), notice, parent=self
            )
            self.upgrade_message.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
            )
            self.upgrade_message.open()

    def _sync_running(self, running: bool) -> None:
        self.sync_action.setEnabled(not running)
        self.folder_action.setEnabled(not running)

    def reload_shown(self) -> None:
        """After a sync brought data: the screen in view reads again (the others do when they
        are next shown; the case list keeps its search and filters)."""
        shown = self.screens.currentWidget()
        if shown is self.cases and self.cases.started:
            self.cases.load_choices()
            self.cases.model.refresh()
        else:
            for screen in (self.agenda, self.trainings, self.sync_centre, self.dashboard):
                if shown is screen:
                    screen.refresh()
            if self.case_file is not None and shown is self.case_file:
                self.case_file.reload()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr(CTX, "&File"))
        change = QAction(tr(CTX, "&Change passphrase…"), self)
        change.triggered.connect(self.change_passphrase)
        file_menu.addAction(change)
        self.print_action = QAction(tr(CTX, "&Print…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setToolTip(tr(CTX, "Print what the screen in view shows (Ctrl+P)"))
        self.print_action.triggered.connect(self.print_shown)
        file_menu.addAction(self.print_action)
        lock = QAction(tr(CTX, "&Lock now"), self)
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.triggered.connect(self.request_lock)
        file_menu.addAction(lock)
        file_menu.addSeparator()
        quit_action = QAction(tr(CTX, "&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        sync_menu = self.menuBar().addMenu(tr(CTX, "&Sync"))
        self.sync_action = QAction(tr(CTX, "Sync &now"), self)
        self.sync_action.setShortcuts([QKeySequence("F9"), QKeySequence("Ctrl+Shift+S")])
        self.sync_action.setToolTip(tr(CTX, "Send and receive bundles through the relay (F9)"))
        self.sync_action.triggered.connect(self.sync.sync_now)
        sync_menu.addAction(self.sync_action)
        self.folder_action = QAction(tr(CTX, "Sync with a &folder…"), self)
        self.folder_action.setToolTip(
            tr(CTX, "Exchange bundles with a USB stick or a shared folder (Ctrl+Shift+F)")
        )
        self.folder_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.folder_action.triggered.connect(lambda _checked=False: self.sync_with_folder())
        sync_menu.addAction(self.folder_action)
        help_menu = self.menuBar().addMenu(tr(CTX, "&Help"))
        about = QAction(tr(CTX, "&About CARE Desktop"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def print_shown(self) -> None:
        """File ▸ Print…: the print of the screen in view (a case sheet, a visit form, an
        attendance sheet, the indicator report); the others have nothing to print."""
        print_document = getattr(self.screens.currentWidget(), "print_document", None)
        if callable(print_document):
            print_document()

    # --- the case file: opened from the list, left only after asking about unsaved changes ---

    def open_case(self, case_id: str) -> CaseFileScreen:
        if self.case_file is not None:
            self.close_case()
        case_file = CaseFileScreen(self.store, self.runner, case_id)
        case_file.closed.connect(self.close_case)
        self.case_file = case_file
        self.screens.addWidget(case_file)
        self.screens.setCurrentWidget(case_file)
        case_file.start()
        return case_file

    def close_case(self) -> None:
        """Back to the list (which reads again: the case may have changed)."""
        case_file, self.case_file = self.case_file, None
        if case_file is None:
            return
        self.screens.setCurrentWidget(self.cases)
        self.screens.removeWidget(case_file)
        case_file.deleteLater()
        if self.cases.started:
            self.cases.model.refresh()

    def _show_row(self, row: int) -> None:
        self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(row)
        self.navigation.blockSignals(False)

    def _navigate(self, row: int) -> None:
        """Another screen; from a case file with changes not saved, only after asking."""
        case_file = self.case_file
        if case_file is None or self.screens.currentWidget() is not case_file:
            self.screens.setCurrentIndex(row)
            return

        def leave() -> None:
            self.close_case()
            self._show_row(row)
            self.screens.setCurrentIndex(row)

        if case_file.has_unsaved():
            self._show_row(self.screens.indexOf(self.cases))  # until the answer
        case_file.ask_before_leaving(leave)

    def request_lock(self) -> None:
        """Lock now; unsaved changes in a case file are asked about first (the idle lock does
        not ask: it must lock)."""
        if self.case_file is not None:
            self.case_file.ask_before_leaving(self.lock_requested.emit)
        else:
            self.lock_requested.emit()

    def choose_sync_folder(self) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(
            self, tr(CTX, "Folder to exchange bundles with (a USB stick, a shared folder)")
        )
        return Path(chosen) if chosen else None

    def sync_with_folder(self, folder: Path | None = None) -> bool:
        """Import the bundles for this device from a folder and leave there what waits."""
        folder = folder or self.choose_sync_folder()
        return folder is not None and self.sync.sync_folder(folder)

    def show_relay_setting(self) -> None:
        """Go to the relay address in Settings (after "Sync now" with none set)."""
        self.navigation.setCurrentRow(self.screens.indexOf(self.settings_screen))
        self.settings_screen.relay.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        # Quitting with changes not saved in a case file asks first; locking (the controller
        # sets ask_on_close to False) does not: it must lock.
        case_file = self.case_file
        if self.ask_on_close and case_file is not None and case_file.has_unsaved():
            event.ignore()
            case_file.ask_before_leaving(self._close_without_asking)
            return
        # Locking closes the window before the store: no sync may start or go on after this.
        self.sync.stop()
        super().closeEvent(event)

    def _close_without_asking(self) -> None:
        self.ask_on_close = False
        self.close()

    def change_passphrase(self) -> ChangePassphraseDialog:
        dialog = ChangePassphraseDialog(self.store.path, self.runner, self)
        dialog.open()
        return dialog

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self.store, self.runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
