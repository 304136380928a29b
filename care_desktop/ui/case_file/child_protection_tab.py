"""Child protection: guardians, best-interests procedures (BIA/BID), the family assessment and
the escort and hand-over, each a list and a form. Shown for every case; it says when the case
is not a minor (the workflow asks for a BID and a family assessment only for minors)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from care_desktop.domain import records as r
from care_desktop.domain.errors import UserFacingError
from care_desktop.domain.schema import RecordSpec
from care_desktop.services import case_service
from care_desktop.services.records import Record
from care_desktop.services.vault_service import Store
from care_desktop.ui.case_file.record_section import RecordSection
from care_desktop.ui.case_file.tab import CaseTab
from care_desktop.ui.i18n import error_text, tr
from care_desktop.ui.task_runner import TaskRunner

CTX = "CaseFile"


class ChildProtectionTab(CaseTab):
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
        self.minor_notice = QLabel()
        self.minor_notice.setWordWrap(True)
        self.minor_notice.setAccessibleName(tr(CTX, "Whether the case is a minor"))

        def section(spec: RecordSpec, columns: tuple[str, ...]) -> RecordSection:
            made = RecordSection(store, runner, case_id, spec, columns=columns, today=today)
            made.saved.connect(self.saved)
            made.dirty_changed.connect(lambda _: self.dirty_changed.emit(self.is_dirty()))
            return made

        self.guardians = section(r.GUARDIAN, ("name", "relationship", "authority", "is_primary"))
        self.best_interests = section(r.BEST_INTERESTS, ("conducted_on", "kind", "decision"))
        self.family = section(
            r.FAMILY_ASSESSMENT, ("assessed_on", "caregiving_capacity", "recommendation")
        )
        self.handovers = section(r.HANDOVER, ("departure_on", "handover_on", "place"))
        self.sections = (self.guardians, self.best_interests, self.family, self.handovers)
        self.parts = QTabWidget()
        self.parts.setAccessibleName(tr(CTX, "Child protection records"))
        self.parts.addTab(self.guardians, tr(CTX, "Guardians"))
        self.parts.addTab(self.best_interests, tr(CTX, "Best interests (BIA/BID)"))
        self.parts.addTab(self.family, tr(CTX, "Family assessment"))
        self.parts.addTab(self.handovers, tr(CTX, "Escort and hand-over"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.minor_notice)
        layout.addWidget(self.parts, 1)

    def title(self) -> str:
        return tr(CTX, "Child protection")

    def load(self) -> None:
        store, case_id = self.store, self.case_id
        self.runner.run_db(
            lambda: case_service.get_case(store, case_id),
            self._case_loaded,
            self._failed,
            owner=self,
        )
        for part in self.sections:
            part.load()

    def _case_loaded(self, case: Record) -> None:
        minor = bool(case.get("is_minor"))
        self.minor_notice.setText(
            tr(
                CTX,
                "This case is a minor: return needs a best-interests determination recommending "
                "it and a family assessment in the country of return.",
            )
            if minor
            else tr(CTX, "This case is not a minor; these records are not required for it.")
        )

    def _failed(self, error: UserFacingError) -> None:
        self.minor_notice.setText(error_text(error))

    def is_dirty(self) -> bool:
        return any(part.is_dirty() for part in self.sections)

    def discard(self) -> None:
        for part in self.sections:
            part.discard()

    def save(self) -> bool:
        started = [part.save() for part in self.sections if part.is_dirty()]
        return bool(started) and all(started)
