"""`scripts/screenshots.py` (`make screenshots`) writes one PNG of the fixed size per screen."""

from __future__ import annotations

import struct
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCREENS = (
    "setup-welcome",
    "setup-demo",
    "unlock",
    "cases",
    "agenda",
    "trainings",
    "sync-centre",
    "dashboard",
    "settings",
)


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path.name
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_the_screenshot_script_shoots_every_screen(tmp_path: Path, private_folders: Path) -> None:
    out = tmp_path / "shots"
    out.mkdir()
    (out / "gone-screen.png").write_bytes(b"old")  # a screen that no longer exists
    completed = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "screenshots.py"), "--out", str(out),
         "--cases", "20", "--size", "1024x720"],
        capture_output=True, text=True, timeout=240, check=False, cwd=tmp_path,
    )  # fmt: skip
    assert completed.returncode == 0, completed.stderr[-2000:]
    shots = {path.stem: path for path in out.glob("*.png")}
    assert "gone-screen" not in shots
    for name in SCREENS:
        assert name in shots, sorted(shots)
        assert shots[name].stat().st_size > 2_000
    for name in ("cases", "settings", "dashboard"):
        assert _png_size(shots[name]) == (1024, 720)
    case_file = sorted(name for name in shots if name.startswith("case-file-"))
    if (ROOT / "care_desktop" / "ui" / "case_file" / "case_file_screen.py").exists():
        assert case_file[0] == "case-file-01-summary"
        assert len(case_file) >= 10  # one per tab of the case file
        for name in case_file:  # never smaller; larger only if the case file's least size is
            width, height = _png_size(shots[name])
            assert width >= 1024
            assert height >= 720
    # nothing of the user's folders was used: the script made its own
    assert not any((private_folders / "data").iterdir())
