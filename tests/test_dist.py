"""The frozen Linux bundle at work (`make dist-check` builds it, then runs this file).

Only with CARE_DIST_CHECK=1: building the bundle takes minutes, so `make test` does not.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from care_desktop import __version__
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(
    os.environ.get("CARE_DIST_CHECK") != "1",
    reason="the frozen bundle is checked by `make dist-check` (CARE_DIST_CHECK=1)",
)

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "CARE-Desktop"
TARBALL = ROOT / "dist" / f"care-desktop-{__version__}-linux-x86_64.tar.gz"
INTERNAL = BUNDLE / "_internal"


def run(
    program: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ)
    environment.update(env or {})
    return subprocess.run(
        [str(program), *args],
        capture_output=True,
        text=True,
        env=environment,
        stdin=subprocess.DEVNULL,
        timeout=300,
        check=False,
        cwd=program.parent.parent,  # not the source tree: nothing may be imported from there
    )


def test_the_bundle_and_its_tarball_exist() -> None:
    assert sys.platform.startswith("linux")
    for name in ("care-desktop", "care"):
        assert os.access(BUNDLE / name, os.X_OK), name
    assert TARBALL.is_file()
    # the files loaded by path rather than imported
    migrations = INTERNAL / "care_desktop" / "db" / "migrations"
    assert (migrations / "env.py").is_file()
    assert (migrations / "script.py.mako").is_file()
    assert len(list((migrations / "versions").glob("0*.py"))) >= 7
    resources = INTERNAL / "care_desktop" / "resources"
    assert (resources / "translations" / "care_fr.ts").is_file()
    assert (resources / "icons" / "care.svg").is_file()
    build = json.loads((resources / "build.json").read_text(encoding="utf-8"))
    assert set(build) == {"commit", "date", "platform"}
    assert build["platform"].startswith("linux-")
    plugins = INTERNAL / "PySide6" / "Qt" / "plugins"
    for plugin in (
        "platforms/libqoffscreen.so",
        "platforms/libqxcb.so",
        "platforms/libqwayland.so",
        "imageformats/libqsvg.so",
        "iconengines/libqsvgicon.so",
        "printsupport/libcupsprintersupport.so",
    ):
        assert (plugins / plugin).is_file(), plugin
    # left out on purpose (installers/care.spec): no QtQuick, no WebEngine
    assert not list(INTERNAL.rglob("libQt6Quick.so*"))
    assert not list(INTERNAL.rglob("libQt6WebEngine*"))


def test_the_smoke_test_passes_from_the_unpacked_tarball(tmp_path: Path) -> None:
    with tarfile.open(TARBALL) as archive:
        archive.extractall(tmp_path, filter="tar")
    unpacked = tmp_path / "CARE-Desktop" / "care-desktop"
    completed = run(unpacked, "--smoke-test")
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.startswith("smoke test passed: 5 cases listed")


def test_the_command_line_from_the_frozen_files(private_folders: Path) -> None:
    care = BUNDLE / "care"
    version = run(care, "--version")
    assert version.returncode == 0, version.stderr
    assert version.stdout.split() == ["care", __version__]

    env = {"CARE_PASSPHRASE": PASSPHRASE, "CARE_DB": str(private_folders / "data" / "care.db")}

    def session(*args: str) -> str:
        completed = run(care, *args, env=env)
        assert completed.returncode == 0, (args, completed.stderr)
        return completed.stdout

    session("init", "--role", "field", "--office", "IOM Conakry", "--country", "GIN")
    assert "Added 5 synthetic cases" in session("demo", "--cases", "5")
    cases = json.loads(session("--json", "case", "list"))["cases"]
    assert len(cases) == 5
    sheet = private_folders / "x.pdf"
    session(
        "print", "case-sheet", cases[0]["case_code"], "--profile", "interview", "--out", str(sheet)
    )
    assert sheet.read_bytes().startswith(b"%PDF")
    assert "Database OK" in session("check")
