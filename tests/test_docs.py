"""Generated documentation stays in step with the code."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_data_model_document_matches_the_declarations() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "data_model_doc.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout
