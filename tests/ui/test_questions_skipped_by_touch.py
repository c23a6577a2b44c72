"""A patient who marks only the back is not asked the questions about a leg, on screen, by finger,
in landscape and portrait; the questions a red flag reads are still asked, and Next goes on."""

from __future__ import annotations

import pytest

from kiosk.logic.flow import Step
from kiosk.logic.regions import View
from kiosk.logic.vocab import Duration, Onset, Side
from kiosk.ui.demo_patient import fill_sample_until
from tests.ui import fingers

LEG_ONLY = ("cough_sneeze_leg", "worse_sitting", "pain_travels_down_leg", "first_steps_pain_eases")
EVERYONE = ("night_pain", "walking_eased_by_standing_still")


def next_to(qtbot, window, expected: Step) -> None:
    assert window.next.isEnabled(), window.problems.text()
    fingers.tap(window.next)
    qtbot.waitUntil(lambda: window.step is expected)


@pytest.mark.parametrize("size", [(1280, 800), (800, 1280)], ids=["landscape", "portrait"])
def test_a_back_only_patient_is_asked_no_leg_question(qtbot, window, size) -> None:
    window.resize(*size)
    fill_sample_until(window, Step.ABOUT)
    next_to(qtbot, window, Step.MAP)
    painmap = window.page()
    fingers.tap(painmap.view_choice.button_for(View.BACK))
    picture = painmap.maps[View.BACK]
    fingers.tap(picture, picture.anchor_point("lower_back", Side.LEFT))
    assert list(window.draft.pain) == [("lower_back", Side.LEFT)]
    fingers.tap(painmap.editor.intensity.button_for(3))
    fingers.tap(painmap.editor.done)
    next_to(qtbot, window, Step.PATTERN)  # the number was given on the map

    pattern = window.page()
    for answer in LEG_ONLY:
        assert pattern.questions[answer].isHidden(), answer
    for answer in EVERYONE:
        assert pattern.questions[answer].isVisible(), answer
    fingers.tap_in_view(pattern.duration.button_for(Duration.UNDER_6_WEEKS))
    fingers.tap_in_view(pattern.onset.button_for(Onset.SUDDEN))
    fingers.tap_in_view(pattern.stiffness.button_for(0))
    for row in pattern.questions.values():
        if row.isVisible():
            fingers.tap_in_view(row.choice.button_for(False))
    next_to(qtbot, window, Step.NERVE)

    nerve = window.page()
    assert nerve.questions["calf_cramps_twitching"].isHidden()
    assert nerve.questions["foot_drop"].isVisible()  # a red flag (U2) reads it: asked of everyone
    assert not set(LEG_ONLY) & set(window.store.load_draft(window.draft.id).answers)
