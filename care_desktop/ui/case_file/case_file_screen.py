"""The case file: a header (case code, stage, risk), the workflow actions, and a tab per part of
the case. A tab reads when it is first shown; after any tab saved, the header and the other tabs
read again. A refused workflow step shows the service's reason (what is missing) and changes
nothing. Leaving the file with changes not saved asks first: Save, Discard or Cancel.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from care_desktop.domain import codes as c
from care_desktop.domain.errors import UserFacingError
from care_desktop.services import case_summary_service, workflow_service
from care_desktop.services.case_summary_service import CaseSummary
from care_desktop.services.vault_service import Store
from care_desktop.ui.case_file.assessments_tab import AssessmentsTab
from care_desktop.ui.case_file.attachments_tab import AttachmentsTab
from care_desktop.ui.case_file.child_protection_tab import ChildProtectionTab
from care_desktop.ui.case_file.consent_tab import ConsentTab
from care_desktop.ui.case_file.history_tab import HistoryTab
from care_desktop.ui.case_file.identity_tab import IdentityTab
from care_desktop.ui.case_file.notes_tab import NotesTab
from care_desktop.ui.case_file.plan_tab import PlanTab
from care_desktop.ui.case_file.profile_tab import ProfileTab
from care_desktop.ui.case_file.referrals_tab import ReferralsTab
from care_desktop.ui.case_file.scrolling_tabs import ScrollingTabs
from care_desktop.ui.case_file.summary_tab import SummaryTab, missing_text, warning_text
from care_desktop.ui.case_file.tab import CaseTab
from care_desktop.ui.case_file.visits_tab import VisitsTab
from care_desktop.ui.i18n import error_text, tr
from care_desktop.ui.print_actions import printing
from care_desktop.ui.record_form import code_choices
from care_desktop.ui.rows_model import code_label
from care_desktop.ui.task_runner import TaskRunner
from care_desktop.ui.widgets import error_label

CTX = "CaseFile"


class CaseFileScreen(QWidget):
    closed = Signal()  # "Back to cases", once nothing unsaved is left
    changed = Signal()  # something of the case was saved (the case list may read again)
    header_loaded = Signal()

    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        case_id: str,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.runner, self.case_id, self.today = store, runner, case_id, today
        self.summary: CaseSummary | None = None
        self.loaded: set[CaseTab] = set()
        self.question: QMessageBox | None = None
        self._leaving: tuple[set[CaseTab], Callable[[], None]] | None = None
        self.setAccessibleName(tr(CTX, "Case file"))
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        layout.addLayout(self._build_workflow())
        self.workflow_error = error_label()
        self.workflow_error.setAccessibleName(tr(CTX, "Why the step was refused"))
        layout.addWidget(self.workflow_error)
        self.tabs = ScrollingTabs()
        self.tabs.setAccessibleName(tr(CTX, "Parts of the case"))
        for tab in self._make_tabs():
            self.tabs.addTab(tab, tab.title())
            tab.saved.connect(partial(self._tab_saved, tab))
            tab.dirty_changed.connect(lambda _: self._show_dirty())
        self.tabs.currentChanged.connect(lambda _: self._load_current())
        layout.addWidget(self.tabs, 1)
        back = QShortcut(QKeySequence.StandardKey.Back, self)
        back.activated.connect(self.request_close)

    def _make_tabs(self) -> list[CaseTab]:
        store, runner, case_id, today = self.store, self.runner, self.case_id, self.today
        self.summary_tab = SummaryTab(store, runner, case_id, today=today)
        self.identity_tab = IdentityTab(store, runner, case_id, today=today)
        self.consent_tab = ConsentTab(store, runner, case_id, today=today)
        self.profile_tab = ProfileTab(store, runner, case_id, today=today)
        self.child_tab = ChildProtectionTab(store, runner, case_id, today=today)
        self.referrals_tab = ReferralsTab(store, runner, case_id, today=today)
        self.notes_tab = NotesTab(store, runner, case_id, today=today)
        self.history_tab = HistoryTab(store, runner, case_id)
        return [
            self.summary_tab,
            self.identity_tab,
            self.consent_tab,
            self.profile_tab,
            AssessmentsTab(store, runner, case_id),
            PlanTab(store, runner, case_id),
            VisitsTab(store, runner, case_id),
            self.child_tab,
            self.referrals_tab,
            self.notes_tab,
            AttachmentsTab(store, runner, case_id),
            self.history_tab,
        ]

    def _build_header(self) -> QHBoxLayout:
        self.back_button = QPushButton(tr(CTX, "← &Back to cases"))
        self.back_button.setAccessibleName(tr(CTX, "Back to cases"))
        self.back_button.setToolTip(tr(CTX, "Back to the case list (Alt+Left)"))
        self.back_button.clicked.connect(self.request_close)
        self.code = QLabel()
        self.code.setAccessibleName(tr(CTX, "Case code"))
        self.status = QLabel()
        self.status.setAccessibleName(tr(CTX, "Stage"))
        self.risk = QLabel()
        self.risk.setAccessibleName(tr(CTX, "Risk"))
        self.warnings = QLabel()
        self.warnings.setAccessibleName(tr(CTX, "Warnings"))
        self.warnings.setStyleSheet("color: #8a5300;")
        self.unsaved = QLabel(tr(CTX, "Changes not saved"))
        self.unsaved.setStyleSheet("color: #8a5300;")
        self.unsaved.hide()
        self.print_button = QPushButton(tr(CTX, "&Print…"))
        self.print_button.setAccessibleName(tr(CTX, "Print the case sheet"))
        self.print_button.setToolTip(tr(CTX, "Preview and print the case sheet (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_document)
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addWidget(self.code)
        header.addWidget(self.status)
        header.addWidget(self.risk)
        header.addWidget(self.warnings, 1)
        header.addWidget(self.unsaved)
        header.addWidget(self.print_button)
        return header

    def _build_workflow(self) -> QHBoxLayout:
        self.advance_button = QPushButton()
        self.advance_button.clicked.connect(self.advance)
        self.close_button = QPushButton(tr(CTX, "C&lose case…"))
        self.close_button.setAccessibleName(tr(CTX, "Close the case"))
        self.close_button.clicked.connect(lambda: self._show_closing(True))
        self.closure_reason = QComboBox()
        self.closure_reason.setAccessibleName(tr("fields", "Closure reason"))
        self.closure_reason.addItem(tr(CTX, "Choose the reason…"), None)
        for label, value in code_choices(c.CLOSURE_REASON):
            self.closure_reason.addItem(label, value)
        self.confirm_close = QPushButton(tr(CTX, "Confirm closing"))
        self.confirm_close.setAccessibleName(tr(CTX, "Confirm closing the case"))
        self.confirm_close.clicked.connect(self.close_case)
        self.reopen_button = QPushButton(tr(CTX, "&Reopen…"))
        self.reopen_button.setAccessibleName(tr(CTX, "Reopen the case"))
        self.reopen_button.clicked.connect(lambda: self._show_reopening(True))
        self.reopen_reason = QLineEdit()
        self.reopen_reason.setAccessibleName(tr(CTX, "Why the case is reopened"))
        self.reopen_reason.setPlaceholderText(tr(CTX, "Why the case is reopened"))
        self.confirm_reopen = QPushButton(tr(CTX, "Confirm reopening"))
        self.confirm_reopen.setAccessibleName(tr(CTX, "Confirm reopening the case"))
        self.confirm_reopen.clicked.connect(self.reopen)
        row = QHBoxLayout()
        for widget in (
            self.advance_button,
            self.close_button,
            self.closure_reason,
            self.confirm_close,
            self.reopen_button,
            self.reopen_reason,
            self.confirm_reopen,
        ):
            row.addWidget(widget)
        row.addStretch()
        self._show_closing(False)
        self._show_reopening(False)
        self.advance_button.hide()
        self.reopen_button.hide()
        return row

    # --- reading ------------------------------------------------------------------------------

    def start(self) -> None:
        """Read the header and the tab in view (called once the screen is shown)."""
        self.load_header()
        self._load_current()

    def load_header(self) -> None:
        store, case_id, today = self.store, self.case_id, self.today
        self.runner.run_db(
            lambda: case_summary_service.summary(store, case_id, today=today),
            self.show_header,
            self._refused,
            owner=self,
        )

    def show_header(self, summary: CaseSummary) -> None:
        self.summary = summary
        self.code.setText(f"<h2>{summary.case_code}</h2>")
        self.status.setText(code_label(c.CASE_STATUS, summary.status))
        risk = code_label(c.RISK_LEVEL, summary.risk_level) if summary.risk_level else "—"
        self.risk.setText(tr(CTX, "Risk: {level}").format(level=risk))
        self.warnings.setText(" ".join(warning_text(w) for w in summary.warnings))
        closed = summary.status == "closed"
        if summary.next_status:
            target = code_label(c.CASE_STATUS, summary.next_status)
            self.advance_button.setText(tr(CTX, "&Move to {status}").format(status=target))
            self.advance_button.setAccessibleName(
                tr(CTX, "Move the case to {status}").format(status=target)
            )
            self.advance_button.setToolTip(missing_text(summary))
        self.advance_button.setVisible(bool(summary.next_status) and not closed)
        self.close_button.setVisible(not closed)
        self.reopen_button.setVisible(closed)
        if closed:
            self._show_closing(False)
        else:
            self._show_reopening(False)
        self.summary_tab.show_summary(summary)
        self.header_loaded.emit()

    def print_document(self) -> None:
        """The case sheet: which one is asked first (File ▸ Print…, Ctrl+P, in the window)."""
        code = self.summary.case_code if self.summary is not None else ""
        printing(self, self.store, self.runner).case_sheet(self, self.case_id, code, self._refused)

    def _load_current(self) -> None:
        tab = self.tabs.currentWidget()
        if isinstance(tab, CaseTab) and tab not in self.loaded:
            self.loaded.add(tab)
            tab.load()

    def reload(self) -> None:
        """Read the header and every tab read so far again (after a save or a sync)."""
        self.load_header()
        for tab in self.loaded:
            tab.load()

    def _tab_saved(self, tab: CaseTab) -> None:
        self.load_header()
        for other in self.loaded:
            if other is not tab:
                other.load()
        self.changed.emit()
        if self._leaving is not None:
            pending, then = self._leaving
            pending.discard(tab)
            if not pending and not self.has_unsaved():
                self._leaving = None
                then()

    # --- the workflow -------------------------------------------------------------------------

    def advance(self) -> None:
        if self.summary is None or not self.summary.next_status:
            return
        store, case_id, target, today = (
            self.store,
            self.case_id,
            self.summary.next_status,
            self.today,
        )
        self._run_step(lambda: workflow_service.advance(store, case_id, target, today=today))

    def close_case(self) -> None:
        reason = self.closure_reason.currentData()
        store, case_id, today = self.store, self.case_id, self.today
        self._run_step(
            lambda: workflow_service.advance(
                store, case_id, "closed", closure_reason=reason, today=today
            )
        )

    def reopen(self) -> None:
        reason = self.reopen_reason.text()
        store, case_id, today = self.store, self.case_id, self.today
        self._run_step(lambda: workflow_service.reopen(store, case_id, reason, today=today))

    def _run_step(self, step: Callable[[], object]) -> None:
        self.workflow_error.hide()
        self._set_workflow_enabled(False)
        self.runner.run_db(step, self._stepped, self._refused, owner=self)

    def _stepped(self, _case: object) -> None:
        self._set_workflow_enabled(True)
        self._show_closing(False)
        self._show_reopening(False)
        self.reopen_reason.clear()
        self.closure_reason.setCurrentIndex(0)
        self.reload()
        self.changed.emit()

    def _refused(self, error: UserFacingError) -> None:
        self._set_workflow_enabled(True)
        self.workflow_error.setText(error_text(error))
        self.workflow_error.show()

    def _set_workflow_enabled(self, enabled: bool) -> None:
        for button in (
            self.advance_button,
            self.close_button,
            self.confirm_close,
            self.reopen_button,
            self.confirm_reopen,
        ):
            button.setEnabled(enabled)

    def _show_closing(self, shown: bool) -> None:
        self.closure_reason.setVisible(shown)
        self.confirm_close.setVisible(shown)
        if shown:
            self.closure_reason.setFocus()

    def _show_reopening(self, shown: bool) -> None:
        self.reopen_reason.setVisible(shown)
        self.confirm_reopen.setVisible(shown)
        if shown:
            self.reopen_reason.setFocus()

    # --- leaving with changes not saved ---------------------------------------------------------

    def dirty_tabs(self) -> list[CaseTab]:
        found = [self.tabs.widget(i) for i in range(self.tabs.count())]
        return [tab for tab in found if isinstance(tab, CaseTab) and tab.is_dirty()]

    def has_unsaved(self) -> bool:
        return bool(self.dirty_tabs())

    def _show_dirty(self) -> None:
        dirty = set(self.dirty_tabs())
        self.unsaved.setVisible(bool(dirty))
        for i in range(self.tabs.count()):
            tab = self.tabs.widget(i)
            if isinstance(tab, CaseTab):
                self.tabs.setTabText(i, tab.title() + (" *" if tab in dirty else ""))

    def request_close(self) -> None:
        self.ask_before_leaving(self.closed.emit)

    def ask_before_leaving(self, then: Callable[[], None]) -> QMessageBox | None:
        """Run `then` now if nothing is unsaved; otherwise ask Save / Discard / Cancel first."""
        if not self.has_unsaved():
            then()
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr(CTX, "Changes not saved"),
            tr(CTX, "This case has changes that are not saved. Save them before leaving?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.button(QMessageBox.StandardButton.Save).setText(tr(CTX, "&Save"))
        box.button(QMessageBox.StandardButton.Discard).setText(tr(CTX, "&Discard"))
        box.button(QMessageBox.StandardButton.Cancel).setText(tr(CTX, "Cancel"))
        box.finished.connect(lambda _: self._answered(box, then))
        box.finished.connect(box.deleteLater)
        self.question = box
        box.open()
        return box

    def _answered(self, box: QMessageBox, then: Callable[[], None]) -> None:
        self.question = None
        answer = box.standardButton(box.clickedButton())
        if answer == QMessageBox.StandardButton.Discard:
            for tab in self.dirty_tabs():
                tab.discard()
            then()
        elif answer == QMessageBox.StandardButton.Save:
            self.save_all(then)
        else:
            self._show_first_dirty()

    def save_all(self, then: Callable[[], None]) -> None:
        """Save every tab with changes, then run `then`; a form that cannot be saved is shown."""
        dirty = self.dirty_tabs()
        started: set[CaseTab] = set()
        for tab in dirty:
            if tab.save():
                started.add(tab)
            else:
                self.tabs.setCurrentWidget(tab)
                self.workflow_error.setText(
                    tr(CTX, "Correct or undo the changes in this tab first; nothing was left.")
                )
                self.workflow_error.show()
                self._leaving = (started, lambda: None) if started else None
                return
        self._leaving = (started, then)

    def _show_first_dirty(self) -> None:
        dirty = self.dirty_tabs()
        if dirty:
            self.tabs.setCurrentWidget(dirty[0])
