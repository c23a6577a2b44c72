"""The wizard's order, branching and completeness rules, without a screen."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from kiosk.logic import flow
from kiosk.logic.draft import IntakeDraft, PainMark, TreatmentAnswer
from kiosk.logic.flow import Step
from kiosk.logic.questions import QuestionStep, questions_for
from kiosk.logic.vocab import Duration, Onset, Relief, ReliefPattern, Side, TreatmentId

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
TODAY = NOW.date()


def words(step: Step, draft: IntakeDraft) -> list[str]:
    return [problem.words() for problem in flow.problems(step, draft, TODAY)]


def answered(step: QuestionStep, yes: frozenset[str] = frozenset()) -> dict[str, bool | int]:
    return {q.id: (0 if q.minutes else q.id in yes) for q in questions_for(step)}


def complete(yes: frozenset[str] = frozenset()) -> IntakeDraft:
    answers: dict[str, bool | int] = {}
    for step in QuestionStep:
        answers |= answered(step, yes)
    return IntakeDraft(
        first_name="Ana",
        last_name="García",
        date_of_birth=date(1968, 4, 2),
        pain={("heel_bottom", Side.LEFT): PainMark(7), ("lower_back", Side.LEFT): PainMark(3)},
        duration=Duration.OVER_12_MONTHS,
        onset=Onset.GRADUAL,
        answers=answers,
        no_treatments=True,
    )


def test_a_complete_draft_has_no_problems_anywhere() -> None:
    draft = complete()
    assert all(words(step, draft) == [] for step in Step)


def test_the_steps_run_in_order_without_the_alert_when_safe() -> None:
    draft = complete()
    visited = [Step.WELCOME]
    while visited[-1] is not Step.DONE:
        visited.append(flow.next_step(visited[-1], draft, NOW))
    assert visited == [s for s in Step if s not in (Step.ALERT, Step.INTENSITY)]
    assert flow.next_step(Step.DONE, draft, NOW) is Step.WELCOME


def test_the_strength_step_is_shown_when_a_place_has_no_number_yet() -> None:
    draft = complete()
    draft.pain[("calf", Side.LEFT)] = PainMark()
    assert flow.next_step(Step.MAP, draft, NOW) is Step.INTENSITY
    assert flow.next_step(Step.INTENSITY, draft, NOW) is Step.PATTERN
    assert flow.previous_step(Step.PATTERN) is Step.INTENSITY


@pytest.mark.parametrize("flag", ["saddle_numbness", "both_legs_weak"])
def test_an_emergency_answer_sends_the_patient_to_the_front_desk(flag: str) -> None:
    draft = complete(frozenset({flag}))
    assert flow.next_step(Step.SAFETY, draft, NOW) is Step.ALERT
    assert flow.next_step(Step.ALERT, draft, NOW) is Step.TREATMENTS
    tier, flags = flow.safety_flags(draft, NOW)
    assert tier.value == "emergency"
    assert [f.tier.value for f in flags] == ["emergency"]


def test_a_new_swollen_calf_raises_the_urgent_alert_like_the_other_safety_questions() -> None:
    draft = complete(frozenset({"calf_swollen_new"}))
    assert flow.next_step(Step.SAFETY, draft, NOW) is Step.ALERT
    tier, flags = flow.safety_flags(draft, NOW)
    assert (tier.value, [f.id for f in flags]) == ("urgent", ["U5"])


def test_a_prompt_tier_does_not_interrupt_the_patient() -> None:
    draft = complete(frozenset({"weight_loss"}))
    assert flow.safety_flags(draft, NOW)[0].value == "prompt"
    assert flow.next_step(Step.SAFETY, draft, NOW) is Step.TREATMENTS


def test_back_skips_the_alert_and_stops_at_welcome() -> None:
    assert flow.previous_step(Step.TREATMENTS) is Step.SAFETY
    assert flow.previous_step(Step.ABOUT) is Step.WELCOME
    assert flow.previous_step(Step.WELCOME) is None
    assert flow.previous_step(Step.DONE) is None


def test_about_you_names_each_missing_field() -> None:
    draft = IntakeDraft()
    assert words(Step.ABOUT, draft) == [
        "Please type your first name.",
        "Please type your last name.",
        "Please choose your date of birth.",
    ]
    draft.first_name, draft.last_name, draft.date_of_birth = "A", "B", date(2027, 1, 1)
    assert words(Step.ABOUT, draft) == ["Your date of birth cannot be in the future."]
    draft.date_of_birth = date(1890, 1, 1)
    assert words(Step.ABOUT, draft) == ["Please check the year you were born."]


def test_map_and_intensity_need_a_mark_and_a_number_for_each() -> None:
    draft = IntakeDraft()
    assert words(Step.MAP, draft) == ["Tap at least one place where it hurts."]
    draft.pain = {("calf", Side.RIGHT): PainMark(), ("chest", Side.MIDLINE): PainMark(0)}
    assert words(Step.MAP, draft) == []
    assert words(Step.INTENSITY, draft) == ["Choose how much it hurts for each place (1 left)."]


def test_question_steps_count_what_is_unanswered() -> None:
    draft = complete()
    del draft.answers["night_pain"]
    # the count goes with the text: the screens translate it into "1 more question" (tests/ui/test_plurals.py)
    assert flow.problems(Step.PATTERN, draft, TODAY) == [flow.Problem("Please answer %n more questions.", 1)]
    for q in questions_for(QuestionStep.SAFETY)[:3]:
        del draft.answers[q.id]
    assert words(Step.SAFETY, draft) == ["Please answer 3 more questions."]
    draft.duration = None
    assert words(Step.PATTERN, draft)[0] == "Please choose how long you have had this pain."


def test_treatments_need_a_choice_relief_count_pattern_and_note() -> None:
    draft = complete()
    draft.no_treatments = False
    assert len(words(Step.TREATMENTS, draft)) == 1
    draft.treatments = {
        TreatmentId.STEROID_INJECTION: TreatmentAnswer(Relief.A_LITTLE, 3),
        TreatmentId.PRP: TreatmentAnswer(),
        TreatmentId.OTHER: TreatmentAnswer(Relief.A_LOT),
    }
    assert words(Step.TREATMENTS, draft) == [
        "Say how much each treatment helped.",
        "Say how many times you had each shot or surgery.",
        "Say if the shots helped less each time.",
        "Please write a few words about the other treatment.",
    ]
    draft.treatments = {
        TreatmentId.STEROID_INJECTION: TreatmentAnswer(Relief.NONE, 3, ReliefPattern.ABOUT_THE_SAME),
        TreatmentId.OTHER: TreatmentAnswer(Relief.A_LOT, note="acupuncture"),
    }
    assert words(Step.TREATMENTS, draft) == []


def test_the_alert_check_fails_closed_on_an_incomplete_draft() -> None:
    draft = IntakeDraft(answers={"saddle_numbness": True}, pain={("calf", Side.LEFT): PainMark()})
    assert flow.safety_flags(draft, NOW)[0].value == "emergency"
    assert flow.next_step(Step.SAFETY, draft, NOW) is Step.ALERT
