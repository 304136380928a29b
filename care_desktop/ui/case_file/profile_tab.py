"""The trafficking profile of a case (one per case): how the person was recruited, controlled
and exploited, in HTCDS terms."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from care_desktop.domain import records as r
from care_desktop.domain.errors import UserFacingError
from care_desktop.services import records
from care_desktop.services.record_entry import add_record
from care_desktop.services.records import Record
from care_desktop.services.vault_service import Store
from care_desktop.ui.case_file.tab import CaseTab
from care_desktop.ui.i18n import error_text, tr
from care_desktop.ui.record_form import RecordForm
from care_desktop.ui.task_runner import TaskRunner

CTX = "CaseFile"


class ProfileTab(CaseTab):
    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        case_id: str,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(store, runner, case_id, parent)
        self.record: Record | None = None
        self.form = RecordForm(r.TRAFFICKING_PROFILE, today=today)
        self.form.save_requested.connect(self.save)
        self.form.dirty_changed.connect(self.dirty_changed)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)

    def title(self) -> str:
        return tr(CTX, "Trafficking profile")

    def load(self) -> None:
        store, case_id = self.store, self.case_id
        self.runner.run_db(
            lambda: records.list_for_case(store, r.TRAFFICKING_PROFILE.name, case_id),
            self._loaded,
            self._failed,
            owner=self,
        )

    def _loaded(self, found: list[Record]) -> None:
        if self.form.is_dirty():
            return  # keep what is being typed; it is saved or undone first
        self.record = found[0] if found else None
        self.form.set_values(self.record.values if self.record else {})

    def _failed(self, error: UserFacingError) -> None:
        self.form.error.setText(error_text(error))
        self.form.error.show()

    def is_dirty(self) -> bool:
        return self.form.is_dirty()

    def discard(self) -> None:
        self.form.discard()

    def save(self) -> bool:
        store, case_id = self.store, self.case_id
        record_id = self.record.id if self.record else None
        values, changes = self.form.values(skip_empty=True), self.form.changes()

        def work() -> Record:
            if record_id is None:
                return add_record(store, r.TRAFFICKING_PROFILE.name, {**values, "case_id": case_id})
            return records.update(store, r.TRAFFICKING_PROFILE.name, record_id, changes)

        return self.save_form(self.form, work, then=self._stored)

    def _stored(self, record: Record) -> None:
        self.record = record
