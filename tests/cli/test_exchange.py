"""Demo data, export and import through the real `care` program."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from care_desktop.db import record_store
from care_desktop.domain import records as r
from care_desktop.domain.schema import check_required, validate_record
from care_desktop.services import vault_service
from tests.conftest import PASSPHRASE, run_care

REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "reference" / "htcds"
REFERENCE_CSV = REFERENCE / "htcds_field_standards_2.0.csv"


def _init(path: Path, role: str = "coordinator") -> None:
    extra = ["--country", "NGA"] if role == "field" else []
    made = run_care("--db", str(path), "init", "--role", role, "--office", "Office", *extra)
    assert made.code == 0, made.stderr


@pytest.fixture(scope="module")
def demo_export(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("demo")
    env = {"CARE_LOG_DIR": str(folder / "logs"), "CARE_CONFIG_DIR": str(folder / "config")}
    database = folder / "demo.db"
    made = run_care("--db", str(database), "init", "--role", "coordinator", "--office", "Paris",
                    env=env)  # fmt: skip
    assert made.code == 0, made.stderr
    demo = run_care(
        "--db", str(database), "--json", "demo", "--cases", "120", "--seed", "5", env=env
    )
    assert demo.code == 0, demo.stderr
    exported = folder / "first.json"
    result = run_care("--db", str(database), "export", "--format", "json", "--out", str(exported),
                      env=env)  # fmt: skip
    assert result.code == 0, result.stderr
    return database, exported


def test_demo_data_is_valid_and_covers_every_stage(demo_export: tuple[Path, Path]) -> None:
    database, _ = demo_export
    store = vault_service.unlock_with_passphrase(database, PASSPHRASE)
    try:
        with store.read() as session:
            statuses = set()
            for spec in r.ALL_RECORDS:
                for record_id, values in record_store.select_records(session, spec):
                    given = {k: v for k, v in values.items() if v is not None}
                    clean = validate_record(spec, given, allow_derived=True, complete=False)
                    check_required(spec, clean)
                    if spec is r.CASE:
                        statuses.add(values["status"])
                        assert record_id
    finally:
        store.close()
    assert statuses >= {"identified", "assessed", "monitoring", "closed", "reintegration"}


def test_json_export_import_export_is_byte_identical(
    demo_export: tuple[Path, Path], tmp_path: Path
) -> None:
    _, first = demo_export
    other = tmp_path / "other.db"
    _init(other, "field")
    imported = run_care("--db", str(other), "--json", "import", str(first))
    assert imported.code == 0, imported.stderr
    assert json.loads(imported.stdout)["created"] > 1000
    second = tmp_path / "second.json"
    assert (
        run_care("--db", str(other), "export", "--format", "json", "--out", str(second)).code == 0
    )
    assert second.read_bytes() == first.read_bytes()
    assert second.stat().st_mode & 0o077 == 0  # owner-only: it left the encrypted store
    again = run_care("--db", str(other), "--json", "import", str(first))
    assert json.loads(again.stdout)["created"] == 0
    assert json.loads(again.stdout)["updated"] == 0


def test_the_same_seed_gives_the_same_data(demo_export: tuple[Path, Path], tmp_path: Path) -> None:
    _, first = demo_export
    database = tmp_path / "again.db"
    _init(database)
    assert run_care("--db", str(database), "demo", "--cases", "120", "--seed", "5").code == 0
    out = tmp_path / "again.json"
    assert (
        run_care("--db", str(database), "export", "--format", "json", "--out", str(out)).code == 0
    )
    assert out.read_bytes() == first.read_bytes()


def _reference() -> tuple[set[str], dict[str, set[str]]]:
    fields: set[str] = set()
    values: dict[str, set[str]] = {}
    with REFERENCE_CSV.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            name = (row["Field Name including Prefix"] or "").strip()
            if not name:
                continue
            fields.add(name)
            raw = row["Value Names (if picklist)"] or ""
            if "\n" in raw:
                values[name] = {v.strip() for v in raw.splitlines() if v.strip()}
    return fields, values


def test_htcds_export_uses_the_standard_names_and_values(
    demo_export: tuple[Path, Path], tmp_path: Path
) -> None:
    database, _ = demo_export
    out = tmp_path / "htcds.json"
    assert (
        run_care("--db", str(database), "export", "--format", "htcds", "--out", str(out)).code == 0
    )
    document = json.loads(out.read_text())
    fields, picklists = _reference()
    assert len(document["Person"]) == 120
    checked = 0
    for section in ("Person", "Organization"):
        for row in document[section]:
            for name, value in row.items():
                assert name in fields, name
                if name in picklists and isinstance(value, str):
                    for part in value.split(";"):
                        assert part in picklists[name], (name, part)
                        checked += 1
    assert checked > 500


def test_a_malformed_json_import_changes_nothing_and_reports_every_bad_record(
    demo_export: tuple[Path, Path], tmp_path: Path
) -> None:
    _, first = demo_export
    document = json.loads(first.read_text())
    document["cases"][0]["gender"] = "Female"
    document["cases"][3]["date_of_birth"] = "yesterday"
    document["assistance_measures"][2]["category"] = "magic"
    document["monitoring_visits"][1]["case_id"] = "00000000-0000-4000-8000-000000000000"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document))
    target = tmp_path / "target.db"
    _init(target)
    before = target.read_bytes()
    result = run_care("--db", str(target), "import", str(bad))
    assert result.code == 1
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 4
    assert any("cases[0]" in line and "Gender" in line for line in lines)
    assert any("cases[3]" in line and "Date of birth" in line for line in lines)
    assert any("assistance_measures[2]" in line and "magic" in line for line in lines)
    assert any("monitoring_visits" in line and "Case: refers to" in line for line in lines)
    assert "nothing was changed" in result.stderr
    assert target.read_bytes() == before


def test_a_spreadsheet_of_cases_imports_or_reports_every_bad_row(tmp_path: Path) -> None:
    target = tmp_path / "target.db"
    _init(target)
    sheet = tmp_path / "tracker.csv"
    sheet.write_text(
        "Case code,Gender,Date of birth,Country of return,Given name,Family name\n"
        "T-1,Feminine,2001-02-03,NGA,Amaka,Obi\n"
        "T-2,Female,2001-13-03,XXX,Bad,Row\n"
        "T-3,,2001-01-01,NGA,No,Gender\n"
        "T-4,Masculine,,SEN,Moussa,Diop\n",
        encoding="utf-8",
    )
    before = target.read_bytes()
    rejected = run_care("--db", str(target), "--json", "import", str(sheet))
    assert rejected.code == 1
    problems = json.loads(rejected.stdout)["problems"]
    assert [p["where"] for p in problems] == ["row 3", "row 3", "row 3", "row 4"]
    assert target.read_bytes() == before
    lines = sheet.read_text().splitlines()
    sheet.write_text("\n".join([lines[0], lines[1], lines[4]]) + "\n", encoding="utf-8")
    accepted = run_care("--db", str(target), "--json", "import", str(sheet))
    assert accepted.code == 0, accepted.stderr
    assert json.loads(accepted.stdout)["created"] == 2
    listed = json.loads(run_care("--db", str(target), "--json", "case", "list").stdout)
    assert sorted(case["country_of_return"] for case in listed["cases"]) == ["NGA", "SEN"]


def test_case_commands(tmp_path: Path) -> None:
    target = tmp_path / "cases.db"
    _init(target)
    made = run_care("--db", str(target), "--json", "case", "new", "gender=Feminine",
                    "country_of_return=GHA", "given_name=Akosua", "family_name=Mensah")  # fmt: skip
    assert made.code == 0, made.stderr
    code = json.loads(made.stdout)["case"]["case_code"]
    assert "given_name" not in json.loads(made.stdout)["case"]
    wrong = run_care("--db", str(target), "case", "set", code, "gender=Female")
    assert wrong.code == 1
    assert wrong.stderr.startswith("Gender: Female is not one of the allowed values")
    assert len(wrong.stderr.strip().splitlines()) == 1
    changed = run_care("--db", str(target), "--json", "case", "set", code, "host_country=fra")
    assert json.loads(changed.stdout)["case"]["host_country"] == "FRA"
    assert run_care("--db", str(target), "case", "set", code, "nonsense").code == 1
    found = run_care("--db", str(target), "--json", "case", "list", "--search", "akosua")
    assert [c["case_code"] for c in json.loads(found.stdout)["cases"]] == [code]
    shown = run_care("--db", str(target), "--json", "case", "show", code, "--identity")
    assert json.loads(shown.stdout)["identity"]["given_name"] == "Akosua"
    refused = run_care("--db", str(target), "case", "advance", code, "assessed")
    assert refused.code == 1
    assert "consent to receive assistance" in refused.stderr
