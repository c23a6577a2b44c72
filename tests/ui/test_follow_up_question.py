""" "Is any leg or foot weakness new or getting worse?" follows a yes to a weakness: a patient with
none is not asked it, one who taps a yes is asked it at once, on the same page, by finger, and must
answer it (red flag U2 reads the two together); a yes taken back takes the follow-up away again, and a
"no" given about one weakness does not answer for another."""

from __future__ import annotations

import pytest

from kiosk.logic.flow import Step
from kiosk.logic.vocab import Language
from kiosk.ui.demo_patient import fill_sample_until
from tests.ui import fingers

FOLLOW_UP = {
    Language.EN: "Is any leg or foot weakness new or getting worse?",
    Language.ES: "¿Tiene en la pierna o el pie una debilidad nueva, o que va empeorando?",
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


def answer_no_to_every_shown(page) -> None:
    for row in page.questions.values():
        if row.isVisible():
            fingers.tap_in_view(row.choice.button_for(False))


@pytest.mark.parametrize("size", [(1280, 800), (800, 1280)], ids=["landscape", "portrait"])
def test_a_no_about_one_weakness_is_asked_again_for_another(qtbot, window, size) -> None:
    """The knee gives way, but not newly; then the tiptoe is weak too: is that new? The first "no"
    does not say, so the follow-up is unanswered again, Next waits, and a yes raises U2."""
    window.resize(*size)
    fill_sample_until(window, Step.PATTERN)
    next_to(qtbot, window, Step.NERVE)
    nerve = window.page()
    follow_up = nerve.questions["weakness_worsening"]
    answer_no_to_every_shown(nerve)
    fingers.tap_in_view(nerve.questions["knee_buckling"].choice.button_for(True))
    fingers.tap_in_view(follow_up.choice.button_for(False))
    assert window.store.load_draft(window.draft.id).answers["weakness_worsening"] is False

    fingers.tap_in_view(nerve.questions["toe_rise_weak"].choice.button_for(True))
    assert follow_up.isVisible() and follow_up.choice.value() is None
    assert "weakness_worsening" not in window.store.load_draft(window.draft.id).answers
    fingers.tap(window.next)
    assert window.step is Step.NERVE and PROBLEM[Language.EN] in window.problems.text()

    # Taken away and brought back by another yes: asked again as well, even though hidden between.
    fingers.tap_in_view(follow_up.choice.button_for(False))
    for answer in ("toe_rise_weak", "knee_buckling"):
        fingers.tap_in_view(nerve.questions[answer].choice.button_for(False))
    assert follow_up.isHidden()
    fingers.tap_in_view(nerve.questions["foot_drop"].choice.button_for(True))
    assert follow_up.isVisible() and follow_up.choice.value() is None
    fingers.tap_in_view(follow_up.choice.button_for(True))
    next_to(qtbot, window, Step.SAFETY)
    answer_no_to_every_shown(window.page())
    next_to(qtbot, window, Step.ALERT)  # U2
