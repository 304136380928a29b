"""`care print visit-form | visits-due | training | certificates` as a user runs them."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from care_desktop.services import case_service, records, vault_service
from care_desktop.services.vault_service import SetupRequest
from tests.conftest import PASSPHRASE, run_care
from tests.reports.pdf_text import pages_text, qpdf_check, squeezed, text


def _database(db_path: Path) -> tuple[str, str, date]:
    store, _ = vault_service.create_database(
        SetupRequest(db_path, "coordinator", "IOM France", (), PASSPHRASE, "Coordinator One")
    )
    today = date.today()
    start = today + timedelta(days=7 - today.weekday())
    created = case_service.create_case(
        store,
        {"gender": "Feminine", "country_of_return": "NGA", "estimated_age": 30,
         "arrival_date": (start - timedelta(days=180)).isoformat()},
    )  # fmt: skip
    session = records.create(
        store, "training_session", {"date": "2026-04-20", "audience": "ofii", "place": "Lyon"}
    )
    for name, attended in (("Amina Bello", True), ("محمد علي", True), ("Jean Dupont", False)):
        records.create(store, "training_participant",
                       {"session_id": session.id, "name": name, "attended": attended})  # fmt: skip
    code = str(created.case.values["case_code"])
    store.close()
    return code, session.id, start


def test_the_form_commands_write_checked_pdfs(db_path: Path, tmp_path: Path) -> None:
    code, session_id, start = _database(db_path)
    db = ["--db", str(db_path)]
    form = tmp_path / "visit.pdf"
    done = run_care(*db, "print", "visit-form", code, "--slot", "month-6", "--out", str(form))
    assert done.code == 0, done.stderr
    found = squeezed(text(form.read_bytes()))
    assert squeezed("6 months after arrival") in found
    assert squeezed("Reintegration Sustainability Survey") in found
    qpdf_check(form.read_bytes(), tmp_path)

    sheet = tmp_path / "sheet.pdf"
    done = run_care(*db, "print", "training", session_id, "--out", str(sheet), "--paper", "letter")
    assert done.code == 0, done.stderr
    assert "Amina Bello" in text(sheet.read_bytes())
    qpdf_check(sheet.read_bytes(), tmp_path)

    certificates = tmp_path / "certificates.pdf"
    done = run_care(*db, "--json", "print", "certificates", session_id, "--out", str(certificates))
    assert done.code == 0, done.stderr
    assert json.loads(done.stdout)["out"] == str(certificates)
    assert len(pages_text(certificates.read_bytes())) == 2
    qpdf_check(certificates.read_bytes(), tmp_path)

    batch = tmp_path / "week.pdf"
    done = run_care(*db, "--json", "print", "visits-due", "--from", start.isoformat(),
                    "--days", "7", "--out", str(batch))  # fmt: skip
    assert done.code == 0, done.stderr
    assert json.loads(done.stdout)["forms"] >= 1
    assert code in text(batch.read_bytes())
    qpdf_check(batch.read_bytes(), tmp_path)


def test_a_refused_print_writes_no_file(db_path: Path, tmp_path: Path) -> None:
    _database(db_path)
    out = tmp_path / "none.pdf"
    done = run_care("--db", str(db_path), "print", "certificates", "nope", "--out", str(out))
    assert done.code == 1
    assert "No training session" in done.stderr
    assert not out.exists()
