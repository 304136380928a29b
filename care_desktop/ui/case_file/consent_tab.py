"""Consents of a case, by scope: given (by the person or a guardian) and withdrawn by date.
Withdrawal goes through consent_service, so the case stops leaving the device at once."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QPushButton, QWidget

from care_desktop.domain import records as r
from care_desktop.domain.schema import Value
from care_desktop.services import consent_service
from care_desktop.services.vault_service import Store
from care_desktop.ui.case_file.record_list_tab import PARTNERS, RecordListTab
from care_desktop.ui.i18n import tr
from care_desktop.ui.task_runner import TaskRunner

CTX = "CaseFile"


def _give(store: Store, case_id: str, values: dict[str, Value]) -> object:
    return consent_service.give(store, case_id, values)


class ConsentTab(RecordListTab):
    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        case_id: str,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        day = today
        self.today = today
        super().__init__(
            store,
            runner,
            case_id,
            r.CONSENT,
            columns=("scope", "given_by", "given_on", "withdrawn_on", "partner_id"),
            references={"partner_id": PARTNERS},
            add=_give,
            defaults=lambda: {"given_on": (day or date.today()).isoformat()},
            today=today,
            parent=parent,
        )
        self.withdraw_button = QPushButton(tr(CTX, "&Withdraw consent"))
        self.withdraw_button.setAccessibleName(tr(CTX, "Withdraw the selected consent"))
        self.withdraw_button.setToolTip(
            tr(CTX, "From today the case is no longer shared or referred under this consent")
        )
        self.withdraw_button.clicked.connect(self.withdraw)
        self.layout_.addWidget(self.withdraw_button)
        self.section.table.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_withdraw()
        )
        self.section.loaded.connect(self._update_withdraw)
        self.section.dirty_changed.connect(lambda _: self._update_withdraw())
        self._update_withdraw()

    def title(self) -> str:
        return tr(CTX, "Consent")

    def _update_withdraw(self) -> None:
        current = self.section.current
        self.withdraw_button.setEnabled(
            current is not None and not current.get("withdrawn_on") and not self.section.is_dirty()
        )

    def withdraw(self) -> None:
        current = self.section.current
        if current is None or current.get("withdrawn_on"):
            return
        store, consent_id, on = self.store, current.id, self.today
        self.withdraw_button.setEnabled(False)
        self.runner.run_db(
            lambda: consent_service.withdraw(store, consent_id, on=on),
            self._withdrawn,
            self.section._refused,
            owner=self,
        )

    def _withdrawn(self, _record: object) -> None:
        self.saved.emit()
        self.section.load()
