"""`care sync --folder`: two devices and a shared folder (a USB stick, a network share)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.sync.helpers import Device, make_device, pair


def _new_case(device: Device, **values: str) -> str:
    args = [f"{k}={v}" for k, v in values.items()]
    case = device.json("case", "new", *args)["case"]
    device.care("record", "add", "consent", f"case_id={case['id']}", "scope=transfer_to_office")
    return str(case["case_code"])


def _bundles(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob("*.carebundle"))


def test_two_devices_through_a_shared_folder(tmp_path: Path) -> None:
    office = make_device(tmp_path, "office", "coordinator")
    lagos = make_device(tmp_path, "lagos", "field")
    pair(office, lagos, tmp_path, "NGA")
    shared = tmp_path / "stick"
    shared.mkdir()

    code = _new_case(office, gender="Feminine", country_of_return="NGA", given_name="Ngozi")
    report = office.json("sync", "--folder", str(shared))
    assert report["made"] == 1
    assert report["sent"] == 1
    assert report["waiting"] == 0
    [name] = _bundles(shared)
    assert name.startswith(f"care-{office.device_id}-0000000001-to-{lagos.device_id}")
    # nothing new: a second sync makes no empty bundle
    assert office.json("sync", "--folder", str(shared))["made"] == 0
    assert _bundles(shared) == [name]

    # the field device takes what is addressed to it, and only that, then answers
    stranger = shared / "care-someone-else.carebundle"
    stranger.write_bytes(b"not ours to judge")
    report = lagos.json("sync", "--folder", str(shared))
    assert report["received"] == 1
    assert report["applied"] == 1
    assert [c["case_code"] for c in lagos.json("case", "list")["cases"]] == [code]
    assert stranger.exists(), "a file this device did not import is never deleted"
    [answer] = [n for n in _bundles(shared) if n != stranger.name]
    assert answer.startswith(f"care-{lagos.device_id}-")

    lagos.care("case", "set", code, "arrival_date=2026-10-01")
    report = lagos.json("sync", "--folder", str(shared))
    assert report["made"] == 1
    assert len(_bundles(shared)) == 3
    # nothing new since: the bundles in the folder are not made again
    assert lagos.json("sync", "--folder", str(shared))["made"] == 0
    mine = [n for n in _bundles(shared) if n.startswith(f"care-{lagos.device_id}")]
    copy_of_it = shared / "copy-of-a-bundle.carebundle"
    shutil.copy(shared / mine[-1], copy_of_it)

    report = office.json("sync", "--folder", str(shared))
    # the same bundle seen twice (under two names) is applied once
    assert report["received"] == 3
    assert report["applied"] == 2
    assert report["already_imported"] == 1
    assert office.json("case", "show", code)["case"]["arrival_date"] == "2026-10-01"
    assert len(office.json("record", "list", "visit", code)["records"]) == 5
    assert not copy_of_it.exists()
    assert not any(shared / n for n in mine if (shared / n).exists())
    # the office acknowledges; lagos reads it and has nothing more to say
    assert report["made"] == 1
    report = lagos.json("sync", "--folder", str(shared))
    assert report["applied"] == 1
    assert report["made"] == 0
    assert _bundles(shared) == [stranger.name]
    assert lagos.json("devices", "list")["devices"][0]["unacknowledged"] == 0

    devices = office.json("devices", "list")["devices"]
    assert all(not d["missing_bundles"] for d in devices)
    assert json.loads((lagos.db.parent / "sync-status.json").read_text())["last_error"] is None


def test_a_missing_folder_is_a_clear_message_and_changes_nothing(tmp_path: Path) -> None:
    office = make_device(tmp_path, "office", "coordinator")
    lagos = make_device(tmp_path, "lagos", "field")
    pair(office, lagos, tmp_path, "NGA")
    _new_case(office, gender="Masculine", country_of_return="NGA", given_name="Emeka")
    result = office.care("sync", "--folder", str(tmp_path / "no-stick"), ok=False)
    assert result.code == 1
    assert "cannot be used for sync" in result.stderr
    assert "Traceback" not in result.stderr
    # nothing was made: no bundle number used, nothing in the outbox
    assert not list((office.db.parent / "outbox").glob("*.carebundle"))
    shared = tmp_path / "stick"
    shared.mkdir()
    office.care("sync", "--folder", str(shared))
    assert _bundles(shared)[0].split("-to-")[0].endswith("0000000001")
