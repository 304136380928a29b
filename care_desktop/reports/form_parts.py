"""Small drawn parts of printed forms: tick-box choices, ruled lines to write on, signatures.

Drawn rather than typed: none of the shipped fonts has a ballot-box character, and a ruled area
is a handful of lines where a table of empty cells would cost a layout per cell.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from care_desktop.reports import fonts

BOX = 8.0  # side of a tick box, in points
_GAP = 4.0  # between a box and its label
_SPACING = 14.0  # between two choices on a line
_LEADING = 14.0


class Choices(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """Tick boxes, each with its label, flowing left to right and wrapping onto new lines."""

    def __init__(self, labels: tuple[str, ...], *, size: float = 9.0, indent: float = 0.0) -> None:
        super().__init__()
        self.labels = labels
        self.size = size
        self.indent = indent
        self._places: list[tuple[float, int, str]] = []  # x, line, label

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        register_fonts()
        self._places = []
        x, line = self.indent, 0
        for label in self.labels:
            width = BOX + _GAP + stringWidth(label, fonts.BASE, self.size)
            if x > self.indent and x + width > availWidth:
                x, line = self.indent, line + 1
            self._places.append((x, line, label))
            x += width + _SPACING
        lines = (self._places[-1][1] + 1) if self._places else 0
        self.width, self.height = availWidth, lines * _LEADING
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(fonts.BASE, self.size)
        canvas.setLineWidth(0.6)
        for x, line, label in self._places:
            baseline = self.height - (line + 1) * _LEADING + 3.5
            canvas.rect(x, baseline - 0.5, BOX, BOX, stroke=1, fill=0)
            canvas.drawString(x + BOX + _GAP, baseline, label)


class WritingLines(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """`count` ruled lines to write an answer on."""

    def __init__(self, count: int, *, spacing: float = 18.0) -> None:
        super().__init__()
        self.count = count
        self.spacing = spacing

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width, self.height = availWidth, self.count * self.spacing
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        fits = int(availHeight // self.spacing)
        if fits < 2 or fits >= self.count:
            return []
        return [WritingLines(fits, spacing=self.spacing), WritingLines(self.count - fits)]

    def draw(self) -> None:
        canvas = self.canv
        canvas.setLineWidth(0.4)
        canvas.setStrokeGray(0.55)
        for index in range(self.count):
            canvas.line(0, index * self.spacing, self.width, index * self.spacing)


class SignatureLines(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """Side by side: a caption over a line to sign on, and "Date" with its own line."""

    def __init__(self, captions: tuple[str, ...], date_label: str, *, size: float = 8.5) -> None:
        super().__init__()
        self.captions = captions
        self.date_label = date_label
        self.size = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width, self.height = availWidth, 52.0
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        columns = max(1, len(self.captions))
        gap = 18.0
        column = (self.width - gap * (columns - 1)) / columns
        canvas.setLineWidth(0.6)
        for index, caption in enumerate(self.captions):
            x = index * (column + gap)
            canvas.setFont(fonts.BOLD, self.size)
            canvas.drawString(x, self.height - self.size, caption)
            canvas.line(x, 18, x + column, 18)
            canvas.setFont(fonts.BASE, self.size - 1)
            canvas.drawString(x, 8, self.date_label)


def register_fonts() -> None:
    fonts.register()
