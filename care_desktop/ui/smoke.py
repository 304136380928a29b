"""`care-desktop --smoke-test`: does this build of the application work end to end?

Run on the frozen bundle (`make dist-check`) and from the source tree (tests/test_smoke.py). In a
temporary folder, on the offscreen platform, it makes a demo database with the real services,
shows the main window as the application does, waits for the case list's first page, renders
the window and checks the image is not blank, prints an interview case sheet and reads the PDF
back with QtPdf; then closes everything. Exit 0, or one line saying what failed and exit 1.

What it touches is what a bundle can lose: Qt's platform, image-format and PDF plugins,
sqlcipher3, Argon2 (cffi), the Alembic migration scripts (loaded by path), the resources
(translations, icon, fonts), reportlab and uharfbuzz, and this platform's keyring backend.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

DEMO_CASES = 5
WAIT_SECONDS = 60.0
# Light key derivation: the smoke test checks that Argon2 runs, not how slowly.
LIGHT_ARGON2 = {"time_cost": 1, "memory_kib": 8192, "parallelism": 1}
PASSPHRASE = "smoke test of a frozen bundle"
# A string the French catalogue translates; passed unpacked so that the string extractor does
# not list this module among the string's places (scripts/update_translations.py).
_TRANSLATION_PROBE = ("MainWindow", "Cases")
_KEYRING_BACKENDS = {
    "linux": "keyring.backends.SecretService",
    "win32": "keyring.backends.Windows",
    "darwin": "keyring.backends.macOS",
}


class SmokeError(Exception):
    """A check of the smoke test failed; its message is the one line printed."""


def run() -> int:
    """The whole smoke test; the process's exit code."""
    with tempfile.TemporaryDirectory(prefix="care-smoke-") as folder:
        try:
            summary = _run(Path(folder))
        except SmokeError as error:
            print(f"smoke test FAILED: {error}", file=sys.stderr)
            return 1
        except Exception as error:  # noqa: BLE001 - any failure is one line and exit 1
            where = traceback.extract_tb(error.__traceback__)[-1]
            place = f"{Path(where.filename).name}:{where.lineno}"
            print(f"smoke test FAILED: {type(error).__name__} at {place}: {error}", file=sys.stderr)
            return 1
    print(f"smoke test passed: {summary}")
    return 0


def _run(folder: Path) -> str:
    # Everything of the application's own goes into the temporary folder: the user's data,
    # settings and logs are never touched, and the platform is offscreen whatever the screen.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    for variable, name in (
        ("CARE_DATA_DIR", "data"),
        ("CARE_CONFIG_DIR", "config"),
        ("CARE_LOG_DIR", "logs"),
    ):
        os.environ[variable] = str(folder / name)
    os.environ["CARE_DB"] = str(folder / "data" / "care.db")

    from care_desktop import logs  # noqa: PLC0415

    logs.configure(force=True)
    try:
        return _with_application(folder)
    finally:
        logs.unconfigure()


def _with_application(folder: Path) -> str:
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from care_desktop.ui import translator  # noqa: PLC0415
    from care_desktop.ui.icons import application_icon  # noqa: PLC0415
    from care_desktop.ui.task_runner import TaskRunner  # noqa: PLC0415

    app = QApplication.instance() or QApplication([sys.argv[0], "-platform", "offscreen"])
    if not isinstance(app, QApplication):
        raise SmokeError("a non-widget Qt application is already running")
    _check_imports()
    _check_resources()
    icon = application_icon()
    if icon.isNull() or icon.pixmap(64, 64).isNull():
        raise SmokeError("the application icon (SVG) does not render: image-format plugin?")
    app.setWindowIcon(icon)
    translator.install("fr")  # the catalogues load (from .ts files in the bundle)
    from care_desktop.ui.i18n import tr  # noqa: PLC0415

    if tr(*_TRANSLATION_PROBE) == _TRANSLATION_PROBE[1]:
        raise SmokeError("the French catalogue is not loaded")
    translator.install("en")
    runner = TaskRunner(app)
    errors: list[BaseException] = []
    previous_hook = sys.excepthook
    sys.excepthook = lambda kind, error, tb: errors.append(error)
    try:
        return _with_store(app, runner, folder / "data" / "care.db", errors)
    finally:
        runner.wait()
        app.processEvents()
        sys.excepthook = previous_hook


def _with_store(app: Any, runner: Any, database: Path, errors: list[BaseException]) -> str:
    from care_desktop.services import demo_service, vault_service  # noqa: PLC0415
    from care_desktop.services.vault_service import SetupRequest  # noqa: PLC0415

    def create() -> Any:
        store, _ = vault_service.create_database(
            SetupRequest(
                database, "field", "IOM Conakry", ("GIN",), PASSPHRASE, "Smoke Test", LIGHT_ARGON2
            )
        )
        try:
            demo_service.generate_demo(store, DEMO_CASES)
            return store, vault_service.device_info(store)
        except BaseException:
            store.close()
            raise

    store, device = _call_db(app, runner, create, errors, "creating the demo database")
    try:
        return _with_window(app, runner, store, device, errors)
    finally:
        runner.wait()
        store.close()


def _with_window(
    app: Any, runner: Any, store: Any, device: Any, errors: list[BaseException]
) -> str:
    from PySide6.QtPdf import QPdfDocument  # noqa: PLC0415

    from care_desktop.services import print_service  # noqa: PLC0415
    from care_desktop.services.settings_service import SettingsStore  # noqa: PLC0415
    from care_desktop.ui.main_window import MainWindow  # noqa: PLC0415

    window = MainWindow(store, device, SettingsStore(), runner)
    window.show()
    try:
        model = window.cases.model
        _wait(app, lambda: model.rowCount() > 0, errors, "the case list's first page")
        rows = model.rowCount()
        _check_not_blank(window.grab().toImage())
        code = model.case_at(0).case_code
        sheet = _call_db(
            app,
            runner,
            lambda: print_service.case_sheet(store, code, print_service.INTERVIEW),
            errors,
            "printing the interview case sheet",
        )
    finally:
        window.ask_on_close = False
        window.close()
        runner.wait()
        app.processEvents()
    pdf = bytes(sheet.pdf)
    if not pdf.startswith(b"%PDF"):
        raise SmokeError("the case sheet is not a PDF")
    path = Path(os.environ["CARE_DATA_DIR"]) / "sheet.pdf"
    path.write_bytes(pdf)
    document = QPdfDocument()
    status = document.load(str(path))
    pages = document.pageCount()
    document.close()
    if pages < 1:
        raise SmokeError(f"the case sheet has no pages (QtPdf: {status.name})")
    return f"{rows} cases listed, window rendered, case sheet of {pages} page(s), {len(pdf)} bytes"


def _check_imports() -> None:
    # modules a bundle loads by name or lazily: a missing one fails here, not in the field
    import argon2  # noqa: PLC0415, F401
    import cryptography.hazmat.primitives.asymmetric.ed25519  # noqa: PLC0415, F401
    import pyrage  # noqa: PLC0415, F401
    import uharfbuzz  # noqa: PLC0415, F401

    platform = "linux" if sys.platform.startswith("linux") else sys.platform
    backend = _KEYRING_BACKENDS.get(platform)
    if backend is not None:
        __import__(backend)


def _check_resources() -> None:
    from care_desktop.paths import resource_path  # noqa: PLC0415

    for parts in (
        ("icons", "care.svg"),
        ("translations", "care_fr.ts"),
        ("fonts", "NotoSans-Regular.ttf"),
        ("fonts", "NotoSansArabic-Regular.ttf"),
    ):
        if not resource_path(*parts).is_file():
            raise SmokeError(f"resource missing: {'/'.join(parts)}")


def _check_not_blank(image: Any) -> None:
    if image.isNull() or image.width() < 100 or image.height() < 100:
        raise SmokeError("the main window did not render")
    colours = {
        image.pixel(x, y)
        for x in range(0, image.width(), max(1, image.width() // 60))
        for y in range(0, image.height(), max(1, image.height() // 60))
    }
    # a blank (one-colour) grab means nothing was drawn: no fonts, no style, no platform
    if len(colours) < 4:
        raise SmokeError(f"the main window rendered blank ({len(colours)} colours)")


def _wait(app: Any, done: Callable[[], bool], errors: list[BaseException], what: str) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while not done():
        if errors:
            error = errors[0]
            raise SmokeError(f"{what}: {type(error).__name__}: {error}")
        if time.monotonic() > deadline:
            raise SmokeError(f"{what}: nothing after {WAIT_SECONDS:.0f} s")
        app.processEvents()
        time.sleep(0.01)


def _call_db(
    app: Any, runner: Any, work: Callable[[], T], errors: list[BaseException], what: str
) -> T:
    # database work on the database thread, as the application does it
    outcome: list[T] = []
    runner.run_db(work, outcome.append, errors.append)
    _wait(app, lambda: bool(outcome), errors, what)
    return outcome[0]
