"""A known crash, kept reproducible until it is fixed: a tap on the picture, then Back to About you,
ends the process in a segmentation fault. Qt lays out the date pad's part buttons (a ResponsiveGrid)
and finds its layout items' wrappers deleted ("Internal C++ object (QWidgetItem) already
deleted"); shiboken then crashes reporting that error from inside the layout. No explicit delete
causes it (neither `clear_layout`'s nor the grid's own, both tried); `MapPage._refresh` after a
tap is the trigger. Run in a child process, since the crash would end the test run; strict, so the
fix shows here as an unexpected pass to be turned into a plain test."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

SCRIPT = """
from kiosk.logic.flow import Step
from kiosk.logic.vocab import Side
from kiosk.ui.demo_patient import fill_sample_until
from bench.qt import kiosk_window, settle

with kiosk_window() as window:
    fill_sample_until(window, Step.MAP)
    window.page(Step.MAP).tap("heel_bottom", Side.LEFT)
    settle()
    window.back.click()
    settle()
    print(window.step.value)
"""


@pytest.mark.xfail(strict=True, reason="segfault after a tap on the picture and Back (see docstring)")
def test_back_after_a_tap_on_the_picture_shows_about_you() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert (done.returncode, done.stdout.strip()) == (0, "about")
