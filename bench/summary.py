"""The one table of docs/PERFORMANCE.md and docs/performance.json: every figure of the run next
to its baseline and its target, from the JSON results of the benchmarks (bench/results/)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Row:
    figure: str
    ours: float
    unit: str  # s, ms, MB, ×, req/s
    baseline: float | None = None
    baseline_is: str = ""  # what the baseline is, in a few words
    target: float | None = None  # ours must be at most this (a ratio when target_is_ratio)
    target_is_ratio: bool = False
    higher_is_better: bool = False
    detail: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or not self.baseline or not self.ours:
            return None
        return self.baseline / self.ours if self.higher_is_better else self.ours / self.baseline

    @property
    def met(self) -> bool | None:
        if self.target is None:
            return None
        measured = self.ratio if self.target_is_ratio else self.ours
        return measured is not None and measured <= self.target

    def as_json(self) -> dict[str, Any]:
        return {**asdict(self), "ratio": self.ratio, "met": self.met}


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2] if ordered else 0.0


def ui_rows(ui: dict[str, Any]) -> list[Row]:
    cases, unlock, rss = ui["cases"], ui["unlock"], ui["rss_mb"]
    size = f"{cases:,} cases"
    keys = [key for typed in ui["keys"].values() for key in typed]
    shown = [key["key_to_results_ms"] for key in keys if key["key_to_results_ms"] is not None]
    query = [key["query_ms"] for key in keys if key["query_ms"] is not None]
    sql = [ms for prefixes in ui["sql_baseline_ms"].values() for ms in prefixes]
    rows = [
        Row(
            f"start-up: unlocked → usable main window (first page, count), {size}",
            unlock["first_page_s"] * 1000,
            "ms",
            ui["bare_window"]["warm_s"] * 1000,
            "bare PySide6 window (QMainWindow, QTableView, empty model) shown",
            1000.0,
            detail=f"window built in {unlock['window_built_s'] * 1000:.0f} ms",
        ),
        Row(f"unlock: Argon2id key derivation (deliberate), {size}", unlock["argon2_s"], "s"),
        Row(f"unlock: open the database, {size}", unlock["open_s"], "s"),
    ]
    if unlock.get("first_page_query_ms") is not None and "sql_first_page_ms" in ui:
        rows.append(
            Row(
                f"case list first page (count + page, database thread), {size}",
                unlock["first_page_query_ms"],
                "ms",
                ui["sql_first_page_ms"],
                "same SQL run directly on SQLCipher",
            )
        )
    rows += [
        Row(
            f"search: query per keystroke, median of {len(query)}, {size}",
            _median(query),
            "ms",
            _median(sql),
            "same SQL run directly on SQLCipher",
            50.0,
            detail=f"max {max(query, default=0):.0f} ms, "
            f"SQL alone max {max(sql, default=0):.0f} ms",
        ),
        Row(
            f"search: keystroke → results in the list, 150 ms debounce included, median, {size}",
            _median(shown),
            "ms",
            detail=f"max {max(shown, default=0):.0f} ms",
        ),
        Row(
            f"peak memory, {size} open, searched and scrolled",
            rss["scrolled"],
            "MB",
            rss["start"],
            "same process, Qt and modules loaded",
            300.0,
            detail=f"resident at the end {ui['resident_mb']['scrolled']:.0f} MB",
        ),
    ]
    return rows


def sync_rows(sync: dict[str, Any]) -> list[Row]:
    rows = []
    for run in sync["bundles"]:
        writes = f"{run['writes']:,} field writes"
        rows += [
            Row(
                f"bundle export, {writes}",
                run["export_s"],
                "s",
                run["plain_insert_s"],
                "plain insert of the same rows",
            ),
            Row(
                f"bundle import + merge, {writes}",
                run["import_merge_s"],
                "s",
                run["plain_insert_s"],
                "plain insert of the same rows",
                5.0,
                target_is_ratio=True,
            ),
            Row(
                f"duplicate flagging after that import, {writes}", run["duplicate_flagging_s"], "s"
            ),
            Row(
                f"peak memory, bundle export of {writes} (a process of its own)",
                run["export_peak_mb"],
                "MB",
                run["export_opened_mb"],
                "same process, database open, before the export",
                300.0,
            ),
            Row(
                f"peak memory, import + merge of {writes} (a process of its own)",
                run["import_peak_mb"],
                "MB",
                run["import_opened_mb"],
                "same process, database open, before the import",
                300.0,
            ),
        ]
    capture = sync["capture"]
    rows += [
        Row(
            "capture overhead per edit",
            capture["per_edit_ms_with_capture"],
            "ms",
            capture["per_edit_ms_plain"],
            "same write without the change log",
            2.0,
            target_is_ratio=True,
        ),
        Row(
            "capture overhead on disk",
            capture["db_bytes_with_log"] / 2**20,
            "MB",
            capture["db_bytes_without_log"] / 2**20,
            "same database without the change log",
            4.0,
            target_is_ratio=True,
        ),
    ]
    return rows


def office_rows(office: dict[str, Any]) -> list[Row]:
    label = (
        f"{office['devices']} field bundles merged at the office "
        f"({office['writes_merged']:,} writes, {office['cases_per_device']} cases each)"
    )
    slowest = max(office["per_bundle_s"])
    return [
        Row(
            label,
            office["import_merge_s"],
            "s",
            office["plain_insert_s"],
            "plain insert of the same rows",
            5.0,
            target_is_ratio=True,
            detail=f"slowest bundle {slowest:.2f} s; against everything the imports wrote "
            f"(log and {office['record_rows']:,} record rows) "
            f"{office['import_ratio_everything']:.1f}×",
        ),
        Row(
            "peak memory, office merging 20 bundles",
            office["rss_mb"]["after_imports"],
            "MB",
            office["rss_mb"]["before_imports"],
            "same process before the imports",
            300.0,
            detail=f"{office['rss_mb']['peak']:.0f} MB later, when the baseline holds every "
            "row in memory",
        ),
    ]


def print_rows(result: dict[str, Any]) -> list[Row]:
    base = result["baseline"]["median_ms"]
    rows = [
        Row(
            f"case sheet PDF ({key.removeprefix('case_sheet_')}), median",
            result[key]["median_ms"],
            "ms",
            base,
            "one-page PDF, same fonts, no data",
            100.0,
        )
        for key in ("case_sheet_interview", "case_sheet_full")
        if key in result
    ]
    batch = result["batch"]
    rows += [
        Row(
            f"batch of {batch['forms']} visit forms, one PDF",
            batch["seconds"],
            "s",
            detail=f"{batch['ms_per_form']:.1f} ms per form",
        ),
        Row(
            f"peak memory, case sheets and visit forms then the batch of {batch['forms']} "
            f"({result['cases']:,} cases)",
            result["resident_peak_mb"],
            "MB",
            result["opened_mb"],
            "same process, database open, before the first print",
            300.0,
            detail=f"{result['singles_peak_mb']:.0f} MB after the single prints; "
            f"the batch's own Python peak {batch['peak_mb']:.0f} MB",
        ),
    ]
    return rows


def relay_rows(relay: dict[str, Any]) -> list[Row]:
    rows = []
    for phase, label in (("upload", "uploads"), ("fetch", "list + download + acknowledge")):
        ours, limit = relay[f"relay_{phase}"], relay[f"baseline_{phase}"]
        rows.append(
            Row(
                f"relay under local load: {label}",
                ours["per_second"],
                "req/s",
                limit["per_second"],
                "same HTTP stack, files only",
                higher_is_better=True,
                detail=f"p99 {ours['p99_ms']:.0f} ms, baseline's {limit['p99_ms']:.0f} ms",
            )
        )
    rows.append(
        Row(
            "peak memory, relay",
            relay["relay_peak_rss_mb"],
            "MB",
            relay["baseline_peak_rss_mb"],
            "baseline server",
            300.0,
        )
    )
    return rows


def screens_rows(screens: dict[str, Any]) -> list[Row]:
    size = f"{screens['cases']:,} cases"
    dashboard, agenda = screens["dashboard"], screens["agenda"]
    report = screens["indicator_report"]
    same_sql = "the same SQL statements replayed directly on SQLCipher"
    return [
        Row(
            f"dashboard, every indicator, {size} (database thread)",
            dashboard["s"],
            "s",
            dashboard["sql_s"],
            same_sql,
            detail=f"{dashboard['statements']} statements",
        ),
        Row(
            f"agenda: visits due within 7 days and overdue, {size} (database thread)",
            agenda["s"],
            "s",
            agenda["sql_s"],
            same_sql,
            detail=f"{agenda['result_size']:,} visits",
        ),
        Row(
            f"indicator report, whole period, PDF, {size}",
            report["s"],
            "s",
            report["sql_s"],
            same_sql,
            detail=f"{report['statements']} statements",
        ),
        Row(
            f"peak memory, indicator report, {size} (a process of its own)",
            report["peak_mb"],
            "MB",
            report["opened_mb"],
            "same process, database open, before the report",
            300.0,
        ),
    ]


def _number(value: float, unit: str) -> str:
    if unit in {"ms", "MB", "req/s"}:
        return f"{value:,.0f} {unit}" if value >= 10 else f"{value:.1f} {unit}"
    return f"{value:.2f} {unit}"


def table(rows: list[Row]) -> list[str]:
    lines = [
        "| figure | ours | baseline | ratio | target | met |",
        "|---|---|---|---|---|---|",
    ]
    for row in rows:
        ours = _number(row.ours, row.unit) + (f" ({row.detail})" if row.detail else "")
        baseline = (
            "—" if row.baseline is None else f"{_number(row.baseline, row.unit)} {row.baseline_is}"
        )
        ratio = "—" if row.ratio is None else f"{row.ratio:.1f}×"
        if row.target is None:
            target = "—"
        elif row.target_is_ratio:
            target = f"{row.target:g}×"
        else:
            target = _number(row.target, row.unit)
        met = {None: "—", True: "yes", False: "**no**"}[row.met]
        lines.append(f"| {row.figure} | {ours} | {baseline} | {ratio} | {target} | {met} |")
    return lines
