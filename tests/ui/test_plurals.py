"""Every count a patient or staff member reads agrees with its number, in English and in Spanish:
"1 second" and "2 seconds", "1 segundo" and "2 segundos" (the review found "1 seconds").

The words come from Qt's plural forms (English singulars in kiosk_en.ts), so these tests go through
the real widgets with the real catalogues."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QLabel

from kiosk.cli import set_staff_pin
from kiosk.jobs import Jobs
from kiosk.logic.config import resolve
from kiosk.logic.flow import Step
from kiosk.logic.pin import MAX_TRIES
from kiosk.logic.storage import Store
from kiosk.logic.vocab import Language, TreatmentId
from kiosk.ui.demo_patient import complete_sample_intake, fill_sample_until
from kiosk.ui.main_window import MainWindow
from kiosk.ui.shell import PatientScreen
from kiosk.ui.staff import StaffScreen
from tests.qtfixtures import NOW

BOTH_LANGUAGES = pytest.mark.parametrize("language", [Language.EN, Language.ES])


def speak(window: PatientScreen, language: Language) -> None:
    window.page(Step.WELCOME).languages.button_for(language).click()
    assert window.draft.language is language


@BOTH_LANGUAGES
def test_the_privacy_countdown_says_second_for_one(window: PatientScreen, language: Language) -> None:
    speak(window, language)
    said = {}
    for seconds in (1, 2):
        window.still_there.set_countdown(seconds * 1000)
        window.still_there.begin()
        said[seconds] = window.still_there.countdown.text()
        window.still_there.cancel()
    assert (
        said
        == {
            Language.EN: {
                1: "To keep your answers private, this form will clear in 1 second.",
                2: "To keep your answers private, this form will clear in 2 seconds.",
            },
            Language.ES: {
                1: "Para que nadie más vea sus respuestas, este formulario se borrará en 1 segundo.",
                2: "Para que nadie más vea sus respuestas, este formulario se borrará en 2 segundos.",
            },
        }[language]
    )
    assert window.still_there.countdown.accessibleName() == said[2]


@BOTH_LANGUAGES
def test_the_count_of_unanswered_questions_agrees_with_it(window: PatientScreen, language: Language) -> None:
    speak(window, language)
    fill_sample_until(window, Step.NERVE)
    window.next.click()
    assert window.step is Step.SAFETY
    rows = list(window.page().questions.values())
    for row in rows[2:]:
        row.choice.button_for(False).click()
    two = window.problems.text()
    rows[1].choice.button_for(False).click()
    one = window.problems.text()
    assert (one, two) == {
        Language.EN: ("Please answer 1 more question.", "Please answer 2 more questions."),
        Language.ES: ("Por favor, conteste 1 pregunta más.", "Por favor, conteste 2 preguntas más."),
    }[language]


@BOTH_LANGUAGES
def test_review_says_time_for_one_shot(window: PatientScreen, language: Language) -> None:
    speak(window, language)
    fill_sample_until(window, Step.REVIEW)
    review = window.page(Step.REVIEW)
    said = {}
    for count in (1, 2):
        answer = window.draft.treatments[TreatmentId.STEROID_INJECTION]
        window.draft.treatments[TreatmentId.STEROID_INJECTION] = dataclasses.replace(answer, count=count)
        review.load(window.draft)
        (said[count],) = [
            label.text().split(": ")[1].split(",")[0]
            for label in review.findChildren(QLabel)
            if label.text().startswith(("Steroid shot", "Inyección de cortisona"))
        ]
    assert (
        said == {Language.EN: {1: "1 time", 2: "2 times"}, Language.ES: {1: "1 vez", 2: "2 veces"}}[language]
    )


@BOTH_LANGUAGES
def test_the_date_of_birth_reads_back_year_for_one(window: PatientScreen, language: Language) -> None:
    speak(window, language)
    pad = window.page(Step.ABOUT).date_of_birth
    today = NOW.date()
    said = []
    for years in (1, 2):
        pad.set_value(None)
        for button in pad.buttons_for(date(today.year - years, today.month, today.day - 1)):
            button.click()
        said.append(pad.readback.text().split(": ")[1])
    assert said == {Language.EN: ["1 year old", "2 years old"], Language.ES: ["1 año", "2 años"]}[language]


def test_the_staff_lock_says_minute_for_one(qtbot, main_window: MainWindow) -> None:
    set_staff_pin(main_window.patient.store, "246810")
    main_window.open_gate()
    gate = main_window.gate

    def type_pin(pin: str) -> str:
        for digit in pin:
            gate.digit_buttons[digit].click()
        gate.ok.click()
        return gate.message.text()

    for _ in range(MAX_TRIES):
        type_pin("111111")
    said = {}
    for minutes in (1, 2):
        gate.clock = lambda m=minutes: NOW + timedelta(minutes=5 - m)
        said[minutes] = type_pin("246810")
    assert said == {
        1: "Too many wrong tries. Try again in 1 minute.",
        2: "Too many wrong tries. Try again in 2 minutes.",
    }


def test_the_staff_export_says_intake_for_one(qtbot, window: PatientScreen, store: Store) -> None:
    submitted = complete_sample_intake(window)
    window.next.click()
    settings, paths = resolve(store.path.parent, env={})
    staff = StaffScreen(store, settings, paths, jobs=Jobs(store, settings, paths), clock=lambda: NOW)
    qtbot.addWidget(staff)
    staff.show()
    staff.refresh()
    said = []
    for _ in range(2):
        staff.export.click()
        qtbot.waitUntil(lambda: staff.feedback.text().startswith("Exported"))
        said.append(staff.feedback.text().split(" to ")[0])
        store.submit(dataclasses.replace(submitted.record, id=str(uuid.uuid4())), submitted.assessment)
    assert said == ["Exported 1 intake from today", "Exported 2 intakes from today"]
    audited = [entry.detail for entry in store.audit_log() if entry.action == "exported"]
    assert audited == ["2 intakes", "1 intake"]  # the audit trail staff read, newest first
