"""Review reads each answer back under a short name, not under its whole question again: the
patient already read the question once (issue 15: less to read), in English and in Spanish."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from kiosk.logic.flow import Step
from kiosk.logic.vocab import Language
from kiosk.ui.demo_patient import fill_sample_until
from kiosk.ui.shell import PatientScreen

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


def review_lines(window: PatientScreen) -> list[str]:
    return [label.text() for label in window.page(Step.REVIEW).findChildren(QLabel)]


@pytest.mark.parametrize("language", [Language.EN, Language.ES])
def test_morning_stiffness_is_read_back_by_name(window: PatientScreen, language: Language) -> None:
    window.set_language(language)
    fill_sample_until(window, Step.REVIEW)  # the sample patient is not stiff in the morning
    none, an_hour, question = SAID[language]
    assert none in review_lines(window)
    assert not any(question in line for line in review_lines(window))
    window.page(Step.REVIEW).edit_requested.emit(Step.PATTERN)
    window.page().stiffness.button_for(60).click()
    window.next.click()
    assert window.step is Step.REVIEW
    assert an_hour in review_lines(window)
