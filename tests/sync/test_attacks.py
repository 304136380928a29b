"""Every attack on a bundle is refused with a clear message and leaves the database as it was."""

from __future__ import annotations

import base64
import gzip
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyrage
import pytest
from pyrage import x25519

from care_desktop.db.migrate import head_revision
from care_desktop.services import trust_service, vault_service
from care_desktop.sync import bundle as fmt
from care_desktop.sync import minisign
from tests.conftest import PASSPHRASE
from tests.sync.helpers import Device, make_device, pair


class World:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.office = make_device(folder, "office", "coordinator")
        self.field = make_device(folder, "field", "field")
        pair(self.office, self.field, folder, "NGA")
        case = self.office.json("case", "new", "gender=Feminine", "country_of_return=NGA",
                                "given_name=Adaeze")["case"]  # fmt: skip
        self.office.care("record", "add", "consent", f"case_id={case['id']}",
                         "scope=transfer_to_office")  # fmt: skip
        self.good = folder / "good.carebundle"
        self.office.care("bundle", "export", "--to", self.field.device_id, "--out", str(self.good))
        self.field_id = self.field.device_id
        self.office_id = self.office.device_id

    def keys(self, device: Device) -> trust_service.Keys:
        store = vault_service.unlock_with_passphrase(device.db, PASSPHRASE)
        try:
            with store.read() as session:
                return trust_service.keys(session)
        finally:
            store.close()

    def payload(self) -> dict[str, Any]:
        keys = self.keys(self.field)
        sealed = fmt.unpack(self.good.read_bytes())
        return fmt.decrypt(sealed, keys.age_identity)

    def forge(
        self,
        *,
        payload: dict[str, Any] | None = None,
        raw_payload: bytes | None = None,
        header: fmt.Header | None = None,
        signer: Device | None = None,
    ) -> bytes:
        """A bundle signed with a real device key (the office's by default)."""
        keys = self.keys(signer or self.office)
        field_keys = self.keys(self.field)
        sealed = fmt.unpack(self.good.read_bytes())
        head = header or sealed.header
        if raw_payload is None:
            text = json.dumps(payload if payload is not None else self.payload())
            raw_payload = gzip.compress(text.encode(), mtime=0)
        encrypted = pyrage.encrypt(
            raw_payload, [x25519.Recipient.from_str(field_keys.age_recipient)]
        )
        signature = minisign.sign(keys.seed, keys.key_id, encrypted, head.comment())
        return fmt._tar([(fmt.PAYLOAD_NAME, encrypted), (fmt.SIGNATURE_NAME, signature.encode())])


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return World(tmp_path_factory.mktemp("attacks"))


def _state(device: Device) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in device.db.parent.iterdir() if p.is_file()}


def _attempt(world: World, data: bytes, name: str = "attack.carebundle") -> tuple[int, str, str]:
    path = world.folder / name
    path.write_bytes(data)
    before = _state(world.field)
    result = world.field.care("bundle", "import", str(path), ok=False)
    after = _state(world.field)
    changed = sorted(
        name for name in set(before) | set(after) if before.get(name) != after.get(name)
    )
    assert not changed, (changed, result.code, result.stdout, result.stderr)
    return result.code, result.stdout, result.stderr


def _refused(world: World, data: bytes, words: str) -> None:
    code, _, stderr = _attempt(world, data)
    assert code == 1, stderr
    assert "was refused" in stderr
    assert words in stderr
    assert "Nothing was changed" in stderr
    assert len(stderr.strip().splitlines()) == 1


def test_a_flipped_byte_anywhere_is_refused(world: World) -> None:
    good = world.good.read_bytes()
    positions = sorted({0, 100, 148, 511, 512, 600, 700, 1000, *range(1024, len(good), 331)})
    for position in positions:
        if position >= len(good):
            continue
        data = bytearray(good)
        data[position] ^= 0x01
        code, stdout, stderr = _attempt(world, bytes(data))
        assert code == 1, (position, stdout, stderr)
        assert "was refused" in stderr


def test_truncation_at_every_boundary_and_appended_bytes_are_refused(world: World) -> None:
    good = world.good.read_bytes()
    end = len(good.rstrip(b"\0"))
    for cut in sorted({*range(0, end, 512), end - 1, end - 64}):
        code, _, stderr = _attempt(world, good[:cut])
        assert code == 1, (cut, stderr)
    _refused(world, good + b"extra", "not a well-formed CARE bundle")
    _refused(world, good[:end] + b"x" + good[end + 1 :], "not a well-formed CARE bundle")


def test_a_bundle_for_another_device_is_refused(world: World) -> None:
    head = fmt.unpack(world.good.read_bytes()).header
    other = fmt.Header(head.sender, ("someone-else",), head.seq, head.data_model, head.min_reader)
    _refused(world, world.forge(header=other), "not addressed to this device")


def test_a_readdressed_or_downgraded_header_breaks_the_signature(world: World) -> None:
    good = world.good.read_bytes()
    sealed = fmt.unpack(good)
    parsed = minisign.parse(sealed.signature)
    model = f'"model":"{head_revision()}"'
    for change in (('"seq":1', '"seq":9'), (model, '"model":"0001"')):
        comment = parsed.trusted_comment.replace(*change)
        assert comment != parsed.trusted_comment
        text = sealed.signature.replace(parsed.trusted_comment, comment)
        data = fmt._tar([(fmt.PAYLOAD_NAME, sealed.encrypted), (fmt.SIGNATURE_NAME, text.encode())])
        _refused(world, data, "signature does not verify")


def test_a_properly_signed_older_format_is_refused(world: World) -> None:
    head = fmt.unpack(world.good.read_bytes()).header
    old = fmt.Header(head.sender, head.recipients, head.seq, head.data_model, head.min_reader, 0)
    _refused(world, world.forge(header=old), "format this version no longer accepts")


def test_an_unknown_sender_waits_in_quarantine_outside_the_database(world: World) -> None:
    stranger = make_device(world.folder, "stranger", "coordinator")
    head = fmt.unpack(world.good.read_bytes()).header
    foreign = fmt.Header(stranger.device_id, head.recipients, 1, head.data_model, head.min_reader)
    code, stdout, _ = _attempt(world, world.forge(header=foreign, signer=stranger))
    assert code == 0
    assert "quarantined (unknown-sender)" in stdout
    items = world.field.json("quarantine", "list")["items"]
    assert any(i["reason"] == "unknown-sender" and i["sender"] == stranger.device_id for i in items)


def test_an_exact_replay_is_a_no_op_and_a_clashing_one_is_refused(world: World) -> None:
    first = world.field.json("bundle", "import", str(world.good))["bundles"][0]
    assert first["status"] == "applied"
    code, stdout, _ = _attempt(world, world.good.read_bytes())
    assert code == 0
    assert "already imported, nothing to do" in stdout
    payload = world.payload()
    payload["vector"] = {}
    _refused(world, world.forge(payload=payload), "possible forgery")
    assert "sequence-clash" in (world.field.db.parent / "quarantine" / "alerts.log").read_text()


def _next_header(world: World, seq: int = 50) -> fmt.Header:
    head = fmt.unpack(world.good.read_bytes()).header
    return fmt.Header(head.sender, head.recipients, seq, head.data_model, head.min_reader)


def test_oversized_bundles_are_refused_before_reading(world: World) -> None:
    path = world.folder / "huge.carebundle"
    with path.open("wb") as handle:
        handle.truncate(fmt.MAX_BUNDLE_BYTES + 1)  # sparse: nothing is really written
    before = _state(world.field)
    result = world.field.care("bundle", "import", str(path), ok=False)
    assert result.code == 1
    assert "larger than a bundle may be" in result.stderr
    assert _state(world.field) == before


def test_a_compression_bomb_and_deep_nesting_are_refused(world: World) -> None:
    bomb = gzip.compress(b"\0" * (60 * 1024 * 1024), compresslevel=9, mtime=0)
    _refused(
        world, world.forge(raw_payload=bomb, header=_next_header(world, 60)), "inflates beyond"
    )
    filler = base64.b64encode(os.urandom(300_000)).decode()  # keeps the ratio ordinary
    deep = ('{"pad": "' + filler + '", "x": ' + "[" * 5_000 + "]" * 5_000 + "}").encode()
    nested = gzip.compress(deep, mtime=0)
    _refused(
        world, world.forge(raw_payload=nested, header=_next_header(world, 61)), "not a well-formed"
    )
    payload = world.payload()
    payload["seq"] = 62
    payload["writes"] = [[[[["x"]]]]]
    _refused(
        world, world.forge(payload=payload, header=_next_header(world, 62)), "not a well-formed"
    )


def test_an_attachment_with_a_wrong_hash_is_refused_and_names_never_touch_the_disk(
    world: World,
) -> None:
    payload = world.payload()
    payload["seq"] = 70
    payload["attachments"] = [{"sha256": "0" * 64, "data": "aGVsbG8="}]
    _refused(world, world.forge(payload=payload, header=_next_header(world, 70)), "hash")
    # a hostile attachment name is only a label: nothing is created from it
    payload = world.payload()
    payload["seq"] = 71
    write = next(w for w in payload["writes"] if w[4] == "case")
    traversal = [
        "o-x", 1, "000000000000001.000000", None, "attachment",
        "aaaaaaaa-0000-4000-8000-000000000071",
        {"case_id": write[5], "name": "../../../../tmp/pwned.txt", "sha256": "1" * 64, "size": 1},
        {}, [], [],
    ]  # fmt: skip
    payload["writes"] = [traversal]
    hostile = world.folder / "hostile.carebundle"
    hostile.write_bytes(world.forge(payload=payload, header=_next_header(world, 71)))
    world.field.care("bundle", "import", str(hostile), ok=False)
    assert not Path("/tmp/pwned.txt").exists()
    assert not any(p.name == "pwned.txt" for p in world.field.db.parent.rglob("*"))


def test_an_older_roster_is_refused(world: World) -> None:
    payload = world.payload()
    roster = payload["roster"]
    assert roster is not None
    newer = world.folder / "another.card"
    extra = make_device(world.folder, "extra", "field")
    extra.care("identity", "export", "--out", str(newer))
    fingerprint = json.loads(newer.read_text())["fingerprint"]
    world.office.care("enroll", str(newer), "--country", "NGA", "--fingerprint", fingerprint)
    world.office.care(
        "bundle", "export", "--to", world.field_id, "--out", str(world.folder / "r2.carebundle")
    )
    assert (
        world.field.json("bundle", "import", str(world.folder / "r2.carebundle"))["bundles"][0][
            "status"
        ]
        == "applied"
    )
    payload["seq"] = 80
    _refused(
        world, world.forge(payload=payload, header=_next_header(world, 80)), "older than the one"
    )


Mutator = Callable[[bytes], bytes]
