"""'Show me where': on a long page the footer's count of missing answers can bring the first one into
view, so a patient does not have to hunt for the question they skipped."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from kiosk.logic.flow import Step
from kiosk.ui.demo_patient import fill_sample_until
from kiosk.ui.shell import PatientScreen


def in_view(widget: QWidget) -> bool:
    area = widget.parentWidget()
    while not isinstance(area, QScrollArea):
        area = area.parentWidget()
    top = widget.mapTo(area.viewport(), widget.rect().topLeft()).y()
    return top >= 0 and top + widget.height() <= area.viewport().height()


def test_show_me_where_brings_the_skipped_safety_question_into_view(qtbot, window: PatientScreen) -> None:
    fill_sample_until(window, Step.NERVE)
    window.next.click()
    assert window.step is Step.SAFETY
    page = window.page()
    assert window.show_missing.isVisible()  # nothing answered yet
    rows = list(page.questions.values())
    skipped = rows[len(rows) // 2]
    for row in rows:
        if row is not skipped:
            row.choice.button_for(False).click()
    assert window.problems.text() == "Please answer 1 more question."
    assert window.show_missing.isVisible()
    bar = page.findChild(QScrollArea).verticalScrollBar()
    bar.setValue(bar.maximum())  # where the patient is after answering the last question
    assert not in_view(skipped)
    window.show_missing.click()
    assert in_view(skipped)
    assert skipped.isAncestorOf(QApplication.focusWidget())  # a screen reader reads it out
    skipped.choice.button_for(False).click()
    assert not window.show_missing.isVisible()
    assert window.next.isEnabled()


def test_show_me_where_is_not_offered_when_there_is_nothing_to_point_at(window: PatientScreen) -> None:
    window.next.click()  # About you: short, every field in sight; its problems need no pointing
    assert window.step is Step.ABOUT
    assert window.problems.text()
    assert not window.show_missing.isVisible()
