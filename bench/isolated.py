"""One measured step in a process of its own, so that the peak memory it reports is the step's
and not the preparation's (a demo generated beforehand, rows read for a baseline).

The peak is the process's high-water mark of resident memory (VmHWM): it belongs to the
process image and starts afresh in a new one, unlike getrusage's ru_maxrss, which Linux carries
over from the forking parent.
"""

from __future__ import annotations

import multiprocessing
import resource
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _status_mb(field: str) -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # elsewhere: the best known


def peak_mb() -> float:
    """This process's peak resident memory so far, in MiB."""
    return _status_mb("VmHWM")


def resident_mb() -> float:
    """This process's resident memory now, in MiB."""
    return _status_mb("VmRSS")


def run(function: Callable[..., Any], *args: Any) -> Any:
    """`function(*args)` in a fresh interpreter (spawned, not forked); its result. The function
    is a module-level one that measures itself (time, peak_mb()) and returns what it found."""
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        return pool.apply(function, args)
