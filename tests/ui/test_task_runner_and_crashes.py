"""Background work reports back on the GUI thread; bugs are logged without their contents."""

from __future__ import annotations

import gc
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from care_desktop.domain.errors import UserFacingError, WrongPassphraseError
from care_desktop.ui.collector import GuiThreadCollector
from care_desktop.ui.crash_handler import CrashHandler
from care_desktop.ui.task_runner import TaskRunner
from tests.conftest import read_logs

SECRET = "Adaeze-Okonkwo-lives-at-12-Marina-Road"


def test_results_and_errors_come_back_on_the_gui_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    gui = QThread.currentThread()
    seen: list[object] = []

    def work() -> str:
        assert QThread.currentThread() is not gui
        return "done"

    def done(value: object) -> None:
        seen.append((value, QThread.currentThread() is gui))

    def refused(error: UserFacingError) -> None:
        seen.append((type(error).__name__, QThread.currentThread() is gui))

    def fail() -> None:
        raise WrongPassphraseError()

    runner.run(work, done)
    runner.run_db(fail, done, refused)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5_000)
    assert sorted(seen, key=str) == [("WrongPassphraseError", True), ("done", True)]
    assert not runner.busy


def test_database_work_runs_one_task_at_a_time(qtbot: QtBot, runner: TaskRunner) -> None:
    active = 0
    peak = 0
    lock = threading.Lock()
    finished: list[int] = []

    def work() -> None:
        nonlocal active, peak
        with lock:
            active += 1
            peak = max(peak, active)
        QThread.msleep(20)
        with lock:
            active -= 1

    for number in range(5):
        runner.run_db(work, lambda _, n=number: finished.append(n))
    qtbot.waitUntil(lambda: len(finished) == 5, timeout=5_000)
    assert peak == 1
    assert finished == [0, 1, 2, 3, 4]


def test_a_bug_in_a_task_reaches_the_crash_handler_without_its_message(
    qtbot: QtBot, runner: TaskRunner, log_folder: Path
) -> None:
    crash = CrashHandler(show_dialog=False)
    crash.install()
    try:

        def buggy() -> None:
            raise ValueError(f"could not save {SECRET}")

        with qtbot.waitSignal(crash.crashed, timeout=5_000) as signal:
            runner.run_db(buggy)
        reference = signal.args[0]
    finally:
        crash.uninstall()
    text = read_logs(log_folder)
    assert reference in text
    assert "builtins.ValueError" in text
    assert "test_task_runner_and_crashes.py" in text
    assert SECRET not in text
    assert "Marina" not in text


def test_the_excepthook_catches_exceptions_raised_in_slots(qtbot: QtBot, log_folder: Path) -> None:
    crash = CrashHandler(show_dialog=False)
    crash.install()
    assert sys.excepthook == crash.handle
    try:

        def slot() -> None:
            raise KeyError(SECRET)

        with qtbot.waitSignal(crash.crashed, timeout=5_000):
            QTimer.singleShot(0, slot)
    finally:
        crash.uninstall()
    assert QApplication.instance() is not None
    text = read_logs(log_folder)
    assert "builtins.KeyError" in text
    assert SECRET not in text


RELEASED_ON: list[str] = []


class _Tracked:
    """Notes on which thread it is let go (a stand-in for a window a task's closure held)."""

    def __del__(self) -> None:
        RELEASED_ON.append(threading.current_thread().name)


def test_what_a_task_holds_is_let_go_on_the_gui_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    """A task's function, its callbacks and its result are released on the GUI thread: a Qt
    object a closure held last, deleted on a worker thread, crashes the application (it did, as
    the window was rebuilt in another language while a task ran)."""
    RELEASED_ON.clear()
    delivered: list[int] = []
    for number in range(20):
        held, kept, returned = _Tracked(), _Tracked(), _Tracked()
        runner.run(
            lambda held=held, returned=returned: (QThread.msleep(2), held and returned)[1],
            lambda result, kept=kept, number=number: delivered.append(number),
        )
        runner.run_db(lambda held=held: held, lambda result: None)
        del held, kept, returned
    qtbot.waitUntil(lambda: len(delivered) == 20 and not runner.busy, timeout=10_000)
    runner.wait()
    QApplication.processEvents()
    gc.collect()
    assert len(RELEASED_ON) == 60
    assert set(RELEASED_ON) == {threading.main_thread().name}


def test_cycles_are_collected_on_the_gui_thread_only(qtbot: QtBot, runner: TaskRunner) -> None:
    """With the application's collector, a cycle let go anywhere is freed on the GUI thread
    (the cycle collector never runs on a worker, whatever the worker allocates)."""
    collector = GuiThreadCollector()
    collector.install()  # already so in every UI test (tests/ui/conftest.py): as the application
    try:
        assert not gc.isenabled()
        RELEASED_ON.clear()

        def make_cycles() -> None:
            for _ in range(1_000):  # more new objects than the first generation's threshold
                node: list[object] = [_Tracked()]
                node.append(node)  # a cycle: only the collector can free it

        done: list[bool] = []
        runner.run(make_cycles, lambda _: done.append(True))
        qtbot.waitUntil(lambda: bool(done), timeout=10_000)
        qtbot.waitUntil(lambda: len(RELEASED_ON) == 1_000, timeout=10_000)
        assert set(RELEASED_ON) == {threading.main_thread().name}
    finally:
        collector.uninstall()
        gc.disable()  # the session's collector (conftest) goes on
