"""Devices with real keys but no database, bundles sealed in memory, the real relay process,
and a small signed HTTP client (http.client, relay_auth)."""

from __future__ import annotations

import base64
import hashlib
import http.client
import json
import os
import selectors
import signal
import socket
import ssl
import subprocess
import sys
import time
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from care_desktop.sync import bundle, keys, relay_auth, trust


@dataclass(frozen=True)
class Identity:
    keys: keys.DeviceKeyPairs
    card: trust.Card

    @property
    def device_id(self) -> str:
        return self.card.device_id

    @property
    def seed(self) -> bytes:
        return self.keys.signing_secret

    @property
    def key_id(self) -> bytes:
        return self.keys.minisign_key_id


def make_identity(role: str = "field", office: str = "IOM Lagos") -> Identity:
    pairs = keys.generate_device_keys()
    card = trust.Card(
        device_id=str(uuid.uuid4()),
        role=role,
        office=office,
        countries=("NGA",) if role == "field" else (),
        signing_key=keys.minisign_public_key(pairs.signing_public, pairs.minisign_key_id),
        age_recipient=pairs.age_recipient,
    )
    return Identity(pairs, card)


def roster_document(
    office: Identity,
    version: int,
    active: Iterable[Identity],
    revoked: Iterable[Identity] = (),
    *,
    signer: Identity | None = None,
) -> bytes:
    entries = tuple(trust.RosterEntry(i.card, "active") for i in active) + tuple(
        trust.RosterEntry(i.card, "revoked", 0) for i in revoked
    )
    signing = signer or office
    document = trust.sign_roster(
        trust.Roster(version, office.card, None, entries), signing.seed, signing.key_id
    )
    return json.dumps(document).encode()


def seal(
    sender: Identity,
    recipients: Sequence[Identity],
    payload: dict[str, Any] | None = None,
    *,
    seq: int = 1,
    signer: Identity | None = None,
    pad: int = 0,
) -> bytes:
    """A real bundle; `signer` signs it instead of the sender (with the sender's key id), `pad`
    adds about that many bytes to the bundle."""
    body = dict(payload or {"writes": [], "nonce": uuid.uuid4().hex})
    if pad:
        body["pad"] = base64.b64encode(os.urandom(pad)).decode()  # about `pad` bytes, gzipped
    header = bundle.Header(
        sender.device_id, tuple(r.device_id for r in recipients), seq, "0006", "0006"
    )
    return bundle.seal(
        header,
        body,
        seed=(signer or sender).seed,
        key_id=sender.key_id,
        age_recipients=[r.card.age_recipient for r in recipients],
    )


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- the relay process -------------------------------------------------------------------------


def care_env(home: Path) -> dict[str, str]:
    """The environment of a `care` child process with its own folders under `home`."""
    environment = dict(os.environ)
    for variable in ("CARE_DB", "CARE_PASSPHRASE", "CARE_NEW_PASSPHRASE"):
        environment.pop(variable, None)
    for name, variable in (("data", "CARE_DATA_DIR"), ("config", "CARE_CONFIG_DIR")):
        (home / name).mkdir(parents=True, exist_ok=True)
        environment[variable] = str(home / name)
    (home / "logs").mkdir(parents=True, exist_ok=True)
    environment["CARE_LOG_DIR"] = str(home / "logs")
    environment["CARE_LANG"] = "en"
    return environment


@dataclass
class RelayProcess:
    data: Path
    args: tuple[str, ...]
    home: Path
    process: subprocess.Popen[bytes] | None = None
    url: str = ""
    stderr_path: Path = field(init=False)

    def __post_init__(self) -> None:
        self.stderr_path = self.home / f"relay-{uuid.uuid4().hex[:6]}.stderr"

    def start(self, timeout: float = 20) -> RelayProcess:
        command = [sys.executable, "-m", "care_desktop", "relay", "serve"]
        command += ["--data", str(self.data), "--port", "0", *self.args]
        with self.stderr_path.open("wb") as stderr:
            self.process = subprocess.Popen(
                command,
                stdout=subprocess.PIPE,
                stderr=stderr,
                stdin=subprocess.DEVNULL,
                env=care_env(self.home),
            )
        assert self.process.stdout is not None
        with selectors.DefaultSelector() as selector:
            selector.register(self.process.stdout, selectors.EVENT_READ)
            if not selector.select(timeout):
                self.process.kill()
                raise AssertionError(f"the relay did not start: {self.stderr()}")
        line = self.process.stdout.readline()
        if not line:
            self.process.wait(timeout=10)
            raise AssertionError(f"the relay stopped: {self.stderr()}")
        announced = json.loads(line)
        assert announced["event"] == "listening"
        self.url = str(announced["url"])
        return self

    def stderr(self) -> str:
        return self.stderr_path.read_text(encoding="utf-8", errors="replace")

    def log_lines(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.stderr().splitlines() if line.strip()]

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def stop(self, sig: int = signal.SIGTERM) -> int:
        assert self.process is not None
        if self.process.poll() is None:
            self.process.send_signal(sig)
        try:
            code = self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            code = self.process.wait()
        assert self.process.stdout is not None
        self.process.stdout.close()
        return code

    def kill(self) -> None:
        self.stop(signal.SIGKILL)


@contextmanager
def running_relay(data: Path, home: Path, *args: str) -> Iterator[RelayProcess]:
    """`care relay serve` on loopback for the length of a `with`; stopped with SIGTERM."""
    relay = RelayProcess(data, args, home).start()
    try:
        yield relay
    finally:
        relay.stop()


def data_files(root: Path) -> dict[str, str]:
    """Every path under `root` (folders too) with the SHA-256 of each file."""
    return {
        path.relative_to(root).as_posix(): sha256(path.read_bytes()) if path.is_file() else "/"
        for path in sorted(root.rglob("*"))
    }


# --- the client --------------------------------------------------------------------------------


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def error(self) -> str | None:
        try:
            return str(self.json["error"])
        except (ValueError, KeyError, TypeError):
            return None


class Client:
    def __init__(self, url: str, context: ssl.SSLContext | None = None) -> None:
        parts = urlsplit(url)
        self.tls = parts.scheme == "https"
        self.host = parts.hostname or "127.0.0.1"
        self.port = parts.port or (443 if self.tls else 80)
        self.context = context

    def connection(self) -> http.client.HTTPConnection:
        if self.tls:
            return http.client.HTTPSConnection(
                self.host, self.port, timeout=30, context=self.context
            )
        return http.client.HTTPConnection(self.host, self.port, timeout=30)

    def signed_headers(
        self,
        method: str,
        target: str,
        device: Identity,
        body: bytes = b"",
        *,
        signer: Identity | None = None,
        at: int | None = None,
        signed_body: bytes | None = None,
        declared: str | None = None,
    ) -> dict[str, str]:
        """Authorization (the signature covers the SHA-256 of `signed_body`, by default of
        `body`) and, for a request with a body, X-Care-Content-SHA256: the signed hash, or
        `declared`."""
        digest = sha256(body if signed_body is None else signed_body)
        authorization = relay_auth.authorization(
            (signer or device).seed,
            device.device_id,
            method=method,
            target=target,
            time=int(time.time()) if at is None else at,
            body_sha256=digest,
        )
        headers = {"Authorization": authorization}
        if body or signed_body is not None or declared is not None:
            headers[relay_auth.BODY_HEADER] = digest if declared is None else declared
        return headers

    def send(
        self, method: str, target: str, body: bytes = b"", headers: dict[str, str] | None = None
    ) -> Answer:
        connection = self.connection()
        try:
            connection.request(method, target, body=body or None, headers=headers or {})
            response = connection.getresponse()
            return Answer(
                response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
            )
        finally:
            connection.close()

    def call(
        self,
        method: str,
        target: str,
        device: Identity,
        body: bytes = b"",
        **signing: Any,
    ) -> Answer:
        headers = self.signed_headers(method, target, device, body, **signing)
        if body:
            headers["Content-Type"] = "application/octet-stream"
        return self.send(method, target, body, headers)

    def upload(self, device: Identity, data: bytes, **signing: Any) -> Answer:
        return self.call("POST", "/v1/bundles", device, data, **signing)

    def mailbox(self, device: Identity, owner: Identity | None = None) -> list[str]:
        answer = self.call("GET", f"/v1/mailboxes/{(owner or device).device_id}", device)
        assert answer.status == 200, answer
        return [item["sha256"] for item in answer.json["bundles"]]

    def put_roster(self, device: Identity, document: bytes, **signing: Any) -> Answer:
        return self.call("PUT", "/v1/roster", device, document, **signing)

    def head(self, method: str, target: str, length: int, headers: dict[str, str]) -> bytes:
        """The start of a hand-made request with a body of `length` bytes."""
        lines = [f"{method} {target} HTTP/1.1", f"Host: {self.host}:{self.port}"]
        lines += [f"Content-Length: {length}", *(f"{k}: {v}" for k, v in headers.items())]
        return ("\r\n".join(lines) + "\r\n\r\n").encode()

    def begin(self, head: bytes, first: bytes = b"") -> socket.socket:
        """A connection that has sent `head` and the first part of the body, left open (read
        the answer with `answer_on`, then close it)."""
        sock = socket.create_connection((self.host, self.port), timeout=30)
        sock.sendall(head + first)
        return sock

    def raw(self, head: bytes, chunks: Iterable[bytes]) -> Answer:
        """Send a hand-made request (head, then body pieces) and read the answer, stopping
        sending as soon as one arrives."""
        with socket.create_connection((self.host, self.port), timeout=30) as sock:
            sock.sendall(head)
            sock.setblocking(False)
            received = b""
            for chunk in chunks:
                try:
                    received += sock.recv(65536)
                    break  # an answer (or the end) came before the body was sent
                except BlockingIOError:
                    pass
                try:
                    sock.setblocking(True)
                    sock.sendall(chunk)
                    sock.setblocking(False)
                except OSError:
                    break
            sock.setblocking(True)
            try:
                while b"\r\n\r\n" not in received or len(received) < _expected(received):
                    piece = sock.recv(65536)
                    if not piece:
                        break
                    received += piece
            except OSError:
                pass
        return _parse_answer(received)


def answer_on(sock: socket.socket, timeout: float = 30) -> Answer:
    """Read the answer to what was sent on `sock` (with the body unfinished, say)."""
    sock.settimeout(timeout)
    received = b""
    while b"\r\n\r\n" not in received or len(received) < _expected(received):
        piece = sock.recv(65536)
        if not piece:
            break
        received += piece
    return _parse_answer(received)


def _expected(received: bytes) -> int:
    head, _, _ = received.partition(b"\r\n\r\n")
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return len(head) + 4 + int(value)
    return len(received) + 1


def _parse_answer(received: bytes) -> Answer:
    head, _, body = received.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return Answer(status, headers, body)
