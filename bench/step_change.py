"""One step change: the patient taps Next and the next page is painted.

The sample patient (`kiosk.ui.demo_patient`) is driven through whole intakes in the real wizard.
Each Next is timed from the button's `pressed` signal to the end of the repaint: a slot connected
to `clicked` after the wizard's own `go_next` runs the event loop's pending work (layout, paint)
and stops the clock. "Send my answers" (Review → Done) stores the intake and writes the PDF, so it
is reported on its own line rather than mixed into the step figure.
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass

from bench.figures import Figure, median
from bench.qt import PaintCounter, patient_screen, settle
from kiosk.logic.flow import Step
from kiosk.ui.demo_patient import complete_sample_intake


@dataclass
class _Press:
    """What the clock needs to know when Next goes down."""

    step: Step = Step.WELCOME
    paints: int = 0
    start: float = 0.0


def measure(intakes: int = 25, warmup: int = 2) -> list[Figure]:
    steps_ms: list[float] = []
    send_ms: list[float] = []
    by_transition: dict[str, list[float]] = defaultdict(list)
    unpainted = 0
    with patient_screen() as window:
        paints = PaintCounter(window.stack)
        press = _Press()
        recording = False

        def pressed() -> None:
            press.step, press.paints, press.start = window.step, paints.count, time.perf_counter()

        def clicked() -> None:
            nonlocal unpainted
            settle()
            elapsed = (time.perf_counter() - press.start) * 1000
            if not recording:
                return
            if paints.count == press.paints:
                unpainted += 1
            by_transition[f"{press.step.value}→{window.step.value}"].append(elapsed)
            (send_ms if press.step is Step.REVIEW else steps_ms).append(elapsed)

        window.next.pressed.connect(pressed)
        window.next.clicked.connect(clicked)
        for number in range(warmup + intakes):
            recording = number >= warmup
            complete_sample_intake(window)
            # the helper connects a list's append to `submitted` on every call and never disconnects
            window.submitted.disconnect()
            window.reset()
            settle()
        window.next.pressed.disconnect(pressed)
        window.next.clicked.disconnect(clicked)
    if unpainted:
        raise RuntimeError(f"{unpainted} step changes were timed without a repaint of the page")
    details = {
        name: {"median_ms": median(values), "n": len(values)} for name, values in by_transition.items()
    }
    return [
        Figure(
            key="step_change",
            title="step change (Next → next page painted)",
            unit="ms",
            samples=steps_ms,
            target=16,
            with_p95=True,
            details={"by_transition": details, "intakes": intakes},
        ),
        Figure(
            key="send_answers",
            title="Send my answers → Done painted (store + PDF)",
            unit="ms",
            samples=send_ms,
            with_p95=True,
            judged="none",
        ),
    ]
