"""Guards against a Qt binding that miscounts references (PySide6 6.12.0 crashed Python)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QWizard, QWizardPage
from pytestqt.qtbot import QtBot


class _AlwaysComplete(QWizardPage):
    def isComplete(self) -> bool:
        return True


class _NoTranslation(QTranslator):
    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return None


def test_python_overrides_returning_true_or_none_keep_their_references(qtbot: QtBot) -> None:
    wizard = QWizard()
    qtbot.addWidget(wizard)
    page = _AlwaysComplete()
    wizard.addPage(page)
    translator = _NoTranslation()
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:
        true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
        for _ in range(500):
            page.completeChanged.emit()  # QWizard calls isComplete()
            QCoreApplication.translate("NoSuchContext", "text")
        true_after, none_after = sys.getrefcount(True), sys.getrefcount(None)
    finally:
        app.removeTranslator(translator)
    # a broken binding loses one reference per call: hundreds, not a handful
    assert true_after > true_before - 50
    assert none_after > none_before - 50
