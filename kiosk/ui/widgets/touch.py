"""Finger scrolling: every scroll area pans under a dragging finger, as on a phone.

Touch reaches widgets as synthesized mouse events, so the scroller listens for the left mouse button
on each viewport. A press is held back for `PRESS_DELAY` seconds: a finger that starts to drag within
it scrolls the page and never presses the button it started on; a finger that lifts presses at once.
No overshoot (a page that bounces past its end reads as broken to an older patient); a tap during a
fling stops it (QScroller's own behaviour).
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QScrollArea,
    QScroller,
    QScrollerProperties,
    QVBoxLayout,
    QWidget,
)

PRESS_DELAY = 0.1
"""Seconds a press waits to see whether it becomes a drag: short enough to feel immediate."""
FINGER_SCROLLING = "finger_scrolling"
"""A property set on every viewport that pans under a finger, so tests and later calls can tell."""


def _properties() -> QScrollerProperties:
    props = QScrollerProperties()
    metric = QScrollerProperties.ScrollMetric
    off = QScrollerProperties.OvershootPolicy.OvershootAlwaysOff
    props.setScrollMetric(metric.MousePressEventDelay, PRESS_DELAY)
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
        QScroller.scroller(viewport).setScrollerProperties(_properties())
        viewport.setProperty(FINGER_SCROLLING, True)
        count += 1
    return count


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
