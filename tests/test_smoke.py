"""`care-desktop --smoke-test` from the source tree (the frozen bundle: tests/test_dist.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from care_desktop.ui import smoke


def test_smoke_test_passes_from_the_source_tree(private_folders: Path) -> None:
    environment = dict(os.environ)
    environment.pop("QT_QPA_PLATFORM", None)  # the smoke test chooses offscreen itself
    completed = subprocess.run(
        [sys.executable, "-m", "care_desktop.ui.app", "--smoke-test"],
        capture_output=True,
        text=True,
        env=environment,
        stdin=subprocess.DEVNULL,
        timeout=180,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert "smoke test passed: 5 cases listed" in completed.stdout
    # it worked in a temporary folder of its own: nothing in the user's folders
    for name in ("data", "config", "logs"):
        assert not any((private_folders / name).iterdir())


def test_a_blank_window_is_refused(qapp: object) -> None:
    blank = QImage(400, 300, QImage.Format.Format_ARGB32)
    blank.fill(QColor("white"))
    with pytest.raises(smoke.SmokeError, match="blank"):
        smoke._check_not_blank(blank)
    drawn = QImage(400, 300, QImage.Format.Format_ARGB32)
    drawn.fill(QColor("white"))
    for x, colour in enumerate((Qt.GlobalColor.red, Qt.GlobalColor.green, Qt.GlobalColor.blue)):
        for y in range(300):
            for dx in range(40):
                drawn.setPixelColor(x * 120 + dx, y, QColor(colour))
    smoke._check_not_blank(drawn)


def test_a_failure_is_one_line_and_exit_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def fails(folder: Path) -> str:
        raise smoke.SmokeError("the case sheet is not a PDF")

    monkeypatch.setattr(smoke, "_run", fails)
    assert smoke.run() == 1
    captured = capsys.readouterr()
    assert captured.err == "smoke test FAILED: the case sheet is not a PDF\n"
    assert captured.out == ""
