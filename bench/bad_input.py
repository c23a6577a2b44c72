"""Hostile intake files through `kiosk assess` and `kiosk report`: how long the worst one takes, and
whether any ends other than as a clean result or one short line with exit 2 (issue 13 item 9).

Every mutation of `bench.hostile_records.catalogue()` (about 1,600) runs in this process through the
real command line entry point, as `kiosk assess FILE` and `kiosk report FILE -o OUT`. An outcome is
clean when the file is accepted (exit 0, a PDF written) or refused with exit 2, one line on stderr of
at most 200 characters besides the file's name, nothing on stdout, and no PDF.
"""

from __future__ import annotations

import contextlib
import io
import tempfile
import time
from pathlib import Path

from bench.figures import Figure
from bench.hostile_records import Mutation, catalogue, mutated_text
from kiosk.__main__ import main

TARGET_MS = 1000.0
LINE_MAX = 200


def run(argv: list[str]) -> tuple[int | None, str, str, float]:
    """One command line run: exit status (None for an exception that escaped), stdout, stderr, ms."""
    out, err = io.StringIO(), io.StringIO()
    started = time.perf_counter()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status: int | None = main(argv)
        except BaseException:
            status = None
    return status, out.getvalue(), err.getvalue(), (time.perf_counter() - started) * 1000


def problem(mutation: Mutation, folder: Path) -> tuple[str | None, list[float]]:
    """What is wrong with how both verbs treat one mutated file (None: nothing), and their times."""
    bad = folder / "bad.json"
    bad.write_text(mutated_text(mutation), encoding="utf-8", errors="surrogatepass")
    pdf = folder / "out.pdf"
    pdf.unlink(missing_ok=True)
    times = []
    for verb in (["assess", str(bad)], ["report", str(bad), "-o", str(pdf), "--data-dir", str(folder / "d")]):
        status, out, err, ms = run(verb)
        times.append(ms)
        if status == 0:
            continue
        lines = err.splitlines()
        if status != 2:
            return f"{verb[0]}: exit {status}", times
        if out or len(lines) != 1 or len(lines[0]) - len(str(bad)) > LINE_MAX or "Traceback" in err:
            return f"{verb[0]}: {len(lines)} lines, {len(err)} characters", times
        if pdf.exists():
            return f"{verb[0]}: refused, yet a PDF was written", times
    return None, times


def measure() -> list[Figure]:
    mutations = catalogue()
    times: list[float] = []
    problems: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-bad-") as folder:
        for mutation in mutations:
            found, spent = problem(mutation, Path(folder))
            times += spent
            if found:
                problems[str(mutation)] = found
    worst = max(times)
    return [
        Figure(
            "bad_input_worst",
            f"hostile intake file, slowest assess/report of {len(mutations)} mutations",
            "ms",
            [worst],
            target=TARGET_MS,
            judged="value",
            details={"median_ms": sorted(times)[len(times) // 2]},
        ),
        Figure(
            "bad_input_unclean",
            "hostile intake files ending in a traceback or a long error",
            "files",
            [float(len(problems))],
            target=0.0,
            judged="value",
            details={"problems": dict(list(problems.items())[:20])},
        ),
    ]
