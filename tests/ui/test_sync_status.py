"""Background sync in the main window: the status bar, "Sync now" and the relay setting, against a
real relay process and real databases."""

from __future__ import annotations

import shutil
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from care_desktop.domain.settings import RELAY_URL
from care_desktop.services import vault_service
from care_desktop.services.settings_service import SettingsStore
from care_desktop.ui.main_window import MainWindow
from care_desktop.ui.task_runner import TaskRunner
from tests.conftest import PASSPHRASE
from tests.relay.helpers import running_relay
from tests.sync.helpers import Device, make_device, pair


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An office and a field device that know each other; the field device has a case (with
    consent) to send. Made once (about ten `care` runs), copied for each test."""
    folder = tmp_path_factory.mktemp("devices")
    with pytest.MonkeyPatch.context() as env:
        for name in ("data", "config", "logs", "tmp"):
            (folder / "home" / name).mkdir(parents=True)
            env.setenv(f"CARE_{name.upper()}_DIR", str(folder / "home" / name))
        env.setenv("TMPDIR", str(folder / "home" / "tmp"))
        env.setenv("CARE_LANG", "en")
        office = make_device(folder, "office", "coordinator")
        field = make_device(folder, "field", "field")
        pair(office, field, folder, "NGA")
        case = field.json("case", "new", "gender=Feminine", "country_of_return=NGA")["case"]
        field.care("record", "add", "consent", f"case_id={case['id']}", "scope=transfer_to_office")
    return folder


@pytest.fixture
def devices(template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "devices"
    shutil.copytree(template, folder, ignore=shutil.ignore_patterns("home"))
    return folder


@pytest.fixture
def online(devices: Path) -> Iterator[str]:
    """A relay that knows the roster: the office synced once."""
    card = devices / "office.card"
    with running_relay(devices / "relay-data", devices, "--office-card", str(card)) as relay:
        url = relay.url
        Device("office", devices / "office" / "care.db").care("sync", "--relay", url)
        yield url


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def field_window(
    qtbot: QtBot, devices: Path, settings: SettingsStore, runner: TaskRunner
) -> Iterator[MainWindow]:
    store = vault_service.unlock_with_passphrase(devices / "field" / "care.db", PASSPHRASE)
    window = MainWindow(store, vault_service.device_info(store), settings, runner)
    window.show()
    try:
        yield window
    finally:
        window.close()  # as locking does: the controller stops before the store closes
        runner.wait()
        store.close()
        qtbot.wait(20)


def _wait_cycle(qtbot: QtBot, window: MainWindow, timeout: int = 20_000) -> None:
    with qtbot.waitSignal(window.sync.cycle_finished, timeout=timeout):
        pass


def test_offline_the_status_shows_what_waits_and_sync_now_says_why(
    qtbot: QtBot, devices: Path, settings: SettingsStore, runner: TaskRunner, english: None
) -> None:
    settings.set(RELAY_URL, f"http://127.0.0.1:{_free_port()}")  # nothing listens there
    with field_window(qtbot, devices, settings, runner) as window:
        _wait_cycle(qtbot, window)  # the cycle at start: the relay does not answer
        label = window.sync_status.label
        assert label.text().startswith("Offline — 1 bundle waiting to leave · "), label.text()
        assert "changes not yet confirmed as received" in label.text()
        assert "cannot be reached" in window.sync_status.toolTip()
        assert window.sync.status is not None
        assert window.sync.status.waiting_out == 1
        assert window.sync.next_cycle_ms == 60_000  # tried again in 1 minute, then 2, 4...
        assert window.sync_action.isEnabled()

        # "Sync now" tries anyway, without blocking: here against a relay address where
        # something accepts connections and never answers (the check waits its 5 seconds)
        silent = socket.socket()
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        settings.set(RELAY_URL, f"http://127.0.0.1:{silent.getsockname()[1]}")
        ticks: list[int] = []
        clock = QTimer()
        clock.timeout.connect(lambda: ticks.append(1))
        clock.start(20)
        with qtbot.waitSignal(window.sync.cycle_finished, timeout=20_000):
            window.sync_action.trigger()
            assert window.sync.running
            assert not window.sync_action.isEnabled()
        clock.stop()
        silent.close()
        assert len(ticks) > 10  # the GUI thread went on processing events during the sync
        assert label.text().startswith("The relay cannot be reached. — 1 bundle waiting to leave")
        assert "Nothing is lost" in window.sync_status.toolTip()
        assert label.accessibleName() == "Sync status"
        assert window.sync.next_cycle_ms == 120_000
        assert window.sync_action.isEnabled()


def test_a_sync_through_the_real_relay_shows_synced_and_nothing_waiting(
    qtbot: QtBot,
    devices: Path,
    online: str,
    settings: SettingsStore,
    runner: TaskRunner,
    english: None,
) -> None:
    settings.set(RELAY_URL, online)
    with field_window(qtbot, devices, settings, runner) as window:
        steps: list[tuple[str, int, int]] = []
        window.sync.progressed.connect(
            lambda *step: steps.append(step), Qt.ConnectionType.QueuedConnection
        )
        _wait_cycle(qtbot, window)
        text = window.sync_status.label.text()
        assert text.startswith("Synced "), text
        assert "bundle" not in text
        assert "cannot" not in text
        assert window.sync.error is None
        assert not window.sync.offline
        assert window.sync.status is not None
        assert window.sync.status.waiting_out == 0
        assert window.sync.status.last_success is not None
        assert ("send", steps[-1][2], steps[-1][2]) in steps  # the bundle left, all of it
        assert not window.sync_status.bar.isVisible()
        assert window.sync.next_cycle_ms == 5 * 60_000  # the interval from Settings
    report = Device("office", devices / "office" / "care.db").json("sync", "--relay", online)
    assert report["applied"] == 1  # the field device's bundle really reached the office


def test_sync_now_during_a_cycle_does_not_start_a_second(
    qtbot: QtBot,
    devices: Path,
    online: str,
    settings: SettingsStore,
    runner: TaskRunner,
    english: None,
) -> None:
    with field_window(qtbot, devices, settings, runner) as window:
        started: list[bool] = []
        window.sync.cycle_started.connect(started.append)
        qtbot.wait(50)
        assert started == []  # no relay address: no background sync
        screen = window.settings_screen
        screen.relay.setText("http://relay.example.org")  # typed: checked as it is typed
        assert screen.relay_error.isVisibleTo(screen)
        assert "is not a relay address" in screen.relay_error.text()
        screen.relay.editingFinished.emit()
        assert settings.get(RELAY_URL) == ""  # a wrong address is never kept
        screen.relay.setText(online)
        assert not screen.relay_error.isVisibleTo(screen)
        with qtbot.waitSignal(window.sync.cycle_started, timeout=5_000):
            screen.relay.editingFinished.emit()
        assert settings.get(RELAY_URL) == online
        assert not window.sync_action.isEnabled()
        window.sync_action.trigger()
        window.sync.sync_now()
        _wait_cycle(qtbot, window)
        qtbot.wait(100)
        assert started == [False]  # the background cycle only
        assert window.sync_status.label.text().startswith("Synced ")


def test_sync_now_without_a_relay_points_to_settings(
    qtbot: QtBot, devices: Path, settings: SettingsStore, runner: TaskRunner, english: None
) -> None:
    with field_window(qtbot, devices, settings, runner) as window:
        qtbot.waitUntil(lambda: window.sync.status is not None, timeout=10_000)
        assert window.sync_status.label.text().startswith("Never synced · 3 changes not yet")
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2_000)
        qtbot.keyClick(window, Qt.Key.Key_F9)
        assert window.sync_status.label.text().startswith("No relay address")
        assert "Settings" in window.sync_status.toolTip()
        assert window.screens.currentWidget() is window.settings_screen
        assert not window.sync.running
        for widget in (window.sync_status, window.sync_status.bar, window.sync_status.button):
            assert widget.accessibleName()


def test_closing_the_window_during_a_sync_drops_its_callbacks(
    qtbot: QtBot,
    devices: Path,
    online: str,
    settings: SettingsStore,
    runner: TaskRunner,
    english: None,
) -> None:
    settings.set(RELAY_URL, online)
    store = vault_service.unlock_with_passphrase(devices / "field" / "care.db", PASSPHRASE)
    window = MainWindow(store, vault_service.device_info(store), settings, runner)
    controller = window.sync
    finished: list[int] = []
    controller.cycle_finished.connect(lambda: finished.append(1))
    window.show()
    with qtbot.waitSignal(controller.cycle_started, timeout=5_000):
        pass
    window.close()  # what locking does first; then it waits for the pools and closes the store
    assert runner.wait()
    store.close()
    qtbot.wait(100)
    assert finished == []


def test_a_sync_that_brings_cases_shows_them_in_the_open_list(
    qtbot: QtBot,
    devices: Path,
    online: str,
    settings: SettingsStore,
    runner: TaskRunner,
    english: None,
) -> None:
    office = Device("office", devices / "office" / "care.db")
    case = office.json("case", "new", "gender=Masculine", "country_of_return=NGA")["case"]
    office.care("record", "add", "consent", f"case_id={case['id']}", "scope=transfer_to_office")
    office.care("sync", "--relay", online)  # waits at the relay for the field device
    settings.set(RELAY_URL, online)
    with field_window(qtbot, devices, settings, runner) as window:
        cases = window.cases
        codes = lambda: {  # noqa: E731 - read each time
            cases.model.data(cases.model.index(row, 0)) for row in range(cases.model.rowCount())
        }
        with qtbot.waitSignal(window.sync.data_arrived, timeout=20_000):
            pass
        qtbot.waitUntil(lambda: case["case_code"] in codes(), timeout=10_000)
        assert len(codes()) == 2  # its own case and the office's, without pressing F5


def test_sync_with_a_folder_from_the_window_both_ways(
    qtbot: QtBot, devices: Path, settings: SettingsStore, runner: TaskRunner, english: None
) -> None:
    """A USB stick: the field device leaves its bundle there, the office takes it and answers
    through the same folder, and the open list shows the office's case."""
    stick = devices / "stick"
    stick.mkdir()
    office = Device("office", devices / "office" / "care.db")
    with field_window(qtbot, devices, settings, runner) as window:
        with qtbot.waitSignal(window.sync.cycle_finished, timeout=20_000):
            assert window.sync_with_folder(stick)
        assert window.sync.error is None
        assert len(list(stick.glob("*.carebundle"))) == 1
        office.care("sync", "--folder", str(stick))
        assert len(office.json("case", "list")["cases"]) == 1  # the field device's case
        case = office.json("case", "new", "gender=Masculine", "country_of_return=NGA")["case"]
        office.care("record", "add", "consent", f"case_id={case['id']}", "scope=transfer_to_office")
        office.care("sync", "--folder", str(stick))
        with qtbot.waitSignals(
            [window.sync.data_arrived, window.sync.cycle_finished], timeout=20_000
        ):
            assert window.sync_with_folder(stick)
        cases = window.cases.model
        qtbot.waitUntil(lambda: cases.rowCount() == 2, timeout=10_000)
        # a folder that is not there: said, and nothing else changes
        with qtbot.waitSignal(window.sync.cycle_finished, timeout=20_000):
            assert window.sync_with_folder(devices / "no-such-stick")
        assert window.sync.error is not None
        shown = window.sync_status.label
        assert "no-such-stick" in shown.text() + shown.toolTip()


def test_cancel_stops_a_sync_waiting_on_a_relay_that_does_not_answer(
    qtbot: QtBot, devices: Path, settings: SettingsStore, runner: TaskRunner, english: None
) -> None:
    with socket.socket() as silent:  # accepts connections and never answers (a stalled link)
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        with field_window(qtbot, devices, settings, runner) as window:
            widget = window.sync_status
            qtbot.waitUntil(lambda: window.sync.status is not None, timeout=10_000)
            before = window.sync.status.unacknowledged  # type: ignore[union-attr]
            assert before
            # set behind the controller's back: no background probe first, F9 syncs at once
            settings.set(RELAY_URL, f"http://127.0.0.1:{silent.getsockname()[1]}")
            window.sync_action.trigger()
            qtbot.waitUntil(lambda: window.sync.syncing, timeout=10_000)
            assert widget.cancel_button.isVisibleTo(widget)
            assert widget.cancel_button.accessibleName() == "Cancel the sync"
            with qtbot.waitSignal(window.sync.cycle_finished, timeout=5_000):  # not the 30 s
                widget.cancel_button.click()
            assert not window.sync.running
            assert not widget.cancel_button.isVisibleTo(widget)
            after = window.sync.status
            assert after is not None
            assert after.unacknowledged == before  # the field device's changes still to send
