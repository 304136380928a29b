"""The case list as a table model: pages of a query read in the background, never every case.

The first page of a search comes with the count of matching cases; the view asks for the next
pages as it scrolls (`canFetchMore`/`fetchMore`). Every query carries the generation it was made
for: the result of a search that has since changed is dropped. While a first page is being read,
newer searches wait and only the latest one runs, so fast typing never queues stale queries on
the database thread.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from care_desktop import i18n
from care_desktop.domain import codes as c
from care_desktop.domain import records as r
from care_desktop.domain.countries import country
from care_desktop.domain.errors import UserFacingError
from care_desktop.services import case_list_service
from care_desktop.services.case_list_service import CaseFilter, CaseOrder, CaseRow
from care_desktop.services.vault_service import Store
from care_desktop.ui.i18n import error_text, tr
from care_desktop.ui.task_runner import TaskRunner

CTX = "CaseTableModel"
PAGE_SIZE = 200
CASE_ID_ROLE = Qt.ItemDataRole.UserRole

# (column of the list, code list of its values or None); headers are the fields' own labels.
COLUMNS: tuple[tuple[str, c.CodeList | None], ...] = (
    ("case_code", None),
    ("status", c.CASE_STATUS),
    ("country_of_return", None),
    ("gender", c.GENDER),
    ("is_minor", None),
    ("risk_level", c.RISK_LEVEL),
    ("arrival_date", None),
)

_Index = QModelIndex | QPersistentModelIndex


def code_label(codes: c.CodeList, value: str | None) -> str:
    """A stored code as its translated label (the code itself if the list does not know it)."""
    if value is None:
        return ""
    code = codes.get(value)
    return tr(c.CODE_CONTEXT, code.label) if code is not None else value


def country_name(code: str | None) -> str:
    if not code:
        return ""
    try:
        return country(code).name(i18n.current_language())
    except UserFacingError:
        return code


class CaseTableModel(QAbstractTableModel):
    """Rows of the current search, a page at a time; `total` is how many match in all."""

    total_changed = Signal(int)
    reloaded = Signal()  # the first page of the current search has arrived
    failed = Signal(str)  # a query failed for a reason a person can act on (translated)

    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        *,
        page_size: int = PAGE_SIZE,
        today: date | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.page_size = page_size
        self.today = today  # None: the real date at each query (tests fix it)
        self.rows: list[CaseRow] = []
        self.total: int | None = None
        self.generation = 0
        self._filter = CaseFilter()
        self._order = CaseOrder()
        self._started = False
        self._loading = False  # a first page is being read
        self._fetching = False  # a next page is being read

    # --- what the screen calls ----------------------------------------------------------------

    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    @property
    def order(self) -> CaseOrder:
        return self._order

    @property
    def loading(self) -> bool:
        return self._loading or self._fetching

    def set_filter(self, case_filter: CaseFilter) -> None:
        if case_filter != self._filter or not self._started:
            self._filter = case_filter
            self.refresh()

    def refresh(self) -> None:
        """Read the first page again (after a search, a new case, a sync...)."""
        self._started = True
        self.generation += 1
        if not self._loading:
            self._load_first()

    def case_at(self, row: int) -> CaseRow:
        return self.rows[row]

    def row_of(self, case_id: str) -> int | None:
        for row, case in enumerate(self.rows):
            if case.id == case_id:
                return row
        return None

    # --- reading in the background ------------------------------------------------------------

    def _load_first(self) -> None:
        if not self.store.is_open:
            return
        store, found, order = self.store, self._filter, self._order
        limit, today, generation = self.page_size, self.today, self.generation

        self._loading = True
        self.runner.run_db(
            lambda: case_list_service.first_page(store, found, order, limit, today=today),
            lambda result: self._first_loaded(generation, result),
            lambda error: self._failed_first(generation, error),
            owner=self,
        )

    def _first_loaded(self, generation: int, result: tuple[list[CaseRow], int]) -> None:
        self._loading = False
        if generation != self.generation:
            self._load_first()  # the search changed meanwhile: only the latest one runs
            return
        rows, total = result
        self.beginResetModel()
        self.rows = rows
        self.total = total
        self.endResetModel()
        self.total_changed.emit(total)
        self.reloaded.emit()

    def _failed_first(self, generation: int, error: UserFacingError) -> None:
        self._loading = False
        if generation != self.generation:
            self._load_first()  # a newer search is waiting: it may well succeed
            return
        self.failed.emit(error_text(error))

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802 - Qt's
        if parent.isValid() or self.total is None or self._loading or self._fetching:
            return False
        return len(self.rows) < self.total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802 - Qt's
        if not self.canFetchMore(parent) or not self.store.is_open:
            return
        store, found, order = self.store, self._filter, self._order
        offset, limit, today, generation = (
            len(self.rows),
            self.page_size,
            self.today,
            self.generation,
        )
        self._fetching = True
        self.runner.run_db(
            lambda: case_list_service.page(store, found, order, offset, limit, today=today),
            lambda rows: self._more_loaded(generation, offset, rows),
            self._failed_more,
            owner=self,
        )

    def _more_loaded(self, generation: int, offset: int, rows: list[CaseRow]) -> None:
        self._fetching = False
        if generation != self.generation or offset != len(self.rows):
            return  # a page of an older search
        if not rows:
            self.total = len(self.rows)  # cases went away meanwhile: stop asking for more
            self.total_changed.emit(self.total)
            return
        self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def _failed_more(self, error: UserFacingError) -> None:
        self._fetching = False
        self.failed.emit(error_text(error))

    # --- the table ----------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's name
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802 - Qt's name
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation != Qt.Orientation.Horizontal
            or role != Qt.ItemDataRole.DisplayRole
            or not 0 <= section < len(COLUMNS)
        ):
            return None
        return tr("fields", r.CASE.field(COLUMNS[section][0]).label)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        case = self.rows[index.row()]
        name = COLUMNS[index.column()][0]
        if role == CASE_ID_ROLE:
            return case.id
        if role == Qt.ItemDataRole.ToolTipRole and name == "country_of_return":
            return case.country_of_return
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(case, index.column())
        return None

    @staticmethod
    def _display(case: CaseRow, column: int) -> str:
        name, codes = COLUMNS[column]
        value = getattr(case, name)
        if codes is not None:
            return code_label(codes, value)
        if name == "country_of_return":
            return country_name(value)
        if name == "is_minor":
            return "" if value is None else tr(CTX, "Yes") if value else tr(CTX, "No")
        return str(value or "")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        wanted = CaseOrder(COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder)
        if wanted == self._order:
            return
        self._order = wanted
        if self._started:
            self.refresh()
