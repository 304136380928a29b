"""`care relay serve`: the office's relay (docs/relay.md). Opens no database and asks no
passphrase: it holds mailboxes of bundles it cannot read."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from care_desktop.cli.common import Output
from care_desktop.relay.listener import ServeOptions, serve
from care_desktop.relay.server import Limits
from care_desktop.relay.store import Quota

MB = 1024 * 1024


def _positive(kind: type[int] | type[float]) -> Callable[[str], int | float]:
    def parse(text: str) -> int | float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
        if value <= 0:
            raise argparse.ArgumentTypeError(f"{text!r} is not above zero")
        return value

    return parse


def _port(text: str) -> int:
    if not text.isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port (0 to 65535)")
    return int(text)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    relay = commands.add_parser("relay", help="the relay that devices push bundles through")
    relay_commands = relay.add_subparsers(dest="relay_command", required=True)
    serve_parser = relay_commands.add_parser(
        "serve",
        help="serve the mailboxes (HTTPS, or HTTP on loopback only)",
        description="Serve per-device mailboxes of signed, encrypted bundles (docs/relay.md). "
        'Prints {"event": "listening", "url": ...} on stdout once it accepts connections.',
    )
    serve_parser.add_argument("--data", required=True, metavar="DIR", help="the relay's folder")
    serve_parser.add_argument("--host", default="127.0.0.1", help="default: 127.0.0.1")
    serve_parser.add_argument(
        "--port", type=_port, default=8765, help="default: 8765; 0 picks a free port"
    )
    serve_parser.add_argument("--tls-cert", metavar="FILE", help="certificate (PEM)")
    serve_parser.add_argument("--tls-key", metavar="FILE", help="its private key (PEM)")
    serve_parser.add_argument(
        "--office-card",
        metavar="FILE",
        help="the office's identity card (`care identity export`): needed at the first start",
    )
    serve_parser.add_argument(
        "--max-upload-mb", type=_positive(int), default=256, metavar="N", help="default: 256"
    )
    serve_parser.add_argument(
        "--quota-mb", type=_positive(int), default=2048, metavar="N", help="per mailbox"
    )
    serve_parser.add_argument(
        "--quota-count", type=_positive(int), default=10_000, metavar="N", help="per mailbox"
    )
    serve_parser.add_argument(
        "--rate",
        type=_positive(float),
        default=20.0,
        metavar="N",
        help="requests a second per device, bursts of 5 times that (default: 20)",
    )
    serve_parser.add_argument(
        "--max-uploads",
        type=_positive(int),
        default=64,
        metavar="N",
        help="uploads in progress at once, all devices together (default: 64; 4 per device)",
    )
    serve_parser.add_argument(
        "--body-timeout",
        type=_positive(float),
        default=60.0,
        metavar="SECONDS",
        help="abandon an upload whose body makes no progress for this long (default: 60)",
    )
    serve_parser.set_defaults(handler=cmd_relay_serve)


def _announce(url: str) -> None:
    sys.stdout.write(json.dumps({"event": "listening", "url": url}) + "\n")
    sys.stdout.flush()


def cmd_relay_serve(args: argparse.Namespace, out: Output) -> int:
    options = ServeOptions(
        data=Path(args.data),
        host=args.host,
        port=args.port,
        tls_cert=Path(args.tls_cert) if args.tls_cert else None,
        tls_key=Path(args.tls_key) if args.tls_key else None,
        office_card=Path(args.office_card) if args.office_card else None,
        limits=Limits(
            max_upload=args.max_upload_mb * MB,
            quota=Quota(args.quota_mb * MB, args.quota_count),
            rate=args.rate,
            uploads=args.max_uploads,
            body_timeout=args.body_timeout,
        ),
    )
    serve(options, _announce)
    return 0
