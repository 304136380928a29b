"""Change the passphrase from the application: the data key is rewrapped, never re-encrypted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from care_desktop.domain.errors import PassphraseMismatchError, UserFacingError, WeakPassphraseError
from care_desktop.domain.passphrase import MINIMUM_LENGTH
from care_desktop.services import vault_service
from care_desktop.ui.i18n import error_text, tr
from care_desktop.ui.passphrase_widgets import NewPassphraseFields
from care_desktop.ui.task_runner import TaskRunner
from care_desktop.ui.widgets import error_label

CTX = "PassphraseDialog"


class ChangePassphraseDialog(QDialog):
    def __init__(self, path: Path, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.runner = runner
        self.setWindowTitle(tr(CTX, "Change the passphrase"))
        explanation = QLabel(
            tr(CTX, "The old passphrase stops working as soon as the new one is saved.")
        )
        explanation.setWordWrap(True)
        self.current = QLineEdit()
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current.setAccessibleName(tr(CTX, "Current passphrase"))
        self.fields = NewPassphraseFields()
        self.error = error_label()
        self.done_label = QLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr(CTX, "&Change"))
        self.buttons.accepted.connect(self.try_change)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(tr(CTX, "C&urrent passphrase:"), self.current)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def try_change(self) -> None:
        if self.fields.first.text() != self.fields.second.text():
            self._failed(PassphraseMismatchError())
            return
        if not self.fields.acceptable:
            self._failed(WeakPassphraseError(minimum=MINIMUM_LENGTH))
            return
        old, new = self.current.text(), self.fields.passphrase()
        self.buttons.setEnabled(False)
        self.runner.run_db(
            lambda: vault_service.change_passphrase(self.path, old, new),
            self._changed,
            self._failed,
        )

    def _changed(self, _: object) -> None:
        self.buttons.setEnabled(True)
        self.current.clear()
        self.fields.clear()
        self.accept()

    def _failed(self, error: UserFacingError) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(error_text(error))
        self.error.show()
        self.adjustSize()
