"""Review reads each answer back under a short name, not under its whole question again: the
patient already read the question once (issue 15: less to read), in English and in Spanish, at
1280 x 800 and turned to 800 x 1280, changed by finger from Review."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from kiosk.logic.flow import Step
from kiosk.logic.vocab import Language
from kiosk.ui.demo_patient import fill_sample_until
from kiosk.ui.shell import PatientScreen
from tests.ui import fingers

SAID = {
    Language.EN: (
        "Morning stiffness: not stiff",
        "Morning stiffness: about an hour",
        "stiff in the morning?",
    ),
    Language.ES: (
        "Rigidez por la mañana: sin rigidez",
        "Rigidez por la mañana: más o menos una hora",
        "¿Cuánto le dura la rigidez",
    ),
}

WHEN_IT_HURTS = {Language.EN: "When it hurts", Language.ES: "Cuándo le duele"}


def review_lines(window: PatientScreen) -> list[str]:
    return [label.text() for label in window.page(Step.REVIEW).findChildren(QLabel)]


@pytest.mark.parametrize(
    ("size", "language"),
    [((1280, 800), Language.EN), ((800, 1280), Language.ES)],
    ids=["landscape-en", "portrait-es"],
)
def test_morning_stiffness_is_read_back_by_name(
    qtbot, window: PatientScreen, size, language: Language
) -> None:
    window.resize(*size)
    window.set_language(language)
    fill_sample_until(window, Step.REVIEW)  # the sample patient is not stiff in the morning
    none, an_hour, question = SAID[language]
    assert none in review_lines(window)
    assert not any(question in line for line in review_lines(window))
    review = window.page(Step.REVIEW)
    (change,) = [
        button
        for button in review.findChildren(QPushButton)
        if button.accessibleName().endswith(WHEN_IT_HURTS[language])
    ]
    fingers.tap_in_view(change)
    qtbot.waitUntil(lambda: window.step is Step.PATTERN)
    fingers.tap_in_view(window.page().stiffness.button_for(60))
    fingers.tap(window.next)
    qtbot.waitUntil(lambda: window.step is Step.REVIEW)
    assert an_hour in review_lines(window)
