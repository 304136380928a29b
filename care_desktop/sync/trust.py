"""Identity cards and the office's signed device roster.

A card is a device's public identity (ids, role, office, scope, keys). Cards travel over any
channel; what makes one trusted is the fingerprint, read aloud or compared on both screens.
The roster is the office's signed list of enrolled devices, their country scope and status; it
travels in office bundles, and a device never accepts a roster older than the one it has.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from care_desktop.sync import minisign, relay_auth
from care_desktop.sync.bundle import strict_json

CARD_FORMAT = "care-identity"
ROSTER_FORMAT = "care-roster"
MAX_DEVICES = 5_000


class TrustError(ValueError):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def fingerprint(signing_key: str, age_recipient: str) -> str:
    """Eight groups of four hex digits over both public keys: compared by people."""
    digest = hashlib.sha256(f"{signing_key}\n{age_recipient}".encode()).hexdigest()[:32].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


@dataclass(frozen=True)
class Card:
    device_id: str
    role: str
    office: str
    countries: tuple[str, ...]
    signing_key: str  # minisign public key, base64
    age_recipient: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.signing_key, self.age_recipient)

    @property
    def public_key(self) -> minisign.PublicKey:
        return minisign.PublicKey.decode(self.signing_key)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": CARD_FORMAT,
            "version": 1,
            "device_id": self.device_id,
            "role": self.role,
            "office": self.office,
            "countries": list(self.countries),
            "signing_key": self.signing_key,
            "age_recipient": self.age_recipient,
            "fingerprint": self.fingerprint,
        }

    @classmethod
    def from_json(cls, raw: Any) -> Card:
        if not isinstance(raw, dict) or raw.get("format") != CARD_FORMAT:
            raise TrustError("not-a-card")
        device_id = raw.get("device_id")
        # a lowercase UUID: device ids name files and folders (outbox, relay mailboxes)
        if not isinstance(device_id, str) or not relay_auth.is_device_id(device_id):
            raise TrustError("not-a-card")
        try:
            card = cls(
                device_id=device_id,
                role=str(raw["role"]),
                office=str(raw["office"])[:200],
                countries=tuple(str(c)[:3] for c in raw["countries"][:300]),
                signing_key=str(raw["signing_key"]),
                age_recipient=str(raw["age_recipient"]),
            )
            card.public_key  # noqa: B018 - validates the key's encoding
        except (KeyError, TypeError, minisign.SignatureFormatError):
            raise TrustError("not-a-card") from None
        if card.role not in ("field", "coordinator") or not card.age_recipient.startswith("age1"):
            raise TrustError("not-a-card")
        if raw.get("fingerprint") not in (None, card.fingerprint):
            raise TrustError("fingerprint")
        return card


def parse_card(data: bytes) -> Card:
    if len(data) > 64_000:
        raise TrustError("not-a-card")
    try:
        return Card.from_json(strict_json(data))
    except ValueError as error:
        if isinstance(error, TrustError):
            raise
        raise TrustError("not-a-card") from None


@dataclass(frozen=True)
class RosterEntry:
    card: Card
    status: str  # active | revoked
    cutoff: int | None = None  # revoked: the last bundle sequence still accepted

    def to_json(self) -> dict[str, Any]:
        return {**self.card.to_json(), "status": self.status, "cutoff": self.cutoff}


@dataclass(frozen=True)
class Roster:
    version: int
    office: Card
    escrow: str | None
    devices: tuple[RosterEntry, ...] = field(default_factory=tuple)

    def body(self) -> dict[str, Any]:
        return {
            "format": ROSTER_FORMAT,
            "version": self.version,
            "office": self.office.to_json(),
            "escrow": self.escrow,
            "devices": [
                entry.to_json() for entry in sorted(self.devices, key=lambda e: e.card.device_id)
            ],
        }

    def entry(self, device_id: str) -> RosterEntry | None:
        return next((e for e in self.devices if e.card.device_id == device_id), None)


def _canonical(document: Mapping[str, Any]) -> bytes:
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def sign_roster(roster: Roster, seed: bytes, key_id: bytes) -> dict[str, Any]:
    body = roster.body()
    comment = json.dumps({"f": ROSTER_FORMAT, "version": roster.version}, separators=(",", ":"))
    return {"roster": body, "signature": minisign.sign(seed, key_id, _canonical(body), comment)}


def verify_roster(document: Any, office_key: minisign.PublicKey) -> Roster:
    """A roster signed by the pinned office key, or TrustError."""
    if not isinstance(document, dict) or not isinstance(document.get("roster"), dict):
        raise TrustError("roster-malformed")
    body = document["roster"]
    try:
        comment = minisign.verify(office_key, _canonical(body), str(document.get("signature")))
    except (minisign.BadSignatureError, minisign.SignatureFormatError):
        raise TrustError("roster-signature") from None
    try:
        stated = json.loads(comment)
        version = int(body["version"])
        if stated.get("version") != version or body.get("format") != ROSTER_FORMAT:
            raise TrustError("roster-malformed")
        devices: Sequence[Any] = body["devices"]
        if len(devices) > MAX_DEVICES:
            raise TrustError("roster-malformed")
        entries = tuple(
            RosterEntry(
                Card.from_json(raw),
                str(raw["status"]),
                int(raw["cutoff"]) if raw.get("cutoff") is not None else None,
            )
            for raw in devices
        )
        escrow = body.get("escrow")
        return Roster(
            version, Card.from_json(body["office"]), str(escrow) if escrow else None, entries
        )
    except (KeyError, TypeError, ValueError) as error:
        if isinstance(error, TrustError):
            raise
        raise TrustError("roster-malformed") from None
