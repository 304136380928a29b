"""Ed25519 signatures in minisign's format, so that the standard `minisign` program verifies them.

A signature file has four lines: an untrusted comment, base64("ED" + key id + signature of the
BLAKE2b-512 hash of the file), a trusted comment, and base64(signature of that signature
followed by the trusted comment). The trusted comment is therefore signed too: bundles carry
their header (sender, recipients, sequence, versions) there.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

PREHASHED = b"ED"
UNTRUSTED_COMMENT = "untrusted comment: signature from CARE Desktop"
KEY_ALGORITHM = b"Ed"
MAX_COMMENT = 8192


class SignatureFormatError(ValueError):
    """Not a minisign signature (wrong lines, lengths or algorithm)."""


class BadSignatureError(ValueError):
    """The signature does not verify with this key."""


@dataclass(frozen=True, slots=True)
class PublicKey:
    key_id: bytes  # 8 bytes
    key: bytes  # 32 bytes

    def encoded(self) -> str:
        return base64.b64encode(KEY_ALGORITHM + self.key_id + self.key).decode("ascii")

    def file_text(self) -> str:
        key_hex = self.key_id[::-1].hex().upper()  # minisign prints the little-endian number
        return f"untrusted comment: minisign public key {key_hex}\n{self.encoded()}\n"

    @classmethod
    def decode(cls, text: str) -> PublicKey:
        try:
            raw = base64.b64decode(text.strip().encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError):
            raise SignatureFormatError("public key is not base64") from None
        if len(raw) != 42 or raw[:2] != KEY_ALGORITHM:
            raise SignatureFormatError("not an Ed25519 minisign public key")
        return cls(raw[2:10], raw[10:])


def sign(seed: bytes, key_id: bytes, data: bytes, trusted_comment: str) -> str:
    if "\n" in trusted_comment or "\r" in trusted_comment:
        raise ValueError("a trusted comment is one line")
    private = Ed25519PrivateKey.from_private_bytes(seed)
    signature = private.sign(hashlib.blake2b(data, digest_size=64).digest())
    comment = trusted_comment.encode("utf-8")
    global_signature = private.sign(signature + comment)
    return (
        UNTRUSTED_COMMENT
        + "\n"
        + base64.b64encode(PREHASHED + key_id + signature).decode("ascii")
        + "\n"
        + "trusted comment: "
        + trusted_comment
        + "\n"
        + base64.b64encode(global_signature).decode("ascii")
        + "\n"
    )


@dataclass(frozen=True, slots=True)
class ParsedSignature:
    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes


def parse(text: str, *, strict: bool = True) -> ParsedSignature:
    """The parts of a signature file. `strict`: the untrusted comment, which minisign does not
    sign, must be exactly ours, so that no byte of a bundle can change unnoticed."""
    if len(text) > MAX_COMMENT + 1024:
        raise SignatureFormatError("signature file too long")
    lines = text.split("\n")
    if len(lines) not in (4, 5) or (len(lines) == 5 and lines[4] != ""):
        raise SignatureFormatError("a signature has four lines")
    untrusted, encoded, trusted, encoded_global = lines[:4]
    if not untrusted.startswith("untrusted comment: ") or (
        strict and untrusted != UNTRUSTED_COMMENT
    ):
        raise SignatureFormatError("first line is not our untrusted comment")
    if not trusted.startswith("trusted comment: "):
        raise SignatureFormatError("third line is not a trusted comment")
    try:
        raw = base64.b64decode(encoded.encode("ascii"), validate=True)
        global_signature = base64.b64decode(encoded_global.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise SignatureFormatError("signature is not base64") from None
    if len(raw) != 74 or raw[:2] != PREHASHED or len(global_signature) != 64:
        raise SignatureFormatError("not a prehashed Ed25519 minisign signature")
    return ParsedSignature(
        raw[2:10], raw[10:], trusted[len("trusted comment: ") :], global_signature
    )


def verify(public: PublicKey, data: bytes, text: str) -> str:
    """Verify `text` (a signature file) over `data`; returns the trusted comment."""
    return verify_digest(public, hashlib.blake2b(data, digest_size=64).digest(), text)


def verify_digest(public: PublicKey, digest: bytes, text: str) -> str:
    """`verify` for data already hashed with BLAKE2b-512 (a file read in pieces)."""
    parsed = parse(text)
    if parsed.key_id != public.key_id:
        raise BadSignatureError("signed with another key")
    key = Ed25519PublicKey.from_public_bytes(public.key)
    try:
        key.verify(parsed.signature, digest)
        key.verify(parsed.global_signature, parsed.signature + parsed.trusted_comment.encode())
    except InvalidSignature:
        raise BadSignatureError("signature does not verify") from None
    return parsed.trusted_comment
