"""The attachments of a case: name, size, type and who added them when; adding a file (refused
above the size limit, with the reason) and saving a copy where the person chooses, and nowhere
else: the content never passes through a temporary folder."""

from __future__ import annotations

import contextlib
import mimetypes
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from care_desktop.domain import records as r
from care_desktop.domain.errors import UserFacingError
from care_desktop.services import attachment_service, history_service, records
from care_desktop.services.records import Record
from care_desktop.services.vault_service import Store
from care_desktop.ui.case_file.tab import CaseTab
from care_desktop.ui.case_file.tab_widgets import field_problem, size_text
from care_desktop.ui.i18n import error_text, tr
from care_desktop.ui.rows_model import RowsModel, rows_table
from care_desktop.ui.task_runner import TaskRunner
from care_desktop.ui.widgets import error_label

CTX = "Attachments"
_HISTORY_PAGES = 50  # at most this many pages of history are read to find who added what


class CopyNotWrittenError(UserFacingError):
    template = (
        "The copy could not be written to {path}. Check that the folder exists, that you may "
        "write there and that the disk is not full."
    )


@dataclass(frozen=True, slots=True)
class AttachmentRow:
    attachment: Record
    added_by: str
    added_at: str

    @property
    def id(self) -> str:
        return self.attachment.id


def _added(store: Store, case_id: str, ids: set[str]) -> dict[str, tuple[str, str]]:
    """Who added each attachment and when: the write that stored its content (the change log
    keeps it; the record itself does not)."""
    found: dict[str, tuple[str, str]] = {}
    offset = 0
    for _ in range(_HISTORY_PAGES):
        if not ids - set(found):
            break
        page = history_service.case_history(store, case_id, offset=offset)
        for write in page.rows:
            if write.record_type == "attachment" and write.field == "sha256":
                found[write.record_id] = (write.author or "", write.at.replace("T", " ")[:16])
        if not page.more:
            break
        offset += history_service.PAGE
    return found


def _read(store: Store, case_id: str) -> list[AttachmentRow]:
    attachments = records.list_for_case(store, "attachment", case_id)
    added = _added(store, case_id, {a.id for a in attachments})
    rows = [AttachmentRow(a, *added.get(a.id, ("", ""))) for a in attachments]
    rows.sort(key=lambda row: (row.added_at, row.attachment.text("name")), reverse=True)
    return rows


def _write_copy(data: bytes, path: Path) -> Path:
    try:
        path.write_bytes(data)
    except OSError:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)  # no half copy left where the person will look
        raise CopyNotWrittenError(path=str(path)[:200]) from None
    return path


def _model(parent: QWidget) -> RowsModel:
    cells: list[Callable[[AttachmentRow], str]] = [
        lambda row: row.attachment.text("name"),
        lambda row: size_text(row.attachment.get("size")),
        lambda row: row.attachment.text("media_type"),
        lambda row: row.attachment.text("description"),
        lambda row: row.added_by,
        lambda row: row.added_at,
    ]

    def headers() -> tuple[str, ...]:
        return (
            tr(CTX, "Name"),
            tr(CTX, "Size"),
            tr(CTX, "Type"),
            tr(CTX, "Description"),
            tr(CTX, "Added by"),
            tr(CTX, "Added (UTC)"),
        )

    return RowsModel(headers, cells, parent)


class AttachmentsTab(CaseTab):
    loaded = Signal()
    copied = Signal(str)  # the path the copy was written to

    def __init__(
        self, store: Store, runner: TaskRunner, case_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, runner, case_id, parent)
        self.model = _model(self)
        self.table = rows_table(self.model, tr(CTX, "Attachments of the case"))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._check())
        self.table.doubleClicked.connect(lambda _index: self.save_copy())
        self.description = QLineEdit()
        self.description.setAccessibleName(tr(CTX, "Description of the next file added"))
        self.description.setPlaceholderText(tr(CTX, "Description of the next file (optional)"))
        self.description.textChanged.connect(lambda _t: self._check())
        self.add_button = QPushButton(tr(CTX, "&Add file…"))
        self.add_button.setAccessibleName(tr(CTX, "Add a file to the case"))
        self.add_button.clicked.connect(self.add_file)
        self.save_button = QPushButton(tr(CTX, "&Save a copy…"))
        self.save_button.setAccessibleName(tr(CTX, "Save a copy of the selected file"))
        self.save_button.clicked.connect(self.save_copy)
        self.status = QLabel()
        self.status.setAccessibleName(tr(CTX, "Attachment status"))
        self.status.setWordWrap(True)
        self.error = error_label()
        limit = attachment_service.MAX_ATTACHMENT_BYTES // 2**20
        hint = QLabel(tr(CTX, "Files up to {limit} MB, kept encrypted.").format(limit=limit))
        controls = QHBoxLayout()
        controls.addWidget(self.description, 1)
        controls.addWidget(self.add_button)
        controls.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(controls)
        layout.addWidget(hint)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        QWidget.setTabOrder(self.table, self.description)
        QWidget.setTabOrder(self.description, self.add_button)
        QWidget.setTabOrder(self.add_button, self.save_button)
        add = QShortcut(QKeySequence(QKeySequence.StandardKey.Open), self)
        add.activated.connect(self.add_file)
        self._check()

    # --- the CaseTab contract --------------------------------------------------------------

    def title(self) -> str:
        return tr(CTX, "Attachments")

    def load(self) -> None:
        store, case_id = self.store, self.case_id
        self.read(lambda: _read(store, case_id), self._show, self._failed)

    def is_dirty(self) -> bool:
        return bool(self.description.text().strip())

    def discard(self) -> None:
        self.description.clear()

    # --- where files come from and go (overridden in tests: no native dialog there) ---------

    def choose_file(self) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(self, tr(CTX, "Add a file to the case"))
        return Path(chosen) if chosen else None

    def choose_destination(self, name: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / Path(name).name) if folder else Path(name).name
        chosen, _ = QFileDialog.getSaveFileName(self, tr(CTX, "Save a copy as"), suggested)
        return Path(chosen) if chosen else None

    # --- showing ---------------------------------------------------------------------------

    def _show(self, rows: list[AttachmentRow]) -> None:
        self.model.set_rows(rows)
        self._check()
        self.loaded.emit()

    def selected(self) -> AttachmentRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _check(self) -> None:
        problem = field_problem(r.ATTACHMENT, "description", self.description.text())
        self.add_button.setEnabled(problem is None)
        if problem:
            self._show_error(problem)
        self.save_button.setEnabled(self.selected() is not None)
        self.dirty_changed.emit(self.is_dirty())

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _failed(self, error: UserFacingError) -> None:
        self.status.clear()
        self._show_error(error_text(error))
        self._check()

    # --- adding and saving -----------------------------------------------------------------

    def add_file(self) -> None:
        source = self.choose_file()
        if source is None:
            return
        store, case_id = self.store, self.case_id
        description = self.description.text().strip() or None
        media_type = mimetypes.guess_type(source.name)[0]
        self.error.hide()
        self.status.setText(tr(CTX, "Adding {name}…").format(name=source.name))
        self.add_button.setEnabled(False)

        def done(added: Record) -> None:
            self.description.clear()
            self.status.setText(tr(CTX, "{name} added.").format(name=added.text("name")))
            self.saved.emit()
            self.load()

        self.runner.run_db(
            lambda: attachment_service.attach(
                store, case_id, source, description=description, media_type=media_type
            ),
            done,
            self._failed,
            owner=self,
        )

    def save_copy(self) -> None:
        row = self.selected()
        if row is None:
            return
        destination = self.choose_destination(row.attachment.text("name"))
        if destination is None:
            return
        store, attachment_id = self.store, row.id
        self.error.hide()
        self.save_button.setEnabled(False)

        def write(data: bytes) -> None:
            self.runner.run(
                lambda: _write_copy(data, destination), written, self._failed, owner=self
            )

        def written(path: Path) -> None:
            self.status.setText(tr(CTX, "Copy saved to {path}.").format(path=str(path)))
            self._check()
            self.copied.emit(str(path))

        self.runner.run_db(
            lambda: attachment_service.content(store, attachment_id),
            write,
            self._failed,
            owner=self,
        )
