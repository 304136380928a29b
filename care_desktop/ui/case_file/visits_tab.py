"""The monitoring visits of one case: the schedule with each visit's due window and state
(overdue in red), recording a visit with its findings by dimension, and the sustainability
surveys taken, scored per dimension."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from care_desktop.domain import codes
from care_desktop.domain.errors import UserFacingError
from care_desktop.domain.rss import round_score
from care_desktop.domain.schedule import VisitState, VisitStatus, visit_state
from care_desktop.domain.schema import Value
from care_desktop.services import case_service, records, rss_service
from care_desktop.services.monitoring_service import AgendaItem
from care_desktop.services.rss_service import ScoredSurvey
from care_desktop.services.vault_service import Store
from care_desktop.ui.agenda_screen import RecordVisitDialog, state_text
from care_desktop.ui.case_file.rss_dialog import RssSurveyDialog
from care_desktop.ui.case_file.tab import CaseTab
from care_desktop.ui.i18n import error_text, tr
from care_desktop.ui.print_actions import printing
from care_desktop.ui.rows_model import RowsModel, code_label, rows_table, slot_label
from care_desktop.ui.task_runner import TaskRunner
from care_desktop.ui.widgets import error_label

CTX = "Visits"
_OVERDUE = QColor(180, 30, 30)


@dataclass(frozen=True, slots=True)
class VisitRow:
    visit_id: str
    slot: str
    due_date: str
    window_start: str
    window_end: str
    state: VisitState
    visited_on: str
    mode: str | None
    rss_due: bool
    surveyed: bool


@dataclass(frozen=True, slots=True)
class _Loaded:
    case_code: str
    visits: list[VisitRow]
    surveys: list[ScoredSurvey]


def _visit_row(visit_id: str, values: dict[str, Value], today: date, surveyed: bool) -> VisitRow:
    due, start, end = (str(values[n]) for n in ("due_date", "window_start", "window_end"))
    state = visit_state(
        VisitStatus(str(values["status"])),
        date.fromisoformat(due),
        date.fromisoformat(start),
        date.fromisoformat(end),
        today,
    )
    mode = values.get("mode")
    return VisitRow(
        visit_id,
        str(values["slot"]),
        due,
        start,
        end,
        state,
        str(values.get("visited_on") or ""),
        str(mode) if mode else None,
        bool(values.get("rss_due")),
        surveyed,
    )


def _read(store: Store, case_id: str) -> _Loaded:
    today = date.today()
    case = case_service.get_case(store, case_id)
    surveys = records.list_for_case(store, "rss_survey", case_id)
    surveyed = {str(s.get("visit_id")) for s in surveys if s.get("visit_id")}
    visits = [
        _visit_row(v.id, dict(v.values), today, v.id in surveyed)
        for v in records.list_for_case(store, "visit", case_id)
        if v.get("due_date")
    ]
    visits.sort(key=lambda v: (v.due_date, v.slot))
    scores = rss_service.scores_for_case(store, case_id)
    return _Loaded(case.text("case_code"), visits, scores)


def _visits_model(parent: QWidget) -> RowsModel:
    cells: list[Callable[[VisitRow], str]] = [
        lambda v: slot_label(v.slot),
        lambda v: v.due_date,
        lambda v: f"{v.window_start} – {v.window_end}",
        lambda v: (
            state_text(str(v.state))
            if v.state in (VisitState.OVERDUE, VisitState.DUE, VisitState.UPCOMING)
            else code_label(codes.VISIT_STATUS, str(v.state))
        ),
        lambda v: v.visited_on,
        lambda v: code_label(codes.VISIT_MODE, v.mode),
        lambda v: (tr(CTX, "Taken") if v.surveyed else tr(CTX, "Due")) if v.rss_due else "",
    ]

    def headers() -> tuple[str, ...]:
        return (
            tr(CTX, "Visit"),
            tr(CTX, "Due"),
            tr(CTX, "Window"),
            tr(CTX, "State"),
            tr(CTX, "Visited on"),
            tr(CTX, "How"),
            tr(CTX, "Survey"),
        )

    return RowsModel(
        headers,
        cells,
        parent,
        foreground=lambda v: QBrush(_OVERDUE) if v.state is VisitState.OVERDUE else None,
    )


def _score(value: float | None) -> str:
    return "—" if value is None else f"{round_score(value):.2f}"


def _surveys_model(parent: QWidget) -> RowsModel:
    cells: list[Callable[[ScoredSurvey], str]] = [
        lambda s: s.surveyed_on,
        lambda s: _score(s.scores.economic),
        lambda s: _score(s.scores.social),
        lambda s: _score(s.scores.psychosocial),
        lambda s: _score(s.scores.composite),
        lambda s: str(s.scores.answered),
        lambda s: tr(CTX, "Official") if s.official else tr(CTX, "Provisional"),
    ]

    def headers() -> tuple[str, ...]:
        return (
            tr(CTX, "Date"),
            tr(CTX, "Economic"),
            tr(CTX, "Social"),
            tr(CTX, "Psychosocial"),
            tr(CTX, "Composite"),
            tr(CTX, "Answered"),
            tr(CTX, "Weights"),
        )

    return RowsModel(headers, cells, parent)


class VisitsTab(CaseTab):
    loaded = Signal()

    def __init__(
        self, store: Store, runner: TaskRunner, case_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, runner, case_id, parent)
        self.case_code = ""
        self.dialog: RecordVisitDialog | RssSurveyDialog | None = None
        self.summary = QLabel()
        self.summary.setAccessibleName(tr(CTX, "Monitoring summary"))
        self.visits = _visits_model(self)
        self.visit_table = rows_table(self.visits, tr(CTX, "Monitoring visits of the case"))
        self.visit_table.doubleClicked.connect(lambda _index: self.record_visit())
        self.visit_table.selectionModel().selectionChanged.connect(lambda *_: self._chosen())
        self.record_button = QPushButton(tr(CTX, "&Record visit…"))
        self.record_button.setAccessibleName(tr(CTX, "Record the selected visit"))
        self.record_button.clicked.connect(self.record_visit)
        self.survey_button = QPushButton(tr(CTX, "Take &survey…"))
        self.survey_button.setAccessibleName(tr(CTX, "Take a sustainability survey"))
        self.survey_button.clicked.connect(self.take_survey)
        self.print_button = QPushButton(tr(CTX, "&Print visit form…"))
        self.print_button.setAccessibleName(tr(CTX, "Print the form of the selected visit"))
        self.print_button.clicked.connect(self.print_visit_form)
        self.surveys = _surveys_model(self)
        self.survey_table = rows_table(
            self.surveys, tr(CTX, "Sustainability survey scores by dimension")
        )
        self.error = error_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.survey_button)
        buttons.addWidget(self.print_button)
        surveys_box = QGroupBox(tr(CTX, "Sustainability surveys (scores 0 to 1)"))
        surveys_layout = QVBoxLayout(surveys_box)
        surveys_layout.addWidget(self.survey_table)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.visit_table, 2)
        layout.addWidget(surveys_box, 1)
        layout.addWidget(self.error)
        self._chosen()

    # --- the CaseTab contract --------------------------------------------------------------

    def title(self) -> str:
        return tr(CTX, "Monitoring visits")

    def load(self) -> None:
        store, case_id = self.store, self.case_id
        self.read(lambda: _read(store, case_id), self._show, self._failed)

    def is_dirty(self) -> bool:
        return False  # the dialogs hold their own edits; the tab holds none

    # --- showing ---------------------------------------------------------------------------

    def _show(self, data: _Loaded) -> None:
        self.case_code = data.case_code
        selected = self.selected()
        self.visits.set_rows(data.visits)
        self.surveys.set_rows(data.surveys)
        ids = [v.visit_id for v in data.visits]
        if selected is not None and selected.visit_id in ids:
            self.visit_table.selectRow(ids.index(selected.visit_id))
        overdue = sum(1 for v in data.visits if v.state is VisitState.OVERDUE)
        done = sum(1 for v in data.visits if v.state is VisitState.COMPLETED)
        if data.visits:
            self.summary.setText(
                tr(CTX, "{done} of {total} visits done · {overdue} overdue").format(
                    done=done, total=len(data.visits), overdue=overdue
                )
            )
        else:
            self.summary.setText(tr(CTX, "No visits scheduled: the arrival date is not known."))
        self.error.hide()
        self._chosen()
        self.loaded.emit()

    def _failed(self, error: UserFacingError) -> None:
        self.error.setText(error_text(error))
        self.error.show()

    def selected(self) -> VisitRow | None:
        rows = self.visit_table.selectionModel().selectedRows()
        return self.visits.row(rows[0].row()) if rows else None

    def _chosen(self) -> None:
        visit = self.selected()
        self.record_button.setEnabled(visit is not None and visit.state in _OPEN)
        self.print_button.setEnabled(visit is not None and visit.state in _OPEN)

    def _done(self) -> None:
        self.saved.emit()
        self.load()

    # --- dialogs ---------------------------------------------------------------------------

    def record_visit(self) -> RecordVisitDialog | None:
        visit = self.selected()
        if visit is None or visit.state not in _OPEN:
            return None
        item = AgendaItem(
            visit_id=visit.visit_id,
            case_id=self.case_id,
            case_code=self.case_code,
            slot=visit.slot,
            due_date=visit.due_date,
            window_start=visit.window_start,
            window_end=visit.window_end,
            state=visit.state,
            rss_due=visit.rss_due,
        )
        dialog = RecordVisitDialog(self.store, self.runner, item, self)
        dialog.saved.connect(self._done)
        self.dialog = dialog
        dialog.open()
        return dialog

    def print_visit_form(self) -> None:
        """The form of the selected visit, pre-filled with what is due, to take to the visit."""
        visit = self.selected()
        if visit is None or visit.state not in _OPEN:
            return
        printing(self, self.store, self.runner).visit_form(
            self, self.case_id, self.case_code, visit.slot, self._failed
        )

    def take_survey(self) -> RssSurveyDialog:
        visit = self.selected()
        heading = (
            tr(CTX, "Survey at visit {visit} of {case}").format(
                visit=slot_label(visit.slot), case=self.case_code
            )
            if visit is not None
            else tr(CTX, "Survey of {case}").format(case=self.case_code)
        )
        dialog = RssSurveyDialog(
            self.store,
            self.runner,
            self.case_id,
            visit_id=visit.visit_id if visit else None,
            heading=heading,
            parent=self,
        )
        dialog.saved.connect(self._done)
        self.dialog = dialog
        dialog.open()
        return dialog


_OPEN = frozenset({VisitState.UPCOMING, VisitState.DUE, VisitState.OVERDUE})
