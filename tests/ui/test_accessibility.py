"""Accessibility of the main window on a real database, every screen and tab in view in turn.

The rule for names: every control that takes focus has the name Qt gives assistive technology
(QAccessibleInterface.text(Name)), not empty. Qt builds it from the accessible name, else from
a button's own text or a buddy label; a line edit's placeholder alone does not count (it is gone
once something is typed). Tab from the navigation reaches every enabled control of the screen in
view (no table keeps Tab to itself); the documented shortcuts do what they say.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from care_desktop.services.settings_service import SettingsStore
from care_desktop.services.vault_service import Store
from care_desktop.ui.main_window import MainWindow
from care_desktop.ui.task_runner import TaskRunner
from tests.ui.screen_walk import (
    WAIT_MS,
    close_window,
    controls,
    demo_store,
    describe,
    open_window,
    pages,
    settle,
)

TRAPPED = 4  # presses of Tab in a row that leave the focus where it was
MAX_TABS = 150  # presses of Tab to go round a screen; more means focus is stuck somewhere


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = demo_store(tmp_path)
    yield opened
    opened.close()


@pytest.fixture
def window(
    qtbot: QtBot, store: Store, settings: SettingsStore, runner: TaskRunner, english: None
) -> Iterator[MainWindow]:
    shown = open_window(qtbot, store, settings, runner)
    yield shown
    close_window(shown, runner)


def exposed_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name).strip() if interface is not None else ""
    placeholder_only = (
        isinstance(widget, QLineEdit)
        and not widget.accessibleName()
        and name == widget.placeholderText().strip()
    )
    return "" if placeholder_only else name


def _unnamed(root: QWidget) -> list[str]:
    return [describe(widget) for widget in controls(root) if not exposed_name(widget)]


def test_the_name_rule_catches_a_control_without_a_name(qtbot: QtBot, english: None) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    bare, named, placeholder_only = QLineEdit(root), QLineEdit(root), QLineEdit(root)
    named.setAccessibleName("Place")
    placeholder_only.setPlaceholderText("Search")
    root.show()
    assert exposed_name(named) == "Place"
    assert sorted(_unnamed(root)) == [describe(bare), describe(placeholder_only)]


def test_every_control_on_every_screen_has_a_name(
    qtbot: QtBot, window: MainWindow, runner: TaskRunner
) -> None:
    missing: dict[str, list[str]] = {}
    seen = 0
    for name, page in pages(qtbot, window, runner):
        seen += 1
        unnamed = _unnamed(page)
        if unnamed:
            missing[name] = unnamed
    chrome = _unnamed(window.navigation) + _unnamed(window.statusBar())
    if not exposed_name(window.navigation):
        chrome.append("navigation")
    assert seen >= 7  # six pages of the navigation and a case file, at least
    assert missing == {}
    assert chrome == []


def _tab_round(qtbot: QtBot, window: MainWindow) -> list[QWidget]:
    """Focus on the navigation, then Tab until it comes back there (or MAX_TABS presses)."""
    window.activateWindow()
    window.navigation.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(window.navigation.hasFocus, timeout=WAIT_MS)
    reached: list[QWidget] = []
    for _ in range(MAX_TABS):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is window.navigation:
            return reached
        if now is not None:
            reached.append(now)
    return reached


def _traps(reached: list[QWidget]) -> list[QWidget]:
    """Widgets that kept the focus for several presses of Tab in a row (a table moving from
    cell to cell instead of letting Tab leave)."""
    traps: list[QWidget] = []
    for index in range(len(reached) - TRAPPED):
        widget = reached[index]
        if widget not in traps and all(w is widget for w in reached[index : index + TRAPPED]):
            traps.append(widget)
    return traps


def _reached(widget: QWidget, reached: list[QWidget]) -> bool:
    """The control, or a part of it that takes its focus (a spin box's line edit...)."""
    return any(widget is seen or widget.isAncestorOf(seen) for seen in reached)


def test_tab_reaches_every_enabled_control_of_each_screen(
    qtbot: QtBot, window: MainWindow, runner: TaskRunner
) -> None:
    unreachable: dict[str, list[str]] = {}
    for name, page in pages(qtbot, window, runner):
        reached = _tab_round(qtbot, window)
        wanted = [
            widget
            for widget in controls(page)
            if widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        assert wanted, name
        lost = [describe(widget) for widget in wanted if not _reached(widget, reached)]
        lost += [f"Tab stays in {describe(widget)}" for widget in _traps(reached)]
        if lost:
            unreachable[name] = lost
    assert unreachable == {}, "\n".join(f"{k}: {v}" for k, v in unreachable.items())


def test_the_documented_shortcuts(qtbot: QtBot, window: MainWindow, runner: TaskRunner) -> None:
    for row in range(window.navigation.count()):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + row), Qt.KeyboardModifier.ControlModifier)
        assert window.navigation.currentRow() == row
        assert window.screens.currentIndex() == row
        settle(qtbot, runner)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    window.cases.table.setFocus()
    qtbot.keyClick(window.cases.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.cases.search
    qtbot.keyClick(window.cases.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.cases.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    dialog.reject()
    settle(qtbot, runner)
    window.activateWindow()  # back from the dialog: window shortcuts need the window active
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    # F9 with no relay address set: to the relay address in Settings
    qtbot.keyClick(window.cases.search, Qt.Key.Key_F9)
    qtbot.waitUntil(
        lambda: window.screens.currentWidget() is window.settings_screen, timeout=WAIT_MS
    )
    assert window.settings_screen.relay.hasFocus()
    with qtbot.waitSignal(window.lock_requested, timeout=WAIT_MS):
        qtbot.keyClick(
            window.settings_screen.relay, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
        )
