"""A training session's attendance sheet and its participants' certificates.

Data in (`TrainingSession`, filled by the service), PDF flowables out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from care_desktop.reports import fonts
from care_desktop.reports.form_parts import SignatureLines

Translate = Callable[[str, str], str]
_GRID = TableStyle(
    [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
)


@dataclass(frozen=True, slots=True)
class Participant:
    name: str
    organisation: str | None
    organisation_type: str | None  # code label, English
    sex: str | None  # code label, English
    attended: bool


@dataclass(frozen=True, slots=True)
class TrainingSession:
    session_id: str
    title: str
    starts_on: date
    ends_on: date | None  # sessions are one day today; kept for multi-day ones
    place: str | None
    trainers: tuple[str, ...]
    organisation: str  # the office running the session
    audience: str  # code label
    modules: tuple[str, ...]
    hours: float | None  # not recorded yet (no field); printed when given
    participants: tuple[Participant, ...]


# --- layout ----------------------------------------------------------------------------------

CTX = "TrainingSheet"
WALK_IN_ROWS = 8  # blank rows for people who come without having registered


def _styles() -> dict[str, ParagraphStyle]:
    fonts.register()
    body = ParagraphStyle("training-body", fontName=fonts.BASE, fontSize=9.5, leading=12.5)
    return {
        "title": ParagraphStyle(
            "training-title", parent=body, fontName=fonts.BOLD, fontSize=14, leading=18
        ),
        "body": body,
        "bold": ParagraphStyle("training-bold", parent=body, fontName=fonts.BOLD),
        "cert-title": ParagraphStyle(
            "certificate-title",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=24,
            leading=30,
            alignment=TA_CENTER,
            spaceAfter=18,
        ),
        "cert": ParagraphStyle(
            "certificate-text", parent=body, fontSize=12, leading=17, alignment=TA_CENTER
        ),
        "cert-name": ParagraphStyle(
            "certificate-name",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=20,
            leading=28,
            alignment=TA_CENTER,
            spaceBefore=8,
            spaceAfter=8,
        ),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(fonts.markup(text), style)


def dates_text(session: TrainingSession) -> str:
    if session.ends_on and session.ends_on != session.starts_on:
        return f"{session.starts_on.isoformat()} – {session.ends_on.isoformat()}"
    return session.starts_on.isoformat()


def attendance_flowables(session: TrainingSession, translate: Translate) -> list[Flowable]:
    """The attendance sheet: the session, then one row per registered participant to sign."""
    s = _styles()
    facts = [
        (translate(CTX, "Session"), session.title),
        (translate(CTX, "Dates"), dates_text(session)),
        (translate(CTX, "Place"), session.place or "—"),
        (translate(CTX, "Trainers"), ", ".join(session.trainers) or "—"),
        (translate(CTX, "Organisation"), session.organisation or "—"),
        (translate(CTX, "Audience"), translate("codes", session.audience)),
    ]
    if session.hours is not None:
        facts.append((translate(CTX, "Hours"), f"{session.hours:g}"))
    facts_table = Table(
        [[_p(label, s["bold"]), _p(value, s["body"])] for label, value in facts],
        colWidths=[32 * mm, None],
        hAlign="LEFT",
    )
    facts_table.setStyle(_GRID)
    header = [
        _p(text, s["bold"])
        for text in (
            "#",
            translate(CTX, "Name"),
            translate(CTX, "Organisation"),
            translate(CTX, "Type"),
            translate(CTX, "Sex"),
            translate(CTX, "Signature"),
        )
    ]
    rows: list[list[Any]] = [header]
    for number, person in enumerate(session.participants, start=1):
        rows.append(
            [
                str(number),
                _p(person.name, s["body"]),
                _p(person.organisation or "", s["body"]),
                _p(
                    translate("codes", person.organisation_type or "")
                    if person.organisation_type
                    else "",
                    s["body"],
                ),
                _p(translate("codes", person.sex) if person.sex else "", s["body"]),
                "",
            ]
        )
    first_blank = len(session.participants) + 1
    rows += [[str(n), "", "", "", "", ""] for n in range(first_blank, first_blank + WALK_IN_ROWS)]
    people = Table(
        rows,
        colWidths=[9 * mm, 50 * mm, 40 * mm, 28 * mm, 17 * mm, None],
        rowHeights=[None] + [9 * mm] * (len(rows) - 1),
        repeatRows=1,
        hAlign="LEFT",
    )
    people.setStyle(_GRID)
    return [
        _p(translate(CTX, "Attendance sheet"), s["title"]),
        Spacer(1, 4),
        facts_table,
        Spacer(1, 8),
        _p(translate(CTX, "Participants: please sign on your line."), s["body"]),
        Spacer(1, 3),
        people,
        Spacer(1, 12),
        SignatureLines((translate(CTX, "Trainer"),), translate(CTX, "Signature and date")),
    ]


def certificate_flowables(session: TrainingSession, translate: Translate) -> list[Flowable]:
    """One page per participant who attended."""
    s = _styles()
    parts: list[Flowable] = []
    attended = [person for person in session.participants if person.attended]
    for index, person in enumerate(attended):
        if index:
            parts.append(PageBreak())
        lines = [
            Spacer(1, 30 * mm),
            _p(translate(CTX, "Certificate of attendance"), s["cert-title"]),
            _p(translate(CTX, "This certifies that"), s["cert"]),
            _p(person.name, s["cert-name"]),
        ]
        if person.organisation:
            lines.append(_p(person.organisation, s["cert"]))
        lines += [
            Spacer(1, 8),
            _p(translate(CTX, "attended the training"), s["cert"]),
            _p(session.title, s["cert-name"]),
            _p(
                translate(CTX, "held on {dates} in {place}, organised by {organisation}.").format(
                    dates=dates_text(session),
                    place=session.place or "—",
                    organisation=session.organisation or "—",
                ),
                s["cert"],
            ),
        ]
        if session.hours is not None:
            lines.append(
                _p(
                    translate(CTX, "Duration: {hours} hours.").format(hours=f"{session.hours:g}"),
                    s["cert"],
                )
            )
        if session.trainers:
            lines.append(
                _p(
                    translate(CTX, "Trainers: {names}").format(names=", ".join(session.trainers)),
                    s["cert"],
                )
            )
        lines += [
            Spacer(1, 30 * mm),
            SignatureLines(
                (translate(CTX, "For the organisation"), translate(CTX, "Trainer")),
                translate(CTX, "Signature and date"),
            ),
        ]
        parts += lines
    return parts
