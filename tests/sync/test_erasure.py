"""Anonymisation and erasure travel like any change and erase the values from every replica's
history of writes, while merge keeps working."""

from __future__ import annotations

import json
from pathlib import Path

from care_desktop.services import vault_service
from tests.conftest import PASSPHRASE
from tests.sync.helpers import make_device, pair, send

CANARY = "Thandiwe-Canary-Nkosi"


def _files_with(folder: Path, needle: bytes) -> list[str]:
    return [p.name for p in folder.iterdir() if p.is_file() and needle in p.read_bytes()]


def test_erasure_reaches_the_mission_and_leaves_no_readable_trace(tmp_path: Path) -> None:
    office = make_device(tmp_path, "office", "coordinator")
    lagos = make_device(tmp_path, "lagos", "field")
    pair(office, lagos, tmp_path, "NGA")
    case = office.json(
        "case", "new", "gender=Feminine", "country_of_return=NGA", f"given_name={CANARY}",
        f"remarks=Lives with {CANARY}'s aunt",
    )["case"]  # fmt: skip
    office.care("record", "add", "consent", f"case_id={case['id']}", "scope=transfer_to_office")
    send(office, lagos, tmp_path)
    # the mission edits the name too, before it hears of the erasure (concurrent)
    lagos.care("case", "set", case["case_code"], f"place_of_return=Near {CANARY}'s market")
    office.care("retention", "erase", case["case_code"], "--confirm", case["case_code"])
    send(office, lagos, tmp_path)
    send(lagos, office, tmp_path, to="office")
    send(office, lagos, tmp_path)
    for device in (office, lagos):
        assert device.json("case", "list")["cases"] == []
        assert device.care("check").code == 0
    for device in (office, lagos):
        store = vault_service.unlock_with_passphrase(device.db, PASSPHRASE)
        store.close()  # checkpoint: every page is in the main file, the log truncated
        assert _files_with(device.db.parent, CANARY.encode()) == [], device.name
    # the history still says that writes happened
    export = tmp_path / "after.json"
    office.care("export", "--format", "json", "--out", str(export))
    assert CANARY not in export.read_text()
    assert json.loads(export.read_text())["cases"] == []
