"""Finger scrolling: every scroll area pans under a dragging finger, as on a phone.

Touch reaches widgets as synthesized mouse events, so the scroller listens for the left mouse button
on each viewport. A press goes to the button under the finger at once (it shows pressed, as a
fingertip expects); as soon as the finger drags far enough to scroll, the button is let go without
a click, so a drag that starts on an answer scrolls the page and never chooses it. (QScroller's own
press delay re-sends the held press to `QApplication.widgetAt`, which finds no widget on some
platforms, offscreen among them, and then swallows every tap.) No overshoot: a page that bounces
past its end reads as broken to an older patient. A tap during a fling stops it (QScroller's own).
"""

from __future__ import annotations

import functools

import shiboken6
from PySide6.QtCore import QEasingCurve
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QScrollArea,
    QScroller,
    QScrollerProperties,
    QVBoxLayout,
    QWidget,
)

FINGER_SCROLLING = "finger_scrolling"
"""A property set on every viewport that pans under a finger, so tests and later calls can tell."""


def _properties() -> QScrollerProperties:
    props = QScrollerProperties()
    metric = QScrollerProperties.ScrollMetric
    off = QScrollerProperties.OvershootPolicy.OvershootAlwaysOff
    props.setScrollMetric(metric.MousePressEventDelay, 0.0)
    props.setScrollMetric(metric.HorizontalOvershootPolicy, off)
    props.setScrollMetric(metric.VerticalOvershootPolicy, off)
    props.setScrollMetric(metric.OvershootDragResistanceFactor, 0.0)
    props.setScrollMetric(metric.OvershootScrollDistanceFactor, 0.0)
    props.setScrollMetric(metric.OvershootDragDistanceFactor, 0.0)
    props.setScrollMetric(metric.ScrollingCurve, QEasingCurve(QEasingCurve.Type.OutCubic))
    return props


def enable_finger_scrolling(root: QWidget) -> int:
    """Make every scroll area in `root` (and `root` itself, if it is one) pan under a finger.

    Safe to call again after more widgets were added; returns how many areas were newly set up.
    """
    areas = root.findChildren(QAbstractScrollArea)
    if isinstance(root, QAbstractScrollArea):
        areas.append(root)
    count = 0
    for area in areas:
        viewport = area.viewport()
        if viewport.property(FINGER_SCROLLING):
            continue
        QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        scroller = QScroller.scroller(viewport)
        scroller.setScrollerProperties(_properties())
        scroller.stateChanged.connect(functools.partial(_let_go_when_dragged, viewport))
        viewport.setProperty(FINGER_SCROLLING, True)
        count += 1
    return count


def _let_go_when_dragged(viewport: QWidget, state: QScroller.State) -> None:
    """The finger is scrolling: whatever button it went down on is released without a click."""
    if state is QScroller.State.Dragging and shiboken6.isValid(viewport):
        for button in viewport.findChildren(QAbstractButton):
            if button.isDown():
                button.setDown(False)


def scrolling_column(page: QWidget) -> QVBoxLayout:
    """Fill `page` with a vertical scroll area and return the column inside it, for long steps."""
    column = QVBoxLayout()
    holder = QWidget()
    holder.setLayout(column)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(holder)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scroll)
    enable_finger_scrolling(scroll)
    return column
