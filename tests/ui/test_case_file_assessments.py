"""The assessments tab: adding an assessment and risks, rating them in the matrix editor, and
what the database holds afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from care_desktop.services import assessment_service, case_service, records, vault_service
from care_desktop.services.vault_service import Store
from care_desktop.ui.case_file.assessments_tab import AssessmentsTab
from care_desktop.ui.case_file.risk_models import RiskMatrixModel
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
        store, {"gender": "Feminine", "country_of_return": "GIN"}, {"given_name": "Mariama"}
    )
    return created.case.id


def _tab(qtbot: QtBot, store: Store, runner: TaskRunner, case_id: str) -> AssessmentsTab:
    tab = AssessmentsTab(store, runner, case_id)
    qtbot.addWidget(tab)
    tab.show()
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.load()
    return tab


def test_an_assessment_and_its_risks_are_added_and_rated_through_the_matrix(
    qtbot: QtBot,
    store: Store,
    runner: TaskRunner,
    case_id: str,
    english: None,
    qtmodeltester: ModelTester,
) -> None:
    tab = _tab(qtbot, store, runner, case_id)
    assert tab.overall.text() == "Overall risk of the case: Not rated"
    assert not tab.editor.isEnabled()  # no assessment yet

    tab.kind.setCurrentIndex(tab.kind.findData("post_arrival"))
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.add_assessment_button.click()
    assert tab.assessments.rowCount() == 1
    assert tab.editor.isEnabled()
    assert not tab.add_risk_button.isEnabled()  # nothing described yet

    qtbot.keyClicks(tab.description, "Debt to the recruiter")
    assert tab.is_dirty()
    tab.likelihood.setValue(4)
    tab.severity.setValue(2)
    assert tab.new_level.text() == "Medium"
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.add_risk_button.click()
    assert not tab.is_dirty()
    assert tab.risk_model.rowCount() == 1
    assert tab.risk_model.data(tab.risk_model.index(0, 3)) == "Medium"
    assert tab.overall.text() == "Overall risk of the case: Medium"
    assert tab.matrix.risks_at(4, 2) == [1]
    row_of_likely = 5 - 4  # almost certain is on top
    assert tab.matrix.data(tab.matrix.index(row_of_likely, 1)) == "#1"
    qtmodeltester.check(tab.risk_model)
    qtmodeltester.check(tab.matrix)
    qtmodeltester.check(tab.assessments)

    # severity 2 → 5 through the spin box editor of the table: high, not saved yet
    index = tab.risk_model.index(0, 2)
    tab.risk_table.setCurrentIndex(index)
    tab.risk_table.edit(index)
    editor = tab.risk_table.indexWidget(index)
    assert isinstance(editor, QSpinBox)
    editor.setValue(5)
    with qtbot.waitSignal(tab.dirty_changed, timeout=2_000):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert tab.is_dirty()
    assert tab.risk_model.data(tab.risk_model.index(0, 3)) == "High"
    assert tab.matrix.risks_at(4, 5) == [1]
    assert tab.matrix.risks_at(4, 2) == []
    risk_id = tab.risk_model.risk(0).id
    assert records.get(store, "risk_item", risk_id).values["severity"] == 2  # not yet

    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.save_button.click()
    assert not tab.is_dirty()
    stored = records.get(store, "risk_item", risk_id).values
    assert (stored["likelihood"], stored["severity"], stored["level"]) == (4, 5, "high")
    assert case_service.get_case(store, case_id).values["risk_level"] == "high"
    assert tab.overall.text() == "Overall risk of the case: High"


def test_undo_drops_a_changed_rating(
    qtbot: QtBot, store: Store, runner: TaskRunner, case_id: str, english: None
) -> None:
    assessment = assessment_service.add_assessment(store, case_id, {"kind": "follow_up"})
    assessment_service.add_risk(
        store, assessment.id, {"description": "Stigma", "likelihood": 2, "severity": 2}
    )
    tab = _tab(qtbot, store, runner, case_id)
    assert tab.risk_model.setData(tab.risk_model.index(0, 1), 5)
    assert tab.is_dirty()
    assert tab.save_button.isEnabled()
    tab.discard_button.click()
    assert not tab.is_dirty()
    assert tab.risk_model.data(tab.risk_model.index(0, 1)) == "2 · Unlikely"
    assert not tab.risk_model.setData(tab.risk_model.index(0, 1), 6)  # off the scale


def test_a_refused_save_shows_its_reason_and_keeps_the_edit(
    qtbot: QtBot, store: Store, runner: TaskRunner, case_id: str, english: None
) -> None:
    assessment = assessment_service.add_assessment(store, case_id, {"kind": "follow_up"})
    risk = assessment_service.add_risk(
        store, assessment.id, {"description": "Stigma", "likelihood": 2, "severity": 2}
    )
    tab = _tab(qtbot, store, runner, case_id)
    records.delete(store, "risk_item", risk.id)  # removed meanwhile (say, by a sync)
    tab.risk_model.setData(tab.risk_model.index(0, 1), 3)
    tab.save_button.click()
    qtbot.waitUntil(tab.error.isVisible, timeout=10_000)
    assert "No record of the kind “Risk”" in tab.error.text()
    assert tab.is_dirty()


def test_the_matrix_grid_is_coloured_by_level(qapp: object, english: None) -> None:
    model = RiskMatrixModel()
    top_right = model.data(model.index(0, 4), Qt.ItemDataRole.BackgroundRole)
    bottom_left = model.data(model.index(4, 0), Qt.ItemDataRole.BackgroundRole)
    assert top_right.color().name() == "#f4b4b4"  # almost certain × severe: high
    assert bottom_left.color().name() == "#c8e6c9"  # rare × negligible: low
    assert model.headerData(0, Qt.Orientation.Vertical) == "Almost certain"


def test_save_writes_pending_ratings_and_a_described_risk(
    qtbot: QtBot, store: Store, runner: TaskRunner, case_id: str, english: None
) -> None:
    assessment = assessment_service.add_assessment(store, case_id, {"kind": "follow_up"})
    risk = assessment_service.add_risk(
        store, assessment.id, {"description": "Stigma", "likelihood": 2, "severity": 2}
    )
    tab = _tab(qtbot, store, runner, case_id)
    assert not tab.save()  # nothing to save
    tab.risk_model.setData(tab.risk_model.index(0, 1), 4)
    qtbot.keyClicks(tab.description, "Debt")
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        assert tab.save()
    qtbot.waitUntil(lambda: tab.risk_model.rowCount() == 2, timeout=10_000)
    assert not tab.is_dirty()
    assert records.get(store, "risk_item", risk.id).values["likelihood"] == 4
    assert sorted(
        x.values["description"] for x in records.list_for_case(store, "risk_item", case_id)
    ) == ["Debt", "Stigma"]
