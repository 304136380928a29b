"""Prints: time per case sheet and per visit form, a batch of 500 visit forms, peak memory.

On a demo database (`care demo`'s generator). Each figure is the median of repeated prints
through the services (read, layout, audit entry), next to a baseline in the same run: a
one-page PDF with the same embedded fonts and one paragraph, no data and no database.
The batch is `form_print_service.print_visits_due` over a window wide enough for at least 500
visits; its peak memory (tracemalloc, Python allocations) is compared with laying the same
forms out as one story handed to reportlab at once, the way a single document is built.

Usage: python bench/print_bench.py [--cases 1500] [--batch 500] [--repeat 30] [--json OUT]
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("CARE_LOG_DIR", tempfile.mkdtemp())

import isolated  # bench/isolated.py, beside this file
from reportlab.platypus import Paragraph, SimpleDocTemplate

from care_desktop import i18n
from care_desktop.reports import fonts, form_batch, layout, visit_form
from care_desktop.reports.context import PrintContext
from care_desktop.services import (
    demo_service,
    form_print_data,
    form_print_service,
    monitoring_service,
    vault_service,
)
from care_desktop.services.unit_of_work import reading
from care_desktop.services.vault_service import SetupRequest

AS_OF = demo_service.DEMO_AS_OF
PASSPHRASE = "quiet river under seven lanterns"
FAST_KDF = {"time_cost": 1, "memory_kib": 8192, "parallelism": 1}  # the unlock is not measured


def _median_ms(action: Callable[[], object], repeat: int) -> dict[str, float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return {
        "median_ms": statistics.median(times),
        "p90_ms": times[int(len(times) * 0.9) - 1] if len(times) >= 10 else max(times),
        "min_ms": times[0],
    }


def _baseline() -> bytes:
    buffer = io.BytesIO()
    fonts.register()
    SimpleDocTemplate(buffer).build(
        [Paragraph(fonts.markup("Baseline: one paragraph, the same fonts, no data."), layout.BODY)]
    )
    return buffer.getvalue()


def _peak_mb(action: Callable[[], object]) -> float:
    gc.collect()
    tracemalloc.start()
    action()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=1500)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="care-print-bench-"))
    # the demo is made in a process of its own: this one's peak memory is the prints' alone
    started = time.perf_counter()
    isolated.run(_make_demo, folder / "care.db", args.cases)
    print(f"demo of {args.cases} cases in {time.perf_counter() - started:.0f} s", flush=True)
    store = vault_service.unlock_with_passphrase(folder / "care.db", PASSPHRASE)

    results: dict[str, Any] = {"cases": args.cases, "repeat": args.repeat}
    results["opened_mb"] = isolated.resident_mb()
    _singles(store, args.repeat, results)
    results["singles_peak_mb"] = isolated.peak_mb()
    _batch(store, args.batch, folder, results)
    store.close()
    text = json.dumps(results, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n")
    return 0


def _singles(store: Any, repeat: int, results: dict[str, Any]) -> None:
    args = argparse.Namespace(repeat=repeat)
    _baseline()  # fonts registered and warmed before anything is timed
    results["baseline"] = _median_ms(_baseline, args.repeat)

    items = monitoring_service.agenda(store, days=7, today=AS_OF)
    rss_items = [item for item in items if item.rss_due] or items
    plain_items = [item for item in items if not item.rss_due] or items
    case_code = plain_items[0].case_code

    def visit_form_of(item: monitoring_service.AgendaItem) -> Callable[[], bytes]:
        return lambda: form_print_service.print_visit_form(
            store, item.case_code, slot=item.slot, today=AS_OF
        )

    results["visit_form"] = _median_ms(visit_form_of(plain_items[0]), args.repeat)
    results["visit_form_with_survey"] = _median_ms(visit_form_of(rss_items[0]), args.repeat)
    try:
        from care_desktop.services import print_service  # noqa: PLC0415 - P1's, may be absent

        for profile in ("interview", "full"):
            results[f"case_sheet_{profile}"] = _median_ms(
                lambda p=profile: print_service.case_sheet(store, case_code, p, today=AS_OF),
                args.repeat,
            )
    except (ImportError, AttributeError) as error:
        print(f"case sheet not measured: {error}", file=sys.stderr)


def _make_demo(path: Path, cases: int) -> None:
    store, _ = vault_service.create_database(
        SetupRequest(path, "coordinator", "IOM bench", (), PASSPHRASE, "B", argon2=FAST_KDF)
    )
    demo_service.generate_demo(store, cases, as_of=AS_OF)
    store.close()


def _batch(store: Any, size: int, folder: Path, results: dict[str, Any]) -> None:
    args = argparse.Namespace(batch=size)
    # the batch: the narrowest window from AS_OF with at least `batch` visits on the agenda
    days = 7
    while len(monitoring_service.agenda(store, days=days, today=AS_OF)) < args.batch:
        days += 7
        if days > 800:
            break
    out = folder / "batch.pdf"
    steps: list[int] = []
    started = time.perf_counter()
    batch = form_print_service.print_visits_due(
        store, out, start=AS_OF, days=days, today=AS_OF,
        progress=lambda done, _total: steps.append(done),
    )  # fmt: skip
    seconds = time.perf_counter() - started
    results["batch"] = {
        "forms": batch.total,
        "days": days,
        "seconds": seconds,
        "ms_per_form": seconds * 1000 / batch.total,
        "bytes": out.stat().st_size,
        "progress_reports": len(steps),
    }
    # the process's peak so far: the single prints and this batch, nothing else yet
    results["resident_peak_mb"] = isolated.peak_mb()
    results["batch"]["peak_mb"] = _peak_mb(
        lambda: form_print_service.print_visits_due(store, out, start=AS_OF, days=days, today=AS_OF)
    )
    # the same forms as one story: what building the batch as a single document would hold
    agenda = monitoring_service.agenda(store, days=days, today=AS_OF)
    with reading(store, AS_OF) as work:
        forms = [form_print_data.visit_form(work, item.visit_id) for item in agenda]
    context = PrintContext(datetime.now(), "B", "IOM bench")
    translate = i18n.translator("en")

    def one_story() -> bytes:
        story = []
        for form in forms:
            story += visit_form.flowables(form, translate)
        return layout.Document("Monitoring visit form", "", context).build(story)

    def incremental() -> bytes:
        document = form_batch.FormsDocument("Monitoring visit form", context)
        for form in forms:
            document.add(form.case_code, visit_form.flowables(form, translate))
        return document.finish()

    results["layout_only"] = {
        "incremental_peak_mb": _peak_mb(incremental),
        "one_story_peak_mb": _peak_mb(one_story),
        "forms": len(forms),
    }
    for half in (len(forms) // 2,):
        subset = forms[:half]

        def incremental_half(subset: list[Any] = subset) -> bytes:
            document = form_batch.FormsDocument("Monitoring visit form", context)
            for form in subset:
                document.add(form.case_code, visit_form.flowables(form, translate))
            return document.finish()

        results["layout_only"]["incremental_half_peak_mb"] = _peak_mb(incremental_half)


if __name__ == "__main__":
    sys.exit(main())
