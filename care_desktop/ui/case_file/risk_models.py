"""The risk matrix editor's two models: the risks of an assessment (likelihood and severity
editable, the level derived as they change) and the 5 × 5 grid that shows where each one falls."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from care_desktop.domain.risk import SCALE_MAX, SCALE_MIN, matrix, risk_level
from care_desktop.services.records import Record
from care_desktop.ui.case_file.tab_widgets import level_colour
from care_desktop.ui.i18n import tr

CTX = "Assessments"

_Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()
_EDITABLE = {1: "likelihood", 2: "severity"}
_BLACK = QBrush(QColor("black"))


def likelihood_label(value: int) -> str:
    return (
        tr(CTX, "Rare"),
        tr(CTX, "Unlikely"),
        tr(CTX, "Possible"),
        tr(CTX, "Likely"),
        tr(CTX, "Almost certain"),
    )[value - 1]


def severity_label(value: int) -> str:
    return (
        tr(CTX, "Negligible"),
        tr(CTX, "Minor"),
        tr(CTX, "Moderate"),
        tr(CTX, "Major"),
        tr(CTX, "Severe"),
    )[value - 1]


def level_label(level: str | None) -> str:
    if level == "low":
        return tr(CTX, "Low")
    if level == "medium":
        return tr(CTX, "Medium")
    if level == "high":
        return tr(CTX, "High")
    return tr(CTX, "Not rated")


def _scale(value: object) -> int:
    return value if isinstance(value, int) and SCALE_MIN <= value <= SCALE_MAX else SCALE_MIN


class RiskTableModel(QAbstractTableModel):
    """The risks of one assessment. Edits stay pending (the tab is dirty) until saved."""

    pending_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._risks: list[Record] = []
        self._pending: dict[str, dict[str, int]] = {}

    def set_risks(self, risks: Sequence[Record]) -> None:
        self.beginResetModel()
        self._risks = list(risks)
        self._pending = {k: v for k, v in self._pending.items() if any(r.id == k for r in risks)}
        self.endResetModel()
        self.pending_changed.emit(bool(self._pending))

    def risk(self, row: int) -> Record:
        return self._risks[row]

    def rating(self, row: int) -> tuple[int, int]:
        """Likelihood and severity of a row, with the pending edit if there is one."""
        risk = self._risks[row]
        pending = self._pending.get(risk.id, {})
        likelihood = pending.get("likelihood", risk.get("likelihood"))
        severity = pending.get("severity", risk.get("severity"))
        return _scale(likelihood), _scale(severity)

    def level(self, row: int) -> str:
        return str(risk_level(*self.rating(row)))

    def pending(self) -> dict[str, dict[str, int]]:
        return {risk_id: dict(changes) for risk_id, changes in self._pending.items()}

    def drop_pending(self) -> None:
        self.beginResetModel()
        self._pending.clear()
        self.endResetModel()
        self.pending_changed.emit(False)

    def rowCount(self, parent: _Index = _NO_INDEX) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._risks)

    def columnCount(self, parent: _Index = _NO_INDEX) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else 5

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if 0 <= section < len(self._risks) else None
        headers = (
            tr(CTX, "Risk"),
            tr(CTX, "Likelihood"),
            tr(CTX, "Severity"),
            tr(CTX, "Level"),
            tr(CTX, "Mitigation"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in _EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(  # noqa: PLR0911 - one answer per role
        self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._risks):
            return None
        row, column = index.row(), index.column()
        likelihood, severity = self.rating(row)
        if role == Qt.ItemDataRole.EditRole and column in _EDITABLE:
            return likelihood if column == 1 else severity
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            risk = self._risks[row]
            if column == 0:
                return risk.text("description")
            if column == 1:
                return f"{likelihood} · {likelihood_label(likelihood)}"
            if column == 2:
                return f"{severity} · {severity_label(severity)}"
            if column == 3:
                return level_label(self.level(row))
            if column == 4:
                return risk.text("mitigation")
        if column == 3 and role == Qt.ItemDataRole.BackgroundRole:
            colour = level_colour(self.level(row))
            return QBrush(colour) if colour else None
        if column == 3 and role == Qt.ItemDataRole.ForegroundRole:
            return _BLACK
        if role == Qt.ItemDataRole.FontRole and self._risks[row].id in self._pending:
            font = QFont()
            font.setBold(True)  # an edit not saved yet
            return font
        return None

    def setData(  # noqa: N802 - Qt's name
        self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        name = _EDITABLE.get(index.column())
        if name is None or not 0 <= index.row() < len(self._risks):
            return False
        try:
            number = int(value)
        except (TypeError, ValueError):
            return False
        if not SCALE_MIN <= number <= SCALE_MAX:
            return False
        risk = self._risks[index.row()]
        changes = self._pending.setdefault(risk.id, {})
        changes[name] = number
        if all(risk.get(key) == changes.get(key, risk.get(key)) for key in _EDITABLE.values()):
            del self._pending[risk.id]  # back to what is stored: nothing to save
        self.dataChanged.emit(self.index(index.row(), 1), self.index(index.row(), 3))
        self.pending_changed.emit(bool(self._pending))
        return True


class RatingDelegate(QStyledItemDelegate):
    """Likelihood and severity are edited with a 1–5 spin box."""

    def createEditor(  # noqa: N802 - Qt's name
        self, parent: QWidget, option: QStyleOptionViewItem, index: _Index
    ) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(SCALE_MIN, SCALE_MAX)
        editor.setAccessibleName(
            tr(CTX, "Likelihood") if index.column() == 1 else tr(CTX, "Severity")
        )
        return editor


class RiskMatrixModel(QAbstractTableModel):
    """The 5 × 5 grid: likelihood from almost certain (top) to rare, severity from negligible
    (left) to severe; each cell coloured by its level and listing the numbers of its risks."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._levels = matrix()
        self._cells: dict[tuple[int, int], list[int]] = {}

    def place(self, ratings: Sequence[tuple[int, int]]) -> None:
        """Put risk number i + 1 in the cell of ratings[i] (likelihood, severity)."""
        cells: dict[tuple[int, int], list[int]] = {}
        for number, rating in enumerate(ratings, start=1):
            cells.setdefault(rating, []).append(number)
        self._cells = cells
        self.dataChanged.emit(self.index(0, 0), self.index(SCALE_MAX - 1, SCALE_MAX - 1))

    def risks_at(self, likelihood: int, severity: int) -> list[int]:
        return list(self._cells.get((likelihood, severity), []))

    @staticmethod
    def likelihood_of(row: int) -> int:
        return SCALE_MAX - row

    def rowCount(self, parent: _Index = _NO_INDEX) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else SCALE_MAX

    def columnCount(self, parent: _Index = _NO_INDEX) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else SCALE_MAX

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not 0 <= section < SCALE_MAX:
            return None
        if orientation == Qt.Orientation.Vertical:
            return likelihood_label(self.likelihood_of(section))
        return severity_label(section + 1)

    def data(  # noqa: PLR0911 - one answer per role
        self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not (
            0 <= index.row() < SCALE_MAX and 0 <= index.column() < SCALE_MAX
        ):
            return None
        likelihood, severity = self.likelihood_of(index.row()), index.column() + 1
        level = str(self._levels[likelihood - 1][severity - 1])
        numbers = self.risks_at(likelihood, severity)
        if role == Qt.ItemDataRole.DisplayRole:
            return ", ".join(f"#{n}" for n in numbers)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            text = tr(CTX, "{likelihood}, {severity}: {level}").format(
                likelihood=likelihood_label(likelihood),
                severity=severity_label(severity),
                level=level_label(level),
            )
            if numbers:
                text += " · " + tr(CTX, "risks {numbers}").format(
                    numbers=", ".join(str(n) for n in numbers)
                )
            return text
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = level_colour(level)
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return _BLACK
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
