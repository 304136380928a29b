"""A list of one kind of a case's records above a form for the selected (or a new) one.

Reads and writes go through services on the database thread. While the form holds changes that
are not saved, the list and "New" wait, so that choosing another record never drops them; Save
or "Undo changes" frees them again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from care_desktop.domain.errors import FIELD_CONTEXT, UserFacingError
from care_desktop.domain.schema import RecordSpec, Value
from care_desktop.services import records
from care_desktop.services.record_entry import add_record
from care_desktop.services.records import Record
from care_desktop.services.vault_service import Store
from care_desktop.ui.i18n import error_text, tr
from care_desktop.ui.record_form import Choices, RecordForm
from care_desktop.ui.rows_model import RowsModel, rows_table
from care_desktop.ui.task_runner import TaskRunner
from care_desktop.ui.widgets import error_label

CTX = "CaseFile"

Adder = Callable[[Store, str, dict[str, Value]], object]  # store, case id, values
Updater = Callable[[Store, str, dict[str, Value]], object]  # store, record id, changes


def _default_add(spec: RecordSpec) -> Adder:
    return lambda store, case_id, values: add_record(
        store, spec.name, {**values, "case_id": case_id}
    )


def _default_update(spec: RecordSpec) -> Updater:
    return lambda store, record_id, changes: records.update(store, spec.name, record_id, changes)


class RecordSection(QWidget):
    """One record type of a case: its list, a form, New and Save."""

    saved = Signal()
    dirty_changed = Signal(bool)
    loaded = Signal()

    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        case_id: str,
        spec: RecordSpec,
        *,
        columns: Sequence[str],
        title: str | None = None,
        add: Adder | None = None,
        update: Updater | None = None,
        choices: Mapping[str, Choices] | None = None,
        defaults: Callable[[], Mapping[str, Value]] | None = None,
        exclude: Sequence[str] = (),
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.runner, self.case_id, self.spec = store, runner, case_id, spec
        self.columns = list(columns)
        self._add = add or _default_add(spec)
        self._update = update or _default_update(spec)
        self._defaults = defaults or dict
        self.current: Record | None = None
        self.records: list[Record] = []
        self._select_after: str | None = None
        self.form = RecordForm(spec, choices=choices, exclude=exclude, today=today)
        self.model = RowsModel(self._headers, [self._cell(name) for name in self.columns], self)
        self.table = rows_table(self.model, title or tr("records", spec.label))
        self.table.selectionModel().currentRowChanged.connect(lambda now, _: self._chosen(now))
        self.new_button = QPushButton(tr(CTX, "&New"))
        self.new_button.setAccessibleName(
            tr(CTX, "New {record}").format(record=tr("records", spec.label))
        )
        self.new_button.clicked.connect(self.new_record)
        self.heading = QLabel()
        self.error = error_label()
        self.empty = QLabel(tr(CTX, "None recorded yet."))
        top = QHBoxLayout()
        if title:
            self.heading.setText(f"<b>{title}</b>")
            top.addWidget(self.heading)
        top.addWidget(self.empty)
        top.addStretch()
        top.addWidget(self.new_button)
        self.editing = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.editing)
        layout.addWidget(self.form)
        self.form.save_requested.connect(self.save)
        self.form.dirty_changed.connect(self._dirty)
        self.table.setMaximumHeight(180)
        self.new_record()

    def _headers(self) -> list[str]:
        return [tr(FIELD_CONTEXT, self.spec.field(name).label) for name in self.columns]

    def _cell(self, name: str) -> Callable[[Any], str]:
        return lambda record: self.form.shown_text(name, record.get(name))

    # --- reading ------------------------------------------------------------------------------

    def load(self) -> None:
        store, case_id, name = self.store, self.case_id, self.spec.name
        self.runner.run_db(
            lambda: records.list_for_case(store, name, case_id),
            self.show_records,
            self._failed,
            owner=self,
        )

    def show_records(self, found: list[Record]) -> None:
        self.records = list(found)
        self.model.set_rows(self.records)
        self.empty.setVisible(not self.records)
        wanted = self._select_after or (self.current.id if self.current else None)
        self._select_after = None
        row = next((i for i, rec in enumerate(self.records) if rec.id == wanted), None)
        if row is not None and not self.form.is_dirty():
            self.select_row(row)
        elif not self.form.is_dirty():
            self.new_record()
        self.loaded.emit()

    def set_choices(self, name: str, choices: Choices) -> None:
        if name in self.form.editors:
            self.form.set_choices(name, choices)
            self.model.set_rows(self.records)  # names of references shown again

    def select_row(self, row: int) -> None:
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _chosen(self, index: Any) -> None:
        if not index.isValid() or self.form.is_dirty():
            return
        self.current = self.model.row(index.row())
        assert self.current is not None  # noqa: S101
        self.form.set_values(self.current.values)
        self.editing.setText(tr(CTX, "Selected record:"))
        self.error.hide()

    def new_record(self) -> None:
        if self.form.is_dirty():
            return
        self.current = None
        self.table.clearSelection()
        self.table.selectionModel().clearCurrentIndex()
        self.form.set_values(self._defaults())
        self.editing.setText(tr(CTX, "New record:"))

    # --- writing ------------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        return self.form.is_dirty()

    def discard(self) -> None:
        self.form.discard()

    def save(self) -> bool:
        """Start saving the form; False if it cannot be (invalid, or nothing changed)."""
        if not self.form.is_valid() or not self.form.is_dirty() or self.form.busy:
            return False
        store, case_id, add, update = self.store, self.case_id, self._add, self._update
        values = self.form.values(skip_empty=True)
        changes = self.form.changes()
        record_id = self.current.id if self.current is not None else None

        def work() -> object:
            if record_id is None:
                return add(store, case_id, values)
            return update(store, record_id, changes)

        self.form.set_busy(True)
        self.runner.run_db(work, self._saved, self._refused, owner=self)
        return True

    def _saved(self, result: object) -> None:
        self.form.set_busy(False)
        if isinstance(result, Record):
            self._select_after = result.id
        self.form.set_values(result.values if isinstance(result, Record) else {})
        self.saved.emit()
        self.load()

    def _refused(self, error: UserFacingError) -> None:
        self.form.show_error(error)

    def _failed(self, error: UserFacingError) -> None:
        self.error.setText(error_text(error))
        self.error.show()

    def _dirty(self, dirty: bool) -> None:
        self.table.setEnabled(not dirty)
        self.new_button.setEnabled(not dirty)
        self.dirty_changed.emit(dirty)
