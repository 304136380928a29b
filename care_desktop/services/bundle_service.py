"""Bundles: export what a peer lacks, import (verify, decrypt, merge), inspect, quarantine.

A rejected bundle changes nothing on this device, not even the audit log. A bundle that cannot
be applied yet (unknown or revoked sender, newer data model) is kept as it came, in the
`quarantine/` folder next to the database: it is encrypted to this device and signed, so it
reveals nothing there, and it is tried again after every import (it may have become acceptable:
a roster arrived, the application was upgraded). Writes that cannot be applied yet inside an
accepted bundle (outside the sender's scope, waiting for the record they belong to) wait in the
database's quarantine table with their reason.
"""

from __future__ import annotations

import base64
import contextlib
import gc
import hashlib
import json
import logging
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from care_desktop.db.migrate import head_revision
from care_desktop.db.record_tables import attachment_blobs, table
from care_desktop.db.store import Store
from care_desktop.db.sync_tables import (
    bundles,
    changes,
    peer_vectors,
    peers,
    quarantine,
    sync_state,
)
from care_desktop.domain import records as r
from care_desktop.domain.audit import AuditAction
from care_desktop.domain.errors import Msg, UserFacingError
from care_desktop.domain.roles import Role
from care_desktop.domain.schema import Kind
from care_desktop.services import duplicate_service, trust_service
from care_desktop.services.unit_of_work import Work, reading, writing
from care_desktop.sync import bundle as fmt
from care_desktop.sync import changelog, clock, ranges
from care_desktop.sync.merge import DELETED, Write
from care_desktop.sync.trust import Card, TrustError, verify_roster

log = logging.getLogger(__name__)
QUARANTINE_FOLDER = "quarantine"
MAX_SUPERSEDES = 256
OFFICE_ONLY = frozenset(
    {"training_session", "training_participant"}
)  # trainings stay at the office


# --- what a person sees when a bundle is refused ------------------------------------------------


class BundleRejectedError(UserFacingError):
    template = "The bundle {path} was refused: {reason} Nothing was changed."

    code = "malformed"  # why, for the quarantine note (REASONS)


REASONS: dict[str, Msg] = {
    "too-large": Msg(
        "bundle",
        "it is larger than a bundle may be, or inflates beyond its bounds.",
    ),
    "malformed": Msg(
        "bundle",
        "it is not a well-formed CARE bundle (damaged, or not a bundle at all).",
    ),
    "truncated": Msg(
        "bundle",
        "it is incomplete; copy it again from its source.",
    ),
    "header": Msg(
        "bundle",
        "its signed header is not readable.",
    ),
    "signature": Msg(
        "bundle",
        "its signature does not verify: it was changed after it was signed, or forged.",
    ),
    "not-addressed": Msg(
        "bundle",
        "it is not addressed to this device.",
    ),
    "not-for-us": Msg(
        "bundle",
        "this device cannot decrypt it.",
    ),
    "mismatch": Msg(
        "bundle",
        "its encrypted content does not match its signed header.",
    ),
    "downgrade": Msg(
        "bundle",
        "it uses a format this version no longer accepts.",
    ),
    "sequence-clash": Msg(
        "bundle",
        (
            "the sender already sent a different bundle with this number: possible forgery. "
            "It is noted in the alert log next to the database; tell the office."
        ),
    ),
    "older-roster": Msg(
        "bundle",
        "it carries a device roster older than the one this device has.",
    ),
    "roster": Msg(
        "bundle",
        "its device roster is not signed by the office this device trusts.",
    ),
    "attachment": Msg(
        "bundle",
        "an attachment's content does not match its hash.",
    ),
    "newer-format": Msg(
        "bundle",
        "it was written by a newer version of CARE Desktop.",
    ),
}


# Why something waits in quarantine, and what lets it go on (docs/bundle-format.md, Quarantine).
WAITING: dict[str, Msg] = {
    "unknown-sender": Msg(
        "bundle",
        "Sent by a device this one does not know yet. Applied as soon as the device is enrolled "
        "(office) or the office is pinned (field device).",
    ),
    "revoked-sender": Msg(
        "bundle",
        "Sent by a revoked device after its cut-off. Kept for a coordinator to decide; never "
        "applied automatically.",
    ),
    "newer-model": Msg(
        "bundle",
        "Written by a newer version of CARE Desktop. Applied after this application is updated.",
    ),
    "out-of-scope": Msg(
        "bundle",
        "Changes to a case outside the sending device's countries. Applied if its countries come "
        "to include the case's country.",
    ),
    "waiting-for-parent": Msg(
        "bundle",
        "Changes to a record that has not arrived here yet (for example a consent whose case "
        "stays at the office). Applied when that record arrives.",
    ),
}


def quarantine_reason(code: str) -> Msg:
    """The translatable explanation of a quarantine reason code (refused bundles included)."""
    if code.startswith("refused-"):
        return _reason(code.removeprefix("refused-"))
    return WAITING.get(code, Msg("bundle", "Kept for a reason this version does not know."))


def _reason(code: str) -> Msg:
    return REASONS.get(code, REASONS["malformed"])


def _refuse(path: Path, code: str) -> BundleRejectedError:
    error = BundleRejectedError(path=path.name, reason=_reason(code))
    error.code = code if code in REASONS else "malformed"
    return error


class UnknownRecipientError(UserFacingError):
    template = "There is no enrolled device {device}. See `care devices list`."


@dataclass
class ImportSummary:
    status: str  # applied | already-imported | quarantined
    sender: str = ""
    seq: int = 0
    applied: int = 0
    already_known: int = 0
    conflicts: int = 0
    quarantined: int = 0
    reason: str = ""


@dataclass
class ExportSummary:
    path: Path
    recipient: str
    seq: int
    writes: int
    attachments: int
    held_back: int


@dataclass
class Inspection:
    header: fmt.Header
    sender_known: bool
    signature_valid: bool
    addressed_here: bool
    writes: int | None = None
    records: dict[str, int] = field(default_factory=dict)
    roster_version: int | None = None
    vector: dict[str, int] = field(default_factory=dict)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def write_private(path: Path, data: bytes) -> None:
    """Write a file only its owner reads, whole or not at all (temporary name, fsync, rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.part")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


# --- export -------------------------------------------------------------------------------------


def _held_by(session: Session, peer: str) -> dict[str, list[ranges.Range]]:
    """Exactly which writes of each origin the peer said it holds (its last bundles)."""
    return {
        row.origin: _stored_ranges(row)
        for row in session.execute(select(peer_vectors).where(peer_vectors.c.peer == peer))
    }


def _stored_ranges(row: Any) -> list[ranges.Range]:
    if row.ranges is None:  # from before exact holdings were kept: the prefix is what is known
        return [(1, int(row.seq))] if int(row.seq) > 0 else []
    return [(int(low), int(high)) for low, high in json.loads(row.ranges)]


def _case_of(
    session: Session, record_type: str, record_id: str, values: Mapping[str, Any]
) -> str | None:
    if record_type == "case":
        return record_id
    spec = r.RECORDS[record_type]
    if not spec.case_scoped:
        return None
    if values.get("case_id"):
        return str(values["case_id"])
    t = table(spec)
    found: str | None = session.execute(select(t.c.case_id).where(t.c.id == record_id)).scalar()
    return found


def _country_of(session: Session, case_id: str, pending: Mapping[str, str]) -> str | None:
    if case_id in pending:
        return pending[case_id]
    t = table(r.CASE)
    found: str | None = session.execute(
        select(t.c.country_of_return).where(t.c.id == case_id)
    ).scalar()
    if found is None:  # a deleted or erased case: its history still says where it belongs
        for row in session.execute(
            select(changes.c.field_values)
            .where(changes.c.record_type == "case", changes.c.record_id == case_id)
            .order_by(changes.c.stamp.desc())
        ):
            country = json.loads(row.field_values).get("country_of_return")
            if country:
                return str(country)
    return found


def _transfer_allowed(session: Session) -> set[str]:
    """Cases whose transfer-to-office consent is active today (withdrawn: the case stays)."""
    t = table(r.CONSENT)
    today = datetime.now(UTC).date().isoformat()
    allowed: set[str] = set()
    for row in session.execute(
        select(t.c.case_id, t.c.given_on, t.c.withdrawn_on).where(
            t.c.scope == "transfer_to_office", t.c.deleted.is_(False)
        )
    ):
        if (
            row.given_on
            and row.given_on <= today
            and not (row.withdrawn_on and row.withdrawn_on <= today)
        ):
            allowed.add(row.case_id)
    return allowed


def _entry(row: Any) -> list[Any]:
    return [
        row.origin,
        row.seq,
        row.stamp,
        row.author,
        row.record_type,
        row.record_id,
        json.loads(row.field_values),
        json.loads(row.supersedes),
        json.loads(row.erases) if row.erases else [],
        json.loads(row.redacted) if row.redacted else [],
    ]


@dataclass(frozen=True)
class PeerSync:
    """Where this device and one peer stand (`care devices list`)."""

    unacknowledged: int | None  # our writes the office does not yet hold (field devices only)
    missing_writes: list[ranges.Range]  # that peer's own writes it holds and we have not received
    missing_bundles: list[ranges.Range]  # its bundle numbers never imported here


def sync_status(store: Store) -> dict[str, PeerSync]:
    """Per peer: what the office has not acknowledged, and the gaps in what we received."""
    with reading(store) as work:
        session = work.session
        me = changelog.device_id(session)
        mine = changelog.holdings(session)
        role = trust_service.role(session)
        imported: dict[str, list[int]] = {}
        for sender, seq in session.execute(
            select(bundles.c.sender, bundles.c.seq).where(bundles.c.direction == "in")
        ):
            imported.setdefault(sender, []).append(int(seq))
        status: dict[str, PeerSync] = {}
        for row in session.execute(select(peers.c.device_id, peers.c.status)):
            theirs = _held_by(session, row.device_id)
            # their own writes, as far as they said they hold them, that are not here
            # a field device's own writes, as far as it said it holds them, not here (held back
            # for consent, or in a bundle that never came); the office sends each device only
            # its countries, so a field device does not count the office's writes this way
            missing = (
                ranges.difference(theirs.get(row.device_id, []), mine.get(row.device_id, []))
                if role is Role.COORDINATOR
                else []
            )
            unacknowledged = None
            if role is Role.FIELD and row.status == "office":
                unacknowledged = ranges.count(
                    ranges.difference(mine.get(me, []), theirs.get(me, []))
                )
            numbers = ranges.from_numbers(imported.get(row.device_id, []))
            status[row.device_id] = PeerSync(
                unacknowledged,
                missing,
                ranges.missing(numbers, numbers[-1][1]) if numbers else [],
            )
        return status


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


INFLIGHT_DAYS = 14  # a bundle not acknowledged by then is taken as lost: its writes go again


def _inflight(session: Session, peer: str) -> list[list[Any]]:
    """Bundles sent to `peer` that it has not said it imported: [seq, {origin: ranges}, at]."""
    raw = trust_service._state(session, f"inflight:{peer}")
    return json.loads(raw) if raw else []


def _set_inflight(session: Session, peer: str, entries: list[list[Any]]) -> None:
    trust_service.set_state(session, f"inflight:{peer}", json.dumps(entries))


def _acknowledged(session: Session, peer: str, numbers: Sequence[ranges.Range]) -> None:
    """`peer` imported these bundles of ours: what they carried is now in its holdings (or it
    was lost on the way, when a later one came): either way no longer in flight."""
    if not numbers:
        return
    newest = numbers[-1][1]
    entries = _inflight(session, peer)
    kept = [entry for entry in entries if int(entry[0]) > newest]
    if len(kept) != len(entries):
        _set_inflight(session, peer, kept)


def forget_in_flight(store: Store) -> None:
    """Take every bundle sent as lost (the relay that held them lost its data): what they
    carried goes again with the next bundles."""
    with writing(store) as work:
        for (key,) in work.session.execute(
            select(sync_state.c.key).where(sync_state.c.key.like("inflight:%"))
        ):
            trust_service.set_state(work.session, key, "[]")


def _in_flight_ranges(session: Session, peer: str) -> dict[str, list[ranges.Range]]:
    """What recent bundles to `peer` carried, not yet acknowledged: automatic sync does not send
    it again (a relay keeps it, or a stick carries it); after INFLIGHT_DAYS it goes again."""
    limit = (datetime.now(UTC) - timedelta(days=INFLIGHT_DAYS)).isoformat(timespec="seconds")
    entries = [entry for entry in _inflight(session, peer) if str(entry[2]) >= limit]
    carried: dict[str, list[ranges.Range]] = {}
    for _, spans, _ in entries:
        for origin, pairs in spans.items():
            carried[origin] = ranges.union(
                carried.get(origin, []), [(int(a), int(b)) for a, b in pairs]
            )
    return carried


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
        known = _held_by(session, recipient.device_id)
        if if_needed:
            for origin, spans in _in_flight_ranges(session, recipient.device_id).items():
                known[origin] = ranges.union(known.get(origin, []), spans)
        holds = {origin: (spans, [low for low, _ in spans]) for origin, spans in known.items()}
        allowed = _transfer_allowed(session)
        rows = session.execute(select(changes).order_by(changes.c.origin, changes.c.seq)).all()
        # the country of each case in the log (the last one set: a delete or an erasure empties
        # the value, but the case still belongs to the missions of that country)
        pending_country: dict[str, str] = {}
        for row in sorted(rows, key=lambda row: row.stamp):
            if row.record_type == "case":
                country = json.loads(row.field_values).get("country_of_return")
                if country:
                    pending_country[row.record_id] = str(country)
        entries: list[list[Any]] = []
        held = 0
        digests: set[str] = set()
        for row in rows:
            spans, starts = holds.get(row.origin, _NOTHING_HELD)
            if spans and ranges.contains(spans, row.seq, starts):
                continue  # the recipient has it: a bundle carries only what it lacks
            values = json.loads(row.field_values)
            erasure = bool(row.erases)
            if row.record_type in OFFICE_ONLY and my_role is Role.COORDINATOR:
                continue
            case_id = _case_of(session, row.record_type, row.record_id, values)
            if case_id is not None:
                if (
                    scope is not None
                    and _country_of(session, case_id, pending_country) not in scope
                ):
                    continue  # data minimisation: a mission receives only its countries' cases
                # a case leaves the device only with consent to its transfer; the consent
                # records themselves and erasures always travel (they are what must be known)
                if row.record_type != "consent" and not erasure and case_id not in allowed:
                    held += 1
                    continue
            entries.append(_entry(row))
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
            carried: dict[str, list[int]] = {}
            for entry in entries:
                carried.setdefault(entry[0], []).append(int(entry[1]))
            flight = _inflight(session, recipient.device_id)
            flight.append([seq, {o: ranges.from_numbers(n) for o, n in carried.items()}, _now()])
            _set_inflight(session, recipient.device_id, flight)
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
            min_reader=head_revision(),
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
            "writes": entries,
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
                at=_now(),
                writes=len(entries),
            )
        )
        work.audit(
            AuditAction.EXPORT,
            detail=f"bundle {seq} to {recipient.device_id[:8]}: {len(entries)} writes",
        )
        return ExportSummary(out, recipient.device_id, seq, len(entries), len(attachments), held)


# --- import -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Checked:
    incoming: changelog.Incoming
    case_id: str | None


_SCALARS = (str, int, bool, type(None))  # exact types: what strict JSON parsing can give


def _scalars(values: dict[str, Any]) -> bool:
    """Every value is text (within bounds), a whole number, true/false, or null."""
    for value in values.values():
        kind = type(value)
        if kind is str:
            if len(value) > fmt.MAX_VALUE_CHARS:
                return False
        elif kind not in _SCALARS:
            return False
    return True


_NONE: frozenset[str] = frozenset()
_FIELD_NAMES = {name: frozenset(spec.field_map) | {DELETED} for name, spec in r.RECORDS.items()}


def _write_ids(value: Any) -> bool:
    return (
        isinstance(value, list)
        and len(value) <= MAX_SUPERSEDES
        and all(isinstance(item, str) and len(item) <= 48 for item in value)
    )


def _parse_writes(raw: Any, newer_model: bool) -> list[changelog.Incoming]:
    """Strict shape of every write; unknown types or fields are malformed (or newer data)."""
    if not isinstance(raw, list) or len(raw) > fmt.MAX_WRITES:
        raise fmt.BundleError("malformed", "writes")
    parsed: list[changelog.Incoming] = []
    for item in raw:
        if not isinstance(item, list) or len(item) != 10:
            raise fmt.BundleError("malformed", "write")
        origin, seq, stamp, author, record_type, record_id, values, supersedes, erases, redacted = (
            item
        )
        spec = r.RECORDS.get(record_type) if isinstance(record_type, str) else None
        if spec is None:
            raise fmt.BundleError("newer-model" if newer_model else "malformed", "record type")
        names = _FIELD_NAMES[spec.name]
        valid = (
            type(stamp) is str and clock.is_stamp(stamp)
            and type(origin) is str and 0 < len(origin) <= 36
            and type(seq) is int and seq > 0
            and (author is None or (type(author) is str and len(author) <= 36))
            and type(record_id) is str and 0 < len(record_id) <= 36
            and type(values) is dict and _scalars(values)
            and type(supersedes) is dict
            and (not supersedes or all(_write_ids(v) for v in supersedes.values()))
            and type(erases) is list and all(type(name) is str for name in erases)
            and type(redacted) is list and all(type(name) is str for name in redacted)
        )  # fmt: skip
        if not valid:
            raise fmt.BundleError("malformed", "write fields")
        if not (
            names.issuperset(values)
            and names.issuperset(supersedes)
            and names.issuperset(erases)
            and names.issuperset(redacted)
        ):
            raise fmt.BundleError("newer-model" if newer_model else "malformed", "field")
        parsed.append(
            changelog.Incoming(
                Write(
                    origin=origin,
                    seq=seq,
                    stamp=stamp,
                    values=values,
                    supersedes={k: tuple(v) for k, v in supersedes.items()} if supersedes else {},
                    erases=frozenset(erases) if erases else _NONE,
                ),
                record_type,
                record_id,
                author,
                frozenset(redacted) if redacted else _NONE,
            )
        )
    return parsed


def _quarantine_file(store: Store, data: bytes, reason: str, header: fmt.Header | None) -> Path:
    folder = store.path.parent / QUARANTINE_FOLDER
    folder.mkdir(mode=0o700, exist_ok=True)
    digest = hashlib.sha256(data).hexdigest()
    target = folder / f"{digest}.carebundle"
    if not target.exists():
        write_private(target, data)
    note_file = folder / f"{digest}.json"
    received_at = _now()
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
    return _quarantine_file(store, data, f"refused-{code}", header)


def peek(path: Path) -> fmt.Header:
    """The (not yet verified) header of a bundle file: whom it is for, from whom, which number."""
    try:
        with path.open("rb") as handle:
            return fmt.read_signed_header(handle, path.stat().st_size, hash_payload=False)[0]
    except fmt.BundleError as error:
        raise _refuse(path, error.code) from None
    except OSError:
        raise BundleFileError(path=str(path)) from None


def _sender_key(session: Session, sender: str) -> tuple[Card, str, int | None] | None:
    if trust_service.role(session) is Role.FIELD:
        office = trust_service.office(session)
        return None if office is None or office.device_id != sender else (office, "office", None)
    return trust_service.peer(session, sender)


# per record type: its reference fields and the record type each refers to
_REF_FIELDS = {
    name: tuple((f.name, f.ref) for f in spec.fields if f.kind is Kind.REF and f.ref is not None)
    for name, spec in r.RECORDS.items()
}


def _missing_parents(
    session: Session, writes: Sequence[changelog.Incoming], arriving: set[str]
) -> set[tuple[str, str]]:
    """Records whose references point to records neither here nor arriving (batched lookups)."""
    wanted: dict[str, set[str]] = {}  # target table → ids referred to
    refs: list[tuple[tuple[str, str], str, str]] = []
    for item in writes:
        for name, ref_table in _REF_FIELDS[item.record_type]:
            target = item.write.values.get(name)
            if not target or str(target) in arriving:
                continue
            wanted.setdefault(ref_table, set()).add(str(target))
            refs.append(((item.record_type, item.record_id), ref_table, str(target)))
    present: dict[str, set[str]] = {}
    raw: Any = session.connection().connection.driver_connection
    for ref_table, ids in wanted.items():
        name = table(ref_table).name
        found: set[str] = set()
        ordered = sorted(ids)
        for start in range(0, len(ordered), 500):
            chunk = ordered[start : start + 500]
            query = f'SELECT id FROM "{name}" WHERE id IN ({",".join("?" * len(chunk))})'  # noqa: S608 - placeholders
            found.update(row[0] for row in raw.execute(query, chunk))
        present[ref_table] = found
    return {record for record, ref_table, target in refs if target not in present[ref_table]}


def _hold(session: Session, items: Iterable[changelog.Incoming], reason: str, sender: str) -> int:
    """Keep writes that cannot be applied yet, one row each (held once, however often sent)."""
    count = 0
    for i in items:
        count += 1
        already = session.execute(
            select(quarantine.c.id).where(
                quarantine.c.kind == "writes",
                quarantine.c.sender == i.write.origin,
                quarantine.c.bundle_seq == i.write.seq,
            )
        ).first()
        if already is not None:
            continue
        entry = [
            i.write.origin, i.write.seq, i.write.stamp, i.author, i.record_type, i.record_id,
            dict(i.write.values), {k: list(v) for k, v in i.write.supersedes.items()},
            sorted(i.write.erases), sorted(i.redacted),
        ]  # fmt: skip
        session.execute(
            insert(quarantine).values(
                received_at=_now(),
                reason=reason,
                sender=i.write.origin,
                bundle_seq=i.write.seq,
                content=json.dumps([entry]).encode(),
                kind="writes",
                resolved=False,
            )
        )
    return count


def _apply_writes(
    work: Work, writes: list[changelog.Incoming], sender: str, scope: set[str] | None
) -> tuple[changelog.ApplyReport, int]:
    session = work.session
    held = 0
    if scope is not None:  # the office checks what a field device may send
        pending = {
            i.record_id: str(i.write.values.get("country_of_return"))
            for i in writes
            if i.record_type == "case" and "country_of_return" in i.write.values
        }
        inside: list[changelog.Incoming] = []
        outside: list[changelog.Incoming] = []
        cases: dict[tuple[str, str], str | None] = {}  # lookups made once per record and case
        countries: dict[str, str | None] = {}
        for item in writes:
            key = (item.record_type, item.record_id)
            if key not in cases or item.write.values.get("case_id"):
                cases[key] = _case_of(session, *key, item.write.values)
            case_id = cases[key]
            if case_id and case_id not in countries:
                countries[case_id] = _country_of(session, case_id, pending)
            country = countries[case_id] if case_id else None
            (outside if case_id and country not in scope else inside).append(item)
        held += _hold(session, outside, "out-of-scope", sender)
        writes = inside
    arriving = {i.record_id for i in writes}
    waiting = _missing_parents(session, writes, arriving)
    while True:  # a record waiting for its parent holds back the records that need it
        arriving = {i.record_id for i in writes if (i.record_type, i.record_id) not in waiting}
        more = _missing_parents(
            session, [i for i in writes if (i.record_type, i.record_id) not in waiting], arriving
        )
        if more <= waiting:
            break
        waiting |= more
    ready = [i for i in writes if (i.record_type, i.record_id) not in waiting]
    held += _hold(
        session,
        [i for i in writes if (i.record_type, i.record_id) in waiting],
        "waiting-for-parent",
        sender,
    )
    session.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    report = changelog.apply_remote(session, ready)
    return report, held


def flag_duplicates_of(store: Store, writes: Sequence[changelog.Incoming]) -> None:
    with writing(store) as work:
        duplicate_service.reindex(work, _touched_cases(writes))


def _touched_cases(writes: Sequence[changelog.Incoming]) -> list[str]:
    """Cases whose person may have changed (for duplicate flagging after the merge)."""
    cases = {i.record_id for i in writes if i.record_type == "case"}
    for item in writes:
        if item.record_type == "identity" and item.write.values.get("case_id"):
            cases.add(str(item.write.values["case_id"]))
    return sorted(cases)


def _retry_held(work: Work) -> int:
    """Writes that waited (for a parent, or a roster) are tried again; returns how many applied."""
    session = work.session
    applied = 0
    rows = session.execute(
        select(quarantine).where(quarantine.c.kind == "writes", quarantine.c.resolved.is_(False))
    ).all()
    for row in rows:
        if row.reason != "waiting-for-parent":
            continue
        items = _parse_writes(json.loads(row.content), newer_model=False)
        arriving = {i.record_id for i in items}
        if _missing_parents(session, items, arriving):
            continue
        session.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        report = changelog.apply_remote(session, items)
        applied += report.applied
        session.execute(update(quarantine).where(quarantine.c.id == row.id).values(resolved=True))
    return applied


def _check_roster(
    session: Session, payload: Mapping[str, Any]
) -> tuple[Any, dict[str, Any]] | None:
    document = payload.get("roster")
    if document is None or trust_service.role(session) is not Role.FIELD:
        return None
    office = trust_service.office(session)
    if office is None:
        raise fmt.BundleError("roster")
    try:
        roster = verify_roster(document, office.public_key)
    except TrustError:
        raise fmt.BundleError("roster") from None
    current = trust_service.current_roster(session)
    if current is not None and roster.version < current[0]:
        raise fmt.BundleError("older-roster")
    if current is not None and roster.version == current[0]:
        return None
    return roster, document


@dataclass(frozen=True)
class _Received:
    data: bytes
    digest: str
    sealed: fmt.Sealed
    me: str
    identity: str
    sender: tuple[Card, str, int | None] | None
    known_digest: str | None


def _receive(store: Store, path: Path) -> _Received:
    """Read and unpack a bundle file, and what this device knows of its sender (reads only)."""
    try:
        size = path.stat().st_size
    except OSError:
        raise BundleFileError(path=str(path)) from None
    if size > fmt.MAX_BUNDLE_BYTES:
        raise _refuse(path, "too-large")
    data = path.read_bytes()
    try:
        sealed = fmt.unpack(data)
    except fmt.BundleError as error:
        raise _refuse(path, error.code) from None
    header = sealed.header
    with reading(store) as work:
        session = work.session
        me = changelog.device_id(session)
        if me not in header.recipients:
            raise _refuse(path, "not-addressed")
        known = session.execute(
            select(bundles.c.sha256).where(
                bundles.c.sender == header.sender,
                bundles.c.seq == header.seq,
                bundles.c.direction == "in",
            )
        ).scalar()
        return _Received(
            data,
            hashlib.sha256(data).hexdigest(),
            sealed,
            me,
            trust_service.keys(session).age_identity,
            _sender_key(session, header.sender),
            known,
        )


@dataclass(frozen=True)
class _Payload:
    document: dict[str, Any]
    writes: list[changelog.Incoming]
    blobs: list[tuple[str, bytes]]
    vector: dict[str, int]
    holdings: dict[str, list[ranges.Range]]
    acknowledged: list[ranges.Range]


def _open_payload(received: _Received) -> _Payload:
    header = received.sealed.header
    payload = fmt.decrypt(received.sealed, received.identity)
    if (
        payload.get("sender") != header.sender
        or payload.get("seq") != header.seq
        or payload.get("recipients") != list(header.recipients)
        or payload.get("data_model") != header.data_model
    ):
        raise fmt.BundleError("mismatch")
    writes = _parse_writes(payload.get("writes"), newer_model=header.data_model > head_revision())
    blobs = _parse_attachments(payload.get("attachments"))
    vector = payload.get("vector")
    if not isinstance(vector, dict) or not all(
        isinstance(k, str) and type(v) is int and v >= 0 for k, v in vector.items()
    ):
        raise fmt.BundleError("malformed", "vector")
    acknowledged = ranges.parse(payload.get("acknowledged", []), limit=fmt.MAX_WRITES)
    if acknowledged is None:
        raise fmt.BundleError("malformed", "acknowledged")
    return _Payload(payload, writes, blobs, vector, _parse_holdings(payload, vector), acknowledged)


def _parse_holdings(
    payload: Mapping[str, Any], vector: Mapping[str, int]
) -> dict[str, list[ranges.Range]]:
    """What the sender holds, exactly; a bundle without it holds its vector's prefixes."""
    raw = payload.get("holdings")
    if raw is None:
        return {origin: [(1, seq)] for origin, seq in vector.items() if seq > 0}
    if not isinstance(raw, dict) or len(raw) > fmt.MAX_WRITES:
        raise fmt.BundleError("malformed", "holdings")
    result: dict[str, list[ranges.Range]] = {}
    budget = fmt.MAX_WRITES  # ranges in all, like writes: bounded before they are used
    for origin, value in raw.items():
        spans = ranges.parse(value, limit=budget)
        if not isinstance(origin, str) or not 0 < len(origin) <= 36 or spans is None:
            raise fmt.BundleError("malformed", "holdings")
        budget -= len(spans)
        result[origin] = spans
    return result


def _merge(store: Store, received: _Received, payload: _Payload, card: Card) -> ImportSummary:
    """Everything a bundle brings, in one transaction."""
    header = received.sealed.header
    with writing(store) as work:
        session = work.session
        roster = _check_roster(session, payload.document)
        if roster is not None:
            trust_service.accept_roster(session, roster[0], roster[1])
        scope = set(card.countries) if trust_service.role(session) is Role.COORDINATOR else None
        report, held = _apply_writes(work, payload.writes, header.sender, scope)
        for sha, content in payload.blobs:
            exists = session.execute(
                select(attachment_blobs.c.sha256).where(attachment_blobs.c.sha256 == sha)
            ).first()
            if exists is None:
                session.execute(
                    insert(attachment_blobs).values(sha256=sha, size=len(content), data=content)
                )
        _remember_holdings(session, header.sender, payload.holdings)
        _acknowledged(session, header.sender, payload.acknowledged)
        session.execute(
            insert(bundles).values(
                sender=header.sender,
                seq=header.seq,
                direction="in",
                recipient=received.me,
                sha256=received.digest,
                at=_now(),
                writes=len(payload.writes),
            )
        )
        retried = _retry_held(work)
        work.audit(
            AuditAction.IMPORT,
            detail=f"bundle {header.seq} from {header.sender[:8]}: {report.applied} new",
        )
        return ImportSummary(
            "applied",
            header.sender,
            header.seq,
            applied=report.applied + retried,
            already_known=report.already_known,
            conflicts=_conflict_count(session),
            quarantined=held,
        )


@contextmanager
def _without_gc_pauses() -> Iterator[None]:
    """Parsing and merging a bundle makes hundreds of thousands of small objects, none of them
    in reference cycles; the cycle collector would walk them all again and again (about 15 % of
    an import, bench/sync_bench.py). Collection resumes afterwards; the payload is bounded."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def import_bundle(
    store: Store, path: Path, *, retrying: bool = False, flag_duplicates: bool = True
) -> ImportSummary:
    """Verify, decrypt and merge one bundle; a refused bundle changes nothing.

    The order of checks is the order of their cost: size, archive, addressee, sender, signature,
    replay, revocation, data model; only then decryption, bounded inflation, strict parsing.
    """
    received = _receive(store, path)
    header = received.sealed.header

    def hold(reason: str) -> ImportSummary:
        if not retrying:
            _quarantine_file(store, received.data, reason, header)
        return ImportSummary("quarantined", header.sender, header.seq, reason=reason)

    if received.sender is None:
        return hold("unknown-sender")
    card, status, cutoff = received.sender
    try:
        fmt.verify(received.sealed, card.public_key)
    except fmt.BundleError as error:
        raise _refuse(path, error.code) from None
    if received.known_digest is not None:
        if received.known_digest == received.digest:
            return ImportSummary("already-imported", header.sender, header.seq)
        _alert(store, header, "sequence-clash")
        raise _refuse(path, "sequence-clash")
    if status == "revoked" and cutoff is not None and header.seq > cutoff:
        return hold("revoked-sender")
    if header.min_reader > head_revision():
        return hold("newer-model")
    try:
        with _without_gc_pauses():
            payload = _open_payload(received)
            summary = _merge(store, received, payload, card)
    except fmt.BundleError as error:
        if error.code == "newer-model":
            return hold("newer-model")
        raise _refuse(path, error.code) from None
    except changelog.SequenceClashError:
        _alert(store, header, "sequence-clash")
        raise _refuse(path, "sequence-clash") from None
    # Likely duplicates are flagged once the merge is safe, in a transaction of their own: a
    # failure there never undoes what the bundle brought.
    if flag_duplicates:
        flag_duplicates_of(store, payload.writes)
    if not retrying:
        retry_quarantine(store)
    return summary


class BundleFileError(UserFacingError):
    template = "{path} cannot be read; check the file name and that the stick is plugged in."


def _parse_attachments(raw: Any) -> list[tuple[str, bytes]]:
    if raw is None:
        return []
    if not isinstance(raw, list) or len(raw) > fmt.MAX_ATTACHMENTS:
        raise fmt.BundleError("malformed", "attachments")
    blobs = []
    for item in raw:
        if not isinstance(item, dict) or set(item) != {"sha256", "data"}:
            raise fmt.BundleError("malformed", "attachment")
        try:
            content = base64.b64decode(str(item["data"]).encode("ascii"), validate=True)
        except ValueError:
            raise fmt.BundleError("malformed", "attachment") from None
        if hashlib.sha256(content).hexdigest() != item["sha256"]:
            raise fmt.BundleError("attachment")
        blobs.append((str(item["sha256"]), content))
    return blobs


def _remember_holdings(
    session: Session, peer: str, holdings: Mapping[str, Sequence[ranges.Range]]
) -> None:
    """What the sender holds, hence what it need not be sent again. Holdings only grow (a write
    is never taken back), so bundles arriving in any order add up: the union is kept."""
    known = {
        row.origin: _stored_ranges(row)
        for row in session.execute(select(peer_vectors).where(peer_vectors.c.peer == peer))
    }
    for origin, spans in holdings.items():
        if not spans:
            continue
        before = known.get(origin)
        merged = ranges.union(before or [], spans)
        if merged == before:
            continue
        values = {"seq": ranges.prefix(merged), "ranges": json.dumps([list(x) for x in merged])}
        if before is None:
            session.execute(insert(peer_vectors).values(peer=peer, origin=origin, **values))
        else:
            session.execute(
                update(peer_vectors)
                .where(peer_vectors.c.peer == peer, peer_vectors.c.origin == origin)
                .values(**values)
            )


def _conflict_count(session: Session) -> int:
    from care_desktop.db.sync_tables import record_conflicts  # noqa: PLC0415

    return len(session.execute(select(record_conflicts)).all())


def _alert(store: Store, header: fmt.Header, reason: str) -> None:
    """A clash of sequence numbers comes only from forgery or a broken device: it is logged and
    noted in the quarantine folder (not in the database: a refused bundle changes nothing)."""
    log.warning("bundle refused (%s): sender %s, sequence %s", reason, header.sender, header.seq)
    folder = store.path.parent / QUARANTINE_FOLDER
    folder.mkdir(mode=0o700, exist_ok=True)
    with (folder / "alerts.log").open("a", encoding="utf-8") as handle:
        handle.write(f"{_now()} {reason} sender={header.sender} seq={header.seq}\n")


def _note_reason(bundle_file: Path) -> str:
    try:
        return str(json.loads(bundle_file.with_suffix(".json").read_text())["reason"])
    except (OSError, ValueError, KeyError, TypeError):
        return ""


def retry_quarantine(store: Store) -> int:
    """Try quarantined bundles again (a roster came, an upgrade...); returns how many applied."""
    folder = store.path.parent / QUARANTINE_FOLDER
    applied = 0
    for bundle_file in sorted(folder.glob("*.carebundle")) if folder.is_dir() else []:
        if _note_reason(bundle_file).startswith("refused-"):
            continue  # refused for what it is (forged, damaged): kept to be seen, never applied
        try:
            summary = import_bundle(store, bundle_file, retrying=True)
        except UserFacingError:
            continue
        if summary.status in ("applied", "already-imported"):
            bundle_file.unlink()
            bundle_file.with_suffix(".json").unlink(missing_ok=True)
            applied += 1
    return applied


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


def inspect_bundle(store: Store, path: Path) -> Inspection:
    """Verify and describe a bundle without merging it (nothing is written)."""
    try:
        data = path.read_bytes()
    except OSError:
        raise BundleFileError(path=str(path)) from None
    try:
        sealed = fmt.unpack(data)
    except fmt.BundleError as error:
        raise _refuse(path, error.code) from None
    header = sealed.header
    with reading(store) as work:
        session = work.session
        me = changelog.device_id(session)
        sender = _sender_key(session, header.sender)
        if sender is None:
            known_card = trust_service.identity(store) if header.sender == me else None
            public = known_card.public_key if known_card else None
        else:
            public = sender[0].public_key
        identity = trust_service.keys(session).age_identity
    valid = False
    if public is not None:
        try:
            fmt.verify(sealed, public)
            valid = True
        except fmt.BundleError:
            valid = False
    result = Inspection(header, sender is not None, valid, me in header.recipients)
    if valid and result.addressed_here:
        try:
            payload = fmt.decrypt(sealed, identity)
        except fmt.BundleError as error:
            raise _refuse(path, error.code) from None
        writes = payload.get("writes") or []
        result.writes = len(writes)
        for item in writes:
            if isinstance(item, list) and len(item) == 10:
                result.records[str(item[4])] = result.records.get(str(item[4]), 0) + 1
        roster = payload.get("roster")
        if isinstance(roster, dict) and isinstance(roster.get("roster"), dict):
            result.roster_version = roster["roster"].get("version")
        vector = payload.get("vector")
        result.vector = dict(vector) if isinstance(vector, dict) else {}
    return result
