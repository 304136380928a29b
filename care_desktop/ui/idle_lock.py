"""Idle auto-lock: no keyboard, mouse or touch input for the configured time locks the store."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer, Signal

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

    Input only restarts an elapsed-time counter (cheap enough for every mouse move); a coarse
    timer compares it with the limit.
    """

    idle_expired = Signal()

    def __init__(self, limit_ms: int, check_every_ms: int = 5_000, parent: QObject | None = None):
        super().__init__(parent)
        self.limit_ms = limit_ms
        self._since = QElapsedTimer()
        self._since.start()
        self._timer = QTimer(self)
        self._timer.setInterval(min(check_every_ms, max(limit_ms // 4, 10)))
        self._timer.timeout.connect(self._check)
        self._armed = False

    def start(self) -> None:
        self._since.restart()
        self._armed = True
        self._timer.start()

    def stop(self) -> None:
        self._armed = False
        self._timer.stop()

    def set_limit(self, limit_ms: int) -> None:
        self.limit_ms = limit_ms

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _ACTIVITY:
            self._since.restart()
        return False

    def _check(self) -> None:
        if self._armed and self._since.elapsed() >= self.limit_ms:
            self.stop()
            self.idle_expired.emit()
