"""The notes of a case: dated free text by an officer."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from care_desktop.domain import records as r
from care_desktop.services.vault_service import Store
from care_desktop.ui.case_file.record_list_tab import USERS, RecordListTab
from care_desktop.ui.i18n import tr
from care_desktop.ui.task_runner import TaskRunner

CTX = "CaseFile"


class NotesTab(RecordListTab):
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
            r.NOTE,
            columns=("written_on", "author_id", "text"),
            references={"author_id": USERS},
            defaults=lambda: {"written_on": (day or date.today()).isoformat()},
            today=today,
            parent=parent,
        )

    def title(self) -> str:
        return tr(CTX, "Notes")
