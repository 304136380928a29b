"""The device's relay client on bad networks: answers cut short, a relay killed mid-upload,
a transfer that hangs and is cancelled."""

from __future__ import annotations

import hashlib
import http.server
import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from care_desktop.sync import relay_client as rc
from tests.relay.helpers import RelayProcess, make_identity, roster_document, seal


class _Flaky(http.server.BaseHTTPRequestHandler):
    """Serves one bundle; the first answer of each path stops half-way and drops the line."""

    bundle = b""
    seen: dict[str, int] = {}  # noqa: RUF012 - per test, reset by the fixture

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        count = self.seen[self.path] = self.seen.get(self.path, 0) + 1
        if self.path.endswith("/health"):
            body = json.dumps({"status": "ok", "instance": "a"}).encode()
        elif self.path.count("/") == 3:  # the mailbox listing
            sha = hashlib.sha256(self.bundle).hexdigest()
            body = json.dumps({"bundles": [{"sha256": sha, "size": len(self.bundle)}]}).encode()
        else:
            body = self.bundle
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if count == 1 and not self.path.endswith("/health"):
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)  # the line drops
            return
        self.wfile.write(body)


@contextmanager
def _server(handler: type[http.server.BaseHTTPRequestHandler]) -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_an_answer_cut_short_is_fetched_again_and_never_half_kept(tmp_path: Path) -> None:
    device = make_identity()
    _Flaky.bundle = bytes(range(256)) * 4000
    _Flaky.seen = {}
    with _server(_Flaky) as url:
        client = rc.RelayClient(url, device.device_id, device.seed, sleep=lambda _: None)
        [item] = client.mailbox()  # the listing was cut the first time: asked again
        folder = tmp_path / "inbox"
        folder.mkdir()
        path = client.download(item, folder)
    assert path.read_bytes() == _Flaky.bundle
    assert sorted(p.name for p in folder.iterdir()) == [path.name]  # no half file left
    assert sorted(_Flaky.seen.values()) == [2, 2]


def test_a_hanging_transfer_stops_at_once_when_cancelled() -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()  # accepts connections and never answers
    device = make_identity()
    cancel = rc.Cancel()
    client = rc.RelayClient(
        f"http://127.0.0.1:{listener.getsockname()[1]}",
        device.device_id,
        device.seed,
        timeout=60,
        cancel=cancel,
    )
    outcome: list[str] = []

    def fetch() -> None:
        try:
            client.mailbox()
        except rc.RelayError as error:
            outcome.append(error.code)

    worker = threading.Thread(target=fetch)
    started = time.monotonic()
    worker.start()
    time.sleep(0.5)
    cancel.set()
    worker.join(timeout=10)
    listener.close()
    assert outcome == ["cancelled"]
    assert time.monotonic() - started < 5  # not the 60 s socket timeout


@pytest.mark.slow
def test_relay_killed_during_uploads_then_the_client_sends_the_rest(tmp_path: Path) -> None:
    office, field = make_identity("coordinator", "IOM France"), make_identity()
    card = tmp_path / "office.card"
    card.write_text(json.dumps(office.card.to_json()))
    relay = RelayProcess(tmp_path / "relay", ("--office-card", str(card)), tmp_path).start()
    port = relay.url.rsplit(":", 1)[1]
    uploader = rc.RelayClient(relay.url, office.device_id, office.seed)
    uploader.put_roster(json.loads(roster_document(office, 1, [field])))

    files = []
    for seq in range(1, 25):
        path = tmp_path / f"bundle-{seq}.carebundle"
        path.write_bytes(seal(field, [office], seq=seq, pad=400_000))
        files.append(path)
    client = rc.RelayClient(
        relay.url, field.device_id, field.seed, attempts=2, sleep=lambda _: None
    )
    acknowledged: list[str] = []
    failed: list[str] = []

    def upload_all() -> None:
        for path in files:
            try:
                acknowledged.append(client.upload(path))
            except rc.RelayError as error:
                failed.append(error.code)
                return

    worker = threading.Thread(target=upload_all)
    worker.start()
    mailbox = tmp_path / "relay" / "mailboxes" / office.device_id
    deadline = time.monotonic() + 60
    while len(acknowledged) < 5 and time.monotonic() < deadline:
        time.sleep(0.01)
    relay.kill()
    worker.join(timeout=60)
    assert failed == ["unreachable"]
    assert 5 <= len(acknowledged) < len(files)

    # restarted on the same folder and port: every acknowledged upload is there, whole
    relay = RelayProcess(tmp_path / "relay", ("--port", port), tmp_path).start()
    try:
        stored = {p.name.removesuffix(".carebundle"): p for p in mailbox.iterdir()}
        assert set(acknowledged) <= set(stored)
        for sha, path in stored.items():
            assert hashlib.sha256(path.read_bytes()).hexdigest() == sha  # none half-written
        assert not list((tmp_path / "relay" / "tmp").iterdir())
        # the client sends what was not acknowledged; what the relay had anyway is not stored twice
        rest = files[len(acknowledged) :]
        answers = [client.upload(path) for path in rest]
        office_client = rc.RelayClient(relay.url, office.device_id, office.seed)
        listed = sorted(item.sha256 for item in office_client.mailbox())
        everything = sorted(hashlib.sha256(p.read_bytes()).hexdigest() for p in files)
        assert listed == everything
        assert sorted(acknowledged + answers) == everything
    finally:
        relay.stop()
