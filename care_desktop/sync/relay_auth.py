"""Signed requests to the relay: every request says which device sends it and proves it.

A device signs, with the Ed25519 key of its identity card (the key minisign checks its bundles
with), one line per part of the request:

    CARE-RELAY-1
    METHOD
    /path?query
    device id
    unix time in seconds
    nonce (32 lowercase hex digits, fresh for every request)
    sha256 of the body, lowercase hex (of no bytes for a request without a body)

and sends it in one header:

    Authorization: CARE-Ed25519 device=ID,time=T,nonce=N,signature=BASE64

The relay accepts a time within `WINDOW` seconds of its own clock, and each nonce once; it answers
every request with its clock in `X-Care-Time` so that a device whose clock is wrong can correct
the time it signs with (it never changes the device's clock). See docs/relay.md.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import ipaddress
import re
import secrets
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

SCHEME = "CARE-Ed25519"
VERSION_LINE = "CARE-RELAY-1"
WINDOW = 300  # seconds either side of the relay's clock
TIME_HEADER = "X-Care-Time"
# a request with a body also states the body's SHA-256 here, so that the relay checks the
# signature before it reads the body (and compares the hash once it has read it)
BODY_HEADER = "X-Care-Content-SHA256"
EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()

_DEVICE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
_NONCE = re.compile(r"[0-9a-f]{32}\Z")
_DIGEST = re.compile(r"[0-9a-f]{64}\Z")
_HEADER = re.compile(
    r"CARE-Ed25519 device=([^,\s]{1,64}),time=(\d{1,12}),nonce=([^,\s]{1,64}),"
    r"signature=([A-Za-z0-9+/=]{1,128})\Z"
)


class AuthFormatError(ValueError):
    """The Authorization header is missing or not in our format."""


@dataclass(frozen=True, slots=True)
class SignedRequest:
    device: str
    time: int
    nonce: str
    signature: bytes


def is_loopback(host: str) -> bool:
    """This computer: where plain HTTP is allowed (tests, a relay on the same machine)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def is_device_id(text: str) -> bool:
    return bool(_DEVICE.match(text))


def is_sha256(text: str) -> bool:
    return bool(_DIGEST.match(text))


def message(
    method: str, target: str, *, device: str, time: int, nonce: str, body_sha256: str
) -> bytes:
    """The exact bytes a device signs."""
    return "\n".join(
        (VERSION_LINE, method.upper(), target, device, str(time), nonce, body_sha256)
    ).encode("utf-8")


def authorization(
    seed: bytes, device: str, *, method: str, target: str, time: int, body_sha256: str
) -> str:
    """The Authorization header for one request (a fresh nonce each call)."""
    nonce = secrets.token_hex(16)
    signature = Ed25519PrivateKey.from_private_bytes(seed).sign(
        message(method, target, device=device, time=time, nonce=nonce, body_sha256=body_sha256)
    )
    encoded = base64.b64encode(signature).decode("ascii")
    return f"{SCHEME} device={device},time={time},nonce={nonce},signature={encoded}"


def parse(header: str | None) -> SignedRequest:
    if not header:
        raise AuthFormatError("no Authorization header")
    match = _HEADER.match(header.strip())
    if match is None:
        raise AuthFormatError("not a CARE-Ed25519 authorization")
    device, time, nonce, encoded = match.groups()
    if not is_device_id(device) or not _NONCE.match(nonce):
        raise AuthFormatError("device id or nonce malformed")
    try:
        signature = base64.b64decode(encoded, validate=True)
    except binascii.Error:
        raise AuthFormatError("signature is not base64") from None
    if len(signature) != 64:
        raise AuthFormatError("signature has the wrong length")
    return SignedRequest(device, int(time), nonce, signature)


def verify(
    request: SignedRequest, public_key: bytes, method: str, target: str, body_sha256: str
) -> bool:
    """True when the device's key signed exactly this request."""
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(
            request.signature,
            message(
                method,
                target,
                device=request.device,
                time=request.time,
                nonce=request.nonce,
                body_sha256=body_sha256,
            ),
        )
    except (InvalidSignature, ValueError):
        return False
    return True
