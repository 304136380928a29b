"""Unlock: passphrase, the system keyring where set up, or the recovery key as a last resort."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from care_desktop.domain.errors import PassphraseMismatchError, UserFacingError, WeakPassphraseError
from care_desktop.domain.passphrase import MINIMUM_LENGTH
from care_desktop.services import keyring_service, vault_service
from care_desktop.services.vault_service import Store
from care_desktop.ui.i18n import error_text, tr
from care_desktop.ui.passphrase_widgets import NewPassphraseFields
from care_desktop.ui.recovery_key_dialog import RecoveryKeyDialog
from care_desktop.ui.task_runner import TaskRunner
from care_desktop.ui.widgets import error_label

CTX = "UnlockDialog"


def upgrade_notice(store: Store) -> str | None:
    """What to tell the person when opening upgraded the database (after a backup), else None."""
    migration = store.migration
    if migration is None or migration.backup is None:
        return None
    return tr(
        CTX,
        "The database was upgraded to data model {revision}; a copy of the previous one is in "
        "{backup}",
    ).format(revision=migration.after, backup=migration.backup)


class UnlockDialog(QDialog):
    """Emits `unlocked(store)`; stays open with the reason in plain words when unlocking fails."""

    unlocked = Signal(object)

    def __init__(self, path: Path, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.runner = runner
        self.setWindowTitle(tr(CTX, "Unlock CARE Desktop"))
        self.setModal(True)
        title = QLabel(tr(CTX, "Enter your passphrase to open the case records."))
        title.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(tr(CTX, "Passphrase"))
        self.error = error_label()
        self.unlock_button = QPushButton(tr(CTX, "&Unlock"))
        self.keyring_button = QPushButton(tr(CTX, "Unlock with my &login"))
        self.keyring_button.setAutoDefault(False)
        self.recovery_button = QPushButton(tr(CTX, "&Forgot the passphrase?"))
        self.recovery_button.setFlat(True)
        self.recovery_button.setAutoDefault(False)
        buttons = QDialogButtonBox()
        buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.keyring_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        # after addButton, which shows the button
        self.keyring_button.setVisible(keyring_service.has_keyring_slot(path))
        for button in buttons.buttons():
            button.setAutoDefault(False)  # Return in the field unlocks; it never closes
        self.passphrase.returnPressed.connect(self.try_passphrase)
        self.unlock_button.clicked.connect(self.try_passphrase)
        self.keyring_button.clicked.connect(self.try_keyring)
        self.recovery_button.clicked.connect(self.open_recovery)
        where = QLabel(str(path))
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setStyleSheet("color: palette(mid);")
        form = QFormLayout()
        form.addRow(tr(CTX, "&Passphrase:"), self.passphrase)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        layout.addWidget(self.recovery_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(where)
        self.passphrase.setFocus()
        self._busy = False
        self.resize(460, 0)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.unlock_button, self.keyring_button, self.recovery_button):
            widget.setEnabled(not busy)
        self.passphrase.setReadOnly(busy)
        if busy:
            self.error.hide()

    def try_passphrase(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase or self._busy:
            return
        self._set_busy(True)
        self.runner.run_db(
            lambda: vault_service.unlock_with_passphrase(
                self.path, passphrase, cache_kib=vault_service.UI_CACHE_KIB
            ),
            self._succeeded,
            self._failed,
            owner=self,
        )

    def try_keyring(self) -> None:
        if self._busy:
            return
        self._set_busy(True)
        self.runner.run_db(
            lambda: keyring_service.unlock(self.path), self._succeeded, self._failed, owner=self
        )

    def _succeeded(self, store: Store) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.unlocked.emit(store)
        self.accept()

    def _failed(self, error: UserFacingError) -> None:
        self._set_busy(False)
        self.error.setText(error_text(error))
        self.error.show()
        self.adjustSize()
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def open_recovery(self) -> None:
        dialog = RecoveryDialog(self.path, self.runner, self)
        dialog.recovered.connect(self._succeeded)
        dialog.open()


class RecoveryDialog(QDialog):
    """The recovery key and a new passphrase; the old passphrase stops working."""

    recovered = Signal(object)

    def __init__(self, path: Path, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.runner = runner
        self.setWindowTitle(tr(CTX, "Recover with the recovery key"))
        explanation = QLabel(
            tr(
                CTX,
                "Type the recovery key written down at set-up, then choose a new passphrase. "
                "The old passphrase will no longer work.",
            )
        )
        explanation.setWordWrap(True)
        self.key = QLineEdit()
        self.key.setAccessibleName(tr(CTX, "Recovery key"))
        self.key.setPlaceholderText("XXXX-XXXX-XXXX-…")
        self.fields = NewPassphraseFields()
        self.error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr(CTX, "&Recover"))
        self.buttons.accepted.connect(self.try_recover)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(tr(CTX, "Recovery &key:"), self.key)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def try_recover(self) -> None:
        if self.fields.first.text() != self.fields.second.text():
            self._failed(PassphraseMismatchError())
            return
        if not self.fields.acceptable:
            self._failed(WeakPassphraseError(minimum=MINIMUM_LENGTH))
            return
        key, new = self.key.text(), self.fields.passphrase()
        self.buttons.setEnabled(False)
        self.runner.run_db(
            lambda: vault_service.recover(self.path, key, new),
            self._succeeded,
            self._failed,
            owner=self,
        )

    def _succeeded(self, recovered: vault_service.Recovered) -> None:
        self.buttons.setEnabled(True)
        self.fields.clear()
        self.key.clear()
        # the typed recovery key is retired; its successor is shown once, and must be written
        self.new_key_dialog = RecoveryKeyDialog(recovered.new_recovery_key, self)
        self.new_key_dialog.accepted.connect(lambda: self._finish(recovered.store))
        self.new_key_dialog.open()

    def _finish(self, store: Store) -> None:
        self.recovered.emit(store)
        self.accept()

    def _failed(self, error: UserFacingError) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(error_text(error))
        self.error.show()
        self.adjustSize()
