"""Answers the wizard must ask for, or must not ask for, driven through the real widgets: the relief
pattern of repeated shots, how many times, and a date of birth that does not exist."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import QLabel

from kiosk.logic.flow import Step
from kiosk.logic.storage import Store
from kiosk.logic.vocab import Relief, ReliefPattern, TreatmentId
from kiosk.ui.demo_patient import complete_sample_intake
from kiosk.ui.shell import PatientScreen
from kiosk.ui.steps.treatments import TreatmentRow, TreatmentsPage


def stored_treatments(store: Store, intake_id: str) -> dict[str, dict[str, Any]]:
    """The treatments of the record as saved in the database, by treatment id."""
    stored = store.get(intake_id)
    assert stored is not None
    return {t["treatment"]: t for t in json.loads(stored.record_json)["treatments"]}


def row(window: PatientScreen, treatment: TreatmentId) -> TreatmentRow:
    page = window.page(Step.TREATMENTS)
    assert isinstance(page, TreatmentsPage)
    return page.rows[treatment]


def pattern_asked(shots: TreatmentRow) -> bool:
    assert shots.pattern is not None
    return shots.pattern.isVisibleTo(shots) and shots.pattern_label.isVisibleTo(shots)


def test_repeated_shots_that_did_not_help_are_not_asked_if_each_helped_less(
    window: PatientScreen, store: Store
) -> None:
    seen: dict[str, bool] = {}

    def at(step: Step) -> None:
        if step is not Step.TREATMENTS:
            return
        shots = row(
            window, TreatmentId.STEROID_INJECTION
        )  # the sample: 2 shots, helped a little, less each time
        seen["asked when it helped"] = pattern_asked(shots)
        for relief in (Relief.NONE, Relief.MADE_WORSE):
            shots.relief.button_for(relief).click()
            seen[f"asked when {relief.value}"] = pattern_asked(shots)
        shots.pattern.set_value(None)  # even with no pattern chosen, Next is open
        shots.relief.button_for(Relief.NONE).click()
        seen["next enabled"] = window.next.isEnabled()

    result = complete_sample_intake(window, before_next=at)
    assert seen == {
        "asked when it helped": True,
        "asked when none": False,
        "asked when made_worse": False,
        "next enabled": True,
    }
    assert stored_treatments(store, result.record.id)["steroid_injection"] == {
        "treatment": "steroid_injection",
        "relief": "none",
        "count": 2,
    }


def test_a_pattern_chosen_before_the_relief_changed_to_no_help_is_not_stored(
    window: PatientScreen, store: Store
) -> None:
    def at(step: Step) -> None:
        if step is Step.TREATMENTS:
            epidural = row(window, TreatmentId.EPIDURAL_INJECTION)
            epidural.tried.click()
            epidural.relief.button_for(Relief.A_LOT).click()
            assert epidural.count is not None and epidural.pattern is not None
            epidural.count.button_for(3).click()
            epidural.pattern.button_for(ReliefPattern.ABOUT_THE_SAME).click()
            epidural.relief.button_for(Relief.NONE).click()

    result = complete_sample_intake(window, before_next=at)
    treatments = stored_treatments(store, result.record.id)
    assert treatments["epidural_injection"] == {
        "treatment": "epidural_injection",
        "relief": "none",
        "count": 3,
    }
    assert treatments["steroid_injection"]["relief_pattern"] == "less_each_time"  # it helped: still asked


def test_how_many_times_must_be_answered_and_review_says_time_or_times(
    window: PatientScreen, store: Store
) -> None:
    review: list[str] = []

    def at(step: Step) -> None:
        if step is Step.TREATMENTS:
            prp = row(window, TreatmentId.PRP)
            prp.tried.click()
            prp.relief.button_for(Relief.A_LOT).click()
            assert not window.next.isEnabled()
            assert window.problems.text() == "Say how many times you had each shot or surgery."
            assert prp.count is not None
            prp.count.button_for(1).click()
        if step is Step.REVIEW:
            page = window.page(Step.REVIEW)
            review.extend(label.text() for label in page.findChildren(QLabel) if "shot" in label.text())

    result = complete_sample_intake(window, before_next=at)
    assert review == [
        "Steroid shot in the heel or foot: 2 times, helped a little, helped less each time",
        "PRP shot (from your own blood): 1 time, helped a lot",
    ]
    assert stored_treatments(store, result.record.id)["prp"]["count"] == 1


def test_review_repeats_five_or_more_and_none_of_these_as_the_patient_answered(window: PatientScreen) -> None:
    def review_lines() -> list[str]:
        return [label.text() for label in window.page(Step.REVIEW).findChildren(QLabel)]

    def five_or_more(step: Step) -> None:
        if step is Step.TREATMENTS:
            shots = row(window, TreatmentId.STEROID_INJECTION)
            assert shots.count is not None
            shots.count.button_for(5).click()  # "5 or more"
        if step is Step.REVIEW:
            assert any(
                line.startswith("Steroid shot in the heel or foot: 5 or more times")
                for line in review_lines()
            )

    complete_sample_intake(window, before_next=five_or_more)
    window.reset()

    def none_tried(step: Step) -> None:
        if step is Step.TREATMENTS:
            page = window.page(Step.TREATMENTS)
            for tried in list(window.draft.treatments):
                row(window, tried).tried.click()
            assert isinstance(page, TreatmentsPage)
            page.none_tried.click()
        if step is Step.REVIEW:
            assert "I have not tried any of these" in review_lines()
            assert "Nothing yet" not in review_lines()

    complete_sample_intake(window, before_next=none_tried)
