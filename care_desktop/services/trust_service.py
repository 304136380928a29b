"""Whom this device trusts: its own identity card, enrolment, the signed roster, revocation."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from care_desktop.db.models import Device, DeviceKey
from care_desktop.db.store import Store
from care_desktop.db.sync_tables import bundles, peers, rosters, sync_state
from care_desktop.domain.countries import normalise_country
from care_desktop.domain.errors import UserFacingError
from care_desktop.domain.roles import Role
from care_desktop.services.unit_of_work import reading, writing
from care_desktop.sync import minisign
from care_desktop.sync.keys import minisign_public_key
from care_desktop.sync.trust import Card, Roster, RosterEntry, TrustError, parse_card, sign_roster


class CardUnreadableError(UserFacingError):
    template = (
        "{path} is not a CARE Desktop identity card. Ask for the file that "
        "`care identity export` writes."
    )


class FingerprintMismatchError(UserFacingError):
    template = (
        "The fingerprint does not match: {actual} here, {expected} given. Do not enrol this "
        "device; check with the other side by phone or in person."
    )


class WrongCardRoleError(UserFacingError):
    template = (
        "A field device can only pin the office (a coordinator's card), and the office enrols "
        "field devices. This card is of a {role} device."
    )


class OtherOfficePinnedError(UserFacingError):
    template = (
        "This device already trusts another office ({fingerprint}). Set it up again to move it "
        "to a new office."
    )


class UnknownDeviceError(UserFacingError):
    template = "No enrolled device {device}. See `care devices list`."


class CoordinatorOnlyError(UserFacingError):
    template = "Only the office (a coordinator's device) can do this."


class NoOfficeError(UserFacingError):
    template = (
        "This device has not pinned its office yet. Run `care enroll` with the office's card."
    )


@dataclass(frozen=True, slots=True)
class Keys:
    seed: bytes
    key_id: bytes
    public: bytes
    age_identity: str
    age_recipient: str

    @property
    def public_key(self) -> minisign.PublicKey:
        return minisign.PublicKey(self.key_id, self.public)


@dataclass(frozen=True, slots=True)
class DeviceRow:
    device_id: str
    role: str
    office: str
    countries: tuple[str, ...]
    status: str
    cutoff: int | None
    fingerprint: str


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def keys(session: Session) -> Keys:
    rows = {
        row.purpose: row
        for row in session.scalars(select(DeviceKey).where(DeviceKey.retired_at.is_(None)))
    }
    signing, encryption = rows["signing"], rows["encryption"]
    return Keys(
        seed=signing.secret_key,
        key_id=signing.key_id or b"",
        public=signing.public_key,
        age_identity=encryption.secret_key.decode(),
        age_recipient=encryption.public_key.decode(),
    )


def own_card(session: Session) -> Card:
    device = session.execute(select(Device)).scalar_one()
    own = keys(session)
    return Card(
        device_id=device.id,
        role=device.role,
        office=device.office,
        countries=tuple(json.loads(device.countries)),
        signing_key=minisign_public_key(own.public, own.key_id),
        age_recipient=own.age_recipient,
    )


def role(session: Session) -> Role:
    return Role(session.execute(select(Device.role)).scalar_one())


def identity(store: Store) -> Card:
    with reading(store) as work:
        return own_card(work.session)


def export_identity(store: Store, out: Path) -> Card:
    card = identity(store)
    out.write_text(
        json.dumps(card.to_json(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return card


def _state(session: Session, key: str) -> str | None:
    value: str | None = session.execute(
        select(sync_state.c.value).where(sync_state.c.key == key)
    ).scalar()
    return value


def set_state(session: Session, key: str, value: str) -> None:
    if _state(session, key) is None:
        session.execute(insert(sync_state).values(key=key, value=value))
    else:
        session.execute(update(sync_state).where(sync_state.c.key == key).values(value=value))


def escrow(session: Session) -> str | None:
    return _state(session, "escrow")


def _peer_card(row: object) -> Card:
    return Card(
        device_id=row.device_id,  # type: ignore[attr-defined]
        role=row.role,  # type: ignore[attr-defined]
        office=row.office,  # type: ignore[attr-defined]
        countries=tuple(json.loads(row.countries)),  # type: ignore[attr-defined]
        signing_key=row.signing_key,  # type: ignore[attr-defined]
        age_recipient=row.age_recipient,  # type: ignore[attr-defined]
    )


def peer(session: Session, device_id: str) -> tuple[Card, str, int | None] | None:
    row = session.execute(select(peers).where(peers.c.device_id == device_id)).first()
    if row is None:
        return None
    return _peer_card(row), row.status, row.cutoff


def office(session: Session) -> Card | None:
    row = session.execute(select(peers).where(peers.c.status == "office")).first()
    return None if row is None else _peer_card(row)


def current_roster(session: Session) -> tuple[int, dict[str, object]] | None:
    row = session.execute(select(rosters).order_by(rosters.c.version.desc()).limit(1)).first()
    return None if row is None else (int(row.version), json.loads(row.document))


def _save_peer(session: Session, card: Card, status: str, cutoff: int | None = None) -> None:
    values = {
        "role": card.role,
        "office": card.office,
        "countries": json.dumps(list(card.countries)),
        "signing_key": card.signing_key,
        "age_recipient": card.age_recipient,
        "status": status,
        "cutoff": cutoff,
    }
    if session.execute(
        select(peers.c.device_id).where(peers.c.device_id == card.device_id)
    ).first():
        session.execute(update(peers).where(peers.c.device_id == card.device_id).values(**values))
    else:
        session.execute(insert(peers).values(device_id=card.device_id, since=_now(), **values))


def issue_roster(session: Session) -> int:
    """A new signed roster version from the peers table (office only)."""
    own = keys(session)
    current = current_roster(session)
    version = (current[0] if current else 0) + 1
    entries = tuple(
        RosterEntry(_peer_card(row), "revoked" if row.status == "revoked" else "active", row.cutoff)
        for row in session.execute(select(peers).where(peers.c.status != "office"))
    )
    roster = Roster(version, own_card(session), escrow(session), entries)
    document = sign_roster(roster, own.seed, own.key_id)
    session.execute(
        insert(rosters).values(version=version, document=json.dumps(document), received_at=_now())
    )
    return version


def accept_roster(session: Session, roster: Roster, document: dict[str, object]) -> None:
    """A field device takes a newer roster from its office (verified by the caller)."""
    session.execute(
        insert(rosters).values(
            version=roster.version, document=json.dumps(document), received_at=_now()
        )
    )
    if roster.escrow:
        set_state(session, "escrow", roster.escrow)


def enroll(
    store: Store,
    card_file: Path,
    countries: tuple[str, ...] = (),
    *,
    expected_fingerprint: str | None = None,
) -> Card:
    """Office: enrol a field device with its country scope. Field device: pin the office."""
    try:
        card = parse_card(card_file.read_bytes())
    except (OSError, TrustError):
        raise CardUnreadableError(path=str(card_file)) from None
    if expected_fingerprint is not None:
        given = " ".join(
            expected_fingerprint.upper().replace(" ", "")[i : i + 4] for i in range(0, 32, 4)
        )
        if given != card.fingerprint:
            raise FingerprintMismatchError(actual=card.fingerprint, expected=expected_fingerprint)
    scope = tuple(dict.fromkeys(normalise_country(c) for c in countries)) or card.countries
    with writing(store) as work:
        session = work.session
        if role(session) is Role.COORDINATOR:
            if card.role != Role.FIELD:
                raise WrongCardRoleError(role=card.role)
            scoped = Card(
                card.device_id, card.role, card.office, scope, card.signing_key, card.age_recipient
            )
            _save_peer(session, scoped, "enrolled")
            issue_roster(session)
            return scoped
        if card.role != Role.COORDINATOR:
            raise WrongCardRoleError(role=card.role)
        pinned = office(session)
        if pinned is not None and pinned.fingerprint != card.fingerprint:
            raise OtherOfficePinnedError(fingerprint=pinned.fingerprint)
        _save_peer(session, card, "office")
        return card


def revoke(store: Store, device_id: str, cutoff: int | None = None) -> int:
    """Revoke a device; its bundles after `cutoff` (default: the last received) are quarantined."""
    with writing(store) as work:
        session = work.session
        if role(session) is not Role.COORDINATOR:
            raise CoordinatorOnlyError()
        found = peer(session, device_id)
        if found is None or found[1] == "office":
            raise UnknownDeviceError(device=device_id[:36])
        if cutoff is None:
            last = session.execute(
                select(bundles.c.seq)
                .where(bundles.c.sender == device_id, bundles.c.direction == "in")
                .order_by(bundles.c.seq.desc())
                .limit(1)
            ).scalar()
            cutoff = int(last or 0)
        _save_peer(session, found[0], "revoked", cutoff)
        issue_roster(session)
        return cutoff


def devices(store: Store) -> list[DeviceRow]:
    with reading(store) as work:
        return [
            DeviceRow(
                row.device_id,
                row.role,
                row.office,
                tuple(json.loads(row.countries)),
                row.status,
                row.cutoff,
                _peer_card(row).fingerprint,
            )
            for row in work.session.execute(
                select(peers).order_by(peers.c.office, peers.c.device_id)
            )
        ]


def check_escrow(recipient: str) -> None:
    from pyrage import x25519  # noqa: PLC0415

    try:
        x25519.Recipient.from_str(recipient)
    except Exception:  # noqa: BLE001 - pyrage raises its own types
        raise EscrowRecipientError() from None


def set_escrow(store: Store, recipient: str) -> None:
    """The office's escrow recipient: every bundle of every device is also encrypted to it."""
    check_escrow(recipient)
    with writing(store) as work:
        set_state(work.session, "escrow", recipient)
        if role(work.session) is Role.COORDINATOR:
            issue_roster(work.session)


class EscrowRecipientError(UserFacingError):
    template = "This is not an age public key (it starts with age1). Check the escrow recipient."


def read_card(card_file: Path) -> Card:
    """An identity card file, to show its office and fingerprint before enrolling it."""
    try:
        return parse_card(card_file.read_bytes())
    except (OSError, TrustError):
        raise CardUnreadableError(path=str(card_file)) from None
