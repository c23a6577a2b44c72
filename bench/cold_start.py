"""Cold start: from launching a new process to the first painted Welcome screen, against two floors.

A patient or the front desk sees this after every reboot, crash or update. Each launch is a fresh
interpreter (`bench.cold_start_child`), timed by this process from `Popen` to the child's line
printed after its first frame. The same kiosk launches are judged twice: against a bare PySide6
window (what any Qt program pays), and against the Welcome screen alone (our style sheet, header and
Welcome page, no storage or other pages: what our first screen itself costs, which the kiosk
can approach but not go below). Kiosk, bare and Welcome-only launches take turns, so a slow moment
of the machine hits all three; one untimed launch of each first warms the OS file cache (as on a
kiosk that has run before) and creates the database, so the timed launches open an existing one, as
a real start does.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.figures import Figure
from bench.records import ROOT

TIMEOUT_S = 60
BARE_TARGET = 1.5
FLOOR_TARGET = 1.15
"""Storage, the jobs and the lazily built pages may add at most 15% to what the Welcome screen
costs by itself (issue 17): whatever arrives later (the keyboard, new widgets, workers) is built
after the first frame."""


def launch(kind: str, data_dir: Path) -> tuple[float, dict[str, Any]]:
    """Milliseconds from Popen to the child's report, and the report (its own clock, its RSS)."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("KIOSK_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    command = [sys.executable, "-m", "bench.cold_start_child", kind, str(data_dir)]
    start = time.perf_counter()
    with subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as child:
        assert child.stdout is not None
        line = child.stdout.readline()
        elapsed_ms = (time.perf_counter() - start) * 1000
        _, errors = child.communicate(timeout=TIMEOUT_S)
    if child.returncode != 0 or not line.strip():
        raise RuntimeError(
            f"cold start ({kind}) failed with status {child.returncode}: {errors.strip()[-2000:]}"
        )
    return elapsed_ms, json.loads(line)


def measure(repetitions: int = 8) -> list[Figure]:
    kiosk_ms: list[float] = []
    bare_ms: list[float] = []
    floor_ms: list[float] = []
    child_ms: list[float] = []
    rss_kb: list[int] = []
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-cold-") as folder:
        data_dir = Path(folder) / "data"
        launch("kiosk", data_dir)
        launch("bare", data_dir)
        launch("floor", data_dir)
        for _ in range(repetitions):
            elapsed, report = launch("kiosk", data_dir)
            kiosk_ms.append(elapsed)
            child_ms.append(report["child_ms"])
            if report.get("rss_kb"):
                rss_kb.append(report["rss_kb"])
            bare_ms.append(launch("bare", data_dir)[0])
            floor_ms.append(launch("floor", data_dir)[0])
    how = "wall time from Popen to a line printed after the first frame; kiosk, bare and floor take turns"
    return [
        Figure(
            key="cold_start",
            title="cold start to first painted Welcome",
            unit="ms",
            samples=kiosk_ms,
            target=BARE_TARGET,
            judged="ratio",
            baseline=bare_ms,
            baseline_title="bare PySide6 window, new process (QApplication + QWidget shown and painted)",
            with_p95=True,
            details={
                "child_ms_from_first_line_of_child": child_ms,
                "rss_kb_at_first_paint": rss_kb,
                "how": how,
            },
        ),
        Figure(
            key="cold_start_floor",
            title="cold start against the Welcome screen alone",
            unit="ms",
            samples=kiosk_ms,
            target=FLOOR_TARGET,
            judged="ratio",
            baseline=floor_ms,
            baseline_title="style sheet, header, Welcome page and Start only, new process (no storage, jobs or other pages)",
            with_p95=True,
            details={"how": how, "same_samples_as": "cold_start"},
        ),
    ]
