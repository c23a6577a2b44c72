"""Resident set size of this process, now (not the peak): growth shows only in the current size.

Read from /proc/self/statm on Linux; elsewhere the peak from `resource` (or nothing) is the best
the standard library offers, and psutil is not a dependency of the kiosk.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resident_kb() -> int | None:
    try:
        resident_pages = int(Path("/proc/self/statm").read_text(encoding="ascii").split()[1])
    except (OSError, IndexError, ValueError):
        return _peak_kb()
    return resident_pages * os.sysconf("SC_PAGE_SIZE") // 1024


def _peak_kb() -> int | None:
    try:
        import resource  # noqa: PLC0415 - not on Windows
    except ImportError:
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # bytes on macOS, KiB elsewhere
