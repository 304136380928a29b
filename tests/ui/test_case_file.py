"""The case file in the main window: opened from the case list, a refused workflow step says
why and changes nothing, a saved tab refreshes the header, and changes not saved are asked about
before leaving (Cancel keeps them, Discard drops them, Save writes them, then leaves)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from care_desktop.services import (
    assessment_service,
    case_service,
    consent_service,
    records,
    vault_service,
)
from care_desktop.services.settings_service import SettingsStore
from care_desktop.services.vault_service import Store
from care_desktop.ui.case_file.case_file_screen import CaseFileScreen
from care_desktop.ui.main_window import MainWindow
from care_desktop.ui.task_runner import TaskRunner
from tests.conftest import PASSPHRASE

WAIT = 10_000


@pytest.fixture
def store(existing_db: Path) -> Iterator[Store]:
    opened = vault_service.unlock_with_passphrase(existing_db, PASSPHRASE)
    yield opened
    opened.close()


@pytest.fixture
def case(store: Store) -> tuple[str, str]:
    created = case_service.create_case(
        store,
        {"gender": "Feminine", "country_of_return": "GIN", "date_of_birth": "1999-05-01"},
        {"given_name": "Mariama", "family_name": "Diallo"},
    )
    return created.case.id, created.case.text("case_code")


@pytest.fixture
def window(
    qtbot: QtBot,
    store: Store,
    runner: TaskRunner,
    settings: SettingsStore,
    english: None,
    case: tuple[str, str],  # made before the list first reads
) -> MainWindow:
    shown = MainWindow(store, vault_service.device_info(store), settings, runner)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def _open(qtbot: QtBot, window: MainWindow, case_id: str) -> CaseFileScreen:
    qtbot.waitUntil(lambda: window.cases.model.rowCount() > 0, timeout=WAIT)
    window.cases.select_row(0)
    assert window.cases.selected_case_id() == case_id
    window.cases.table.activated.emit(window.cases.table.currentIndex())  # Enter on the row
    case_file = window.case_file
    assert case_file is not None
    assert window.screens.currentWidget() is case_file
    qtbot.waitUntil(lambda: case_file.summary is not None, timeout=WAIT)
    return case_file


def _answer(qtbot: QtBot, case_file: CaseFileScreen, button: QMessageBox.StandardButton) -> None:
    box = case_file.question
    assert box is not None
    assert box.isVisible()
    box.button(button).click()
    qtbot.waitUntil(lambda: case_file.question is None, timeout=WAIT)


def test_a_refused_workflow_action_shows_why_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, store: Store, case: tuple[str, str]
) -> None:
    case_id, code = case
    case_file = _open(qtbot, window, case_id)
    assert code in case_file.code.text()
    assert case_file.status.text() == "Identified"
    assert case_file.advance_button.text() == "&Move to Assessed"
    assert "a pre-departure assessment" in case_file.advance_button.toolTip()
    case_file.advance_button.click()
    qtbot.waitUntil(case_file.workflow_error.isVisible, timeout=WAIT)
    reason = case_file.workflow_error.text()
    assert "cannot move to Assessed yet" in reason
    assert "consent to receive assistance" in reason
    assert "a pre-departure assessment" in reason
    assert case_service.get_case(store, case_id).get("status") == "identified"
    assert case_file.status.text() == "Identified"

    consent_service.give(store, case_id, {"scope": "services"})
    assessment_service.add_assessment(store, case_id, {"kind": "pre_departure"})
    with qtbot.waitSignal(case_file.header_loaded, timeout=WAIT):
        case_file.reload()
    with qtbot.waitSignal(case_file.header_loaded, timeout=WAIT):
        case_file.advance_button.click()
    assert case_service.get_case(store, case_id).get("status") == "assessed"
    assert case_file.status.text() == "Assessed"
    assert not case_file.workflow_error.isVisible()


def test_closing_needs_a_reason_and_a_closed_case_reopens(
    qtbot: QtBot, window: MainWindow, store: Store, case: tuple[str, str]
) -> None:
    case_id, _ = case
    case_file = _open(qtbot, window, case_id)
    case_file.close_button.click()
    assert case_file.closure_reason.isVisible()
    case_file.confirm_close.click()
    qtbot.waitUntil(case_file.workflow_error.isVisible, timeout=WAIT)
    assert "reason for closing" in case_file.workflow_error.text()
    assert case_service.get_case(store, case_id).get("status") == "identified"
    case_file.closure_reason.setCurrentIndex(case_file.closure_reason.findData("lost_contact"))
    with qtbot.waitSignal(case_file.header_loaded, timeout=WAIT):
        case_file.confirm_close.click()
    assert case_service.get_case(store, case_id).get("status") == "closed"
    assert case_file.reopen_button.isVisible()
    assert not case_file.advance_button.isVisible()
    case_file.reopen_button.click()
    case_file.reopen_reason.setText("She called back.")
    with qtbot.waitSignal(case_file.header_loaded, timeout=WAIT):
        case_file.confirm_reopen.click()
    assert case_service.get_case(store, case_id).get("status") == "identified"


def test_a_saved_tab_refreshes_the_header(
    qtbot: QtBot, window: MainWindow, store: Store, case: tuple[str, str]
) -> None:
    case_id, _ = case
    case_file = _open(qtbot, window, case_id)
    assert "No consent in force." in case_file.warnings.text()
    tab = case_file.consent_tab
    with qtbot.waitSignal(tab.section.loaded, timeout=WAIT):
        case_file.tabs.setCurrentWidget(tab)
    scope = tab.section.form.editor("scope")
    assert isinstance(scope, QComboBox)
    scope.setCurrentIndex(scope.findData("services"))
    with qtbot.waitSignal(case_file.header_loaded, timeout=WAIT):
        tab.section.form.save_button.click()
    assert "No consent in force." not in case_file.warnings.text()
    assert consent_service.has_active(store, case_id, "services")


def _type_note(qtbot: QtBot, case_file: CaseFileScreen, text: str) -> QPlainTextEdit:
    tab = case_file.notes_tab
    if case_file.tabs.currentWidget() is not tab:
        with qtbot.waitSignal(tab.section.loaded, timeout=WAIT):
            case_file.tabs.setCurrentWidget(tab)
    editor = tab.section.form.editor("text")
    assert isinstance(editor, QPlainTextEdit)
    editor.setPlainText(text)
    return editor


def test_unsaved_changes_are_asked_about_before_leaving(
    qtbot: QtBot, window: MainWindow, store: Store, case: tuple[str, str]
) -> None:
    case_id, _ = case
    case_file = _open(qtbot, window, case_id)
    editor = _type_note(qtbot, case_file, "Draft of a note")
    assert case_file.has_unsaved()
    assert case_file.unsaved.isVisible()
    assert case_file.tabs.tabText(case_file.tabs.indexOf(case_file.notes_tab)) == "Notes *"

    # another screen: asked first; Cancel keeps the case and what was typed
    window.navigation.setCurrentRow(1)
    assert window.screens.currentWidget() is case_file
    assert window.navigation.currentRow() == 0
    _answer(qtbot, case_file, QMessageBox.StandardButton.Cancel)
    assert window.screens.currentWidget() is case_file
    assert editor.toPlainText() == "Draft of a note"

    # Back to cases: Discard drops the note and leaves
    case_file.back_button.click()
    _answer(qtbot, case_file, QMessageBox.StandardButton.Discard)
    assert window.case_file is None
    assert window.screens.currentWidget() is window.cases
    assert records.list_for_case(store, "note", case_id) == []

    # again, and Save: the note is written, then the agenda is shown
    case_file = _open(qtbot, window, case_id)
    _type_note(qtbot, case_file, "Kept note")
    window.navigation.setCurrentRow(1)
    _answer(qtbot, case_file, QMessageBox.StandardButton.Save)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.agenda, timeout=WAIT)
    assert window.navigation.currentRow() == 1
    assert [n.get("text") for n in records.list_for_case(store, "note", case_id)] == ["Kept note"]


def test_an_invalid_form_is_not_left_behind_by_save(
    qtbot: QtBot, window: MainWindow, store: Store, case: tuple[str, str]
) -> None:
    case_id, _ = case
    case_file = _open(qtbot, window, case_id)
    _type_note(qtbot, case_file, "A note")
    written = case_file.notes_tab.section.form.editor("written_on")
    written.setText("yesterday")  # type: ignore[attr-defined]
    case_file.tabs.setCurrentWidget(case_file.summary_tab)
    case_file.back_button.click()
    _answer(qtbot, case_file, QMessageBox.StandardButton.Save)
    assert window.case_file is case_file
    assert case_file.tabs.currentWidget() is case_file.notes_tab
    assert "YYYY-MM-DD" in case_file.notes_tab.section.form.field_error("written_on")
    assert records.list_for_case(store, "note", case_id) == []


def test_without_changes_leaving_does_not_ask(
    qtbot: QtBot, window: MainWindow, case: tuple[str, str]
) -> None:
    case_id, _ = case
    case_file = _open(qtbot, window, case_id)
    qtbot.keyClick(case_file, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert case_file.question is None
    assert window.case_file is None
    assert window.screens.currentWidget() is window.cases


def test_quitting_with_changes_not_saved_asks_first(
    qtbot: QtBot, window: MainWindow, store: Store, case: tuple[str, str]
) -> None:
    case_id, _ = case
    case_file = _open(qtbot, window, case_id)
    _type_note(qtbot, case_file, "Written just before closing")
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # to look at it afterwards
    window.close()  # the window's close button, or File > Quit
    assert window.isVisible()  # not yet: asked first
    _answer(qtbot, case_file, QMessageBox.StandardButton.Save)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT)
    notes = records.list_for_case(store, "note", case_id)
    assert [n.get("text") for n in notes] == ["Written just before closing"]
