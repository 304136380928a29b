"""The history of a case: every field write of its records, newest first, with who wrote it,
when and on which device (identity values never shown), a page at a time."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from care_desktop.domain.errors import FIELD_CONTEXT, UserFacingError
from care_desktop.domain.records import record_spec
from care_desktop.services import history_service
from care_desktop.services.history_service import DELETED_FIELD, FieldWrite, HistoryPage
from care_desktop.services.vault_service import Store
from care_desktop.ui.case_file.tab import CaseTab
from care_desktop.ui.i18n import error_text, tr
from care_desktop.ui.record_form import display_value
from care_desktop.ui.rows_model import RowsModel, rows_table
from care_desktop.ui.task_runner import TaskRunner
from care_desktop.ui.widgets import error_label

CTX = "CaseFile"
PAGE = 200


def _headers() -> tuple[str, ...]:
    return (
        tr(CTX, "When (UTC)"),
        tr(CTX, "Record"),
        tr(CTX, "Field"),
        tr(CTX, "Value"),
        tr(CTX, "Who"),
        tr(CTX, "Device"),
    )


def _when(row: FieldWrite) -> str:
    return datetime.fromisoformat(row.at).strftime("%Y-%m-%d %H:%M:%S")


def _record(row: FieldWrite) -> str:
    return tr("records", record_spec(row.record_type).label)


def _field(row: FieldWrite) -> str:
    if row.field == DELETED_FIELD:
        return tr(CTX, "Deleted")
    spec = record_spec(row.record_type)
    found = spec.field_map.get(row.field)
    return tr(FIELD_CONTEXT, found.label) if found else row.field


def _value(row: FieldWrite) -> str:
    if row.hidden:
        return tr(CTX, "(hidden)")
    if row.field == DELETED_FIELD:
        return tr(CTX, "Yes") if row.value else tr(CTX, "No")
    found = record_spec(row.record_type).field_map.get(row.field)
    if found is None:
        return "" if row.value is None else str(row.value)
    return display_value(found, row.value)


def _device(row: FieldWrite) -> str:
    return (
        tr(CTX, "{office} (this device)").format(office=row.device)
        if row.this_device
        else (row.device)
    )


class HistoryTab(CaseTab):
    def __init__(
        self, store: Store, runner: TaskRunner, case_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, runner, case_id, parent)
        self.writes_read = 0
        self.model = RowsModel(
            _headers, (_when, _record, _field, _value, lambda w: w.author or "", _device), self
        )
        self.table = rows_table(self.model, tr(CTX, "History of the case"))
        self.count = QLabel()
        self.more_button = QPushButton(tr(CTX, "Show &more"))
        self.more_button.setAccessibleName(tr(CTX, "Show older changes"))
        self.more_button.clicked.connect(self.load_more)
        self.more_button.hide()
        self.error = error_label()
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addStretch()
        bottom.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)

    def title(self) -> str:
        return tr(CTX, "History")

    def load(self) -> None:
        self._read(0)

    def load_more(self) -> None:
        self._read(self.writes_read)

    def _read(self, offset: int) -> None:
        store, case_id = self.store, self.case_id
        self.more_button.setEnabled(False)
        self.runner.run_db(
            lambda: history_service.case_history(store, case_id, limit=PAGE, offset=offset),
            lambda page: self._shown(offset, page),
            self._failed,
            owner=self,
        )

    def _shown(self, offset: int, page: HistoryPage) -> None:
        rows = list(page.rows)
        if offset:
            rows = [self.model.row(i) for i in range(self.model.rowCount())] + rows
        self.writes_read = offset + PAGE
        self.model.set_rows(rows)
        self.more_button.setVisible(page.more)
        self.more_button.setEnabled(True)
        self.count.setText(tr(CTX, "{count} changes shown").format(count=len(rows)))

    def _failed(self, error: UserFacingError) -> None:
        self.more_button.setEnabled(True)
        self.error.setText(error_text(error))
        self.error.show()
