"""Show a new recovery key once, and insist that it is written down before going on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from care_desktop.ui.i18n import tr

CTX = "RecoveryKeyDialog"


def key_lines(key: str) -> str:
    """Four groups per line, so that the key is copied by hand without slipping a line."""
    groups = key.split("-") if key else []
    return "\n".join("  ".join(groups[i : i + 4]) for i in range(0, len(groups), 4))


def key_label(key: str) -> QLabel:
    """The key in a large fixed font."""
    label = QLabel(key_lines(key))
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setWeight(QFont.Weight.Bold)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(tr(CTX, "Recovery key"))
    return label


class RecoveryKeyDialog(QDialog):
    """Closes only once "I have written it down" is ticked."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(CTX, "Your new recovery key"))
        explanation = QLabel(
            tr(
                CTX,
                "The recovery key you typed no longer works. Write this new one on paper now and "
                "keep it locked away from the laptop. It is shown only this once.",
            )
        )
        explanation.setWordWrap(True)
        self.key = key_label(key)
        self.written = QCheckBox(tr(CTX, "I have &written it down"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.written.toggled.connect(self.ok.setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.key)
        layout.addWidget(self.written)
        layout.addWidget(self.buttons)

    def reject(self) -> None:
        if self.written.isChecked():
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape and not self.written.isChecked():
            event.ignore()
            return
        super().keyPressEvent(event)
