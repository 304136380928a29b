"""Layouts survive translations 40 % longer than English (French and Spanish often are).

A pseudo-translator lengthens every string by 40 % (its {placeholders} and & accelerators kept);
the main window is built under it at its default size and every screen and tab is put in view.
The check: no text widget (label without word wrap, button, check box, combo box, group box,
tab) is narrower or lower than the least size at which its text shows in full (what a fixed
width, a maximum width or a squeezed layout would do), and the window's least size still fits a
1366×768 screen. The first test proves the check fails on a deliberately fixed-width button.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from care_desktop.services.settings_service import SettingsStore
from care_desktop.services.vault_service import Store
from care_desktop.ui.i18n import tr
from care_desktop.ui.main_window import MainWindow
from care_desktop.ui.task_runner import TaskRunner
from tests.ui.screen_walk import close_window, demo_store, describe, open_window, pages

LONGER = 0.4
SMALL_SCREEN = (1366, 768)
FILLER = "ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor " * 4
_NOT_SHOWN = re.compile(r"\{[^{}]*\}|&(?=[^&\s])|<[^<>]*>")  # placeholders, accelerators, tags


def lengthened(text: str) -> str:
    """`text` with 40 % more visible characters at the end of each line."""
    lines = []
    for line in text.split("\n"):
        visible = len(_NOT_SHOWN.sub("", line).strip())
        extra = math.ceil(visible * LONGER)
        lines.append(f"{line} {FILLER[: extra - 1]}" if extra > 1 else line + "~" * extra)
    return "\n".join(lines)


class LengthenedTranslator(QTranslator):
    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        # Never None (PySide6 6.12 crashes on it; see tests/ui/test_qt_binding.py).
        return lengthened(source_text) if source_text else ""

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def longer(qapp: object, english: None) -> Iterator[None]:
    pseudo = LengthenedTranslator()
    QCoreApplication.installTranslator(pseudo)
    yield
    QCoreApplication.removeTranslator(pseudo)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = demo_store(tmp_path)
    yield opened
    opened.close()


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, (QLabel, QAbstractButton)):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QGroupBox):
        return widget.title()
    return ""


def cut_texts(root: QWidget) -> list[str]:
    """Text widgets in view under `root` too small for their text, and tabs whose text is cut."""
    cut = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not _text_of(widget).strip():
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            continue
        if isinstance(widget, (QLabel, QAbstractButton, QComboBox, QGroupBox)):
            least = widget.minimumSizeHint()
            if isinstance(widget, QPushButton):
                least = least.expandedTo(widget.sizeHint())
            if widget.width() < least.width() or widget.height() < least.height():
                cut.append(f"{describe(widget)} {widget.width()}<{least.width()}")
    for bar in root.findChildren(QTabBar):
        if bar.isVisible():
            cut += [
                f"tab {bar.tabText(i)!r}"
                for i in range(bar.count())
                if bar.tabRect(i).width() < bar.tabSizeHint(i).width()
            ]
    return cut


def test_lengthening_keeps_placeholders_and_accelerators() -> None:
    assert lengthened("&Save") == "&Save i"  # 4 letters shown: 2 more, a space and one
    grown = lengthened("{count} cases found")
    assert grown.startswith("{count} cases found ")
    assert "{count}" in grown
    assert len(grown) - len("{count} cases found") == math.ceil(len(" cases found") * LONGER)
    assert lengthened("") == ""


def test_the_check_finds_a_fixed_width_button_cut_by_a_longer_translation(
    qtbot: QtBot, longer: None
) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    fixed, free = QPushButton(tr("Example", "Record visit")), QPushButton(tr("Example", "Save"))
    english = fixed.fontMetrics().horizontalAdvance("Record visit")
    fixed.setFixedWidth(english + 24)  # enough for the English text, as a designer might size it
    layout.addWidget(fixed)
    layout.addWidget(free)
    page.show()
    qtbot.waitExposed(page)
    assert fixed.text().startswith("Record visit ")
    assert cut_texts(page) == [f"{describe(fixed)} {fixed.width()}<{fixed.sizeHint().width()}"]


def test_every_screen_keeps_its_texts_whole_in_a_longer_language(
    qtbot: QtBot, longer: None, store: Store, settings: SettingsStore, runner: TaskRunner
) -> None:
    window = open_window(qtbot, store, settings, runner)
    try:
        assert window.cases.new_button.text().startswith("&New case… ")
        _check(qtbot, window, runner)
    finally:
        close_window(window, runner)


def _check(qtbot: QtBot, window: MainWindow, runner: TaskRunner) -> None:
    cut: dict[str, list[str]] = {}
    for name, page in pages(qtbot, window, runner):
        found = cut_texts(page) + cut_texts(window.statusBar())
        if found:
            cut[name] = found
    navigation = window.navigation
    widest = navigation.sizeHintForColumn(0)
    least = window.minimumSizeHint()
    assert cut == {}
    assert widest <= navigation.viewport().width()
    tallest = max(
        (window.screens.widget(i) for i in range(window.screens.count())),
        key=lambda screen: screen.minimumSizeHint().height(),
    )
    assert least.width() <= SMALL_SCREEN[0], least
    assert least.height() <= SMALL_SCREEN[1], (least, type(tallest).__name__)
