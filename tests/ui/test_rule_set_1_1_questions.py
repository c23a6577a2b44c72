"""The two questions new in rule set 1.1 are asked on screen, in English and Spanish, and stored;
a new swollen calf raises the urgent alert like the other safety questions."""

from __future__ import annotations

import pytest

from kiosk.logic.flow import Step
from kiosk.logic.vocab import Language
from kiosk.ui.demo_patient import complete_sample_intake, fill_sample_until

ASKED = [
    (Step.PATTERN, "pain_travels_down_leg", "Does pain shoot from your back or buttock down your leg?"),
    (Step.SAFETY, "calf_swollen_new", "Has one calf become swollen, warm or red"),
    (Step.NERVE, "toe_rise_weak", "weaker on the painful side, not only sore"),
    (Step.NERVE, "calf_size_difference", "Has one calf become thinner than the other?"),
]
SPANISH = {
    "pain_travels_down_leg": "¿El dolor le baja desde la espalda o la nalga",
    "calf_swollen_new": "se le ha hinchado, calentado o enrojecido una pantorrilla",
}


@pytest.mark.parametrize(("step", "answer", "words"), ASKED, ids=[a[1] for a in ASKED])
def test_the_question_is_asked_on_its_step(qtbot, window, step: Step, answer: str, words: str) -> None:
    fill_sample_until(window, step)
    assert words in window.page().questions[answer].question.text()


@pytest.mark.parametrize("answer", list(SPANISH))
def test_the_new_questions_are_asked_in_spanish(qtbot, window, answer: str) -> None:
    window.set_language(Language.ES)
    step = Step.PATTERN if answer == "pain_travels_down_leg" else Step.SAFETY
    fill_sample_until(window, step)
    assert SPANISH[answer] in window.page().questions[answer].question.text()


def test_both_answers_are_stored_and_a_swollen_calf_alerts_the_front_desk(qtbot, window) -> None:
    steps: list[Step] = []
    done = complete_sample_intake(
        window,
        before_next=steps.append,
        extra_yes=frozenset({"pain_travels_down_leg", "calf_swollen_new"}),
    )
    assert Step.ALERT in steps
    assert done.record.yes("pain_travels_down_leg") and done.record.yes("calf_swollen_new")
    assert "U5" in {flag.id for flag in done.assessment.red_flags}
    assert "D5" in {rule.id for rule in done.assessment.fired}
