"""Referrals to partner organisations; a new one is refused without the person's consent to
share data with that partner (referral_service.refer says so)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from care_desktop.domain import records as r
from care_desktop.domain.schema import Value
from care_desktop.services import referral_service
from care_desktop.services.vault_service import Store
from care_desktop.ui.case_file.record_list_tab import PARTNERS, RecordListTab
from care_desktop.ui.i18n import tr
from care_desktop.ui.task_runner import TaskRunner

CTX = "CaseFile"


def _refer(store: Store, case_id: str, values: dict[str, Value]) -> object:
    return referral_service.refer(store, case_id, values)


class ReferralsTab(RecordListTab):
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
        super().__init__(
            store,
            runner,
            case_id,
            r.REFERRAL,
            columns=("referred_on", "partner_id", "service", "status"),
            references={"partner_id": PARTNERS},
            add=_refer,
            defaults=lambda: {
                "referred_on": (day or date.today()).isoformat(),
                "status": "proposed",
            },
            today=today,
            parent=parent,
        )

    def title(self) -> str:
        return tr(CTX, "Referrals")
