"""The application icon is a vector drawing: sharp at every size a screen scale asks for."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor

from care_desktop.ui.icons import application_icon


def test_the_application_icon_renders_at_every_scale(qapp: object) -> None:
    icon = application_icon()
    assert not icon.isNull()
    for side in (16, 32, 64, 256, 512):  # 512: a 256-pixel icon on a 200 % screen
        pixmap = icon.pixmap(QSize(side, side))
        assert (pixmap.width(), pixmap.height()) == (side, side)
        image = pixmap.toImage()
        # drawn at this size: inside the house white, inside the heart red, a corner transparent
        assert image.pixelColor(side * 72 // 256, side * 165 // 256) == QColor("#ffffff")
        assert image.pixelColor(side // 2, side * 150 // 256) == QColor("#e4002b")
        assert image.pixelColor(0, 0).alpha() == 0
