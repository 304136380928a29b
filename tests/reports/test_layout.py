"""The page every print shares (reports/layout.py) and the fonts of every script (fonts.py)."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, LETTER

from care_desktop import i18n
from care_desktop.reports import fonts, layout
from care_desktop.reports.context import PrintContext
from care_desktop.reports.layout import Document
from tests.reports.pdf_text import pages_text, qpdf_check, squeezed, text

NAMES = {
    "arabic": ("فاطمة", "العلوي"),
    "ethiopic": ("ሰላም", "ተስፋዬ"),
    "devanagari": ("सीता", "श्रेष्ठ"),
    "bengali": ("ফাতেমা", "আহমেদ"),
    "cjk": ("李娜", "王"),
    "cyrillic": ("Жанна", "Иванова"),
    "vietnamese": ("Nguyễn Thị Lan", "Đặng"),
}


def _context(**changes: object) -> PrintContext:
    values: dict[str, object] = {
        "printed_at": datetime(2026, 3, 4, 10, 5),
        "printed_by": "Officer Ama",
        "device": "IOM Accra (1a2b3c4d)",
    }
    values.update(changes)
    return PrintContext(**values)  # type: ignore[arg-type]


def _long_story(context: PrintContext) -> list[object]:
    width = layout.usable_width(context)
    rows = [[str(n), f"row {n}"] for n in range(120)]
    return [layout.heading("Rows"), layout.table(["n", "text"], rows, width)]


def test_every_page_has_the_header_and_page_n_of_m(tmp_path: Path) -> None:
    context = _context()
    pdf = Document("Case sheet", "NGA-7KQ3-MZ2P", context).build(_long_story(context))
    pages = pages_text(pdf)
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "NGA-7KQ3-MZ2P" in page
        assert "Confidential" in page
        printed = "Printed 2026-03-04 10:05 by Officer Ama on device IOM Accra (1a2b3c4d)"
        assert squeezed(printed) in squeezed(page)
        assert "DEMO" not in page
    qpdf_check(pdf, tmp_path)


def test_a_demo_print_says_so_on_every_page(tmp_path: Path) -> None:
    context = _context(demo=True)
    pdf = Document("Case sheet", "DEMO-CASE", context).build(_long_story(context))
    pages = pages_text(pdf)
    assert len(pages) >= 2
    assert all("DEMO: synthetic data, not real people" in page for page in pages)
    qpdf_check(pdf, tmp_path)


def test_a_handout_has_no_confidential_header_but_keeps_the_demo_mark(tmp_path: Path) -> None:
    story = [layout.heading("Certificate of attendance"), layout.paragraph("Ama Mensah")]
    for demo in (False, True):
        pdf = Document("Certificates", "Session", _context(demo=demo), handout=True).build(story)
        (page,) = pages_text(pdf)
        assert "Ama Mensah" in page
        for absent in ("Confidential", "Officer Ama", "Page 1"):
            assert absent not in page
        assert ("DEMO" in page) == demo
        qpdf_check(pdf, tmp_path)


@pytest.mark.parametrize(("paper", "size"), [("A4", A4), ("letter", LETTER), ("Letter", LETTER)])
def test_paper_size(paper: str, size: tuple[float, float]) -> None:
    context = _context(paper=paper)
    pdf = Document("T", "S", context).build([layout.paragraph("x")])
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (round(size[0]), round(size[1]))


def test_an_unknown_paper_size_is_refused() -> None:
    with pytest.raises(ValueError, match="paper"):
        layout.page_size("A3")


def test_names_in_every_script_survive_extraction(tmp_path: Path) -> None:
    context = _context()
    width = layout.usable_width(context)
    rows = [(script, f"{given} {family}") for script, (given, family) in NAMES.items()]
    pdf = Document("Names", "—", context).build([layout.fields(rows, width)])
    found = squeezed(text(pdf))
    for given, family in NAMES.values():
        assert squeezed(given) in found
        assert squeezed(family) in found
    qpdf_check(pdf, tmp_path)


def test_markup_escapes_and_sets_each_script_in_its_font() -> None:
    marked = fonts.markup("A<b> & ሰላም 李娜\nnext")
    assert "&lt;b&gt; &amp; " in marked
    assert '<font name="CareEthiopic">ሰላም</font>' in marked
    assert '<font name="CareCJK">李娜</font>' in marked
    assert marked.endswith("<br/>next")


def test_an_arabic_name_of_two_words_is_one_run_drawn_right_to_left() -> None:
    marked = fonts.markup("فاطمة العلوي")
    assert marked.count("<font") == 1
    # joined forms (presentation forms), the last word drawn first
    assert "فاطمة" not in marked
    assert marked.index("\ufedf") < marked.index("\ufed3")  # initial lam before initial feh


def test_record_text_with_markup_characters_prints_as_text(tmp_path: Path) -> None:
    context = _context()
    pdf = Document("T", "S", context).build([layout.paragraph("<b>not bold</b> & 5 < 6")])
    assert "<b>not bold</b> & 5 < 6" in text(pdf)


def test_translator_gives_one_language_whatever_the_interface() -> None:
    french = i18n.translator("fr")
    english = i18n.translator("en")
    assert french("fields", "Case code") == "Code du dossier"
    assert english("fields", "Case code") == "Case code"
    assert i18n.translator("xx")("fields", "Case code") == "Case code"
    assert i18n.current_language() == i18n.SOURCE_LANGUAGE  # untouched
