"""Entry point of `care`: parse, dispatch, and turn failures into one translated line."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from care_desktop import __version__, i18n, logs
from care_desktop.cli import (
    care_commands,
    case_commands,
    print_commands,
    relay_commands,
    report_commands,
    store_commands,
    sync_commands,
)
from care_desktop.cli.common import CTX, Output
from care_desktop.domain.errors import UserFacingError
from care_desktop.domain.settings import LANGUAGE
from care_desktop.services.settings_service import SettingsStore

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="care", description="CARE Desktop on the command line (see docs/ and CLI.md)."
    )
    parser.add_argument("--db", metavar="PATH", help="database file (default: $CARE_DB)")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.add_argument("--version", action="version", version=f"care {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    store_commands.register(commands)
    case_commands.register(commands)
    care_commands.register(commands)
    sync_commands.register(commands)
    relay_commands.register(commands)
    print_commands.register(commands)
    report_commands.register(commands)
    return parser


def _choose_language() -> None:
    chosen = SettingsStore().get(LANGUAGE)
    i18n.set_language(chosen or i18n.system_language())


def main(argv: Sequence[str] | None = None) -> int:
    logs.configure()
    _choose_language()
    args = build_parser().parse_args(argv)
    out = Output(args.json)
    try:
        code: int = args.handler(args, out)
    except UserFacingError as error:
        log.info("command %s refused: %s", args.command, type(error).__name__)
        sys.stderr.write(" ".join(error.message(i18n.translate).split()) + "\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write(i18n.translate(CTX, "Interrupted; nothing was changed.") + "\n")
        return 1
    except Exception as error:  # noqa: BLE001 - every bug ends as one line and a log entry
        reference = logs.log_unexpected(type(error), error.__traceback__, where=args.command)
        sys.stderr.write(
            i18n.translate(
                CTX,
                "Internal error {reference}: this is a bug in CARE Desktop, and the command may "
                "not have finished. Send the log file to the office.",
            ).format(reference=reference)
            + "\n"
        )
        return 1
    return code


if __name__ == "__main__":
    sys.exit(main())
