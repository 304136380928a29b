"""The preview of a print: its PDF shown page by page, then printed or saved where the person says.

The PDF is held in memory only (a QBuffer read by QtPdf). It is never written to a temporary
folder: a temporary file would be readable by anything on the computer, outside the encrypted
database, and would outlive a crash. Paper (or a PDF file) leaves the encrypted world only
where the person chooses: the printer they pick, or the file they name, written whole or not at
all. Closing the preview (Esc) drops the bytes.

The native dialogs sit behind small methods (`choose_printer`, `choose_save_path`) that tests
override, so the printing and saving themselves run as they do for a person.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from care_desktop.domain.errors import DiskFullError, UserFacingError
from care_desktop.services.print_common import write_file
from care_desktop.ui.i18n import error_text, tr
from care_desktop.ui.task_runner import TaskRunner
from care_desktop.ui.widgets import error_label

CTX = "PrintPreview"
# Pages are drawn into the printer as images. At a printer's full resolution (1200 dpi) one A4
# page is a 560 MB image; 300 dpi prints text as sharp as the eye reads it, at 35 MB a page.
MAX_DPI = 300
_ZOOM_STEP = 1.25


class SaveFailedError(UserFacingError):
    template: ClassVar[str] = (
        "The PDF could not be saved in {path} ({reason}). Choose another folder; "
        "nothing was written."
    )


def _save(path: Path, pdf: bytes) -> Path:
    try:
        write_file(path, pdf)
    except OSError as error:
        if error.errno == 28:  # ENOSPC
            raise DiskFullError() from error
        raise SaveFailedError(path=str(path.parent), reason=error.strerror or "?") from error
    return path


class PrintPreview(QDialog):
    """One print's pages: navigation, zoom, Print… and Save as PDF…."""

    saved = Signal(str)  # the path written
    printed = Signal(int)  # pages sent to the printer

    def __init__(
        self,
        pdf: bytes,
        title: str,
        suggested_name: str,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        paper: str = "A4",
    ) -> None:
        super().__init__(parent)
        self.runner, self.suggested_name, self.paper = runner, suggested_name, paper
        self.setWindowTitle(title)
        self.setAccessibleName(tr(CTX, "Print preview"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._pdf = pdf
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setAccessibleName(tr(CTX, "Pages"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.error = error_label()
        self.status = QLabel()
        self.status.setAccessibleName(tr(CTX, "What was done"))
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_bar())
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self._page_changed(0)
        self.resize(820, 900)

    def _button(
        self, text: str, name: str, tip: str, key: QKeySequence | None = None
    ) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        if key is not None:
            button.setShortcut(key)
        return button

    def _build_bar(self) -> QHBoxLayout:
        self.previous_button = self._button(
            tr(CTX, "◀"), tr(CTX, "Previous page"), tr(CTX, "Previous page (Page Up)"),
            QKeySequence(Qt.Key.Key_PageUp),
        )  # fmt: skip
        self.previous_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.page = QSpinBox()
        self.page.setAccessibleName(tr(CTX, "Page"))
        self.page.setRange(1, max(1, self.page_count()))
        self.page.valueChanged.connect(lambda value: self.go_to(value - 1))
        self.of_pages = QLabel(tr(CTX, "of {count}").format(count=self.page_count()))
        self.next_button = self._button(
            tr(CTX, "▶"), tr(CTX, "Next page"), tr(CTX, "Next page (Page Down)"),
            QKeySequence(Qt.Key.Key_PageDown),
        )  # fmt: skip
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.zoom_out_button = self._button(
            tr(CTX, "−"), tr(CTX, "Zoom out"), tr(CTX, "Zoom out (Ctrl+-)"),
            QKeySequence(QKeySequence.StandardKey.ZoomOut),
        )  # fmt: skip
        self.zoom_out_button.clicked.connect(lambda: self.zoom(1 / _ZOOM_STEP))
        self.zoom_in_button = self._button(
            tr(CTX, "+"), tr(CTX, "Zoom in"), tr(CTX, "Zoom in (Ctrl++)"),
            QKeySequence(QKeySequence.StandardKey.ZoomIn),
        )  # fmt: skip
        self.zoom_in_button.clicked.connect(lambda: self.zoom(_ZOOM_STEP))
        self.fit_button = self._button(
            tr(CTX, "Fit &width"), tr(CTX, "Fit the page to the width"),
            tr(CTX, "Show the page as wide as the window"),
        )  # fmt: skip
        self.fit_button.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.print_button = self._button(
            tr(CTX, "&Print…"), tr(CTX, "Print on a printer"), tr(CTX, "Print (Ctrl+P)"),
            QKeySequence(QKeySequence.StandardKey.Print),
        )  # fmt: skip
        self.print_button.clicked.connect(self.print_pages)
        self.save_button = self._button(
            tr(CTX, "&Save as PDF…"), tr(CTX, "Save as a PDF file"),
            tr(CTX, "Save the pages as a PDF file where you choose (Ctrl+S)"),
            QKeySequence(QKeySequence.StandardKey.Save),
        )  # fmt: skip
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button = self._button(
            tr(CTX, "&Close"), tr(CTX, "Close the preview"), tr(CTX, "Close the preview (Esc)")
        )
        self.close_button.clicked.connect(self.reject)
        bar = QHBoxLayout()
        for widget in (self.previous_button, self.page, self.of_pages, self.next_button):
            bar.addWidget(widget)
        bar.addSpacing(12)
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            bar.addWidget(widget)
        bar.addStretch()
        for widget in (self.print_button, self.save_button, self.close_button):
            bar.addWidget(widget)
        return bar

    # --- pages and zoom -----------------------------------------------------------------------

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        page = max(0, min(page, self.page_count() - 1))
        if page != self.current_page():
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())

    def _page_changed(self, page: int) -> None:
        self.page.blockSignals(True)
        self.page.setValue(page + 1)
        self.page.blockSignals(False)
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < self.page_count() - 1)

    def zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            # fitted: start from the scale the page is drawn at now
            width = self.document.pagePointSize(self.current_page()).width() or 1.0
            current = self.view.viewport().width() / (width * self.logicalDpiX() / 72)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(current * factor, 6.0)))

    # --- printing -----------------------------------------------------------------------------

    def new_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        size = QPageSize.PageSizeId.Letter if self.paper == "Letter" else QPageSize.PageSizeId.A4
        printer.setPageSize(QPageSize(size))
        printer.setFullPage(True)  # the PDF has its own margins
        printer.setDocName(self.suggested_name)
        return printer

    def choose_printer(self) -> QPrinter | None:
        """The printer the person picks (the system's dialog); None if they cancel."""
        printer = self.new_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, self.page_count()))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return printer

    def print_pages(self) -> None:
        printer = self.choose_printer()
        if printer is not None:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Draw the chosen pages into `printer`, each rendered at its resolution (capped at
        MAX_DPI) and fitted to the paper; returns the pages sent."""
        first, last = printer.fromPage(), printer.toPage()
        pages = range(first - 1, last) if first > 0 else range(self.page_count())
        pages = range(max(0, pages.start), min(self.page_count(), pages.stop))
        painter = QPainter()
        if not painter.begin(printer):
            self.error.setText(tr(CTX, "The printer could not be started. Check it and retry."))
            self.error.show()
            return 0
        dpi = min(printer.resolution(), MAX_DPI)
        try:
            for number, page in enumerate(pages):
                if number:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                image = self.document.render(
                    page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                )
                target = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
                scale = min(
                    target.width() / max(1, image.width()), target.height() / max(1, image.height())
                )
                drawn = QRectF(0, 0, image.width() * scale, image.height() * scale)
                drawn.moveCenter(target.center())
                painter.drawImage(drawn, image)
        finally:
            painter.end()
        self.error.hide()
        self.status.setText(tr(CTX, "{count} pages sent to the printer.").format(count=len(pages)))
        self.printed.emit(len(pages))
        return len(pages)

    # --- saving -------------------------------------------------------------------------------

    def choose_save_path(self) -> Path | None:
        """Where the person wants the PDF (the system's dialog); None if they cancel."""
        name, _ = QFileDialog.getSaveFileName(
            self, tr(CTX, "Save as PDF"), self.suggested_name, tr(CTX, "PDF files (*.pdf)")
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def save_pdf(self) -> None:
        path = self.choose_save_path()
        if path is None:
            return
        pdf = self._pdf
        self.save_button.setEnabled(False)
        self.runner.run(lambda: _save(path, pdf), self._saved, self._save_failed, owner=self)

    def _saved(self, path: Path) -> None:
        self.save_button.setEnabled(True)
        self.error.hide()
        self.status.setText(tr(CTX, "Saved as {path}.").format(path=path))
        self.saved.emit(str(path))

    def _save_failed(self, error: UserFacingError) -> None:
        self.save_button.setEnabled(True)
        self.error.setText(error_text(error))
        self.error.show()

    # --- closing: the bytes are dropped -------------------------------------------------------

    def done(self, result: int) -> None:
        self._drop()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self._drop()
        super().closeEvent(event)

    def _drop(self) -> None:
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray())
        self._pdf = b""
