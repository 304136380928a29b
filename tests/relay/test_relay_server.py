"""`care relay serve`, the real program on loopback: signed requests, mailboxes, refusals that
store nothing (nor read the body first), limits, restarts and crash safety (docs/relay.md)."""

from __future__ import annotations

import dataclasses
import datetime
import hashlib
import http.client
import ipaddress
import json
import os
import re
import signal
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from care_desktop import __version__
from care_desktop.sync import relay_auth
from tests.conftest import run_care
from tests.relay.helpers import (
    Answer,
    Client,
    Identity,
    RelayProcess,
    answer_on,
    data_files,
    make_identity,
    roster_document,
    seal,
    sha256,
)

CANARY = "Ifeoma-Canary-5d1c"
EVERYWHERE = "0.0.0.0"  # noqa: S104 - the relay must refuse it without TLS
DAY = 86_400


@dataclass
class People:
    office: Identity
    a: Identity  # field devices
    b: Identity
    c: Identity
    revoked: Identity
    outsider: Identity  # never enrolled

    def roster(self, version: int) -> bytes:
        return roster_document(self.office, version, [self.a, self.b, self.c], [self.revoked])


@dataclass
class Served:
    relay: RelayProcess
    client: Client
    started: int  # a second before the relay started
    roster_version: int = 1

    @property
    def data(self) -> Path:
        return self.relay.data


@pytest.fixture(scope="module")
def people() -> People:
    return People(
        office=make_identity("coordinator", "IOM Paris"),
        a=make_identity(),
        b=make_identity(),
        c=make_identity(),
        revoked=make_identity(),
        outsider=make_identity(),
    )


def office_card(folder: Path, office: Identity) -> Path:
    path = folder / "office.card"
    path.write_text(json.dumps(office.card.to_json(), indent=2))
    return path


@contextmanager
def served(home: Path, people: People, *options: str) -> Iterator[Served]:
    card = office_card(home, people.office)
    started = int(time.time()) - 1
    relay = RelayProcess(home / "data", ("--office-card", str(card), *options), home).start()
    try:
        client = Client(relay.url)
        answer = client.put_roster(people.office, people.roster(1))
        assert answer.status == 200, answer
        yield Served(relay, client, started)
    finally:
        relay.stop()


@pytest.fixture(scope="module")
def main(tmp_path_factory: pytest.TempPathFactory, people: People) -> Iterator[Served]:
    with served(tmp_path_factory.mktemp("main"), people) as relay:
        yield relay


@pytest.fixture(scope="module")
def tight(tmp_path_factory: pytest.TempPathFactory, people: People) -> Iterator[Served]:
    """Small limits: 1 MB uploads, mailboxes of 2 bundles or 1 MB, 2 requests a second."""
    with served(
        tmp_path_factory.mktemp("tight"),
        people,
        *("--max-upload-mb", "1", "--quota-count", "2", "--quota-mb", "1", "--rate", "2"),
    ) as relay:
        yield relay


@contextmanager
def unchanged(folder: Path) -> Iterator[None]:
    before = data_files(folder)
    yield
    assert data_files(folder) == before


def refused(answer: Answer, status: int, error: str) -> None:
    assert (answer.status, answer.error) == (status, error), answer
    assert relay_auth.TIME_HEADER.lower() in answer.headers


def impostor(identity: Identity, device_id: str) -> Identity:
    """Someone's keys under another device id (a card that names a path, say)."""
    return Identity(identity.keys, dataclasses.replace(identity.card, device_id=device_id))


def parts(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.part"))


def wait_for(condition: Callable[[], bool], timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


# --- health and roster -------------------------------------------------------------------------


def test_health_answers_anyone_with_the_relay_clock_and_its_instance(main: Served) -> None:
    answer = main.client.send("GET", "/v1/health")
    assert answer.status == 200
    instance = (main.data / "instance").read_text().strip()
    assert re.fullmatch("[0-9a-f]{32}", instance)
    assert (main.data / "instance").stat().st_mode & 0o777 == 0o600
    assert answer.json == {
        "status": "ok",
        "service": "care-relay",
        "version": __version__,
        "instance": instance,
    }
    assert abs(int(answer.headers["x-care-time"]) - time.time()) < 5


def test_only_the_office_uploads_newer_rosters_it_signed(main: Served, people: People) -> None:
    client, office = main.client, people.office
    version = main.roster_version + 1
    answer = client.put_roster(office, people.roster(version))
    assert (answer.status, answer.json) == (200, {"version": version, "changed": True})
    answer = client.put_roster(office, people.roster(version))
    assert (answer.status, answer.json) == (200, {"version": version, "changed": False})
    main.roster_version = version
    assert client.call("GET", "/v1/roster", people.a).json == {"version": version}

    with unchanged(main.data):
        refused(client.put_roster(people.a, people.roster(version + 1)), 403, "forbidden")
        refused(client.put_roster(office, people.roster(version - 1)), 409, "older-roster")
        fewer = roster_document(office, version, [people.a, people.b])
        refused(client.put_roster(office, fewer), 409, "older-roster")
        forged = roster_document(office, version + 1, [people.a, people.outsider], signer=people.a)
        refused(client.put_roster(office, forged), 422, "bad-roster")
        refused(client.put_roster(office, b'{"roster": {"version": 9}}'), 422, "bad-roster")
        refused(client.put_roster(office, b"not json"), 422, "bad-roster")
    assert client.call("GET", "/v1/roster", people.b).json == {"version": version}


def test_a_roster_whose_device_id_is_a_path_is_refused(main: Served, people: People) -> None:
    client, office = main.client, people.office
    for device_id in ("../escaped", people.c.device_id.upper(), "0" * 36):
        odd = impostor(people.c, device_id)
        document = roster_document(office, main.roster_version + 1, [people.a, odd])
        with unchanged(main.data):
            refused(client.put_roster(office, document), 422, "bad-roster")
    assert not (main.data.parent / "escaped").exists()
    assert client.call("GET", "/v1/roster", people.a).json == {"version": main.roster_version}


# --- the mailbox round trip --------------------------------------------------------------------


def test_upload_list_download_acknowledge(main: Served, people: People) -> None:
    client, office, b = main.client, people.office, people.b
    data = seal(office, [b], seq=1)
    name = sha256(data)
    first = client.upload(office, data)
    assert (first.status, first.json) == (201, {"sha256": name, "stored": True})
    again = client.upload(office, data)
    assert (again.status, again.json) == (200, {"sha256": name, "stored": False})

    listing = client.call("GET", f"/v1/mailboxes/{b.device_id}", b)
    assert listing.status == 200
    [entry] = listing.json["bundles"]
    assert entry["sha256"] == name
    assert entry["size"] == len(data)
    assert abs(entry["received_at"] - time.time()) < 60
    stored = main.data / "mailboxes" / b.device_id / f"{name}.carebundle"
    assert stored.stat().st_mode & 0o777 == 0o600
    assert (main.data / "mailboxes" / b.device_id).stat().st_mode & 0o777 == 0o700

    download = client.call("GET", f"/v1/mailboxes/{b.device_id}/{name}", b)
    assert download.status == 200
    assert download.body == data
    assert download.headers["content-type"] == "application/octet-stream"

    target = f"/v1/mailboxes/{b.device_id}/{name}"
    assert client.call("DELETE", target, b).status == 204
    assert client.call("DELETE", target, b).status == 204  # already gone: fine
    assert client.mailbox(b) == []
    assert not stored.exists()
    refused(client.call("GET", target, b), 404, "not-found")
    acked = (main.data / "acked" / f"{b.device_id}.log").read_text().split()
    assert acked[0] == name

    # delivered once: sent again, it is not delivered again
    with unchanged(main.data):
        late = client.upload(office, data)
        assert (late.status, late.json) == (200, {"sha256": name, "stored": False})
    assert client.mailbox(b) == []


def test_one_copy_per_recipient_and_the_office_is_a_recipient(main: Served, people: People) -> None:
    client, a, b, office = main.client, people.a, people.b, people.office
    data = seal(office, [a, b], seq=2)
    assert client.upload(office, data).status == 201
    reply = seal(a, [office], seq=2)
    assert client.upload(a, reply).status == 201
    assert sha256(reply) in client.mailbox(office)
    for device, name in ((a, sha256(data)), (b, sha256(data)), (office, sha256(reply))):
        assert name in client.mailbox(device)
        target = f"/v1/mailboxes/{device.device_id}/{name}"
        assert client.call("DELETE", target, device).status == 204
        assert name not in client.mailbox(device)


def test_no_plaintext_reaches_the_relay_folder_or_its_log(main: Served, people: People) -> None:
    payload = {"writes": [{"given_name": CANARY, "notes": CANARY * 50}]}
    data = seal(people.a, [people.office], payload, seq=3)
    assert CANARY.encode() not in data
    assert main.client.upload(people.a, data).status == 201
    for path in main.data.rglob("*"):
        if path.is_file():
            assert CANARY.encode() not in path.read_bytes(), path
    assert CANARY not in main.relay.stderr()


def test_the_log_is_one_json_line_per_request_without_ids_or_paths(
    main: Served, people: People
) -> None:
    main.client.call("GET", f"/v1/mailboxes/{people.c.device_id}", people.c)
    deadline = time.monotonic() + 5
    while (
        not (lines := main.relay.log_lines()) or lines[-1].get("route") != "/v1/mailboxes/{device}"
    ):
        assert time.monotonic() < deadline, lines[-3:]  # the line follows the answer closely
        time.sleep(0.02)
    last = lines[-1]
    assert set(last) >= {"time", "method", "route", "status", "device", "bytes", "ms", "error"}
    assert (last["method"], last["status"], last["error"]) == ("GET", 200, None)
    assert last["device"] == people.c.device_id[:8]
    assert people.c.device_id not in main.relay.stderr()
    assert "CARE-Ed25519" not in main.relay.stderr()


# --- refusals store nothing --------------------------------------------------------------------


def test_request_signatures_must_verify(main: Served, people: People) -> None:
    client, a = main.client, people.a
    data = seal(a, [people.office], seq=10)
    with unchanged(main.data):
        refused(client.upload(a, data, signer=people.c), 401, "bad-signature")
        # the signature covers the declared hash: another one does not verify
        refused(client.upload(a, data, declared=sha256(data + b"x")), 401, "bad-signature")
        # signed and declared alike, but the body is another: read, compared, refused
        refused(client.upload(a, data, signed_body=data + b"x"), 400, "bad-request")
        # the declared hash is required, in lowercase hex
        headers = client.signed_headers("POST", "/v1/bundles", a, data)
        del headers[relay_auth.BODY_HEADER]
        refused(client.send("POST", "/v1/bundles", data, headers), 400, "bad-request")
        refused(client.upload(a, data, declared=sha256(data).upper()), 400, "bad-request")
        refused(
            client.put_roster(people.office, people.roster(9), declared="x"), 400, "bad-request"
        )
        headers = {relay_auth.BODY_HEADER: sha256(data)}
        refused(client.send("POST", "/v1/bundles", data, headers), 401, "unauthenticated")
        headers = {"Authorization": "CARE-Ed25519 device=me,time=1,nonce=x,signature=AA=="}
        refused(client.send("GET", "/v1/roster", headers=headers), 401, "unauthenticated")
        # the signature covers the path and query exactly as sent
        headers = client.signed_headers("GET", f"/v1/mailboxes/{a.device_id}", a)
        answer = client.send("GET", f"/v1/mailboxes/{a.device_id}?all=1", headers=headers)
        refused(answer, 401, "bad-signature")


def test_a_replayed_request_is_refused(main: Served, people: People) -> None:
    client, a, b = main.client, people.a, people.b
    data = seal(a, [people.office], seq=11)
    headers = client.signed_headers("POST", "/v1/bundles", a, data)
    assert client.send("POST", "/v1/bundles", data, headers).status == 201
    with unchanged(main.data):
        refused(client.send("POST", "/v1/bundles", data, headers), 401, "replayed")
    listing = f"/v1/mailboxes/{b.device_id}"
    headers = client.signed_headers("GET", listing, b)
    assert client.send("GET", listing, headers=headers).status == 200
    refused(client.send("GET", listing, headers=headers), 401, "replayed")


def test_a_stale_or_pre_start_time_is_refused_with_the_relay_clock(
    main: Served, people: People
) -> None:
    client, a = main.client, people.a
    data = seal(a, [people.office], seq=12)
    with unchanged(main.data):
        for at in (int(time.time()) - 1000, int(time.time()) + 1000, main.started - 1):
            answer = client.upload(a, data, at=at)
            refused(answer, 401, "stale-time")
            assert abs(int(answer.headers["x-care-time"]) - time.time()) < 5
    # signed with the relay's clock, it goes through
    clock = int(answer.headers["x-care-time"])
    assert client.upload(a, data, at=clock).status == 201


def test_unenrolled_and_revoked_devices_are_refused(main: Served, people: People) -> None:
    client = main.client
    with unchanged(main.data):
        stranger = seal(people.outsider, [people.office])
        refused(client.upload(people.outsider, stranger), 401, "unknown-device")
        gone = seal(people.revoked, [people.office])
        refused(client.upload(people.revoked, gone), 403, "revoked")
        target = f"/v1/mailboxes/{people.revoked.device_id}"
        refused(client.call("GET", target, people.revoked), 403, "revoked")


def test_a_device_cannot_touch_another_mailbox(main: Served, people: People) -> None:
    client, a, b = main.client, people.a, people.b
    data = seal(people.office, [b], seq=13)
    assert client.upload(people.office, data).status == 201
    with unchanged(main.data):
        refused(client.call("GET", f"/v1/mailboxes/{b.device_id}", a), 403, "forbidden")
        target = f"/v1/mailboxes/{b.device_id}/{sha256(data)}"
        refused(client.call("GET", target, a), 403, "forbidden")
        refused(client.call("DELETE", target, a), 403, "forbidden")
        refused(client.call("GET", "/v1/mailboxes/..", a), 400, "bad-request")
        refused(client.call("GET", f"/v1/mailboxes/{b.device_id}/nothex", b), 400, "bad-request")
        refused(client.call("GET", "/v1/mailboxes", a), 404, "not-found")
    assert sha256(data) in client.mailbox(b)


def test_bundles_must_come_from_their_sender_to_known_recipients(
    main: Served, people: People
) -> None:
    client, a, b, office = main.client, people.a, people.b, people.office
    with unchanged(main.data):
        refused(client.upload(a, seal(b, [office])), 403, "forbidden")
        refused(client.upload(a, seal(a, [office], signer=people.c)), 422, "bad-bundle")
        refused(client.upload(office, seal(office, [people.outsider])), 422, "bad-bundle")
        refused(client.upload(office, seal(office, [b, people.revoked])), 422, "bad-bundle")
        refused(client.upload(a, b"not a bundle at all"), 422, "bad-bundle")
        data = seal(a, [office], pad=50_000)
        refused(client.upload(a, data[: len(data) // 2]), 422, "bad-bundle")


def test_a_field_device_sends_to_the_office_only(main: Served, people: People) -> None:
    client, a, b, office = main.client, people.a, people.b, people.office
    with unchanged(main.data):
        refused(client.upload(a, seal(a, [b])), 403, "forbidden")
        refused(client.upload(a, seal(a, [office, b])), 403, "forbidden")
        refused(client.upload(a, seal(a, [people.outsider])), 403, "forbidden")
        refused(client.upload(a, seal(a, [a])), 403, "forbidden")
    assert client.upload(office, seal(office, [a, b, office])).status == 201


def test_a_recipient_that_is_not_a_device_id_is_refused(main: Served, people: People) -> None:
    office = people.office
    for device_id in ("../escaped", "../../escaped", people.b.device_id.upper()):
        odd = impostor(people.b, device_id)
        with unchanged(main.data):
            refused(main.client.upload(office, seal(office, [odd])), 422, "bad-bundle")
    assert not (main.data.parent / "escaped").exists()
    assert not (main.data.parent.parent / "escaped").exists()


def test_a_forged_upload_is_refused_before_its_body_is_read(main: Served, people: People) -> None:
    """Multi-megabyte bodies under a forged signature: the relay answers 401 after the first
    64 KiB, and nothing reaches tmp/ or a mailbox meanwhile."""
    client, a, office = main.client, people.a, people.office
    body = os.urandom(5 * 1024 * 1024)
    for method, target, claimed in (("POST", "/v1/bundles", a), ("PUT", "/v1/roster", office)):
        headers = client.signed_headers(method, target, claimed, body, signer=people.c)
        with (
            unchanged(main.data),
            client.begin(client.head(method, target, len(body), headers), body[:65536]) as sock,
        ):
            answer = answer_on(sock)
            refused(answer, 401, "bad-signature")
            assert list((main.data / "tmp").iterdir()) == []  # the request is still open


# --- limits ------------------------------------------------------------------------------------


def test_too_large_uploads_are_cut_off(tight: Served, people: People) -> None:
    client, a = tight.client, people.a
    big = seal(a, [people.office], pad=1_300_000)
    assert len(big) > 1024 * 1024
    with unchanged(tight.data):
        refused(client.upload(a, big), 413, "too-large")  # an honest Content-Length
        # a Content-Length that lies: the body comes chunked and does not stop
        headers = client.signed_headers("POST", "/v1/bundles", a, big)
        head = (
            "POST /v1/bundles HTTP/1.1\r\n"
            f"Host: {client.host}\r\nAuthorization: {headers['Authorization']}\r\n"
            f"{relay_auth.BODY_HEADER}: {sha256(big)}\r\n"
            "Content-Length: 1000\r\nTransfer-Encoding: chunked\r\n\r\n"
        ).encode()
        pieces = [big[i : i + 65536] for i in range(0, len(big), 65536)]
        chunks = [b"%x\r\n%s\r\n" % (len(p), p) for p in pieces] + [b"0\r\n\r\n"]
        refused(client.raw(head, chunks), 413, "too-large")
        # no Content-Length at all
        chunked = head.replace(b"Content-Length: 1000\r\n", b"")
        refused(client.raw(chunked, chunks[:1]), 411, "length-required")
    assert tight.relay.process is not None
    assert tight.relay.process.poll() is None


def test_a_full_mailbox_refuses_more(tight: Served, people: People) -> None:
    client, a, b, c, office = tight.client, people.a, people.b, people.c, people.office
    assert client.upload(office, seal(office, [b], seq=1)).status == 201
    assert client.upload(office, seal(office, [b], seq=2)).status == 201
    with unchanged(tight.data):
        # two bundles already: b's mailbox is full, and nothing goes to c either
        refused(client.upload(office, seal(office, [c, b], seq=3)), 507, "mailbox-full")
    big = seal(a, [office], seq=1, pad=600_000)
    assert client.upload(a, big).status == 201
    with unchanged(tight.data):
        refused(client.upload(a, seal(a, [office], seq=2, pad=500_000)), 507, "mailbox-full")


def test_a_device_sending_too_fast_is_told_when_to_come_back(tight: Served, people: People) -> None:
    client, office = tight.client, people.office
    answers = []
    for _ in range(500):  # 2 a second after a burst of 10: faster than that meets 429
        answers.append(client.call("GET", "/v1/roster", office))
        if answers[-1].status == 429:
            break
    limited = [answer for answer in answers if answer.status == 429]
    assert limited, [answer.status for answer in answers]
    refused(limited[0], 429, "rate-limited")
    assert int(limited[0].headers["retry-after"]) >= 1
    # another device has its own allowance
    assert client.call("GET", "/v1/roster", people.c).status == 200


def test_forged_requests_do_not_use_up_the_device_allowance(tmp_path: Path, people: People) -> None:
    """Device ids are no secret: requests forged in a's name are charged to the address they
    come from (50 at once, then 10 a second), never to a."""
    with served(tmp_path, people) as relay:
        client, a = relay.client, people.a
        answers = [client.call("GET", "/v1/roster", a, signer=people.c) for _ in range(50)]
        assert {answer.error for answer in answers} == {"bad-signature"}
        # then 10 a second: however slow this machine, forging faster than that meets 429
        for _ in range(2000):
            answers.append(client.call("GET", "/v1/roster", a, signer=people.c))
            if answers[-1].status == 429:
                break
        assert {answer.error for answer in answers} == {"bad-signature", "rate-limited"}
        refused(answers[-1], 429, "rate-limited")
        assert int(answers[-1].headers["retry-after"]) >= 1
        # a's own requests from the same address go through: they verify
        assert client.call("GET", "/v1/roster", a).status == 200
        assert client.upload(a, seal(a, [people.office])).status == 201


def _stalled_upload(client: Client, sender: Identity, to: Identity, seq: int) -> socket.socket:
    data = seal(sender, [to], seq=seq, pad=20_000)
    headers = client.signed_headers("POST", "/v1/bundles", sender, data)
    return client.begin(client.head("POST", "/v1/bundles", len(data), headers), data[:100])


def test_uploads_in_progress_are_bounded_and_stalled_ones_abandoned(
    tmp_path: Path, people: People
) -> None:
    """4 uploads at once per device (429 beyond), --max-uploads in all (503 beyond), and a body
    that makes no progress for --body-timeout seconds is abandoned (408), its file removed; one
    that keeps coming, however slowly, is not."""
    timeout = 3.0
    options = ("--max-uploads", "6", "--body-timeout", str(timeout))
    with served(tmp_path, people, *options) as relay, ExitStack() as sockets:
        client, a, b, c, office = relay.client, people.a, people.b, people.c, people.office
        tmp = relay.data / "tmp"
        opened = time.monotonic()
        stalled = [
            sockets.enter_context(_stalled_upload(client, a, office, n)) for n in range(1, 5)
        ]
        wait_for(lambda: len(parts(tmp)) == 4)
        answer = client.upload(a, seal(a, [office], seq=5))
        refused(answer, 429, "rate-limited")
        assert int(answer.headers["retry-after"]) >= 1
        stalled.append(sockets.enter_context(_stalled_upload(client, b, office, 1)))

        slow = seal(c, [office], seq=1, pad=20_000)
        slow_answer: list[Answer] = []

        def send_slowly() -> None:  # a piece every timeout / 2 seconds: slow, but progressing
            headers = client.signed_headers("POST", "/v1/bundles", c, slow)
            third = len(slow) // 3
            head = client.head("POST", "/v1/bundles", len(slow), headers)
            with client.begin(head, slow[:third]) as sock:
                time.sleep(timeout / 2)
                sock.sendall(slow[third : 2 * third])
                time.sleep(timeout / 2)
                sock.sendall(slow[2 * third :])
                slow_answer.append(answer_on(sock))

        sender = threading.Thread(target=send_slowly)
        sender.start()
        wait_for(lambda: len(parts(tmp)) == 6)
        with unchanged(relay.data / "mailboxes"):
            answer = client.upload(office, seal(office, [a], seq=1))
        refused(answer, 503, "busy")
        assert int(answer.headers["retry-after"]) >= 1
        assert time.monotonic() - opened < timeout  # all of that while the 5 were waiting

        for sock in stalled:
            refused(answer_on(sock), 408, "timeout")
        assert time.monotonic() - opened >= timeout - 0.5
        sender.join(30)
        assert [answer.status for answer in slow_answer] == [201]
        wait_for(lambda: parts(tmp) == [])
        assert client.mailbox(office) == [sha256(slow)]
        assert client.upload(a, seal(a, [office], seq=6)).status == 201


# --- starting ----------------------------------------------------------------------------------


def test_plain_http_is_for_loopback_only(tmp_path: Path, people: People) -> None:
    card = office_card(tmp_path, people.office)
    data = tmp_path / "data"
    result = run_care("relay", "serve", "--data", str(data), "--host", EVERYWHERE,
                      "--office-card", str(card), passphrase=None)  # fmt: skip
    assert result.code == 1
    assert "--tls-cert" in result.stderr
    assert EVERYWHERE in result.stderr
    assert not data.exists()
    result = run_care("relay", "serve", "--data", str(data), "--tls-cert", str(card),
                      "--office-card", str(card), passphrase=None)  # fmt: skip
    assert result.code == 1
    assert "--tls-key" in result.stderr


def test_the_office_card_is_pinned_at_the_first_start(tmp_path: Path, people: People) -> None:
    data = tmp_path / "data"
    result = run_care("relay", "serve", "--data", str(data), passphrase=None)
    assert result.code == 1
    assert "--office-card" in result.stderr
    field_card = tmp_path / "field.card"
    field_card.write_text(json.dumps(people.a.card.to_json()))
    result = run_care("relay", "serve", "--data", str(data), "--office-card", str(field_card),
                      passphrase=None)  # fmt: skip
    assert result.code == 1
    assert "field device" in result.stderr

    assert not data.exists()  # refused before anything is written

    data.mkdir()
    (data / "office.card").write_text(json.dumps(people.office.card.to_json()))
    other = tmp_path / "other.card"
    other.write_text(json.dumps(make_identity("coordinator", "IOM Rome").card.to_json()))
    result = run_care("relay", "serve", "--data", str(data), "--office-card", str(other),
                      "--port", "0", passphrase=None)  # fmt: skip
    assert result.code == 1
    assert "is not the office card this relay was set up with" in result.stderr
    french = run_care("relay", "serve", "--data", str(data), "--office-card", str(other),
                      passphrase=None, env={"CARE_LANG": "fr"})  # fmt: skip
    assert french.code == 1
    assert "carte" in french.stderr


def _self_signed(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "relay.crt", folder / "relay.key"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def test_tls_a_restart_and_clean_stops(tmp_path: Path, people: People) -> None:
    cert, key = _self_signed(tmp_path)
    tls = ("--tls-cert", str(cert), "--tls-key", str(key))
    card = office_card(tmp_path, people.office)
    context = ssl.create_default_context(cafile=str(cert))
    data = seal(people.office, [people.b])
    relay = RelayProcess(tmp_path / "data", ("--office-card", str(card), *tls), tmp_path).start()
    try:
        assert relay.url.startswith("https://127.0.0.1:")
        client = Client(relay.url, context)
        health = client.send("GET", "/v1/health")
        assert health.status == 200
        assert client.call("GET", "/v1/roster", people.office).json == {"version": None}
        refused(client.call("GET", "/v1/roster", people.a), 401, "unknown-device")
        assert client.put_roster(people.office, people.roster(1)).status == 200
        assert client.upload(people.office, data).status == 201
    finally:
        assert relay.stop(signal.SIGTERM) == 0
    # started again (without the card: it is kept), it has the office, the roster, the mailboxes
    # and the same instance id
    again = RelayProcess(tmp_path / "data", tls, tmp_path).start()
    try:
        client = Client(again.url, context)
        assert client.call("GET", "/v1/roster", people.a).json == {"version": 1}
        assert client.mailbox(people.b) == [sha256(data)]
        assert client.send("GET", "/v1/health").json["instance"] == health.json["instance"]
    finally:
        assert again.stop(signal.SIGINT) == 0
    assert sorted(data_files(tmp_path / "data")) == [
        "acked",
        "instance",
        "mailboxes",
        f"mailboxes/{people.b.device_id}",
        f"mailboxes/{people.b.device_id}/{sha256(data)}.carebundle",
        "office.card",
        "roster.json",
        "tmp",
    ]


def _started_after(relay: RelayProcess) -> int:
    [line] = [line for line in relay.log_lines() if line.get("event") == "started"]
    return int(line["after"])


def test_a_restart_refuses_its_own_second_forgets_old_acknowledgements_keeps_its_instance(
    tmp_path: Path, people: People, main: Served
) -> None:
    office, b = people.office, people.b
    old, recent = seal(office, [b], seq=1), seal(office, [b], seq=2)
    with served(tmp_path, people) as relay:
        client = relay.client
        instance = client.send("GET", "/v1/health").json["instance"]
        assert instance != main.client.send("GET", "/v1/health").json["instance"]
        for data in (old, recent):
            assert client.upload(office, data).status == 201
            target = f"/v1/mailboxes/{b.device_id}/{sha256(data)}"
            assert client.call("DELETE", target, b).status == 204
    log = relay.data / "acked" / f"{b.device_id}.log"
    now = int(time.time())
    log.write_text(
        f"{sha256(old)} {now - 91 * DAY}\n{sha256(recent)} {now - 89 * DAY}\n{'f' * 64} 1\n"
    )

    again = RelayProcess(relay.data, (), tmp_path).start()
    try:
        client = Client(again.url)
        # requests signed in the second it started in are refused: a restart forgets the
        # nonces, and one used then before the restart must not be accepted again
        started = _started_after(again)
        assert started >= relay.started
        refused(client.call("GET", "/v1/roster", b, at=started), 401, "stale-time")
        assert client.call("GET", "/v1/roster", b, at=started + 1).status == 200
        assert client.send("GET", "/v1/health").json["instance"] == instance

        assert log.read_text() == f"{sha256(recent)} {now - 89 * DAY}\n"
        assert log.stat().st_mode & 0o777 == 0o600
        assert list((relay.data / "tmp").iterdir()) == []
        # acknowledged 91 days ago: forgotten, so delivered again (b refuses it by sequence)
        again_old = client.upload(office, old)
        assert (again_old.status, again_old.json["stored"]) == (201, True)
        again_recent = client.upload(office, recent)
        assert (again_recent.status, again_recent.json["stored"]) == (200, False)
        assert client.mailbox(b) == [sha256(old)]
    finally:
        assert again.stop() == 0


# --- crash safety ------------------------------------------------------------------------------


def _upload_quietly(client: Client, sender: Identity, data: bytes) -> int | None:
    try:
        while (status := client.upload(sender, data).status) == 429:
            time.sleep(0.05)  # 4 uploads of this device are under way already
        return status
    except (OSError, http.client.HTTPException):
        return None  # the relay was killed meanwhile (before or while it answered)


@pytest.mark.slow
def test_sigkill_during_uploads_leaves_only_complete_bundles(
    tmp_path: Path, people: People
) -> None:
    a, b, office = people.a, people.b, people.office
    senders = [(a, [office]), (b, [office]), (office, [a, b])]
    bundles = [
        (sender, seal(sender, to, seq=n, pad=1_000_000), to)
        for n in range(1, 41)
        for sender, to in [senders[n % 3]]
    ]
    recipients = {sha256(data): to for _, data, to in bundles}
    card = office_card(tmp_path, office)
    relay = RelayProcess(tmp_path / "data", ("--office-card", str(card)), tmp_path).start()
    client = Client(relay.url)
    assert client.put_roster(office, people.roster(1)).status == 200

    created: list[str] = []
    enough = threading.Event()
    lock = threading.Lock()

    def send(item: tuple[Identity, bytes, list[Identity]]) -> None:
        sender, data, _ = item
        if _upload_quietly(client, sender, data) == 201:
            with lock:
                created.append(sha256(data))
                if len(created) >= 12:
                    enough.set()

    with ThreadPoolExecutor(8) as pool:
        futures = [pool.submit(send, item) for item in bundles]
        assert enough.wait(60)
        relay.kill()
        for future in futures:
            future.result()
    with lock:
        acknowledged = list(created)
    assert 12 <= len(acknowledged) < len(bundles)

    relay = RelayProcess(tmp_path / "data", (), tmp_path).start()
    try:
        client = Client(relay.url)
        root = tmp_path / "data"
        assert list((root / "tmp").iterdir()) == []
        for path, digest in data_files(root).items():
            parts = path.split("/")
            if parts[0] == "mailboxes" and len(parts) == 3:
                name = parts[2]
                assert name == f"{digest}.carebundle", path  # complete: named by its content
            else:
                assert path in {
                    "office.card",
                    "roster.json",
                    "acked",
                    "mailboxes",
                    "tmp",
                    "instance",
                } or (parts[0] == "mailboxes" and len(parts) == 2), path
        boxes = {device.device_id: set(client.mailbox(device)) for device in (a, b, office)}
        for name in acknowledged:
            for device in recipients[name]:
                assert name in boxes[device.device_id]

        statuses = [client.upload(sender, data).status for sender, data, _ in bundles]
        assert set(statuses) <= {200, 201}
        assert statuses.count(200) >= len(acknowledged)
        for device in (a, b, office):
            listed = client.mailbox(device)
            assert sorted(listed) == sorted(n for n, r in recipients.items() if device in r)
            for name in listed:
                stored = root / "mailboxes" / device.device_id / f"{name}.carebundle"
                assert hashlib.sha256(stored.read_bytes()).hexdigest() == name
    finally:
        assert relay.stop() == 0
