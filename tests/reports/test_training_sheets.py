"""Attendance sheet and certificates from data built by hand: every name survives extraction."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from pathlib import Path

from care_desktop import i18n
from care_desktop.reports import form_batch, training_sheets
from care_desktop.reports.context import PrintContext
from care_desktop.reports.training_sheets import Participant, TrainingSession
from tests.reports.pdf_text import pages_text, qpdf_check, squeezed, text

CONTEXT = PrintContext(datetime(2026, 5, 4, 9, 30), "Trainer One", "IOM France (1234abcd)")
NAMES = ("Amina Bello", "Ольга Петрова", "محمد علي", "王小明", "अनीता शर्मा")


def session(hours: float | None = None) -> TrainingSession:
    people = tuple(
        Participant(
            name=name,
            organisation="Police aux frontières" if index % 2 else "OFII Lyon",
            organisation_type="Border police" if index % 2 else "OFII",
            sex="Female" if index % 2 == 0 else "Male",
            attended=index != 1,  # the Cyrillic name stayed away
        )
        for index, name in enumerate(NAMES)
    )
    return TrainingSession(
        session_id="s-1",
        title="Identifying victims of trafficking",
        starts_on=date(2026, 4, 20),
        ends_on=None,
        place="Lyon",
        trainers=("Claire Martin",),
        organisation="IOM France",
        audience="Border police",
        modules=("Identifying victims of trafficking",),
        hours=hours,
        participants=people,
    )


def build(story: list, title: str = "Training attendance sheet") -> bytes:  # type: ignore[type-arg]
    return form_batch.build(title, CONTEXT, "Identifying victims of trafficking", story)


def normal(value: str) -> str:
    return squeezed(unicodedata.normalize("NFKC", value))


def test_the_attendance_sheet_lists_every_participant_with_room_for_walk_ins(
    tmp_path: Path,
) -> None:
    translate = i18n.translator("en")
    pdf = build(training_sheets.attendance_flowables(session(), translate))
    found = text(pdf)
    expected_texts = ("Identifying victims of trafficking", "2026-04-20", "Lyon", "Claire Martin")
    expected_texts += ("IOM France", "OFII Lyon", "Border police", "Female", "Signature")
    for expected in expected_texts:
        assert expected in found, expected
    for name in NAMES:
        assert normal(name) in normal(found), name
    # the numbered rows go on past the registered participants for those who walk in
    last = len(NAMES) + training_sheets.WALK_IN_ROWS
    assert str(last) in found.split()
    assert "Hours" not in found
    qpdf_check(pdf, tmp_path)


def test_certificates_one_page_per_participant_who_attended(tmp_path: Path) -> None:
    translate = i18n.translator("en")
    pdf = build(training_sheets.certificate_flowables(session(hours=6), translate), "Certificates")
    pages = pages_text(pdf)
    attended = [name for index, name in enumerate(NAMES) if index != 1]
    assert len(pages) == len(attended)
    for page, name in zip(pages, attended, strict=True):
        assert normal(name) in normal(page), name
        assert "Certificate of attendance" in page
        assert "Identifying victims of trafficking" in page
        assert "6 hours" in page
        for other in NAMES:
            if other != name:
                assert normal(other) not in normal(page)
    assert normal(NAMES[1]) not in normal(text(pdf))
    qpdf_check(pdf, tmp_path)
