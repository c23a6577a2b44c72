"""A follow-up question (`Question.follows`) is asked only after a yes to a question asked before it
on the same page; a new yes takes back its "no", never its "yes"."""

from __future__ import annotations

import dataclasses

from kiosk.logic import questions
from kiosk.logic.questions import QUESTIONS, QUESTIONS_BY_ID, AskedOf, is_asked, no_longer_holds

WEAKNESS = ("toe_rise_weak", "foot_drop", "knee_buckling")
HEEL = {"heel_bottom"}


def test_each_follow_up_follows_questions_above_it_on_its_own_page() -> None:
    order = [q.id for q in QUESTIONS]
    follow_ups = [q for q in QUESTIONS if q.follows]
    assert [q.id for q in follow_ups] == ["weakness_worsening"]
    for follow_up in follow_ups:
        for answer in follow_up.follows:
            premise = QUESTIONS_BY_ID[answer]
            assert premise.step is follow_up.step and not premise.minutes, answer
            assert order.index(answer) < order.index(follow_up.id), answer


def test_the_weakness_follow_up_needs_a_yes_to_a_weakness() -> None:
    follow_up = QUESTIONS_BY_ID["weakness_worsening"]
    assert not is_asked(follow_up, HEEL, {})
    assert not is_asked(follow_up, HEEL, dict.fromkeys(WEAKNESS, False))
    for answer in WEAKNESS:
        assert is_asked(follow_up, HEEL, {answer: True}), answer


def test_a_yes_to_a_question_not_asked_brings_no_follow_up(monkeypatch) -> None:
    """Were a weakness question asked of leg patients only, its old yes (kept in the draft after the
    map changed) must not bring the follow-up back for a back-only patient."""
    limb_only = dataclasses.replace(QUESTIONS_BY_ID["foot_drop"], asked_of=AskedOf.LIMB)
    monkeypatch.setitem(questions.QUESTIONS_BY_ID, "foot_drop", limb_only)
    follow_up = QUESTIONS_BY_ID["weakness_worsening"]
    assert not is_asked(follow_up, {"lower_back"}, {"foot_drop": True})
    assert is_asked(follow_up, HEEL, {"foot_drop": True})


def test_a_new_yes_takes_back_the_follow_ups_no_but_not_its_yes() -> None:
    assert no_longer_holds("toe_rise_weak", {"knee_buckling": True, "weakness_worsening": False}) == (
        "weakness_worsening",
    )
    assert no_longer_holds("toe_rise_weak", {"knee_buckling": True, "weakness_worsening": True}) == ()
    assert no_longer_holds("toe_rise_weak", {}) == ()
    assert no_longer_holds("night_pain", {"weakness_worsening": False}) == ()
