"""The plan tab: creating and advancing the plan, objectives, measures moved step by step, the
totals planned and spent, and a refused step shown with its reason."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from care_desktop.services import case_service, records, vault_service
from care_desktop.services.vault_service import Store
from care_desktop.ui.case_file.plan_tab import PlanTab
from care_desktop.ui.task_runner import TaskRunner
from tests.conftest import PASSPHRASE


@pytest.fixture
def store(existing_db: Path) -> Iterator[Store]:
    opened = vault_service.unlock_with_passphrase(existing_db, PASSPHRASE)
    yield opened
    opened.close()


@pytest.fixture
def case_id(store: Store) -> str:
    created = case_service.create_case(
        store, {"gender": "Masculine", "country_of_return": "GIN"}, {"given_name": "Alpha"}
    )
    return created.case.id


def _click(qtbot: QtBot, tab: PlanTab, button: object) -> None:
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        button.click()  # type: ignore[attr-defined]


def test_plan_objective_and_a_measure_through_its_steps(
    qtbot: QtBot,
    store: Store,
    runner: TaskRunner,
    case_id: str,
    english: None,
    qtmodeltester: ModelTester,
) -> None:
    tab = PlanTab(store, runner, case_id)
    qtbot.addWidget(tab)
    tab.show()
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.load()
    assert tab.plan_status.text() == "No reintegration plan yet."
    assert not tab.add_objective_button.isEnabled()

    qtbot.keyClicks(tab.budget, "12x")
    assert not tab.create_button.isEnabled()  # checked as typed
    assert tab.problem.isVisible()
    assert tab.is_dirty()
    tab.budget.clear()
    qtbot.keyClicks(tab.budget, "2000")
    tab.plan_currency.setCurrentIndex(tab.plan_currency.findData("EUR"))
    assert tab.create_button.isEnabled()
    _click(qtbot, tab, tab.create_button)
    assert tab.plan_status.text() == "Status: Draft · budget 2\u202f000.00 EUR"
    assert not tab.is_dirty()

    tab.dimension.setCurrentIndex(tab.dimension.findData("economic"))
    qtbot.keyClicks(tab.objective, "A stable income from the shop")
    _click(qtbot, tab, tab.add_objective_button)
    assert tab.objectives.rowCount() == 1
    qtmodeltester.check(tab.objectives)
    tab.objective_table.selectRow(0)
    tab.objective_status.setCurrentIndex(tab.objective_status.findData("partly_achieved"))
    _click(qtbot, tab, tab.set_status_button)
    [objective] = records.list_for_case(store, "objective", case_id)
    assert objective.values["status"] == "partly_achieved"
    assert objective.values["dimension"] == "economic"
    assert tab.objectives.data(tab.objectives.index(0, 2)) == "Partly achieved"

    tab.category.setCurrentIndex(tab.category.findData("business_startup"))
    qtbot.keyClicks(tab.measure_text, "Stock for the shop")
    qtbot.keyClicks(tab.planned, "1500")
    tab.currency.setCurrentIndex(tab.currency.findData("EUR"))
    _click(qtbot, tab, tab.add_measure_button)
    assert tab.measures.rowCount() == 1
    qtmodeltester.check(tab.measures)
    assert tab.totals.text() == "Planned 1\u202f500.00 EUR, spent 0.00 EUR"

    # approving a reintegration measure before the plan is agreed: refused, with the reason
    tab.measure_table.selectRow(0)
    tab.target.setCurrentIndex(tab.target.findData("approved"))
    tab.move_button.click()
    qtbot.waitUntil(tab.error.isVisible, timeout=10_000)
    assert "only be approved once the reintegration plan is agreed" in tab.error.text()
    measure_id = tab.measures.row(0).id
    assert records.get(store, "measure", measure_id).values["status"] == "planned"

    _click(qtbot, tab, tab.advance_button)  # agreed with the person
    assert tab.plan_status.text().startswith("Status: Agreed")
    assert not tab.error.isVisible()
    tab.target.setCurrentIndex(tab.target.findData("approved"))
    _click(qtbot, tab, tab.move_button)
    assert tab.measures.data(tab.measures.index(0, 3)) == "Approved"

    tab.target.setCurrentIndex(tab.target.findData("delivered"))
    assert tab.spent.isEnabled()
    qtbot.keyClicks(tab.spent, "1200.50")
    _click(qtbot, tab, tab.move_button)
    stored = records.get(store, "measure", measure_id).values
    assert stored["status"] == "delivered"
    assert stored["planned_amount"] == 150_000
    assert stored["spent_amount"] == 120_050
    assert tab.totals.text() == "Planned 1\u202f500.00 EUR, spent 1\u202f200.50 EUR"
    assert tab.target.count() == 0  # delivered is final
    assert not tab.move_button.isEnabled()

    plan = records.list_for_case(store, "plan", case_id)[0].values
    assert plan["status"] == "agreed"
    assert plan["budget_amount"] == 200_000


def test_save_adds_what_is_typed_and_refuses_what_cannot_be_saved(
    qtbot: QtBot, store: Store, runner: TaskRunner, case_id: str, english: None
) -> None:
    tab = PlanTab(store, runner, case_id)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.load()
    qtbot.keyClicks(tab.objective, "Back to school")
    assert tab.is_dirty()
    assert not tab.save()  # no plan yet: the objective cannot be added
    assert tab.objective.text() == "Back to school"
    tab.discard()
    assert not tab.is_dirty()

    qtbot.keyClicks(tab.measure_text, "Airport pick-up")
    tab.phase.setCurrentIndex(tab.phase.findData("arrival"))
    with qtbot.waitSignal(tab.saved, timeout=10_000):
        assert tab.save()
    assert not tab.is_dirty()
    [measure] = records.list_for_case(store, "measure", case_id)
    assert measure.values["description"] == "Airport pick-up"
    assert measure.values["phase"] == "arrival"
