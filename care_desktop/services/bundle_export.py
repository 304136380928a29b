"""Export: one signed, encrypted bundle with what a peer lacks, within its scope and consent."""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from care_desktop.db.migrate import BUNDLE_READER, head_revision
from care_desktop.db.record_tables import attachment_blobs
from care_desktop.db.store import Store
from care_desktop.db.sync_tables import bundles, changes
from care_desktop.domain.audit import AuditAction
from care_desktop.domain.roles import Role
from care_desktop.services import trust_service
from care_desktop.services.bundle_files import now, write_private
from care_desktop.services.bundle_holdings import (
    held_by,
    in_flight_ranges,
    inflight,
    set_inflight,
)
from care_desktop.services.bundle_reasons import UnknownRecipientError
from care_desktop.services.bundle_scope import case_of, country_of, transfer_allowed
from care_desktop.services.unit_of_work import writing
from care_desktop.sync import bundle as fmt
from care_desktop.sync import changelog, ranges

OFFICE_ONLY = frozenset(
    {"training_session", "training_participant"}
)  # trainings stay at the office


@dataclass
class ExportSummary:
    path: Path
    recipient: str
    seq: int
    writes: int
    attachments: int
    held_back: int


def _entry_text(row: Any, values: dict[str, Any]) -> str:
    """A write as the payload carries it, encoded (its values already parsed by the caller)."""
    return fmt.encode(
        [
            row.origin,
            row.seq,
            row.stamp,
            row.author,
            row.record_type,
            row.record_id,
            values,
            json.loads(row.supersedes),
            json.loads(row.erases) if row.erases else [],
            json.loads(row.redacted) if row.redacted else [],
        ]
    )


_NOTHING_HELD: tuple[list[ranges.Range], list[int]] = ([], [])


def export_bundle(store: Store, to: str, out: Path) -> ExportSummary:
    """One signed, encrypted bundle with what the recipient does not have yet."""
    summary = _export(store, to, out, if_needed=False)
    assert summary is not None  # noqa: S101 - always made when not `if_needed`
    return summary


def export_if_needed(store: Store, to: str, out: Path) -> ExportSummary | None:
    """A bundle only when the recipient lacks writes, or has not heard what this device now
    holds (its acknowledgements) or the office's newest roster; otherwise nothing, and no
    bundle number is used (automatic sync would otherwise send empty bundles forever)."""
    return _export(store, to, out, if_needed=True)


def _news_marker(
    session: Session, recipient: str, role: Role, roster: tuple[int, Any] | None
) -> str:
    """What a bundle tells its recipient besides writes. A field device tells the office all it
    holds (so the office does not send it again); the office tells a field device whether it
    holds that device's own writes (its acknowledgement) and the roster's version."""
    held = changelog.holdings(session)
    if role is Role.COORDINATOR:
        told: Any = {"own": held.get(recipient, []), "roster": roster[0] if roster else None}
    else:
        told = dict(sorted(held.items()))
    return hashlib.sha256(json.dumps(told, sort_keys=True).encode()).hexdigest()


def _export(  # noqa: PLR0912, PLR0915
    store: Store, to: str, out: Path, *, if_needed: bool
) -> ExportSummary | None:
    with writing(store) as work:
        session = work.session
        own = trust_service.keys(session)
        me = changelog.device_id(session)
        my_role = trust_service.role(session)
        if my_role is Role.FIELD:
            recipient = trust_service.office(session)
            if recipient is None:
                raise trust_service.NoOfficeError()
            if to not in ("office", recipient.device_id):
                raise UnknownRecipientError(device=to[:36])
            scope: set[str] | None = None
        else:
            found = trust_service.peer(session, to)
            if found is None or found[1] != "enrolled":
                raise UnknownRecipientError(device=to[:36])
            recipient = found[0]
            scope = set(recipient.countries)
        known = held_by(session, recipient.device_id)
        if if_needed:
            for origin, spans in in_flight_ranges(session, recipient.device_id).items():
                known[origin] = ranges.union(known.get(origin, []), spans)
        holds = {origin: (spans, [low for low, _ in spans]) for origin, spans in known.items()}
        allowed = transfer_allowed(session)
        # the country of each case in the log (the last one set: a delete or an erasure empties
        # the value, but the case still belongs to the missions of that country)
        pending_country: dict[str, str] = {}
        for record_id, field_values in session.execute(
            select(changes.c.record_id, changes.c.field_values)
            .where(changes.c.record_type == "case")
            .order_by(changes.c.stamp, changes.c.origin, changes.c.seq)
        ):
            country = json.loads(field_values).get("country_of_return")
            if country:
                pending_country[record_id] = str(country)
        # Each write carried is encoded at once and its objects let go: a bundle of 90,000
        # writes is held as their texts (about 40 MB), not as rows and parsed values (about
        # 300 MB), and the log is read a batch at a time (bench/sync_bench.py).
        entries: list[str] = []
        carried: dict[str, list[int]] = {}
        held = 0
        digests: set[str] = set()
        rows = session.execute(
            select(changes)
            .order_by(changes.c.origin, changes.c.seq)
            .execution_options(yield_per=2_000)
        )
        for row in rows:
            spans, starts = holds.get(row.origin, _NOTHING_HELD)
            if spans and ranges.contains(spans, row.seq, starts):
                continue  # the recipient has it: a bundle carries only what it lacks
            values = json.loads(row.field_values)
            erasure = bool(row.erases)
            if row.record_type in OFFICE_ONLY and my_role is Role.COORDINATOR:
                continue
            case_id = case_of(session, row.record_type, row.record_id, values)
            if case_id is not None:
                if scope is not None and country_of(session, case_id, pending_country) not in scope:
                    continue  # data minimisation: a mission receives only its countries' cases
                # a case leaves the device only with consent to its transfer; the consent
                # records themselves and erasures always travel (they are what must be known)
                if row.record_type != "consent" and not erasure and case_id not in allowed:
                    held += 1
                    continue
            entries.append(_entry_text(row, values))
            carried.setdefault(row.origin, []).append(int(row.seq))
            if row.record_type == "attachment" and values.get("sha256"):
                digests.add(str(values["sha256"]))
        attachments = [
            {"sha256": blob.sha256, "data": base64.b64encode(blob.data).decode("ascii")}
            for blob in session.execute(
                select(attachment_blobs).where(attachment_blobs.c.sha256.in_(sorted(digests)))
            )
        ]
        roster = trust_service.current_roster(session) if my_role is Role.COORDINATOR else None
        marker_key = f"told:{recipient.device_id}"
        marker = _news_marker(session, recipient.device_id, my_role, roster)
        if if_needed and not entries and trust_service._state(session, marker_key) == marker:
            return None
        trust_service.set_state(session, marker_key, marker)
        seq = int(trust_service._state(session, "bundle_seq") or "0") + 1
        trust_service.set_state(session, "bundle_seq", str(seq))
        if entries:
            flight = inflight(session, recipient.device_id)
            flight.append([seq, {o: ranges.from_numbers(n) for o, n in carried.items()}, now()])
            set_inflight(session, recipient.device_id, flight)
        imported_from = [
            int(n)
            for n in session.execute(
                select(bundles.c.seq).where(
                    bundles.c.direction == "in", bundles.c.sender == recipient.device_id
                )
            ).scalars()
        ]
        header = fmt.Header(
            sender=me,
            recipients=(recipient.device_id,),
            seq=seq,
            data_model=head_revision(),
            min_reader=BUNDLE_READER,
        )
        payload = {
            "format": fmt.FORMAT,
            "version": fmt.FORMAT_VERSION,
            "sender": me,
            "recipients": [recipient.device_id],
            "seq": seq,
            "data_model": head_revision(),
            "vector": changelog.vector(session),
            "holdings": {
                origin: [list(span) for span in spans]
                for origin, spans in changelog.holdings(session).items()
            },
            "writes": fmt.Encoded(entries),
            "attachments": attachments,
            "roster": roster[1] if roster else None,
            # the recipient's bundles imported here: it need not keep their writes in flight
            "acknowledged": [list(span) for span in ranges.from_numbers(imported_from)],
        }
        age_recipients = [recipient.age_recipient]
        escrow = trust_service.escrow(session)
        if escrow:
            age_recipients.append(escrow)
        data = fmt.seal(
            header, payload, seed=own.seed, key_id=own.key_id, age_recipients=age_recipients
        )
        write_private(out, data)
        session.execute(
            insert(bundles).values(
                sender=me,
                seq=seq,
                direction="out",
                recipient=recipient.device_id,
                sha256=hashlib.sha256(data).hexdigest(),
                at=now(),
                writes=len(entries),
            )
        )
        work.audit(
            AuditAction.EXPORT,
            detail=f"bundle {seq} to {recipient.device_id[:8]}: {len(entries)} writes",
        )
        return ExportSummary(out, recipient.device_id, seq, len(entries), len(attachments), held)
