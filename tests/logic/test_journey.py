"""The journey through the steps as the shell asks for it: when staff are alerted, and the way back
to Review after a change; all without a screen."""

from __future__ import annotations

from kiosk.logic import flow
from kiosk.logic.assessment import Tier
from kiosk.logic.draft import PainMark
from kiosk.logic.flow import Journey, Move, Step
from kiosk.logic.vocab import Side
from tests.logic.test_flow import NOW, complete


def test_an_urgent_answer_alerts_staff_once_and_the_same_answers_never_again() -> None:
    draft = complete(frozenset({"calf_swollen_new"}))
    journey = Journey()
    assert journey.forward(Step.SAFETY, draft, NOW) == Move(Step.ALERT, Tier.URGENT)
    assert journey.forward(Step.ALERT, draft, NOW) == Move(Step.TREATMENTS)
    # Back to the safety page and on again with nothing changed: staff already know.
    assert journey.forward(Step.SAFETY, draft, NOW) == Move(Step.TREATMENTS)


def test_a_higher_tier_alerts_again_and_a_lower_one_does_not() -> None:
    draft = complete(frozenset({"calf_swollen_new"}))
    journey = Journey(alerted=Tier.URGENT)
    draft.answers["saddle_numbness"] = True
    assert journey.forward(Step.SAFETY, draft, NOW) == Move(Step.ALERT, Tier.EMERGENCY)
    draft.answers["saddle_numbness"] = False
    assert journey.forward(Step.SAFETY, draft, NOW) == Move(Step.TREATMENTS)
    assert journey.alerted is Tier.EMERGENCY


def test_a_change_from_review_goes_back_to_review() -> None:
    draft = complete()
    journey = Journey()
    journey.edit()
    assert journey.forward(Step.ABOUT, draft, NOW) == Move(Step.REVIEW)
    assert not journey.editing
    assert journey.forward(Step.ABOUT, draft, NOW) == Move(Step.MAP)  # no longer an edit: on in order


def test_a_change_that_raises_the_tier_after_the_safety_step_alerts_at_once_then_returns() -> None:
    draft = complete()
    journey = Journey()
    journey.edit()
    draft.answers["bladder_bowel_control_loss"] = True
    assert journey.forward(Step.SAFETY, draft, NOW) == Move(Step.ALERT, Tier.EMERGENCY)
    assert journey.forward(Step.ALERT, draft, NOW) == Move(Step.REVIEW)
    assert not journey.editing


def test_an_answer_changed_on_a_later_step_alerts_without_an_edit() -> None:
    """Fails closed past the safety step too: the treatments step is after it."""
    draft = complete()
    draft.answers["saddle_numbness"] = True
    assert Journey().forward(Step.TREATMENTS, draft, NOW) == Move(Step.ALERT, Tier.EMERGENCY)


def test_no_alert_while_a_marked_place_still_lacks_its_number() -> None:
    """The check would count the missing number as 10 and alert on a score never given."""
    draft = complete()
    draft.answers["sexual_dysfunction_new"] = True  # U6: urgent with any back, leg or foot place
    draft.pain[("calf", Side.LEFT)] = PainMark()
    journey = Journey()
    journey.edit()
    assert journey.forward(Step.MAP, draft, NOW) == Move(Step.INTENSITY)
    draft.pain[("calf", Side.LEFT)] = PainMark(4)
    assert journey.forward(Step.INTENSITY, draft, NOW) == Move(Step.ALERT, Tier.URGENT)


def test_a_leg_marked_from_review_asks_its_new_questions_before_review() -> None:
    """A back-only patient was never asked the questions about a leg; once a calf is marked from
    Review, Next leads through the pages that now have questions, then back to Review."""
    draft = complete()
    draft.pain = {("lower_back", Side.LEFT): PainMark(5)}
    draft.answers = {
        q.id: (0 if q.minutes else False)
        for step in (Step.PATTERN, Step.NERVE, Step.SAFETY)
        for q in flow.asked_questions(step, draft)
    }
    assert all(not flow.problems(step, draft, NOW.date()) for step in Step)
    assert "cough_sneeze_leg" not in draft.answers
    assert "calf_cramps_twitching" not in draft.answers
    journey = Journey()
    journey.edit()
    draft.pain[("calf", Side.LEFT)] = PainMark(6)
    assert journey.forward(Step.MAP, draft, NOW) == Move(Step.PATTERN)
    assert journey.editing
    for question in flow.asked_questions(Step.PATTERN, draft):
        draft.answers.setdefault(question.id, False)
    assert journey.forward(Step.PATTERN, draft, NOW) == Move(Step.NERVE)
    for question in flow.asked_questions(Step.NERVE, draft):
        draft.answers.setdefault(question.id, False)
    assert journey.forward(Step.NERVE, draft, NOW) == Move(Step.REVIEW)
