"""`care report indicators` as a user runs it, on a demo database: the CSV reads back to the
service's numbers, each report adds one audit entry, a bad date or period fails clearly."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from care_desktop.db.store import Store
from care_desktop.reports.indicator_csv import COLUMNS, number
from care_desktop.services import audit_service, indicator_service, vault_service
from care_desktop.services.indicator_service import ReportRequest
from tests.conftest import PASSPHRASE, run_care
from tests.reports.pdf_text import qpdf_check, text


@pytest.fixture
def demo_db(db_path: Path) -> Path:
    made = run_care("--db", str(db_path), "init", "--role", "coordinator", "--office", "Paris")
    assert made.code == 0, made.stderr
    filled = run_care("--db", str(db_path), "demo", "--cases", "150", "--seed", "3")
    assert filled.code == 0, filled.stderr
    return db_path


@pytest.fixture
def opened(demo_db: Path) -> Iterator[Store]:
    store = vault_service.unlock_with_passphrase(demo_db, PASSPHRASE, audit=False)
    yield store
    store.close()


def _report_entries(store: Store) -> list[str]:
    return [
        entry.action
        for entry in audit_service.entries(store, limit=1000)
        if entry.record_type == "indicator_report"
    ]


def _report(db: Path, out: Path, *options: str) -> None:
    done = run_care("--db", str(db), "report", "indicators", "--out", str(out), *options)
    assert done.code == 0, done.stderr


def test_the_csv_reads_back_to_the_services_numbers(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "indicators.csv"
    _report(demo_db, out, "--format", "csv", "--from", "2025-06-01", "--to", "2026-11-15")
    with io.StringIO(out.read_bytes().decode("utf-8-sig")) as stream:
        reader = csv.DictReader(stream)
        assert tuple(reader.fieldnames or ()) == COLUMNS
        rows = {
            (r["indicator"], r["measure"], r["detail"], r["dimension"], r["category"]): r
            for r in reader
        }
    store = vault_service.unlock_with_passphrase(demo_db, PASSPHRASE, audit=False)
    try:
        request = ReportRequest(start=date(2025, 6, 1), end=date(2026, 11, 15))
        report = indicator_service.indicator_report(store, request)
        assert _report_entries(store) == ["export"]
    finally:
        store.close()
    assert not report.demo  # `care demo` fills a real database: only the demo one is marked
    compared = 0
    for series in report.series:
        head = (series.indicator, series.measure, series.detail)
        row = rows.pop((*head, "total", ""))
        assert row["value"] == number(series, series.total)
        assert (row["period_start"], row["period_end"], row["demo"]) == (
            "2025-06-01", "2026-11-15", "no",
        )  # fmt: skip
        for breakdown in series.breakdowns:
            for category, figure in breakdown.cells:
                row = rows.pop((*head, breakdown.dimension, category))
                assert row["suppressed"] == ("yes" if figure.suppressed else "no")
                if isinstance(figure.value, int):
                    assert int(row["value"]) == figure.value
                elif figure.suppressed:
                    assert row["value"] == "<5"
                compared += 1
    assert compared > 500
    assert {key[1] for key in rows} <= {"target"}  # nothing else in the file


def test_the_pdf_report_is_audited_as_a_print(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "indicators.pdf"
    _report(demo_db, out, "--format", "pdf", "--language", "fr", "--paper", "letter")
    pdf = out.read_bytes()
    qpdf_check(pdf, tmp_path)
    store = vault_service.unlock_with_passphrase(demo_db, PASSPHRASE, audit=False)
    try:
        assert _report_entries(store) == ["print"]
        total = indicator_service.indicator_report(store).of("assessed")[0].total.value
    finally:
        store.close()
    assert str(total) in text(pdf)


@pytest.mark.parametrize(
    ("options", "code", "message"),
    [
        (("--from", "2026-13-01"), 2, "2026-13-01 is not a date: write it as YYYY-MM-DD"),
        (("--to", "31/12/2026"), 2, "31/12/2026 is not a date"),
        (("--from", "2026-10-01", "--to", "2026-01-01"), 1, "after it ends"),
        (("--programme", "nowhere"), 1, "There is no programme nowhere"),
    ],
)
def test_a_bad_date_or_period_says_what_to_do_and_writes_nothing(
    demo_db: Path, tmp_path: Path, options: tuple[str, ...], code: int, message: str
) -> None:
    out = tmp_path / "indicators.csv"
    done = run_care(
        "--db", str(demo_db), "report", "indicators", "--format", "csv", "--out", str(out), *options
    )
    assert done.code == code
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists()
    store = vault_service.unlock_with_passphrase(demo_db, PASSPHRASE, audit=False)
    try:
        assert _report_entries(store) == []
    finally:
        store.close()
