"""The fonts embedded in prints, and `markup(text)` that sets each script of a text in its font.

Use: `fonts.register()` once (idempotent; `layout.Document` calls it), then put any text that
comes from a record (names, free text) through `markup(text)` before handing it to a reportlab
Paragraph: it escapes `& < >` and wraps every run of characters that the base font lacks in
`<font name="...">` of the first shipped font that has them (resources/fonts/README.md):

    BASE ("CareSans", Noto Sans: Latin, Greek, Cyrillic) and BOLD ("CareSans-Bold"),
    Arabic, Ethiopic, Devanagari, Bengali (Noto Sans ...), CJK (Droid Sans Fallback).

Arabic needs its letters joined and drawn right to left: `markup` shapes each Arabic run itself
with HarfBuzz (uharfbuzz) and writes the glyphs in visual order as the presentation-form
characters the font maps them to, so the PDF shows joined Arabic and text extraction (pypdf,
pdftotext) gives the letters back (compatibility forms: compare after NFKC normalisation).
Other scripts are drawn without shaping, because reportlab's shaping maps the conjunct glyphs
of Devanagari and Bengali to private characters that text extraction loses; their letters are
all there and in order, with conjuncts drawn as their parts (an accepted imperfection: a name
must survive copying from the PDF more than it must look typeset).
"""

from __future__ import annotations

import threading
from xml.sax.saxutils import escape

import uharfbuzz
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from care_desktop.paths import resource_path

BASE = "CareSans"
BOLD = "CareSans-Bold"
ARABIC = "CareArabic"

# Fallbacks in the order they are tried for a character the base font lacks.
_FALLBACKS: tuple[tuple[str, str], ...] = (
    (ARABIC, "NotoSansArabic-Regular.ttf"),
    ("CareEthiopic", "NotoSansEthiopic-Regular.ttf"),
    ("CareDevanagari", "NotoSansDevanagari-Regular.ttf"),
    ("CareBengali", "NotoSansBengali-Regular.ttf"),
    ("CareCJK", "DroidSansFallbackFull.ttf"),
)

_lock = threading.Lock()
_registered = False
_coverage: dict[str, frozenset[int]] = {}
_hb_fonts: dict[str, uharfbuzz.Font] = {}


def register() -> None:
    """Register the shipped fonts with reportlab (once per process; thread-safe)."""
    global _registered  # noqa: PLW0603 - fonts are registered once per process
    with _lock:
        if _registered:
            return
        regular = TTFont(BASE, str(resource_path("fonts", "NotoSans-Regular.ttf")))
        bold = TTFont(BOLD, str(resource_path("fonts", "NotoSans-Bold.ttf")))
        pdfmetrics.registerFont(regular)
        pdfmetrics.registerFont(bold)
        # <b> in a paragraph switches to the bold face; <i> has no face of its own
        for italic in (0, 1):
            addMapping(BASE, 0, italic, BASE)
            addMapping(BASE, 1, italic, BOLD)
            addMapping(BOLD, 0, italic, BASE)
            addMapping(BOLD, 1, italic, BOLD)
        _coverage[BASE] = frozenset(regular.face.charToGlyph)
        for name, filename in _FALLBACKS:
            font = TTFont(name, str(resource_path("fonts", filename)))
            pdfmetrics.registerFont(font)
            for bold_flag in (0, 1):  # no bold face: bold text in these scripts stays regular
                for italic in (0, 1):
                    addMapping(name, bold_flag, italic, name)
            _coverage[name] = frozenset(font.face.charToGlyph)
        _registered = True


def font_for(char: str) -> str | None:
    """The fallback font for a character the base font lacks; None for the base font (or when
    no shipped font has it: the base font then draws its empty box)."""
    code = ord(char)
    if code in _coverage[BASE]:
        return None
    for name, _ in _FALLBACKS:
        if code in _coverage[name]:
            return name
    return None


def markup(text: str) -> str:
    """`text` escaped for a reportlab Paragraph, each run of another script in its own font.

    Newlines become `<br/>`. The result is meant to sit inside a paragraph whose font is BASE or
    BOLD (so `<b>` around it works for Latin, Greek and Cyrillic).
    """
    register()
    runs = _runs(text)
    parts: list[str] = []
    for font, run in runs:
        if font is None:
            parts.append(escape(run).replace("\n", "<br/>"))
            continue
        drawn = _arabic_visual(run) if font == ARABIC else run
        parts.append(f'<font name="{font}">{escape(drawn)}</font>')
    return "".join(parts)


def _runs(text: str) -> list[tuple[str | None, str]]:
    """Split text into (font or None for base, characters); spaces between two runs of the same
    fallback font join them, so that a name of two Arabic words is shaped as one run."""
    runs: list[tuple[str | None, str]] = []
    for char in text:
        font = font_for(char)
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + char)
        else:
            runs.append((font, char))
    merged: list[tuple[str | None, str]] = []
    index = 0
    while index < len(runs):
        font, chunk = runs[index]
        if (
            merged
            and font is None
            and chunk.isspace()
            and "\n" not in chunk
            and index + 1 < len(runs)
            and merged[-1][0] is not None
            and runs[index + 1][0] == merged[-1][0]
        ):
            merged[-1] = (merged[-1][0], merged[-1][1] + chunk + runs[index + 1][1])
            index += 2
            continue
        merged.append((font, chunk))
        index += 1
    return merged


def _arabic_visual(run: str) -> str:
    """The run shaped by HarfBuzz, as characters of the Arabic font in visual (left-to-right
    drawing) order: joining forms and ligatures are the font's presentation-form characters."""
    font = pdfmetrics.getFont(ARABIC)
    face = font.face
    with _lock:
        hb_font = _hb_fonts.get(ARABIC)
        if hb_font is None:
            hb_font = uharfbuzz.Font(uharfbuzz.Face(uharfbuzz.Blob(face._ttf_data)))
            _hb_fonts[ARABIC] = hb_font
        buffer = uharfbuzz.Buffer()
        buffer.add_str(run)
        buffer.guess_segment_properties()
        uharfbuzz.shape(hb_font, buffer, {"liga": True, "rlig": True, "dlig": False})
        infos = list(buffer.glyph_infos)
    chars: list[str] = []
    for info in infos:
        mapped = face.glyphToChar.get(info.codepoint)
        if mapped:
            chars.append(chr(min(mapped, key=_prefer_presentation_form)))
        else:
            # a glyph without a character of its own (rare for Arabic names): the letters of
            # its cluster, unjoined, rather than nothing
            chars.append(run[info.cluster])
    return "".join(chars)


def _prefer_presentation_form(code: int) -> tuple[int, int]:
    # A glyph mapped by both a base letter and its presentation form is an isolated form: either
    # reads back the same after NFKC; the base letter is the better text.
    return (0 if code < 0xFB50 else 1, code)
