"""The monitoring agenda: visits overdue and due across the caseload, week by week, and recording
one of them (done or missed) without leaving the screen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QDate,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from care_desktop.domain import codes
from care_desktop.domain.errors import UserFacingError
from care_desktop.services import monitoring_service
from care_desktop.services.monitoring_service import AgendaItem
from care_desktop.services.vault_service import Store
from care_desktop.ui.i18n import error_text, tr
from care_desktop.ui.print_actions import printing
from care_desktop.ui.rows_model import RowsModel, rows_table, slot_label
from care_desktop.ui.task_runner import TaskRunner
from care_desktop.ui.widgets import ServiceDialog, error_label

CTX = "Agenda"


def state_text(state: str) -> str:
    """What the state of a planned visit is called on screen."""
    if state == "overdue":
        return tr(CTX, "Overdue")
    if state == "due":
        return tr(CTX, "Due now")
    if state == "upcoming":
        return tr(CTX, "Upcoming")
    return state


def _headers() -> tuple[str, ...]:
    return (
        tr(CTX, "Week"),
        tr(CTX, "Due"),
        tr(CTX, "Case"),
        tr(CTX, "Visit"),
        tr(CTX, "Window"),
        tr(CTX, "State"),
        tr(CTX, "Survey"),
    )


_OVERDUE = QColor(180, 30, 30)


def week_of(day: str) -> str:
    """ISO week of a date as people read it: "2026-W48"."""
    year, week, _ = date.fromisoformat(day).isocalendar()
    return f"{year}-W{week:02d}"


def agenda_model(parent: QObject | None = None) -> RowsModel:
    """Rows of the agenda (already bounded by the horizon): week, due date, case, visit,
    window, state, survey; overdue ones in red."""
    cells: list[Callable[[AgendaItem], str]] = [
        lambda item: week_of(item.due_date),
        lambda item: item.due_date,
        lambda item: item.case_code,
        lambda item: slot_label(item.slot),
        lambda item: f"{item.window_start} – {item.window_end}",
        lambda item: state_text(str(item.state)),
        lambda item: tr(CTX, "Yes") if item.rss_due else "",
    ]
    return RowsModel(
        _headers,
        cells,
        parent,
        foreground=lambda item: QBrush(_OVERDUE) if item.state == "overdue" else None,
    )


class RecordVisitDialog(ServiceDialog):
    """Record an agenda visit as done (date, how, findings by dimension) or as missed."""

    def __init__(
        self, store: Store, runner: TaskRunner, item: AgendaItem, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, runner, parent)
        self.item = item
        self.setWindowTitle(
            tr(CTX, "Record visit {visit} of {case}").format(
                visit=slot_label(item.slot), case=item.case_code
            )
        )
        self.visited_on = QDateEdit(QDate.currentDate())
        self.visited_on.setCalendarPopup(True)
        self.visited_on.setMaximumDate(QDate.currentDate())
        self.visited_on.setAccessibleName(tr(CTX, "Visited on"))
        self.mode = QComboBox()
        self.mode.setAccessibleName(tr(CTX, "How"))
        for code in codes.VISIT_MODE.codes:
            self.mode.addItem(tr("codes", code.label), code.value)
        self.findings: dict[str, QPlainTextEdit] = {}
        form = QFormLayout()
        form.addRow(tr(CTX, "&Visited on:"), self.visited_on)
        form.addRow(tr(CTX, "&How:"), self.mode)
        for name, label in (
            ("findings_economic", tr(CTX, "&Economic findings:")),
            ("findings_social", tr(CTX, "&Social findings:")),
            ("findings_psychosocial", tr(CTX, "&Psychosocial findings:")),
            ("notes", tr(CTX, "&Notes:")),
        ):
            editor = QPlainTextEdit()
            editor.setTabChangesFocus(True)
            editor.setAccessibleName(label.replace("&", "").rstrip(": "))
            editor.setMaximumHeight(70)
            self.findings[name] = editor
            form.addRow(label, editor)
        self.save_button = self.buttons.addButton(
            tr(CTX, "Save as done"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.missed_button = self.buttons.addButton(
            tr(CTX, "Mark as missed"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(lambda: self._save(missed=False))
        self.missed_button.clicked.connect(lambda: self._save(missed=True))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "visited_on": self.visited_on.date().toString("yyyy-MM-dd"),
            "mode": self.mode.currentData(),
        }
        for name, editor in self.findings.items():
            text = editor.toPlainText().strip()
            if text:
                values[name] = text
        return values

    def _save(self, *, missed: bool) -> None:
        values = {} if missed else self._values()
        store, visit_id = self.store, self.item.visit_id
        self.submit(lambda: monitoring_service.record_visit(store, visit_id, values, missed=missed))


class AgendaScreen(QWidget):
    """Visits overdue and due, by week, over the next weeks; the officer's own or everyone's."""

    refreshed = Signal()

    HORIZONS = (1, 2, 4, 8, 13)  # weeks ahead

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.runner = store, runner
        self._generation = 0
        self.title = QLabel(f"<h2>{tr(CTX, 'Monitoring agenda')}</h2>")
        self.horizon = QComboBox()
        self.horizon.setAccessibleName(tr(CTX, "Weeks ahead"))
        for weeks in self.HORIZONS:
            self.horizon.addItem(tr(CTX, "Next {weeks} weeks").format(weeks=weeks), weeks)
        self.horizon.setCurrentIndex(2)
        self.mine = QCheckBox(tr(CTX, "&My cases only"))
        self.mine.setAccessibleName(tr(CTX, "My cases only"))
        self.summary = QLabel()
        self.summary.setAccessibleName(tr(CTX, "Agenda summary"))
        self.model = agenda_model(self)
        self.table = rows_table(self.model, tr(CTX, "Visits due and overdue"))
        self.table.doubleClicked.connect(lambda _index: self.record_selected())
        self.record_button = QPushButton(tr(CTX, "&Record visit…"))
        self.record_button.setAccessibleName(tr(CTX, "Record the selected visit"))
        self.record_button.clicked.connect(self.record_selected)
        self.print_button = QPushButton(tr(CTX, "&Print visit form…"))
        self.print_button.setAccessibleName(tr(CTX, "Print the form of the selected visit"))
        self.print_button.clicked.connect(self.print_document)
        self.batch_button = QPushButton(tr(CTX, "Print &next week's forms…"))
        self.batch_button.setAccessibleName(tr(CTX, "Print the forms of every visit due next week"))
        self.batch_button.setToolTip(
            tr(CTX, "One PDF with the form of every visit on the agenda of next week")
        )
        self.batch_button.clicked.connect(self.print_next_week)
        self.error = error_label()
        controls = QHBoxLayout()
        controls.addWidget(self.horizon)
        controls.addWidget(self.mine)
        controls.addStretch(1)
        controls.addWidget(self.record_button)
        controls.addWidget(self.print_button)
        controls.addWidget(self.batch_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        self.horizon.currentIndexChanged.connect(lambda _i: self.refresh())
        self.mine.toggled.connect(lambda _on: self.refresh())
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=self.refresh)
        self.dialog: RecordVisitDialog | None = None

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        store, days = self.store, int(self.horizon.currentData()) * 7
        officer = self._officer() if self.mine.isChecked() else None
        self.runner.run_db(
            lambda: monitoring_service.agenda(store, days=days, officer_id=officer),
            lambda items: self._show(generation, items),
            self._failed,
            owner=self,
        )

    def _officer(self) -> str | None:
        return self.store.user_id

    def _show(self, generation: int, items: list[AgendaItem]) -> None:
        if generation != self._generation:
            return  # an older request answered late
        self.model.set_rows(items)
        overdue = sum(1 for item in items if item.state == "overdue")
        due = sum(1 for item in items if item.state == "due")
        self.summary.setText(
            tr(CTX, "{overdue} overdue · {due} due now · {total} in all").format(
                overdue=overdue, due=due, total=len(items)
            )
        )
        self.error.hide()
        self.record_button.setEnabled(bool(items))
        self.print_button.setEnabled(bool(items))
        self.refreshed.emit()

    def _failed(self, error: UserFacingError) -> None:
        self.error.setText(error_text(error))
        self.error.show()

    def selected(self) -> AgendaItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def print_document(self) -> None:
        """The form of the selected visit (else the first on the agenda), to take to the visit."""
        item = self.selected() or (self.model.row(0) if self.model.rowCount() else None)
        if item is not None:
            printing(self, self.store, self.runner).visit_form(
                self, item.case_id, item.case_code, item.slot, self._failed
            )

    def print_next_week(self) -> None:
        """Every form of next week's visits in one PDF (only the officer's when so filtered)."""
        officer = self._officer() if self.mine.isChecked() else None
        printing(self, self.store, self.runner).visits_due(self, officer, self._failed)

    def record_selected(self) -> RecordVisitDialog | None:
        item = self.selected()
        if item is None and self.model.rowCount() > 0:
            item = self.model.row(0)
        if item is None:
            return None
        self.dialog = RecordVisitDialog(self.store, self.runner, item, self)
        self.dialog.saved.connect(self.refresh)
        self.dialog.open()
        return self.dialog
