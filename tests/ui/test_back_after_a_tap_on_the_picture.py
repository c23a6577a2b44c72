"""A tap on the picture, then Back to About you (and the next patient's Start after a reset) ended
the kiosk in a segmentation fault: the date pad's part buttons sat in a ResponsiveGrid nested in
another layout, whose item wrappers PySide6 let go invalid at the map's next repaint of its list.
Run in a child process, since that crash would end the test run."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

SCRIPT = """
import sys
from kiosk.logic.flow import Step
from kiosk.logic.vocab import Side
from kiosk.ui.demo_patient import fill_sample_until
from bench.qt import patient_screen, settle

with patient_screen() as window:
    fill_sample_until(window, Step.MAP)
    window.page(Step.MAP).tap("heel_bottom", Side.LEFT)
    settle()
    if sys.argv[1] == "back":
        window.back.click()
    else:
        window.reset()
        settle()
        window.next.click()
    settle()
    print(window.step.value)
"""


@pytest.mark.parametrize("way", ["back", "next patient"])
def test_a_tap_on_the_picture_then_the_date_pad_again_does_not_crash(way: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, way.split(maxsplit=1)[0]],
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert (done.returncode, done.stdout.strip()) == (0, "about"), done.stderr[-500:]
