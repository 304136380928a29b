"""The main window on a small demo database, and a walk over everything it shows: every page of
the navigation, a case file, and every tab of each (for the accessibility and layout checks)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import shiboken6
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from care_desktop.services import demo_service, vault_service
from care_desktop.services.settings_service import SettingsStore
from care_desktop.services.vault_service import SetupRequest, Store
from care_desktop.ui.main_window import MainWindow
from care_desktop.ui.task_runner import TaskRunner
from tests.conftest import PASSPHRASE

WAIT_MS = 20_000
DEMO_CASES = 40

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSlider,
    QTabBar,
)


def demo_store(folder: Path) -> Store:
    store, _ = vault_service.create_database(
        SetupRequest(folder / "care.db", "coordinator", "IOM France", (), PASSPHRASE, "Coord")
    )
    demo_service.generate_demo(store, DEMO_CASES)
    return store


def settle(qtbot: QtBot, runner: TaskRunner) -> None:
    """Until the background reads the screen asked for have come back and been shown."""
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    qtbot.wait(30)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)


def open_window(
    qtbot: QtBot, store: Store, settings: SettingsStore, runner: TaskRunner
) -> MainWindow:
    window = MainWindow(store, vault_service.device_info(store), settings, runner)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.cases.model.total is not None, timeout=WAIT_MS)
    settle(qtbot, runner)
    return window


def close_window(window: MainWindow, runner: TaskRunner) -> None:
    if shiboken6.isValid(window):
        window.close()  # as locking does: the sync controller stops before the store closes
    runner.wait()


def pages(qtbot: QtBot, window: MainWindow, runner: TaskRunner) -> Iterator[tuple[str, QWidget]]:
    """Each screen in view in turn (name, screen): the navigation's pages, then a case file;
    a screen with tabs once per tab, named "screen / tab"."""
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        settle(qtbot, runner)
        yield from _tabs(
            qtbot, runner, window.navigation.item(row).text(), window.screens.currentWidget()
        )
    window.navigation.setCurrentRow(0)
    settle(qtbot, runner)
    case_file = window.open_case(window.cases.model.rows[0].id)
    settle(qtbot, runner)
    yield from _tabs(qtbot, runner, "Case file", case_file)


def _tabs(
    qtbot: QtBot, runner: TaskRunner, name: str, page: QWidget
) -> Iterator[tuple[str, QWidget]]:
    yield name, page
    for tabs in page.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(tabs.count()):
            if index == tabs.currentIndex() or not tabs.isTabEnabled(index):
                continue
            tabs.setCurrentIndex(index)
            settle(qtbot, runner)
            yield f"{name} / {tabs.tabText(index).replace('&', '')}", page
        tabs.setCurrentIndex(0)
        settle(qtbot, runner)


def controls(root: QWidget) -> list[QWidget]:
    """The interactive widgets in view under `root` that take focus (a spin box's inner line
    edit, a table's header and the like are parts of one control, not controls)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisible():
            continue
        if widget.focusPolicy().value == 0:  # Qt.FocusPolicy.NoFocus
            continue
        if _inside_control(widget, root):
            continue
        found.append(widget)
    return found


def _inside_control(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, INTERACTIVE):
            return True
        parent = parent.parentWidget()
    return False


def describe(widget: QWidget) -> str:
    """Which widget: the attribute that holds it in an enclosing screen, if any, its class and
    text (to find it in the code)."""
    text = widget.text() if isinstance(widget, (QAbstractButton, QLineEdit)) else ""
    where = ""
    owner = widget.parentWidget()
    while owner is not None and not where:
        for attribute, value in vars(owner).items():
            if value is widget:
                where = f"{type(owner).__name__}.{attribute} "
        owner = owner.parentWidget()
    return f"{where}{type(widget).__name__}({text!r})"
