"""Idle auto-lock: no keyboard, mouse or touch input for the configured time locks the store."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
    }
)


class IdleWatcher(QObject):
    """Watches every input event of the application; emits `idle_expired` once per idle spell.

    Input only notes the time (cheap enough for every mouse move); a coarse timer compares the
    idle time with the limit. Idle time is the larger of the monotonic and the wall-clock time
    since the last input: the monotonic clock stops while a laptop sleeps on some systems, the
    wall clock does not, so a laptop that wakes up after the limit locks at once.
    """

    idle_expired = Signal()

    def __init__(self, limit_ms: int, check_every_ms: int = 5_000, parent: QObject | None = None):
        super().__init__(parent)
        self.limit_ms = limit_ms
        self._touch()
        self._timer = QTimer(self)
        self._timer.setInterval(min(check_every_ms, max(limit_ms // 4, 10)))
        self._timer.timeout.connect(self._check)
        self._armed = False

    def _touch(self) -> None:
        self._monotonic = time.monotonic()
        self._wall = time.time()

    def idle_ms(self) -> float:
        return 1000 * max(time.monotonic() - self._monotonic, time.time() - self._wall)

    def start(self) -> None:
        self._touch()
        self._armed = True
        self._timer.start()

    def stop(self) -> None:
        self._armed = False
        self._timer.stop()

    def set_limit(self, limit_ms: int) -> None:
        self.limit_ms = limit_ms

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _ACTIVITY:
            self._touch()
        return False

    def _check(self) -> None:
        if self._armed and self.idle_ms() >= self.limit_ms:
            self.stop()
            self.idle_expired.emit()
