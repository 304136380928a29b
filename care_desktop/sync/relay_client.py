"""A device's side of the relay protocol (docs/relay.md): signed requests, retries, streaming.

Requests are retried with exponential back-off when the network or the relay fails (connection
errors, 5xx, 429 with its Retry-After); a refusal (4xx) is final and raised as `RelayError` with
the relay's error code. Bundles go up and come down in pieces, never whole in memory, and a
download becomes a file only once its bytes hash to the name the relay gave it.
"""

from __future__ import annotations

import contextlib
import hashlib
import http.client
import json
import os
import random
import socket
import ssl
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from care_desktop.db.keyfile import fsync_directory
from care_desktop.sync import relay_auth

CHUNK = 256 * 1024
MAX_LISTING = 8 * 1024 * 1024
MAX_RETRY_AFTER = 60.0
HEALTH_TIMEOUT = 5.0  # a relay that does not answer a health check by then is offline for now
Progress = Callable[[int, int], None]  # bytes done, bytes in all


class RelayError(Exception):
    """The relay could not be used; `code` is the relay's error code or one of ours:
    `address` (not a relay URL), `unreachable`, `certificate`, `protocol` (an answer that is not
    what the protocol says), `damaged` (a bundle whose bytes do not match its name),
    `cancelled` (stopped from another thread)."""

    def __init__(self, code: str, status: int | None = None) -> None:
        super().__init__(code if status is None else f"{status} {code}")
        self.code = code
        self.status = status


@dataclass(frozen=True, slots=True)
class Endpoint:
    scheme: str
    host: str
    port: int

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}:{self.port}"


def parse_url(url: str) -> Endpoint:
    """`https://host[:port]`; `http://` only for this computer (tests, a local relay)."""
    try:
        parts = urllib.parse.urlsplit(url.strip())
        port = parts.port
    except ValueError:
        raise RelayError("address") from None
    host = parts.hostname or ""
    if (
        parts.scheme not in ("http", "https")
        or not host
        or parts.path not in ("", "/")
        or parts.query
        or parts.fragment
        or parts.username
        or parts.password
    ):
        raise RelayError("address")
    if parts.scheme == "http" and not relay_auth.is_loopback(host):
        raise RelayError("address")  # signed, and the bundles are encrypted, but not in the clear
    return Endpoint(parts.scheme, host, port or (443 if parts.scheme == "https" else 80))


@dataclass(frozen=True, slots=True)
class MailboxItem:
    sha256: str
    size: int


class Cancel(threading.Event):
    """A threading.Event that, when set, also breaks the connection a RelayClient is waiting
    on, so that a sync stops at once even in the middle of a slow transfer."""

    def __init__(self) -> None:
        super().__init__()
        self._connections: set[http.client.HTTPConnection] = set()
        self._guard = threading.Lock()

    def watch(self, connection: http.client.HTTPConnection) -> None:
        with self._guard:
            self._connections.add(connection)

    def unwatch(self, connection: http.client.HTTPConnection) -> None:
        with self._guard:
            self._connections.discard(connection)

    def set(self) -> None:
        super().set()
        with self._guard:
            connections = list(self._connections)
        for connection in connections:
            if connection.sock is not None:
                with contextlib.suppress(OSError):
                    connection.sock.shutdown(socket.SHUT_RDWR)


class _Counting:
    """A file object that reports how much of it was read (upload progress)."""

    def __init__(self, handle: BinaryIO, total: int, progress: Progress | None) -> None:
        self.handle = handle
        self.total = total
        self.done = 0
        self.progress = progress

    def read(self, size: int = -1) -> bytes:
        chunk = self.handle.read(CHUNK if size < 0 else min(size, CHUNK))
        self.done += len(chunk)
        if self.progress is not None:
            self.progress(self.done, self.total)
        return chunk


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


class RelayClient:
    """Talks to one relay as one device."""

    def __init__(
        self,
        url: str,
        device: str,
        seed: bytes,
        *,
        ca_file: Path | None = None,
        timeout: float = 30.0,
        attempts: int = 4,
        sleep: Callable[[float], None] = time.sleep,
        cancel: threading.Event | None = None,
    ) -> None:
        self.endpoint = parse_url(url)
        self.device = device
        self._seed = seed
        self._timeout = timeout
        self._attempts = max(1, attempts)
        self._sleep = sleep
        self._cancel = cancel
        self.instance: str | None = None  # the relay's data folder, from its health answer
        self._offset = 0  # relay clock minus ours, learnt from X-Care-Time
        self._context: ssl.SSLContext | None = None
        if self.endpoint.scheme == "https":
            self._context = ssl.create_default_context(
                cafile=str(ca_file) if ca_file is not None else None
            )

    # --- one request --------------------------------------------------------------------------

    def _connection(self) -> http.client.HTTPConnection:
        if self._context is not None:
            return http.client.HTTPSConnection(
                self.endpoint.host, self.endpoint.port, timeout=self._timeout, context=self._context
            )
        return http.client.HTTPConnection(
            self.endpoint.host, self.endpoint.port, timeout=self._timeout
        )

    def _headers(self, method: str, target: str, body_sha256: str, signed: bool) -> dict[str, str]:
        headers = {"User-Agent": "care-desktop", "Accept": "application/json"}
        if body_sha256 != relay_auth.EMPTY_SHA256:
            headers[relay_auth.BODY_HEADER] = body_sha256
        if signed:
            headers["Authorization"] = relay_auth.authorization(
                self._seed,
                self.device,
                method=method,
                target=target,
                time=int(time.time()) + self._offset,
                body_sha256=body_sha256,
            )
        return headers

    def _call(
        self,
        method: str,
        target: str,
        *,
        body: bytes | Path | None = None,
        signed: bool = True,
        progress: Progress | None = None,
        reader: Callable[[http.client.HTTPResponse], bytes] | None = None,
        sha256: str | None = None,
    ) -> bytes:
        """One request, retried while retrying can help, its answer read inside the retry (a
        connection that drops half-way through an answer is retried like one that never came);
        returns what `reader` made of a successful (2xx) answer, by default its bytes."""
        body_sha256, length = _body_facts(body, sha256)
        read = reader or _read_small
        clock_corrected = False
        attempt = 0
        while True:
            self._check_cancelled()
            headers = self._headers(method, target, body_sha256, signed)
            connection = self._connection()
            if isinstance(self._cancel, Cancel):
                self._cancel.watch(connection)
            try:
                _send(connection, method, target, body, headers, length, progress)
                response = connection.getresponse()
                self._learn_time(response)
                if 200 <= response.status < 300:
                    return read(response)
                code = self._error_code(response)
                retry_in: float | None = None
                if code == "stale-time" and not clock_corrected:
                    clock_corrected = True  # our clock is off: signed again with the relay's
                    continue  # time, which this answer told (not counted as an attempt)
                if response.status in (408, 429, 500, 502, 503, 504):
                    retry_in = self._retry_after(response, attempt)
                if retry_in is None or attempt + 1 >= self._attempts:
                    raise RelayError(code, response.status)
            except ssl.SSLCertVerificationError:
                raise RelayError("certificate") from None
            except (OSError, http.client.HTTPException):
                self._check_cancelled()  # an abort closes the connection under us
                if attempt + 1 >= self._attempts:
                    raise RelayError("unreachable") from None
                retry_in = self._backoff(attempt)
            finally:
                if isinstance(self._cancel, Cancel):
                    self._cancel.unwatch(connection)
                connection.close()
            attempt += 1
            self._pause(retry_in)

    def _check_cancelled(self) -> None:
        if self._cancel is not None and self._cancel.is_set():
            raise RelayError("cancelled")

    def _pause(self, seconds: float) -> None:
        """Wait before retrying; a cancel ends the wait at once."""
        if self._cancel is None:
            self._sleep(seconds)
        elif self._cancel.wait(seconds):
            raise RelayError("cancelled")

    def _learn_time(self, response: http.client.HTTPResponse) -> None:
        stated = response.getheader(relay_auth.TIME_HEADER)
        if stated and stated.isdigit():
            self._offset = int(stated) - int(time.time())

    @staticmethod
    def _error_code(response: http.client.HTTPResponse) -> str:
        try:
            document = json.loads(response.read(64 * 1024))
            code = document.get("error") if isinstance(document, dict) else None
        except ValueError:
            code = None
        if isinstance(code, str) and code.replace("-", "").isalpha() and len(code) < 40:
            return code
        return f"http-{response.status}"

    @staticmethod
    def _backoff(attempt: int) -> float:
        return float(min(30.0, 0.5 * 2**attempt) * (0.5 + random.random() / 2))  # noqa: S311

    def _retry_after(self, response: http.client.HTTPResponse, attempt: int) -> float:
        stated = response.getheader("Retry-After") or ""
        if stated.isdigit():
            return min(MAX_RETRY_AFTER, float(stated))
        return self._backoff(attempt)

    def _json(self, method: str, target: str, body: bytes | None = None) -> Any:
        data = self._call(method, target, body=body)
        try:
            return json.loads(data) if data else None
        except ValueError:
            raise RelayError("protocol") from None

    # --- the protocol -------------------------------------------------------------------------

    def health(self) -> bool:
        """True when the relay answers (quickly); never raises for an unreachable relay."""
        saved, saved_timeout = self._attempts, self._timeout
        self._attempts, self._timeout = 1, min(self._timeout, HEALTH_TIMEOUT)
        try:
            data = self._call("GET", "/v1/health", signed=False)
        except RelayError as error:
            if error.code in ("certificate", "cancelled"):
                raise
            return False
        finally:
            self._attempts, self._timeout = saved, saved_timeout
        with contextlib.suppress(ValueError, AttributeError):
            instance = json.loads(data).get("instance")
            self.instance = instance if isinstance(instance, str) and len(instance) < 100 else None
        return True

    def roster_version(self) -> int | None:
        document = self._json("GET", "/v1/roster")
        version = document.get("version") if isinstance(document, dict) else None
        return version if isinstance(version, int) else None

    def put_roster(self, document: Any) -> None:
        body = json.dumps(document, sort_keys=True, separators=(",", ":")).encode()
        self._json("PUT", "/v1/roster", body)

    def upload(self, path: Path, progress: Progress | None = None) -> str:
        """Send one bundle file; returns its SHA-256 once the relay has it safely on disk."""
        digest = file_sha256(path)
        data = self._call("POST", "/v1/bundles", body=path, progress=progress, sha256=digest)
        try:
            stated = json.loads(data).get("sha256")
        except (ValueError, AttributeError):
            raise RelayError("protocol") from None
        if stated != digest:
            raise RelayError("protocol")
        return str(stated)

    def mailbox(self) -> list[MailboxItem]:
        document = self._json("GET", f"/v1/mailboxes/{self.device}")
        items = document.get("bundles") if isinstance(document, dict) else None
        if not isinstance(items, list):
            raise RelayError("protocol")
        listed = []
        for item in items:
            sha = item.get("sha256") if isinstance(item, dict) else None
            size = item.get("size") if isinstance(item, dict) else None
            if not isinstance(sha, str) or not relay_auth.is_sha256(sha) or type(size) is not int:
                raise RelayError("protocol")
            listed.append(MailboxItem(sha, size))
        return listed

    def download(self, item: MailboxItem, folder: Path, progress: Progress | None = None) -> Path:
        """Fetch one bundle into `folder` as `<sha256>.carebundle`: written to a temporary file,
        checked against its name, flushed to disk, then renamed (never a half file). A bundle
        whose bytes do not match its name is RelayError("damaged")."""
        target = folder / f"{item.sha256}.carebundle"
        if target.exists():
            return target  # fetched before an interruption: not fetched again
        temporary = folder / f".{item.sha256}.download"

        def save(response: http.client.HTTPResponse) -> bytes:
            digest = hashlib.sha256()
            done = 0
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as handle:
                while chunk := response.read(CHUNK):
                    done += len(chunk)
                    if done > item.size:
                        break  # more than the listing said: not this bundle
                    digest.update(chunk)
                    handle.write(chunk)
                    if progress is not None:
                        progress(done, item.size)
                handle.flush()
                os.fsync(handle.fileno())
            if done < item.size:  # the line dropped: asked again from the start
                raise http.client.IncompleteRead(b"", item.size - done)
            return digest.hexdigest().encode()

        try:
            received = self._call("GET", f"/v1/mailboxes/{self.device}/{item.sha256}", reader=save)
            if received.decode() != item.sha256:
                raise RelayError("damaged")
            os.replace(temporary, target)
        finally:
            temporary.unlink(missing_ok=True)
        fsync_directory(folder)
        return target

    def acknowledge(self, sha256: str) -> None:
        self._call("DELETE", f"/v1/mailboxes/{self.device}/{sha256}")


def _body_facts(body: bytes | Path | None, known: str | None = None) -> tuple[str, int]:
    """The body's SHA-256 (given when the caller already has it) and length."""
    if isinstance(body, Path):
        return known or file_sha256(body), body.stat().st_size
    if body is not None:
        return hashlib.sha256(body).hexdigest(), len(body)
    return relay_auth.EMPTY_SHA256, 0


def _send(  # noqa: PLR0917 - the parts of one request
    connection: http.client.HTTPConnection,
    method: str,
    target: str,
    body: bytes | Path | None,
    headers: dict[str, str],
    length: int,
    progress: Progress | None,
) -> None:
    if isinstance(body, Path):
        headers["Content-Type"] = "application/octet-stream"
        headers["Content-Length"] = str(length)
        with body.open("rb") as handle:
            connection.request(method, target, _Counting(handle, length, progress), headers)
    else:
        if body is not None:
            headers["Content-Type"] = "application/json"
        connection.request(method, target, body, headers)


def _read_small(response: http.client.HTTPResponse) -> bytes:
    """A bounded answer, whole: one cut short raises IncompleteRead (and is asked again)."""
    if response.length is not None:
        if response.length > MAX_LISTING:
            raise RelayError("protocol")
        return response.read()  # raises IncompleteRead when the line drops before the end
    parts, size = [], 0
    while chunk := response.read(CHUNK):
        size += len(chunk)
        if size > MAX_LISTING:
            raise RelayError("protocol")
        parts.append(chunk)
    return b"".join(parts)
