"""`care case ...`, `care record ...`, `care agenda`, `care export`, `care import`, `care demo`."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from care_desktop.cli.common import Output
from care_desktop.cli.store_commands import opened
from care_desktop.domain.errors import UserFacingError
from care_desktop.domain.records import IDENTITY
from care_desktop.i18n import translate
from care_desktop.services import (
    case_service,
    demo_service,
    export_service,
    import_service,
    monitoring_service,
    record_entry,
    records,
    workflow_service,
)

CTX = "cli"
IDENTITY_FIELDS = frozenset(f.name for f in IDENTITY.fields) - {"case_id"}


class BadAssignmentError(UserFacingError):
    template = (
        "{text} is not FIELD=VALUE. Write for example gender=Feminine or arrival_date=2026-03-31."
    )


def assignments(items: list[str]) -> dict[str, str]:
    values: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise BadAssignmentError(text=item[:40])
        values[name.strip()] = value
    return values


def register(  # noqa: PLR0915 - one declaration per command, as CLI.md lists them
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    case = commands.add_parser("case", help="list, show and change cases")
    case_commands = case.add_subparsers(dest="case_command", required=True, metavar="ACTION")
    listing = case_commands.add_parser("list", help="list cases")
    listing.add_argument("--search", help="case code, name or place")
    listing.add_argument("--status")
    listing.add_argument("--country", metavar="ISO3")
    listing.add_argument("--limit", type=int, default=100)
    listing.set_defaults(handler=cmd_case_list)
    show = case_commands.add_parser("show", help="show a case (without identity)")
    show.add_argument("case", metavar="CASE")
    show.add_argument("--identity", action="store_true", help="also the identity (audited)")
    show.set_defaults(handler=cmd_case_show)
    setter = case_commands.add_parser("set", help="change fields of a case")
    setter.add_argument("case", metavar="CASE")
    setter.add_argument("values", nargs="+", metavar="FIELD=VALUE")
    setter.set_defaults(handler=cmd_case_set)
    new = case_commands.add_parser("new", help="open a case: case and identity fields")
    new.add_argument("values", nargs="+", metavar="FIELD=VALUE")
    new.set_defaults(handler=cmd_case_new)
    advance = case_commands.add_parser("advance", help="move a case to its next step, or close")
    advance.add_argument("case", metavar="CASE")
    advance.add_argument("status", metavar="STATUS")
    advance.add_argument("--closure-reason")
    advance.add_argument("--reason", help="why (recorded with the step)")
    advance.set_defaults(handler=cmd_case_advance)
    reopen = case_commands.add_parser("reopen", help="reopen a closed case")
    reopen.add_argument("case", metavar="CASE")
    reopen.add_argument("--reason", required=True)
    reopen.set_defaults(handler=cmd_case_reopen)

    record = commands.add_parser("record", help="add, change, list or delete any record")
    record_commands = record.add_subparsers(dest="record_command", required=True, metavar="ACTION")
    add = record_commands.add_parser("add", help="add a record of TYPE")
    add.add_argument("type", metavar="TYPE")
    add.add_argument("values", nargs="+", metavar="FIELD=VALUE")
    add.set_defaults(handler=cmd_record_add)
    change = record_commands.add_parser("set", help="change fields of a record")
    change.add_argument("type", metavar="TYPE")
    change.add_argument("id", metavar="ID")
    change.add_argument("values", nargs="+", metavar="FIELD=VALUE")
    change.set_defaults(handler=cmd_record_set)
    lister = record_commands.add_parser("list", help="records of TYPE for a case")
    lister.add_argument("type", metavar="TYPE")
    lister.add_argument("case", metavar="CASE")
    lister.set_defaults(handler=cmd_record_list)
    remove = record_commands.add_parser("delete", help="delete a record (kept as a tombstone)")
    remove.add_argument("type", metavar="TYPE")
    remove.add_argument("id", metavar="ID")
    remove.set_defaults(handler=cmd_record_delete)

    agenda = commands.add_parser("agenda", help="monitoring visits due and overdue")
    agenda.add_argument("--days", type=int, default=7)
    agenda.add_argument("--mine", action="store_true", help="only my caseload")
    agenda.set_defaults(handler=cmd_agenda)

    export = commands.add_parser("export", help="export every record")
    export.add_argument("--format", required=True, choices=["json", "csv", "htcds"])
    export.add_argument("--out", required=True, metavar="FILE")
    export.set_defaults(handler=cmd_export)
    importer = commands.add_parser("import", help="import a json export or a CSV of cases")
    importer.add_argument("file", metavar="FILE")
    importer.set_defaults(handler=cmd_import)
    demo = commands.add_parser("demo", help="add realistic synthetic cases")
    demo.add_argument("--cases", type=int, required=True, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument(
        "--as-of", type=date.fromisoformat, default=demo_service.DEMO_AS_OF, metavar="DATE"
    )
    demo.set_defaults(handler=cmd_demo)


def _record_json(record: records.Record) -> dict[str, Any]:
    return {"type": record.type, "id": record.id, **record.values}


def _record_text(record: records.Record) -> str:
    lines = [f"{record.type} {record.id}"]
    lines += [
        f"  {name}: {value}" for name, value in record.values.items() if value not in (None, [], "")
    ]
    return "\n".join(lines)


def cmd_case_list(args: argparse.Namespace, out: Output) -> int:
    with opened(args) as store:
        rows = case_service.list_cases(
            store, search=args.search, status=args.status, country=args.country, limit=args.limit
        )
    text = "\n".join(
        f"{row.case_code}  {row.status:<16} {row.country_of_return or '':<4} "
        f"{'minor' if row.is_minor else '':<6} {row.risk_level or ''}"
        for row in rows
    )
    out.emit({"cases": [_fields(row) for row in rows]}, text or translate(CTX, "No cases."))
    return 0


def _fields(item: object) -> dict[str, Any]:
    """A frozen dataclass as a JSON object."""
    return {name: getattr(item, name) for name in item.__slots__}  # type: ignore[attr-defined]


def cmd_case_show(args: argparse.Namespace, out: Output) -> int:
    with opened(args) as store:
        case = case_service.get_case(store, args.case)
        identity = case_service.get_identity(store, args.case) if args.identity else None
    document = {"case": _record_json(case)}
    text = _record_text(case)
    if identity is not None:
        document["identity"] = _record_json(identity)
        text += "\n" + _record_text(identity)
    out.emit(document, text)
    return 0


def cmd_case_set(args: argparse.Namespace, out: Output) -> int:
    with opened(args) as store:
        record = case_service.update_case(store, args.case, assignments(args.values))
    out.emit({"case": _record_json(record)}, _record_text(record))
    return 0


def cmd_case_new(args: argparse.Namespace, out: Output) -> int:
    values = assignments(args.values)
    # identity fields (names, contacts, documents) go to the identity, the rest to the case
    identity_values = {k: v for k, v in values.items() if k in IDENTITY_FIELDS}
    case_values = {k: v for k, v in values.items() if k not in IDENTITY_FIELDS}
    with opened(args) as store:
        created = case_service.create_case(store, case_values, identity_values or None)
    document = {
        "case": _record_json(created.case),
        "possible_duplicates": [_fields(candidate) for candidate in created.duplicates],
    }
    text = _record_text(created.case)
    for candidate in created.duplicates:
        text += "\n" + translate(CTX, "Possible duplicate: {code} (similarity {score}%)").format(
            code=candidate.case_code, score=candidate.score
        )
    out.emit(document, text)
    return 0


def cmd_case_advance(args: argparse.Namespace, out: Output) -> int:
    with opened(args) as store:
        record = workflow_service.advance(
            store, args.case, args.status, closure_reason=args.closure_reason, reason=args.reason
        )
    out.emit({"case": _record_json(record)}, _record_text(record))
    return 0


def cmd_case_reopen(args: argparse.Namespace, out: Output) -> int:
    with opened(args) as store:
        record = workflow_service.reopen(store, args.case, args.reason)
    out.emit({"case": _record_json(record)}, _record_text(record))
    return 0


def cmd_record_add(args: argparse.Namespace, out: Output) -> int:
    values: dict[str, Any] = assignments(args.values)
    with opened(args) as store:
        record = record_entry.add_record(store, args.type, values)
    out.emit({"record": _record_json(record)}, _record_text(record))
    return 0


def cmd_record_set(args: argparse.Namespace, out: Output) -> int:
    with opened(args) as store:
        record = records.update(store, args.type, args.id, assignments(args.values))
    out.emit({"record": _record_json(record)}, _record_text(record))
    return 0


def cmd_record_list(args: argparse.Namespace, out: Output) -> int:
    with opened(args) as store:
        case = case_service.get_case(store, args.case)
        found = records.list_for_case(store, args.type, case.id)
    out.emit(
        {"records": [_record_json(record) for record in found]},
        "\n".join(_record_text(record) for record in found) or translate(CTX, "No records."),
    )
    return 0


def cmd_record_delete(args: argparse.Namespace, out: Output) -> int:
    with opened(args) as store:
        records.delete(store, args.type, args.id)
    out.emit({"deleted": args.id}, translate(CTX, "Deleted."))
    return 0


def cmd_agenda(args: argparse.Namespace, out: Output) -> int:
    with opened(args) as store:
        items = monitoring_service.agenda(
            store, days=args.days, officer_id=store.user_id if args.mine else None
        )
    text = "\n".join(
        f"{item.due_date}  {item.case_code}  {item.slot:<9} {item.state}" for item in items
    )
    out.emit(
        {"visits": [_fields(item) | {"state": str(item.state)} for item in items]},
        text or translate(CTX, "Nothing due."),
    )
    return 0


def cmd_export(args: argparse.Namespace, out: Output) -> int:
    with opened(args) as store:
        count = export_service.export(store, args.format, Path(args.out))
    out.emit(
        {"format": args.format, "out": args.out, "records": count},
        translate(CTX, "Exported {count} records to {path}.").format(count=count, path=args.out),
    )
    return 0


def cmd_import(args: argparse.Namespace, out: Output) -> int:
    with opened(args) as store:
        try:
            report = import_service.import_file(store, Path(args.file))
        except import_service.ImportRejectedError as error:
            problems = [_fields(problem) for problem in error.report.problems]
            out.emit(
                {"imported": False, "problems": problems},
                "\n".join(import_service.report_lines(error.report)),
            )
            raise
    out.emit(
        {
            "imported": True,
            "created": report.created,
            "updated": report.updated,
            "unchanged": report.unchanged,
        },
        translate(CTX, "Imported: {created} new, {updated} changed, {unchanged} unchanged.").format(
            created=report.created, updated=report.updated, unchanged=report.unchanged
        ),
    )
    return 0


def cmd_demo(args: argparse.Namespace, out: Output) -> int:
    def progress(done: int, total: int) -> None:
        if not out.as_json and sys.stderr.isatty():
            sys.stderr.write(f"\r{done}/{total}")
            sys.stderr.flush()

    with opened(args) as store:
        report = demo_service.generate_demo(
            store, args.cases, seed=args.seed, as_of=args.as_of, progress=progress
        )
    if not out.as_json and sys.stderr.isatty():
        sys.stderr.write("\n")
    out.emit(
        {"cases": report.cases, "trainings": report.trainings},
        translate(CTX, "Added {cases} synthetic cases and {trainings} training sessions.").format(
            cases=report.cases, trainings=report.trainings
        ),
    )
    return 0
