"""Devices for sync tests: real databases driven through the real `care` program."""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import CareResult, run_care


@dataclass
class Device:
    name: str
    db: Path

    def care(self, *args: str, ok: bool = True) -> CareResult:
        result = run_care("--db", str(self.db), *args)
        if ok:
            assert result.code == 0, f"{self.name}: care {' '.join(args)}: {result.stderr}"
        return result

    def json(self, *args: str) -> dict:  # type: ignore[type-arg]
        return json.loads(self.care("--json", *args).stdout)  # type: ignore[no-any-return]

    @property
    def device_id(self) -> str:
        return str(self.json("identity", "show")["device_id"])


def make_device(folder: Path, name: str, role: str, *extra: str) -> Device:
    device = Device(name, folder / name / "care.db")
    countries = ["--country", "NGA"] if role == "field" else []
    device.care("init", "--role", role, "--office", f"IOM {name}", *countries, *extra)
    return device


def pair(office: Device, field: Device, folder: Path, *countries: str) -> None:
    """The office enrols the field device; the field device pins the office (fingerprints)."""
    office_card, field_card = folder / f"{office.name}.card", folder / f"{field.name}.card"
    office.care("identity", "export", "--out", str(office_card))
    field.care("identity", "export", "--out", str(field_card))
    office_fp = json.loads(office_card.read_text())["fingerprint"]
    field_fp = json.loads(field_card.read_text())["fingerprint"]
    scope = [arg for c in countries for arg in ("--country", c)]
    office.care("enroll", str(field_card), *scope, "--fingerprint", field_fp)
    field.care("enroll", str(office_card), "--fingerprint", office_fp)


def send(source: Device, target: Device, folder: Path, to: str | None = None) -> dict:  # type: ignore[type-arg]
    """Export from `source` to `target` and import it there; returns the import report."""
    out = (
        folder
        / f"{source.name}-to-{target.name}-{len(list(folder.glob('*.carebundle')))}.carebundle"
    )
    source.care("bundle", "export", "--to", to or target.device_id, "--out", str(out))
    return target.json("bundle", "import", str(out))["bundles"][0]  # type: ignore[no-any-return]


def tool(*args: str, input_bytes: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(list(args), capture_output=True, input=input_bytes, check=False)
