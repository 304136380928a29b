"""`make screenshots`: every main screen of CARE Desktop, on demo data, as PNG for the user guide.

Runs on Qt's offscreen platform in a temporary folder (a demo database made by the demo
generator; the user's own data and settings are never opened), shows the set-up wizard, the
unlock dialog, each navigation page and each tab of the first case's file, waits until their
background reads are done and saves each to docs/screenshots/<name>.png at a fixed size.
Usage: python scripts/screenshots.py [--out DIR] [--cases N] [--size 1280x800]
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from care_desktop.db.store import Store
    from care_desktop.services.vault_service import DeviceInfo
    from care_desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--cases", type=int, default=300, help="demo cases (default 300)")
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    width, height = (int(part) for part in args.size.lower().split("x"))
    with tempfile.TemporaryDirectory(prefix="care-screenshots-") as temporary:
        home = Path(temporary)
        # before anything of the application is imported: nothing of the user's is touched
        for name in ("data", "config", "logs"):
            (home / name).mkdir()
        os.environ.update(
            QT_QPA_PLATFORM="offscreen",
            CARE_DATA_DIR=str(home / "data"),
            CARE_CONFIG_DIR=str(home / "config"),
            CARE_LOG_DIR=str(home / "logs"),
            CARE_LANG="en",
        )
        os.environ.pop("CARE_DB", None)
        shooter = _Shooter(args.out, (width, height))
        return shooter.run(home / "data" / "care.db", args.cases)


class _Shooter:
    def __init__(self, out: Path, size: tuple[int, int]) -> None:
        from PySide6.QtGui import QFont, QFontDatabase  # noqa: PLC0415
        from PySide6.QtWidgets import QApplication  # noqa: PLC0415

        from care_desktop.ui import translator  # noqa: PLC0415
        from care_desktop.ui.task_runner import TaskRunner  # noqa: PLC0415

        existing = QApplication.instance()
        self.app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
        if "DejaVu Sans" in QFontDatabase.families():  # the same pictures on every machine
            QApplication.setFont(QFont("DejaVu Sans", 9))
        translator.install("en")
        self.runner = TaskRunner(self.app)
        self.out = out
        self.size = size
        self.saved: list[Path] = []

    def settle(self, timeout: float = 60.0) -> None:
        """Until no background read is pending and a few rounds of events brought no new one."""
        deadline = time.monotonic() + timeout
        quiet = 0
        while time.monotonic() < deadline and quiet < 4:
            self.app.processEvents()
            self.runner.wait()
            self.app.processEvents()
            quiet = 0 if self.runner.busy else quiet + 1
            time.sleep(0.05)

    def shoot(self, widget: QWidget, name: str) -> None:
        self.settle()
        time.sleep(0.3)  # chart animations end
        self.settle()
        path = self.out / f"{name}.png"
        if not widget.grab().save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
        self.saved.append(path)
        print(path)

    def run(self, real: Path, cases: int) -> int:
        from care_desktop.services import demo_database, vault_service  # noqa: PLC0415

        self.out.mkdir(parents=True, exist_ok=True)
        for old in self.out.glob("*.png"):  # a screen that is gone leaves no picture behind
            old.unlink()
        self._first_run(real)
        print(f"making a demo database of {cases} cases…", file=sys.stderr)
        store = demo_database.create(real, cases)
        if store is None:
            raise RuntimeError("the demo database was not made")
        try:
            device = vault_service.device_info(store)
            self._unlock(demo_database.demo_path(real))
            self._main_window(store, device)
        finally:
            self.runner.wait()
            self.app.processEvents()
            store.close()
        print(f"{len(self.saved)} screenshots in {self.out}", file=sys.stderr)
        return 0

    def _first_run(self, real: Path) -> None:
        from care_desktop.ui.setup_wizard import SetupWizard  # noqa: PLC0415

        # shown, never created: the path a person sees on Linux, not this run's temporary one
        shown = Path("~/.local/share/CARE Desktop") / real.name
        wizard = SetupWizard(shown, self.runner)
        wizard.resize(720, 600)
        wizard.show()
        self.shoot(wizard, "setup-welcome")
        wizard.welcome.demo.setChecked(True)
        wizard.next()
        self.shoot(wizard, "setup-demo")
        wizard.done(0)
        wizard.deleteLater()

    def _unlock(self, path: Path) -> None:
        from care_desktop.ui.unlock_dialog import UnlockDialog  # noqa: PLC0415

        dialog = UnlockDialog(path, self.runner)
        dialog.show()
        self.shoot(dialog, "unlock")
        dialog.done(0)
        dialog.deleteLater()

    def _main_window(self, store: Store, device: DeviceInfo) -> None:
        from care_desktop.services.settings_service import SettingsStore  # noqa: PLC0415
        from care_desktop.ui import demo_banner  # noqa: PLC0415
        from care_desktop.ui.main_window import MainWindow  # noqa: PLC0415

        window = MainWindow(store, device, SettingsStore(), self.runner)
        demo_banner.install(window)
        window.resize(*self.size)
        window.show()
        names = {
            id(window.cases): "cases",
            id(window.agenda): "agenda",
            id(window.trainings): "trainings",
            id(window.sync_centre): "sync-centre",
            id(getattr(window, "dashboard", None)): "dashboard",
            id(window.settings_screen): "settings",
        }
        for row in range(window.navigation.count()):
            window.navigation.setCurrentRow(row)
            page = window.screens.currentWidget()
            name = names.get(id(page)) or _slug(window.navigation.item(row).text())
            self.shoot(window, name)
        self._case_file(window)
        window.sync.stop()
        window.close()

    def _case_file(self, window: MainWindow) -> None:
        open_case = getattr(window, "open_case", None)  # the case file may not be built yet
        cases = window.cases
        window.navigation.setCurrentRow(0)
        self.settle()
        if open_case is None or cases.model.rowCount() == 0:
            print("no case file to show", file=sys.stderr)
            return
        cases.select_row(0)
        case_file = open_case(cases.selected_case_id())
        tabs = case_file.tabs
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            title = tabs.tabText(index).replace("&", "").rstrip(" *")
            self.shoot(window, f"case-file-{index + 1:02d}-{_slug(title)}")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "screen"


if __name__ == "__main__":
    sys.exit(main())
