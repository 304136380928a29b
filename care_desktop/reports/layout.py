"""The page of every print: paper, header, footer "Page n of m", DEMO mark, styles, building blocks.

A print module builds a list of reportlab flowables and hands it to a `Document`:

    doc = Document(title=translate("CaseSheet", "Case sheet"), subject=case_code, context=ctx)
    translate = doc.translate               # the print's language (ctx.language), extractable
    story = [heading(translate("CaseSheet", "Plan")), fields([(label, value), ...]), ...]
    pdf_bytes = doc.build(story)

`PrintContext` (from the service) says when, by whom, on which device, in which language and on
which paper; `demo=True` puts "DEMO" across every page and in the header. Every page carries the
title, the subject (a case code, a session...), "Confidential", the print date, the printing user
and the device, and "Page n of m" at the foot.

Building blocks (all put record text through `fonts.markup`, so any script prints and `& <`
are safe): `paragraph`, `heading`, `fields` (label/value rows), `table` (header row + rows),
`answer_lines` (blank ruled lines to write on), `signature_blocks`, `spacer`. Styles: TITLE,
HEADING, BODY, SMALL, LABEL, CELL for table cells (ParagraphStyle; `paragraph(text, style)`).
`usable_width(context)` gives the text width for tables of one's own.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from care_desktop import i18n
from care_desktop.reports import fonts
from care_desktop.reports.context import PrintContext

PAPERS: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}
MARGIN = 18 * mm
HEADER_HEIGHT = 20 * mm
FOOTER_HEIGHT = 10 * mm

TITLE = ParagraphStyle("Title", fontName=fonts.BOLD, fontSize=16, leading=20, spaceAfter=6)
HEADING = ParagraphStyle(
    "Heading", fontName=fonts.BOLD, fontSize=12, leading=15, spaceBefore=10, spaceAfter=4
)
BODY = ParagraphStyle("Body", fontName=fonts.BASE, fontSize=10, leading=13)
SMALL = ParagraphStyle("Small", fontName=fonts.BASE, fontSize=8, leading=10)
LABEL = ParagraphStyle("Label", fontName=fonts.BOLD, fontSize=9, leading=12)
CELL = ParagraphStyle("Cell", fontName=fonts.BASE, fontSize=9, leading=11.5)
_RIGHT = ParagraphStyle("Right", parent=SMALL, alignment=TA_RIGHT)
_CONFIDENTIAL = ParagraphStyle(
    "Confidential", fontName=fonts.BOLD, fontSize=11, leading=14, alignment=TA_RIGHT,
    textColor=colors.darkred,
)  # fmt: skip
_FOOTER = ParagraphStyle("Footer", parent=SMALL, alignment=TA_CENTER)
_GRID = colors.Color(0.6, 0.6, 0.6)
_SHADE = colors.Color(0.92, 0.92, 0.92)


def page_size(paper: str) -> tuple[float, float]:
    try:
        return PAPERS[paper.lower()]
    except KeyError:
        raise ValueError(f"unknown paper size {paper!r}") from None


def usable_width(context: PrintContext) -> float:
    return float(page_size(context.paper)[0] - 2 * MARGIN)


class Document:
    """One PDF: the page furniture around the flowables a print module gives to `build`."""

    def __init__(
        self, title: str, subject: str, context: PrintContext, *, handout: bool = False
    ) -> None:
        """`handout`: pages given to a person to keep (a certificate): no "Confidential", no
        printing user or device and no page count, but still the DEMO mark on a demo."""
        fonts.register()
        self.title = title
        self.subject = subject
        self.context = context
        self.handout = handout
        self.translate: Callable[[str, str], str] = i18n.translator(context.language)

    def build(self, flowables: Sequence[Flowable]) -> bytes:
        """The PDF, fonts embedded (subsets), every page numbered "Page n of m"."""
        buffer = io.BytesIO()
        width, height = page_size(self.context.paper)
        template = SimpleDocTemplate(
            buffer,
            pagesize=(width, height),
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + HEADER_HEIGHT,
            bottomMargin=MARGIN + FOOTER_HEIGHT,
            title=f"{self.title} {self.subject}".strip(),
            author="",
            creator="CARE Desktop",
            subject="",
        )
        if self.handout:
            template.build(list(flowables), onFirstPage=self._handout_page,
                           onLaterPages=self._handout_page)  # fmt: skip
        else:
            template.build(list(flowables), onFirstPage=self._header, onLaterPages=self._header,
                           canvasmaker=self._canvas_maker())  # fmt: skip
        return buffer.getvalue()

    def _handout_page(self, canvas: Canvas, template: Any) -> None:
        if self.context.demo:
            demo_watermark(canvas, *page_size(self.context.paper))

    def _header(self, canvas: Canvas, template: Any) -> None:
        draw_header(canvas, self.context, self.title, self.subject)

    def _canvas_maker(self) -> Callable[..., Canvas]:
        footer_text = self.translate("Print", "Page {page} of {pages}")
        margin = MARGIN

        class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no types
            """Keeps each page until the end, when the number of pages is known."""

            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                self._pages: list[dict[str, Any]] = []

            def showPage(self) -> None:  # noqa: N802 - reportlab's name
                self._pages.append(dict(self.__dict__))
                self._startPage()

            def save(self) -> None:
                total = len(self._pages)
                for number, state in enumerate(self._pages, start=1):
                    self.__dict__.update(state)
                    text = footer_text.format(page=number, pages=total)
                    footer = Paragraph(fonts.markup(text), _FOOTER)
                    width = self._pagesize[0] - 2 * margin
                    footer.wrap(width, FOOTER_HEIGHT)
                    footer.drawOn(self, margin, margin)
                    super().showPage()
                super().save()

        return NumberedCanvas


def draw_header(canvas: Canvas, context: PrintContext, title: str, subject: str) -> None:
    """The top of every page of a print (and the DEMO mark across it): the title and subject,
    "Confidential", who printed it on which device and when. Used by Document and by the
    batch of forms (reports/form_batch.py), which lays its pages out itself."""
    translate = i18n.translator(context.language)
    width, height = page_size(context.paper)
    inner = width - 2 * MARGIN
    top = height - MARGIN
    printed = translate("Print", "Printed {when} by {user} on device {device}").format(
        when=context.printed_at.strftime("%Y-%m-%d %H:%M"),
        user=context.printed_by,
        device=context.device,
    )
    left = [
        Paragraph(fonts.markup(title), LABEL),
        Paragraph(f"<b>{fonts.markup(subject)}</b>", BODY),
    ]
    right = [
        Paragraph(fonts.markup(translate("Print", "Confidential")), _CONFIDENTIAL),
        Paragraph(fonts.markup(printed), _RIGHT),
    ]
    if context.demo:
        demo = translate("Print", "DEMO: synthetic data, not real people")
        right.append(Paragraph(f"<b>{fonts.markup(demo)}</b>", _RIGHT))
    header = Table([[left, right]], colWidths=[inner * 0.45, inner * 0.55])
    header.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, _GRID),
            ]
        )
    )
    _, drawn_height = header.wrap(inner, HEADER_HEIGHT)
    header.drawOn(canvas, MARGIN, top - drawn_height)
    if context.demo:
        demo_watermark(canvas, width, height)


def demo_watermark(canvas: Canvas, width: float, height: float) -> None:
    canvas.saveState()
    canvas.setFillColor(colors.Color(0.85, 0.85, 0.85))
    canvas.setFont(fonts.BOLD, 110)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(45)
    canvas.drawCentredString(0, -40, "DEMO")
    canvas.restoreState()


def paragraph(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    """Record or translated text as a paragraph (any script; newlines kept)."""
    return Paragraph(fonts.markup(text), style)


def heading(text: str) -> Paragraph:
    return Paragraph(fonts.markup(text), HEADING)


def spacer(height_mm: float = 4) -> Spacer:
    return Spacer(1, height_mm * mm)


def fields(rows: Sequence[tuple[str, str]], width: float, label_share: float = 0.32) -> Table:
    """Label / value rows (a record's fields); empty values print as a dash."""
    data = [[paragraph(label, LABEL), paragraph(value or "–")] for label, value in rows]
    result = Table(data, colWidths=[width * label_share, width * (1 - label_share)])
    result.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, _GRID),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return result


def table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    width: float,
    shares: Sequence[float] | None = None,
) -> Table:
    """A grid with a shaded header row repeated on each page; `shares` split the width."""
    count = len(headers)
    parts = shares or [1 / count] * count
    data = [[paragraph(h, LABEL) for h in headers]]
    data += [[paragraph(cell, CELL) for cell in row] for row in rows]
    result = Table(data, colWidths=[width * share for share in parts], repeatRows=1)
    result.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 0.25, _GRID),
                ("BACKGROUND", (0, 0), (-1, 0), _SHADE),
            ]
        )
    )
    return result


def answer_lines(count: int, width: float, line_height_mm: float = 8) -> Table:
    """Blank ruled lines to write an answer on."""
    result = Table([[""] for _ in range(count)], colWidths=[width],
                   rowHeights=[line_height_mm * mm] * count)  # fmt: skip
    result.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.25, _GRID)]))
    return result


def signature_blocks(labels: Sequence[str], width: float, date_label: str) -> KeepTogether:
    """One box per signatory, side by side: the label, room to sign, a line for the date."""
    cells = [
        [
            paragraph(label, LABEL),
            Spacer(1, 16 * mm),
            paragraph(f"{date_label}: ____________________", SMALL),
        ]
        for label in labels
    ]
    result = Table([cells], colWidths=[width / len(labels)] * len(labels))
    result.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.5, _GRID),
                ("INNERGRID", (0, 0), (-1, -1), 0.5, _GRID),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return KeepTogether([spacer(6), result])
