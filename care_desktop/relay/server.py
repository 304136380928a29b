"""`care relay serve`: mailboxes of opaque bundles behind signed requests (docs/relay.md).

The relay holds no database and no key that opens a bundle. Every request but the health check
is signed by an enrolled device. A request with a body states the body's SHA-256 in
`X-Care-Content-SHA256`, which the signature covers: the relay checks the declared length, the
device, time, nonce and signature, charges the device's rate and takes an upload slot before it
reads a byte of the body, then compares the body's hash with the declared one. Failed
authentications are charged to the client's address, never to the device they claim to be.
Nothing is stored for a refused request.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import hashlib
import os
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from care_desktop import __version__
from care_desktop.relay.errors import (
    RelayDataDamagedError,
    RelayError,
    bad_bundle,
    bad_request,
    bad_roster,
    forbidden,
)
from care_desktop.relay.guard import (
    Device,
    NonceBook,
    RateLimiter,
    Registry,
    UploadSlots,
    canonical,
)
from care_desktop.relay.request_log import RequestLog, error_response, trace_of
from care_desktop.relay.store import MailboxFullError, Quota, RelayStore, Upload
from care_desktop.sync import bundle, minisign, relay_auth
from care_desktop.sync.trust import Card, Roster, TrustError, verify_roster

MAX_ROSTER_BYTES = 8 * 1024 * 1024
_CHUNK = 1 << 16


DEFAULT_QUOTA = Quota(2048 * 1024 * 1024, 10_000)  # per mailbox: bytes, bundles


@dataclass(frozen=True, slots=True)
class Limits:
    max_upload: int = 256 * 1024 * 1024  # bytes
    quota: Quota = DEFAULT_QUOTA
    rate: float = 20.0  # requests a second per device, bursts of 5 times that
    failed_rate: float = 10.0  # failed authentications a second per client address,
    failed_burst: float = 50.0  # bursts of this many
    uploads_per_device: int = 4  # uploads in progress at once (429 beyond)
    uploads: int = 64  # in all (503 beyond)
    body_timeout: float = 60.0  # seconds a body may make no progress (408 beyond)


# with a refusal whose body has no stated end (chunked, or longer than it said) or stalls: the
# relay closes the connection. A refusal before a body with a Content-Length is read leaves the
# connection open: the server discards the rest of the body (nothing reaches the disk) and the
# device, still sending, can read the answer
_CLOSE = {"Connection": "close"}


def _target(request: Request) -> str:
    """The request target exactly as sent: the raw path, then '?' and the query if any."""
    raw = request.scope.get("raw_path") or request.scope["path"].encode("utf-8")
    query: bytes = request.scope.get("query_string", b"")
    target = raw.decode("latin-1")
    return f"{target}?{query.decode('latin-1')}" if query else target


def _declared_length(request: Request, limit: int) -> int:
    value = request.headers.get("content-length")
    if value is None:
        raise RelayError(411, "length-required", "an upload needs a Content-Length", _CLOSE)
    if not value.isdigit():
        raise RelayError(400, "bad-request", "Content-Length is not a number", _CLOSE)
    if int(value) > limit:  # answered at once; what the device still sends is discarded
        raise RelayError(413, "too-large", f"the limit is {limit} bytes")
    return int(value)


def _declared_sha256(request: Request) -> str:
    value = request.headers.get(relay_auth.BODY_HEADER)
    if value is None or not relay_auth.is_sha256(value):
        raise bad_request(f"{relay_auth.BODY_HEADER} must be the body's SHA-256 in lowercase hex")
    return value


def _no_body(request: Request) -> None:
    if "transfer-encoding" in request.headers or request.headers.get("content-length", "0") != (
        "0"
    ):
        raise bad_request("this request has no body")


async def _receive(
    request: Request,
    sink: Callable[[bytes], None],
    *,
    limit: int,
    length: int,
    sha256: str,
    timeout: float,
) -> None:
    """Read the body into `sink`, counting (a body longer than declared is cut off at the limit
    all the same) and hashing; it must be `length` bytes that hash to `sha256`. A body that makes
    no progress for `timeout` seconds is abandoned."""
    digest = hashlib.sha256()
    size = 0
    more = True
    while more:
        try:
            message = await asyncio.wait_for(request.receive(), timeout)
        except TimeoutError:
            raise RelayError(
                408, "timeout", f"the body made no progress for {timeout:g} s", _CLOSE
            ) from None
        if message["type"] == "http.disconnect":
            raise ClientDisconnect()
        chunk: bytes = message.get("body", b"")
        more = bool(message.get("more_body", False))
        if not chunk:
            continue
        size += len(chunk)
        if size > limit:
            raise RelayError(413, "too-large", f"the limit is {limit} bytes", _CLOSE)
        digest.update(chunk)
        sink(chunk)
    if size != length:
        raise bad_request("the body is not as long as its Content-Length")
    if digest.hexdigest() != sha256:
        raise bad_request(f"the body does not hash to its {relay_auth.BODY_HEADER}")


async def _chunks(handle: BinaryIO) -> AsyncIterator[bytes]:
    try:
        while chunk := await run_in_threadpool(handle.read, _CHUNK):
            yield chunk
    finally:
        handle.close()


@contextlib.contextmanager
def _disk_full_refused() -> Iterator[None]:
    try:
        yield
    except OSError as error:
        if error.errno != errno.ENOSPC:
            raise
        raise RelayError(507, "mailbox-full", "the relay's disk is full") from None


@dataclass(frozen=True, slots=True)
class AcceptedRoster:
    roster: Roster
    body: bytes  # canonical JSON of the signed part, to compare
    document: bytes  # canonical JSON of the whole document, to keep


def _parse_roster(data: bytes, office: Card) -> AcceptedRoster:
    """A roster document signed by the pinned office key and naming that office (in a worker
    thread: up to 8 MiB of JSON and thousands of cards)."""
    try:
        document = bundle.strict_json(data)
        roster = verify_roster(document, office.public_key)
    except (bundle.BundleError, TrustError) as error:
        raise bad_roster(str(error)) from None
    if not all(relay_auth.is_device_id(entry.card.device_id) for entry in roster.devices):
        raise bad_roster("a device id is not a UUID")  # they name mailbox folders
    if (roster.office.device_id, roster.office.signing_key) != (
        office.device_id,
        office.signing_key,
    ):
        raise bad_roster("the roster names another office")
    return AcceptedRoster(roster, canonical(document["roster"]), canonical(document))


def load_registry(store: RelayStore) -> Registry:
    """The registry of the roster kept on disk (checked again: it must still verify)."""
    data = store.load_roster()
    if data is None:
        return Registry(store.office)
    try:
        accepted = _parse_roster(data, store.office)
    except RelayError:
        raise RelayDataDamagedError(path=str(store.roster_path)) from None
    return Registry(store.office, accepted.roster, accepted.body)


class Relay:
    """The relay's state and its request handlers."""

    def __init__(self, store: RelayStore, limits: Limits, *, started: float | None = None) -> None:
        self.store = store
        self.limits = limits
        # requests signed in this second or before are refused: a restart forgets the nonces,
        # and one used just before it must not be accepted again (`serve` waits for the next
        # second before it listens, so that a device signing with X-Care-Time is never refused)
        self.started = int(started if started is not None else time.time())
        self.registry = load_registry(store)
        self.nonces = NonceBook()
        self.limiter = RateLimiter(limits.rate, limits.rate * 5)
        self.failures = RateLimiter(limits.failed_rate, limits.failed_burst)
        self.slots = UploadSlots(limits.uploads_per_device, limits.uploads)
        self._roster_lock = asyncio.Lock()

    @property
    def office(self) -> Card:
        return self.store.office

    # --- authentication -----------------------------------------------------------------------

    def _authenticate(self, request: Request, body_sha256: str) -> Device:
        """Check the request's signature (over `body_sha256`, the hash of its body or of the body
        it declares), record its nonce and charge the device's rate; before any body is read and
        with no await, so nothing changes meanwhile. A failed authentication is charged to the
        client's address: forged requests never use up the allowance of the device they name."""
        now = time.time()
        try:
            signed, device = self._verify(request, body_sha256, now)
        except RelayError as error:
            client = request.client.host if request.client is not None else ""
            wait = self.failures.take(client, now)
            if wait:
                raise RelayError(
                    429,
                    "rate-limited",
                    "too many failed authentications from this address",
                    headers={"Retry-After": str(wait)},
                ) from None
            raise error from None
        wait = self.limiter.take(signed.device, now)
        if wait:
            raise RelayError(
                429, "rate-limited", "too many requests", headers={"Retry-After": str(wait)}
            )
        if not device.active:
            raise RelayError(403, "revoked", "this device is revoked")
        return device

    def _verify(
        self, request: Request, body_sha256: str, now: float
    ) -> tuple[relay_auth.SignedRequest, Device]:
        try:
            signed = relay_auth.parse(request.headers.get("authorization"))
        except relay_auth.AuthFormatError as error:
            raise RelayError(401, "unauthenticated", str(error)) from None
        trace_of(request.scope).device = signed.device[:8]
        device = self.registry.device(signed.device)
        if device is None:
            raise RelayError(401, "unknown-device", "this device is not enrolled")
        if abs(signed.time - now) > relay_auth.WINDOW or signed.time <= self.started:
            raise RelayError(401, "stale-time", "sign with the time in X-Care-Time")
        if self.nonces.seen(signed.device, signed.nonce):
            raise RelayError(401, "replayed", "this nonce was already used")
        target = _target(request)
        if not relay_auth.verify(
            signed, device.public_key.key, request.method, target, body_sha256
        ):
            raise RelayError(401, "bad-signature", "the request signature does not verify")
        self.nonces.record(signed.device, signed.nonce, signed.time, now)
        return signed, device

    def _authenticated(self, request: Request) -> Device:
        """A request without a body, signed by an enrolled device."""
        _no_body(request)
        return self._authenticate(request, relay_auth.EMPTY_SHA256)

    @contextlib.contextmanager
    def _upload_slot(self, device: Device) -> Iterator[None]:
        refused = self.slots.acquire(device.device_id)
        if refused == "device":
            raise RelayError(
                429,
                "rate-limited",
                f"{self.slots.per_device} uploads of this device are in progress",
                headers={"Retry-After": "1"},
            )
        if refused is not None:
            raise RelayError(
                503, "busy", "too many uploads in progress", headers={"Retry-After": "5"}
            )
        try:
            yield
        finally:
            self.slots.release(device.device_id)

    def _body_request(self, request: Request, limit: int) -> tuple[Device, int, str]:
        """The checks of a request with a body, before a byte of it is read: its length, its
        declared hash, and the signature over that hash."""
        length = _declared_length(request, limit)
        declared = _declared_sha256(request)
        return self._authenticate(request, declared), length, declared

    def _own_mailbox(self, request: Request, device: Device) -> str:
        owner = str(request.path_params["device"])
        if not relay_auth.is_device_id(owner):
            raise bad_request("not a device id")
        if owner != device.device_id:
            raise forbidden("another device's mailbox")
        return owner

    # --- handlers -----------------------------------------------------------------------------

    async def health(self, request: Request) -> Response:
        return JSONResponse(
            {
                "status": "ok",
                "service": "care-relay",
                "version": __version__,
                "instance": self.store.instance,
            }
        )

    async def get_roster(self, request: Request) -> Response:
        self._authenticated(request)
        return JSONResponse({"version": self.registry.version})

    async def put_roster(self, request: Request) -> Response:
        device, length, declared = self._body_request(request, MAX_ROSTER_BYTES)
        if not device.office:
            raise forbidden("only the office uploads the roster")
        with self._upload_slot(device):
            body = bytearray()
            await _receive(
                request,
                body.extend,
                limit=MAX_ROSTER_BYTES,
                length=length,
                sha256=declared,
                timeout=self.limits.body_timeout,
            )
            accepted = await run_in_threadpool(_parse_roster, bytes(body), self.office)
        version = accepted.roster.version
        async with self._roster_lock:
            current = self.registry
            if current.version is not None and version <= current.version:
                if version == current.version and accepted.body == current.body:
                    return JSONResponse({"version": version, "changed": False})
                raise RelayError(409, "older-roster", f"the relay has version {current.version}")
            with _disk_full_refused():
                await run_in_threadpool(self.store.save_roster, accepted.document)
            self.registry = Registry(self.office, accepted.roster, accepted.body)
        return JSONResponse({"version": version, "changed": True})

    async def upload(self, request: Request) -> Response:
        device, length, declared = self._body_request(request, self.limits.max_upload)
        with self._upload_slot(device), _disk_full_refused():
            upload = self.store.new_upload()  # creating an empty file: no thread hop for it
            try:
                await _receive(
                    request,
                    upload.write,
                    limit=self.limits.max_upload,
                    length=length,
                    sha256=declared,
                    timeout=self.limits.body_timeout,
                )
                upload.flush()
            except BaseException:
                await run_in_threadpool(upload.discard)
                raise
            stored = await run_in_threadpool(self._accept_and_discard, upload, device)
        return JSONResponse(
            {"sha256": declared, "stored": stored}, status_code=201 if stored else 200
        )

    def _accept_and_discard(self, upload: Upload, device: Device) -> bool:
        """The stored copies are hard links (or copies): the temporary name goes either way."""
        try:
            return self._accept(upload, device, self.registry)
        finally:
            upload.discard()

    def _accept(self, upload: Upload, device: Device, registry: Registry) -> bool:
        """Check the bundle's signed header and store it (in a worker thread)."""
        with open(upload.path, "rb") as handle:
            try:
                header, signature, digest = bundle.read_signed_header(handle, upload.size)
            except bundle.BundleError as error:
                raise bad_bundle(f"not a bundle ({error.code})") from None
        if header.sender != device.device_id:
            raise forbidden("the bundle's sender is another device")
        try:
            minisign.verify_digest(device.public_key, digest, signature)
        except (minisign.BadSignatureError, minisign.SignatureFormatError):
            raise bad_bundle("the bundle's signature does not verify") from None
        if not header.recipients or not all(map(relay_auth.is_device_id, header.recipients)):
            raise bad_bundle("a recipient is not a device id")
        if not all(registry.may_address(device, r) for r in header.recipients):
            raise forbidden("a field device sends bundles to the office only")
        if not all(registry.may_receive(r) for r in header.recipients):
            raise bad_bundle("a recipient is neither the office nor an active device")
        try:
            return self.store.deliver(upload, header.recipients)
        except MailboxFullError:
            raise RelayError(507, "mailbox-full", "a recipient's mailbox is full") from None

    async def list_mailbox(self, request: Request) -> Response:
        owner = self._own_mailbox(request, self._authenticated(request))
        bundles = await run_in_threadpool(self.store.listing, owner)
        return JSONResponse(
            {
                "bundles": [
                    {"sha256": b.sha256, "size": b.size, "received_at": b.received_at}
                    for b in bundles
                ]
            }
        )

    def _sha(self, request: Request) -> str:
        sha = str(request.path_params["sha256"])
        if not relay_auth.is_sha256(sha):
            raise bad_request("not a SHA-256")
        return sha

    async def download(self, request: Request) -> Response:
        owner = self._own_mailbox(request, self._authenticated(request))
        sha = self._sha(request)
        handle = await run_in_threadpool(self.store.open_bundle, owner, sha)
        if handle is None:
            raise RelayError(404, "not-found", "no such bundle in this mailbox")
        size = os.fstat(handle.fileno()).st_size
        return StreamingResponse(
            _chunks(handle),
            media_type="application/octet-stream",
            headers={"Content-Length": str(size)},
        )

    async def acknowledge(self, request: Request) -> Response:
        owner = self._own_mailbox(request, self._authenticated(request))
        sha = self._sha(request)
        await run_in_threadpool(self.store.acknowledge, owner, sha)
        return Response(status_code=204)


async def _http_error(request: Request, error: Exception) -> Response:
    """Starlette's own refusals (no such path, wrong method) in the relay's format."""
    if not isinstance(error, HTTPException):
        raise error
    code = "not-found" if error.status_code == 404 else "bad-request"
    trace_of(request.scope).error = code
    headers = dict(error.headers or {})  # Allow, for a wrong method
    return error_response(RelayError(error.status_code, code, str(error.detail), headers))


def build_app(relay: Relay) -> Starlette:
    mailbox = "/v1/mailboxes/{device}"
    app = Starlette(
        routes=[
            Route("/v1/health", relay.health, methods=["GET"]),
            Route("/v1/roster", relay.get_roster, methods=["GET"]),
            Route("/v1/roster", relay.put_roster, methods=["PUT"]),
            Route("/v1/bundles", relay.upload, methods=["POST"]),
            Route(mailbox, relay.list_mailbox, methods=["GET"]),
            Route(mailbox + "/{sha256}", relay.download, methods=["GET"]),
            Route(mailbox + "/{sha256}", relay.acknowledge, methods=["DELETE"]),
        ],
        middleware=[Middleware(RequestLog)],
        exception_handlers={HTTPException: _http_error},
    )
    app.router.redirect_slashes = False
    return app
