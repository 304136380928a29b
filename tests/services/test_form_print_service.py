"""Visit forms, training sheets and the week's batch printed from a real database, audited."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from care_desktop.db.models import AuditEntry
from care_desktop.db.store import Store
from care_desktop.domain.rss import CURRENT_INSTRUMENT
from care_desktop.services import (
    assistance_service,
    case_service,
    form_print_service,
    monitoring_service,
    records,
)
from care_desktop.services.form_print_data import NoAttendeesError, NoOpenVisitError
from care_desktop.services.form_print_service import NoVisitsDueError, next_week
from tests.reports.pdf_text import pages_text, qpdf_check, squeezed, text

TODAY = date(2026, 5, 6)  # a Wednesday
SECRET_DETAIL = "Recruited by Uncle Zebedee in Benin City"
DOCUMENT_NUMBER = "A98765432"
AMOUNT = "1234.56"


def prints(store: Store) -> list[AuditEntry]:
    with store.read() as session:
        found = session.execute(select(AuditEntry).where(AuditEntry.action == "print"))
        return list(found.scalars())


def make_case(store: Store, arrival: date, *, minor: bool = False) -> str:
    values = {"gender": "Feminine", "country_of_return": "NGA", "arrival_date": arrival.isoformat()}
    values |= {"date_of_birth": "2014-02-02"} if minor else {"estimated_age": 28}
    identity = {"given_name": "Blessing", "family_name": "Okafor",
                "document_type": "passport", "document_number": DOCUMENT_NUMBER}  # fmt: skip
    created = case_service.create_case(store, values, identity, today=arrival)
    case_service.update_case(store, created.case.id, {"arrival_date": arrival.isoformat(),
                             "remarks": SECRET_DETAIL}, today=arrival)  # fmt: skip
    return created.case.id


def add_plan(store: Store, case_id: str) -> None:
    assistance_service.create_plan(store, case_id, {"budget_amount": AMOUNT, "currency": "EUR"})
    assistance_service.add_objective(
        store, case_id, {"dimension": "economic", "description": "Open a tailoring workshop"}
    )
    assistance_service.add_measure(
        store,
        case_id,
        {"phase": "reintegration", "category": "vocational_training",
         "description": "Sewing course", "planned_amount": AMOUNT, "spent_amount": "999.01",
         "currency": "EUR"},
    )  # fmt: skip
    records.create(store, "trafficking_profile", {"case_id": case_id, "details": SECRET_DETAIL})


def test_a_visit_form_shows_what_is_due_and_nothing_withheld(store: Store, tmp_path: Path) -> None:
    case_id = make_case(store, TODAY - timedelta(days=80))  # month-3 is due
    add_plan(store, case_id)
    code = case_service.get_case(store, case_id).values["case_code"]
    pdf = form_print_service.print_visit_form(store, str(code), today=TODAY)
    found = text(pdf)
    # month-1 was never recorded: the earliest planned visit is the one printed
    assert "1 month after arrival" in found
    assert str(code) in found
    assert "Open a tailoring workshop" in found
    assert "Sewing course" in found
    for withheld in (SECRET_DETAIL, "Zebedee", DOCUMENT_NUMBER, AMOUNT, "1234", "999.01",
                     "Blessing", "Okafor", "EUR"):  # fmt: skip
        assert withheld not in found, withheld
    assert "Reintegration Sustainability Survey" not in found
    qpdf_check(pdf, tmp_path)
    entries = prints(store)
    assert len(entries) == 1
    assert entries[0].record_type == "visit"


def test_a_survey_visit_carries_the_questions(store: Store, tmp_path: Path) -> None:
    case_id = make_case(store, TODAY - timedelta(days=182))
    pdf = form_print_service.print_visit_form(store, case_id, slot="month-6", today=TODAY)
    found = squeezed(text(pdf))
    assert squeezed("6 months after arrival") in found
    for indicator in CURRENT_INSTRUMENT.indicators:
        assert squeezed(indicator.question) in found
    pdf = form_print_service.print_visit_form(store, case_id, slot="month-9", today=TODAY)
    assert squeezed(CURRENT_INSTRUMENT.indicators[0].question) not in squeezed(text(pdf))
    assert len(prints(store)) == 2
    qpdf_check(pdf, tmp_path)


def test_no_planned_visit_is_refused_and_not_audited(store: Store) -> None:
    created = case_service.create_case(
        store, {"gender": "Masculine", "country_of_return": "NGA", "estimated_age": 30}
    )
    with pytest.raises(NoOpenVisitError):
        form_print_service.print_visit_form(store, created.case.id)
    assert prints(store) == []


def training(store: Store) -> str:
    session = records.create(
        store,
        "training_session",
        {"date": "2026-04-20", "place": "Lyon", "audience": "border_police",
         "trainers": ["Claire Martin"], "modules": ["Identifying victims"]},
    )  # fmt: skip
    people = [("Amina Bello", True), ("Ольга Петрова", False), ("王小明", True)]
    for name, attended in people:
        records.create(store, "training_participant",
                       {"session_id": session.id, "name": name, "organisation": "PAF Lyon",
                        "organisation_type": "border_police", "sex": "female",
                        "attended": attended})  # fmt: skip
    return session.id


def test_attendance_sheet_and_certificates(store: Store, tmp_path: Path) -> None:
    session_id = training(store)
    sheet = form_print_service.print_attendance(store, session_id)
    found = text(sheet)
    for expected in ("Identifying victims", "Lyon", "Claire Martin", "PAF Lyon", "IOM France",
                     "Amina Bello", "Ольга Петрова", "王小明"):  # fmt: skip
        assert expected in found, expected
    qpdf_check(sheet, tmp_path)
    certificates = form_print_service.print_certificates(store, session_id[:8])
    pages = pages_text(certificates)
    assert len(pages) == 2
    assert "Amina Bello" in pages[0]
    assert "王小明" in pages[1]
    assert "Ольга Петрова" not in text(certificates)
    # kept by the participant: no "Confidential", no printing user, no page count
    assert "Confidential" in found
    for page in pages:
        assert "Confidential" not in page
        assert "Page " not in page
        assert "Printed " not in page
    qpdf_check(certificates, tmp_path)
    entries = prints(store)
    assert [(e.record_type, e.record_id) for e in entries] == [("training_session", session_id)] * 2


def test_certificates_need_someone_who_attended(store: Store) -> None:
    session = records.create(store, "training_session",
                             {"date": "2026-04-20", "audience": "ofii"})  # fmt: skip
    with pytest.raises(NoAttendeesError):
        form_print_service.print_certificates(store, session.id)
    assert prints(store) == []


def visits_due_independently(store: Store, horizon: date) -> set[str]:
    """Open visits of open cases whose window opens by `horizon`, read from every case."""
    due = set()
    for case in case_service.list_cases(store):
        if case.status == "closed":
            continue
        for visit in records.list_for_case(store, "visit", case.id):
            if (
                visit.values["status"] == "planned"
                and str(visit.values["window_start"]) <= horizon.isoformat()
            ):
                due.add(visit.id)
    return due


def test_the_week_batch_holds_one_form_per_visit_due_and_reports_progress(
    store: Store, tmp_path: Path
) -> None:
    start = next_week(TODAY)
    assert start == date(2026, 5, 11)
    arrivals = [start - timedelta(days=d) for d in (25, 31, 88, 95, 180, 186, 270, 365, 10, 3)]
    for index, arrival in enumerate(arrivals):
        make_case(store, arrival, minor=index % 3 == 0)
    expected = visits_due_independently(store, start + timedelta(days=7))
    assert len(expected) >= 8  # overdue month-1 visits included
    seen: list[tuple[int, int]] = []
    out = tmp_path / "week.pdf"
    result = form_print_service.print_visits_due(
        store, out, start=start, progress=lambda done, total: seen.append((done, total))
    )
    assert result.path == out
    assert not result.cancelled
    assert result.total == result.forms == len(expected)
    assert seen == [(n, len(expected)) for n in range(len(expected) + 1)]
    pdf = out.read_bytes()
    qpdf_check(pdf, tmp_path)
    pages = pages_text(pdf)
    first_pages = [page for page in pages if "Page1of" in squeezed(page)]
    assert len(first_pages) == len(expected)
    codes = {str(item.case_code) for item in monitoring_service.agenda(store, today=start)}
    for code in codes:
        assert any(code in page for page in first_pages)
    audited = {e.record_id for e in prints(store)}
    assert audited == expected
    assert len(prints(store)) == len(expected)


def test_cancelling_the_batch_writes_no_file_and_no_audit(store: Store, tmp_path: Path) -> None:
    start = next_week(TODAY)
    for days in (25, 88, 180):
        make_case(store, start - timedelta(days=days))
    out = tmp_path / "week.pdf"
    seen: list[int] = []
    result = form_print_service.print_visits_due(
        store, out, start=start,
        progress=lambda done, _total: seen.append(done), cancelled=lambda: len(seen) > 2,
    )  # fmt: skip
    assert result.cancelled
    assert result.path is None
    assert result.forms == 2 < result.total
    assert not out.exists()
    assert list(tmp_path.glob("*.pdf")) == []
    assert prints(store) == []


def test_an_empty_week_says_so(store: Store, tmp_path: Path) -> None:
    with pytest.raises(NoVisitsDueError):
        form_print_service.print_visits_due(store, tmp_path / "x.pdf", start=TODAY)
