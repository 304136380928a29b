"""The database the UI benchmark reads: 100,000 demo cases, made once and kept in a temporary
folder (generating them takes minutes; reading them is what is measured).

The database is made with the default Argon2 settings, so unlocking it costs what it costs a
person. Usage on its own: python bench/ui_data.py [--cases 100000]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("CARE_LOG_DIR", tempfile.mkdtemp())

from care_desktop.services import demo_service, vault_service
from care_desktop.services.vault_service import SetupRequest

PASSPHRASE = "benchmark passphrase of five words"
OFFICE = "IOM France"


def cache_folder(cases: int) -> Path:
    return Path(tempfile.gettempdir()) / f"care-ui-bench-{cases}"


def database(cases: int) -> tuple[Path, float | None]:
    """The path of a database of `cases` demo cases, and how long making it took (None: it was
    already there). A half-made one (interrupted) is made again."""
    folder = cache_folder(cases)
    path, done = folder / "care.db", folder / "complete"
    if done.exists():
        return path, None
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    start = time.perf_counter()
    store, _ = vault_service.create_database(
        SetupRequest(path, "coordinator", OFFICE, (), PASSPHRASE, "Coordinator")
    )
    try:
        demo_service.generate_demo(store, cases, seed=11)
    finally:
        store.close()
    elapsed = time.perf_counter() - start
    done.write_text(f"{elapsed:.1f}\n")
    return path, elapsed


def working_copy(cases: int, into: Path) -> tuple[Path, float]:
    """A copy of the cached database in `into`, brought to this code's schema (untimed here:
    a migration is not what is measured), and how long that took. The cache itself stays at
    the schema it was made with, so a migration being written meanwhile never spoils it."""
    source, _ = database(cases)
    start = time.perf_counter()
    target = into / "care.db"
    for name in ("care.db", "care.db.keys"):
        shutil.copyfile(source.parent / name, into / name)
    vault_service.unlock_with_passphrase(target, PASSPHRASE, audit=False).close()
    return target, time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--copy-into", type=Path, help="a working copy there (see working_copy)")
    arguments = parser.parse_args()
    if arguments.copy_into:
        path, copied_s = working_copy(arguments.cases, arguments.copy_into)
        print(f"{copied_s:.3f}")
        return 0
    path, made_s = database(arguments.cases)
    state = f"made in {made_s:.0f} s" if made_s is not None else "already there"
    print(f"{path}: {state}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
