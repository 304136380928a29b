"""One way to run background work: callables on a pool, callbacks on the GUI thread.

Database work goes to a single-thread pool (SQLite has one writer); everything else (sync, PDF,
I/O) to a general pool. Workers never touch widgets: their result or error comes back through a
queued signal to callbacks that run on the GUI thread. An unexpected error goes to the crash
handler; an error a person can act on goes to the task's `on_error`.
"""

from __future__ import annotations

import itertools
import logging
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from care_desktop.domain.errors import UserFacingError

log = logging.getLogger(__name__)


@dataclass
class _Pending:
    on_done: Callable[[Any], None] | None
    on_error: Callable[[UserFacingError], None] | None
    owner: QObject | None = None
    result: Any = None
    error: BaseException | None = None
    function: Callable[[], Any] | None = None  # kept until delivered: let go on the GUI thread


class _Relay(QObject):
    # Only the task id crosses threads: results stay in Python (PySide6 6.12 miscounts references
    # of Python objects sent through queued `object` signals, which crashed at exit).
    finished = Signal(int)


def _done() -> None:
    """What a job holds once its function has run (the function went to the GUI thread)."""


class _Job(QRunnable):
    def __init__(self, runner: TaskRunner, task_id: int, function: Callable[[], Any]) -> None:
        super().__init__()
        self.runner = runner
        self.task_id = task_id
        self.function = function

    def run(self) -> None:
        # Everything the task holds (its function and what the closure captured, its result,
        # its error) is handed to the GUI thread and let go there, never here: a Qt object
        # whose last reference a worker thread drops is deleted on that thread, and crashes
        # the application (it did, as the window was rebuilt while a task ran).
        function, self.function = self.function, _done
        try:
            result: Any = function()
            error: BaseException | None = None
        except BaseException as raised:  # noqa: BLE001 - handed to the GUI thread
            result, error = None, raised
        self.runner._keep(self.task_id, function, result, error)
        del function, result, error
        self.runner._relay.finished.emit(self.task_id)


class TaskRunner(QObject):
    """Owns the pools; `run_db` for database work, `run` for the rest."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._lock = threading.Lock()
        self.db_pool = QThreadPool(self)
        self.db_pool.setMaxThreadCount(1)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)

    def run_db(
        self,
        function: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[UserFacingError], None] | None = None,
        *,
        owner: QObject | None = None,
    ) -> int:
        """Database work, one task at a time. Callbacks are dropped if `owner` is gone by then."""
        return self._submit(self.db_pool, function, on_done, on_error, owner)

    def run(
        self,
        function: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[UserFacingError], None] | None = None,
        *,
        owner: QObject | None = None,
    ) -> int:
        return self._submit(self.pool, function, on_done, on_error, owner)

    def _submit(
        self,
        pool: QThreadPool,
        function: Callable[[], Any],
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[UserFacingError], None] | None,
        owner: QObject | None,
    ) -> int:
        task_id = next(self._ids)
        with self._lock:
            self._pending[task_id] = _Pending(on_done, on_error, owner)
            first = len(self._pending) == 1
        if first:
            self.busy_changed.emit(True)
        pool.start(_Job(self, task_id, function))
        return task_id

    def _keep(
        self, task_id: int, function: Callable[[], Any], result: Any, error: BaseException | None
    ) -> None:
        """Called on the worker thread: keep the outcome for the GUI thread (`_Job.run` wakes
        it once it holds no reference of its own)."""
        with self._lock:
            pending = self._pending.get(task_id)
            if pending is not None:
                pending.result, pending.error, pending.function = result, error, function

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def _deliver(self, task_id: int) -> None:
        with self._lock:
            pending = self._pending.pop(task_id, None)
            idle = not self._pending
        if idle:
            self.busy_changed.emit(False)
        if pending is None:
            return
        if pending.owner is not None and not shiboken6.isValid(pending.owner):
            return  # the window that asked has been closed; its callbacks would crash
        error = pending.error
        if error is None:
            if pending.on_done is not None:
                pending.on_done(pending.result)
        elif isinstance(error, UserFacingError) and pending.on_error is not None:
            pending.on_error(error)
        else:
            sys.excepthook(type(error), error, error.__traceback__)

    def wait(self, milliseconds: int = 30_000) -> bool:
        """Wait for both pools to drain (shutting down, tests)."""
        return self.db_pool.waitForDone(milliseconds) and self.pool.waitForDone(milliseconds)
