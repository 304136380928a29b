"""The interface in French: our catalogue and Qt's own strings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from care_desktop import i18n
from care_desktop.ui import translator
from care_desktop.ui.setup_wizard import SetupWizard
from care_desktop.ui.task_runner import TaskRunner
from care_desktop.ui.unlock_dialog import UnlockDialog
from tests.conftest import OTHER_PASSPHRASE


@pytest.fixture
def french(qapp: object) -> Iterator[None]:
    translator.install("fr")
    yield
    translator.install("en")


def test_the_wizard_in_french(
    qtbot: QtBot, db_path: Path, runner: TaskRunner, french: None
) -> None:
    wizard = SetupWizard(db_path, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.welcome.title() == "Bienvenue dans CARE Desktop"
    assert wizard.button(QWizard.WizardButton.NextButton).text().startswith("&Suivant")
    wizard.next()
    names = [wizard.office.countries.item(row).text() for row in range(5)]
    assert "Afrique du Sud (ZAF)" in names


def test_unlock_errors_in_french(
    qtbot: QtBot, existing_db: Path, runner: TaskRunner, french: None
) -> None:
    assert i18n.current_language() == "fr"
    dialog = UnlockDialog(existing_db, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Déverrouiller CARE Desktop"
    qtbot.keyClicks(dialog.passphrase, OTHER_PASSPHRASE)
    dialog.try_passphrase()
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert dialog.error.text().startswith("La phrase secrète n’est pas correcte")
