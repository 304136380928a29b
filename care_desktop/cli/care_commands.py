"""`care attach`, `care rss ...`, `care case anonymise|erase`, `care training totals`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from care_desktop.cli.common import Output
from care_desktop.cli.store_commands import opened
from care_desktop.domain.errors import UserFacingError
from care_desktop.domain.rss import round_score
from care_desktop.i18n import translate
from care_desktop.services import (
    attachment_service,
    retention_service,
    rss_service,
    training_service,
)

CTX = "cli"


class ConfirmationRequiredError(UserFacingError):
    template = "Erasing a case cannot be undone. Run the command again with --confirm CASE_CODE."


class BadAnswersError(UserFacingError):
    template = "The answers must be a JSON object of indicator codes and answer codes."


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    attach = commands.add_parser("attach", help="attach a file to a case (stored encrypted)")
    attach.add_argument("case", metavar="CASE")
    attach.add_argument("file", metavar="FILE")
    attach.add_argument("--description")
    attach.set_defaults(handler=cmd_attach)

    rss = commands.add_parser("rss", help="Reintegration Sustainability Survey")
    rss_commands = rss.add_subparsers(dest="rss_command", required=True, metavar="ACTION")
    survey = rss_commands.add_parser("record", help="record a survey's answers")
    survey.add_argument("case", metavar="CASE")
    survey.add_argument("--answers", required=True, metavar="JSON")
    survey.add_argument("--visit", metavar="VISIT_ID")
    survey.set_defaults(handler=cmd_rss_record)
    scores = rss_commands.add_parser("scores", help="the scores of a case's surveys")
    scores.add_argument("case", metavar="CASE")
    scores.set_defaults(handler=cmd_rss_scores)
    weights = rss_commands.add_parser("load-weights", help="load and activate a weight set")
    weights.add_argument("file", metavar="FILE")
    weights.set_defaults(handler=cmd_rss_weights)

    retention = commands.add_parser("retention", help="anonymise or erase a case (coordinator)")
    retention_commands = retention.add_subparsers(dest="retention_command", required=True)
    anonymise = retention_commands.add_parser("anonymise", help="after the retention period")
    anonymise.add_argument("case", metavar="CASE")
    anonymise.set_defaults(handler=cmd_anonymise)
    erase = retention_commands.add_parser("erase", help="on the person's request")
    erase.add_argument("case", metavar="CASE")
    erase.add_argument("--confirm", metavar="CASE", help="the same case again")
    erase.set_defaults(handler=cmd_erase)

    training = commands.add_parser("training", help="training sessions")
    training_commands = training.add_subparsers(dest="training_command", required=True)
    training_commands.add_parser("totals", help="totals by organisation type and sex").set_defaults(
        handler=cmd_training_totals
    )


def cmd_attach(args: argparse.Namespace, out: Output) -> int:
    with opened(args) as store:
        record = attachment_service.attach(
            store, args.case, Path(args.file), description=args.description
        )
    out.emit(
        {"attachment": {"id": record.id, **record.values}},
        translate(CTX, "Attached {name} ({size} bytes).").format(
            name=record.values["name"], size=record.values["size"]
        ),
    )
    return 0


def cmd_rss_record(args: argparse.Namespace, out: Output) -> int:
    try:
        answers = json.loads(args.answers)
    except ValueError:
        raise BadAnswersError() from None
    if not isinstance(answers, dict):
        raise BadAnswersError()
    with opened(args) as store:
        record = rss_service.record_survey(store, args.case, answers, visit_id=args.visit)
    out.emit({"survey": {"id": record.id, **record.values}}, translate(CTX, "Survey recorded."))
    return 0


def cmd_rss_scores(args: argparse.Namespace, out: Output) -> int:
    with opened(args) as store:
        scored = rss_service.scores_for_case(store, args.case)

    def shown(value: float | None) -> float | None:
        return None if value is None else round_score(value)

    rows = [
        {
            "survey_id": s.survey_id,
            "surveyed_on": s.surveyed_on,
            "weights": s.weights_version,
            "official_weights": s.official,
            "economic": shown(s.scores.economic),
            "social": shown(s.scores.social),
            "psychosocial": shown(s.scores.psychosocial),
            "composite": shown(s.scores.composite),
        }
        for s in scored
    ]
    text = "\n".join(
        f"{row['surveyed_on']}  {row['composite']}  "
        f"({row['economic']} / {row['social']} / {row['psychosocial']})"
        + ("" if row["official_weights"] else "  " + translate(CTX, "provisional weights"))
        for row in rows
    )
    out.emit({"surveys": rows}, text or translate(CTX, "No surveys."))
    return 0


def cmd_rss_weights(args: argparse.Namespace, out: Output) -> int:
    with opened(args) as store:
        weights = rss_service.load_weights(store, Path(args.file))
    out.emit(
        {"version": weights.version, "official": weights.official},
        translate(CTX, "Weight set {version} is now used for every score.").format(
            version=weights.version
        ),
    )
    return 0


def cmd_anonymise(args: argparse.Namespace, out: Output) -> int:
    with opened(args) as store:
        retention_service.anonymise(store, args.case)
    out.emit({"anonymised": args.case}, translate(CTX, "Case anonymised."))
    return 0


def cmd_erase(args: argparse.Namespace, out: Output) -> int:
    if not args.confirm or args.confirm.strip().upper() != args.case.strip().upper():
        raise ConfirmationRequiredError()
    with opened(args) as store:
        retention_service.erase(store, args.case)
    out.emit({"erased": args.case}, translate(CTX, "Case erased."))
    return 0


def cmd_training_totals(args: argparse.Namespace, out: Output) -> int:
    with opened(args) as store:
        totals = training_service.totals(store)
    document = {name: getattr(totals, name) for name in totals.__slots__}
    out.emit(document, json.dumps(document, indent=1, ensure_ascii=False))
    return 0
