"""The case list over 100,000 demo cases, in one process on the offscreen platform, as a person
meets it: unlock, the list's first page and count, typed searches, scrolling; an event-loop
latency probe on the GUI thread the whole time. Baselines in the same run: the same searches
as raw SQL on the same database without the interface, and the probe on an empty event loop.

The window is opened as the application opens it (app_controller): the main window, then the
check of every page's HMAC on a connection of its own, beside the database thread.

Usage: python bench/ui_bench.py [--cases 100000] [--json OUT]
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HOME = Path(tempfile.mkdtemp(prefix="care-ui-bench-home-"))
# the working copy of the database is as large as the cache (GiB at 100,000 cases)
atexit.register(shutil.rmtree, HOME, True)
for _name in ("data", "config", "logs", "tmp"):
    (HOME / _name).mkdir()
    os.environ.setdefault(f"CARE_{_name.upper()}_DIR", str(HOME / _name))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CARE_LANG", "en")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from datetime import date  # noqa: E402

import isolated  # noqa: E402
from PySide6.QtGui import QStandardItemModel  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView  # noqa: E402
from sqlalchemy.dialects import sqlite  # noqa: E402
from ui_data import PASSPHRASE  # noqa: E402
from ui_probe import LatencyProbe, pause, wait_until  # noqa: E402

from care_desktop.db.keyfile import read_keyfile, unwrap_with_passphrase  # noqa: E402
from care_desktop.services import case_list_service, check_service, vault_service  # noqa: E402
from care_desktop.services.case_list_service import CaseFilter, CaseOrder  # noqa: E402
from care_desktop.services.settings_service import SettingsStore  # noqa: E402
from care_desktop.ui import translator  # noqa: E402
from care_desktop.ui.main_window import MainWindow  # noqa: E402
from care_desktop.ui.task_runner import TaskRunner  # noqa: E402

TYPING_PAUSE_S = 0.25  # between two measured keys: longer than the debounce, as a slow typist
FAST_KEY_MS = 60  # a fast typist: every key restarts the debounce
SCROLL_PAGES = 50


def _rss_mb() -> float:
    """The process's peak resident memory so far (VmHWM), MiB."""
    return isolated.peak_mb()


class Timings:
    """What the worker and the model did, with when (perf_counter)."""

    def __init__(self) -> None:
        self.queries: list[tuple[str, float, float]] = []  # search, start, end (worker thread)
        self.reloads: list[tuple[str, float]] = []  # search of the model's rows, when
        self.debounce_fired: list[float] = []
        self.check: list[float] = []  # start, end of the page check after unlock

    def instrument(self) -> None:
        """Time the service call the model makes (it looks the function up at each call)."""
        real = case_list_service.first_page

        def timed(store: Any, found: CaseFilter, *args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return real(store, found, *args, **kwargs)
            finally:
                self.queries.append((found.search, start, time.perf_counter()))

        case_list_service.first_page = timed  # type: ignore[assignment]


def _unlock(path: Path) -> tuple[Any, dict[str, float]]:
    """As the unlock dialog does it (on the database thread there), in two timed steps."""
    start = time.perf_counter()
    keyfile = read_keyfile(path)
    slot, key = unwrap_with_passphrase(keyfile, PASSPHRASE)
    derived = time.perf_counter()
    store = vault_service.open_unwrapped(
        path, keyfile, key, slot.label, cache_kib=vault_service.UI_CACHE_KIB
    )
    opened = time.perf_counter()
    return store, {"argon2_s": derived - start, "open_s": opened - derived}


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))] if ordered else 0.0


class Bench:
    def __init__(self, app: QApplication, path: Path) -> None:
        self.app = app
        self.path = path
        self.probe = LatencyProbe()
        self.runner = TaskRunner()
        self.timings = Timings()
        self.timings.instrument()
        self.results: dict[str, Any] = {"rss_mb": {"start": _rss_mb()}}

    # --- phases -----------------------------------------------------------------------------

    def empty_loop(self) -> None:
        self.probe.start("empty event loop")
        pause(3.0)

    def bare_window(self) -> None:
        """The baseline of start-up: a bare PySide6 window (a QMainWindow holding a QTableView
        on an empty model) built and shown in this process until it is exposed. Twice: the
        first pays Qt's own first window (fonts, style), as the unlock dialog does before the
        main window in the application; the second is the baseline the main window is set
        against, Qt being as warm as it is after the unlock dialog."""
        times = []
        for _ in range(2):
            start = time.perf_counter()
            window = QMainWindow()
            table = QTableView(window)
            table.setModel(QStandardItemModel(0, 8, table))
            window.setCentralWidget(table)
            window.resize(1200, 800)
            window.show()
            QTest.qWaitForWindowExposed(window)
            self.app.processEvents()
            times.append(time.perf_counter() - start)
            window.close()
            window.deleteLater()
            pause(0.1)
        self.results["bare_window"] = {"cold_s": times[0], "warm_s": times[1]}

    def open_window(self) -> None:
        self.probe.set_phase("unlock (database thread)")
        unlocked: list[Any] = []
        start = time.perf_counter()
        self.runner.run_db(lambda: _unlock(self.path), unlocked.append, owner=self.runner)
        wait_until(lambda: bool(unlocked))
        self.store, steps = unlocked[0]
        ready = time.perf_counter()
        self.results["rss_mb"]["unlocked"] = _rss_mb()
        self.probe.set_phase("window and first page")
        store = self.store
        settings = SettingsStore(HOME / "config")
        self.window = MainWindow(store, vault_service.device_info(store), settings, self.runner)
        self.window.show()
        built = time.perf_counter()

        def checked() -> None:
            self.timings.check.append(time.perf_counter())
            check_service.verify_pages(store, check_service.PageCheck())
            self.timings.check.append(time.perf_counter())

        # as app_controller does: beside the database thread, on a connection of its own
        self.runner.run(checked, owner=self.window)
        self.screen = self.window.cases
        model = self.screen.model
        model.reloaded.connect(
            lambda: self.timings.reloads.append((model.case_filter.search, time.perf_counter()))
        )
        self.screen.search_timer.timeout.connect(
            lambda: self.timings.debounce_fired.append(time.perf_counter())
        )
        wait_until(lambda: model.total is not None and self.screen.count_label.text() != "")
        shown = time.perf_counter()
        pause(0.05)
        first = self.timings.queries[0] if self.timings.queries else None
        self.results["unlock"] = {
            "first_page_query_ms": None if first is None else (first[2] - first[1]) * 1000,
            **steps,
            "unlock_s": ready - start,
            "window_built_s": built - ready,
            "first_page_s": shown - ready,
            "total_s": shown - start,
            "cases": model.total,
            "count_label": self.screen.count_label.text(),
        }
        self.results["rss_mb"]["first_page"] = _rss_mb()

    def first_key_during_check(self) -> None:
        """A key typed the moment the list shows, while the page check runs (what a person who
        starts typing at once meets)."""
        self.probe.set_phase("search during the page check")
        search = self.screen.search
        search.setFocus()
        key = self._type("K", self._expect("K"))
        self.results["first_key_during_check"] = key
        wait_until(lambda: len(self.timings.check) == 2, 600)
        self.results["page_check_s"] = self.timings.check[1] - self.timings.check[0]
        self._clear()

    def searches(self, words: dict[str, str]) -> None:
        self.probe.set_phase("searching, a key at a time")
        keys: dict[str, list[dict[str, Any]]] = {}
        for kind, word in words.items():
            typed = ""
            keys[kind] = []
            for char in word:
                typed += char
                keys[kind].append(self._type(char, self._expect(typed)))
                pause(TYPING_PAUSE_S)
            self._clear()
        self.results["keys"] = keys
        self.results["rss_mb"]["searching"] = _rss_mb()

    def fast_typing(self, words: dict[str, str]) -> None:
        self.probe.set_phase("searching, fast typing")
        fast: dict[str, Any] = {}
        for kind, word in words.items():
            for char in word[:-1]:
                QTest.keyClick(self.screen.search, char)
                pause(FAST_KEY_MS / 1000)
            fast[kind] = self._type(word[-1], self._expect(word))
            self._clear()
        self.results["fast_typing"] = fast

    def scrolling(self) -> None:
        self.probe.set_phase("scrolling (fetchMore)")
        model, table = self.screen.model, self.screen.table
        table.setFocus()
        times = []
        for _ in range(SCROLL_PAGES):
            if not model.canFetchMore():
                break
            rows = model.rowCount()
            start = time.perf_counter()
            table.scrollToBottom()
            wait_until(lambda rows=rows: model.rowCount() > rows, 60)
            times.append(time.perf_counter() - start)
            pause(0.02)
        self.results["scroll"] = {
            "pages": len(times),
            "rows": model.rowCount(),
            "page_ms_p50": _percentile(times, 0.5) * 1000,
            "page_ms_max": max(times) * 1000,
        }
        self.results["rss_mb"]["scrolled"] = _rss_mb()
        self.results["resident_mb"] = {"scrolled": isolated.resident_mb()}

    def sql_baseline(self, words: dict[str, str]) -> None:
        """The same searches (every prefix typed) as raw SQL through the driver, on the same
        database and connection settings, on this thread, the interface idle."""
        self.probe.stop()
        baseline: dict[str, Any] = {}
        today = date.today()
        with self.store.read() as session:
            raw = session.connection().connection.driver_connection
            # the list's first page, no search: its count and its page, as the service runs them
            start = time.perf_counter()
            raw.execute(_sql(case_list_service._count_query(CaseFilter(), today))).fetchone()
            query = case_list_service._page_query(
                CaseFilter(), CaseOrder(), 0, self.screen.model.page_size, today, few=False
            )
            raw.execute(_sql(query)).fetchall()
            self.results["sql_first_page_ms"] = (time.perf_counter() - start) * 1000
            for kind, word in words.items():
                per_prefix = []
                for end in range(1, len(word) + 1):
                    found = CaseFilter(search=word[:end])
                    start = time.perf_counter()
                    total = raw.execute(
                        _sql(case_list_service._count_query(found, today))
                    ).fetchone()[0]
                    if total:
                        few = total <= case_list_service.FEW_MATCHES
                        query = case_list_service._page_query(
                            found, CaseOrder(), 0, self.screen.model.page_size, today, few=few
                        )
                        raw.execute(_sql(query)).fetchall()
                    per_prefix.append((time.perf_counter() - start) * 1000)
                baseline[kind] = per_prefix
        self.results["sql_baseline_ms"] = baseline

    def close(self) -> None:
        self.window.close()
        self.runner.wait()
        self.store.close()
        self.results["rss_mb"]["peak"] = _rss_mb()

    # --- typing -----------------------------------------------------------------------------

    def _expect(self, text: str) -> Any:
        return text.strip()

    def _type(self, char: str, expected: str) -> dict[str, Any]:
        """One key; the time until the model holds the rows of the search it makes."""
        reloads, queries, fired = (
            len(self.timings.reloads),
            len(self.timings.queries),
            len(self.timings.debounce_fired),
        )
        start = time.perf_counter()
        QTest.keyClick(self.screen.search, char)
        done = wait_until(
            lambda: any(s == expected for s, _ in self.timings.reloads[reloads:]), 600
        )
        reloaded = next((t for s, t in self.timings.reloads[reloads:] if s == expected), None)
        query = [q for q in self.timings.queries[queries:] if q[0] == expected]
        debounce = self.timings.debounce_fired[fired:]
        return {
            "search": expected,
            "ok": done,
            "key_to_results_ms": None if reloaded is None else (reloaded - start) * 1000,
            "debounce_ms": (debounce[-1] - start) * 1000 if debounce else None,
            "query_ms": (query[-1][2] - query[-1][1]) * 1000 if query else None,
            "total": self.screen.model.total,
        }

    def _clear(self) -> None:
        reloads = len(self.timings.reloads)
        self.screen.search.clear()
        wait_until(lambda: any(s == "" for s, _ in self.timings.reloads[reloads:]), 600)
        pause(0.2)


def _sql(query: Any) -> str:
    return str(query.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))


def _search_words(bench: Bench) -> dict[str, str]:
    """A name, a fragment of a case code seen in the list, a place."""
    code = bench.screen.model.rows[len(bench.screen.model.rows) // 2].case_code
    return {"name": "Ngozi", "case code": code[:8], "place": "Kumasi"}


def _summaries(bench: Bench) -> dict[str, Any]:
    probe = bench.probe
    phases = {phase: probe.summary(phase) for phase in probe.lateness}
    return {
        "interval_ms": 5,
        "phases": phases,
        "stalls": [
            {"phase": phase, "late_ms": late}
            for phase, _, late in sorted(probe.stalls, key=lambda s: -s[2])[:20]
        ],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--json", type=Path)
    arguments = parser.parse_args()
    # in a process of its own, so that a migration's memory is not counted as the window's
    made = subprocess.run(
        [
            sys.executable,
            str(Path(__file__).with_name("ui_data.py")),
            "--cases",
            str(arguments.cases),
            "--copy-into",
            str(HOME / "data"),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    path, copied_s = HOME / "data" / "care.db", float(made.stdout.split()[-1])
    app = QApplication([])
    translator.install("en")
    bench = Bench(app, path)
    bench.empty_loop()
    bench.bare_window()
    bench.open_window()
    bench.first_key_during_check()
    words = _search_words(bench)
    bench.searches(words)
    bench.fast_typing(words)
    bench.scrolling()
    bench.sql_baseline(words)
    bench.close()
    results = {
        "cases": arguments.cases,
        "database_mb": path.stat().st_size / 2**20,
        "copied_and_migrated_s": copied_s,
        "words": words,
        **bench.results,
        "probe": _summaries(bench),
    }
    text = json.dumps(results, indent=2, default=str)
    if arguments.json:
        arguments.json.write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
