"""Who may talk to the relay: the devices of the pinned office card and the office's roster,
the nonces already used, and each device's rate of requests."""

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
    """A token bucket per device: `rate` requests a second, bursts of `burst`."""

    def __init__(self, rate: float, burst: float) -> None:
        self.rate = rate
        self.burst = burst
        self._buckets: dict[str, tuple[float, float]] = {}  # device → (tokens, at)

    def take(self, device: str, now: float) -> int:
        """0 when the request may go ahead, else the seconds to wait."""
        tokens, at = self._buckets.get(device, (self.burst, now))
        tokens = min(self.burst, tokens + (now - at) * self.rate)
        if tokens >= 1.0:
            self._buckets[device] = (tokens - 1.0, now)
            return 0
        self._buckets[device] = (tokens, now)
        return max(1, math.ceil((1.0 - tokens) / self.rate))
