"""Bundle files on disk: written privately and whole, their header read without opening them."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from care_desktop.services.bundle_reasons import BundleFileError, refuse
from care_desktop.sync import bundle as fmt


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def write_private(path: Path, data: bytes) -> None:
    """Write a file only its owner reads, whole or not at all (temporary name, fsync, rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.part")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


def peek(path: Path) -> fmt.Header:
    """The (not yet verified) header of a bundle file: whom it is for, from whom, which number."""
    try:
        with path.open("rb") as handle:
            return fmt.read_signed_header(handle, path.stat().st_size, hash_payload=False)[0]
    except fmt.BundleError as error:
        raise refuse(path, error.code) from None
    except OSError:
        raise BundleFileError(path=str(path)) from None
