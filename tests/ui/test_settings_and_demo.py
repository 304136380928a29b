"""Settings (print defaults, the relay's certificate authority) kept through the service and
refused with a reason; "Explore with demo data": a separate demo database, marked DEMO."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from PySide6.QtWidgets import QLabel, QWizard
from pytestqt.qtbot import QtBot

from care_desktop.domain.errors import UserFacingError
from care_desktop.domain.settings import (
    AUTO_LOCK_MINUTES,
    DEMO_ACTIVE,
    LANGUAGE,
    PRINT_LANGUAGE,
    PRINT_PAPER,
    PRINT_PROFILE,
    RELAY_CA_FILE,
    RELAY_URL,
)
from care_desktop.services import demo_database, settings_service, vault_service
from care_desktop.services.settings_service import SettingsStore
from care_desktop.ui.app_controller import AppController
from care_desktop.ui.demo_banner import DemoBanner
from care_desktop.ui.i18n import error_text
from care_desktop.ui.main_window import MainWindow
from care_desktop.ui.settings_screen import SettingsScreen
from care_desktop.ui.setup_wizard import SetupWizard
from care_desktop.ui.task_runner import TaskRunner


def _certificate(folder: Path) -> Path:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Office CA")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    path = folder / "office-ca.pem"
    path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return path


# --- the settings service ---------------------------------------------------------------------


def test_print_defaults_and_ca_file_are_kept_and_read_back(tmp_path: Path) -> None:
    settings = SettingsStore(tmp_path / "config")
    defaults = settings_service.print_defaults(settings, "fr")
    assert (defaults.paper, defaults.profile, defaults.language) == ("A4", "interview", "fr")
    assert settings_service.relay_ca_file(settings) is None
    ca = _certificate(tmp_path)
    settings.change(PRINT_PAPER, "Letter")
    settings.change(PRINT_PROFILE, "full")
    settings.change(PRINT_LANGUAGE, "pt")
    settings.change(RELAY_CA_FILE, str(ca))
    again = SettingsStore(tmp_path / "config")
    defaults = settings_service.print_defaults(again, "fr")
    assert (defaults.paper, defaults.profile, defaults.language) == ("Letter", "full", "pt")
    assert settings_service.relay_ca_file(again) == ca


@pytest.mark.parametrize(
    ("setting", "value", "words"),
    [
        (PRINT_PAPER, "A5", ("Paper size", "A5", "A4, Letter")),
        (PRINT_PROFILE, "everything", ("Case sheet printed by default", "interview, full")),
        (PRINT_LANGUAGE, "de", ("Language of prints", "de")),
        (AUTO_LOCK_MINUTES, 0, ("Lock after this many idle minutes", "from 1 to 240")),
    ],
)
def test_a_value_a_setting_cannot_take_is_refused_with_a_reason(
    tmp_path: Path, setting: object, value: object, words: tuple[str, ...]
) -> None:
    settings = SettingsStore(tmp_path)
    with pytest.raises(UserFacingError) as refused:
        settings.change(setting, value)  # type: ignore[call-overload]
    message = error_text(refused.value)
    for word in words:
        assert word in message
    assert not (tmp_path / "settings.json").exists()  # nothing was kept


def test_a_file_that_is_no_certificate_is_refused(tmp_path: Path) -> None:
    settings = SettingsStore(tmp_path)
    not_a_certificate = tmp_path / "notes.txt"
    not_a_certificate.write_text("hello", encoding="utf-8")
    for path in (not_a_certificate, tmp_path / "missing.pem"):
        with pytest.raises(settings_service.CaFileError, match="not a certificate authority"):
            settings.change(RELAY_CA_FILE, str(path))
    assert settings.get(RELAY_CA_FILE) == ""


def test_the_demo_settings_start_from_the_real_ones_without_the_relay(tmp_path: Path) -> None:
    settings = SettingsStore(tmp_path)
    settings.set(LANGUAGE, "fr")
    settings.set(PRINT_PAPER, "Letter")
    settings.set(RELAY_URL, "https://relay.example.org")
    demo = settings.for_demo()
    assert demo.path.parent == tmp_path / "demo"
    assert (demo.get(LANGUAGE), demo.get(PRINT_PAPER), demo.get(RELAY_URL)) == ("fr", "Letter", "")
    demo.set(PRINT_PAPER, "A4")
    assert settings.get(PRINT_PAPER) == "Letter"  # the real settings are untouched
    assert settings.for_demo().get(PRINT_PAPER) == "A4"


# --- the settings screen ----------------------------------------------------------------------


def test_the_settings_screen_keeps_print_defaults_and_checks_the_ca_file(
    qtbot: QtBot,
    existing_db: Path,
    runner: TaskRunner,
    settings: SettingsStore,
    tmp_path: Path,
    english: None,
) -> None:
    store = vault_service.unlock_with_passphrase(existing_db, "quiet river under seven lanterns")
    try:
        screen = SettingsScreen(settings, store, runner)
        qtbot.addWidget(screen)
        screen.show()
        assert screen.paper.currentData() == "A4"
        assert screen.profile.currentData() == "interview"
        assert screen.print_language.currentData() == ""
        screen.paper.setCurrentIndex(screen.paper.findData("Letter"))
        screen.profile.setCurrentIndex(screen.profile.findData("full"))
        screen.print_language.setCurrentIndex(screen.print_language.findData("fr"))
        reread = SettingsStore(settings.path.parent)
        assert (reread.get(PRINT_PAPER), reread.get(PRINT_PROFILE)) == ("Letter", "full")
        assert reread.get(PRINT_LANGUAGE) == "fr"
        for widget in (screen.paper, screen.profile, screen.print_language, screen.ca_file):
            assert widget.accessibleName()

        bad = tmp_path / "bad.pem"
        bad.write_text("not a certificate", encoding="utf-8")
        screen.ca_file.setText(str(bad))
        screen.ca_file.editingFinished.emit()
        qtbot.waitUntil(screen.ca_error.isVisible, timeout=5_000)
        assert "not a certificate authority" in screen.ca_error.text()
        assert screen.ca_file.accessibleDescription() == screen.ca_error.text()
        assert settings.get(RELAY_CA_FILE) == ""

        good = _certificate(tmp_path)
        screen.ca_file.setText(str(good))
        with qtbot.waitSignal(screen.ca_file_changed, timeout=5_000) as changed:
            screen.ca_file.editingFinished.emit()
        assert changed.args == [str(good)]
        assert not screen.ca_error.isVisible()
        assert SettingsStore(settings.path.parent).get(RELAY_CA_FILE) == str(good)
    finally:
        runner.wait()
        store.close()


# --- explore with demo data -------------------------------------------------------------------


def _choose_demo(qtbot: QtBot, wizard: SetupWizard) -> None:
    wizard.welcome.demo.setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.demo_page
    shown = " ".join(label.text() for label in wizard.demo_page.findChildren(QLabel))
    assert demo_database.DEMO_PASSPHRASE in shown


def test_the_wizard_demo_route_makes_a_separate_marked_database(
    qtbot: QtBot, db_path: Path, runner: TaskRunner, english: None
) -> None:
    wizard = SetupWizard(db_path, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    _choose_demo(qtbot, wizard)
    with qtbot.waitSignal(wizard.finished, timeout=30_000) as finished:
        wizard.button(QWizard.WizardButton.FinishButton).click()
        assert wizard.demo_page.progress.isVisible()
    assert finished.args == [1]
    assert wizard.demo
    assert wizard.store is not None
    store = wizard.store
    try:
        assert store.path == demo_database.demo_path(db_path)
        assert store.path.parent != db_path.parent
        assert not db_path.exists()
        assert not vault_service.key_file_exists(db_path)
        assert demo_database.is_demo(store)
        assert vault_service.device_info(store).office == demo_database.DEMO_OFFICE
    finally:
        store.close()


def test_cancelling_the_demo_leaves_nothing(
    qtbot: QtBot, db_path: Path, runner: TaskRunner, english: None
) -> None:
    wizard = SetupWizard(db_path, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    _choose_demo(qtbot, wizard)
    cancel = wizard.button(QWizard.WizardButton.CancelButton)
    assert cancel.isVisible()
    assert wizard.button(QWizard.WizardButton.BackButton).isVisible()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.demo_page.making
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert cancel.isEnabled()
    wizard.reject()  # Cancel while the demo is being made: it stops, the wizard stays
    assert wizard.isVisible()
    qtbot.waitUntil(lambda: not wizard.demo_page.making, timeout=30_000)
    runner.wait()
    assert wizard.store is None
    assert not demo_database.demo_path(db_path).parent.exists()
    assert not db_path.exists()
    wizard.back()  # the real set-up is still there to choose
    assert wizard.currentPage() is wizard.welcome
    wizard.reject()
    assert not wizard.isVisible()


def test_the_application_runs_on_the_demo_with_a_banner_and_leaves_it(
    qtbot: QtBot, db_path: Path, runner: TaskRunner, settings: SettingsStore, english: None
) -> None:
    settings.set(RELAY_URL, "https://relay.example.org")
    controller = AppController(db_path, settings, runner)
    controller.start()
    wizard = controller.wizard
    assert wizard is not None
    _choose_demo(qtbot, wizard)
    with qtbot.waitSignal(controller.opened, timeout=30_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    window = controller.window
    assert isinstance(window, MainWindow)
    assert window.windowTitle().startswith("DEMO — ")
    banner = window.findChild(DemoBanner)
    assert banner is not None
    assert banner.isVisible()
    assert banner.accessibleName() == "Demo data"
    assert "DEMO" in banner.label.text()
    assert settings.get(DEMO_ACTIVE)
    assert window.sync.relay_url == ""  # the demo never syncs with the real relay
    assert not db_path.exists()
    for row in range(window.navigation.count()):  # the banner stays above every screen
        window.navigation.setCurrentRow(row)
        assert banner.isVisible()
    file_menu = window.menuBar().actions()[0].menu()
    assert any("Leave demo" in action.text().replace("&", "") for action in file_menu.actions())

    # locked, the demo asks for its stated passphrase
    with qtbot.waitSignal(controller.locked, timeout=10_000):
        controller.lock()
    dialog = controller.unlock_dialog
    assert dialog is not None
    assert dialog.path == demo_database.demo_path(db_path)
    assert dialog.windowTitle().startswith("DEMO — ")
    assert demo_database.DEMO_PASSPHRASE in dialog.passphrase.placeholderText()
    qtbot.keyClicks(dialog.passphrase, demo_database.DEMO_PASSPHRASE)
    with qtbot.waitSignal(controller.opened, timeout=10_000):
        dialog.try_passphrase()
    assert controller.window is not None
    assert controller.window.findChild(DemoBanner) is not None

    # a new start opens the demo again, at once
    controller.shutdown()
    controller.window.close()
    runner.wait()
    again = AppController(db_path, SettingsStore(settings.path.parent), runner)
    with qtbot.waitSignal(again.opened, timeout=10_000):
        again.start()
    assert again.window is not None
    banner = again.window.findChild(DemoBanner)
    assert banner is not None

    # leaving the demo goes back to the real set-up; the demo is removed
    banner.leave.click()
    assert again.window is None
    assert again.wizard is not None
    assert again.wizard.isVisible()
    runner.wait()
    qtbot.waitUntil(lambda: not demo_database.demo_path(db_path).parent.exists(), timeout=5_000)
    assert not SettingsStore(settings.path.parent).get(DEMO_ACTIVE)
    qtbot.addWidget(again.wizard)
    again.shutdown()


def test_the_real_database_is_never_marked_demo(
    existing_db: Path, runner: TaskRunner, settings: SettingsStore
) -> None:
    store = vault_service.unlock_with_passphrase(existing_db, "quiet river under seven lanterns")
    try:
        assert not demo_database.is_demo(store)
    finally:
        store.close()
