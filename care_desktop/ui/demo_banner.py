"""The DEMO marker of a window that shows the demo database: a coloured banner that stays above
every screen, "DEMO" in the window title, and File ▸ Leave demo."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from care_desktop.services.demo_database import DEMO_PASSPHRASE
from care_desktop.ui.i18n import tr

CTX = "DemoBanner"
# Amber with dark text: readable (contrast above 7:1) and unlike any colour a screen uses.
_STYLE = (
    "#demoBanner { background: #f59e0b; border-bottom: 2px solid #b45309; }"
    "#demoBanner QLabel { color: #1f1300; }"
)


def demo_title(title: str) -> str:
    return tr(CTX, "DEMO — {title}").format(title=title)


class DemoBanner(QFrame):
    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoBanner")
        self.setStyleSheet(_STYLE)
        self.setAccessibleName(tr(CTX, "Demo data"))
        self.label = QLabel(
            tr(
                CTX,
                "<b>DEMO</b> — invented cases to explore CARE Desktop; nothing here is real. "
                "Demo passphrase: {passphrase}",
            ).format(passphrase=DEMO_PASSPHRASE)
        )
        self.label.setWordWrap(True)
        self.setAccessibleDescription(self.label.text())
        self.leave = QPushButton(tr(CTX, "Leave demo"))
        self.leave.setAccessibleName(tr(CTX, "Leave demo"))
        self.leave.setToolTip(tr(CTX, "Back to setting up or unlocking your real database"))
        self.leave.clicked.connect(self.leave_requested.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.leave)


def install(window: QMainWindow) -> DemoBanner:
    """Mark `window` as showing the demo: banner above its screens, title, File ▸ Leave demo."""
    banner = DemoBanner()
    screens = window.takeCentralWidget()
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    if screens is not None:
        layout.addWidget(screens, 1)
    window.setCentralWidget(holder)
    window.setWindowTitle(demo_title(window.windowTitle()))
    leave = QAction(tr(CTX, "Lea&ve demo"), window)
    leave.setShortcut(QKeySequence("Ctrl+Shift+D"))
    leave.triggered.connect(banner.leave_requested.emit)
    menus = [action.menu() for action in window.menuBar().actions()]
    file_menu = next((menu for menu in menus if isinstance(menu, QMenu)), None)
    if file_menu is not None:  # before Quit, its last entry
        existing = file_menu.actions()
        if existing:
            file_menu.insertAction(existing[-1], leave)
        else:
            file_menu.addAction(leave)
    else:
        window.addAction(leave)
    return banner
