"""The reintegration plan of a case: its status and budget, objectives by dimension, and the
assistance measures with their status and amounts planned and spent; each measure moved one step
at a time, a refusal (no agreed plan, a step not allowed) shown with its reason."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from care_desktop.domain import codes
from care_desktop.domain import records as r
from care_desktop.domain.errors import UserFacingError
from care_desktop.services import assistance_service, records
from care_desktop.services.assistance_service import MEASURE_STEPS, PLAN_STEPS
from care_desktop.services.records import Record
from care_desktop.services.vault_service import Store
from care_desktop.ui.case_file.plan_models import measures_model, objectives_model, totals_text
from care_desktop.ui.case_file.tab import CaseTab
from care_desktop.ui.case_file.tab_widgets import (
    amount_text,
    code_combo,
    field_problem,
    select_code,
)
from care_desktop.ui.i18n import error_text, tr
from care_desktop.ui.rows_model import code_label, rows_table
from care_desktop.ui.task_runner import TaskRunner
from care_desktop.ui.widgets import error_label

CTX = "Plan"


@dataclass(frozen=True, slots=True)
class _Loaded:
    plan: Record | None
    objectives: list[Record]
    measures: list[Record]


def _read(store: Store, case_id: str) -> _Loaded:
    plans = records.list_for_case(store, "plan", case_id)
    objectives = records.list_for_case(store, "objective", case_id)
    measures = records.list_for_case(store, "measure", case_id)
    measures.sort(key=lambda m: (m.text("planned_on"), m.id))
    return _Loaded(plans[0] if plans else None, objectives, measures)


def _line(name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    return edit


def _row(*widgets: QWidget) -> QHBoxLayout:
    layout = QHBoxLayout()
    for widget in widgets:
        layout.addWidget(widget, 1 if isinstance(widget, QLineEdit) else 0)
    return layout


class PlanTab(CaseTab):
    loaded = Signal()

    def __init__(
        self, store: Store, runner: TaskRunner, case_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, runner, case_id, parent)
        self.plan: Record | None = None
        self.error = error_label()
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setAccessibleName(tr(CTX, "What to correct"))
        self.problem.setWordWrap(True)
        self._build_plan()
        self._build_objectives()
        self._build_measures()
        layout = QVBoxLayout(self)
        layout.addWidget(self.plan_box)
        layout.addWidget(self.objectives_box, 1)
        layout.addWidget(self.measures_box, 2)
        layout.addWidget(self.problem)
        layout.addWidget(self.error)
        for edit in self._typed():
            edit.textChanged.connect(lambda _t: self._check())
        self._check()

    def _build_plan(self) -> None:
        self.plan_status = QLabel()
        self.plan_status.setAccessibleName(tr(CTX, "Plan status"))
        self.budget = _line(tr(CTX, "Budget of the plan"), tr(CTX, "Budget, e.g. 1500.00"))
        self.plan_currency = code_combo(codes.CURRENCY, tr(CTX, "Currency of the plan budget"))
        self.create_button = QPushButton(tr(CTX, "&Create plan"))
        self.create_button.setAccessibleName(tr(CTX, "Create the reintegration plan"))
        self.create_button.clicked.connect(self.create_plan)
        self.advance_button = QPushButton()
        self.advance_button.clicked.connect(self.advance_plan)
        self.plan_box = QGroupBox(tr(CTX, "Reintegration plan"))
        layout = QHBoxLayout(self.plan_box)
        for widget in (self.plan_status, self.budget, self.plan_currency, self.create_button):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.advance_button)

    def _build_objectives(self) -> None:
        self.objectives = objectives_model(self)
        self.objective_table = rows_table(self.objectives, tr(CTX, "Objectives of the plan"))
        self.dimension = code_combo(codes.PLAN_DIMENSION, tr(CTX, "Dimension of the new objective"))
        self.objective = _line(tr(CTX, "New objective"), tr(CTX, "New objective"))
        self.add_objective_button = QPushButton(tr(CTX, "Add &objective"))
        self.add_objective_button.setAccessibleName(tr(CTX, "Add the objective"))
        self.add_objective_button.clicked.connect(self.add_objective)
        self.objective_status = code_combo(
            codes.OBJECTIVE_STATUS, tr(CTX, "Status of the selected objective")
        )
        self.set_status_button = QPushButton(tr(CTX, "Set s&tatus"))
        self.set_status_button.setAccessibleName(
            tr(CTX, "Set the status of the selected objective")
        )
        self.set_status_button.clicked.connect(self.set_objective_status)
        self.objective_table.selectionModel().selectionChanged.connect(
            lambda *_: self._objective_chosen()
        )
        self.objectives_box = QGroupBox(tr(CTX, "Objectives"))
        layout = QVBoxLayout(self.objectives_box)
        layout.addWidget(self.objective_table, 1)
        status = QHBoxLayout()
        status.addWidget(QLabel(tr(CTX, "Selected objective:")))
        status.addWidget(self.objective_status)
        status.addWidget(self.set_status_button)
        status.addStretch(1)
        layout.addLayout(status)
        layout.addLayout(_row(self.dimension, self.objective, self.add_objective_button))
        self._objective_chosen()

    def _build_measures(self) -> None:
        self.measures = measures_model(self)
        self.measure_table = rows_table(self.measures, tr(CTX, "Assistance measures"))
        self.measure_table.selectionModel().selectionChanged.connect(lambda *_: self._chosen())
        self.totals = QLabel()
        self.totals.setAccessibleName(tr(CTX, "Totals planned and spent"))
        self.phase = code_combo(codes.ASSISTANCE_PHASE, tr(CTX, "Phase of the new measure"))
        self.phase.setCurrentIndex(self.phase.findData("reintegration"))
        self.category = code_combo(
            codes.ASSISTANCE_CATEGORY, tr(CTX, "Category of the new measure")
        )
        self.measure_text = _line(tr(CTX, "Description of the new measure"), tr(CTX, "Description"))
        self.planned = _line(tr(CTX, "Amount planned for the new measure"), tr(CTX, "Planned"))
        self.currency = code_combo(codes.CURRENCY, tr(CTX, "Currency of the new measure"))
        self.add_measure_button = QPushButton(tr(CTX, "Add &measure"))
        self.add_measure_button.setAccessibleName(tr(CTX, "Add the measure"))
        self.add_measure_button.clicked.connect(self.add_measure)
        self.target = QComboBox()
        self.target.setAccessibleName(tr(CTX, "Next status of the selected measure"))
        self.target.currentIndexChanged.connect(lambda _i: self._check())
        self.spent = _line(tr(CTX, "Amount spent on the selected measure"), tr(CTX, "Spent"))
        self.move_button = QPushButton(tr(CTX, "Mo&ve"))
        self.move_button.setAccessibleName(tr(CTX, "Move the selected measure to this status"))
        self.move_button.clicked.connect(self.move_measure)
        self.measures_box = QGroupBox(tr(CTX, "Assistance measures"))
        layout = QVBoxLayout(self.measures_box)
        layout.addWidget(self.measure_table, 1)
        layout.addWidget(self.totals)
        move = QHBoxLayout()
        move.addWidget(QLabel(tr(CTX, "Selected measure:")))
        move.addWidget(self.target)
        move.addWidget(self.spent)
        move.addWidget(self.move_button)
        move.addStretch(1)
        layout.addLayout(move)
        layout.addLayout(
            _row(
                self.phase,
                self.category,
                self.measure_text,
                self.planned,
                self.currency,
                self.add_measure_button,
            )
        )

    def _typed(self) -> tuple[QLineEdit, ...]:
        return (self.budget, self.objective, self.measure_text, self.planned, self.spent)

    # --- the CaseTab contract --------------------------------------------------------------

    def title(self) -> str:
        return tr(CTX, "Plan and measures")

    def load(self) -> None:
        store, case_id = self.store, self.case_id
        self.read(lambda: _read(store, case_id), self._show, self._failed)

    def is_dirty(self) -> bool:
        return any(edit.text().strip() for edit in self._typed())

    def save(self) -> bool:
        """Add what is typed (plan, objective, measure, amount spent on a move); False, with
        nothing written, if some of it cannot be saved as it stands."""
        steps: list[Callable[[], None]] = []
        wanted = (
            (self.budget, self.create_button, self.create_plan),
            (self.objective, self.add_objective_button, self.add_objective),
            (self.measure_text, self.add_measure_button, self.add_measure),
            (self.spent, self.move_button, self.move_measure),
        )
        for edit, button, step in wanted:
            if not edit.text().strip():
                continue
            if not button.isEnabled() or button.isHidden():
                return False
            if edit is self.spent and not self._delivering():
                return False  # saving must not move a measure the person did not mean to
            if step not in steps:
                steps.append(step)
        if self.planned.text().strip() and self.add_measure not in steps:
            if not self.add_measure_button.isEnabled():
                return False
            steps.append(self.add_measure)
        for step in steps:
            step()
        return bool(steps)

    def discard(self) -> None:
        for edit in self._typed():
            edit.clear()

    # --- showing ---------------------------------------------------------------------------

    def _show(self, data: _Loaded) -> None:
        self.plan = data.plan
        self._show_plan(data.plan)
        objective = self.selected_objective()
        self.objectives.set_rows(data.objectives)
        objective_ids = [o.id for o in data.objectives]
        if objective is not None and objective.id in objective_ids:
            self.objective_table.selectRow(objective_ids.index(objective.id))
        self._objective_chosen()
        selected = self.selected_measure()
        self.measures.set_rows(data.measures)
        ids = [m.id for m in data.measures]
        if selected is not None and selected.id in ids:
            self.measure_table.selectRow(ids.index(selected.id))
        self.totals.setText(totals_text(data.measures))
        self._chosen()
        self.loaded.emit()

    def _show_plan(self, plan: Record | None) -> None:
        has_plan = plan is not None
        for widget in (self.budget, self.plan_currency, self.create_button):
            widget.setVisible(not has_plan)
        if plan is None:
            self.plan_status.setText(tr(CTX, "No reintegration plan yet."))
            self.advance_button.hide()
            return
        status = plan.text("status") or "draft"
        text = tr(CTX, "Status: {status}").format(status=code_label(codes.PLAN_STATUS, status))
        if isinstance(plan.get("budget_amount"), int):
            text += " · " + tr(CTX, "budget {amount} {currency}").format(
                amount=amount_text(plan.get("budget_amount")), currency=plan.text("currency")
            )
        self.plan_status.setText(text)
        target = PLAN_STEPS.get(status)
        self.advance_button.setVisible(target is not None)
        if target == "agreed":
            self.advance_button.setText(tr(CTX, "Mark as &agreed with the person"))
        elif target == "approved":
            self.advance_button.setText(tr(CTX, "A&pprove the plan"))
        self.advance_button.setAccessibleName(self.advance_button.text().replace("&", ""))

    def selected_objective(self) -> Record | None:
        rows = self.objective_table.selectionModel().selectedRows()
        return self.objectives.row(rows[0].row()) if rows else None

    def _objective_chosen(self) -> None:
        objective = self.selected_objective()
        self.set_status_button.setEnabled(objective is not None)
        self.objective_status.setEnabled(objective is not None)
        if objective is not None:
            select_code(self.objective_status, objective.text("status") or "open")

    def selected_measure(self) -> Record | None:
        rows = self.measure_table.selectionModel().selectedRows()
        return self.measures.row(rows[0].row()) if rows else None

    def _chosen(self) -> None:
        """Offer the steps the selected measure may take next."""
        measure = self.selected_measure()
        current = (measure.text("status") or "planned") if measure else None
        allowed = MEASURE_STEPS.get(current or "", frozenset())
        self.target.clear()
        for code in codes.MEASURE_STATUS.codes:
            if code.value in allowed:
                self.target.addItem(tr("codes", code.label), code.value)
        self._check()

    def _delivering(self) -> bool:
        return self.target.currentData() in ("delivered", "partly_delivered")

    def _check(self) -> None:
        """Check what is typed by the service's own rules, as it is typed."""
        problems = [
            field_problem(r.PLAN, "budget_amount", self.budget.text()),
            field_problem(r.OBJECTIVE, "description", self.objective.text() or "-"),
            field_problem(r.MEASURE, "description", self.measure_text.text()),
            field_problem(r.MEASURE, "planned_amount", self.planned.text()),
            field_problem(r.MEASURE, "spent_amount", self.spent.text()),
        ]
        budget, objective, description, planned, spent = problems
        self.create_button.setEnabled(budget is None)
        self.add_objective_button.setEnabled(
            objective is None and bool(self.objective.text().strip()) and self.plan is not None
        )
        self.add_measure_button.setEnabled(description is None and planned is None)
        self.spent.setEnabled(self._delivering() or bool(self.spent.text()))
        self.move_button.setEnabled(self.target.count() > 0 and spent is None)
        shown = [p for p in problems if p]
        self.problem.setText("\n".join(shown))
        self.problem.setVisible(bool(shown))
        self.dirty_changed.emit(self.is_dirty())

    def _failed(self, error: UserFacingError) -> None:
        self.error.setText(error_text(error))
        self.error.show()
        self._check()

    def _written(self, *cleared: QLineEdit) -> Callable[[Any], None]:
        def done(_result: Any) -> None:
            for edit in cleared:
                edit.clear()
            self.error.hide()
            self.saved.emit()
            self.load()

        return done

    # --- writing ---------------------------------------------------------------------------

    def _submit(self, work: Callable[[], Any], *cleared: QLineEdit) -> None:
        self.error.hide()
        self.runner.run_db(work, self._written(*cleared), self._failed, owner=self)

    def create_plan(self) -> None:
        store, case_id = self.store, self.case_id
        values: dict[str, Any] = {}
        if self.budget.text().strip():
            values = {
                "budget_amount": self.budget.text(),
                "currency": self.plan_currency.currentData(),
            }
        self._submit(lambda: assistance_service.create_plan(store, case_id, values), self.budget)

    def advance_plan(self) -> None:
        store, case_id = self.store, self.case_id
        self._submit(lambda: assistance_service.advance_plan(store, case_id))

    def add_objective(self) -> None:
        store, case_id = self.store, self.case_id
        values = {"dimension": self.dimension.currentData(), "description": self.objective.text()}
        self._submit(
            lambda: assistance_service.add_objective(store, case_id, values), self.objective
        )

    def set_objective_status(self) -> None:
        objective = self.selected_objective()
        if objective is None:
            return
        store, status = self.store, self.objective_status.currentData()
        self._submit(lambda: records.update(store, "objective", objective.id, {"status": status}))

    def add_measure(self) -> None:
        store, case_id = self.store, self.case_id
        values: dict[str, Any] = {
            "phase": self.phase.currentData(),
            "category": self.category.currentData(),
            "description": self.measure_text.text(),
        }
        if self.planned.text().strip():
            values["planned_amount"] = self.planned.text()
            values["currency"] = self.currency.currentData()
        self._submit(
            lambda: assistance_service.add_measure(store, case_id, values),
            self.measure_text,
            self.planned,
        )

    def move_measure(self) -> None:
        measure, target = self.selected_measure(), self.target.currentData()
        if measure is None or target is None:
            return
        store = self.store
        changes: dict[str, Any] = {}
        if self.spent.text().strip():
            changes["spent_amount"] = self.spent.text()
        self._submit(
            lambda: assistance_service.move_measure(store, measure.id, str(target), changes),
            self.spent,
        )
