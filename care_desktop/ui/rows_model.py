"""A read-only table model over frozen rows (service results), and code labels for cells."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from care_desktop.domain.codes import CodeList
from care_desktop.ui.i18n import tr

_Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()


def code_label(code_list: CodeList, value: str | None) -> str:
    """A code's translated label ("" for none, the value itself for an unknown code)."""
    if value is None:
        return ""
    code = next((c for c in code_list.codes if c.value == value), None)
    return tr("codes", code.label) if code else value


class RowsModel(QAbstractTableModel):
    """A read-only table of frozen rows; each column a header and a function of the row."""

    def __init__(
        self,
        headers: Callable[[], Sequence[str]],
        cells: Sequence[Callable[[Any], str]],
        parent: QObject | None = None,
        *,
        foreground: Callable[[Any], QBrush | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._foreground = foreground  # a colour for rows that need attention
        self._headers = headers  # called when shown: a language switch retranslates them
        self._cells = list(cells)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> Any:
        return self._rows[number]

    def rowCount(self, parent: _Index = _NO_INDEX) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _NO_INDEX) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._cells)

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._cells)
        ):
            return self._headers()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._cells[index.column()](self._rows[index.row()])
        if role == Qt.ItemDataRole.ForegroundRole and self._foreground is not None:
            return self._foreground(self._rows[index.row()])
        return None


def rows_table(model: QAbstractTableModel, name: str) -> QTableView:
    """A read-only table view: whole rows selected one at a time, columns fitted."""
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)  # Tab leaves the table (arrows move within it)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # columns fitted to the first rows only: measuring 44,000 agenda rows took 0.7 s on the GUI
    # thread (100,000-case office), 50 rows take a few milliseconds
    view.horizontalHeader().setResizeContentsPrecision(50)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def slot_label(key: str) -> str:
    """A visit slot's key ("month-3", "week-2", domain/schedule.py) as people say it."""
    kind, _, number = key.partition("-")
    if number.isdigit():
        if kind == "month":
            return tr("Visits", "Month {number}").format(number=number)
        if kind == "week":
            return tr("Visits", "Week {number}").format(number=number)
    return key
