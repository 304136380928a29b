"""Who may talk to the relay: the devices of the pinned office card and the office's roster,
the nonces already used, each device's rate of requests, failed authentications per client
address, and the uploads in progress."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

from care_desktop.sync import minisign, relay_auth
from care_desktop.sync.trust import Card, Roster


@dataclass(frozen=True, slots=True)
class Device:
    device_id: str
    public_key: minisign.PublicKey  # `.key`: the raw Ed25519 key that signs requests and bundles
    active: bool
    office: bool


def canonical(document: Any) -> bytes:
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


class Registry:
    """The devices the relay knows, from the office card and one verified roster (immutable:
    a new roster makes a new registry)."""

    def __init__(
        self, office: Card, roster: Roster | None = None, body: bytes | None = None
    ) -> None:
        self.office = office
        self.version = roster.version if roster is not None else None
        self.body = body  # canonical JSON of the roster's signed part, to compare
        self._devices: dict[str, Device] = {}
        for entry in roster.devices if roster is not None else ():
            if not relay_auth.is_device_id(entry.card.device_id):  # never a path: checked again
                raise ValueError("a roster device id is not a UUID")
            self._devices[entry.card.device_id] = Device(
                entry.card.device_id,
                entry.card.public_key,
                active=entry.status == "active",
                office=False,
            )
        # the pinned card wins over anything a roster says about the office
        self._devices[office.device_id] = Device(
            office.device_id, office.public_key, active=True, office=True
        )

    def device(self, device_id: str) -> Device | None:
        return self._devices.get(device_id)

    def may_receive(self, device_id: str) -> bool:
        device = self._devices.get(device_id)
        return device is not None and device.active

    def may_address(self, sender: Device, recipient: str) -> bool:
        """A field device sends to the office only; the office to any device (whether that one
        is active is `may_receive`)."""
        return sender.office or recipient == self.office.device_id


class NonceBook:
    """Nonces already used, per device, with the time they were signed at. One whose time is
    outside the window is forgotten: a request signed then is refused as stale anyway."""

    def __init__(self, window: int = relay_auth.WINDOW) -> None:
        self.window = window
        self._seen: dict[str, dict[str, int]] = {}
        self._pruned: dict[str, float] = {}

    def seen(self, device: str, nonce: str) -> bool:
        return nonce in self._seen.get(device, {})

    def record(self, device: str, nonce: str, signed_at: int, now: float) -> bool:
        """Remember the nonce; False when it was already used."""
        nonces = self._seen.setdefault(device, {})
        if nonce in nonces:
            return False
        nonces[nonce] = signed_at
        if now - self._pruned.get(device, 0.0) >= 1.0:
            oldest = now - self.window
            self._seen[device] = {n: t for n, t in nonces.items() if t >= oldest}
            self._pruned[device] = now
        return True


class RateLimiter:
    """A token bucket per key (a device, or a client address): `rate` requests a second, bursts
    of `burst`. Buckets that have filled up again are forgotten now and then, so that the keys
    of a crowd of addresses do not pile up."""

    def __init__(self, rate: float, burst: float) -> None:
        self.rate = rate
        self.burst = burst
        self._buckets: dict[str, tuple[float, float]] = {}  # key → (tokens, at)
        self._pruned = 0.0

    def take(self, key: str, now: float) -> int:
        """0 when the request may go ahead, else the seconds to wait."""
        if now - self._pruned >= 60.0:
            self._prune(now)
        tokens, at = self._buckets.get(key, (self.burst, now))
        tokens = min(self.burst, tokens + (now - at) * self.rate)
        if tokens >= 1.0:
            self._buckets[key] = (tokens - 1.0, now)
            return 0
        self._buckets[key] = (tokens, now)
        return max(1, math.ceil((1.0 - tokens) / self.rate))

    def _prune(self, now: float) -> None:
        full = self.burst / self.rate  # seconds for an empty bucket to fill up
        self._buckets = {k: v for k, v in self._buckets.items() if now - v[1] < full}
        self._pruned = now


class UploadSlots:
    """Uploads in progress (request bodies being received and checked): at most `per_device`
    for one device and `total` in all. Used on the event loop only."""

    def __init__(self, per_device: int, total: int) -> None:
        self.per_device = per_device
        self.total = total
        self._busy: dict[str, int] = {}
        self._count = 0

    def acquire(self, device: str) -> str | None:
        """None when the upload may start (release it afterwards), else why not: "device" (this
        device has `per_device` under way) or "total"."""
        if self._busy.get(device, 0) >= self.per_device:
            return "device"
        if self._count >= self.total:
            return "total"
        self._busy[device] = self._busy.get(device, 0) + 1
        self._count += 1
        return None

    def release(self, device: str) -> None:
        left = self._busy[device] - 1
        if left:
            self._busy[device] = left
        else:
            del self._busy[device]
        self._count -= 1
