"""The case-list section of docs/PERFORMANCE.md, from bench/results/ui.json (bench/ui_bench.py)."""

from __future__ import annotations

from typing import Any

SEARCH_PHASES = ("searching, a key at a time", "searching, fast typing", "scrolling (fetchMore)")


def _spread(values: list[float]) -> str:
    ordered = sorted(values)
    if not ordered:
        return "—"
    return f"{ordered[len(ordered) // 2]:.0f} / {ordered[-1]:.0f} ms"


def ui_lines(ui: dict[str, Any]) -> list[str]:
    unlock, keys = ui["unlock"], [key for typed in ui["keys"].values() for key in typed]
    measured = [key for key in keys if key["key_to_results_ms"] is not None]
    to_results = [key["key_to_results_ms"] for key in measured]
    debounce = [key["debounce_ms"] for key in measured if key["debounce_ms"] is not None]
    query = [key["query_ms"] for key in measured if key["query_ms"] is not None]
    own = [
        key["key_to_results_ms"] - key["debounce_ms"] - key["query_ms"]
        for key in measured
        if key["debounce_ms"] is not None and key["query_ms"] is not None
    ]
    sql = [ms for prefixes in ui["sql_baseline_ms"].values() for ms in prefixes]
    fast = [key["key_to_results_ms"] for key in ui["fast_typing"].values()]
    first = ui["first_key_during_check"]
    phases, rss = ui["probe"]["phases"], ui["rss_mb"]
    empty = phases["empty event loop"]
    words = ", ".join(f"{kind} “{word}”" for kind, word in ui["words"].items())
    lines = [
        f"## Case list (interface), {ui['cases']:,} cases",
        "",
        f"{ui['cases']:,} demo cases in a {ui['database_mb'] / 1024:.1f} GiB SQLCipher database "
        "(made once by `bench/ui_data.py`, kept in the temporary folder; each run reads a copy "
        "brought to the current schema beforehand, in another process), read by the real "
        "window in one process on the offscreen platform. The window is opened as the "
        "application opens it: unlock on the database thread, the main window, then the check "
        "of every page's HMAC queued on the database thread. Searches typed a key at a time "
        f"({words}; each prefix once, a quarter second apart so the debounce runs out), then "
        "each word typed fast (60 ms a key), then 50 pages scrolled. A 5 ms timer on the GUI "
        "thread notes how late each tick comes (the event-loop latency probe). The same run at "
        "1,000 and 10,000 cases is in the table at the top.",
        "",
        "| figure | ours | baseline | target |",
        "|---|---|---|---|",
        f"| unlock: Argon2id (default parameters) | {unlock['argon2_s']:.2f} s | — | — |",
        f"| unlock: open the database | {unlock['open_s']:.2f} s | — | — |",
        f"| unlocked → usable list (first page and “{unlock['count_label']}” shown) | "
        f"{unlock['first_page_s']:.2f} s | — | well under 2 s |",
        f"| passphrase → usable list, Argon2 included | {unlock['total_s']:.2f} s | — | — |",
        f"| keystroke → model holds the new results, median / max of {len(measured)} keys "
        f"(debounce included) | {_spread(to_results)} | {_spread(sql)} same SQL, no "
        "interface | 100 ms |",
        f"| … of which the debounce (key → search starts) | {_spread(debounce)} | 150 ms set | — |",
        f"| … of which the query on the database thread | {_spread(query)} | — | — |",
        f"| … of which the interface (delivery, model reset) | {_spread(own)} | — | — |",
        f"| fast typing: last key → results | {_spread(fast)} | — | — |",
        f"| a key typed at once after unlocking, while the page check runs | "
        f"{first['key_to_results_ms'] / 1000:.1f} s | page check {ui['page_check_s']:.0f} s "
        "| — |",
        f"| scrolling: each of {ui['scroll']['pages']} next pages (fetchMore), median / max | "
        f"{ui['scroll']['page_ms_p50']:.0f} / {ui['scroll']['page_ms_max']:.0f} ms | — | — |",
        f"| peak memory (VmHWM): Qt and modules loaded / unlocked (Argon2 holds 64 MiB a "
        f"moment) / first page / searched / scrolled | {rss['start']:.0f} / "
        f"{rss['unlocked']:.0f} / {rss['first_page']:.0f} / {rss['searching']:.0f} / "
        f"{rss['scrolled']:.0f} MB | — | — |",
        f"| resident memory at the end (VmRSS) | {ui['resident_mb']['scrolled']:.0f} MB | — | — |",
        f"| peak once the SQL baseline ran beside the window (a connection of its own) | "
        f"{rss['peak']:.0f} MB | — | — |",
        "",
        "GUI-thread stalls (lateness of the probe's ticks; baseline: the same probe on an empty "
        f"event loop in the same process, max {empty['max_ms']:.0f} ms, p99 "
        f"{empty['p99_ms']:.1f} ms):",
        "",
        "| phase | ticks | max | p99 | over 50 ms |",
        "|---|---|---|---|---|",
    ]
    for phase, summary in phases.items():
        lines.append(
            f"| {phase} | {summary['ticks']:,} | {summary['max_ms']:.0f} ms | "
            f"{summary['p99_ms']:.1f} ms | {summary['over_50ms']} |"
        )
    stalled = [phase for phase in SEARCH_PHASES if phases.get(phase, {}).get("over_50ms")]
    verdict = (
        f"**Stalls over 50 ms while searching or scrolling**: {', '.join(stalled)}."
        if stalled
        else "**No GUI-thread stall over 50 ms while searching or scrolling** (the phases "
        "above marked searching and scrolling)."
    )
    lines += ["", verdict, ""]
    return lines
