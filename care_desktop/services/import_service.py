"""`care import`: a json export (upsert by id) or a spreadsheet tracker of cases (CSV).

Everything is checked before anything is written: a file with any bad record or row changes
nothing, and the report names every one of them (record or row, field, rule).
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from care_desktop.db import record_store
from care_desktop.db.record_tables import attachment_blobs
from care_desktop.db.store import Store
from care_desktop.domain import records as r
from care_desktop.domain.audit import AuditAction
from care_desktop.domain.case_code import new_case_code
from care_desktop.domain.errors import UserFacingError
from care_desktop.domain.schema import (
    FieldError,
    RecordSpec,
    UnknownFieldError,
    Value,
    check_required,
    validate_record,
)
from care_desktop.i18n import translate
from care_desktop.services import case_service, duplicate_service
from care_desktop.services.export_service import EXPORT_FORMAT
from care_desktop.services.unit_of_work import Work, new_id, writing

MAX_IMPORT_BYTES = 512 * 1024 * 1024
MAX_ROWS = 200_000


@dataclass(frozen=True, slots=True)
class Problem:
    where: str  # "cases[12] (id …)" or "row 7"
    field: str
    message: str


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[Problem] = field(default_factory=list)


class ImportRejectedError(UserFacingError):
    template = (
        "The file was not imported: {count} problems, listed above with their row or record. "
        "Correct them and import the whole file again; nothing was changed."
    )

    def __init__(self, report: ImportReport) -> None:
        super().__init__(count=len(report.problems))
        self.report = report


class UnreadableImportError(UserFacingError):
    template = (
        "{path} is neither a CARE Desktop JSON export nor a CSV table of cases, or it is damaged. "
        "Nothing was changed."
    )


class ImportTooLargeError(UserFacingError):
    template = "{path} is too large to import (more than {limit} MB or {rows} rows)."


def _describe(error: UserFacingError, tr: Callable[[str, str], str]) -> str:
    return error.message(tr)


def _strict_json(raw: bytes) -> Any:
    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in items:
            if key in result:
                raise ValueError(f"duplicate key {key[:40]}")
            result[key] = value
        return result

    def constant(name: str) -> float:
        raise ValueError(f"{name} is not allowed")

    return json.loads(raw, object_pairs_hook=pairs, parse_constant=constant)


def _validate_records(
    spec: RecordSpec, rows: object, report: ImportReport, known_ids: set[str]
) -> list[tuple[str, dict[str, Value]]]:
    clean_rows: list[tuple[str, dict[str, Value]]] = []
    if not isinstance(rows, list):
        report.problems.append(Problem(spec.export_key, "", "a list of records is expected"))
        return clean_rows
    for index, row in enumerate(rows):
        where = f"{spec.export_key}[{index}]"
        if not isinstance(row, dict) or not isinstance(row.get("id"), str):
            report.problems.append(Problem(where, "id", "a record with an id is expected"))
            continue
        record_id = str(row["id"]).lower()
        known_ids.add(record_id)  # in the file, even if refused: no cascade of reports
        where = f"{spec.export_key}[{index}] ({record_id[:36]})"
        values = {k: v for k, v in row.items() if k != "id"}
        try:
            clean = validate_record(spec, values, allow_derived=True, complete=False)
            check_required(spec, clean)
        except UnknownFieldError as error:
            report.problems.append(Problem(where, "", _describe(error, translate)))
            continue
        except FieldError as error:
            field_name = str(error.params.get("field", ""))
            report.problems.append(Problem(where, field_name, _describe(error, translate)))
            continue
        clean_rows.append((record_id, clean))
    return clean_rows


def _check_references(
    work: Work,
    spec: RecordSpec,
    rows: list[tuple[str, dict[str, Value]]],
    known_ids: set[str],
    report: ImportReport,
) -> None:
    for field_spec in spec.fields:
        if field_spec.ref is None:
            continue
        target = r.RECORDS[field_spec.ref]
        for record_id, values in rows:
            ref = values.get(field_spec.name)
            if not ref or str(ref) in known_ids:
                continue
            if record_store.get_record(work.session, target, str(ref)) is None:
                report.problems.append(
                    Problem(
                        f"{spec.export_key} ({record_id})",
                        field_spec.name,
                        translate(
                            "import",
                            "{field}: refers to a record that is neither in the file nor on this "
                            "device.",
                        ).format(field=translate(field_spec.msg.context, field_spec.label)),
                    )
                )


def _upsert(
    work: Work, spec: RecordSpec, rows: list[tuple[str, dict[str, Value]]], report: ImportReport
) -> set[str]:
    touched_cases: set[str] = set()
    for record_id, values in rows:
        current = record_store.get_record(work.session, spec, record_id)
        if current is None:
            record_store.insert_record(work.session, spec, record_id, values)
            report.created += 1
        else:
            changed = record_store.update_record(work.session, spec, record_id, values, current)
            if changed:
                report.updated += 1
            else:
                report.unchanged += 1
                continue
        if spec is r.CASE:
            touched_cases.add(record_id)
        elif spec is r.IDENTITY:
            touched_cases.add(str(values["case_id"]))
    return touched_cases


def _import_json(work: Work, document: Any, report: ImportReport) -> None:
    if not isinstance(document, dict) or document.get("_format", {}).get("name") != EXPORT_FORMAT:
        raise ValueError("not a CARE Desktop export")
    known_ids: set[str] = set()
    validated = {
        spec.name: _validate_records(spec, document.get(spec.export_key, []), report, known_ids)
        for spec in r.ALL_RECORDS
    }
    for spec in r.ALL_RECORDS:
        _check_references(work, spec, validated[spec.name], known_ids, report)
    blobs = document.get("attachment_contents", [])
    checked_blobs: list[tuple[str, bytes]] = []
    for index, blob in enumerate(blobs if isinstance(blobs, list) else []):
        try:
            data = base64.b64decode(blob["data"], validate=True)
            if hashlib.sha256(data).hexdigest() != blob["sha256"]:
                raise ValueError("digest")
            checked_blobs.append((str(blob["sha256"]), data))
        except (KeyError, TypeError, ValueError):
            report.problems.append(
                Problem(
                    f"attachment_contents[{index}]",
                    "data",
                    translate("import", "content does not match its digest"),
                )
            )
    if report.problems:
        raise ImportRejectedError(report)
    work.session.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    touched: set[str] = set()
    for spec in r.ALL_RECORDS:
        touched |= _upsert(work, spec, validated[spec.name], report)
    for digest, data in checked_blobs:
        exists = work.session.execute(
            select(attachment_blobs.c.sha256).where(attachment_blobs.c.sha256 == digest)
        ).first()
        if exists is None:
            work.session.execute(
                insert(attachment_blobs).values(sha256=digest, size=len(data), data=data)
            )
    duplicate_service.reindex(work, sorted(touched))


# --- spreadsheet trackers ----------------------------------------------------------------------

_IDENTITY_COLUMNS = {f.name for f in r.IDENTITY.fields} - {"case_id"}
_CASE_COLUMNS = {f.name for f in r.CASE.fields if not f.derived}


def _column_names() -> dict[str, tuple[RecordSpec, str]]:
    """Header names accepted: field names and their English labels, any case and spacing."""
    names: dict[str, tuple[RecordSpec, str]] = {}
    for spec, allowed in ((r.CASE, _CASE_COLUMNS), (r.IDENTITY, _IDENTITY_COLUMNS)):
        for field_spec in spec.fields:
            if field_spec.name in allowed:
                for key in (field_spec.name, field_spec.label):
                    names[key.lower().replace(" ", "_")] = (spec, field_spec.name)
    return names


def _import_csv(work: Work, text: str, report: ImportReport) -> None:  # noqa: PLR0912
    reader = csv.reader(io.StringIO(text))
    try:
        header = next(reader)
    except StopIteration:
        raise ValueError("the file is empty") from None
    known = _column_names()
    columns: list[tuple[RecordSpec, str] | None] = []
    for name in header:
        key = name.strip().lower().replace(" ", "_")
        if key in ("", "case_code", "id"):
            columns.append(None)  # a tracker's own numbering: not ours to keep
            continue
        if key not in known:
            report.problems.append(
                Problem(
                    translate("import", "header"),
                    name[:40],
                    translate(
                        "import", "column “{column}” is not a field of a case or of its identity"
                    ).format(column=name[:40]),
                )
            )
            columns.append(None)
        else:
            columns.append(known[key])
    prepared: list[tuple[dict[str, Value], dict[str, Value]]] = []
    for number, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue
        if number > MAX_ROWS:
            raise ImportTooLargeError(path="", limit=MAX_IMPORT_BYTES // 2**20, rows=MAX_ROWS)
        case_values: dict[str, Any] = {}
        identity_values: dict[str, Any] = {}
        for column, cell in zip(columns, row, strict=False):
            if column is None or not cell.strip():
                continue
            spec, name = column
            (case_values if spec is r.CASE else identity_values)[name] = cell
        where = translate("import", "row {number}").format(number=number)
        clean_case = _validate_each(r.CASE, case_values, work.today, where, report)
        clean_identity = _validate_each(r.IDENTITY, identity_values, work.today, where, report)
        if clean_case is None or clean_identity is None:
            continue
        try:
            check_required(r.CASE, {**clean_case, "case_code": "-", "status": "identified"})
        except FieldError as error:
            report.problems.append(Problem(where, "", _describe(error, translate)))
            continue
        prepared.append((clean_case, clean_identity))
    if report.problems:
        raise ImportRejectedError(report)
    for clean_case, clean_identity in prepared:
        case_id = new_id()
        values = {
            "identified_on": work.today.isoformat(),
            **clean_case,
            "case_code": new_case_code(str(clean_case["country_of_return"])),
            "status": "identified",
        }
        record_store.insert_record(work.session, r.CASE, case_id, values)
        if clean_identity:
            record_store.insert_record(
                work.session, r.IDENTITY, new_id(), {**clean_identity, "case_id": case_id}
            )
        case_service.refresh(work, case_id)
        duplicate_service.index_and_flag(work, case_id)
        report.created += 1


def import_file(store: Store, path: Path, *, today: date | None = None) -> ImportReport:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise UnreadableImportError(path=str(path)) from None
    if size > MAX_IMPORT_BYTES:
        raise ImportTooLargeError(path=str(path), limit=MAX_IMPORT_BYTES // 2**20, rows=MAX_ROWS)
    raw = path.read_bytes()
    report = ImportReport()
    with writing(store, today) as work:
        stripped = raw.lstrip(b"\xef\xbb\xbf \t\r\n")
        try:
            if stripped.startswith(b"{"):
                _import_json(work, _strict_json(raw), report)
                kind = "json"
            else:
                _import_csv(work, raw.decode("utf-8-sig"), report)
                kind = "csv"
        except (ValueError, UnicodeDecodeError, RecursionError):
            raise UnreadableImportError(path=str(path)) from None
        work.audit(
            AuditAction.IMPORT,
            detail=f"{kind}: {report.created} new, {report.updated} changed",
        )
    return report


def report_lines(report: ImportReport) -> list[str]:
    """One line per problem: where, then the message (which names the field and the rule)."""
    return [f"{problem.where}: {problem.message}" for problem in report.problems]


def _validate_each(
    spec: RecordSpec, values: dict[str, Any], today: date, where: str, report: ImportReport
) -> dict[str, Value] | None:
    """Every field checked on its own, so that a row reports all its mistakes at once."""
    clean: dict[str, Value] = {}
    failed = False
    for name, raw in values.items():
        try:
            clean.update(validate_record(spec, {name: raw}, today=today, complete=False))
        except FieldError as error:
            failed = True
            report.problems.append(
                Problem(where, str(error.params.get("field", name)), _describe(error, translate))
            )
    return None if failed else clean
