"""A case-file tab that is one record section (notes, referrals, consents...), with the partners
and users its reference fields offer read once per load."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date

from PySide6.QtWidgets import QVBoxLayout, QWidget

from care_desktop.domain.errors import UserFacingError
from care_desktop.domain.schema import RecordSpec, Value
from care_desktop.services import case_summary_service
from care_desktop.services.case_summary_service import ReferenceChoices
from care_desktop.services.vault_service import Store
from care_desktop.ui.case_file.record_section import Adder, RecordSection, Updater
from care_desktop.ui.case_file.tab import CaseTab
from care_desktop.ui.task_runner import TaskRunner

PARTNERS = "partners"
USERS = "users"


def apply_choices(
    sections: Sequence[RecordSection], references: Mapping[str, str], found: ReferenceChoices
) -> None:
    """Fill each reference field named in `references` (field → PARTNERS or USERS)."""
    for section in sections:
        for name, kind in references.items():
            section.set_choices(name, found.partners if kind == PARTNERS else found.users)


class RecordListTab(CaseTab):
    """One record type of the case as a list and a form."""

    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        case_id: str,
        spec: RecordSpec,
        *,
        columns: Sequence[str],
        references: Mapping[str, str] | None = None,
        add: Adder | None = None,
        update: Updater | None = None,
        defaults: Callable[[], Mapping[str, Value]] | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, runner, case_id, parent)
        self.references = dict(references or {})
        self.section = RecordSection(
            store,
            runner,
            case_id,
            spec,
            columns=columns,
            add=add,
            update=update,
            choices={name: () for name in self.references},
            defaults=defaults,
            today=today,
        )
        self.section.saved.connect(self.saved)
        self.section.dirty_changed.connect(self.dirty_changed)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.section)

    def load(self) -> None:
        if self.references:
            store = self.store
            self.runner.run_db(
                lambda: case_summary_service.reference_choices(store),
                lambda found: apply_choices([self.section], self.references, found),
                self._failed,
                owner=self,
            )
        self.section.load()

    def _failed(self, error: UserFacingError) -> None:
        self.section._failed(error)

    def is_dirty(self) -> bool:
        return self.section.is_dirty()

    def discard(self) -> None:
        self.section.discard()

    def save(self) -> bool:
        return self.section.save()
