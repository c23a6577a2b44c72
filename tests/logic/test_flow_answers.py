"""Treatment follow-up answers: asked only when they mean something, required when asked, and never
filled in for the patient."""

from __future__ import annotations

import pytest

from kiosk.logic.draft import IntakeDraft, TreatmentAnswer
from kiosk.logic.flow import Step
from kiosk.logic.record_load import RecordError
from kiosk.logic.vocab import Relief, ReliefPattern, TreatmentId
from tests.logic.test_flow import NOW, complete, words

PATTERN = "Say if the shots helped less each time."
COUNT = "Say how many times you had each shot or surgery."


def with_treatment(treatment: TreatmentId, answer: TreatmentAnswer) -> IntakeDraft:
    draft = complete()
    draft.no_treatments = False
    draft.treatments = {treatment: answer}
    return draft


@pytest.mark.parametrize("shot", [TreatmentId.STEROID_INJECTION, TreatmentId.EPIDURAL_INJECTION])
def test_the_relief_pattern_is_needed_only_when_the_repeated_shots_helped(shot: TreatmentId) -> None:
    needed = {
        relief: PATTERN in words(Step.TREATMENTS, with_treatment(shot, TreatmentAnswer(relief, 2)))
        for relief in Relief
    }
    assert needed == {Relief.NONE: False, Relief.A_LITTLE: True, Relief.A_LOT: True, Relief.MADE_WORSE: False}


@pytest.mark.parametrize("relief", [Relief.NONE, Relief.MADE_WORSE])
def test_a_stale_relief_pattern_is_not_stored_once_the_shots_did_not_help(relief: Relief) -> None:
    draft = with_treatment(
        TreatmentId.STEROID_INJECTION, TreatmentAnswer(relief, 3, ReliefPattern.ABOUT_THE_SAME)
    )
    assert draft.record_dict(NOW)["treatments"] == [
        {"treatment": "steroid_injection", "relief": relief.value, "count": 3}
    ]
    assert draft.finish(NOW).treatments[0].relief_pattern is None


@pytest.mark.parametrize(
    "treatment", [TreatmentId.STEROID_INJECTION, TreatmentId.PRP, TreatmentId.SPINAL_SURGERY]
)
def test_an_unanswered_count_is_a_problem_and_is_never_saved_as_once(treatment: TreatmentId) -> None:
    draft = with_treatment(treatment, TreatmentAnswer(Relief.A_LOT))
    draft.treatments[TreatmentId.ICE] = TreatmentAnswer(Relief.A_LITTLE)  # ice is never counted
    assert words(Step.TREATMENTS, draft) == [COUNT]
    with pytest.raises(RecordError, match="count"):
        draft.finish(NOW)
    draft.treatments[treatment].count = 1
    assert words(Step.TREATMENTS, draft) == []
    assert [t.count for t in draft.finish(NOW).treatments] == [1, 1]
    assert "count" not in draft.record_dict(NOW)["treatments"][1]
