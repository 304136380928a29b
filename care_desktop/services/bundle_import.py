"""Import: verify, decrypt and merge a bundle (or hold it), retry what waits, inspect a bundle."""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from care_desktop.db.migrate import head_revision
from care_desktop.db.record_tables import attachment_blobs
from care_desktop.db.store import Store
from care_desktop.db.sync_tables import bundles
from care_desktop.domain.audit import AuditAction
from care_desktop.domain.errors import UserFacingError
from care_desktop.domain.roles import Role
from care_desktop.services import duplicate_service, trust_service
from care_desktop.services.bundle_files import now
from care_desktop.services.bundle_holdings import mark_acknowledged, remember_holdings
from care_desktop.services.bundle_merge import (
    apply_writes,
    check_roster,
    conflict_count,
    retry_held,
)
from care_desktop.services.bundle_parse import parse_attachments, parse_holdings, parse_writes
from care_desktop.services.bundle_quarantine import (
    QUARANTINE_FOLDER,
    alert,
    note_reason,
    quarantine_file,
)
from care_desktop.services.bundle_reasons import BundleFileError, refuse
from care_desktop.services.unit_of_work import reading, writing
from care_desktop.sync import bundle as fmt
from care_desktop.sync import changelog, ranges
from care_desktop.sync.trust import Card


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
class Inspection:
    header: fmt.Header
    sender_known: bool
    signature_valid: bool
    addressed_here: bool
    writes: int | None = None
    records: dict[str, int] = field(default_factory=dict)
    roster_version: int | None = None
    vector: dict[str, int] = field(default_factory=dict)


def _sender_key(session: Session, sender: str) -> tuple[Card, str, int | None] | None:
    if trust_service.role(session) is Role.FIELD:
        office = trust_service.office(session)
        return None if office is None or office.device_id != sender else (office, "office", None)
    return trust_service.peer(session, sender)


@dataclass(frozen=True)
class _Received:
    data: bytes
    digest: str
    sealed: fmt.Sealed
    me: str
    identity: str
    sender: tuple[Card, str, int | None] | None
    known_digest: str | None


def receive(store: Store, path: Path) -> _Received:
    """Read and unpack a bundle file, and what this device knows of its sender (reads only)."""
    try:
        size = path.stat().st_size
    except OSError:
        raise BundleFileError(path=str(path)) from None
    if size > fmt.MAX_BUNDLE_BYTES:
        raise refuse(path, "too-large")
    data = path.read_bytes()
    try:
        sealed = fmt.unpack(data)
    except fmt.BundleError as error:
        raise refuse(path, error.code) from None
    header = sealed.header
    with reading(store) as work:
        session = work.session
        me = changelog.device_id(session)
        if me not in header.recipients:
            raise refuse(path, "not-addressed")
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


def open_payload(received: _Received) -> _Payload:
    header = received.sealed.header
    payload = fmt.decrypt(received.sealed, received.identity)
    if (
        payload.get("sender") != header.sender
        or payload.get("seq") != header.seq
        or payload.get("recipients") != list(header.recipients)
        or payload.get("data_model") != header.data_model
    ):
        raise fmt.BundleError("mismatch")
    writes = parse_writes(payload.get("writes"), newer_model=header.data_model > head_revision())
    blobs = parse_attachments(payload.get("attachments"))
    vector = payload.get("vector")
    if not isinstance(vector, dict) or not all(
        isinstance(k, str) and type(v) is int and v >= 0 for k, v in vector.items()
    ):
        raise fmt.BundleError("malformed", "vector")
    acknowledged = ranges.parse(payload.get("acknowledged", []), limit=fmt.MAX_WRITES)
    if acknowledged is None:
        raise fmt.BundleError("malformed", "acknowledged")
    return _Payload(payload, writes, blobs, vector, parse_holdings(payload, vector), acknowledged)


def _merge(store: Store, received: _Received, payload: _Payload, card: Card) -> ImportSummary:
    """Everything a bundle brings, in one transaction."""
    header = received.sealed.header
    with writing(store) as work:
        session = work.session
        roster = check_roster(session, payload.document)
        if roster is not None:
            trust_service.accept_roster(session, roster[0], roster[1])
        scope = set(card.countries) if trust_service.role(session) is Role.COORDINATOR else None
        report, held = apply_writes(work, payload.writes, header.sender, scope)
        for sha, content in payload.blobs:
            exists = session.execute(
                select(attachment_blobs.c.sha256).where(attachment_blobs.c.sha256 == sha)
            ).first()
            if exists is None:
                session.execute(
                    insert(attachment_blobs).values(sha256=sha, size=len(content), data=content)
                )
        remember_holdings(session, header.sender, payload.holdings)
        mark_acknowledged(session, header.sender, payload.acknowledged)
        session.execute(
            insert(bundles).values(
                sender=header.sender,
                seq=header.seq,
                direction="in",
                recipient=received.me,
                sha256=received.digest,
                at=now(),
                writes=len(payload.writes),
            )
        )
        retried = retry_held(work)
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
            conflicts=conflict_count(session),
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
    received = receive(store, path)
    header = received.sealed.header

    def hold(reason: str) -> ImportSummary:
        if not retrying:
            quarantine_file(store, received.data, reason, header)
        return ImportSummary("quarantined", header.sender, header.seq, reason=reason)

    if received.sender is None:
        return hold("unknown-sender")
    card, status, cutoff = received.sender
    try:
        fmt.verify(received.sealed, card.public_key)
    except fmt.BundleError as error:
        raise refuse(path, error.code) from None
    if received.known_digest is not None:
        if received.known_digest == received.digest:
            return ImportSummary("already-imported", header.sender, header.seq)
        alert(store, header, "sequence-clash")
        raise refuse(path, "sequence-clash")
    if status == "revoked" and cutoff is not None and header.seq > cutoff:
        return hold("revoked-sender")
    if header.min_reader > head_revision():
        return hold("newer-model")
    try:
        with _without_gc_pauses():
            payload = open_payload(received)
            summary = _merge(store, received, payload, card)
    except fmt.BundleError as error:
        if error.code == "newer-model":
            return hold("newer-model")
        raise refuse(path, error.code) from None
    except changelog.SequenceClashError:
        alert(store, header, "sequence-clash")
        raise refuse(path, "sequence-clash") from None
    # Likely duplicates are flagged once the merge is safe, in a transaction of their own: a
    # failure there never undoes what the bundle brought.
    if flag_duplicates:
        flag_duplicates_of(store, payload.writes)
    if not retrying:
        retry_quarantine(store)
    return summary


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


def retry_quarantine(store: Store) -> int:
    """Try quarantined bundles again (a roster came, an upgrade...); returns how many applied."""
    folder = store.path.parent / QUARANTINE_FOLDER
    applied = 0
    for bundle_file in sorted(folder.glob("*.carebundle")) if folder.is_dir() else []:
        if note_reason(bundle_file).startswith("refused-"):
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


def inspect_bundle(store: Store, path: Path) -> Inspection:
    """Verify and describe a bundle without merging it (nothing is written)."""
    try:
        data = path.read_bytes()
    except OSError:
        raise BundleFileError(path=str(path)) from None
    try:
        sealed = fmt.unpack(data)
    except fmt.BundleError as error:
        raise refuse(path, error.code) from None
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
            raise refuse(path, error.code) from None
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
