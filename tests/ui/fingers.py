"""A patient's finger: taps and drags as real touch events from a touch screen.

Each event goes to the top-level window at the point mapped from the widget, as a touch screen
delivers it; Qt turns an unhandled touch into the mouse events widgets see, as on a real tablet.
"""

from __future__ import annotations

import itertools
from functools import cache

from PySide6.QtCore import QElapsedTimer, QPoint, QPointF
from PySide6.QtGui import QInputDevice, QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QScroller, QWidget


@cache
def touch_screen() -> QPointingDevice:
    return QTest.createTouchDevice(QInputDevice.DeviceType.TouchScreen)


def _window_point(widget: QWidget, point: QPoint | QPointF | None) -> tuple[QWidget, QPoint]:
    where = widget.rect().center() if point is None else QPointF(point).toPoint()
    window = widget.window()
    return window, widget.mapTo(window, where)


_last_tap = QElapsedTimer()
_touches = itertools.count(1)
"""Each finger put down is a new touch point, as a touch screen numbers them."""


def _settle() -> None:
    """Let a page that just changed lay itself out (wrapped words can take a few passes), as it has
    long done by the time a finger comes down on it."""
    for _ in range(3):
        QApplication.processEvents()


def _wait_out_double_click() -> None:
    if _last_tap.isValid():
        QTest.qWait(max(0, QApplication.doubleClickInterval() + 20 - _last_tap.elapsed()))


def tap(widget: QWidget, point: QPoint | QPointF | None = None, *, quick: bool = False) -> None:
    """Press and lift one finger at `point` in `widget` (default: its centre).

    Qt reads a second press soon after another as a double click wherever it lands (a finger does
    not hover between taps); a button takes that as a press, but a text field does not take the
    focus from it. A tap on anything but a button first waits out the double-click time, as a
    patient moving to a field does; `quick` taps at once (a tap during a fling).
    """
    if not quick and not isinstance(widget, QAbstractButton):
        _wait_out_double_click()
    _last_tap.start()
    _settle()
    window, at = _window_point(widget, point)
    assert widget.isVisible(), f"{widget!r} is not on screen"
    hit = window.childAt(at)
    assert hit is widget or widget.isAncestorOf(hit), f"the finger would land on {hit!r}, not {widget!r}"
    assert window.rect().contains(at), f"{at} is outside the window: the patient cannot reach it"
    finger = next(_touches)
    QTest.touchEvent(window, touch_screen()).press(finger, at).commit()
    QTest.touchEvent(window, touch_screen()).release(finger, at).commit()
    QApplication.processEvents()


def drag(
    widget: QWidget, start: QPoint, end: QPoint, *, steps: int = 12, step_ms: int = 16, rest_ms: int = 0
) -> None:
    """A finger put down at `start`, moved to `end` at a steady pace, rested there for `rest_ms`
    (a finger that stops before it lifts does not fling), and lifted (points in `widget`)."""
    _wait_out_double_click()  # a finger put down again at once would read as a double tap
    window, begin = _window_point(widget, start)
    _, finish = _window_point(widget, end)
    finger = next(_touches)
    QTest.touchEvent(window, touch_screen()).press(finger, begin).commit()
    for i in range(1, steps + 1):
        QTest.qWait(step_ms)
        at = begin + (finish - begin) * (i / steps)
        QTest.touchEvent(window, touch_screen()).move(finger, at).commit()
    if rest_ms:
        QTest.qWait(rest_ms)
        QTest.touchEvent(window, touch_screen()).move(finger, finish).commit()
    QTest.touchEvent(window, touch_screen()).release(finger, finish).commit()
    _last_tap.start()
    QApplication.processEvents()


def scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


def settled(viewport: QWidget) -> bool:
    return QScroller.scroller(viewport).state() == QScroller.State.Inactive


def reveal(widget: QWidget, margin: int = 8) -> int:
    """Drag the page under a finger until `widget` is wholly in view, as a patient scrolls to the
    next question; returns how many drags it took. Fails if the page stops moving first."""
    _settle()
    area = scroll_area_of(widget)
    if area is None:
        return 0
    viewport = area.viewport()
    for drags in range(40):
        top = widget.mapTo(viewport, QPoint(0, 0)).y()
        bottom = top + widget.height()
        if top >= margin and bottom <= viewport.height() - margin:
            return drags
        distance = (bottom - viewport.height() + viewport.height() // 3) if bottom > viewport.height() else (
            top - viewport.height() // 3)  # fmt: skip
        step = max(-viewport.height() // 2, min(viewport.height() // 2, distance))
        middle = viewport.rect().center()
        before = area.verticalScrollBar().value()
        drag(viewport, middle, middle - QPoint(0, step), steps=10, step_ms=30, rest_ms=150)
        deadline = QElapsedTimer()
        deadline.start()
        while not settled(viewport) and deadline.elapsed() < 3000:
            QTest.qWait(20)
        assert area.verticalScrollBar().value() != before, f"the page would not scroll to {widget!r}"
    raise AssertionError(f"{widget!r} never came into view")


def tap_in_view(widget: QWidget, point: QPoint | QPointF | None = None) -> None:
    """Scroll `widget` into view by finger if it is not, then tap it."""
    reveal(widget)
    tap(widget, point)
