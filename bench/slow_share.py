"""The screen with a slow output folder: every write there takes 2 s (issue 13).

The delay is injected in the writer (`kiosk.logic.atomic._sync_folder`, which every PDF and alert
write ends with), as a network share that takes seconds per file would do. Two figures, each the
same as with a fast folder if no output-folder work runs on the GUI thread:

- step change: whole intakes with a red flag (so the front-desk alert is written on the way) and
  the PDF at the end, each Next timed from `pressed` to the page painted, "Send" included;
- tap latency: while the retry queue writes 5 owed PDFs, a yes/no answer tapped every 50 ms is
  timed from the press to the repaint.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from bench.figures import Figure
from bench.qt import patient_screen, settle
from kiosk.logic import atomic
from kiosk.logic.flow import Step
from kiosk.ui.demo_patient import complete_sample_intake, fill_sample_until

DELAY_S = 2.0
SADDLE = frozenset({"saddle_numbness"})


def _slow_writer() -> Callable[[], None]:
    real = atomic._sync_folder

    def slow(folder: object) -> None:
        time.sleep(DELAY_S)
        real(folder)  # type: ignore[arg-type]

    atomic._sync_folder = slow  # type: ignore[assignment]

    def undo() -> None:
        atomic._sync_folder = real  # type: ignore[assignment]

    return undo


def measure(intakes: int = 3) -> list[Figure]:
    undo = _slow_writer()
    try:
        steps, worst = _steps(intakes)
        taps = _taps()
    finally:
        undo()
    return [
        Figure(
            key="slow_share_step_change",
            title="step change, output folder 2 s per write",
            unit="ms",
            samples=steps,
            target=16,
            with_p95=True,
            details={"worst_ms": max(steps), "worst_transition": worst, "intakes": intakes},
        ),
        Figure(
            key="slow_share_tap",
            title="tap latency while owed PDFs are written, 2 s per write",
            unit="ms",
            samples=taps,
            target=16,
            with_p95=True,
            details={"worst_ms": max(taps)},
        ),
    ]


def _steps(intakes: int) -> tuple[list[float], str]:
    samples: list[float] = []
    worst = ("", 0.0)
    with patient_screen() as window:
        start = [0.0, Step.WELCOME]

        def pressed() -> None:
            start[0], start[1] = time.perf_counter(), window.step

        def clicked() -> None:
            nonlocal worst
            settle()
            elapsed = (time.perf_counter() - float(start[0])) * 1000
            samples.append(elapsed)
            if elapsed > worst[1]:
                worst = (f"{start[1].value}→{window.step.value}", elapsed)  # type: ignore[union-attr]

        window.next.pressed.connect(pressed)
        window.next.clicked.connect(clicked)
        for _ in range(intakes):
            complete_sample_intake(window, extra_yes=SADDLE)
            window.submitted.disconnect()
            window.reset()
            settle()
        _drain(window)
    return samples, worst[0]


def _taps(owed: int = 5, taps: int = 60) -> list[float]:
    samples: list[float] = []
    with patient_screen() as window:
        folder = window.paths.output_dir
        folder.parent.mkdir(parents=True, exist_ok=True)
        folder.write_text("share down")
        for _ in range(owed):
            complete_sample_intake(window)
            window.submitted.disconnect()
            window.reset()
        folder.unlink()
        fill_sample_until(window, Step.SAFETY)
        page = window.page()
        row = next(iter(page.questions.values()))  # type: ignore[attr-defined]
        window.jobs.retry_pending_pdfs()
        for number in range(taps):
            button = row.choice.button_for(number % 2 == 0)
            begin = time.perf_counter()
            button.click()
            settle()
            samples.append((time.perf_counter() - begin) * 1000)
            _wait(0.05)
        _drain(window)
        window.reset()
    return samples


def _wait(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        settle()


def _drain(window: object) -> None:
    """Let owed work finish before the folder goes (at most a minute)."""
    store = window.store  # type: ignore[attr-defined]
    end = time.perf_counter() + 60
    while (store.pending_pdfs() or store.undelivered_alerts()) and time.perf_counter() < end:
        _wait(0.1)
