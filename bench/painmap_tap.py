"""Pain-map tap: a finger lifts from the body diagram and the marked place is painted.

Measured on the Map step of the real wizard, not on a lone widget, because a tap there does all a
patient waits for: the region is found under the finger, the page opens the strength editor and
rebuilds its read-back list, the draft is saved to disk, and the map repaints with the new mark.
Each round taps six places of the front view one after another (the n-th tap finds n - 1 marks
already there), then the marks are cleared untimed, so new-place taps are what is measured.
The clock runs from the press to the end of the repaint that follows the release.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from bench.figures import Figure
from bench.qt import PaintCounter, patient_screen, settle
from kiosk.logic.flow import Step
from kiosk.logic.regions import View
from kiosk.logic.vocab import Sex, Side
from kiosk.ui.demo_patient import PATIENT
from kiosk.ui.shell import PatientScreen
from kiosk.ui.steps.about import AboutPage
from kiosk.ui.steps.painmap import MapPage

PLACES = (
    ("front_thigh", Side.LEFT),
    ("knee", Side.RIGHT),
    ("shin", Side.LEFT),
    ("top_of_foot", Side.RIGHT),
    ("hip", Side.LEFT),
    ("big_toe", Side.RIGHT),
)
LEFT = Qt.MouseButton.LeftButton


def open_map_step(window: PatientScreen) -> MapPage:
    """Start and fill About as the sample patient would, stopping on the Map step."""
    window.next.click()
    about = window.page(Step.ABOUT)
    assert isinstance(about, AboutPage)
    first, last, born = PATIENT
    about.first_name.setText(first)
    about.last_name.setText(last)
    picker = about.date_of_birth
    for combo, value in ((picker.year, born.year), (picker.month, born.month), (picker.day, born.day)):
        combo.setCurrentIndex(combo.findData(value))
    about.sex.button_for(Sex.FEMALE).click()
    window.next.click()
    page = window.page()
    if not isinstance(page, MapPage):
        raise RuntimeError(f"expected the map step, got {window.step.value}: {window.problems.text()}")
    return page


def measure(rounds: int = 30, warmup: int = 2) -> list[Figure]:
    samples: list[float] = []
    with patient_screen() as window:
        page = open_map_step(window)
        body = page.maps[View.FRONT]
        settle()
        paints = PaintCounter(body)
        for number in range(warmup + rounds):
            for region, side in PLACES:
                point = body.anchor_point(region, side)
                at = QPoint(round(point.x()), round(point.y()))
                before = paints.count
                start = time.perf_counter()
                QTest.mousePress(body, LEFT, Qt.KeyboardModifier.NoModifier, at)
                QTest.mouseRelease(body, LEFT, Qt.KeyboardModifier.NoModifier, at)
                settle()
                elapsed = (time.perf_counter() - start) * 1000
                if page.editor.key != (region, side) or paints.count == before:
                    raise RuntimeError(f"the tap on {region} ({side.value}) was not taken or not painted")
                if number >= warmup:
                    samples.append(elapsed)
            window.draft.pain = {}
            page.load(window.draft)
            settle()
    return [
        Figure(
            key="painmap_tap",
            title="pain-map tap → repaint finished",
            unit="ms",
            samples=samples,
            target=8,
            with_p95=True,
            details={"places_per_round": len(PLACES), "rounds": rounds, "view": View.FRONT.value},
        )
    ]
