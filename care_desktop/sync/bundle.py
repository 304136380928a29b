"""The bundle file: a tar archive of `bundle.age` (the age-encrypted payload) and
`bundle.age.minisig` (its minisign signature, whose trusted comment is the signed header).

Auditors check one with standard tools (docs/bundle-format.md):
    tar -xf X.carebundle && minisign -Vm bundle.age -P SENDER_KEY && age -d -i KEY bundle.age

Every size, count and nesting is bounded before anything expensive happens: the file size before
the archive is read, the signature before decryption, the decompressed size while inflating,
the structure of the payload before any value is used.
"""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO

import pyrage
from pyrage import x25519

from care_desktop.sync import minisign

FORMAT = "care-bundle"
FORMAT_VERSION = 1
MIN_FORMAT_VERSION = 1  # older formats are refused (no downgrade to an older parser)
PAYLOAD_NAME = "bundle.age"
SIGNATURE_NAME = "bundle.age.minisig"
MAX_BUNDLE_BYTES = 256 * 1024 * 1024
MAX_PAYLOAD_BYTES = 1024 * 1024 * 1024  # decompressed
MAX_RATIO = 200  # decompressed / compressed: beyond this it is a bomb, not data
MAX_WRITES = 2_000_000
MAX_ATTACHMENTS = 10_000
MAX_RECIPIENTS = 8
MAX_VALUE_CHARS = 100_000


class BundleError(ValueError):
    """A bundle that cannot be accepted; `code` says why (docs/bundle-format.md)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True, slots=True)
class Header:
    """The signed part that can be read before decryption."""

    sender: str
    recipients: tuple[str, ...]  # device ids
    seq: int
    data_model: str
    min_reader: str
    format_version: int = FORMAT_VERSION

    def comment(self) -> str:
        return json.dumps(
            {
                "f": FORMAT,
                "v": self.format_version,
                "from": self.sender,
                "to": list(self.recipients),
                "seq": self.seq,
                "model": self.data_model,
                "min_reader": self.min_reader,
            },
            sort_keys=True,
            separators=(",", ":"),
        )

    @classmethod
    def parse(cls, comment: str) -> Header:
        try:
            raw = strict_json(comment.encode("utf-8"))
        except BundleError:
            raise BundleError("header", "the signed header is not JSON") from None
        if not isinstance(raw, dict) or raw.get("f") != FORMAT:
            raise BundleError("header", "not a CARE bundle")
        try:
            header = cls(
                sender=_text(raw["from"], 36),
                recipients=tuple(_text(r, 36) for r in _list(raw["to"], MAX_RECIPIENTS)),
                seq=_int(raw["seq"]),
                data_model=_text(raw["model"], 16),
                min_reader=_text(raw["min_reader"], 16),
                format_version=_int(raw["v"]),
            )
        except (KeyError, TypeError, ValueError):
            raise BundleError("header", "the signed header is incomplete") from None
        if header.format_version < MIN_FORMAT_VERSION:
            raise BundleError("downgrade", f"format {header.format_version} is no longer accepted")
        if header.format_version > FORMAT_VERSION:
            raise BundleError("newer-format", f"format {header.format_version}")
        return header


def _text(value: Any, limit: int) -> str:
    if not isinstance(value, str) or not value or len(value) > limit:
        raise ValueError("text expected")
    return value


def _int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError("integer expected")
    return value


def _list(value: Any, limit: int) -> list[Any]:
    if not isinstance(value, list) or len(value) > limit:
        raise ValueError("list expected")
    return value


def strict_json(data: bytes) -> Any:
    """JSON without duplicate keys, NaN or Infinity, and without absurd nesting."""

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(items)
        if len(result) != len(items):  # a key given twice: which one would count?
            raise BundleError("malformed", "duplicate key")
        return result

    def constant(name: str) -> Any:
        raise BundleError("malformed", f"{name} is not allowed")

    try:
        return json.loads(data, object_pairs_hook=pairs, parse_constant=constant)
    except RecursionError:
        raise BundleError("malformed", "nested too deeply") from None
    except (ValueError, UnicodeDecodeError) as error:
        if isinstance(error, BundleError):
            raise
        raise BundleError("malformed", "not JSON") from None


# --- sealing -----------------------------------------------------------------------------------


_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def encode(value: Any) -> str:
    """`value` as the payload's JSON text (compact, sorted keys, UTF-8 as it is)."""
    return _ENCODER.encode(value)


@dataclass(frozen=True, slots=True)
class Encoded:
    """A JSON array given as the texts of its items, each already encoded with the payload's
    encoder (compact, sorted keys): a large bundle's writes are laid into the payload one at a
    time, never held all at once as objects nor as one text (bench/sync_bench.py)."""

    items: Sequence[str]


def _deflate(document: Mapping[str, Any]) -> bytes:
    """The payload as compact JSON with sorted keys, gzip-compressed as it is written (the
    same text as encoding the whole document at once)."""
    compressor = zlib.compressobj(6, zlib.DEFLATED, 16 + zlib.MAX_WBITS)  # gzip, no name, mtime 0
    parts: list[bytes] = []
    pending: list[str] = ["{"]

    def put(text: str) -> None:
        pending.append(text)
        if len(pending) >= 512:
            parts.append(compressor.compress("".join(pending).encode("utf-8")))
            pending.clear()

    for number, key in enumerate(sorted(document)):
        value = document[key]
        put(("," if number else "") + _ENCODER.encode(key) + ":")
        if isinstance(value, Encoded):
            put("[")
            for index, item in enumerate(value.items):
                put("," + item if index else item)
            put("]")
        else:
            put(_ENCODER.encode(value))
    put("}")
    parts.append(compressor.compress("".join(pending).encode("utf-8")))
    parts.append(compressor.flush())
    return b"".join(parts)


def _tar(members: Sequence[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.USTAR_FORMAT) as archive:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mode = 0o600
            info.mtime = 0
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def seal(
    header: Header,
    payload: Mapping[str, Any],
    *,
    seed: bytes,
    key_id: bytes,
    age_recipients: Sequence[str],
) -> bytes:
    """Encrypt the payload to the recipients (and escrow), sign it with the header, pack it."""
    recipients = [x25519.Recipient.from_str(r) for r in age_recipients]
    encrypted = pyrage.encrypt(_deflate(payload), recipients)
    signature = minisign.sign(seed, key_id, encrypted, header.comment())
    return _tar([(PAYLOAD_NAME, encrypted), (SIGNATURE_NAME, signature.encode("utf-8"))])


# --- opening -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Sealed:
    encrypted: bytes
    signature: str
    header: Header  # not yet verified


def unpack(data: bytes) -> Sealed:
    """The two members of a bundle file, strictly: nothing else, nothing extracted to disk."""
    if len(data) > MAX_BUNDLE_BYTES:
        raise BundleError("too-large", f"{len(data)} bytes")
    try:
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:") as archive:
            members = archive.getmembers()
            names = [m.name for m in members]
            if sorted(names) != sorted([PAYLOAD_NAME, SIGNATURE_NAME]) or not all(
                m.isfile() for m in members
            ):
                raise BundleError("malformed", "unexpected members")
            contents = {}
            for member in members:
                handle = archive.extractfile(member)
                if handle is None:
                    raise BundleError("malformed", "unreadable member")
                contents[member.name] = handle.read(MAX_BUNDLE_BYTES + 1)
                if len(contents[member.name]) != member.size:
                    raise BundleError("truncated", member.name)
    except (tarfile.TarError, EOFError, OSError):
        raise BundleError("malformed", "not a bundle archive") from None
    _check_slack(data, members)
    try:
        signature = contents[SIGNATURE_NAME].decode("utf-8")
        parsed = minisign.parse(signature)
    except (UnicodeDecodeError, minisign.SignatureFormatError):
        raise BundleError("malformed", "not a minisign signature") from None
    return Sealed(contents[PAYLOAD_NAME], signature, Header.parse(parsed.trusted_comment))


def _check_slack(data: bytes, members: Sequence[tarfile.TarInfo]) -> None:
    """Every byte tar ignores (a member's padding, the end blocks, what follows) must be zero,
    so that no byte of the file can change without the bundle being refused."""
    used = sorted((m.offset, m.offset_data, m.offset_data + m.size) for m in members)
    cursor = 0
    for offset, _, content_end in used:
        if offset != cursor:
            raise BundleError("malformed", "unexpected archive layout")
        padded = offset + 512 + ((content_end - offset - 512) + 511) // 512 * 512
        if data[content_end:padded].strip(b"\0"):
            raise BundleError("malformed", "bytes in a member's padding")
        cursor = padded
    if data[cursor:].strip(b"\0"):
        raise BundleError("malformed", "bytes after the archive")


def read_signed_header(
    handle: BinaryIO, size: int, *, hash_payload: bool = True
) -> tuple[Header, str, bytes]:
    """The header, the signature and the BLAKE2b-512 digest of the encrypted payload of a bundle
    file, read in pieces (for the relay, which stores bundles it cannot decrypt and must not
    hold whole in memory). The recipient checks the rest when it imports the bundle. Without
    `hash_payload` the digest is empty: the header only, for sorting and addressing."""
    if size > MAX_BUNDLE_BYTES:
        raise BundleError("too-large", f"{size} bytes")
    digest = hashlib.blake2b(digest_size=64)
    signature = b""
    try:
        with tarfile.open(fileobj=handle, mode="r:") as archive:
            members = archive.getmembers()
            if sorted(m.name for m in members) != sorted([PAYLOAD_NAME, SIGNATURE_NAME]) or not all(
                m.isfile() for m in members
            ):
                raise BundleError("malformed", "unexpected members")
            for member in members:
                source = archive.extractfile(member)
                if source is None:
                    raise BundleError("malformed", "unreadable member")
                read = 0
                if member.name == SIGNATURE_NAME:
                    signature = source.read(minisign.MAX_COMMENT + 2048)
                    read = len(signature)
                elif hash_payload:
                    while chunk := source.read(1 << 20):
                        digest.update(chunk)
                        read += len(chunk)
                else:  # only the header is wanted: the payload is not read at all
                    read = member.size
                if read != member.size:
                    raise BundleError("truncated", member.name)
    except (tarfile.TarError, EOFError, OSError):
        raise BundleError("malformed", "not a bundle archive") from None
    try:
        text = signature.decode("utf-8")
        parsed = minisign.parse(text)
    except (UnicodeDecodeError, minisign.SignatureFormatError):
        raise BundleError("malformed", "not a minisign signature") from None
    return Header.parse(parsed.trusted_comment), text, digest.digest()


def verify(sealed: Sealed, public_key: minisign.PublicKey) -> Header:
    try:
        minisign.verify(public_key, sealed.encrypted, sealed.signature)
    except minisign.BadSignatureError:
        raise BundleError("signature", "the signature does not verify") from None
    except minisign.SignatureFormatError:
        raise BundleError("malformed", "not a minisign signature") from None
    return sealed.header


def _inflate(data: bytes) -> bytes:
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    limit = min(MAX_PAYLOAD_BYTES, max(len(data), 1) * MAX_RATIO)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error:
        raise BundleError("malformed", "payload is not compressed data") from None
    if len(out) > limit or inflater.unconsumed_tail:
        raise BundleError("too-large", "payload inflates beyond its bounds (compression bomb)")
    if not inflater.eof:
        raise BundleError("truncated", "payload ends early")
    return out


def decrypt(sealed: Sealed, identity: str) -> dict[str, Any]:
    """Decrypt, inflate (bounded) and parse (strictly) the payload."""
    try:
        plain = pyrage.decrypt(sealed.encrypted, [x25519.Identity.from_str(identity)])
    except pyrage.DecryptError:
        raise BundleError("not-for-us", "this device cannot decrypt it") from None
    document = strict_json(_inflate(plain))
    if not isinstance(document, dict):
        raise BundleError("malformed", "payload is not an object")
    return document
