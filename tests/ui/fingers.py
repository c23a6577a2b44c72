"""A patient's finger: taps and drags as real touch events from a touch screen.

Each event goes to the top-level window at the point mapped from the widget, as a touch screen
delivers it; Qt turns an unhandled touch into the mouse events widgets see, as on a real tablet.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QElapsedTimer, QPoint, QPointF
from PySide6.QtGui import QInputDevice, QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from kiosk.ui.widgets.touch import FINGER_SCROLLING

PRESS_WAIT_MS = 160
"""Longer than the scrollers' press delay, so a finger that rests before lifting presses."""


@cache
def touch_screen() -> QPointingDevice:
    return QTest.createTouchDevice(QInputDevice.DeviceType.TouchScreen)


def _window_point(widget: QWidget, point: QPoint | QPointF | None) -> tuple[QWidget, QPoint]:
    where = widget.rect().center() if point is None else QPointF(point).toPoint()
    window = widget.window()
    return window, widget.mapTo(window, where)


def _in_finger_scrolling_area(widget: QWidget) -> bool:
    parent: QWidget | None = widget
    while parent is not None:
        if parent.property(FINGER_SCROLLING):
            return True
        parent = parent.parentWidget()
    return False


_last_tap = QElapsedTimer()


def tap(widget: QWidget, point: QPoint | QPointF | None = None) -> None:
    """Press and lift one finger at `point` in `widget` (default: its centre).

    Qt reads a second press soon after another as a double click; a button takes that as a press,
    but a text field would not take the focus, so a tap on anything else first waits out the
    double-click time, as a patient moving to another place on the screen does.
    """
    if not isinstance(widget, QAbstractButton) and _last_tap.isValid():
        QTest.qWait(max(0, QApplication.doubleClickInterval() + 20 - _last_tap.elapsed()))
    _last_tap.start()
    window, at = _window_point(widget, point)
    assert widget.isVisible(), f"{widget!r} is not on screen"
    assert window.rect().contains(at), f"{at} is outside the window: the patient cannot reach it"
    QTest.touchEvent(window, touch_screen()).press(0, at).commit()
    if _in_finger_scrolling_area(widget):
        QTest.qWait(PRESS_WAIT_MS)
    QTest.touchEvent(window, touch_screen()).release(0, at).commit()
    QApplication.processEvents()


def drag(widget: QWidget, start: QPoint, end: QPoint, steps: int = 12, step_ms: int = 16) -> None:
    """A finger put down at `start`, moved to `end` at a steady pace, and lifted (points in `widget`)."""
    window, begin = _window_point(widget, start)
    _, finish = _window_point(widget, end)
    QTest.touchEvent(window, touch_screen()).press(0, begin).commit()
    for i in range(1, steps + 1):
        QTest.qWait(step_ms)
        at = begin + (finish - begin) * (i / steps)
        QTest.touchEvent(window, touch_screen()).move(0, at).commit()
    QTest.touchEvent(window, touch_screen()).release(0, finish).commit()
    QApplication.processEvents()
