"""Settings: language, auto-lock delay, "unlock with my login", the relay (address, certificate
authority) and how often to sync, and what printing does by default.

Each choice is kept at once through the settings service; a value it refuses is not kept and the
reason is shown under the field.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from care_desktop import i18n
from care_desktop.domain.errors import UserFacingError
from care_desktop.domain.settings import (
    AUTO_LOCK_MINUTES,
    LANGUAGE,
    PRINT_LANGUAGE,
    PRINT_PAPER,
    PRINT_PROFILE,
    RELAY_CA_FILE,
    RELAY_URL,
    SYNC_INTERVAL_MINUTES,
    Setting,
)
from care_desktop.services import keyring_service, settings_service, sync_service
from care_desktop.services.settings_service import SettingsStore
from care_desktop.services.vault_service import Store
from care_desktop.ui.i18n import error_text, tr
from care_desktop.ui.task_runner import TaskRunner
from care_desktop.ui.widgets import error_label

CTX = "SettingsScreen"


def _paper_names() -> dict[str, str]:
    return {"A4": tr(CTX, "A4"), "Letter": tr(CTX, "Letter (US)")}


def _profile_names() -> dict[str, str]:
    return {
        "interview": tr(CTX, "Interview sheet (no trafficking details, documents or budget)"),
        "full": tr(CTX, "Full case file"),
    }


class SettingsScreen(QWidget):
    auto_lock_changed = Signal(int)  # minutes
    language_changed = Signal(str)
    relay_changed = Signal(str)  # "" = no relay
    ca_file_changed = Signal(str)  # "" = the system's certificate authorities
    sync_interval_changed = Signal(int)  # minutes

    def __init__(
        self,
        settings: SettingsStore,
        store: Store,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.store = store
        self.runner = runner
        self.error = error_label()
        self._build_general(store)
        self._build_sync()
        self._build_print()
        self._lay_out()
        self._relay_typed()  # a stored address that is no longer valid says so at once

    def _build_general(self, store: Store) -> None:
        settings = self.settings
        self.language = QComboBox()
        self.language.setAccessibleName(tr(CTX, "Language"))
        self.language.addItem(tr(CTX, "As the system"), "")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(settings.get(LANGUAGE)), 0))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.auto_lock = QSpinBox()
        self.auto_lock.setAccessibleName(tr(CTX, "Lock after idle minutes"))
        self.auto_lock.setRange(AUTO_LOCK_MINUTES.minimum or 1, AUTO_LOCK_MINUTES.maximum or 240)
        self.auto_lock.setSuffix(tr(CTX, " min"))
        self.auto_lock.setValue(settings.get(AUTO_LOCK_MINUTES))
        self.auto_lock.valueChanged.connect(self._auto_lock_chosen)
        self.keyring = QCheckBox(tr(CTX, "Unlock with my &login (system keyring)"))
        self.keyring.setAccessibleName(tr(CTX, "Unlock with my login"))
        self.keyring.setChecked(keyring_service.is_enabled(store))
        self.keyring.toggled.connect(self._keyring_toggled)

    def _build_sync(self) -> None:
        settings = self.settings
        self.relay = QLineEdit(settings.get(RELAY_URL))
        self.relay.setAccessibleName(tr(CTX, "Relay address"))
        self.relay.setPlaceholderText("https://relay.example.org")
        self.relay.setToolTip(
            tr(CTX, "Given by the office: https://HOST or https://HOST:PORT. Empty: no relay.")
        )
        self.relay.textChanged.connect(self._relay_typed)
        self.relay.editingFinished.connect(self._relay_entered)
        self.relay_error = error_label()
        self.relay_error.setAccessibleName(tr(CTX, "Relay address error"))
        self.sync_interval = QSpinBox()
        self.sync_interval.setAccessibleName(tr(CTX, "Sync every minutes"))
        self.sync_interval.setRange(
            SYNC_INTERVAL_MINUTES.minimum or 1, SYNC_INTERVAL_MINUTES.maximum or 240
        )
        self.sync_interval.setSuffix(tr(CTX, " min"))
        self.sync_interval.setValue(settings.get(SYNC_INTERVAL_MINUTES))
        self.sync_interval.valueChanged.connect(self._sync_interval_chosen)
        self.ca_file = QLineEdit(settings.get(RELAY_CA_FILE))
        self.ca_file.setAccessibleName(tr(CTX, "Certificate authority of the relay"))
        self.ca_file.setPlaceholderText(tr(CTX, "Empty: the usual authorities"))
        self.ca_file.setToolTip(
            tr(CTX, "Only when the office gives you one: the relay's certificate file (.pem).")
        )
        self.ca_file.editingFinished.connect(self._ca_file_entered)
        self.ca_browse = QPushButton(tr(CTX, "C&hoose…"))
        self.ca_browse.setAccessibleName(tr(CTX, "Choose the certificate file"))
        self.ca_browse.clicked.connect(self._choose_ca_file)
        self.ca_error = error_label()
        self.ca_error.setAccessibleName(tr(CTX, "Certificate file error"))

    def _build_print(self) -> None:
        self.paper = self._choice_box(
            tr(CTX, "Paper size"), PRINT_PAPER, list(_paper_names().items())
        )
        self.profile = self._choice_box(
            tr(CTX, "Case sheet printed by default"), PRINT_PROFILE, list(_profile_names().items())
        )
        self.print_language = self._choice_box(
            tr(CTX, "Language of prints"),
            PRINT_LANGUAGE,
            [("", tr(CTX, "As the interface")), *i18n.LANGUAGES.items()],
        )

    def _lay_out(self) -> None:
        title = QLabel(f"<h2>{tr(CTX, 'Settings')}</h2>")
        form = QFormLayout()
        form.addRow(tr(CTX, "&Language:"), self.language)
        form.addRow(tr(CTX, "Lock after &idle time:"), self.auto_lock)
        form.addRow("", self.keyring)
        sync_form = QFormLayout()
        sync_form.addRow(tr(CTX, "&Relay address:"), self.relay)
        sync_form.addRow("", self.relay_error)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(self.ca_browse)
        ca_label = QLabel(tr(CTX, "Relay ce&rtificate authority:"))
        ca_label.setBuddy(self.ca_file)
        sync_form.addRow(ca_label, ca_row)
        sync_form.addRow("", self.ca_error)
        sync_form.addRow(tr(CTX, "S&ync every:"), self.sync_interval)
        sync_box = QGroupBox(tr(CTX, "Sync"))
        sync_box.setLayout(sync_form)
        print_form = QFormLayout()
        print_form.addRow(tr(CTX, "&Paper size:"), self.paper)
        print_form.addRow(tr(CTX, "Case &sheet:"), self.profile)
        print_form.addRow(tr(CTX, "Language of &prints:"), self.print_language)
        print_box = QGroupBox(tr(CTX, "Printing"))
        print_box.setLayout(print_form)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(sync_box)
        layout.addWidget(print_box)
        layout.addWidget(self.error)
        layout.addStretch()
        for before, after in (
            (self.language, self.auto_lock),
            (self.auto_lock, self.keyring),
            (self.keyring, self.relay),
            (self.relay, self.ca_file),
            (self.ca_file, self.ca_browse),
            (self.ca_browse, self.sync_interval),
            (self.sync_interval, self.paper),
            (self.paper, self.profile),
            (self.profile, self.print_language),
        ):
            QWidget.setTabOrder(before, after)

    def _choice_box(
        self, name: str, setting: Setting[str], items: list[tuple[str, str]]
    ) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        for code, label in items:
            box.addItem(label, code)
        box.setCurrentIndex(max(box.findData(self.settings.get(setting)), 0))
        box.currentIndexChanged.connect(lambda _: self._keep(setting, str(box.currentData())))
        return box

    def _keep(self, setting: Setting[str], value: str) -> bool:
        """Keep a chosen value through the service; a refusal is shown, not kept."""
        try:
            self.settings.change(setting, value)
        except UserFacingError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return False
        self.error.hide()
        return True

    def _choose_ca_file(self) -> None:
        dialog = QFileDialog(self, tr(CTX, "Certificate authority of the relay"))
        dialog.setNameFilter(tr(CTX, "Certificates (*.pem *.crt *.cer);;All files (*)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self._ca_file_chosen)
        dialog.open()

    def _ca_file_chosen(self, path: str) -> None:
        self.ca_file.setText(path)
        self._ca_file_entered()

    def _ca_file_entered(self) -> None:
        """Checked in the background (the file may sit on a slow drive), then kept."""
        path = self.ca_file.text().strip()
        if path == self.settings.get(RELAY_CA_FILE):
            self._show_ca_problem(None)
            return
        self.runner.run(
            lambda: settings_service.check(RELAY_CA_FILE, path),
            lambda problem: self._ca_file_checked(path, problem),
            owner=self,
        )

    def _ca_file_checked(self, path: str, problem: UserFacingError | None) -> None:
        if path != self.ca_file.text().strip():
            return  # typed on meanwhile: that will be checked in turn
        self._show_ca_problem(problem)
        if problem is None:
            self.settings.set(RELAY_CA_FILE, path)
            self.ca_file_changed.emit(path)

    def _show_ca_problem(self, problem: UserFacingError | None) -> None:
        if problem is None:
            self.ca_error.hide()
            self.ca_file.setAccessibleDescription("")
        else:
            self.ca_error.setText(error_text(problem))
            self.ca_error.show()
            self.ca_file.setAccessibleDescription(self.ca_error.text())

    def _language_chosen(self) -> None:
        code = str(self.language.currentData())
        self.settings.set(LANGUAGE, code)
        self.language_changed.emit(code or i18n.system_language())

    def _auto_lock_chosen(self, minutes: int) -> None:
        self.settings.set(AUTO_LOCK_MINUTES, minutes)
        self.auto_lock_changed.emit(minutes)

    def _relay_problem(self) -> UserFacingError | None:
        url = self.relay.text().strip()
        return sync_service.check_relay_url(url) if url else None

    def _relay_typed(self) -> None:
        problem = self._relay_problem()
        if problem is None:
            self.relay_error.hide()
            self.relay.setAccessibleDescription("")
        else:
            self.relay_error.setText(error_text(problem))
            self.relay_error.show()
            self.relay.setAccessibleDescription(self.relay_error.text())

    def _relay_entered(self) -> None:
        """Kept once typed in full (Enter or leaving the field) and only when it is valid."""
        url = self.relay.text().strip()
        if self._relay_problem() is not None or url == self.settings.get(RELAY_URL):
            return
        self.settings.set(RELAY_URL, url)
        self.relay_changed.emit(url)

    def _sync_interval_chosen(self, minutes: int) -> None:
        self.settings.set(SYNC_INTERVAL_MINUTES, minutes)
        self.sync_interval_changed.emit(minutes)

    def _keyring_toggled(self, on: bool) -> None:
        self.keyring.setEnabled(False)
        self.error.hide()
        work = keyring_service.enable if on else keyring_service.disable
        self.runner.run_db(lambda: work(self.store), self._keyring_done, self._keyring_failed)

    def _keyring_done(self, _: object) -> None:
        self.keyring.setEnabled(True)

    def _keyring_failed(self, error: UserFacingError) -> None:
        self.keyring.blockSignals(True)
        self.keyring.setChecked(keyring_service.is_enabled(self.store))
        self.keyring.blockSignals(False)
        self.keyring.setEnabled(True)
        self.error.setText(error_text(error))
        self.error.show()
