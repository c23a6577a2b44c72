"""Memory: resident size after start, and growth over 500 intakes through the real wizard.

A kiosk runs all day without a restart; a leak of a few hundred KiB per patient would end in a
swapping tablet by the evening. The soak runs in a fresh process (`bench.memory_soak_child`) so
"after start" means after start (the kiosk ready: every page built, reportlab loaded), not after
the other figures.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.figures import Figure
from bench.records import ROOT

TIMEOUT_S = 600


def measure(intakes: int = 500, warmup: int = 10) -> list[Figure]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("KIOSK_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-soak-") as folder:
        command = [
            sys.executable,
            "-m",
            "bench.memory_soak_child",
            str(Path(folder) / "data"),
            str(intakes),
            str(warmup),
        ]
        done = subprocess.run(
            command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=TIMEOUT_S, check=False
        )
    if done.returncode != 0:
        raise RuntimeError(f"memory soak failed with status {done.returncode}: {done.stderr.strip()[-2000:]}")
    report = json.loads(done.stdout.strip().splitlines()[-1])
    if report["stored_intakes"] != intakes + warmup:
        raise RuntimeError(f"{report['stored_intakes']} intakes stored, expected {intakes + warmup}")
    growth_mb = (report["end_kb"] - report["after_warmup_kb"]) / 1024
    # a leak keeps its slope; caches and allocator high-water marks flatten out: compare the halves
    samples = report["samples_kb"]
    middle = next((kb for done, kb in samples if done >= intakes // 2), report["after_warmup_kb"])
    second_half_kb_per_intake = (report["end_kb"] - middle) / max(1, intakes - intakes // 2)
    return [
        Figure(
            key="rss_after_start",
            title="memory: resident size after start (every page built)",
            unit="MB",
            samples=[report["after_start_kb"] / 1024],
            judged="none",
        ),
        Figure(
            key="rss_growth",
            title=f"memory: growth over {intakes} intakes",
            unit="MB",
            samples=[growth_mb],
            target=5,
            judged="value",
            details={
                **report,
                "warmup_intakes": warmup,
                "growth_from_start_mb": (report["end_kb"] - report["after_start_kb"]) / 1024,
                "second_half_kb_per_intake": second_half_kb_per_intake,
            },
        ),
    ]
