"""`care sync --relay`: office and field devices through a real relay process on loopback."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.relay.helpers import running_relay
from tests.sync.helpers import Device, make_device, pair

CANARY = "Zebulon-Canary-7f3a"


@contextmanager
def relay(data: Path, office_card: Path | None, port: int = 0) -> Iterator[str]:
    """The real `care relay serve` on loopback; yields its URL."""
    args = ["--port", str(port)] + (["--office-card", str(office_card)] if office_card else [])
    with running_relay(data, data.parent, *args) as process:
        yield process.url


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _new_case(device: Device, **values: str) -> str:
    args = [f"{k}={v}" for k, v in values.items()]
    case = device.json("case", "new", *args)["case"]
    device.care("record", "add", "consent", f"case_id={case['id']}", "scope=transfer_to_office")
    return str(case["case_code"])


def _files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def test_office_field_office_round_trip_through_the_relay(tmp_path: Path) -> None:
    office = make_device(tmp_path, "office", "coordinator")
    lagos = make_device(tmp_path, "lagos", "field")
    dakar = Device("dakar", tmp_path / "dakar" / "care.db")
    dakar.care("init", "--role", "field", "--office", "IOM Dakar", "--country", "SEN")
    pair(office, lagos, tmp_path, "NGA")
    pair(office, dakar, tmp_path, "SEN")
    data = tmp_path / "relay-data"

    with relay(data, tmp_path / "office.card") as url:
        nga = _new_case(office, gender="Feminine", country_of_return="NGA", given_name=CANARY)
        sen = _new_case(office, gender="Masculine", country_of_return="SEN", given_name="Awa")
        report = office.json("sync", "--relay", url)
        assert report["made"] == 2
        assert report["sent"] == 2
        assert report["waiting"] == 0

        report = lagos.json("sync", "--relay", url)
        assert report["received"] == 1
        assert report["applied"] == 1
        assert [c["case_code"] for c in lagos.json("case", "list")["cases"]] == [nga]
        assert dakar.json("sync", "--relay", url)["applied"] == 1
        assert [c["case_code"] for c in dakar.json("case", "list")["cases"]] == [sen]

        lagos.care("case", "set", nga, "arrival_date=2026-10-01", f"remarks=met {CANARY}")
        assert lagos.json("sync", "--relay", url)["sent"] == 1
        report = office.json("sync", "--relay", url)
        # the acknowledgements of lagos and dakar, and the bundle with the arrival
        assert report["applied"] == 3
        shown = office.json("case", "show", nga)["case"]
        assert shown["arrival_date"] == "2026-10-01"
        assert CANARY in shown["remarks"]
        assert len(office.json("record", "list", "visit", nga)["records"]) == 5

        # the office's acknowledgement reaches lagos, then everyone is quiet
        lagos.json("sync", "--relay", url)
        assert lagos.json("devices", "list")["devices"][0]["unacknowledged"] == 0
        # acknowledgements of acknowledgements die out: after two more rounds nobody has
        # anything to say (automatic sync never sends empty bundles back and forth)
        for _ in range(2):  # dakar still has the office's answer to its first bundle to read
            for device in (office, lagos, dakar):
                device.json("sync", "--relay", url)
        for device in (office, lagos, dakar):
            quiet = device.json("sync", "--relay", url)
            assert quiet["made"] == quiet["sent"] == quiet["received"] == 0, device.name

        # the relay holds nothing readable, and nothing once every bundle was acknowledged
        for path in [*_files(data), *tmp_path.glob("relay-*.stderr")]:
            assert CANARY.encode() not in path.read_bytes(), path
        assert not [p for p in _files(data / "mailboxes") if p.suffix == ".carebundle"]


def test_unreachable_relay_keeps_the_outbox_and_a_later_sync_sends_it(tmp_path: Path) -> None:
    office = make_device(tmp_path, "office", "coordinator")
    lagos = make_device(tmp_path, "lagos", "field")
    pair(office, lagos, tmp_path, "NGA")
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    _new_case(office, gender="Feminine", country_of_return="NGA", given_name="Ngozi")

    result = office.care("sync", "--relay", url, ok=False)
    assert result.code == 1
    assert "cannot be reached" in result.stderr
    outbox = office.db.parent / "outbox"
    waiting = list(outbox.glob("*.carebundle"))
    assert len(waiting) == 1
    status = json.loads((office.db.parent / "sync-status.json").read_text())
    assert status["last_error"] == "unreachable"
    assert status.get("last_success") is None
    # offline again: the waiting bundle is not made twice
    assert office.care("sync", "--relay", url, ok=False).code == 1
    assert list(outbox.glob("*.carebundle")) == waiting

    with relay(tmp_path / "relay-data", tmp_path / "office.card", port) as started:
        assert started.endswith(f":{port}")
        report = office.json("sync", "--relay", url)
        assert report["sent"] == 1
        assert report["made"] == 0
        assert report["waiting"] == 0
        assert lagos.json("sync", "--relay", url)["applied"] == 1


def test_relay_address_must_be_https_beyond_this_computer(tmp_path: Path) -> None:
    office = make_device(tmp_path, "office", "coordinator")
    result = office.care("sync", "--relay", "http://relay.example.org", ok=False)
    assert result.code == 1
    assert "is not a relay address" in result.stderr
    assert not list((office.db.parent / "outbox").glob("*.carebundle"))


def test_a_bundle_the_relay_refuses_is_held_and_the_others_still_go(tmp_path: Path) -> None:
    office = make_device(tmp_path, "office", "coordinator")
    lagos = make_device(tmp_path, "lagos", "field")
    dakar = Device("dakar", tmp_path / "dakar" / "care.db")
    dakar.care("init", "--role", "field", "--office", "IOM Dakar", "--country", "SEN")
    pair(office, lagos, tmp_path, "NGA")
    pair(office, dakar, tmp_path, "SEN")
    _new_case(office, gender="Feminine", country_of_return="NGA", given_name="Ngozi")
    _new_case(office, gender="Masculine", country_of_return="SEN", given_name="Awa")
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    assert office.care("sync", "--relay", url, ok=False).code == 1  # offline: both wait
    assert len(list((office.db.parent / "outbox").glob("*.carebundle"))) == 2
    office.care("revoke", lagos.device_id)  # the laptop was stolen

    with relay(tmp_path / "relay-data", tmp_path / "office.card", port):
        # the relay learns the revocation with the roster and refuses the bundle to lagos; the
        # one to dakar is not stuck behind it
        report = office.json("sync", "--relay", url)
        assert report["sent"] == 1
        assert report["held"] == 1
        assert report["problems"] == ["bad-bundle"]
        assert dakar.json("sync", "--relay", url)["applied"] == 1
        assert office.json("sync", "--relay", url)["held"] == 1  # kept, not retried for ever
    held = list((office.db.parent / "outbox" / "held").glob("*.carebundle"))
    assert len(held) == 1
    assert lagos.device_id in held[0].name
    # not lost: a folder (a stick handed over by hand) takes it
    stick = tmp_path / "stick"
    stick.mkdir()
    office.json("sync", "--folder", str(stick))
    assert [p.name for p in stick.glob("*.carebundle")] == [held[0].name]
    assert not held[0].exists()


def test_one_sync_of_a_database_at_a_time(tmp_path: Path) -> None:
    import fcntl  # noqa: PLC0415 - POSIX only, like the lock it holds

    office = make_device(tmp_path, "office", "coordinator")
    stick = tmp_path / "stick"
    stick.mkdir()
    with (office.db.parent / "sync.lock").open("a") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)  # the application is syncing
        result = office.care("sync", "--folder", str(stick), ok=False)
    assert result.code == 1
    assert "Another sync of this database is running" in result.stderr
    assert office.json("sync", "--folder", str(stick))["transport"] == "folder"


def test_a_relay_that_lost_its_data_gets_everything_in_flight_again(tmp_path: Path) -> None:
    office = make_device(tmp_path, "office", "coordinator")
    lagos = make_device(tmp_path, "lagos", "field")
    pair(office, lagos, tmp_path, "NGA")
    code = _new_case(office, gender="Feminine", country_of_return="NGA", given_name="Ngozi")
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    with relay(tmp_path / "relay-data", tmp_path / "office.card", port):
        assert office.json("sync", "--relay", url)["sent"] == 1
        assert office.json("sync", "--relay", url)["made"] == 0  # in flight: not sent twice
    # the relay's disk died before lagos fetched anything; a new one starts from nothing
    with relay(tmp_path / "new-relay-data", tmp_path / "office.card", port):
        report = office.json("sync", "--relay", url)
        assert report["made"] == 1  # a new relay: what was in flight through the old one goes again
        assert report["sent"] == 1
        assert lagos.json("sync", "--relay", url)["applied"] == 1
    assert [c["case_code"] for c in lagos.json("case", "list")["cases"]] == [code]
