"""Small pieces the case file's record tabs share: code pickers, checks as you type, risk colours,
amounts."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox

from care_desktop.domain.codes import CodeList
from care_desktop.domain.errors import UserFacingError
from care_desktop.domain.schema import RecordSpec, normalise
from care_desktop.ui.i18n import error_text, tr

# Light fills that keep black text readable (contrast above 7:1 for each).
_LEVEL_FILLS = {"low": "#c8e6c9", "medium": "#ffe0a3", "high": "#f4b4b4"}


def level_colour(level: str | None) -> QColor | None:
    """The fill of a risk level (low green, medium amber, high red); None when not rated."""
    fill = _LEVEL_FILLS.get(level or "")
    return QColor(fill) if fill else None


def code_combo(code_list: CodeList, name: str, *, blank: bool = False) -> QComboBox:
    """A picker of a code list's translated labels, the code as each item's data."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    if blank:
        combo.addItem("", None)
    for code in code_list.codes:
        combo.addItem(tr("codes", code.label), code.value)
    return combo


def select_code(combo: QComboBox, value: str | None) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def field_problem(spec: RecordSpec, name: str, raw: Any) -> str | None:
    """What is wrong with `raw` for one field, by the same rules the service applies; None if
    nothing is. Used to check a form as the person types."""
    try:
        normalise(spec.field(name), raw)
    except UserFacingError as error:
        return error_text(error)
    return None


def amount_text(minor: object) -> str:
    """Minor units (as stored: hundredths) shown as an amount, "" for none."""
    if not isinstance(minor, int) or isinstance(minor, bool):
        return ""
    return f"{minor // 100:,}.{minor % 100:02d}".replace(",", "\u202f")


def size_text(size: object) -> str:
    """A file size people read (bytes, kB, MB)."""
    if not isinstance(size, int):
        return ""
    if size < 1024:
        return tr("CaseFile", "{n} bytes").format(n=size)
    if size < 1024 * 1024:
        return tr("CaseFile", "{n} kB").format(n=f"{size / 1024:.1f}")
    return tr("CaseFile", "{n} MB").format(n=f"{size / (1024 * 1024):.1f}")
