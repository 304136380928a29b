"""The identity of a case (names, contacts, documents): hidden until "Show identity" is pressed.
Each reveal is read through case_service.get_identity, which writes an audit entry; "Hide" puts
it away again (and leaving the case file forgets it)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from care_desktop.domain import records as r
from care_desktop.domain.errors import UserFacingError
from care_desktop.services import case_service
from care_desktop.services.records import Record
from care_desktop.services.vault_service import Store
from care_desktop.ui.case_file.tab import CaseTab
from care_desktop.ui.i18n import error_text, tr
from care_desktop.ui.record_form import RecordForm
from care_desktop.ui.task_runner import TaskRunner
from care_desktop.ui.widgets import error_label

CTX = "CaseFile"


class IdentityTab(CaseTab):
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
        self.revealed = False
        self.notice = QLabel(
            tr(
                CTX,
                "The identity is hidden. Showing it is recorded in the audit log with your name.",
            )
        )
        self.notice.setWordWrap(True)
        self.show_button = QPushButton(tr(CTX, "&Show identity"))
        self.show_button.setAccessibleName(tr(CTX, "Show identity"))
        self.show_button.clicked.connect(self.reveal)
        self.hide_button = QPushButton(tr(CTX, "&Hide identity"))
        self.hide_button.setAccessibleName(tr(CTX, "Hide identity"))
        self.hide_button.clicked.connect(self.conceal)
        self.hide_button.hide()
        self.error = error_label()
        self.form = RecordForm(r.IDENTITY, today=today)
        self.form.save_requested.connect(self.save)
        self.form.dirty_changed.connect(self._dirty)
        self.panel = QScrollArea()
        self.panel.setWidgetResizable(True)
        self.panel.setWidget(self.form)
        self.panel.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.notice, 1)
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.hide_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.panel, 1)

    def title(self) -> str:
        return tr(CTX, "Identity")

    def load(self) -> None:
        """Nothing is read until asked for (and other tabs' saves do not read it again: each
        read is an audited view)."""

    def reveal(self) -> None:
        store, case_id = self.store, self.case_id
        self.show_button.setEnabled(False)
        self.runner.run_db(
            lambda: case_service.get_identity(store, case_id),
            self._revealed,
            self._failed,
            owner=self,
        )

    def _revealed(self, identity: Record | None) -> None:
        self.revealed = True
        self.form.set_values(identity.values if identity else {})
        self.notice.setText(
            tr(CTX, "Identity shown (recorded in the audit log).")
            if identity
            else tr(CTX, "No identity recorded yet; what you enter here is kept apart.")
        )
        self.panel.show()
        self.show_button.hide()
        self.show_button.setEnabled(True)
        self.hide_button.show()
        self.hide_button.setEnabled(not self.form.is_dirty())

    def conceal(self) -> None:
        if self.form.is_dirty():
            return
        self.revealed = False
        self.form.set_values({})
        self.panel.hide()
        self.hide_button.hide()
        self.show_button.show()
        self.notice.setText(
            tr(
                CTX,
                "The identity is hidden. Showing it is recorded in the audit log with your name.",
            )
        )

    def _failed(self, error: UserFacingError) -> None:
        self.show_button.setEnabled(True)
        self.error.setText(error_text(error))
        self.error.show()

    def _dirty(self, dirty: bool) -> None:
        self.hide_button.setEnabled(not dirty)
        self.dirty_changed.emit(dirty)

    def is_dirty(self) -> bool:
        return self.revealed and self.form.is_dirty()

    def discard(self) -> None:
        self.form.discard()

    def save(self) -> bool:
        if not self.revealed:
            return False
        store, case_id, changes = self.store, self.case_id, self.form.changes()
        return self.save_form(self.form, lambda: case_service.set_identity(store, case_id, changes))
