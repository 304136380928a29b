"""The visits tab: the case's schedule with overdue visits marked, recording a visit with its
findings, taking a sustainability survey and its scores per dimension, a refusal with its reason."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from care_desktop.services import (
    case_service,
    monitoring_service,
    records,
    rss_service,
    vault_service,
)
from care_desktop.services.vault_service import Store
from care_desktop.ui.case_file.rss_dialog import RssSurveyDialog
from care_desktop.ui.case_file.visits_tab import VisitsTab
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
    arrival = (date.today() - timedelta(days=75)).isoformat()  # month 1 overdue by now
    case_service.update_case(store, created.case.id, {"arrival_date": arrival})
    return created.case.id


def _tab(qtbot: QtBot, store: Store, runner: TaskRunner, case_id: str) -> VisitsTab:
    tab = VisitsTab(store, runner, case_id)
    qtbot.addWidget(tab)
    tab.show()
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.load()
    return tab


def test_the_schedule_shows_overdue_visits_and_recording_one_stores_its_findings(
    qtbot: QtBot,
    store: Store,
    runner: TaskRunner,
    case_id: str,
    english: None,
    qtmodeltester: ModelTester,
) -> None:
    tab = _tab(qtbot, store, runner, case_id)
    model = tab.visits
    qtmodeltester.check(model)
    assert [model.row(n).slot for n in range(model.rowCount())][:2] == ["month-1", "month-3"]
    assert [model.data(model.index(n, 0)) for n in range(2)] == ["Month 1", "Month 3"]
    assert model.data(model.index(0, 3)) == "Overdue"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(1, 3)) != "Overdue"
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is None
    assert tab.summary.text().startswith("0 of 5 visits done · 1 overdue")
    assert not tab.record_button.isEnabled()  # nothing selected

    tab.visit_table.selectRow(0)
    assert tab.record_button.isEnabled()
    dialog = tab.record_visit()
    assert dialog is not None
    dialog.mode.setCurrentIndex(dialog.mode.findData("home"))
    qtbot.keyClicks(dialog.findings["findings_social"], "Back with her family")
    qtbot.keyClicks(dialog.findings["findings_psychosocial"], "Sleeps better")
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        dialog.save_button.click()
    visit_id = model.row(0).visit_id
    stored = records.get(store, "visit", visit_id).values
    assert stored["status"] == "completed"
    assert stored["mode"] == "home"
    assert stored["findings_social"] == "Back with her family"
    assert stored["findings_psychosocial"] == "Sleeps better"
    assert model.data(model.index(0, 3)) == "Completed"
    assert model.data(model.index(0, 4)) == date.today().isoformat()
    assert tab.summary.text().startswith("1 of 5 visits done · 0 overdue")
    assert not tab.record_button.isEnabled()  # it stays selected, and is done


def test_a_survey_is_stored_and_scored_per_dimension(
    qtbot: QtBot,
    store: Store,
    runner: TaskRunner,
    case_id: str,
    english: None,
    qtmodeltester: ModelTester,
) -> None:
    tab = _tab(qtbot, store, runner, case_id)
    assert tab.surveys.rowCount() == 0
    tab.visit_table.selectRow(0)
    dialog = tab.take_survey()
    assert isinstance(dialog, RssSurveyDialog)
    assert not dialog.save_button.isEnabled()  # nothing answered
    income = dialog.answers["eco_income"]
    income.setCurrentIndex(income.findData("regular"))
    assert dialog.answered.text() == f"1 of {len(dialog.answers)} questions answered"
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        dialog.save_button.click()

    surveys = records.list_for_case(store, "rss_survey", case_id)
    assert len(surveys) == 1
    assert surveys[0].values["answers"] == {"eco_income": "regular"}
    assert surveys[0].values["visit_id"] == tab.visits.row(0).visit_id
    scored = rss_service.scores_for_case(store, case_id)[0]
    assert scored.scores.economic == 1.0
    qtmodeltester.check(tab.surveys)
    assert tab.surveys.rowCount() == 1
    assert tab.surveys.data(tab.surveys.index(0, 1)) == "1.00"  # economic
    assert tab.surveys.data(tab.surveys.index(0, 2)) == "—"  # social: nothing answered
    assert tab.surveys.data(tab.surveys.index(0, 6)) == "Provisional"


def test_recording_a_visit_recorded_meanwhile_is_refused_with_the_reason(
    qtbot: QtBot, store: Store, runner: TaskRunner, case_id: str, english: None
) -> None:
    tab = _tab(qtbot, store, runner, case_id)
    tab.visit_table.selectRow(0)
    dialog = tab.record_visit()
    assert dialog is not None
    monitoring_service.record_visit(store, tab.visits.row(0).visit_id, {}, missed=True)
    dialog.save_button.click()
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert "already been recorded (status: Missed)" in dialog.error.text()
    assert dialog.isVisible()
