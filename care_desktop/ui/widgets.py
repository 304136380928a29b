"""Small widgets every screen uses."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from care_desktop.ui.i18n import tr

CTX = "Widgets"


def error_label() -> QLabel:
    """An inline, initially hidden, red message that screen readers announce as an error."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.setAccessibleName(tr(CTX, "Error"))
    label.hide()
    return label
