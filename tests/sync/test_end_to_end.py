"""Office and two field devices, end to end through the `care` program, checked with `age`,
`minisign` and `tar` as an auditor would."""

from __future__ import annotations

import json
import tarfile
from pathlib import Path

import pytest

from tests.sync.helpers import Device, make_device, pair, send, tool


@pytest.fixture
def escrow(tmp_path: Path) -> tuple[Path, str]:
    key = tmp_path / "escrow.key"
    made = tool("age-keygen", "-o", str(key))
    assert made.returncode == 0, made.stderr
    lines = key.read_text().splitlines()
    recipient = next(line for line in lines if line.startswith("# public key: "))
    return key, recipient.removeprefix("# public key: ")


def _new_case(device: Device, **values: str) -> str:
    args = [f"{k}={v}" for k, v in values.items()]
    case = device.json("case", "new", *args)["case"]
    device.care("record", "add", "consent", f"case_id={case['id']}", "scope=transfer_to_office")
    return str(case["case_code"])


def test_office_and_two_missions_converge_and_keep_every_conflict(
    tmp_path: Path, escrow: tuple[Path, str]
) -> None:
    escrow_key, escrow_recipient = escrow
    office = make_device(tmp_path, "office", "coordinator", "--escrow-recipient", escrow_recipient)
    lagos = make_device(tmp_path, "lagos", "field")
    dakar = Device("dakar", tmp_path / "dakar" / "care.db")
    dakar.care("init", "--role", "field", "--office", "IOM Dakar", "--country", "SEN")
    pair(office, lagos, tmp_path, "NGA")
    pair(office, dakar, tmp_path, "SEN")

    nga = _new_case(office, gender="Feminine", country_of_return="NGA", given_name="Ngozi")
    sen = _new_case(office, gender="Feminine", country_of_return="SEN", given_name="Awa")
    assert send(office, lagos, tmp_path)["applied"] > 0
    assert send(office, dakar, tmp_path)["applied"] > 0
    # data minimisation: each mission holds only its country's cases
    assert [c["case_code"] for c in lagos.json("case", "list")["cases"]] == [nga]
    assert [c["case_code"] for c in dakar.json("case", "list")["cases"]] == [sen]

    # visits come back: Lagos records the arrival; the schedule is made there
    lagos.care("case", "set", nga, "arrival_date=2026-10-01")
    report = send(lagos, office, tmp_path, to="office")
    assert report["status"] == "applied"
    office_visits = office.json("record", "list", "visit", nga)["records"]
    assert len(office_visits) == 5

    # a concurrent edit of one field on two sides is one conflict, with both values, everywhere
    lagos.care("case", "set", nga, "place_of_return=Warri")
    office.care("case", "set", nga, "place_of_return=Benin City")
    send(lagos, office, tmp_path, to="office")
    send(office, lagos, tmp_path)
    for device in (office, lagos):
        conflicts = device.json("conflicts", "list")["conflicts"]
        assert len(conflicts) == 1, device.name
        assert sorted(v["value"] for v in conflicts[0]["values"]) == ["Benin City", "Warri"]
    shown = {
        d.name: d.json("case", "show", nga)["case"]["place_of_return"] for d in (office, lagos)
    }
    assert shown["office"] == shown["lagos"]

    # resolving it on one side converges everyone
    conflict_id = office.json("conflicts", "list")["conflicts"][0]["id"]
    office.care("conflicts", "resolve", conflict_id, "--value", '"Warri (with her aunt)"')
    send(office, lagos, tmp_path)
    send(lagos, office, tmp_path, to="office")
    for device in (office, lagos):
        assert device.json("conflicts", "list")["conflicts"] == []
        assert (
            device.json("case", "show", nga)["case"]["place_of_return"] == "Warri (with her aunt)"
        )

    # the same data on both sides: the exports of the shared records agree
    office_export, lagos_export = tmp_path / "o.json", tmp_path / "l.json"
    office.care("export", "--format", "json", "--out", str(office_export))
    lagos.care("export", "--format", "json", "--out", str(lagos_export))
    nga_id = lagos.json("case", "show", nga)["case"]["id"]

    def nga_case(path: Path) -> dict:  # type: ignore[type-arg]
        return next(c for c in json.loads(path.read_text())["cases"] if c["id"] == nga_id)

    assert nga_case(office_export) == nga_case(lagos_export)

    # an auditor checks a bundle with the standard tools
    bundle = sorted(tmp_path.glob("lagos-to-office-*.carebundle"))[0]  # the arrival and visits
    folder = tmp_path / "audit"
    folder.mkdir()
    assert tool("tar", "-xf", str(bundle), "-C", str(folder)).returncode == 0
    assert sorted(p.name for p in folder.iterdir()) == ["bundle.age", "bundle.age.minisig"]
    lagos_key = lagos.json("identity", "show")["signing_key"]
    verified = tool("minisign", "-Vm", str(folder / "bundle.age"), "-P", lagos_key)
    assert verified.returncode == 0, verified.stderr
    assert b'"from":"' + lagos.device_id.encode() in verified.stdout
    decrypted = tool("age", "-d", "-i", str(escrow_key), str(folder / "bundle.age"))
    assert decrypted.returncode == 0, decrypted.stderr
    payload = json.loads(tool("gzip", "-dc", input_bytes=decrypted.stdout).stdout)
    assert payload["sender"] == lagos.device_id
    assert payload["writes"]
    # and the office's key does not verify a field bundle
    office_key = office.json("identity", "show")["signing_key"]
    assert tool("minisign", "-Vm", str(folder / "bundle.age"), "-P", office_key).returncode != 0
    with tarfile.open(bundle) as archive:
        assert all(member.mode == 0o600 for member in archive.getmembers())


def test_revocation_quarantines_later_bundles_without_losing_them(tmp_path: Path) -> None:
    office = make_device(tmp_path, "office", "coordinator")
    lagos = make_device(tmp_path, "lagos", "field")
    pair(office, lagos, tmp_path, "NGA")
    code = _new_case(lagos, gender="Masculine", country_of_return="NGA")
    assert send(lagos, office, tmp_path, to="office")["status"] == "applied"
    office.care("revoke", lagos.device_id)
    lagos.care("case", "set", code, "place_of_return=Kano")
    report = send(lagos, office, tmp_path, to="office")
    assert report["status"] == "quarantined"
    assert report["reason"] == "revoked-sender"
    waiting = office.json("quarantine", "list")["items"]
    assert [(i["kind"], i["reason"]) for i in waiting] == [("bundle", "revoked-sender")]
    assert office.json("case", "show", code)["case"]["place_of_return"] is None
    devices = office.json("devices", "list")["devices"]
    assert devices[0]["status"] == "revoked"


def test_consent_withdrawal_keeps_a_case_on_the_device(tmp_path: Path) -> None:
    office = make_device(tmp_path, "office", "coordinator")
    lagos = make_device(tmp_path, "lagos", "field")
    pair(office, lagos, tmp_path, "NGA")
    case = lagos.json("case", "new", "gender=Feminine", "country_of_return=NGA")["case"]
    out = tmp_path / "held.carebundle"
    exported = lagos.json("bundle", "export", "--to", "office", "--out", str(out))
    assert exported["held_back"] >= 1
    office.care("bundle", "import", str(out))
    assert office.json("case", "list")["cases"] == []
    lagos.care("record", "add", "consent", f"case_id={case['id']}", "scope=transfer_to_office")
    send(lagos, office, tmp_path, to="office")
    assert [c["id"] for c in office.json("case", "list")["cases"]] == [case["id"]]
