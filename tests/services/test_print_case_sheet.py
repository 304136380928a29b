"""Case sheets printed from a real database: what each profile shows and withholds, the names of
every script, one audit entry per print, the child annex, the survey, the DEMO mark, the CLI."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from care_desktop.db.store import Store
from care_desktop.services import (
    assistance_service,
    audit_service,
    case_service,
    consent_service,
    demo_database,
    monitoring_service,
    print_service,
    records,
)
from care_desktop.services.unit_of_work import reading
from tests.conftest import run_care
from tests.reports.pdf_text import qpdf_check, squeezed, text

D = date(2026, 3, 1)
NAMES = {
    "given_name": "فاطمة",
    "family_name": "ተስፋዬ",
    "other_names": ["सीता श्रेष्ठ", "李娜", "Жанна Иванова", "ফাতেমা আহমেদ", "Nguyễn Thị Lan"],
}
DOCUMENT = "DOCNUM-99812"
TRAFFICKING = ("TRAFDETAIL-5521", "TRAFPLACE-4471")
AMOUNTS = ("9876.54", "1234.57", "555.33")
WITHHELD = (DOCUMENT, *TRAFFICKING, *AMOUNTS, "Forced labour", "Trafficking profile", "+000 7788")


def _case(store: Store, *, minor: bool = False, arrival_days: int = 200) -> str:
    born = "2013-01-10" if minor else "1990-05-05"
    created = case_service.create_case(
        store,
        {"gender": "Feminine", "country_of_return": "NGA", "date_of_birth": born},
        {
            **NAMES,
            "phone": "+000 7788",
            "document_type": "passport",
            "document_number": DOCUMENT,
        },
        today=D,
    )
    case_id = created.case.id
    records.create(
        store,
        "trafficking_profile",
        {
            "case_id": case_id,
            "exploitation_types": ["ForcedLabour"],
            "details": TRAFFICKING[0],
            "places": TRAFFICKING[1],
        },
    )
    consent_service.give(store, case_id, {"scope": "services"}, today=D)
    assistance_service.create_plan(
        store, case_id, {"budget_amount": AMOUNTS[0], "currency": "EUR"}, today=D
    )
    assistance_service.add_objective(
        store, case_id, {"dimension": "economic", "description": "OBJECTIVE-TAILORING"}, today=D
    )
    assistance_service.add_measure(
        store,
        case_id,
        {
            "phase": "reintegration",
            "category": "vocational_training",
            "description": "MEASURE-SEWING",
            "planned_amount": AMOUNTS[1],
            "spent_amount": AMOUNTS[2],
            "currency": "EUR",
        },
        today=D,
    )
    arrival = (D - timedelta(days=arrival_days)).isoformat()
    case_service.update_case(store, case_id, {"arrival_date": arrival}, today=D)
    return case_id


def _prints(store: Store, case_id: str) -> list[audit_service.AuditRow]:
    return [e for e in audit_service.entries(store, record_id=case_id) if e.action == "print"]


def test_the_interview_sheet_shows_what_it_promises_and_nothing_it_withholds(
    store: Store, tmp_path: Path
) -> None:
    case_id = _case(store)
    printed = print_service.case_sheet(store, case_id, "interview", today=D)
    found = text(printed.pdf)
    for expected in (
        printed.case_code,
        "Case sheet (interview)",
        "Confidential",
        "Coordinator One",
        "Receiving assistance",
        "OBJECTIVE-TAILORING",
        "MEASURE-SEWING",
        "month-1",
        "Open actions",
        "Questions for this visit",
        "Beneficiary",
        "Officer",
        "Page 1 of",
    ):
        assert squeezed(expected) in squeezed(found), expected
    for withheld in WITHHELD:
        assert squeezed(withheld) not in squeezed(found), withheld
    # the identity is not even read: no name appears, in any script
    for name in ("فاطمة", "ተስፋዬ", "李娜", "Жанна"):
        assert name not in found
    assert "Child annex" not in found
    assert "DEMO" not in found
    qpdf_check(printed.pdf, tmp_path)


def test_the_full_sheet_shows_everything_and_names_survive_in_every_script(
    store: Store, tmp_path: Path
) -> None:
    case_id = _case(store)
    printed = print_service.case_sheet(store, case_id, "full", today=D)
    found = squeezed(text(printed.pdf))
    names = [NAMES["given_name"], NAMES["family_name"], *NAMES["other_names"]]
    for name in names:
        for word in name.split():
            assert word in found, word
    for expected in (DOCUMENT, *TRAFFICKING, *AMOUNTS, "Forcedlabour", "Trafficking profile"):
        assert squeezed(expected) in found, expected
    assert squeezed("Case sheet (full)") in found
    qpdf_check(printed.pdf, tmp_path)


@pytest.mark.parametrize("profile", ["interview", "full"])
def test_each_print_adds_exactly_one_audit_entry(store: Store, profile: str) -> None:
    case_id = _case(store)
    before = audit_service.entries(store, limit=10_000)
    print_service.case_sheet(store, case_id, profile, today=D)
    after = audit_service.entries(store, limit=10_000)
    assert len(after) == len(before) + 1
    entry = after[0]
    assert (entry.action, entry.record_type, entry.record_id) == ("print", "case", case_id)
    assert entry.detail is not None
    assert f"profile={profile}" in entry.detail
    identity = case_service.get_identity(store, case_id)
    assert identity is not None
    # the full sheet's reveal of the identity is recorded with the print, naming the record
    assert (f"identity={identity.id}" in entry.detail) is (profile == "full")
    print_service.case_sheet(store, case_id, profile, today=D)
    assert len(_prints(store, case_id)) == 2


def test_the_child_annex_appears_for_a_minor_only(store: Store) -> None:
    child = _case(store, minor=True)
    records.create(
        store,
        "guardian",
        {"case_id": child, "name": "Guardian Kofi", "authority": "legal_guardian"},
    )
    records.create(
        store,
        "best_interests",
        {
            "case_id": child,
            "kind": "determination",
            "conducted_on": "2026-01-10",
            "decision": "return_recommended",
        },
    )
    records.create(
        store,
        "family_assessment",
        {"case_id": child, "assessed_on": "2026-01-05", "recommendation": "reunify"},
    )
    for profile in ("interview", "full"):
        found = squeezed(text(print_service.case_sheet(store, child, profile, today=D).pdf))
        for expected in ("Child annex", "Guardian Kofi", "Return recommended", "Reunify"):
            assert squeezed(expected) in found, (profile, expected)
    interview = text(print_service.case_sheet(store, child, "interview", today=D).pdf)
    assert squeezed("Beneficiary or guardian") in squeezed(interview)
    adult = _case(store)
    assert "Child annex" not in text(print_service.case_sheet(store, adult, "full", today=D).pdf)


def test_the_survey_questions_when_the_next_visit_calls_for_a_survey(store: Store) -> None:
    case_id = _case(store, arrival_days=200)
    with reading(store, D) as work:
        planned = monitoring_service.visits_of(work, case_id)
    first = text(print_service.case_sheet(store, case_id, "interview", today=D).pdf)
    assert not planned[0][1].get("rss_due")
    assert "How are the measures of the plan going?" in first
    assert "sustainability survey" not in first
    # visits done until the next one due calls for the survey
    for visit_id, values in planned:
        if values.get("rss_due"):
            survey_slot = str(values["slot"])
            break
        monitoring_service.record_visit(store, visit_id, {"visited_on": D.isoformat()}, today=D)
    found = squeezed(text(print_service.case_sheet(store, case_id, "interview", today=D).pdf))
    assert squeezed(f"Visit {survey_slot}") in found
    assert squeezed("Reintegration sustainability survey") in found
    assert squeezed("Do you currently have work or another regular source of income?") in found


def test_a_demo_database_prints_the_demo_mark(db_path: Path, tmp_path: Path) -> None:
    demo = demo_database.create(db_path, cases=2)
    assert demo is not None
    try:
        case = case_service.list_cases(demo)[0]
        pdf = print_service.case_sheet(demo, case.id, "full").pdf
        assert squeezed("DEMO: synthetic data, not real people") in squeezed(text(pdf))
        qpdf_check(pdf, tmp_path)
    finally:
        demo.close()


def test_an_unknown_profile_is_refused_and_audits_nothing(store: Store) -> None:
    case_id = _case(store)
    with pytest.raises(print_service.UnknownProfileError):
        print_service.case_sheet(store, case_id, "everything", today=D)
    assert _prints(store, case_id) == []


def test_care_print_case_sheet(db_path: Path, tmp_path: Path) -> None:
    made = run_care("--db", str(db_path), "init", "--role", "coordinator", "--office", "Paris")
    assert made.code == 0, made.stderr
    assert run_care("--db", str(db_path), "demo", "--cases", "2", "--seed", "7").code == 0
    listed = run_care("--db", str(db_path), "--json", "case", "list")
    code = json.loads(listed.stdout)["cases"][0]["case_code"]
    out = tmp_path / "sheet.pdf"
    done = run_care(
        "--db", str(db_path), "--json", "print", "case-sheet", code,
        "--profile", "interview", "--language", "fr", "--paper", "letter", "--out", str(out),
    )  # fmt: skip
    assert done.code == 0, done.stderr
    report = json.loads(done.stdout)
    assert (report["case_code"], report["profile"], report["language"]) == (code, "interview", "fr")
    pdf = out.read_bytes()
    assert "Code du dossier" in text(pdf)
    qpdf_check(pdf, tmp_path)
    refused = run_care("--db", str(db_path), "print", "case-sheet", "NGA-0000-0000",
                       "--out", str(tmp_path / "none.pdf"))  # fmt: skip
    assert refused.code == 1
    assert "NGA-0000-0000" in refused.stderr
    assert not (tmp_path / "none.pdf").exists()


def test_a_field_laptop_prints_the_interview_sheet_only(db_path: Path, tmp_path: Path) -> None:
    made = run_care("--db", str(db_path), "init", "--role", "field", "--office", "IOM Conakry",
                    "--country", "GIN")  # fmt: skip
    assert made.code == 0, made.stderr
    created = run_care("--db", str(db_path), "--json", "case", "new", "gender=Feminine",
                       "country_of_return=GIN")  # fmt: skip
    code = json.loads(created.stdout)["case"]["case_code"]
    full = tmp_path / "full.pdf"
    refused = run_care("--db", str(db_path), "print", "case-sheet", code, "--profile", "full",
                       "--out", str(full))  # fmt: skip
    assert refused.code == 1
    assert "printed at the office" in refused.stderr
    assert not full.exists()
    interview = tmp_path / "interview.pdf"
    done = run_care("--db", str(db_path), "print", "case-sheet", code, "--profile", "interview",
                    "--out", str(interview))  # fmt: skip
    assert done.code == 0, done.stderr
    assert code in text(interview.read_bytes())
