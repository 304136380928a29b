"""Child process of test_crash.py: one large write transaction, reporting as it goes.

Usage: python crash_writer.py DB PASSPHRASE ROWS BATCH TAG
Prints "batch N" after each flushed batch and "committed" after the commit.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import insert

from care_desktop.db.models import AuditEntry
from care_desktop.db.types import utcnow
from care_desktop.services import vault_service


def main() -> None:
    database, passphrase, rows, batch, tag = sys.argv[1:6]
    store = vault_service.unlock_with_passphrase(Path(database), passphrase)
    device_id = vault_service.device_info(store).device_id
    with store.write() as session:
        for number in range(0, int(rows), int(batch)):
            session.execute(
                insert(AuditEntry),
                [
                    {
                        "at": utcnow(),
                        "device_id": device_id,
                        "action": "view",
                        "record_type": tag,
                        "record_id": f"{number + offset:08d}",
                        "detail": "x" * 150,
                    }
                    for offset in range(int(batch))
                ],
            )
            print(f"batch {number // int(batch)}", flush=True)
    print("committed", flush=True)
    sys.stdin.read()  # wait to be killed


if __name__ == "__main__":
    main()
