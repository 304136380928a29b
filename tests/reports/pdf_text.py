"""Reading a built PDF back as its text, page by page, and checking it with qpdf."""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata
from pathlib import Path

from pypdf import PdfReader


def pages_text(pdf: bytes) -> list[str]:
    """Each page's text, NFKC-normalised (Arabic comes back as presentation forms)."""
    reader = PdfReader(io.BytesIO(pdf))
    return [unicodedata.normalize("NFKC", page.extract_text() or "") for page in reader.pages]


def text(pdf: bytes) -> str:
    return "\n".join(pages_text(pdf))


def squeezed(value: str) -> str:
    """Text without whitespace: line breaks fall anywhere in a wrapped paragraph."""
    return "".join(value.split())


def qpdf_check(pdf: bytes, folder: Path) -> None:
    qpdf = shutil.which("qpdf")
    assert qpdf, "qpdf is not installed (make's TEST_DEBS)"
    path = folder / "checked.pdf"
    path.write_bytes(pdf)
    done = subprocess.run([qpdf, "--check", str(path)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
