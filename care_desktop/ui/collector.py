"""Python's cycle collector, run on the GUI thread only.

Left to itself, the collector runs on whichever thread happens to allocate when its thresholds
are passed: often a worker of the task runner. A Qt object in a reference cycle (a window whose
lambdas, connected to its own signals, hold it) that it frees there is deleted on that thread,
and a widget deleted off the GUI thread crashes the application. So automatic collection is
off while the application runs, and this collects on the GUI thread as often as the same
thresholds ask, checked a few times a second.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 250


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)

    def install(self) -> None:
        gc.disable()
        self._timer.start()

    def uninstall(self) -> None:
        self._timer.stop()
        gc.enable()

    def check(self) -> int | None:
        """Collect the oldest generation whose threshold is passed; which one, or None."""
        counts = gc.get_count()
        if counts[0] <= self._thresholds[0]:
            return None
        generation = 0
        if counts[1] > self._thresholds[1]:
            generation = 2 if counts[2] > self._thresholds[2] else 1
        gc.collect(generation)
        return generation
