"""The one excepthook: log a bug without its contents and tell the user plainly.

The dialog and the log show the exception type and a reference, never the exception's message:
messages of database errors can quote the values of the record being saved.
"""

from __future__ import annotations

import sys
import threading
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from care_desktop import logs
from care_desktop.domain.errors import UserFacingError
from care_desktop.paths import log_dir
from care_desktop.ui.i18n import error_text, tr

CTX = "CrashHandler"


class CrashHandler(QObject):
    crashed = Signal(str)  # the reference of the logged bug

    def __init__(self, parent: QObject | None = None, *, show_dialog: bool = True) -> None:
        super().__init__(parent)
        self.show_dialog = show_dialog
        self.references: list[str] = []
        self._previous = sys.excepthook
        self._previous_thread_hook = threading.excepthook

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        sys.excepthook = self._previous
        threading.excepthook = self._previous_thread_hook

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if isinstance(error, KeyboardInterrupt):
            QApplication.quit()
            return
        if isinstance(error, UserFacingError):
            # Reached here only when no screen handled it: still the user's sentence, not a bug.
            if self.show_dialog:
                QMessageBox.warning(None, tr(CTX, "CARE Desktop"), error_text(error))
            return
        reference = logs.log_unexpected(kind, tb, where="interface")
        self.references.append(reference)
        self.crashed.emit(reference)
        if self.show_dialog:
            self._show(reference)

    def _show(self, reference: str) -> None:
        box = QMessageBox()
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(tr(CTX, "CARE Desktop ran into a problem"))
        box.setText(
            tr(
                CTX,
                "Something went wrong inside CARE Desktop (reference {reference}). Your saved "
                "data is safe; the last action may not have been completed.",
            ).format(reference=reference)
        )
        box.setInformativeText(
            tr(
                CTX,
                "If it happens again, send the log folder {folder} to the office. It holds no "
                "case data.",
            ).format(folder=log_dir())
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()
