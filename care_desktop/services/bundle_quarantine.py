"""The quarantine folder next to the database: bundles kept as they came, alerts, what waits."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from care_desktop.db.store import Store
from care_desktop.db.sync_tables import quarantine
from care_desktop.services.bundle_files import now, write_private
from care_desktop.services.unit_of_work import reading
from care_desktop.sync import bundle as fmt

log = logging.getLogger(__name__)


QUARANTINE_FOLDER = "quarantine"


def quarantine_file(store: Store, data: bytes, reason: str, header: fmt.Header | None) -> Path:
    folder = store.path.parent / QUARANTINE_FOLDER
    folder.mkdir(mode=0o700, exist_ok=True)
    digest = hashlib.sha256(data).hexdigest()
    target = folder / f"{digest}.carebundle"
    if not target.exists():
        write_private(target, data)
    note_file = folder / f"{digest}.json"
    received_at = now()
    # seen again (a shared folder, a second download): it waits since it first came
    with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
        received_at = str(json.loads(note_file.read_text())["received_at"])
    note = {
        "reason": reason,
        "sender": header.sender if header else None,
        "seq": header.seq if header else None,
        "received_at": received_at,
    }
    write_private(note_file, json.dumps(note, sort_keys=True).encode())
    return target


def quarantine_refused(store: Store, path: Path, code: str) -> Path:
    """Keep a bundle this device refused (forged, damaged, not for it) with the reason, instead
    of losing it: it came from the relay, which has forgotten it. Kept, never applied."""
    data = path.read_bytes()
    try:
        header: fmt.Header | None = fmt.unpack(data).header
    except fmt.BundleError:
        header = None
    return quarantine_file(store, data, f"refused-{code}", header)


def alert(store: Store, header: fmt.Header, reason: str) -> None:
    """A clash of sequence numbers comes only from forgery or a broken device: it is logged and
    noted in the quarantine folder (not in the database: a refused bundle changes nothing)."""
    log.warning("bundle refused (%s): sender %s, sequence %s", reason, header.sender, header.seq)
    folder = store.path.parent / QUARANTINE_FOLDER
    folder.mkdir(mode=0o700, exist_ok=True)
    with (folder / "alerts.log").open("a", encoding="utf-8") as handle:
        handle.write(f"{now()} {reason} sender={header.sender} seq={header.seq}\n")


def note_reason(bundle_file: Path) -> str:
    try:
        return str(json.loads(bundle_file.with_suffix(".json").read_text())["reason"])
    except (OSError, ValueError, KeyError, TypeError):
        return ""


@dataclass(frozen=True, slots=True)
class QuarantineItem:
    kind: str  # bundle | writes
    reason: str
    sender: str | None
    seq: int | None
    received_at: str
    count: int


def quarantined(store: Store) -> list[QuarantineItem]:
    items: list[QuarantineItem] = []
    folder = store.path.parent / QUARANTINE_FOLDER
    for note in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            info = json.loads(note.read_text())
        except (OSError, ValueError):
            continue
        items.append(
            QuarantineItem(
                "bundle",
                str(info.get("reason")),
                info.get("sender"),
                info.get("seq"),
                str(info.get("received_at")),
                1,
            )
        )
    with reading(store) as work:
        for row in work.session.execute(select(quarantine).where(quarantine.c.resolved.is_(False))):
            items.append(
                QuarantineItem(
                    row.kind,
                    row.reason,
                    row.sender,
                    row.bundle_seq,
                    row.received_at,
                    len(json.loads(row.content)),
                )
            )
    return items
