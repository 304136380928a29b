"""Printing from the application (issue 7 points 6 and 7): each print is built by its service on
the database thread (which writes its one audit entry), then shown in the preview to be printed
or saved where the person chooses.

The services of the week's batch and of the indicator report write their file themselves (the
file is written inside the transaction that audits it), so for those the person names the file
first; the batch's file is then opened in the preview, to be printed. The CSV goes straight to
its file. Defaults (language, paper, profile) are the print settings'.

Screens find the window's `PrintActions` with `printing(widget, store, runner)`: the main window
makes one with its settings; a screen shown on its own (tests) gets one with the defaults.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from care_desktop import i18n
from care_desktop.domain.errors import UserFacingError
from care_desktop.domain.roles import Role
from care_desktop.services import vault_service
from care_desktop.services.print_common import PrintOptions
from care_desktop.services.settings_service import PrintDefaults, SettingsStore, print_defaults
from care_desktop.services.vault_service import Store
from care_desktop.ui.i18n import error_text, tr
from care_desktop.ui.print_dialogs import CaseSheetDialog, IndicatorDialog, print_language
from care_desktop.ui.print_preview import PrintPreview
from care_desktop.ui.task_runner import TaskRunner

if TYPE_CHECKING:
    from care_desktop.services.form_print_service import BatchResult

# The print services (and reportlab, HarfBuzz and Pillow under them) are imported by the first
# print, not at start-up: about 20 MB and a tenth of a second a person who does not print never
# pays (measured in bench/ui_bench.py, docs/PERFORMANCE.md).

CTX = "PrintActions"
OBJECT_NAME = "care-printing"
OnError = Callable[[UserFacingError], None]


def printing(widget: QWidget, store: Store, runner: TaskRunner) -> PrintActions:
    """The PrintActions of `widget`'s window (made once per window if it has none)."""
    window = widget.window()
    found = window.findChild(PrintActions, OBJECT_NAME)
    if isinstance(found, PrintActions):
        return found
    return PrintActions(store, runner, None, window)


class PrintActions(QObject):
    preview_opened = Signal(object)  # the PrintPreview
    batch_started = Signal(object)  # the BatchPrint
    report_written = Signal(str)  # the indicator report's file

    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        settings: SettingsStore | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        self.store, self.runner, self.settings = store, runner, settings
        self.dialog: Any = None  # the last options dialog (tests reach it here)
        self.preview: PrintPreview | None = None

    def defaults(self) -> PrintDefaults:
        language = i18n.current_language()
        if self.settings is None:
            chosen = PrintDefaults(paper="A4", profile="interview", language=language)
        else:
            chosen = print_defaults(self.settings, language)
        return PrintDefaults(chosen.paper, chosen.profile, print_language(chosen.language))

    def options(self) -> PrintOptions:
        chosen = self.defaults()
        return PrintOptions(language=chosen.language, paper=chosen.paper)

    # --- showing -----------------------------------------------------------------------------

    def _show_error(self, parent: QWidget, on_error: OnError | None) -> OnError:
        def show(error: UserFacingError) -> None:
            if on_error is not None:
                on_error(error)
                return
            box = QMessageBox(QMessageBox.Icon.Warning, tr(CTX, "Printing"), error_text(error),
                              QMessageBox.StandardButton.Ok, parent)  # fmt: skip
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

        return show

    def _build(
        self,
        parent: QWidget,
        work: Callable[[], bytes],
        *,
        title: str,
        name: str,
        paper: str,
        on_error: OnError | None,
    ) -> None:
        """Build the PDF on the database thread, then preview it."""
        self.runner.run_db(
            work,
            lambda pdf: self.open_preview(pdf, title, name, paper, parent),
            self._show_error(parent, on_error),
            owner=parent,
        )

    def open_preview(
        self, pdf: bytes, title: str, name: str, paper: str, parent: QWidget
    ) -> PrintPreview:
        preview = PrintPreview(pdf, title, name, self.runner, parent, paper=paper)
        self.preview = preview
        preview.destroyed.connect(lambda *_: setattr(self, "preview", None))
        preview.open()
        self.preview_opened.emit(preview)
        return preview

    def choose_save_path(self, parent: QWidget, title: str, name: str, kind: str) -> Path | None:
        """Where the person wants a file written (the system's dialog); None if they cancel."""
        pattern = tr(CTX, "CSV files (*.csv)") if kind == "csv" else tr(CTX, "PDF files (*.pdf)")
        chosen, _ = QFileDialog.getSaveFileName(parent, title, name, pattern)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == f".{kind}" else path.with_name(f"{path.name}.{kind}")

    # --- the case sheet ----------------------------------------------------------------------

    def case_sheet(
        self, parent: QWidget, case_id: str, case_code: str, on_error: OnError | None = None
    ) -> None:
        """Ask which sheet (the device's role decides whether the full one is offered)."""
        store = self.store
        self.runner.run_db(
            lambda: vault_service.device_info(store).role,
            lambda role: self._ask_profile(parent, case_id, case_code, Role(role), on_error),
            self._show_error(parent, on_error),
            owner=parent,
        )

    def _ask_profile(
        self, parent: QWidget, case_id: str, case_code: str, role: Role, on_error: OnError | None
    ) -> None:
        dialog = CaseSheetDialog(self.defaults(), role, case_code, parent)
        self.dialog = dialog

        def chosen() -> None:
            from care_desktop.services import print_service  # noqa: PLC0415 - loaded by the first print

            options = dialog.chosen()
            store = self.store
            self._build(
                parent,
                lambda: print_service.case_sheet(
                    store, case_id, options.profile, language=options.language,
                    paper=options.paper,
                ).pdf,
                title=tr(CTX, "Case sheet of {case}").format(case=case_code),
                name=f"{case_code}-{options.profile}.pdf",
                paper=options.paper,
                on_error=on_error,
            )  # fmt: skip

        dialog.accepted.connect(chosen)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # --- forms -------------------------------------------------------------------------------

    def visit_form(
        self,
        parent: QWidget,
        case_id: str,
        case_code: str,
        slot: str | None,
        on_error: OnError | None = None,
    ) -> None:
        from care_desktop.services import form_print_service  # noqa: PLC0415 - loaded by the first print

        store, options = self.store, self.options()
        self._build(
            parent,
            lambda: form_print_service.print_visit_form(store, case_id, slot=slot, options=options),
            title=tr(CTX, "Visit form of {case}").format(case=case_code),
            name=f"{case_code}-visit-{slot or 'next'}.pdf",
            paper=options.paper,
            on_error=on_error,
        )

    def training(
        self,
        parent: QWidget,
        session_id: str,
        *,
        certificates: bool,
        on_error: OnError | None = None,
    ) -> None:
        from care_desktop.services import form_print_service  # noqa: PLC0415 - loaded by the first print

        store, options = self.store, self.options()
        service = (
            form_print_service.print_certificates
            if certificates
            else form_print_service.print_attendance
        )
        title = tr(CTX, "Certificates") if certificates else tr(CTX, "Attendance sheet")
        name = "certificates.pdf" if certificates else "attendance-sheet.pdf"
        self._build(
            parent,
            lambda: service(store, session_id, options=options),
            title=title,
            name=name,
            paper=options.paper,
            on_error=on_error,
        )

    # --- the week's batch --------------------------------------------------------------------

    def visits_due(
        self, parent: QWidget, officer_id: str | None = None, on_error: OnError | None = None
    ) -> BatchPrint | None:
        """Every visit form of next week in one PDF, at a file the person names first."""
        from care_desktop.services import form_print_service  # noqa: PLC0415 - loaded by the first print

        start = form_print_service.next_week(date.today())
        path = self.choose_save_path(
            parent,
            tr(CTX, "Save next week's visit forms as"),
            f"visit-forms-{start.isoformat()}.pdf",
            "pdf",
        )
        if path is None:
            return None
        batch = BatchPrint(
            self, parent, path=path, start=start, officer_id=officer_id,
            on_error=self._show_error(parent, on_error),
        )  # fmt: skip
        self.batch_started.emit(batch)
        batch.start()
        return batch

    # --- the donor report --------------------------------------------------------------------

    def indicator_report(
        self, parent: QWidget, programme: str | None = None, on_error: OnError | None = None
    ) -> IndicatorDialog:
        dialog = IndicatorDialog(self.defaults(), date.today(), parent)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._write_report(parent, dialog, programme, on_error))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _write_report(
        self,
        parent: QWidget,
        dialog: IndicatorDialog,
        programme: str | None,
        on_error: OnError | None,
    ) -> None:
        from care_desktop.services import indicator_service  # noqa: PLC0415 - loaded by the first print

        start, end = dialog.period()
        kind = str(dialog.output_format.currentData())
        options = PrintOptions(
            language=str(dialog.language.currentData()), paper=str(dialog.paper.currentData())
        )
        path = self.choose_save_path(
            parent,
            tr(CTX, "Save the indicator report as"),
            f"indicators-{start.isoformat()}-{end.isoformat()}.{kind}",
            kind,
        )
        if path is None:
            return
        store, request = (
            self.store,
            indicator_service.ReportRequest(start=start, end=end, programme=programme),
        )

        def write() -> bytes | None:
            indicator_service.write_report(
                store, request, path, output_format=kind, options=options
            )
            return path.read_bytes() if kind == "pdf" else None

        def written(pdf: bytes | None) -> None:
            self.report_written.emit(str(path))
            if pdf is not None:
                self.open_preview(
                    pdf, tr(CTX, "Indicator report"), path.name, options.paper, parent
                )

        self.runner.run_db(write, written, self._show_error(parent, on_error), owner=parent)


class BatchPrint(QObject):
    """The week's batch on the database thread, its progress shown; Cancel stops it before the
    next form and nothing is written (the service writes neither file nor audit entry)."""

    # emitted by the service's progress callback on the database thread: queued to this object
    progressed = Signal(int, int)
    finished = Signal(object)  # BatchResult

    def __init__(
        self,
        actions: PrintActions,
        parent: QWidget,
        *,
        path: Path,
        start: date,
        officer_id: str | None,
        on_error: OnError,
    ) -> None:
        super().__init__(actions)
        self.actions, self.parent_widget, self.path = actions, parent, path
        self.start_day, self.officer_id, self.on_error = start, officer_id, on_error
        self.result: BatchResult | None = None
        self.values: list[tuple[int, int]] = []
        self._cancel = threading.Event()
        self.progress = QProgressDialog(
            tr(CTX, "Laying out the visit forms of the week from {day}…").format(
                day=start.isoformat()
            ),
            tr(CTX, "Cancel"),
            0,
            0,
            parent,
        )
        self.progress.setWindowTitle(tr(CTX, "Next week's visit forms"))
        self.progress.setAccessibleName(tr(CTX, "Progress of the visit forms"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel)
        self.progressed.connect(self._progressed)

    def start(self) -> None:
        from care_desktop.services import form_print_service  # noqa: PLC0415 - loaded by the first print

        store, path, options = self.actions.store, self.path, self.actions.options()
        start, officer = self.start_day, self.officer_id
        emit, cancelled = self.progressed.emit, self._cancel.is_set
        self.progress.show()
        self.actions.runner.run_db(
            lambda: form_print_service.print_visits_due(
                store, path, start=start, options=options, progress=emit,
                cancelled=cancelled, officer_id=officer,
            ),
            self._done,
            self._failed,
            owner=self,
        )  # fmt: skip

    def cancel(self) -> None:
        self._cancel.set()
        self.progress.setLabelText(tr(CTX, "Cancelling: nothing will be written…"))

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progressed(self, done: int, total: int) -> None:
        self.values.append((done, total))
        if self._cancel.is_set():
            return
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        self.progress.setLabelText(
            tr(CTX, "Visit form {done} of {total}").format(done=done, total=total)
        )

    def _done(self, result: BatchResult) -> None:
        self.result = result
        self.progress.canceled.disconnect(self.cancel)
        self.progress.close()
        self.progress.deleteLater()
        self.finished.emit(result)
        if result.path is None:
            return
        path, actions = result.path, self.actions
        actions.runner.run(
            path.read_bytes,
            lambda pdf: actions.open_preview(
                pdf, tr(CTX, "Next week's visit forms"), path.name,
                actions.options().paper, self.parent_widget,
            ),
            self.on_error,
            owner=self.parent_widget,
        )  # fmt: skip

    def _failed(self, error: UserFacingError) -> None:
        self.progress.canceled.disconnect(self.cancel)
        self.progress.close()
        self.progress.deleteLater()
        self.finished.emit(None)
        self.on_error(error)
