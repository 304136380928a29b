"""`care identity`, `enroll`, `revoke`, `devices`, `bundle`, `conflicts`, `quarantine`, `sync`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from care_desktop.cli.common import Output
from care_desktop.cli.store_commands import opened
from care_desktop.domain.errors import UserFacingError
from care_desktop.domain.settings import RELAY_URL
from care_desktop.i18n import translate
from care_desktop.services import bundle_service, conflict_service, sync_service, trust_service
from care_desktop.services.settings_service import SettingsStore

CTX = "cli"


class NotConfirmedError(UserFacingError):
    template = (
        "Not enrolled: the fingerprints were not confirmed. Compare them with the other side, "
        "then run again with --fingerprint or answer yes."
    )


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    identity = commands.add_parser("identity", help="this device's public identity")
    identity_commands = identity.add_subparsers(dest="identity_command", required=True)
    identity_commands.add_parser("show").set_defaults(handler=cmd_identity_show)
    export = identity_commands.add_parser("export", help="write this device's identity card")
    export.add_argument("--out", required=True, metavar="FILE")
    export.set_defaults(handler=cmd_identity_export)

    enroll = commands.add_parser("enroll", help="enrol a field device / pin the office")
    enroll.add_argument("file", metavar="FILE")
    enroll.add_argument("--country", action="append", default=[], metavar="ISO3")
    enroll.add_argument("--fingerprint", help="the fingerprint read on the other device")
    enroll.set_defaults(handler=cmd_enroll)
    revoke = commands.add_parser("revoke", help="revoke a device (office)")
    revoke.add_argument("device", metavar="DEVICE_ID")
    revoke.add_argument("--cutoff", type=int, help="last bundle number still accepted")
    revoke.set_defaults(handler=cmd_revoke)
    devices = commands.add_parser("devices", help="enrolled devices")
    devices.add_subparsers(dest="devices_command", required=True).add_parser("list").set_defaults(
        handler=cmd_devices
    )

    bundle = commands.add_parser("bundle", help="signed, encrypted change bundles")
    bundle_commands = bundle.add_subparsers(dest="bundle_command", required=True)
    out = bundle_commands.add_parser("export", help="what the recipient does not have yet")
    out.add_argument("--to", required=True, metavar="DEVICE_ID|office")
    out.add_argument("--out", required=True, metavar="FILE")
    out.set_defaults(handler=cmd_bundle_export)
    into = bundle_commands.add_parser("import", help="verify, decrypt, merge")
    into.add_argument("files", nargs="+", metavar="FILE")
    into.set_defaults(handler=cmd_bundle_import)
    inspect = bundle_commands.add_parser("inspect", help="verify and describe, without merging")
    inspect.add_argument("file", metavar="FILE")
    inspect.set_defaults(handler=cmd_bundle_inspect)

    conflicts = commands.add_parser("conflicts", help="fields with concurrent values")
    conflict_commands = conflicts.add_subparsers(dest="conflicts_command", required=True)
    conflict_commands.add_parser("list").set_defaults(handler=cmd_conflicts_list)
    resolve = conflict_commands.add_parser("resolve", help="write the chosen value")
    resolve.add_argument("id", metavar="ID")
    resolve.add_argument("--value", required=True, metavar="JSON")
    resolve.set_defaults(handler=cmd_conflicts_resolve)

    sync = commands.add_parser("sync", help="push the outbox and pull the inbox")
    transport = sync.add_mutually_exclusive_group()
    transport.add_argument("--relay", metavar="URL", help="the relay (default: from Settings)")
    transport.add_argument("--folder", metavar="PATH", help="a USB stick or shared folder")
    sync.add_argument("--ca-cert", metavar="FILE", help="certificate authority of the relay")
    sync.set_defaults(handler=cmd_sync)

    quarantine = commands.add_parser("quarantine", help="what waits, and why")
    quarantine.add_subparsers(dest="quarantine_command", required=True).add_parser(
        "list"
    ).set_defaults(handler=cmd_quarantine_list)


def _card_json(card: trust_service.Card) -> dict[str, object]:
    return card.to_json()


def cmd_identity_show(args: argparse.Namespace, out: Output) -> int:
    with opened(args) as store:
        card = trust_service.identity(store)
    document = card.to_json()
    text = "\n".join(
        [
            translate(CTX, "Device: {device}").format(device=card.device_id),
            translate(CTX, "Role: {role}, office: {office}, countries: {countries}").format(
                role=card.role, office=card.office, countries=", ".join(card.countries) or "-"
            ),
            translate(CTX, "Fingerprint: {fingerprint}").format(fingerprint=card.fingerprint),
            translate(CTX, "minisign public key: {key}").format(key=card.signing_key),
            translate(CTX, "age recipient: {recipient}").format(recipient=card.age_recipient),
        ]
    )
    out.emit(document, text)
    return 0


def cmd_identity_export(args: argparse.Namespace, out: Output) -> int:
    with opened(args) as store:
        card = trust_service.export_identity(store, Path(args.out))
    out.emit(
        {"out": args.out, "fingerprint": card.fingerprint},
        translate(CTX, "Identity card written to {path}. Fingerprint: {fingerprint}").format(
            path=args.out, fingerprint=card.fingerprint
        ),
    )
    return 0


def cmd_enroll(args: argparse.Namespace, out: Output) -> int:
    expected = args.fingerprint
    if expected is None:
        # Show the fingerprint and ask: the person compares it with the other screen.
        from care_desktop.sync.trust import TrustError, parse_card  # noqa: PLC0415

        try:
            card = parse_card(Path(args.file).read_bytes())
        except (OSError, TrustError):
            raise trust_service.CardUnreadableError(path=args.file) from None
        if not sys.stdin.isatty():
            raise NotConfirmedError()
        sys.stderr.write(
            translate(CTX, "Fingerprint of {office}: {fingerprint}").format(
                office=card.office, fingerprint=card.fingerprint
            )
            + "\n"
            + translate(CTX, "Is it the same on the other device? (yes/no) ")
        )
        answer = sys.stdin.readline().strip().lower()
        if answer not in ("yes", "y", "oui", "o", "sí", "si", "sim", "s"):
            raise NotConfirmedError()
        expected = card.fingerprint
    with opened(args) as store:
        card = trust_service.enroll(
            store, Path(args.file), tuple(args.country), expected_fingerprint=expected
        )
        # bundles of this device that came before it was trusted waited in quarantine
        applied = bundle_service.retry_quarantine(store)
    text = translate(CTX, "Trusted: {office} ({device}), fingerprint {fingerprint}.").format(
        office=card.office, device=card.device_id, fingerprint=card.fingerprint
    )
    if applied:
        text += " " + translate(CTX, "{count} waiting bundle(s) applied.").format(count=applied)
    out.emit(
        {
            "enrolled": card.device_id,
            "countries": list(card.countries),
            "fingerprint": card.fingerprint,
            "applied_from_quarantine": applied,
        },
        text,
    )
    return 0


def cmd_revoke(args: argparse.Namespace, out: Output) -> int:
    with opened(args) as store:
        cutoff = trust_service.revoke(store, args.device, args.cutoff)
    out.emit(
        {"revoked": args.device, "cutoff": cutoff},
        translate(
            CTX, "Revoked. Its bundles after number {cutoff} will be quarantined, not applied."
        ).format(cutoff=cutoff),
    )
    return 0


def cmd_devices(args: argparse.Namespace, out: Output) -> int:
    with opened(args) as store:
        rows = trust_service.devices(store)
        status = bundle_service.sync_status(store)
    nothing = bundle_service.PeerSync(None, [], [])
    out.emit(
        {
            "devices": [
                {
                    "device_id": d.device_id,
                    "role": d.role,
                    "office": d.office,
                    "countries": list(d.countries),
                    "status": d.status,
                    "cutoff": d.cutoff,
                    "fingerprint": d.fingerprint,
                    "unacknowledged": status.get(d.device_id, nothing).unacknowledged,
                    "missing_writes": [
                        list(span) for span in status.get(d.device_id, nothing).missing_writes
                    ],
                    "missing_bundles": [
                        list(span) for span in status.get(d.device_id, nothing).missing_bundles
                    ],
                }
                for d in rows
            ]
        },
        "\n".join(_device_lines(d, status.get(d.device_id, nothing)) for d in rows)
        or translate(CTX, "No devices."),
    )
    return 0


def _spans(spans: list[tuple[int, int]]) -> str:
    return ", ".join(str(low) if low == high else f"{low}–{high}" for low, high in spans)


def _device_lines(d: trust_service.DeviceRow, sync: bundle_service.PeerSync) -> str:
    lines = [f"{d.device_id}  {d.status:<8} {d.office}  {','.join(d.countries)}  {d.fingerprint}"]
    if sync.unacknowledged:
        lines.append(
            "    "
            + translate(CTX, "{count} of this device's writes not yet acknowledged").format(
                count=sync.unacknowledged
            )
        )
    if sync.missing_writes:
        lines.append(
            "    "
            + translate(CTX, "its writes not received here: {numbers}").format(
                numbers=_spans(sync.missing_writes)
            )
        )
    if sync.missing_bundles:
        lines.append(
            "    "
            + translate(CTX, "its bundles not imported here: {numbers}").format(
                numbers=_spans(sync.missing_bundles)
            )
        )
    return "\n".join(lines)


def cmd_bundle_export(args: argparse.Namespace, out: Output) -> int:
    with opened(args) as store:
        summary = bundle_service.export_bundle(store, args.to, Path(args.out))
    out.emit(
        {
            "out": str(summary.path),
            "recipient": summary.recipient,
            "seq": summary.seq,
            "writes": summary.writes,
            "attachments": summary.attachments,
            "held_back": summary.held_back,
        },
        translate(CTX, "Bundle {seq} written: {writes} writes for {recipient}.").format(
            seq=summary.seq, writes=summary.writes, recipient=summary.recipient
        )
        + (
            "\n"
            + translate(
                CTX, "{count} writes stay on this device: their case has no transfer consent."
            ).format(count=summary.held_back)
            if summary.held_back
            else ""
        ),
    )
    return 0


def _summary_text(path: str, summary: bundle_service.ImportSummary) -> str:
    if summary.status == "already-imported":
        return translate(CTX, "{path}: already imported, nothing to do.").format(path=path)
    if summary.status == "quarantined":
        return translate(CTX, "{path}: quarantined ({reason}); it will be tried again.").format(
            path=path, reason=summary.reason
        )
    return translate(
        CTX,
        "{path}: {applied} applied, {known} already known, {conflicts} conflicts, "
        "{quarantined} waiting in quarantine.",
    ).format(
        path=path,
        applied=summary.applied,
        known=summary.already_known,
        conflicts=summary.conflicts,
        quarantined=summary.quarantined,
    )


def cmd_bundle_import(args: argparse.Namespace, out: Output) -> int:
    results = []
    with opened(args) as store:
        for name in args.files:
            summary = bundle_service.import_bundle(store, Path(name))
            results.append((name, summary))
        # a replay or a quarantined bundle changes nothing here, not even the audit log
        args.audit_open = any(s.status == "applied" for _, s in results)
    out.emit(
        {
            "bundles": [
                {
                    "file": name,
                    "status": s.status,
                    "sender": s.sender,
                    "seq": s.seq,
                    "applied": s.applied,
                    "already_known": s.already_known,
                    "conflicts": s.conflicts,
                    "quarantined": s.quarantined,
                    "reason": s.reason,
                }
                for name, s in results
            ]
        },
        "\n".join(_summary_text(name, s) for name, s in results),
    )
    return 0


def cmd_bundle_inspect(args: argparse.Namespace, out: Output) -> int:
    with opened(args) as store:
        found = bundle_service.inspect_bundle(store, Path(args.file))
    header = found.header
    document = {
        "sender": header.sender,
        "recipients": list(header.recipients),
        "seq": header.seq,
        "data_model": header.data_model,
        "min_reader": header.min_reader,
        "format_version": header.format_version,
        "sender_known": found.sender_known,
        "signature_valid": found.signature_valid,
        "addressed_here": found.addressed_here,
        "writes": found.writes,
        "records": found.records,
        "roster_version": found.roster_version,
        "vector": found.vector,
    }
    out.emit(document, json.dumps(document, indent=1, ensure_ascii=False))
    return 0


def cmd_conflicts_list(args: argparse.Namespace, out: Output) -> int:
    with opened(args) as store:
        found = conflict_service.conflicts(store)
    document = {
        "conflicts": [
            {
                "id": c.id,
                "record_type": c.record_type,
                "record_id": c.record_id,
                "field": c.field,
                "shown": c.shown,
                "values": [
                    {"value": v.value, "device": v.device, "author": v.author, "at": v.at}
                    for v in c.candidates
                ],
            }
            for c in found
        ]
    }
    lines = []
    for c in found:
        lines.append(c.id)
        for v in c.candidates:
            shown = json.dumps(v.value, ensure_ascii=False)
            lines.append(f"    {shown}  ({v.author or '?'}, {v.device[:8]}, {v.at})")
    out.emit(document, "\n".join(lines) or translate(CTX, "No conflicts."))
    return 0


def cmd_conflicts_resolve(args: argparse.Namespace, out: Output) -> int:
    with opened(args) as store:
        value = conflict_service.resolve(store, args.id, args.value)
    out.emit({"resolved": args.id, "value": value}, translate(CTX, "Resolved."))
    return 0


def cmd_quarantine_list(args: argparse.Namespace, out: Output) -> int:
    with opened(args) as store:
        items = bundle_service.quarantined(store)
    out.emit(
        {
            "items": [
                {
                    "kind": i.kind,
                    "reason": i.reason,
                    "sender": i.sender,
                    "seq": i.seq,
                    "received_at": i.received_at,
                    "count": i.count,
                }
                for i in items
            ]
        },
        "\n".join(f"{i.received_at}  {i.kind:<7} {i.reason:<20} {i.sender or ''}" for i in items)
        or translate(CTX, "Nothing waits."),
    )
    return 0


def cmd_sync(args: argparse.Namespace, out: Output) -> int:
    url = args.relay
    if args.folder is None and not url:
        url = SettingsStore().get(RELAY_URL)
        if not url:
            raise sync_service.NoTransportError()
    with opened(args) as store:
        if args.folder is not None:
            report = sync_service.sync_folder(store, Path(args.folder))
        else:
            ca_file = Path(args.ca_cert) if args.ca_cert else None
            report = sync_service.sync_relay(store, url, ca_file=ca_file)
        kept = len(sync_service.held(store))
    lines = [
        translate(
            CTX,
            "Sync done: {sent} bundles sent, {received} received, {applied} applied, "
            "{known} already here.",
        ).format(
            sent=report.sent,
            received=report.received,
            applied=report.applied,
            known=report.already_imported,
        )
    ]
    counted = (
        (
            report.quarantined,
            translate(CTX, "{count} bundles wait in the quarantine (see care quarantine list)."),
        ),
        (
            report.refused,
            translate(
                CTX,
                "{count} bundles were refused and kept in the quarantine with the reason "
                "(see care quarantine list).",
            ),
        ),
        (report.waiting, translate(CTX, "{count} bundles still wait in the outbox.")),
        (
            kept,
            translate(
                CTX,
                "{count} bundles were refused by the relay and are kept in the outbox's held "
                "folder; take them with care sync --folder PATH.",
            ),
        ),
    )
    for count, text in counted:
        if count:
            lines.append(text.format(count=count))
    for code in dict.fromkeys(report.problems):
        message = sync_service.relay_error(code, url or "").message(translate)
        lines.append(" ".join(message.split()))
    out.emit({**report.to_json(), "held": kept}, "\n".join(lines))
    return 0
