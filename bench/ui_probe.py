"""An event-loop latency probe: a precise timer on the GUI thread that notes how late each tick
comes. A tick that comes 60 ms late means the GUI thread could not answer a key or repaint for
60 ms: that is the stall a person feels. Ticks are labelled with the phase of the benchmark
they fell in, so a stall can be traced to what was happening."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer

INTERVAL_MS = 5
STALL_MS = 50.0


class LatencyProbe(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.phase = "idle"
        self.lateness: dict[str, list[float]] = {}
        self.stalls: list[tuple[str, float, float]] = []  # phase, when (s), lateness (ms)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0

    def start(self, phase: str) -> None:
        self.phase = phase
        self._last = time.perf_counter()
        self._timer.start()

    def set_phase(self, phase: str) -> None:
        self.phase = phase

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        late_ms = max(0.0, (now - self._last) * 1000 - INTERVAL_MS)
        self._last = now
        self.lateness.setdefault(self.phase, []).append(late_ms)
        if late_ms > STALL_MS:
            self.stalls.append((self.phase, now, late_ms))

    def summary(self, phase: str) -> dict[str, Any]:
        values = sorted(self.lateness.get(phase, []))
        if not values:
            return {"ticks": 0, "max_ms": 0.0, "p99_ms": 0.0, "p50_ms": 0.0, "over_50ms": 0}
        return {
            "ticks": len(values),
            "max_ms": values[-1],
            "p99_ms": values[min(len(values) - 1, int(len(values) * 0.99))],
            "p50_ms": values[len(values) // 2],
            "over_50ms": sum(1 for value in values if value > STALL_MS),
        }


def wait_until(predicate: Callable[[], bool], timeout_s: float = 120.0) -> bool:
    """Run the event loop until `predicate` holds; checked every 2 ms by a timer (never a busy
    loop, which would take the CPU and the GIL from the database thread being measured)."""
    if predicate():
        return True
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(2)
    deadline = time.perf_counter() + timeout_s

    def look() -> None:
        if predicate() or time.perf_counter() > deadline:
            loop.quit()

    check.timeout.connect(look)
    check.start()
    loop.exec()
    check.stop()
    return predicate()


def pause(seconds: float) -> None:
    """Let the event loop run for a while (the probe keeps ticking)."""
    end = time.perf_counter() + seconds
    wait_until(lambda: time.perf_counter() >= end, seconds + 1)
