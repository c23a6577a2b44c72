"""Long pages pan under a finger, and a finger that drags never presses what it started on."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractScrollArea

from kiosk.logic.flow import ORDER, Step
from kiosk.ui.demo_patient import fill_sample_until
from kiosk.ui.widgets.touch import FINGER_SCROLLING
from tests.ui import fingers


def safety_page(window):
    fill_sample_until(window, Step.NERVE)
    window.next.click()
    assert window.step is Step.SAFETY
    page = window.page()
    area = page.findChildren(QAbstractScrollArea)[0]
    return page, area


def answers(page) -> dict:
    return {answer_id: row.choice.value() for answer_id, row in page.questions.items()}


def test_a_drag_that_starts_on_a_button_scrolls_and_presses_nothing(qtbot, window) -> None:
    page, area = safety_page(window)
    bar = area.verticalScrollBar()
    assert bar.maximum() > 300 and bar.value() == 0
    first = next(iter(page.questions.values())).choice.buttons()[1]
    start = first.mapTo(area.viewport(), first.rect().center())
    fingers.drag(area.viewport(), start, start - QPoint(0, 250), rest_ms=150)
    qtbot.waitUntil(lambda: fingers.settled(area.viewport()))
    assert bar.value() >= 200, "the page did not follow the finger"
    assert set(answers(page).values()) == {None}, "a drag pressed an answer"


def test_a_tap_in_a_scrolling_page_still_presses(qtbot, window) -> None:
    page, _area = safety_page(window)
    row = next(iter(page.questions.values()))
    fingers.tap(row.choice.button_for(False))
    assert row.choice.value() is False


def test_a_flick_flings_on_and_a_tap_stops_it(qtbot, window) -> None:
    _page, area = safety_page(window)
    viewport, bar = area.viewport(), area.verticalScrollBar()
    middle = viewport.rect().center()
    fingers.drag(viewport, middle, middle - QPoint(0, 200), steps=4, step_ms=10)  # a quick flick
    qtbot.waitUntil(lambda: not fingers.settled(viewport) and bar.value() > 200)
    fingers.tap(viewport, viewport.rect().center(), quick=True)  # at once, during the fling
    stopped = bar.value()
    qtbot.waitUntil(lambda: fingers.settled(viewport))  # a fling that went on would end far away
    assert abs(bar.value() - stopped) <= 2, "the fling went on under the finger"


def test_no_overshoot_past_the_top(qtbot, window) -> None:
    _page, area = safety_page(window)
    viewport = area.viewport()
    top = area.widget().y()
    middle = viewport.rect().center()
    fingers.drag(viewport, middle, middle + QPoint(0, 200), rest_ms=150)
    assert area.verticalScrollBar().value() == 0
    assert area.widget().y() == top, "the page was pulled past its top"


def test_every_scroll_area_of_every_page_pans_under_a_finger(window) -> None:
    for step in ORDER:
        page = window.page(step)
        for area in page.findChildren(QAbstractScrollArea):
            assert area.viewport().property(FINGER_SCROLLING), f"{step.value}: {area.accessibleName()!r}"
