"""Parts of the relay that a process on Linux cannot show: Windows folders, and the device ids
that identity cards may carry (the relay names folders after them)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from care_desktop.relay import store
from care_desktop.sync import trust
from tests.relay.helpers import make_identity


def test_folders_are_not_fsynced_on_windows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[object] = []

    def refuse(path: object, *_: object) -> int:
        opened.append(path)
        raise PermissionError(13, "Access is denied")  # what os.open on a folder does there

    monkeypatch.setattr(store.os, "open", refuse)
    monkeypatch.setattr(store.os, "name", "nt")
    store._fsync_dir(tmp_path)
    assert opened == []
    monkeypatch.setattr(store.os, "name", "posix")
    with pytest.raises(PermissionError):
        store._fsync_dir(tmp_path)


@pytest.mark.parametrize(
    "device_id",
    [
        "../escaped",
        "..",
        "",
        "5C9E3111-F78A-4B72-9645-3CD8C712CD5D",  # fixed values: parallel workers collect alike
        "0" * 36,
        "e3cc6cc5-a15d-4d0a-aa6e-af2ce0c45b59/x",
        "ed819077efa54619ac06e8fb9034f564",
        42,
        None,
    ],
)
def test_a_card_whose_device_id_is_not_a_lowercase_uuid_is_refused(device_id: object) -> None:
    raw = make_identity().card.to_json()
    raw["device_id"] = device_id
    with pytest.raises(trust.TrustError, match="not-a-card"):
        trust.Card.from_json(raw)
    with pytest.raises(trust.TrustError, match="not-a-card"):
        trust.parse_card(json.dumps(raw).encode())


def test_a_card_with_a_uuid_device_id_is_read() -> None:
    card = make_identity().card
    assert trust.Card.from_json(card.to_json()) == card
    assert trust.parse_card(json.dumps(card.to_json()).encode()) == card
