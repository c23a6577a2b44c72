"""The scripted patients of bench/patient_time.py go through the real wizard and are stored as
scripted, their counts are plausible, and the Welcome page promises what the typical patient's
estimate says (the bench itself reports the times against their targets; nothing here is timed)."""

from __future__ import annotations

import math

import pytest
from PySide6.QtWidgets import QLabel

from bench import patient_time
from kiosk.logic.intake_time import TYPICAL_MINUTES
from kiosk.logic.vocab import Language
from kiosk.submission import Submitted


@pytest.fixture
def driven(qtbot, window) -> dict[str, tuple[patient_time.Count, Submitted]]:
    found = {}
    for patient in patient_time.load_patients():
        with qtbot.waitSignal(window.submitted) as sent:
            count = patient_time.drive(window, patient)
        found[patient["key"]] = (count, sent.args[0])
        window.reset()
    return found


def test_each_scripted_patient_is_stored_as_scripted_with_plausible_counts(window, driven) -> None:
    heel, heel_sent = driven["heel"]
    assert [step.step for step in heel.steps] == [
        "welcome", "about", "map", "pattern", "nerve", "safety", "treatments", "review",
    ]  # fmt: skip
    stored = window.store.get(heel_sent.record.id)
    assert stored is not None
    assert heel_sent.record.patient.last_name == "Martinez"
    assert [(p.region, p.side.value) for p in heel_sent.record.pain] == [("heel_bottom", "left")]
    assert not any(value is True for value in heel_sent.record.answers.values())
    assert heel.total("typed") == len("Ana") + len("Martinez")
    assert heel.total("taps") >= 35 + 8  # one forced answer per question, and a Next per page
    assert all(step.words > 0 for step in heel.steps)
    s1, s1_sent = driven["s1"]
    assert s1_sent.record.yes("toe_rise_weak") and s1_sent.assessment.level.value in ("possible", "likely")
    assert s1.total("taps") > heel.total("taps")


PROMISE = {Language.EN: "It takes about {} minutes.", Language.ES: "Tarda unos {} minutos."}


@pytest.mark.parametrize("language", [Language.EN, Language.ES])
def test_the_welcome_promise_is_the_typical_patients_estimate_rounded_up_in_each_language(
    qtbot, window, language: Language
) -> None:
    (heel,) = [patient for patient in patient_time.load_patients() if patient["key"] == "heel"]
    with qtbot.waitSignal(window.submitted):
        count = patient_time.drive(window, heel, language)
    estimate = math.ceil(count.minutes)
    promise = TYPICAL_MINUTES[language]
    assert estimate == promise, f"set kiosk.logic.intake_time.TYPICAL_MINUTES[{language}] = {estimate}"
    assert promise > 1  # the words have no singular
    window.reset()
    window.set_language(language)
    shown = [label.text() for label in window.page().findChildren(QLabel)]
    assert PROMISE[language].format(promise) in shown
