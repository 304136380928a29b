"""The attachments tab: adding a file, listing it with who added it, saving a copy only where
the person chose, and the size limit refused with its reason."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from care_desktop.services import attachment_service, case_service, records, vault_service
from care_desktop.services.vault_service import Store
from care_desktop.ui.case_file.attachments_tab import AttachmentsTab
from care_desktop.ui.task_runner import TaskRunner
from tests.conftest import PASSPHRASE


@pytest.fixture
def store(existing_db: Path) -> Iterator[Store]:
    opened = vault_service.unlock_with_passphrase(existing_db, PASSPHRASE)
    yield opened
    opened.close()


@pytest.fixture
def case_id(store: Store) -> str:
    created = case_service.create_case(
        store, {"gender": "Feminine", "country_of_return": "GIN"}, {"given_name": "Mariama"}
    )
    return created.case.id


class _Chooser(AttachmentsTab):
    """The tab with the person's choices given instead of asked in native dialogs."""

    source: Path | None = None
    destination: Path | None = None

    def choose_file(self) -> Path | None:
        return self.source

    def choose_destination(self, name: str) -> Path | None:
        self.suggested = name
        return self.destination


def _tab(qtbot: QtBot, store: Store, runner: TaskRunner, case_id: str) -> _Chooser:
    tab = _Chooser(store, runner, case_id)
    qtbot.addWidget(tab)
    tab.show()
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.load()
    return tab


def test_a_file_is_added_listed_and_copied_where_chosen(
    qtbot: QtBot,
    store: Store,
    runner: TaskRunner,
    case_id: str,
    tmp_path: Path,
    english: None,
    qtmodeltester: ModelTester,
) -> None:
    tab = _tab(qtbot, store, runner, case_id)
    assert tab.model.rowCount() == 0
    assert not tab.save_button.isEnabled()
    source = tmp_path / "birth certificate.pdf"
    source.write_bytes(b"%PDF-1.4 scanned certificate" * 100)
    tab.source = source
    qtbot.keyClicks(tab.description, "Scan of the birth certificate")
    assert tab.is_dirty()
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.add_button.click()
    assert not tab.is_dirty()
    assert tab.status.text() == "birth certificate.pdf added."

    stored = records.list_for_case(store, "attachment", case_id)
    assert len(stored) == 1
    assert stored[0].values["name"] == "birth certificate.pdf"
    assert stored[0].values["media_type"] == "application/pdf"
    assert stored[0].values["description"] == "Scan of the birth certificate"
    assert stored[0].values["size"] == source.stat().st_size

    model = tab.model
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0)) == "birth certificate.pdf"
    assert model.data(model.index(0, 1)) == "2.7 kB"
    assert model.data(model.index(0, 2)) == "application/pdf"
    assert model.data(model.index(0, 4)) == "Officer One"
    assert model.data(model.index(0, 5)) != ""

    tab.table.selectRow(0)
    copy = tmp_path / "chosen" / "copy.pdf"
    copy.parent.mkdir()
    tab.destination = copy
    with qtbot.waitSignal(tab.copied, timeout=10_000) as copied:
        tab.save_button.click()
    assert copied.args == [str(copy)]
    assert tab.suggested == "birth certificate.pdf"
    assert copy.read_bytes() == source.read_bytes()
    assert sorted(p.name for p in copy.parent.iterdir()) == ["copy.pdf"]


def test_a_file_over_the_limit_is_refused_with_the_reason(
    qtbot: QtBot, store: Store, runner: TaskRunner, case_id: str, tmp_path: Path, english: None
) -> None:
    tab = _tab(qtbot, store, runner, case_id)
    big = tmp_path / "video.mp4"
    with big.open("wb") as out:
        out.truncate(attachment_service.MAX_ATTACHMENT_BYTES + 1)  # sparse: no 10 MB written
    tab.source = big
    tab.add_button.click()
    qtbot.waitUntil(tab.error.isVisible, timeout=10_000)
    assert tab.error.text() == (
        "video.mp4 is larger than 10 MB. Scan it at a lower resolution or split it."
    )
    assert tab.add_button.isEnabled()
    assert records.list_for_case(store, "attachment", case_id) == []


def test_a_copy_that_cannot_be_written_says_why(
    qtbot: QtBot, store: Store, runner: TaskRunner, case_id: str, tmp_path: Path, english: None
) -> None:
    source = tmp_path / "letter.txt"
    source.write_text("A letter from the school.", encoding="utf-8")
    attachment_service.attach(store, case_id, source)
    tab = _tab(qtbot, store, runner, case_id)
    tab.table.selectRow(0)
    tab.destination = tmp_path / "no such folder" / "letter.txt"
    tab.save_button.click()
    qtbot.waitUntil(tab.error.isVisible, timeout=10_000)
    assert tab.error.text().startswith("The copy could not be written to ")
    assert not (tmp_path / "no such folder").exists()
