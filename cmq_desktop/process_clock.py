"""Milliseconds since the process started, for ``--exit-after-first-frame``."""

from __future__ import annotations

import os
import sys
import time

_fallback_start: float | None = None


def mark_process_start() -> None:
    """Remember the earliest time we can see, for platforms without /proc."""
    global _fallback_start
    if _fallback_start is None:
        _fallback_start = time.time()


def _linux_process_start() -> float | None:
    # Field 22 of /proc/self/stat is the start time in clock ticks after boot; it
    # includes the interpreter's own start-up, which a Python timestamp would miss.
    try:
        with open("/proc/self/stat", encoding="ascii") as stat_file:
            fields = stat_file.read().rsplit(")", 1)[1].split()
        with open("/proc/uptime", encoding="ascii") as uptime_file:
            uptime = float(uptime_file.read().split()[0])
    except (OSError, IndexError, ValueError):
        return None
    ticks = os.sysconf("SC_CLK_TCK")
    started_after_boot = int(fields[19]) / ticks
    return time.time() - (uptime - started_after_boot)


def process_start_time() -> float:
    if sys.platform.startswith("linux"):
        start = _linux_process_start()
        if start is not None:
            return start
    mark_process_start()
    assert _fallback_start is not None
    return _fallback_start


def ms_since_process_start() -> float:
    return (time.time() - process_start_time()) * 1000.0
