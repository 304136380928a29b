"""Write docs/PERFORMANCE.md from the JSON results of the benchmarks (bench/results/*.json)."""

from __future__ import annotations

import json
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from summary import (  # noqa: E402
    Row,
    office_rows,
    print_rows,
    relay_rows,
    screens_rows,
    sync_rows,
    table,
    ui_rows,
)

RESULTS = ROOT / "bench" / "results"


def _load(name: str) -> dict[str, Any] | None:
    path = RESULTS / name
    return json.loads(path.read_text()) if path.exists() else None


def _ui_results() -> list[dict[str, Any]]:
    """The case-list runs, smallest database first (bench/results/ui-<cases>.json)."""
    found = [json.loads(path.read_text()) for path in RESULTS.glob("ui-*.json")]
    return sorted(found, key=lambda ui: ui["cases"])


def _summary(
    results: dict[str, Any], office: dict[str, Any] | None, uis: list[dict[str, Any]]
) -> list[Row]:
    rows: list[Row] = []
    for ui in uis:
        rows += ui_rows(ui)
    screens = _load("screens.json")
    if screens is not None:
        rows += screens_rows(screens)
    rows += sync_rows(results)
    if office is not None:
        rows += office_rows(office)
    printed = _load("print.json")
    if printed is not None:
        rows += print_rows(printed)
    relay = _load("relay.json")
    if relay is not None:
        rows += relay_rows(relay)
    return rows


def main() -> int:
    results = json.loads((RESULTS / "sync.json").read_text())
    office, uis = _load("office.json"), _ui_results()
    rows = _summary(results, office, uis)
    when = datetime.now(UTC).date().isoformat()
    machine = (
        f"{platform.machine()}, {platform.python_implementation()} {platform.python_version()}, "
        f"{sys.platform}"
    )
    missed = [row.figure for row in rows if row.met is False]
    lines = [
        "# Performance",
        "",
        f"Measured by `make bench` on {when}, {machine}. Each figure is next to its baseline "
        "(the physical limit) measured in the same run; `docs/performance.json` holds every "
        "figure of this table and the raw numbers of each benchmark (`bench/results/*.json`). "
        "The ratio is ours over the baseline (for rates, the baseline's over ours); a target "
        "in × is a ratio, otherwise an absolute limit.",
        "",
        "## Every figure",
        "",
        *table(rows),
        "",
        (
            f"**Missed their target**: {'; '.join(missed)}. Why, and what the limit is: "
            "see the sections below and the notes at the end."
            if missed
            else "**Every figure with a target meets it.**"
        ),
        "",
        "## Sync",
        "",
        "| figure | ours | baseline (limit) | ratio | target |",
        "|---|---|---|---|---|",
    ]
    for run in results["bundles"]:
        writes = run["writes"]
        lines.append(
            f"| bundle export, {writes:,} writes | {run['export_s']:.2f} s | "
            f"{run['plain_insert_s']:.2f} s plain insert | "
            f"{run['export_s'] / run['plain_insert_s']:.1f}× | — |"
        )
        lines.append(
            f"| import + merge, {writes:,} writes | {run['import_merge_s']:.2f} s | "
            f"{run['plain_insert_s']:.2f} s plain insert | {run['import_ratio']:.1f}× | 5× |"
        )
        lines.append(
            f"| import + merge, {writes:,} writes, against everything it writes | "
            f"{run['import_merge_s']:.2f} s | {run['plain_insert_everything_s']:.2f} s plain "
            f"insert of the log and {run['record_rows']:,} record rows | "
            f"{run['import_ratio_everything']:.1f}× | — |"
        )
        lines.append(
            f"| duplicate flagging after that import | {run['duplicate_flagging_s']:.2f} s "
            "| — | — | — |"
        )
        lines.append(
            f"| peak memory of the export, {writes:,} writes (a process of its own) | "
            f"{run['export_peak_mb']:.0f} MB | {run['export_opened_mb']:.0f} MB database open | "
            f"{run['export_peak_mb'] / run['export_opened_mb']:.1f}× | 300 MB |"
        )
        lines.append(
            f"| peak memory of the import + merge, {writes:,} writes (a process of its own) | "
            f"{run['import_peak_mb']:.0f} MB | {run['import_opened_mb']:.0f} MB database open | "
            f"{run['import_peak_mb'] / run['import_opened_mb']:.1f}× | 300 MB |"
        )
    capture = results["capture"]
    lines += [
        f"| capture per edit ({capture['edits']} edits, one transaction each) | "
        f"{capture['per_edit_ms_with_capture']:.2f} ms | {capture['per_edit_ms_plain']:.2f} ms "
        f"same write without the log | {capture['edit_ratio']:.2f}× | 2× |",
        f"| capture on disk (database compacted, with and without the log) | "
        f"{capture['db_bytes_with_log'] / 2**20:.1f} MB | "
        f"{capture['db_bytes_without_log'] / 2**20:.1f} MB | "
        f"{capture['disk_ratio']:.2f}× | 4× |",
        "",
        "Plain insert: the same change-log rows inserted with one executemany into a table of",
        "the same shape (columns, primary key, index) in the same SQLCipher database, in one",
        "committed transaction: what writing those bytes costs at least. The wider limit adds the",
        "record rows the import materialised, inserted the same way into copies of their tables.",
        "Import + merge covers reading the file, verifying the signature, decrypting, inflating,",
        "strictly parsing and validating every write, merging and materialising the records, in",
        "one transaction; likely-duplicate flagging runs after it in its own transaction and is",
        "shown apart.",
        "",
    ]
    if office is not None:
        lines += _office_lines(office)
    relay_file = RESULTS / "relay.json"
    if relay_file.exists():
        lines += _relay_lines(json.loads(relay_file.read_text()))
    if uis:
        from ui_report import ui_lines  # noqa: PLC0415 - bench/ is not a package

        lines += ui_lines(uis[-1])
    print_file = RESULTS / "print.json"
    if print_file.exists():
        lines += _print_lines(json.loads(print_file.read_text()))
    notes = ROOT / "bench" / "notes.md"
    if notes.exists():
        lines += [notes.read_text().rstrip(), ""]
    (ROOT / "docs" / "PERFORMANCE.md").write_text("\n".join(lines))
    raw = {path.stem: json.loads(path.read_text()) for path in sorted(RESULTS.glob("*.json"))}
    machine_readable = {
        "measured_on": when,
        "machine": machine,
        "figures": [row.as_json() for row in rows],
        "missed": missed,
        "results": raw,
    }
    (ROOT / "docs" / "performance.json").write_text(json.dumps(machine_readable, indent=1) + "\n")
    return 0


def _office_lines(office: dict[str, Any]) -> list[str]:
    per_bundle = sorted(office["per_bundle_s"])
    return [
        "## The office merging 20 missions",
        "",
        f"{office['devices']} field devices (made in worker processes), each with "
        f"{office['cases_per_device']} demo cases, export one bundle each "
        f"({office['bundle_bytes'] / 2**20:.1f} MB in all); the office imports them one after "
        f"another: {office['writes_merged']:,} writes in {office['import_merge_s']:.1f} s "
        f"(per bundle {per_bundle[0]:.2f}–{per_bundle[-1]:.2f} s, the later ones merging into a "
        f"larger database). Plain insert of the same log rows in one transaction: "
        f"{office['plain_insert_s']:.2f} s ({office['import_ratio']:.1f}×); of the log and the "
        f"{office['record_rows']:,} record rows the imports materialised: "
        f"{office['plain_insert_everything_s']:.2f} s ({office['import_ratio_everything']:.1f}×). "
        "Duplicate flagging is not included (see Sync). Peak memory of the office's process "
        f"through the imports {office['rss_mb']['after_imports']:.0f} MB "
        f"({office['rss_mb']['before_imports']:.0f} MB before them; "
        f"{office['rss_mb']['peak']:.0f} MB once the baseline holds every row in memory).",
        "",
    ]


def _relay_lines(relay: dict[str, Any]) -> list[str]:
    lines = [
        "## Relay",
        "",
        f"{relay['devices']} devices on loopback (threads in two client processes on the same "
        f"2-core machine as the server), each uploading {relay['bundles_per_device']} real "
        f"bundles (about {relay['bundle_bytes_mean'] / 1024:.0f} KiB) addressed to the "
        "office, all at once; then, once the office has sent each of them as many, each "
        "fetching its mailbox at once: list, download and acknowledge every bundle.",
        "",
        "| figure | ours | baseline (limit) | ratio |",
        "|---|---|---|---|",
    ]
    for phase, label in (("upload", "uploads"), ("fetch", "list + download + acknowledge")):
        ours, limit = relay[f"relay_{phase}"], relay[f"baseline_{phase}"]
        lines += [
            f"| {label}: requests per second | {ours['per_second']:.0f} | "
            f"{limit['per_second']:.0f} | {limit['per_second'] / ours['per_second']:.2f}× |",
            f"| {label}: latency p50 / p95 / p99 | {ours['p50_ms']:.0f} / {ours['p95_ms']:.0f} / "
            f"{ours['p99_ms']:.0f} ms | {limit['p50_ms']:.0f} / {limit['p95_ms']:.0f} / "
            f"{limit['p99_ms']:.0f} ms | — |",
        ]
    lines += [
        f"| relay peak memory | {relay['relay_peak_rss_mb']:.0f} MB | "
        f"{relay['baseline_peak_rss_mb']:.0f} MB | — |",
        "",
        "Baseline: the same HTTP stack (uvicorn + Starlette, one process) doing only what the "
        "relay cannot avoid: each upload streamed to a temporary file, fsync'd, renamed into a "
        "mailbox folder, the folder fsync'd; a listing; a file download; a delete with fsync. "
        "The difference is the relay's own work: request signatures, time and nonce checks, "
        "the bundle's signature and header, quotas, the acknowledged log, a log line per "
        "request. With 50 clients on two cores the latencies are mostly queueing.",
        "",
    ]
    return lines


def _print_lines(result: dict[str, Any]) -> list[str]:
    base = result["baseline"]["median_ms"]
    lines = [
        "## Prints",
        "",
        f"A demo database of {result['cases']} cases; each single print is the median of "
        f"{result['repeat']} prints through its service (read, layout, audit entry), target "
        "under 100 ms. Baseline: a one-page PDF with the same embedded fonts and one paragraph, "
        "no data, no database.",
        "",
        "| print | median | p90 | over the baseline |",
        "|---|---|---|---|",
    ]
    for key, label in (
        ("case_sheet_interview", "case sheet, interview"),
        ("case_sheet_full", "case sheet, full"),
        ("visit_form", "visit form"),
        ("visit_form_with_survey", "visit form with the survey (3 pages)"),
    ):
        if key in result:
            figure = result[key]
            lines.append(
                f"| {label} | {figure['median_ms']:.1f} ms | {figure['p90_ms']:.1f} ms | "
                f"{figure['median_ms'] / base:.1f}× |"
            )
    batch, layout = result["batch"], result["layout_only"]
    lines += [
        f"| baseline | {base:.1f} ms | {result['baseline']['p90_ms']:.1f} ms | 1× |",
        "",
        f"Batch (`care print visits-due`): {batch['forms']} visit forms in one PDF "
        f"({batch['bytes'] / 2**20:.1f} MB) in {batch['seconds']:.1f} s, "
        f"{batch['ms_per_form']:.1f} ms per form, {batch['progress_reports']} progress reports; "
        f"peak Python memory {batch['peak_mb']:.1f} MB. Laying the same {layout['forms']} forms "
        f"out one at a time peaks at {layout['incremental_peak_mb']:.1f} MB "
        f"({layout['incremental_half_peak_mb']:.1f} MB for half of them: what grows is the "
        "finished pages reportlab keeps until it writes the file); as one story handed to "
        f"reportlab at once, {layout['one_story_peak_mb']:.1f} MB. Process peak "
        f"{result['resident_peak_mb']:.0f} MB ({result['opened_mb']:.0f} MB with the database "
        "open before the first print; the demo is made in another process).",
        "",
    ]
    return lines


if __name__ == "__main__":
    sys.exit(main())
