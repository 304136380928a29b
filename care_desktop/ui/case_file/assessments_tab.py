"""The assessments of a case and the risk matrix editor of the selected one: its risks rated by
likelihood and severity (the level derived and coloured as they change), the 5 × 5 grid showing
where each falls, adding a risk, and the case's overall risk."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, QItemSelectionModel, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from care_desktop.domain import codes
from care_desktop.domain import records as r
from care_desktop.domain.errors import UserFacingError
from care_desktop.domain.risk import SCALE_MAX, SCALE_MIN, risk_level
from care_desktop.services import assessment_service, case_service, records
from care_desktop.services.records import Record
from care_desktop.services.vault_service import Store
from care_desktop.ui.case_file.risk_models import (
    RatingDelegate,
    RiskMatrixModel,
    RiskTableModel,
    level_label,
)
from care_desktop.ui.case_file.tab import CaseTab
from care_desktop.ui.case_file.tab_widgets import code_combo, field_problem, level_colour
from care_desktop.ui.i18n import error_text, tr
from care_desktop.ui.rows_model import RowsModel, code_label, rows_table
from care_desktop.ui.task_runner import TaskRunner
from care_desktop.ui.widgets import error_label

CTX = "Assessments"
_RANK = {"high": 0, "medium": 1, "low": 2}


@dataclass(frozen=True, slots=True)
class _Loaded:
    case_risk: str | None
    assessments: list[Record]
    risks: list[Record]


def _read(store: Store, case_id: str) -> _Loaded:
    case = case_service.get_case(store, case_id)
    assessments = records.list_for_case(store, "assessment", case_id)
    assessments.sort(key=lambda a: (a.text("assessed_on"), a.id), reverse=True)
    risks = records.list_for_case(store, "risk_item", case_id)
    # highest first as read; an edit does not reorder rows under the person's hands
    risks.sort(key=lambda x: (_RANK.get(x.text("level"), 3), x.text("description").casefold()))
    risk = case.get("risk_level")
    return _Loaded(str(risk) if risk else None, assessments, risks)


def _assessments_model(parent: AssessmentsTab) -> RowsModel:
    cells: list[Callable[[Record], str]] = [
        lambda a: a.text("assessed_on"),
        lambda a: code_label(codes.ASSESSMENT_KIND, a.text("kind") or None),
        lambda a: level_label(a.text("risk_level") or None),
    ]

    def headers() -> tuple[str, ...]:
        return (tr(CTX, "Date"), tr(CTX, "Kind"), tr(CTX, "Risk level"))

    return RowsModel(headers, cells, parent)


def _coloured(label: QLabel, level: str | None) -> None:
    colour = level_colour(level)
    label.setStyleSheet(
        f"background: {colour.name()}; color: black; padding: 2px 6px;" if colour else ""
    )


class AssessmentsTab(CaseTab):
    """Assessments on the left; the selected one's risk matrix editor on the right."""

    loaded = Signal()

    def __init__(
        self, store: Store, runner: TaskRunner, case_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, runner, case_id, parent)
        self._risks: list[Record] = []
        self._selected_id: str | None = None
        self.overall = QLabel()
        self.overall.setAccessibleName(tr(CTX, "Overall risk of the case"))
        self.error = error_label()

        self.assessments = _assessments_model(self)
        self.assessment_table = rows_table(self.assessments, tr(CTX, "Assessments"))
        self.kind = code_combo(codes.ASSESSMENT_KIND, tr(CTX, "Kind of the new assessment"))
        self.assessed_on = QDateEdit(QDate.currentDate())
        self.assessed_on.setCalendarPopup(True)
        self.assessed_on.setMaximumDate(QDate.currentDate())
        self.assessed_on.setAccessibleName(tr(CTX, "Date of the new assessment"))
        self.add_assessment_button = QPushButton(tr(CTX, "Add &assessment"))
        self.add_assessment_button.setAccessibleName(tr(CTX, "Add an assessment"))
        self.add_assessment_button.clicked.connect(self.add_assessment)

        self._build_editor()
        self._lay_out()
        self.assessment_table.selectionModel().selectionChanged.connect(
            lambda *_: self._assessment_chosen()
        )
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.activated.connect(self.save_ratings)
        self._check_new_risk()
        self._pending_changed(False)

    def _build_editor(self) -> None:
        self.risk_model = RiskTableModel(self)
        self.risk_table = QTableView()
        self.risk_table.setTabKeyNavigation(False)  # Tab leaves the table
        self.risk_table.setModel(self.risk_model)
        self.risk_table.setAccessibleName(tr(CTX, "Risks of the assessment"))
        self.risk_table.setItemDelegate(RatingDelegate(self.risk_table))
        self.risk_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.risk_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.risk_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.risk_table.horizontalHeader().setStretchLastSection(True)
        self.save_button = QPushButton(tr(CTX, "&Save ratings"))
        self.save_button.setAccessibleName(tr(CTX, "Save the changed ratings"))
        self.save_button.clicked.connect(self.save_ratings)
        self.discard_button = QPushButton(tr(CTX, "&Undo changes"))
        self.discard_button.setAccessibleName(tr(CTX, "Undo the changed ratings"))
        self.discard_button.clicked.connect(self.discard)
        self.risk_model.pending_changed.connect(self._pending_changed)

        self.matrix = RiskMatrixModel(self)
        self.matrix_view = QTableView()
        self.matrix_view.setTabKeyNavigation(False)  # Tab leaves the table
        self.matrix_view.setModel(self.matrix)
        self.matrix_view.setAccessibleName(tr(CTX, "Risk matrix: likelihood by severity"))
        self.matrix_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.matrix_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.matrix_view.setMinimumHeight(170)

        self.description = QLineEdit()
        self.description.setAccessibleName(tr(CTX, "Description of the new risk"))
        self.description.setPlaceholderText(tr(CTX, "New risk, e.g. debt to the recruiter"))
        self.likelihood = QSpinBox()
        self.likelihood.setRange(SCALE_MIN, SCALE_MAX)
        self.likelihood.setAccessibleName(tr(CTX, "Likelihood of the new risk"))
        self.severity = QSpinBox()
        self.severity.setRange(SCALE_MIN, SCALE_MAX)
        self.severity.setAccessibleName(tr(CTX, "Severity of the new risk"))
        self.new_level = QLabel()
        self.new_level.setAccessibleName(tr(CTX, "Level of the new risk"))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setAccessibleName(tr(CTX, "What to correct"))
        self.add_risk_button = QPushButton(tr(CTX, "Add &risk"))
        self.add_risk_button.setAccessibleName(tr(CTX, "Add the risk"))
        self.add_risk_button.clicked.connect(self.add_risk)
        for signal in (self.likelihood.valueChanged, self.severity.valueChanged):
            signal.connect(lambda _v: self._check_new_risk())
        self.description.textChanged.connect(lambda _t: self._check_new_risk())
        self.description.returnPressed.connect(self.add_risk)

    def _lay_out(self) -> None:
        new_assessment = QHBoxLayout()
        for widget in (self.kind, self.assessed_on, self.add_assessment_button):
            new_assessment.addWidget(widget)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.assessment_table, 1)
        left_layout.addLayout(new_assessment)

        ratings = QHBoxLayout()
        ratings.addStretch(1)
        ratings.addWidget(self.discard_button)
        ratings.addWidget(self.save_button)
        new_risk = QHBoxLayout()
        new_risk.addWidget(self.description, 1)
        new_risk.addWidget(QLabel(tr(CTX, "Likelihood:")))
        new_risk.addWidget(self.likelihood)
        new_risk.addWidget(QLabel(tr(CTX, "Severity:")))
        new_risk.addWidget(self.severity)
        new_risk.addWidget(self.new_level)
        new_risk.addWidget(self.add_risk_button)
        self.editor = QGroupBox(tr(CTX, "Risk matrix"))
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.addWidget(self.risk_table, 2)
        editor_layout.addLayout(ratings)
        editor_layout.addWidget(self.matrix_view, 1)
        editor_layout.addLayout(new_risk)
        editor_layout.addWidget(self.problem)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.overall)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        QWidget.setTabOrder(self.assessment_table, self.kind)
        QWidget.setTabOrder(self.kind, self.assessed_on)
        QWidget.setTabOrder(self.assessed_on, self.add_assessment_button)
        QWidget.setTabOrder(self.add_assessment_button, self.risk_table)
        QWidget.setTabOrder(self.risk_table, self.discard_button)
        QWidget.setTabOrder(self.discard_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.description)
        QWidget.setTabOrder(self.description, self.likelihood)
        QWidget.setTabOrder(self.likelihood, self.severity)
        QWidget.setTabOrder(self.severity, self.add_risk_button)

    # --- the CaseTab contract --------------------------------------------------------------

    def title(self) -> str:
        return tr(CTX, "Assessments")

    def load(self) -> None:
        store, case_id = self.store, self.case_id
        self.read(lambda: _read(store, case_id), self._show, self._failed)

    def is_dirty(self) -> bool:
        return bool(self.risk_model.pending()) or bool(self.description.text().strip())

    def save(self) -> bool:
        """Save what is pending (changed ratings, a risk described); False if something typed
        cannot be saved as it stands."""
        typed = bool(self.description.text().strip())
        if typed and not self.add_risk_button.isEnabled():
            return False
        if not typed and not self.risk_model.pending():
            return False
        self.save_ratings()
        if typed:
            self.add_risk()
        return True

    def discard(self) -> None:
        self.risk_model.drop_pending()
        self.description.clear()
        self._place()

    # --- showing ---------------------------------------------------------------------------

    def _show(self, data: _Loaded) -> None:
        self.overall.setText(
            tr(CTX, "Overall risk of the case: {level}").format(level=level_label(data.case_risk))
        )
        _coloured(self.overall, data.case_risk)
        self._risks = data.risks
        keep = self._selected_id
        self.assessments.set_rows(data.assessments)
        rows = [a.id for a in data.assessments]
        row = rows.index(keep) if keep in rows else (0 if rows else -1)
        if row >= 0:
            self.assessment_table.selectionModel().select(
                self.assessments.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._assessment_chosen()
        self.loaded.emit()

    def selected_assessment(self) -> Record | None:
        rows = self.assessment_table.selectionModel().selectedRows()
        return self.assessments.row(rows[0].row()) if rows else None

    def _assessment_chosen(self) -> None:
        assessment = self.selected_assessment()
        self._selected_id = assessment.id if assessment else None
        risks = [x for x in self._risks if assessment and x.get("assessment_id") == assessment.id]
        self.risk_model.set_risks(risks)
        self.editor.setEnabled(assessment is not None)
        self._place()
        self._check_new_risk()

    def _place(self) -> None:
        self.matrix.place([self.risk_model.rating(n) for n in range(self.risk_model.rowCount())])

    def _pending_changed(self, pending: bool) -> None:
        self.save_button.setEnabled(pending)
        self.discard_button.setEnabled(pending)
        self._place()
        self.dirty_changed.emit(self.is_dirty())

    def _check_new_risk(self) -> None:
        level = str(risk_level(self.likelihood.value(), self.severity.value()))
        self.new_level.setText(level_label(level))
        _coloured(self.new_level, level)
        text = self.description.text()
        problem = (
            field_problem(r.RISK_ITEM, "description", text)
            if text.strip()
            else tr(CTX, "Describe the risk to add it.")
        )
        self.problem.setText(problem or "")
        self.problem.setVisible(bool(problem) and bool(text.strip()))
        self.add_risk_button.setEnabled(problem is None and self._selected_id is not None)
        self.dirty_changed.emit(self.is_dirty())

    def _failed(self, error: UserFacingError) -> None:
        self.error.setText(error_text(error))
        self.error.show()
        self.add_assessment_button.setEnabled(True)
        self._check_new_risk()
        self.save_button.setEnabled(bool(self.risk_model.pending()))

    def _written(self, _result: Any = None) -> None:
        self.error.hide()
        self.add_assessment_button.setEnabled(True)
        self.saved.emit()
        self.load()

    # --- writing ---------------------------------------------------------------------------

    def add_assessment(self) -> None:
        store, case_id = self.store, self.case_id
        values = {
            "kind": self.kind.currentData(),
            "assessed_on": self.assessed_on.date().toString("yyyy-MM-dd"),
        }
        self.add_assessment_button.setEnabled(False)
        self._selected_id = None

        def work() -> Record:
            return assessment_service.add_assessment(store, case_id, values)

        def done(created: Record) -> None:
            self._selected_id = created.id
            self._written()

        self.runner.run_db(work, done, self._failed, owner=self)

    def add_risk(self) -> None:
        assessment_id = self._selected_id
        if assessment_id is None or not self.add_risk_button.isEnabled():
            return
        store = self.store
        values = {
            "description": self.description.text().strip(),
            "likelihood": self.likelihood.value(),
            "severity": self.severity.value(),
        }
        self.add_risk_button.setEnabled(False)

        def done(_created: Record) -> None:
            self.description.clear()
            self.likelihood.setValue(SCALE_MIN)
            self.severity.setValue(SCALE_MIN)
            self._written()

        self.runner.run_db(
            lambda: assessment_service.add_risk(store, assessment_id, values),
            done,
            self._failed,
            owner=self,
        )

    def save_ratings(self) -> None:
        """Write every changed rating (each its own transaction, in order)."""
        pending = self.risk_model.pending()
        if not pending:
            return
        store = self.store
        self.save_button.setEnabled(False)

        def work() -> None:
            for risk_id, changes in pending.items():
                assessment_service.change_risk(store, risk_id, changes)

        def done(_result: None) -> None:
            self.risk_model.drop_pending()
            self._written()

        self.runner.run_db(work, done, self._failed, owner=self)
