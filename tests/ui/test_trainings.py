"""Trainings: sessions, participants, and the totals by organisation type and sex."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from care_desktop.services import records, vault_service
from care_desktop.services.vault_service import Store
from care_desktop.ui.task_runner import TaskRunner
from care_desktop.ui.trainings_screen import TrainingsScreen
from tests.conftest import PASSPHRASE


@pytest.fixture
def store(existing_db: Path) -> Iterator[Store]:
    opened = vault_service.unlock_with_passphrase(existing_db, PASSPHRASE)
    yield opened
    opened.close()


def _participant(store: Store, session_id: str, name: str, kind: str, sex: str, came: bool) -> None:
    records.create(
        store,
        "training_participant",
        {
            "session_id": session_id,
            "name": name,
            "organisation_type": kind,
            "sex": sex,
            "attended": came,
        },
    )


def test_sessions_participants_and_totals(
    qtbot: QtBot, store: Store, runner: TaskRunner, english: None, qtmodeltester: ModelTester
) -> None:
    older = records.create(store, "training_session", {"date": "2026-09-01", "audience": "ofii"})
    newer = records.create(
        store, "training_session", {"date": "2026-10-15", "audience": "gendarmerie"}
    )
    _participant(store, older.id, "Claire Martin", "ofii", "female", True)
    _participant(store, older.id, "Paul Durand", "ofii", "male", False)
    _participant(store, newer.id, "Anne Leroy", "gendarmerie", "female", True)

    screen = TrainingsScreen(store, runner)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        screen.show()
    qtmodeltester.check(screen.sessions)
    assert [screen.sessions.row(n).date for n in range(2)] == ["2026-10-15", "2026-09-01"]
    assert screen.sessions.data(screen.sessions.index(1, 2)) == "OFII"
    assert screen.sessions.data(screen.sessions.index(1, 3)) == "2"
    assert screen.sessions.data(screen.sessions.index(1, 4)) == "1"
    # totals count those who attended: one OFII officer and one gendarme, two women
    text = screen.totals.text()
    assert "2 sessions, 2 of 3 participants attended" in text
    assert "Gendarmerie 1" in text
    assert "OFII 1" in text
    assert "Female 2" in text

    screen.session_table.selectRow(1)
    qtbot.waitUntil(lambda: screen.participants.rowCount() == 2, timeout=10_000)
    qtmodeltester.check(screen.participants)
    assert screen.participants.data(screen.participants.index(0, 0)) == "Claire Martin"
    assert screen.participants.data(screen.participants.index(1, 4)) == "No"

    dialog = screen.add_participant()
    assert dialog is not None
    dialog.name.setText("Jean Petit")
    dialog.sex.setCurrentIndex(dialog.sex.findData("male"))
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: screen.participants.rowCount() == 3, timeout=10_000)
    assert "3 of 4 participants attended" in screen.totals.text()
    assert "Male 1" in screen.totals.text()


def test_a_participant_without_a_name_is_refused_with_the_reason(
    qtbot: QtBot, store: Store, runner: TaskRunner, english: None
) -> None:
    records.create(store, "training_session", {"date": "2026-09-01", "audience": "ofii"})
    screen = TrainingsScreen(store, runner)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        screen.show()
    screen.session_table.selectRow(0)
    dialog = screen.add_participant()
    assert dialog is not None
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dialog.error.isVisible() or not dialog.isVisible(), timeout=10_000)
    assert dialog.error.isVisible()
    assert "Name" in dialog.error.text()
    assert screen.sessions.row(0).participants == 0
