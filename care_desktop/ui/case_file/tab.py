"""What every tab of the case file is: it reads its part of one case on the database thread,
says when it holds an edit that is not saved, and tells the file when it saved something."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from care_desktop.domain.errors import UserFacingError
from care_desktop.services.records import Record
from care_desktop.services.vault_service import Store
from care_desktop.ui.record_form import RecordForm
from care_desktop.ui.task_runner import TaskRunner

T = TypeVar("T")


class CaseTab(QWidget):
    """One tab of a case file.

    `load()` (re)reads what the tab shows, through services on the database thread
    (`runner.run_db`); it is called when the tab is first shown and after any tab saved.
    `is_dirty()` is true while the tab holds typed changes that are not saved: the file asks
    before anything would drop them (closing the case, going to another screen, locking).
    `saved` is emitted after a write succeeded, so the file reloads its summary and other tabs.
    `save()` saves the edit in progress when the person leaves with "Save".
    """

    saved = Signal()
    dirty_changed = Signal(bool)

    def __init__(
        self, store: Store, runner: TaskRunner, case_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.runner, self.case_id = store, runner, case_id
        self._generation = 0

    def read(
        self,
        work: Callable[[], T],
        show: Callable[[T], None],
        failed: Callable[[UserFacingError], None],
    ) -> None:
        """Run `work` on the database thread and give its result to `show`, unless a newer read
        started meanwhile: a late answer never replaces a fresher one."""
        self._generation += 1
        generation = self._generation

        def shown(result: T) -> None:
            if generation == self._generation:
                show(result)

        self.runner.run_db(work, shown, failed, owner=self)

    def save_form(
        self,
        form: RecordForm,
        work: Callable[[], Record],
        then: Callable[[Record], None] | None = None,
    ) -> bool:
        """Save a form through `work` on the database thread: only a valid, changed form that is
        not already saving; then the form shows what was stored, `then` runs and `saved` is
        emitted. A refusal is shown in the form; False when nothing started."""
        if not form.is_valid() or not form.is_dirty() or form.busy:
            return False
        form.set_busy(True)

        def done(record: Record) -> None:
            form.set_busy(False)
            form.set_values(record.values)
            if then is not None:
                then(record)
            self.saved.emit()

        self.runner.run_db(work, done, form.show_error, owner=self)
        return True

    def title(self) -> str:
        """The tab's translated title."""
        raise NotImplementedError

    def load(self) -> None:
        """Read again what the tab shows (on the database thread)."""
        raise NotImplementedError

    def is_dirty(self) -> bool:
        return False

    def discard(self) -> None:
        """Drop the edit in progress (after the person chose to)."""

    def save(self) -> bool:
        """Start saving the edit in progress (asked by "Save" when leaving the case): True when
        the save started (`saved` follows), False with nothing written when what is typed cannot
        be saved as it stands; the tab then shows why. A tab that cannot save from outside keeps
        this default."""
        return False
