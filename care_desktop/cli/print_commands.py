"""`care print ...`: printed documents as PDF files (CLI.md). One function per subcommand.

Language and paper default to the print settings (settings_service.print_defaults); the
options override them. Every print is audited by its service.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from care_desktop import i18n
from care_desktop.cli import form_print_commands
from care_desktop.cli.common import CTX, Output
from care_desktop.cli.store_commands import opened
from care_desktop.domain.settings import PAPER_SIZES, PRINT_PROFILES
from care_desktop.i18n import translate
from care_desktop.services import print_service
from care_desktop.services.settings_service import PrintDefaults, SettingsStore, print_defaults

PRINT_LANGUAGES = ("en", "fr")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    printing = commands.add_parser("print", help="print case sheets and forms to PDF files")
    documents = printing.add_subparsers(dest="print_command", required=True, metavar="DOCUMENT")
    sheet = documents.add_parser("case-sheet", help="the case sheet of one case")
    sheet.add_argument("case", metavar="CASE", help="a case code or id")
    sheet.add_argument(
        "--profile",
        choices=PRINT_PROFILES,
        help="interview (no trafficking details, identity documents or budget) or full "
        "(default: the print settings)",
    )
    sheet.add_argument("--out", required=True, metavar="FILE", help="the PDF file to write")
    _print_options(sheet)
    sheet.set_defaults(handler=cmd_print_case_sheet)
    form_print_commands.register(documents, _print_options, _defaults)


def _print_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--language", choices=PRINT_LANGUAGES, help="language of the print (default: settings)"
    )
    parser.add_argument(
        "--paper",
        choices=[p.lower() for p in PAPER_SIZES],
        help="paper size (default: the print settings)",
    )


def _defaults(args: argparse.Namespace) -> PrintDefaults:
    """The print settings, overridden by the command's options."""
    chosen = print_defaults(SettingsStore(), i18n.current_language())
    language = args.language or chosen.language
    return PrintDefaults(
        paper=args.paper or chosen.paper,
        profile=getattr(args, "profile", None) or chosen.profile,
        language=language if language in PRINT_LANGUAGES else i18n.SOURCE_LANGUAGE,
    )


def cmd_print_case_sheet(args: argparse.Namespace, out: Output) -> int:
    options = _defaults(args)
    path = Path(args.out)
    with opened(args) as store:
        printed = print_service.case_sheet(
            store,
            args.case,
            options.profile,
            language=options.language,
            paper=options.paper,
            out=path,
        )
    out.emit(
        {
            "case_code": printed.case_code,
            "profile": printed.profile,
            "language": options.language,
            "paper": options.paper,
            "out": str(path),
            "bytes": len(printed.pdf),
        },
        translate(CTX, "Case sheet of {case} ({profile}) written to {path}.").format(
            case=printed.case_code, profile=printed.profile, path=path
        ),
    )
    return 0
