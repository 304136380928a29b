"""Forms laid out one after another into one PDF, each numbered "Page n of m" on its own.

A batch of visit forms is laid out form by form: each form's flowables exist only while it is
being laid out, so the memory a batch needs does not grow with its flowables (only with the
finished pages' compressed content, a few kilobytes each). Each form starts on a new page and
has its own header (its subject: a case code) and page count; the count of a form is not known
when its first page is drawn, so the footer refers to a small PDF form object ("m") that is
written once the form's last page is known.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
)

from care_desktop import i18n
from care_desktop.reports import fonts, layout
from care_desktop.reports.context import PrintContext

CTX = "Print"  # the same strings as every other print's header (layout.Document)


class _Template(BaseDocTemplate):  # type: ignore[misc]  # reportlab has no type hints
    def __init__(self, buffer: io.BytesIO, title: str, context: PrintContext) -> None:
        width, height = layout.page_size(context.paper)
        margin = layout.MARGIN
        super().__init__(
            buffer,
            pagesize=(width, height),
            leftMargin=margin,
            rightMargin=margin,
            topMargin=margin + layout.HEADER_HEIGHT,
            bottomMargin=margin + layout.FOOTER_HEIGHT,
            title=title,
            author="",
            creator="CARE Desktop",
            subject="",
        )
        self.title = title
        self.context = context
        self.translate = i18n.translator(context.language)
        self.subject = ""
        self.form_number = 0
        self.form_first_page = 1
        frame = Frame(
            self.leftMargin, self.bottomMargin, self.width, self.height, id="body", showBoundary=0
        )
        self.addPageTemplates([PageTemplate("form", [frame], onPage=self._decorate)])

    def _decorate(self, canvas: Any, doc: Any) -> None:
        translate = self.translate
        width, _ = self.pagesize
        margin = layout.MARGIN
        layout.draw_header(canvas, self.context, self.title, self.subject)
        # "Page n of m": m is a form object written when this form's last page is known
        footer = translate("Print", "Page {page} of {pages}")
        before, _, after = footer.partition("{pages}")
        before = before.format(page=doc.page - self.form_first_page + 1)
        after = after.format(page=doc.page - self.form_first_page + 1)
        size = layout.SMALL.fontSize
        slot = stringWidth("00", fonts.BASE, size)
        total = stringWidth(before, fonts.BASE, size) + slot + stringWidth(after, fonts.BASE, size)
        x = (width - total) / 2
        y = margin + 2
        canvas.saveState()
        canvas.setFont(fonts.BASE, size)
        canvas.drawString(x, y, before)
        canvas.drawString(x + stringWidth(before, fonts.BASE, size) + slot, y, after)
        canvas.translate(x + stringWidth(before, fonts.BASE, size), y)
        canvas.doForm(_count_name(self.form_number))
        canvas.restoreState()


def _count_name(number: int) -> str:
    return f"pages{number}"


class FormsDocument:
    """One PDF, forms added one at a time; `finish()` gives the bytes."""

    def __init__(self, title: str, context: PrintContext) -> None:
        fonts.register()
        self._buffer = io.BytesIO()
        self._doc = _Template(self._buffer, title, context)
        # BaseDocTemplate.build takes the whole story at once; its start, per-flowable and end
        # steps are driven here instead so that one form's flowables are alive at a time.
        self._doc._startBuild()
        self._forms = 0

    @property
    def forms(self) -> int:
        return self._forms

    def add(self, subject: str, flowables: Sequence[Flowable]) -> None:
        doc = self._doc
        story: list[Flowable] = list(flowables)
        if self._forms:
            story.insert(0, PageBreak())
            first_page = doc.page + 1
        else:
            first_page = 1
        self._forms += 1
        # the next page to begin belongs to this form
        doc.subject, doc.form_number, doc.form_first_page = subject, self._forms, first_page
        while story:
            doc.clean_hanging()
            doc.handle_flowable(story)
        self._write_count(doc.page - first_page + 1)

    def _write_count(self, pages: int) -> None:
        canvas = self._doc.canv
        canvas.beginForm(_count_name(self._forms))
        canvas.setFont(fonts.BASE, layout.SMALL.fontSize)
        canvas.drawString(0, 0, str(pages))
        canvas.endForm()

    def finish(self) -> bytes:
        self._doc._endBuild()
        return self._buffer.getvalue()


def build(title: str, context: PrintContext, subject: str, flowables: Sequence[Flowable]) -> bytes:
    """A single form as a PDF, laid out as in a batch."""
    document = FormsDocument(title, context)
    document.add(subject, flowables)
    return document.finish()
