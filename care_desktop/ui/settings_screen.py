"""Settings: language, auto-lock delay, "unlock with my login", the relay and how often to sync."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from care_desktop import i18n
from care_desktop.domain.errors import UserFacingError
from care_desktop.domain.settings import (
    AUTO_LOCK_MINUTES,
    LANGUAGE,
    RELAY_URL,
    SYNC_INTERVAL_MINUTES,
)
from care_desktop.services import keyring_service, sync_service
from care_desktop.services.settings_service import SettingsStore
from care_desktop.services.vault_service import Store
from care_desktop.ui.i18n import error_text, tr
from care_desktop.ui.task_runner import TaskRunner
from care_desktop.ui.widgets import error_label

CTX = "SettingsScreen"


class SettingsScreen(QWidget):
    auto_lock_changed = Signal(int)  # minutes
    language_changed = Signal(str)
    relay_changed = Signal(str)  # "" = no relay
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
        title = QLabel(f"<h2>{tr(CTX, 'Settings')}</h2>")
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
        self.error = error_label()
        form = QFormLayout()
        form.addRow(tr(CTX, "&Language:"), self.language)
        form.addRow(tr(CTX, "Lock after &idle time:"), self.auto_lock)
        form.addRow("", self.keyring)
        form.addRow(tr(CTX, "&Relay address:"), self.relay)
        form.addRow("", self.relay_error)
        form.addRow(tr(CTX, "S&ync every:"), self.sync_interval)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch()
        self._relay_typed()  # a stored address that is no longer valid says so at once

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
