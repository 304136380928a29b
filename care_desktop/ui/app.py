"""`care-desktop`: the application's entry point."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from care_desktop import logs
from care_desktop.paths import default_database


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(argv) if argv is not None else sys.argv
    if "--smoke-test" in arguments[1:]:
        # the build check (`make dist-check`): a demo database in a temporary folder, offscreen
        from care_desktop.ui import smoke  # noqa: PLC0415

        return smoke.run()
    logs.configure()
    # Qt is imported only now: `care-desktop --help` and the CLI never pay for it.
    from PySide6.QtCore import Qt  # noqa: PLC0415
    from PySide6.QtGui import QGuiApplication  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from care_desktop.services.settings_service import SettingsStore  # noqa: PLC0415
    from care_desktop.ui import translator  # noqa: PLC0415
    from care_desktop.ui.app_controller import AppController, choose_language  # noqa: PLC0415
    from care_desktop.ui.collector import GuiThreadCollector  # noqa: PLC0415
    from care_desktop.ui.crash_handler import CrashHandler  # noqa: PLC0415
    from care_desktop.ui.icons import application_icon  # noqa: PLC0415
    from care_desktop.ui.task_runner import TaskRunner  # noqa: PLC0415

    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(arguments)
    app.setApplicationName("CARE Desktop")
    app.setOrganizationName("IOM")
    app.setWindowIcon(application_icon())
    # Wayland matches windows to their menu entry and icon by this name (installers/linux)
    app.setDesktopFileName("care-desktop")
    # Between windows (set-up → main, lock → unlock) none may be open; the controller quits.
    app.setQuitOnLastWindowClosed(False)
    settings = SettingsStore()
    translator.install(choose_language(settings))
    crash = CrashHandler(app)
    crash.install()
    GuiThreadCollector(app).install()  # Qt objects are never freed on a worker thread
    runner = TaskRunner(app)
    controller = AppController(default_database(), settings, runner)
    app.aboutToQuit.connect(controller.shutdown)
    controller.start()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
