"""Background sync while the window is open, and the line of the status bar that says where it is.

`SyncController` runs a cycle at start and every SYNC_INTERVAL_MINUTES when a relay address is
set: it asks whether the relay answers (off the GUI thread), and only then syncs on the general
pool (a sync can take minutes). An unreachable relay is waited for quietly, trying again after
1, 2, 4... minutes up to the interval. One cycle at a time. `stop()` (lock, close) cancels a
running sync at its next progress step and drops every late callback, so nothing touches a
closed store. `SyncStatusWidget` shows the outcome in plain words.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from care_desktop.domain.errors import UserFacingError
from care_desktop.domain.settings import RELAY_URL, SYNC_INTERVAL_MINUTES
from care_desktop.services import sync_service
from care_desktop.services.settings_service import SettingsStore, relay_ca_file
from care_desktop.services.sync_service import SyncReport, SyncStatus
from care_desktop.services.vault_service import Store
from care_desktop.ui.i18n import error_text, tr
from care_desktop.ui.task_runner import TaskRunner

CTX = "SyncStatus"
MINUTE_MS = 60_000


class _CancelledError(Exception):
    """Raised by the progress callback in the worker once the window locks or closes."""


class _Bug:
    """An unexpected error of a background step, carried back as a result so that the cycle
    ends (not stuck "running") before the crash handler sees it."""

    def __init__(self, error: Exception) -> None:
        self.error = error


def _guarded(work: Callable[[], Any]) -> Callable[[], Any]:
    def run() -> Any:
        try:
            return work()
        except UserFacingError:
            raise
        except Exception as error:  # noqa: BLE001 - reported on the GUI thread
            return _Bug(error)

    return run


def _settle(store: Store, prepare: bool) -> SyncStatus:
    """After a cycle: the counts; when the relay did not answer the first question (so no sync
    ran), the bundles made first, so that what waits to leave is ready (and counted) for the
    next sync or a USB stick."""
    if prepare:
        sync_service.prepare_outbox(store)
    return sync_service.status(store)


class SyncController(QObject):
    """Runs sync cycles in the background; its state is read by the status widget."""

    changed = Signal()
    running_changed = Signal(bool)
    # From the worker thread, queued to the GUI thread: only a str and ints cross (PySide6
    # miscounts references of Python objects in queued signals, see task_runner.py).
    progressed = Signal(str, int, int)
    relay_missing = Signal()  # "Sync now" with no relay address set
    cycle_started = Signal(bool)  # forced
    cycle_finished = Signal()
    data_arrived = Signal()  # a sync applied bundles: what the screens show may have changed

    def __init__(
        self,
        store: Store,
        settings: SettingsStore,
        runner: TaskRunner,
        parent: QObject | None = None,
        *,
        minute_ms: int = MINUTE_MS,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.runner = runner
        self.minute_ms = minute_ms
        self.status: SyncStatus | None = None
        self.error: UserFacingError | None = None  # why the last sync failed
        self.offline = False  # the relay did not answer
        self.unreachable: UserFacingError | None = None  # the sentence for "offline"
        self.missing_relay = False
        self.syncing = False  # transferring (not just asking whether the relay answers)
        self.backoff_minutes = 1
        self._running = False
        self._started = False
        self._stopped = False
        self._cancel = sync_service.Cancel()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self._cycle(forced=False))

    # --- what the window calls ----------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._running

    @property
    def relay_url(self) -> str:
        return self.settings.get(RELAY_URL).strip()

    @property
    def next_cycle_ms(self) -> int | None:
        """When the next cycle is due (None: none planned)."""
        return self._timer.interval() if self._timer.isActive() else None

    def start(self) -> None:
        """The counts now, and a first cycle as soon as the window is shown."""
        if self._started or self._stopped:
            return
        self._started = True
        # After the window is shown, so that the case list's first page is read first: reading
        # the counts takes seconds on a large change log (4.7 s at 100,000 demo cases).
        QTimer.singleShot(0, self, self.refresh)
        if self.relay_url:
            self._timer.start(0)

    def stop(self) -> None:
        """No new cycle; a running sync stops at its next step; late callbacks are dropped."""
        self._stopped = True
        self._cancel.set()
        self._timer.stop()

    def refresh(self) -> None:
        if self._stopped or not self.store.is_open:
            return
        store = self.store
        self.runner.run_db(
            _guarded(lambda: sync_service.status(store)),
            self._status_read,
            self._settle_failed,
            owner=self,
        )

    def sync_now(self) -> None:
        """A cycle now, even if the relay looked offline; nothing if one is running."""
        self._cycle(forced=True)

    def cancel(self) -> None:
        """Stop the sync in progress at its next step (open connections are broken at once);
        what was not sent waits in the outbox, what was not imported in the inbox."""
        if self._running:
            self._cancel.set()

    def sync_folder(self, folder: Path) -> bool:
        """Exchange bundles with a folder now (a USB stick, a shared or cloud-synced folder):
        import what is addressed to this device, leave there what waits to leave. False when a
        sync is already running (nothing starts)."""
        if self._stopped or self._running or not self.store.is_open:
            return False
        self._timer.stop()
        self._set_running(True)
        self.cycle_started.emit(True)
        store, emit = self.store, self.progressed.emit

        def work() -> SyncReport:
            return sync_service.sync_folder(store, folder, emit)

        self.syncing = True
        self.changed.emit()
        self.runner.run(
            _guarded(work),
            lambda report: self._synced(report, relay=False),
            lambda error: self._sync_failed(error, relay=False),
            owner=self,
        )
        return True

    def relay_changed(self) -> None:
        """A new relay address: forget the back-off and the old outcome, try it soon."""
        if self._stopped:
            return
        self.backoff_minutes = 1
        self.offline = False
        self.error = None
        self.missing_relay = False
        if not self._running:
            if self.relay_url:
                self._timer.start(0)
            else:
                self._timer.stop()
        self.changed.emit()

    def interval_changed(self) -> None:
        if not self._stopped and not self._running and self.relay_url and not self.offline:
            self._schedule(self._interval())

    # --- one cycle ----------------------------------------------------------------------------

    def _interval(self) -> int:
        return self.settings.get(SYNC_INTERVAL_MINUTES)

    def _schedule(self, minutes: int) -> None:
        if not self._stopped and self.relay_url:
            self._timer.start(max(1, minutes * self.minute_ms))

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.running_changed.emit(running)

    def _cycle(self, *, forced: bool) -> None:
        if self._stopped or self._running or not self.store.is_open:
            return
        url = self.relay_url
        if not url:
            if forced:
                self.missing_relay = True
                self.changed.emit()
                self.relay_missing.emit()
            return
        self.missing_relay = False
        self._timer.stop()
        self._cancel = sync_service.Cancel()  # a fresh one: the last may still be watched
        self._set_running(True)
        self.cycle_started.emit(forced)
        if forced:
            self._start_sync(url)
            return
        store, ca_file = self.store, relay_ca_file(self.settings)
        self.runner.run(
            _guarded(lambda: sync_service.relay_reachable(store, url, ca_file)),
            lambda reachable: self._probed(url, reachable),
            self._sync_failed,
            owner=self,
        )

    def _probed(self, url: str, reachable: bool | _Bug) -> None:
        if self._stopped:
            return
        if isinstance(reachable, _Bug):
            self._crashed(reachable)
        elif reachable:
            self._start_sync(url)
        else:
            self.offline = True
            self.unreachable = sync_service.relay_error("unreachable", url)
            self._end(prepare=True, minutes=self._backoff())

    def _start_sync(self, url: str) -> None:
        store, cancel, emit = self.store, self._cancel, self.progressed.emit
        ca_file = relay_ca_file(self.settings)  # the office's own authority, if it gave one

        def progress(stage: str, done: int, total: int) -> None:
            if cancel.is_set():
                raise _CancelledError
            emit(stage, done, total)

        def work() -> SyncReport | None:
            if cancel.is_set():
                return None
            try:
                return sync_service.sync_relay(
                    store, url, ca_file=ca_file, progress=progress, cancel=cancel
                )
            except (_CancelledError, sync_service.SyncCancelledError):
                return None

        self.syncing = True
        self.changed.emit()
        self.runner.run(_guarded(work), self._synced, self._sync_failed, owner=self)

    def _synced(self, report: SyncReport | _Bug | None, *, relay: bool = True) -> None:
        """A sync ended (None: cancelled); a folder sync (`relay=False`) says nothing about
        whether the relay answers."""
        if self._stopped:
            return
        if isinstance(report, _Bug):
            self._crashed(report)
            return
        self.syncing = False
        self.error = None
        if relay:
            self.offline = False
            self.backoff_minutes = 1
        if report is not None and report.applied:
            self.data_arrived.emit()  # the screens that show records read them again
        self._end(prepare=False, minutes=self._interval())

    def _sync_failed(self, error: UserFacingError, *, relay: bool = True) -> None:
        if self._stopped:
            return
        self.syncing = False
        self.error = error
        if not relay:
            self._end(prepare=False, minutes=self._interval())
            return
        self.offline = isinstance(error, sync_service.RelayUnreachableError)
        if self.offline:
            self.unreachable = error
        # sync_relay made what peers lack before it gave up: only the counts are read again
        self._end(prepare=False, minutes=self._backoff() if self.offline else self._interval())

    def _backoff(self) -> int:
        """1, 2, 4... minutes up to the interval, while the relay does not answer."""
        minutes = min(self.backoff_minutes, self._interval())
        self.backoff_minutes = min(self.backoff_minutes * 2, self._interval())
        return minutes

    def _end(self, *, prepare: bool, minutes: int) -> None:
        store = self.store
        self.runner.run_db(
            _guarded(lambda: _settle(store, prepare)),
            lambda status: self._settled(status, minutes),
            lambda error: self._settle_failed(error, minutes),
            owner=self,
        )

    def _settled(self, status: SyncStatus | _Bug, minutes: int) -> None:
        if self._stopped:
            return
        if isinstance(status, _Bug):
            self._crashed(status)
            return
        self.status = status
        self._finish(minutes)

    def _settle_failed(self, error: UserFacingError, minutes: int | None = None) -> None:
        if self._stopped:
            return
        self.error = error
        if minutes is None:  # a refresh outside a cycle
            self.changed.emit()
        else:
            self._finish(minutes)

    def _finish(self, minutes: int) -> None:
        self._schedule(minutes)
        self._set_running(False)
        self.changed.emit()
        self.cycle_finished.emit()

    def _status_read(self, status: SyncStatus | _Bug) -> None:
        if self._stopped:
            return
        if isinstance(status, _Bug):
            sys.excepthook(type(status.error), status.error, status.error.__traceback__)
            return
        self.status = status
        self.changed.emit()

    def _crashed(self, bug: _Bug) -> None:
        self.syncing = False
        if self._running:
            self._finish(self._interval())
        sys.excepthook(type(bug.error), bug.error, bug.error.__traceback__)


# --- the status bar -----------------------------------------------------------------------------


def _first_sentence(text: str) -> str:
    end = text.find(". ")
    return text if end < 0 else text[: end + 1]


def _synced_text(last_success: str | None) -> str:
    if not last_success:
        return tr(CTX, "Never synced")
    try:
        when = datetime.fromisoformat(last_success).astimezone()
    except ValueError:
        return tr(CTX, "Never synced")
    time = when.strftime("%H:%M")
    if when.date() == datetime.now().astimezone().date():
        return tr(CTX, "Synced {time}").format(time=time)
    return tr(CTX, "Synced {date} at {time}").format(date=when.date().isoformat(), time=time)


def _counts_text(status: SyncStatus) -> list[str]:
    parts = []
    if status.waiting_out == 1:
        parts.append(tr(CTX, "1 bundle waiting to leave"))
    elif status.waiting_out:
        parts.append(tr(CTX, "{count} bundles waiting to leave").format(count=status.waiting_out))
    if status.waiting_in == 1:
        parts.append(tr(CTX, "1 bundle received, not yet imported"))
    elif status.waiting_in:
        parts.append(
            tr(CTX, "{count} bundles received, not yet imported").format(count=status.waiting_in)
        )
    if status.unacknowledged == 1:
        parts.append(tr(CTX, "1 change not yet confirmed as received"))
    elif status.unacknowledged:
        parts.append(
            tr(CTX, "{count} changes not yet confirmed as received").format(
                count=status.unacknowledged
            )
        )
    return parts


def _line(head: str, counts: list[str]) -> str:
    return " — ".join([head, " · ".join(counts)]) if counts else head


def describe(controller: SyncController) -> tuple[str, str, bool]:
    """(text, tooltip, is a problem) of the status line when no transfer is under way."""
    status = controller.status or SyncStatus()
    counts = _counts_text(status)
    if controller.missing_relay:
        head = tr(CTX, "No relay address: set one in Settings")
        full = tr(
            CTX,
            "No relay address is set, so this computer cannot sync through the relay. "
            "Enter the relay address given by the office in Settings, then sync again.",
        )
        return _line(head, counts), full, True
    if controller.error is not None:
        full = error_text(controller.error)
        return _line(_first_sentence(full), counts), full, True
    if controller.offline:
        full = error_text(controller.unreachable) if controller.unreachable else ""
        return _line(tr(CTX, "Offline"), counts), full, False
    text = " · ".join(
        [_synced_text(status.last_success), *(counts or [tr(CTX, "nothing waiting")])]
    )
    if not controller.relay_url:
        return text, tr(CTX, "No relay address is set: sync through the relay is off."), False
    return text, text, False


class SyncStatusWidget(QWidget):
    """ "Synced 14:02 · 2 bundles waiting to leave", "Syncing… 40 %" or what went wrong."""

    def __init__(
        self, controller: SyncController, action: QAction, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setAccessibleName(tr(CTX, "Sync"))
        self.label = QLabel()
        self.label.setAccessibleName(tr(CTX, "Sync status"))
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(tr(CTX, "Sync progress"))
        self.bar.setRange(0, 100)
        self.bar.setFixedWidth(120)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        self.bar.hide()
        self.cancel_button = QToolButton()
        self.cancel_button.setText(tr(CTX, "Cancel"))
        self.cancel_button.setAccessibleName(tr(CTX, "Cancel the sync"))
        self.cancel_button.setToolTip(tr(CTX, "Stop the sync; nothing is lost, it goes on later"))
        self.cancel_button.clicked.connect(controller.cancel)
        self.cancel_button.hide()
        self.button = QToolButton()
        self.button.setDefaultAction(action)
        self.button.setAccessibleName(tr(CTX, "Sync now"))
        self.button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.button)
        controller.changed.connect(self.show_state)
        controller.progressed.connect(self.show_progress, Qt.ConnectionType.QueuedConnection)
        self.show_state()

    def show_state(self) -> None:
        if self.controller.syncing:
            self._show_text(tr(CTX, "Syncing…"), tr(CTX, "Syncing with the relay…"), False)
            self.bar.setRange(0, 0)  # busy until the first progress arrives
            self.bar.show()
            self.cancel_button.show()
            return
        self.bar.hide()
        self.cancel_button.hide()
        self._show_text(*describe(self.controller))

    def show_progress(self, stage: str, done: int, total: int) -> None:
        if not self.controller.syncing:
            return  # a late step of a finished or cancelled sync
        percent = max(0, min(100, done * 100 // total)) if total > 0 else 0
        steps = {
            "send": tr(CTX, "Sending bundles"),
            "receive": tr(CTX, "Receiving bundles"),
            "import": tr(CTX, "Importing bundles"),
        }
        text = tr(CTX, "Syncing… {percent} %").format(percent=percent)
        step = steps.get(stage, tr(CTX, "Syncing"))
        self._show_text(
            text, tr(CTX, "{step}: {percent} %").format(step=step, percent=percent), False
        )
        self.bar.setRange(0, 100)
        self.bar.setValue(percent)
        self.bar.setAccessibleDescription(steps.get(stage, ""))
        self.bar.show()

    def _show_text(self, text: str, tooltip: str, problem: bool) -> None:
        self.label.setText(text)
        self.label.setStyleSheet("color: #b00020;" if problem else "")
        self.label.setAccessibleDescription(tooltip)
        self.label.setToolTip(tooltip)
        self.setToolTip(tooltip)
