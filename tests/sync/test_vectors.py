"""What each side holds: a bundle carries exactly what its recipient lacks, a device's writes
wait until the office acknowledges them, and gaps are visible (`care devices list`)."""

from __future__ import annotations

from pathlib import Path

from care_desktop.services import bundle_service, vault_service
from tests.conftest import PASSPHRASE
from tests.sync.helpers import Device, make_device, pair, send


def _row(device: Device, peer: str) -> dict:  # type: ignore[type-arg]
    rows = device.json("devices", "list")["devices"]
    row = next(row for row in rows if row["device_id"] == peer)
    # the status bar's count (read narrowly, often) is the devices list's
    store = vault_service.unlock_with_passphrase(device.db, PASSPHRASE)
    try:
        status_bar = bundle_service.unacknowledged(store)
    finally:
        store.close()
    if row["status"] == "office":
        assert status_bar == row["unacknowledged"]
    return row  # type: ignore[no-any-return]


def _export(device: Device, to: str, out: Path) -> dict:  # type: ignore[type-arg]
    return device.json("bundle", "export", "--to", to, "--out", str(out))


def test_a_bundle_carries_only_what_its_recipient_lacks_despite_holes(tmp_path: Path) -> None:
    office = make_device(tmp_path, "office", "coordinator")
    lagos = make_device(tmp_path, "lagos", "field")
    pair(office, lagos, tmp_path, "NGA")
    # cases of many countries: Lagos receives the Nigerian ones only, so what it holds of the
    # office's writes is full of holes
    office.care("demo", "--cases", "60", "--seed", "3")
    first = send(office, lagos, tmp_path)
    assert first["applied"] > 100
    waiting = first["quarantined"]  # writes held at Lagos (their parent is not in its scope)
    send(lagos, office, tmp_path, to="office")  # tells the office what Lagos holds
    again = _export(office, lagos.device_id, tmp_path / "again.carebundle")
    # only what Lagos does not hold: the writes it keeps waiting, nothing it has applied
    assert again["writes"] == waiting
    report = lagos.json("bundle", "import", str(tmp_path / "again.carebundle"))["bundles"][0]
    assert report["applied"] == 0


def test_writes_wait_for_the_office_acknowledgement_and_gaps_show(tmp_path: Path) -> None:
    office = make_device(tmp_path, "office", "coordinator")
    lagos = make_device(tmp_path, "lagos", "field")
    pair(office, lagos, tmp_path, "NGA")
    case = lagos.json("case", "new", "gender=Feminine", "country_of_return=NGA")["case"]
    lagos.care("record", "add", "consent", f"case_id={case['id']}", "scope=transfer_to_office")
    assert _row(lagos, office.device_id)["unacknowledged"] > 0

    # bundle 1 is lost on the way; bundle 2 carries everything again
    lost = _export(lagos, "office", tmp_path / "lost.carebundle")
    lagos.care("case", "set", case["id"], "place_of_return=Warri")
    unacknowledged = _row(lagos, office.device_id)["unacknowledged"]
    assert unacknowledged > lost["writes"] > 0
    second = _export(lagos, "office", tmp_path / "second.carebundle")
    assert second["writes"] == unacknowledged
    office.care("bundle", "import", str(tmp_path / "second.carebundle"))
    assert [c["id"] for c in office.json("case", "list")["cases"]] == [case["id"]]
    row = _row(office, lagos.device_id)
    assert row["missing_bundles"] == [[1, 1]]  # visible: bundle 1 never came
    assert row["missing_writes"] == []  # but nothing it carried is missing
    assert row["unacknowledged"] is None

    # a case without consent to its transfer stays on the device: the office sees the gap
    held = lagos.json("case", "new", "gender=Masculine", "country_of_return=NGA")["case"]
    third = _export(lagos, "office", tmp_path / "third.carebundle")
    assert third["held_back"] > 0
    office.care("bundle", "import", str(tmp_path / "third.carebundle"))
    gap = _row(office, lagos.device_id)["missing_writes"]
    assert sum(high - low + 1 for low, high in gap) == third["held_back"]
    text = office.care("devices", "list").stdout
    assert "not received here" in text
    assert "bundles not imported here: 1" in text

    # the office acknowledges by sending back what it holds; held-back writes stay counted
    assert _row(lagos, office.device_id)["unacknowledged"] > 0
    send(office, lagos, tmp_path)
    assert _row(lagos, office.device_id)["unacknowledged"] == third["held_back"]
    lagos.care("record", "add", "consent", f"case_id={held['id']}", "scope=transfer_to_office")
    send(lagos, office, tmp_path, to="office")
    assert _row(office, lagos.device_id)["missing_writes"] == []
    send(office, lagos, tmp_path)
    assert _row(lagos, office.device_id)["unacknowledged"] == 0


def test_a_bundle_from_a_device_not_yet_enrolled_waits_then_applies(tmp_path: Path) -> None:
    office = make_device(tmp_path, "office", "coordinator")
    lagos = make_device(tmp_path, "lagos", "field")
    office_card, lagos_card = tmp_path / "office.card", tmp_path / "lagos.card"
    office.care("identity", "export", "--out", str(office_card))
    lagos.care("identity", "export", "--out", str(lagos_card))
    fingerprint = office.json("identity", "show")["fingerprint"]
    lagos.care("enroll", str(office_card), "--fingerprint", fingerprint)
    case = lagos.json("case", "new", "gender=Feminine", "country_of_return=NGA")["case"]
    lagos.care("record", "add", "consent", f"case_id={case['id']}", "scope=transfer_to_office")
    early = tmp_path / "early.carebundle"
    lagos.care("bundle", "export", "--to", "office", "--out", str(early))
    report = office.json("bundle", "import", str(early))["bundles"][0]
    assert report["status"] == "quarantined"
    assert report["reason"] == "unknown-sender"
    assert office.json("case", "list")["cases"] == []
    enrolled = office.json(
        "enroll", str(lagos_card), "--country", "NGA",
        "--fingerprint", lagos.json("identity", "show")["fingerprint"],
    )  # fmt: skip
    assert enrolled["applied_from_quarantine"] == 1
    assert [c["id"] for c in office.json("case", "list")["cases"]] == [case["id"]]
    assert office.json("quarantine", "list")["items"] == []
