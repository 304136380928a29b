"""The print preview over a real case sheet: its pages, saving where chosen, printing to a PDF
printer, and closing (Esc) drops the bytes."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from care_desktop.services import case_service, print_service, vault_service
from care_desktop.services.vault_service import Store
from care_desktop.ui.print_preview import PrintPreview
from care_desktop.ui.task_runner import TaskRunner
from tests.conftest import PASSPHRASE
from tests.reports.pdf_text import qpdf_check, text


@pytest.fixture
def store(existing_db: Path) -> Iterator[Store]:
    opened = vault_service.unlock_with_passphrase(existing_db, PASSPHRASE)
    yield opened
    opened.close()


class Chosen(PrintPreview):
    """The preview with the person's choices made in advance (no native dialog)."""

    save_path: Path | None = None
    printer: QPrinter | None = None

    def choose_save_path(self) -> Path | None:
        return self.save_path

    def choose_printer(self) -> QPrinter | None:
        return self.printer


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _sheet(store: Store) -> print_service.PrintedSheet:
    created = case_service.create_case(
        store,
        {"gender": "Feminine", "country_of_return": "GIN", "arrival_date": "2025-01-10"},
        {"given_name": "Mariama"},
    )
    return print_service.case_sheet(store, created.case.id, "interview")


def test_the_preview_shows_every_page_and_moves_between_them(
    qtbot: QtBot, store: Store, runner: TaskRunner, english: None
) -> None:
    sheet = _sheet(store)
    pages = len(PdfReader(io.BytesIO(sheet.pdf)).pages)
    assert pages >= 2  # an interview sheet: the case, then its questions and signatures
    preview = Chosen(sheet.pdf, "Case sheet", "sheet.pdf", runner)
    qtbot.addWidget(preview)
    preview.show()
    assert preview.page_count() == pages
    assert preview.of_pages.text() == f"of {pages}"
    assert not preview.previous_button.isEnabled()
    preview.next_button.click()
    qtbot.waitUntil(lambda: preview.current_page() == 1)
    assert preview.page.value() == 2
    assert preview.previous_button.isEnabled()
    preview.page.setValue(pages)
    qtbot.waitUntil(lambda: preview.current_page() == pages - 1)
    assert not preview.next_button.isEnabled()
    preview.zoom_in_button.click()
    bigger = preview.view.zoomFactor()
    preview.zoom_out_button.click()
    assert preview.view.zoomFactor() < bigger


def test_saving_writes_the_pdf_only_where_chosen(
    qtbot: QtBot, store: Store, runner: TaskRunner, english: None, tmp_path: Path
) -> None:
    sheet = _sheet(store)
    preview = Chosen(sheet.pdf, "Case sheet", "sheet.pdf", runner)
    qtbot.addWidget(preview)
    preview.show()
    chosen = tmp_path / "chosen" / "interview.pdf"
    chosen.parent.mkdir()
    preview.save_path = chosen
    with qtbot.waitSignal(preview.saved, timeout=10_000) as saved:
        preview.save_button.click()
    assert saved.args == [str(chosen)]
    assert chosen.read_bytes() == sheet.pdf
    assert sheet.case_code in text(chosen.read_bytes())
    qpdf_check(chosen.read_bytes(), tmp_path)
    assert [p.name for p in chosen.parent.iterdir()] == ["interview.pdf"]  # no temporary left
    assert str(chosen) in preview.status.text()

    preview.save_path = None  # the person cancelled the dialog: nothing happens
    preview.save_button.click()
    assert preview.save_button.isEnabled()


def test_a_folder_that_cannot_be_written_is_said_inline(
    qtbot: QtBot, store: Store, runner: TaskRunner, english: None, tmp_path: Path
) -> None:
    preview = Chosen(_sheet(store).pdf, "Case sheet", "sheet.pdf", runner)
    qtbot.addWidget(preview)
    preview.show()
    preview.save_path = tmp_path / "missing" / "sheet.pdf"
    preview.save_button.click()
    qtbot.waitUntil(lambda: not preview.error.isHidden(), timeout=10_000)
    assert "could not be saved" in preview.error.text()
    assert not (tmp_path / "missing").exists()


def test_printing_sends_every_page_to_the_printer(
    qtbot: QtBot, store: Store, runner: TaskRunner, english: None, tmp_path: Path
) -> None:
    sheet = _sheet(store)
    preview = Chosen(sheet.pdf, "Case sheet", "sheet.pdf", runner)
    qtbot.addWidget(preview)
    preview.show()
    printed_to = tmp_path / "printer.pdf"
    preview.printer = pdf_printer(printed_to)
    with qtbot.waitSignal(preview.printed, timeout=30_000) as printed:
        preview.print_button.click()
    pages = preview.page_count()
    assert printed.args == [pages]
    assert len(PdfReader(printed_to).pages) == pages
    qpdf_check(printed_to.read_bytes(), tmp_path)


def test_escape_closes_and_drops_the_bytes(
    qtbot: QtBot, store: Store, runner: TaskRunner, english: None
) -> None:
    preview = Chosen(_sheet(store).pdf, "Case sheet", "sheet.pdf", runner)
    preview.show()
    qtbot.waitExposed(preview)
    assert preview.page_count() > 0
    at_close: list[tuple[int, int]] = []  # read as it closes: the dialog is deleted after
    preview.rejected.connect(
        lambda: at_close.append((preview._buffer.data().size(), preview.document.pageCount()))
    )
    with qtbot.waitSignal(preview.rejected, timeout=5_000):
        qtbot.keyClick(preview, Qt.Key.Key_Escape)
    assert at_close == [(0, 0)]
    assert preview._pdf == b""
