"""The fixture that fails a test leaving a window or a timer behind (tests/leftovers.py) does fail it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from tests import leftovers

ROOT = Path(__file__).resolve().parents[1]

pytest_plugins = ["pytester"]


def test_a_window_left_on_screen_and_a_running_timer_are_found(qapp: QApplication) -> None:
    window = QWidget()
    window.setObjectName("forgotten")
    window.show()
    owner = QObject()
    owner.setObjectName("jobs")
    timer = QTimer(owner)
    timer.start(60_000)
    found = leftovers.check()
    assert found.windows == [window]
    assert found.timers == [timer]
    assert "QWidget 'forgotten'" in found.describe()
    assert "(60000 ms) owned by QObject 'jobs'" in found.describe()
    found.clear()
    assert not leftovers.check()
    assert not window.isVisible() and not timer.isActive()


def test_a_window_closed_and_a_timer_stopped_are_not(qapp: QApplication) -> None:
    window = QWidget()
    window.show()
    timer = QTimer(window)
    timer.start(60_000)
    timer.stop()
    window.close()
    assert not leftovers.check()


LEAKY = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from tests.conftest import leaves_no_window_or_timer  # noqa: F401

kept = []


def test_leaves_a_window(qtbot):
    window = QWidget()
    window.setWindowTitle("left open")
    window.show()
    kept.append(window)


def test_leaves_a_timer(qtbot):
    timer = QTimer()
    timer.start(60_000)
    kept.append(timer)


def test_cleans_up(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    timer = QTimer(window)
    timer.start(60_000)
"""


@pytest.mark.parametrize("workers", [[], ["-n", "2"]], ids=["one process", "xdist workers"])
def test_the_fixture_fails_a_test_that_leaves_either_behind(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, workers: list[str]
) -> None:
    """In one process, and in the workers `make test` runs the suite in (each checks its own tests)."""
    pytester.makepyfile(test_leaky=LEAKY)
    pytester.makeini("[pytest]\nqt_api = pyside6\n")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", *workers)
    result.assert_outcomes(passed=3, errors=2)
    # Each error with its own finding (workers may report the two in either order).
    result.stdout.fnmatch_lines(
        ["*ERROR at teardown of test_leaves_a_window*", "*a visible top-level window: QWidget 'left open'*"]
    )
    result.stdout.fnmatch_lines(
        ["*ERROR at teardown of test_leaves_a_timer*", "*a running QTimer (60000 ms) owned by nobody*"]
    )
