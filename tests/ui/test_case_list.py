"""The case list screen on real databases: the model under Qt's model tester, search, filters,
sorting, paging, a new case and the duplicate warning."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from care_desktop.services import case_service, demo_service, vault_service
from care_desktop.services.case_list_service import CaseFilter
from care_desktop.services.vault_service import SetupRequest, Store
from care_desktop.ui.case_list_screen import CaseListScreen
from care_desktop.ui.case_table_model import CASE_ID_ROLE, CaseTableModel
from care_desktop.ui.task_runner import TaskRunner
from tests.conftest import PASSPHRASE

D = date(2026, 3, 1)
WAIT_MS = 10_000


def _new_store(folder: Path) -> Store:
    store, _ = vault_service.create_database(
        SetupRequest(folder / "care.db", "coordinator", "IOM France", (), PASSPHRASE, "Coord")
    )
    return store


def _add_people(store: Store) -> dict[str, str]:
    """Three known cases; name → case code."""
    people = [
        ("ngozi", "Feminine", "NGA", "1999-05-01", "Ngozi", "Eze", "Benin City"),
        ("amina", "Feminine", "NGA", "2012-01-10", "Amina", "Bello", None),
        ("kwame", "Masculine", "GHA", "1988-11-30", "Kwame", "Mensah", None),
    ]
    codes = {}
    for name, gender, country, born, given, family, place in people:
        values = {"gender": gender, "country_of_return": country, "date_of_birth": born}
        if place:
            values["place_of_return"] = place
        identity = {"given_name": given, "family_name": family}
        created = case_service.create_case(store, values, identity, today=D)
        codes[name] = created.case.text("case_code")
    return codes


@pytest.fixture(scope="module")
def people(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, dict[str, str]]]:
    """A database of three known cases, shared by the tests that only read."""
    store = _new_store(tmp_path_factory.mktemp("people"))
    codes = _add_people(store)
    yield store, codes
    store.close()


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """250 demo cases: a page and a bit."""
    store = _new_store(tmp_path_factory.mktemp("demo"))
    demo_service.generate_demo(store, 250)
    yield store
    store.close()


@pytest.fixture
def own_store(tmp_path: Path) -> Iterator[Store]:
    """A database of three known cases for a test that writes."""
    store = _new_store(tmp_path)
    _add_people(store)
    yield store
    store.close()


def _codes(model: CaseTableModel) -> list[str]:
    return [row.case_code for row in model.rows]


def _screen(qtbot: QtBot, store: Store, runner: TaskRunner, **options: object) -> CaseListScreen:
    screen = CaseListScreen(store, runner, today=D, **options)  # type: ignore[arg-type]
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.model.reloaded, timeout=WAIT_MS):
        screen.show()  # nothing is read before the screen is shown
    return screen


def _wait_rows(qtbot: QtBot, screen: CaseListScreen, expected: set[str]) -> None:
    qtbot.waitUntil(lambda: set(_codes(screen.model)) == expected, timeout=WAIT_MS)


# --- the model --------------------------------------------------------------------------------


@pytest.mark.qt_log_level_fail("WARNING")
def test_the_model_passes_the_model_tester_and_fetches_the_next_page(
    qtbot: QtBot, qtmodeltester: ModelTester, demo_store: Store, runner: TaskRunner, english: None
) -> None:
    model = CaseTableModel(demo_store, runner, today=D)
    assert model.rowCount() == 0
    assert not model.canFetchMore(QModelIndex())  # nothing is read until asked
    with qtbot.waitSignal(model.reloaded, timeout=WAIT_MS):
        model.refresh()
    assert model.rowCount() == 200
    assert model.total == 250
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)  # Qt's own tester, which reports through warnings
    # the testers asked for more rows: they arrive in the background and are checked too
    qtbot.waitUntil(lambda: model.rowCount() == 250, timeout=WAIT_MS)
    assert not model.canFetchMore(QModelIndex())
    again = CaseTableModel(demo_store, runner, today=D)
    with qtbot.waitSignal(again.reloaded, timeout=WAIT_MS):
        again.refresh()
    assert again.canFetchMore(QModelIndex())
    with qtbot.waitSignal(again.rowsInserted, timeout=WAIT_MS) as inserted:
        again.fetchMore(QModelIndex())
    assert inserted.args[1:] == [200, 249]
    assert _codes(again) == _codes(model)
    assert len(set(_codes(model))) == 250
    assert _codes(model) == sorted(_codes(model))
    labels = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert labels == [
        "Case code", "Status", "Country of return", "Gender", "Minor", "Risk level", "Arrival date"
    ]  # fmt: skip


def test_the_model_shows_labels_not_codes(
    qtbot: QtBot, people: tuple[Store, dict[str, str]], runner: TaskRunner, english: None
) -> None:
    store, codes = people
    model = CaseTableModel(store, runner, today=D)
    with qtbot.waitSignal(model.reloaded, timeout=WAIT_MS):
        model.set_filter(CaseFilter(search="Mensah"))
    shown = [model.index(0, column).data() for column in range(model.columnCount())]
    assert shown == [codes["kwame"], "Identified", "Ghana", "Masculine", "No", "", ""]
    assert model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == "GHA"
    assert model.index(0, 0).data(CASE_ID_ROLE) == case_service.get_case(store, codes["kwame"]).id


def test_only_the_latest_search_is_shown(
    qtbot: QtBot, people: tuple[Store, dict[str, str]], runner: TaskRunner, english: None
) -> None:
    store, codes = people
    model = CaseTableModel(store, runner, today=D)
    reloads: list[list[str]] = []
    model.reloaded.connect(lambda: reloads.append(_codes(model)))
    for text in ("N", "Ng", "Ngo", "Ngoz", "xyz", "Kwame"):  # faster than the database answers
        model.set_filter(CaseFilter(search=text))
    qtbot.waitUntil(lambda: bool(reloads), timeout=WAIT_MS)
    runner.wait()
    qtbot.wait(50)
    assert reloads == [[codes["kwame"]]]  # older searches were never shown (most never ran)


# --- the screen -------------------------------------------------------------------------------


def test_typing_in_the_search_box_filters_the_list(
    qtbot: QtBot, people: tuple[Store, dict[str, str]], runner: TaskRunner, english: None
) -> None:
    store, codes = people
    screen = _screen(qtbot, store, runner)
    assert set(_codes(screen.model)) == set(codes.values())
    assert screen.count_label.text() == "3 cases"
    qtbot.keyClicks(screen.search, "benin")
    _wait_rows(qtbot, screen, {codes["ngozi"]})
    assert screen.count_label.text() == "1 case"
    screen.search.clear()
    qtbot.keyClicks(screen.search, "nobody by that name")
    _wait_rows(qtbot, screen, set())
    assert screen.count_label.text() == "No case matches"
    screen.search.clear()
    _wait_rows(qtbot, screen, set(codes.values()))


def test_filters_narrow_the_list(
    qtbot: QtBot, people: tuple[Store, dict[str, str]], runner: TaskRunner, english: None
) -> None:
    store, codes = people
    screen = _screen(qtbot, store, runner)
    qtbot.waitUntil(lambda: screen.country.count() == 3, timeout=WAIT_MS)  # All, Ghana, Nigeria
    assert [screen.country.itemText(i) for i in range(3)] == ["All countries", "Ghana", "Nigeria"]
    assert not screen.office.isVisible()  # no offices to choose between
    screen.country.setCurrentIndex(screen.country.findData("NGA"))
    _wait_rows(qtbot, screen, {codes["ngozi"], codes["amina"]})
    screen.minors.setChecked(True)
    _wait_rows(qtbot, screen, {codes["amina"]})
    screen.status.setCurrentIndex(screen.status.findData("closed"))
    _wait_rows(qtbot, screen, set())
    screen.status.setCurrentIndex(0)
    screen.minors.setChecked(False)
    screen.country.setCurrentIndex(0)
    _wait_rows(qtbot, screen, set(codes.values()))


def test_sorting_by_a_column_queries_again(
    qtbot: QtBot, people: tuple[Store, dict[str, str]], runner: TaskRunner, english: None
) -> None:
    store, codes = people
    screen = _screen(qtbot, store, runner)
    assert _codes(screen.model) == sorted(codes.values())
    with qtbot.waitSignal(screen.model.reloaded, timeout=WAIT_MS):
        screen.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # country of return
    assert screen.model.order.column == "country_of_return"
    assert _codes(screen.model)[-1] == codes["kwame"]  # GHA last when descending
    with qtbot.waitSignal(screen.model.reloaded, timeout=WAIT_MS):
        screen.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert _codes(screen.model)[0] == codes["kwame"]


def test_scrolling_down_fetches_the_next_page(
    qtbot: QtBot, demo_store: Store, runner: TaskRunner, english: None
) -> None:
    screen = _screen(qtbot, demo_store, runner, page_size=50)
    assert screen.model.rowCount() == 50
    assert screen.count_label.text() == "250 cases"
    qtbot.waitUntil(screen.office.isVisible, timeout=WAIT_MS)  # the demo has offices
    assert screen.office.count() > 2
    screen.table.setFocus()
    screen.select_row(0)
    qtbot.keyClick(screen.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.model.rowCount() >= 100, timeout=WAIT_MS)


def test_keyboard_shortcuts_reach_search_and_new_case(
    qtbot: QtBot, people: tuple[Store, dict[str, str]], runner: TaskRunner, english: None
) -> None:
    store, _ = people
    screen = _screen(qtbot, store, runner)
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow, timeout=WAIT_MS)
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert screen.search.hasFocus()
    qtbot.keyClick(screen.search, Qt.Key.Key_Down)  # down from the search goes to the results
    assert screen.table.hasFocus()
    assert screen.selected_case_id() == screen.model.rows[0].id
    qtbot.keyClick(screen.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert screen.dialog is not None
    assert screen.dialog.isVisible()
    screen.dialog.reject()
    unnamed = [
        widget
        for widget in [screen, *screen.findChildren(QWidget)]
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and widget.isVisible()
        and not widget.accessibleName()
        and widget.parent() is not screen.table  # the view's own viewport and scroll bars
        and widget not in (screen.table.viewport(), screen.table.horizontalHeader())
    ]
    assert unnamed == []


def test_a_new_case_through_the_dialog_appears_selected_in_the_list(
    qtbot: QtBot, own_store: Store, runner: TaskRunner, english: None
) -> None:
    screen = _screen(qtbot, own_store, runner, countries=("SEN",))
    dialog = screen.new_case()
    assert not dialog.save_button.isEnabled()  # a gender is still missing
    assert dialog.country.currentData() == "SEN"  # the mission's countries come first
    qtbot.keyClicks(dialog.given, "Awa")
    qtbot.keyClicks(dialog.family, "Ndiaye")
    qtbot.keyClicks(dialog.birth, "1997-13-45")
    assert "YYYY-MM-DD" in dialog.hint.text()
    dialog.birth.clear()
    qtbot.keyClicks(dialog.birth, "1997-03-04")
    dialog.gender.setCurrentIndex(dialog.gender.findData("Feminine"))
    assert dialog.save_button.isEnabled()
    assert dialog.open_after.isChecked()  # by default the new case's file opens
    with (
        qtbot.waitSignal(screen.case_activated, timeout=WAIT_MS) as opened,
        qtbot.waitSignal(dialog.case_created, timeout=WAIT_MS) as created,
    ):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    case_id, code = created.args
    assert opened.args == [case_id]
    assert code.startswith("SEN-")
    qtbot.waitUntil(lambda: screen.selected_case_id() == case_id, timeout=WAIT_MS)
    assert code in _codes(screen.model)
    assert screen.count_label.text() == "4 cases"
    identity = case_service.get_identity(own_store, code)
    assert identity is not None
    assert identity.values["family_name"] == "Ndiaye"
    assert case_service.get_case(own_store, code).values["date_of_birth"] == "1997-03-04"


def test_a_new_case_outside_the_first_page_is_shown_under_its_code(
    qtbot: QtBot, own_store: Store, runner: TaskRunner, english: None
) -> None:
    screen = _screen(qtbot, own_store, runner, page_size=1)
    screen.minors.setChecked(True)  # a filter the new case does not pass
    qtbot.waitUntil(lambda: screen.model.total == 1, timeout=WAIT_MS)
    dialog = screen.new_case()
    dialog.gender.setCurrentIndex(dialog.gender.findData("Masculine"))
    dialog.country.setCurrentIndex(dialog.country.findData("SEN"))
    dialog.open_after.setChecked(False)
    with (
        qtbot.assertNotEmitted(screen.case_activated, wait=100),
        qtbot.waitSignal(dialog.case_created, timeout=WAIT_MS) as created,
    ):
        dialog.save()
    case_id, code = created.args
    qtbot.waitUntil(lambda: screen.selected_case_id() == case_id, timeout=WAIT_MS)
    assert screen.search.text() == code
    assert not screen.minors.isChecked()


def test_typing_the_name_of_an_existing_person_warns_of_a_duplicate(
    qtbot: QtBot, people: tuple[Store, dict[str, str]], runner: TaskRunner, english: None
) -> None:
    store, codes = people
    screen = _screen(qtbot, store, runner)
    dialog = screen.new_case()
    qtbot.keyClicks(dialog.given, "Ngozi")
    qtbot.keyClicks(dialog.family, "Eze")
    qtbot.keyClicks(dialog.birth, "1999-05-01")
    qtbot.waitUntil(dialog.warning.isVisible, timeout=WAIT_MS)
    assert codes["ngozi"] in dialog.warning.text()
    assert "may already have a case" in dialog.warning.text()
    dialog.family.clear()
    dialog.given.clear()
    qtbot.waitUntil(lambda: not dialog.warning.isVisible(), timeout=WAIT_MS)
    dialog.reject()
