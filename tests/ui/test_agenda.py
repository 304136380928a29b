"""The monitoring agenda: what is overdue and due, and recording a visit from it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from care_desktop.services import case_service, records, vault_service
from care_desktop.services.vault_service import Store
from care_desktop.ui.agenda_screen import AgendaScreen, week_of
from care_desktop.ui.task_runner import TaskRunner
from tests.conftest import PASSPHRASE


@pytest.fixture
def store(existing_db: Path) -> Iterator[Store]:
    opened = vault_service.unlock_with_passphrase(existing_db, PASSPHRASE)
    yield opened
    opened.close()


def _returned_case(store: Store, days_ago: int) -> str:
    created = case_service.create_case(
        store, {"gender": "Feminine", "country_of_return": "GIN"}, {"given_name": "Mariama"}
    )
    arrival = (date.today() - timedelta(days=days_ago)).isoformat()
    case_service.update_case(store, created.case.id, {"arrival_date": arrival})
    return str(created.case.values["case_code"])


def test_the_agenda_shows_what_is_due_and_recording_a_visit_takes_it_off(
    qtbot: QtBot, store: Store, runner: TaskRunner, english: None, qtmodeltester: ModelTester
) -> None:
    code = _returned_case(store, days_ago=75)  # the 1-month visit is overdue by now
    screen = AgendaScreen(store, runner)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        screen.show()
    model = screen.model
    qtmodeltester.check(model)
    assert model.rowCount() >= 1
    first = model.row(0)
    assert first.case_code == code
    assert first.state == "overdue"
    assert model.data(model.index(0, 0)) == week_of(first.due_date)
    assert model.data(model.index(0, 5)) == "Overdue"
    assert screen.summary.text().startswith("1 overdue")
    before = model.rowCount()

    screen.table.selectRow(0)
    dialog = screen.record_selected()
    assert dialog is not None
    dialog.findings["findings_economic"].setPlainText("The shop opened in March.")
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        dialog.save_button.click()
    assert model.rowCount() == before - 1
    assert all(model.row(row).visit_id != first.visit_id for row in range(model.rowCount()))
    visit = records.get(store, "visit", first.visit_id)
    assert visit.values["status"] == "completed"
    assert visit.values["findings_economic"] == "The shop opened in March."
    assert visit.values["visited_on"] == date.today().isoformat()


def test_the_horizon_widens_the_agenda(
    qtbot: QtBot, store: Store, runner: TaskRunner, english: None
) -> None:
    _returned_case(store, days_ago=1)  # nothing overdue; the first visit comes in weeks
    screen = AgendaScreen(store, runner)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        screen.show()
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        screen.horizon.setCurrentIndex(0)  # next week only
    near = screen.model.rowCount()
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        screen.horizon.setCurrentIndex(len(AgendaScreen.HORIZONS) - 1)  # a quarter ahead
    assert screen.model.rowCount() > near
    assert "0 overdue" in screen.summary.text()
