"""This device's key pairs: Ed25519 to sign bundles (minisign format), X25519 to receive them (age).

Made once at set-up inside the encrypted database; private keys never leave the device.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)
from pyrage import x25519


@dataclass(frozen=True, slots=True)
class DeviceKeyPairs:
    signing_secret: bytes  # 32-byte Ed25519 seed
    signing_public: bytes  # 32 bytes
    minisign_key_id: bytes  # 8 random bytes, minisign's key number
    age_identity: str  # AGE-SECRET-KEY-1...
    age_recipient: str  # age1...


def generate_device_keys() -> DeviceKeyPairs:
    signing = Ed25519PrivateKey.generate()
    identity = x25519.Identity.generate()
    return DeviceKeyPairs(
        signing_secret=signing.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()),
        signing_public=signing.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw),
        minisign_key_id=secrets.token_bytes(8),
        age_identity=str(identity),
        age_recipient=str(identity.to_public()),
    )


def minisign_public_key(public: bytes, key_id: bytes) -> str:
    """The base64 line of a minisign public key: "Ed", key id (little-endian), key."""
    return base64.b64encode(b"Ed" + key_id + public).decode("ascii")


def fingerprint(public: bytes) -> str:
    """A short, comparable fingerprint of a public key: 8 groups of 4 hex digits."""
    digest = hashlib.sha256(public).hexdigest()[:32].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))
