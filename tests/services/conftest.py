"""A coordinator's database, open, for the service tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from care_desktop.db.store import Store
from care_desktop.services import vault_service
from care_desktop.services.vault_service import SetupRequest
from tests.conftest import PASSPHRASE


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    opened, _ = vault_service.create_database(
        SetupRequest(db_path, "coordinator", "IOM France", (), PASSPHRASE, "Coordinator One")
    )
    yield opened
    opened.close()


@pytest.fixture
def field_store(db_path: Path) -> Iterator[Store]:
    opened, _ = vault_service.create_database(
        SetupRequest(db_path, "field", "IOM Lagos", ("NGA",), PASSPHRASE, "Officer One")
    )
    yield opened
    opened.close()
