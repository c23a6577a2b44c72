"""The draft survives a save/load cycle and turns into a valid record only when complete."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from kiosk.logic.draft import IntakeDraft, PainMark, TreatmentAnswer
from kiosk.logic.record_load import RecordError
from kiosk.logic.vocab import Duration, Onset, Quality, Relief, ReliefPattern, Side, TreatmentId

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


def complete_draft() -> IntakeDraft:
    return IntakeDraft(
        first_name=" Zoë ",
        last_name="Łukasiewicz",
        date_of_birth=date(1971, 3, 14),
        pain={("heel_bottom", Side.LEFT): PainMark(7, {Quality.BURNING, Quality.ACHING})},
        duration=Duration.OVER_12_MONTHS,
        onset=Onset.SUDDEN,
        answers={"worse_sitting": True, "morning_stiffness_minutes": 15},
        treatments={
            TreatmentId.STEROID_INJECTION: TreatmentAnswer(Relief.A_LITTLE, 2, ReliefPattern.LESS_EACH_TIME),
            TreatmentId.ICE: TreatmentAnswer(Relief.NONE, 1),
            TreatmentId.OTHER: TreatmentAnswer(Relief.A_LOT, 1, None, "acupuncture"),
        },
    )


def test_draft_round_trips_through_its_saved_form() -> None:
    draft = complete_draft()
    assert IntakeDraft.from_dict(draft.to_dict()) == draft


def test_finish_makes_the_record_with_the_counted_details_only() -> None:
    record = complete_draft().finish(NOW)
    assert record.patient.first_name == "Zoë"
    assert record.pain[0].qualities == (Quality.ACHING, Quality.BURNING)
    shots, ice, other = record.treatments
    assert (shots.count, shots.relief_pattern) == (2, ReliefPattern.LESS_EACH_TIME)
    assert (ice.count, ice.relief_pattern, ice.note) == (1, None, None)
    assert other.note == "acupuncture"
    assert record.onset is Onset.SUDDEN
    assert record.completed_at == NOW


def test_finish_refuses_an_incomplete_draft() -> None:
    draft = complete_draft()
    draft.pain[("heel_bottom", Side.LEFT)].intensity = None
    with pytest.raises(RecordError, match=r"pain\[0\]\.intensity"):
        draft.finish(NOW)
