"""`python -m bench`: every figure patients and staff feel, offscreen, in a few minutes.

Prints a table (median, p95 where it matters, the baseline measured in the same run, the ratio,
the target, pass or fail) and writes every sample to bench/results/latest.json. Exits 0 even when
a target is missed: the figures are for reading and comparing, not a gate; it exits 1 only if a
measurement itself failed. `--only cold_start,pdf` runs some of the groups.

The groups that start new processes (cold start, memory soak) run first, while this process holds
no windows. Nothing is written outside temp folders except bench/results/.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from bench import (
    bad_input,
    cold_start,
    fhir_send,
    memory,
    painmap_tap,
    patient_time,
    pdf_build,
    slow_share,
    staff_list,
    step_change,
    submit,
)
from bench.figures import Figure, table
from bench.records import ROOT

RESULTS = ROOT / "bench" / "results" / "latest.json"

GROUPS: dict[str, Callable[[], list[Figure]]] = {
    "cold_start": cold_start.measure,
    "memory": memory.measure,
    "step_change": step_change.measure,
    "painmap_tap": painmap_tap.measure,
    "pdf": pdf_build.measure,
    "submit": submit.measure,
    "staff_list": staff_list.measure,
    "fhir": fhir_send.measure,
    "slow_share": slow_share.measure,
    "patient_time": patient_time.measure,
    "bad_input": bad_input.measure,
}


def _versions() -> dict[str, Any]:
    import sqlite3  # noqa: PLC0415

    import PySide6  # noqa: PLC0415
    import reportlab  # type: ignore[import-untyped]  # noqa: PLC0415
    from PySide6.QtCore import qVersion  # noqa: PLC0415

    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False
        ).stdout.strip()
        dirty = bool(
            subprocess.run(
                ["git", "status", "--porcelain", "--untracked-files=no"],
                cwd=ROOT,
                capture_output=True,
                text=True,
                check=False,
            ).stdout.strip()
        )
    except OSError:
        commit, dirty = "", False
    return {
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "qt": qVersion(),
        "reportlab": reportlab.Version,
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "commit": commit or None,
        "uncommitted_changes": dirty,
    }


def _load() -> float | None:
    """The one-minute load average: figures from a busy machine are not comparable."""
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--only", help=f"comma-separated groups: {', '.join(GROUPS)}")
    parser.add_argument(
        "--output", type=Path, default=RESULTS, help="where the JSON goes (default: %(default)s)"
    )
    args = parser.parse_args(argv)
    chosen = list(GROUPS) if not args.only else [name.strip() for name in args.only.split(",")]
    unknown = [name for name in chosen if name not in GROUPS]
    if unknown:
        parser.error(f"unknown group(s): {', '.join(unknown)}")

    load_at_start = _load()
    if load_at_start is not None and load_at_start > 0.5:
        print(
            f"note: load average {load_at_start:.2f} at the start: if another program is busy, "
            "the figures will be slower and noisier than on an idle machine",
            file=sys.stderr,
        )
    started = time.perf_counter()
    figures: list[Figure] = []
    failures: dict[str, str] = {}
    timings: dict[str, float] = {}
    for name in chosen:
        print(f"measuring {name} …", file=sys.stderr, flush=True)
        group_start = time.perf_counter()
        try:
            figures += GROUPS[name]()
        except Exception as error:
            failures[name] = f"{type(error).__name__}: {error}"
            print(f"  {name} failed: {failures[name]}", file=sys.stderr, flush=True)
        timings[name] = time.perf_counter() - group_start
        print(f"  {timings[name]:.1f} s", file=sys.stderr, flush=True)
    total = time.perf_counter() - started

    print()
    print(table(figures))
    print()
    for figure in figures:
        if figure.baseline_title:
            print(f"baseline of “{figure.title}”: {figure.baseline_title}")
    for name, problem in failures.items():
        print(f"NOT MEASURED {name}: {problem}")
    print(f"suite took {total:.0f} s")

    report = {
        "when": datetime.now().astimezone().isoformat(timespec="seconds"),
        "seconds": total,
        "group_seconds": timings,
        "versions": _versions(),
        "load_average": {"start": load_at_start, "end": _load()},
        "figures": {figure.key: figure.to_json() for figure in figures},
        "not_measured": failures,
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"figures written to {args.output}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
