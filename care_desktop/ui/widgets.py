"""Small widgets every screen uses."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from care_desktop.domain.errors import UserFacingError
from care_desktop.services.vault_service import Store
from care_desktop.ui.i18n import error_text, tr
from care_desktop.ui.task_runner import TaskRunner

CTX = "Widgets"


def error_label() -> QLabel:
    """An inline, initially hidden, red message that screen readers announce as an error."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.setAccessibleName(tr(CTX, "Error"))
    label.hide()
    return label


class ServiceDialog(QDialog):
    """A dialog that saves through one service call on the database thread: its buttons wait
    meanwhile; success emits `saved` and closes; a refusal is shown inline and nothing closes."""

    saved = Signal()

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.runner = store, runner
        self.error = error_label()
        self.buttons = QDialogButtonBox()

    def submit(self, work: Callable[[], object]) -> None:
        self.buttons.setEnabled(False)
        self.runner.run_db(work, self._saved, self._failed, owner=self)

    def _saved(self, _result: object) -> None:
        self.saved.emit()
        self.accept()

    def _failed(self, error: UserFacingError) -> None:
        self.buttons.setEnabled(True)
        self.show_error(error)

    def show_error(self, error: UserFacingError) -> None:
        self.error.setText(error_text(error))
        self.error.show()
