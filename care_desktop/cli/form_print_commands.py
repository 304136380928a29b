"""`care print visit-form | visits-due | training | certificates` (registered by print_commands).

Language and paper default to the print settings; `--language` and `--paper` override them.
Every print is audited by form_print_service (a batch: one entry per form).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from care_desktop.cli.common import CTX, Output
from care_desktop.cli.store_commands import opened
from care_desktop.i18n import translate
from care_desktop.services import form_print_service
from care_desktop.services.form_print_service import next_week
from care_desktop.services.print_common import PrintOptions
from care_desktop.services.settings_service import PrintDefaults

Defaults = Callable[[argparse.Namespace], PrintDefaults]


def register(
    documents: argparse._SubParsersAction[argparse.ArgumentParser],
    print_options: Callable[[argparse.ArgumentParser], None],
    defaults: Defaults,
) -> None:
    """Add the form subcommands beside `care print case-sheet`, sharing its print options."""

    def add(name: str, help_text: str, handler: Callable[..., int]) -> argparse.ArgumentParser:
        parser = documents.add_parser(name, help=help_text)
        parser.set_defaults(handler=lambda args, out: handler(args, out, defaults(args)))
        return parser

    visit = add("visit-form", "the form of a case's next monitoring visit", cmd_visit_form)
    visit.add_argument("case", metavar="CASE", help="a case code or id")
    visit.add_argument("--slot", help="the visit, e.g. month-6 (default: the next planned)")
    due = add("visits-due", "the forms of every visit due in a week, in one PDF", cmd_visits_due)
    due.add_argument("--from", dest="start", type=date.fromisoformat, metavar="DATE",
                     help="first day, YYYY-MM-DD (default: next Monday)")  # fmt: skip
    due.add_argument("--days", type=int, default=7, help="days from DATE (default: 7)")
    training = add("training", "a training session's attendance sheet", cmd_training)
    training.add_argument("session", metavar="SESSION", help="the session's id")
    certificates = add("certificates", "certificates for a session's attendees", cmd_certificates)
    certificates.add_argument("session", metavar="SESSION", help="the session's id")
    for parser in (visit, due, training, certificates):
        parser.add_argument("--out", required=True, metavar="FILE", help="the PDF file to write")
        print_options(parser)


def _options(chosen: PrintDefaults) -> PrintOptions:
    return PrintOptions(language=chosen.language, paper=chosen.paper)


def _written(out: Output, path: Path, pdf_bytes: int, text: str, **extra: object) -> int:
    out.emit({"out": str(path), "bytes": pdf_bytes, **extra}, text)
    return 0


def cmd_visit_form(args: argparse.Namespace, out: Output, chosen: PrintDefaults) -> int:
    path = Path(args.out)
    with opened(args) as store:
        pdf = form_print_service.print_visit_form(
            store, args.case, slot=args.slot, options=_options(chosen), out=path
        )
    return _written(
        out, path, len(pdf), translate(CTX, "Visit form written to {path}.").format(path=path),
        case=args.case,
    )  # fmt: skip


def cmd_training(args: argparse.Namespace, out: Output, chosen: PrintDefaults) -> int:
    path = Path(args.out)
    with opened(args) as store:
        pdf = form_print_service.print_attendance(
            store, args.session, options=_options(chosen), out=path
        )
    text = translate(CTX, "Attendance sheet written to {path}.").format(path=path)
    return _written(out, path, len(pdf), text)


def cmd_certificates(args: argparse.Namespace, out: Output, chosen: PrintDefaults) -> int:
    path = Path(args.out)
    with opened(args) as store:
        pdf = form_print_service.print_certificates(
            store, args.session, options=_options(chosen), out=path
        )
    text = translate(CTX, "Certificates written to {path}.").format(path=path)
    return _written(out, path, len(pdf), text)


def cmd_visits_due(args: argparse.Namespace, out: Output, chosen: PrintDefaults) -> int:
    path = Path(args.out)
    start = args.start or next_week(date.today())

    def progress(done: int, total: int) -> None:
        # progress goes to stderr on a terminal only: stdout stays one document for --json
        if sys.stderr.isatty():
            sys.stderr.write(f"\r{done}/{total}")
            sys.stderr.flush()

    with opened(args) as store:
        result = form_print_service.print_visits_due(
            store, path, start=start, days=args.days, options=_options(chosen), progress=progress
        )
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    text = translate(CTX, "{count} visit forms ({start}, {days} days) written to {path}.")
    return _written(
        out, path, path.stat().st_size,
        text.format(count=result.forms, start=start.isoformat(), days=args.days, path=path),
        forms=result.forms, start=start.isoformat(), days=args.days,
    )  # fmt: skip
