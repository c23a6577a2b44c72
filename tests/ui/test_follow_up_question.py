""" "Is this weakness new or getting worse?" follows a yes to a weakness: a patient with none is not
asked it, one who taps a yes is asked it at once, on the same page, by finger, and must answer it
(red flag U2 reads the two together); a yes taken back takes the follow-up away again."""

from __future__ import annotations

import pytest

from kiosk.logic.flow import Step
from kiosk.logic.vocab import Language
from kiosk.ui.demo_patient import fill_sample_until
from tests.ui import fingers

FOLLOW_UP = {
    Language.EN: "Is this weakness new or getting worse?",
    Language.ES: "¿Esta debilidad es nueva o va a peor?",
}
PROBLEM = {Language.EN: "Please answer 1 more question.", Language.ES: "Por favor, conteste 1 pregunta más."}


@pytest.mark.parametrize(
    ("size", "language"),
    [((1280, 800), Language.EN), ((800, 1280), Language.ES)],
    ids=["landscape-en", "portrait-es"],
)
def test_the_weakness_follow_up_comes_with_a_yes_and_goes_with_a_no(qtbot, window, size, language) -> None:
    window.resize(*size)
    window.set_language(language)
    fill_sample_until(window, Step.PATTERN)
    fingers.tap(window.next)
    assert window.step is Step.NERVE
    nerve = window.page()
    follow_up = nerve.questions["weakness_worsening"]
    assert follow_up.isHidden()  # nothing answered: nothing to follow
    for row in nerve.questions.values():
        if row.isVisible():
            fingers.tap_in_view(row.choice.button_for(False))
    assert follow_up.isHidden()  # no weakness: still nothing to follow

    fingers.tap_in_view(nerve.questions["foot_drop"].choice.button_for(True))
    assert follow_up.isVisible()
    assert follow_up.question.text() == FOLLOW_UP[language]
    fingers.tap(window.next)
    assert window.step is Step.NERVE  # not answered yet: the page stays
    assert PROBLEM[language] in window.problems.text()

    fingers.tap_in_view(follow_up.choice.button_for(True))
    assert window.store.load_draft(window.draft.id).answers["weakness_worsening"] is True

    fingers.tap_in_view(nerve.questions["foot_drop"].choice.button_for(False))
    assert follow_up.isHidden()
    assert "weakness_worsening" not in window.draft.asked_answers()  # never part of the record now
    next_to(qtbot, window, Step.SAFETY)
    for row in window.page().questions.values():
        if row.isVisible():
            fingers.tap_in_view(row.choice.button_for(False))
    next_to(qtbot, window, Step.TREATMENTS)  # no urgent alert: there is no weakness

    for back in (Step.SAFETY, Step.NERVE):
        fingers.tap(window.back)
        qtbot.waitUntil(lambda back=back: window.step is back)
    fingers.tap_in_view(nerve.questions["toe_rise_weak"].choice.button_for(True))
    assert follow_up.isVisible() and follow_up.choice.value() is True  # the answer given before
    next_to(qtbot, window, Step.SAFETY)
    next_to(qtbot, window, Step.ALERT)  # U2: a weakness that is getting worse


def next_to(qtbot, window, expected: Step) -> None:
    fingers.tap(window.next)
    qtbot.waitUntil(lambda: window.step is expected)
