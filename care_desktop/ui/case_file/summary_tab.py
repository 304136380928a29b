"""The summary of a case: its stage, risk, next visit due and warnings, what the next workflow
step still needs, and the case's own fields (dates of departure and arrival among them)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from care_desktop.domain import codes as c
from care_desktop.domain import records as r
from care_desktop.domain.errors import UserFacingError
from care_desktop.services import case_service, case_summary_service
from care_desktop.services.case_summary_service import CaseSummary, ReferenceChoices, Warning_
from care_desktop.services.records import Record
from care_desktop.services.vault_service import Store
from care_desktop.ui.case_file.tab import CaseTab
from care_desktop.ui.i18n import error_text, tr
from care_desktop.ui.record_form import RecordForm
from care_desktop.ui.rows_model import code_label, slot_label
from care_desktop.ui.task_runner import TaskRunner

CTX = "CaseFile"


def warning_text(code: str) -> str:
    if code == Warning_.OVERDUE_VISIT:
        return tr(CTX, "A monitoring visit is overdue.")
    if code == Warning_.MINOR_WITHOUT_GUARDIAN:
        return tr(CTX, "A minor without a guardian recorded.")
    if code == Warning_.NO_ACTIVE_CONSENT:
        return tr(CTX, "No consent in force.")
    if code == Warning_.POSSIBLE_DUPLICATE:
        return tr(CTX, "Possibly the same person as another case: review the duplicate.")
    return code


def visit_state_text(state: str) -> str:
    if state == "overdue":
        return tr(CTX, "overdue")
    if state == "due":
        return tr(CTX, "due now")
    return tr(CTX, "upcoming")


def missing_text(summary: CaseSummary) -> str:
    if summary.next_status is None:
        return ""
    target = code_label(c.CASE_STATUS, summary.next_status)
    if not summary.missing:
        return tr(CTX, "Ready to move to {status}.").format(status=target)
    needs = "; ".join(tr(item.context, item.text) for item in summary.missing)
    return tr(CTX, "To move to {status}, the case still needs: {missing}.").format(
        status=target, missing=needs
    )


class SummaryTab(CaseTab):
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
        self.today = today
        self.summary: CaseSummary | None = None
        self.stage = QLabel()
        self.risk = QLabel()
        self.next_visit = QLabel()
        self.next_step = QLabel()
        self.next_step.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a5300;")
        facts = QFormLayout()
        for label, widget, name in (
            (tr(CTX, "Stage:"), self.stage, tr(CTX, "Stage")),
            (tr(CTX, "Risk:"), self.risk, tr(CTX, "Risk")),
            (tr(CTX, "Next visit:"), self.next_visit, tr(CTX, "Next visit")),
            (tr(CTX, "Next step:"), self.next_step, tr(CTX, "Next step")),
            (tr(CTX, "Warnings:"), self.warnings, tr(CTX, "Warnings")),
        ):
            widget.setAccessibleName(name)
            facts.addRow(label, widget)
        self.form = RecordForm(r.CASE, choices={"officer_id": ()}, show_derived=False, today=today)
        self.form.save_requested.connect(self.save)
        self.form.dirty_changed.connect(self.dirty_changed)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addLayout(facts)
        heading = QLabel(f"<b>{tr(CTX, 'The case')}</b>")
        inner.addWidget(heading)
        inner.addWidget(self.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)

    def title(self) -> str:
        return tr(CTX, "Summary")

    def load(self) -> None:
        store, case_id, today = self.store, self.case_id, self.today

        def read() -> tuple[CaseSummary, Record, ReferenceChoices]:
            return (
                case_summary_service.summary(store, case_id, today=today),
                case_service.get_case(store, case_id),
                case_summary_service.reference_choices(store),
            )

        self.runner.run_db(read, self._loaded, self._failed, owner=self)

    def _loaded(self, found: tuple[CaseSummary, Record, ReferenceChoices]) -> None:
        summary, case, choices = found
        self.show_summary(summary)
        self.form.set_choices("officer_id", choices.users)
        if not self.form.is_dirty():
            self.form.set_values(case.values)

    def show_summary(self, summary: CaseSummary) -> None:
        self.summary = summary
        self.stage.setText(code_label(c.CASE_STATUS, summary.status))
        self.risk.setText(
            code_label(c.RISK_LEVEL, summary.risk_level)
            if summary.risk_level
            else tr(CTX, "Not assessed")
        )
        visit = summary.next_visit
        self.next_visit.setText(
            tr(CTX, "{slot}, due {due} ({state})").format(
                slot=slot_label(visit.slot), due=visit.due_date, state=visit_state_text(visit.state)
            )
            if visit
            else tr(CTX, "None planned (visits follow the arrival date)")
        )
        self.next_step.setText(missing_text(summary) or tr(CTX, "No further step."))
        self.warnings.setText(
            "\n".join(warning_text(w) for w in summary.warnings) or tr(CTX, "None")
        )

    def _failed(self, error: UserFacingError) -> None:
        self.form.error.setText(error_text(error))
        self.form.error.show()

    def is_dirty(self) -> bool:
        return self.form.is_dirty()

    def discard(self) -> None:
        self.form.discard()

    def save(self) -> bool:
        store, case_id, changes, today = self.store, self.case_id, self.form.changes(), self.today
        return self.save_form(
            self.form, lambda: case_service.update_case(store, case_id, changes, today=today)
        )
