"""`care report indicators`: the donor indicator report as a PDF or CSV file (CLI.md).

The language and paper of the PDF default to the print settings, as for `care print`; the
report's service writes its audit entry (print for the PDF, export for the CSV).
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from care_desktop.cli.common import CTX, Output
from care_desktop.cli.print_commands import _defaults, _print_options
from care_desktop.cli.store_commands import opened
from care_desktop.i18n import translate
from care_desktop.services import indicator_service
from care_desktop.services.indicator_service import FORMATS, ReportRequest
from care_desktop.services.print_common import PrintOptions


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate(
                CTX, "{value} is not a date: write it as YYYY-MM-DD, for example 2026-03-31."
            ).format(value=text[:20])
        ) from None


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = commands.add_parser("report", help="reports for the donor")
    reports = report.add_subparsers(dest="report_command", required=True, metavar="REPORT")
    indicators = reports.add_parser(
        "indicators", help="outputs and results of a period, disaggregated (PDF or CSV)"
    )
    indicators.add_argument("--format", required=True, choices=FORMATS, dest="output_format")
    indicators.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    indicators.add_argument(
        "--from", type=_day, dest="start", metavar="DATE", help="first day (default: all records)"
    )
    indicators.add_argument(
        "--to", type=_day, dest="end", metavar="DATE", help="last day (default: today)"
    )
    indicators.add_argument(
        "--programme", metavar="NAME", help="a programme's name or id (default: every programme)"
    )
    _print_options(indicators)
    indicators.set_defaults(handler=cmd_report_indicators)


def cmd_report_indicators(args: argparse.Namespace, out: Output) -> int:
    chosen = _defaults(args)
    path = Path(args.out)
    request = ReportRequest(start=args.start, end=args.end, programme=args.programme)
    with opened(args) as store:
        report = indicator_service.write_report(
            store,
            request,
            path,
            output_format=args.output_format,
            options=PrintOptions(language=chosen.language, paper=chosen.paper),
        )
    document = {
        "out": str(path),
        "format": args.output_format,
        "period_start": report.start,
        "period_end": report.end,
        "programme": report.programme,
        "series": len(report.series),
    }
    text = translate(CTX, "Indicator report for {start} to {end} written to {path}.").format(
        start=report.start or "…", end=report.end, path=path
    )
    out.emit(document, text)
    return 0
