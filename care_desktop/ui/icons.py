"""Icons: vector (SVG) files, so that they are sharp on every screen scale (high DPI)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from care_desktop.paths import resource_path


def application_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "care.svg")))
