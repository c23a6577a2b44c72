"""A whole intake through the real widgets, then the real SQLite row and the real PDF's text."""

from __future__ import annotations

import json
import logging
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from kiosk.logic.flow import Step
from kiosk.logic.regions import View
from kiosk.logic.vocab import Duration, Onset, Quality, Relief, ReliefPattern, Sex, Side, TreatmentId
from kiosk.ui.demo_patient import PATIENT, complete_sample_intake, written_pdf
from kiosk.ui.shell import PatientScreen


def click_next(qtbot, window: PatientScreen, expected: Step) -> None:
    assert window.next.isEnabled(), window.problems.text()
    qtbot.mouseClick(window.next, Qt.MouseButton.LeftButton)
    assert window.step is expected


def tap_region(qtbot, window: PatientScreen, view: View, region: str, side: Side) -> None:
    painmap = window.page(Step.MAP)
    painmap.view_choice.button_for(view).click()
    widget = painmap.maps[view]
    point = widget.anchor_point(region, side).toPoint()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=point)


def test_a_patient_completes_an_intake_and_the_physician_gets_the_pdf(
    qtbot, window: PatientScreen, tmp_path: Path
):
    assert window.step is Step.WELCOME
    assert window.next.text() == "Start"
    click_next(qtbot, window, Step.ABOUT)

    about = window.page()
    assert not window.next.isEnabled()
    assert "first name" in window.problems.text()
    about.first_name.setText("José")  # QTest.keyClicks cannot type non-ASCII letters
    about.last_name.setText("Álvarez")
    for button in about.date_of_birth.buttons_for(date(1974, 7, 9)):
        button.click()
    about.sex.button_for(Sex.MALE).click()
    click_next(qtbot, window, Step.MAP)

    assert not window.next.isEnabled()
    tap_region(qtbot, window, View.SOLES, "heel_bottom", Side.LEFT)
    tap_region(qtbot, window, View.BACK, "calf", Side.LEFT)
    tap_region(qtbot, window, View.BACK, "back_thigh", Side.LEFT)
    tap_region(qtbot, window, View.BACK, "lower_back", Side.LEFT)
    readback = window.page().readback
    texts = [readback.itemAt(i).widget().findChildren(type(window.title))[0].text()
             for i in range(readback.count()) if readback.itemAt(i).widget()]  # fmt: skip
    assert texts == [
        "Your LEFT bottom of heel",
        "Your LEFT calf",
        "Your LEFT back of thigh",
        "Your LEFT lower back",
    ]
    click_next(qtbot, window, Step.INTENSITY)

    cards = window.page().cards
    for card, amount in zip(cards, (7, 5, 4, 3), strict=True):
        card.intensity.button_for(amount).click()
    cards[0].qualities.button_for(Quality.BURNING).click()
    cards[0].qualities.button_for(Quality.TINGLING).click()
    click_next(qtbot, window, Step.PATTERN)

    pattern = window.page()
    pattern.duration.button_for(Duration.OVER_12_MONTHS).click()
    pattern.onset.button_for(Onset.GRADUAL).click()
    pattern.stiffness.button_for(0).click()
    yes = {"worse_sitting", "cough_sneeze_leg", "toe_rise_weak", "calf_cramps_twitching"}
    for answer_id, row in pattern.questions.items():
        row.choice.button_for(answer_id in yes).click()
    click_next(qtbot, window, Step.NERVE)
    for answer_id, row in window.page().questions.items():
        row.choice.button_for(answer_id in yes).click()
    click_next(qtbot, window, Step.SAFETY)
    for row in window.page().questions.values():
        row.choice.button_for(False).click()
    click_next(qtbot, window, Step.TREATMENTS)

    treatments = window.page()
    for treatment in (TreatmentId.PAIN_RELIEVERS, TreatmentId.ORTHOTICS, TreatmentId.PHYSICAL_THERAPY):
        treatments.rows[treatment].tried.click()
        treatments.rows[treatment].relief.button_for(Relief.A_LITTLE).click()
    shots = treatments.rows[TreatmentId.STEROID_INJECTION]
    shots.tried.click()
    shots.relief.button_for(Relief.A_LITTLE).click()
    shots.count.button_for(2).click()
    assert "less each time" in window.problems.text()
    shots.pattern.button_for(ReliefPattern.LESS_EACH_TIME).click()
    click_next(qtbot, window, Step.REVIEW)

    assert window.next.text() == "Send my answers"
    with qtbot.waitSignal(window.submitted) as submitted:
        click_next(qtbot, window, Step.DONE)
    result = submitted.args[0]

    database = tmp_path / "data" / "kiosk.sqlite3"
    with sqlite3.connect(database) as raw:
        raw.row_factory = sqlite3.Row
        row = raw.execute("SELECT * FROM intake").fetchone()
        drafts = raw.execute("SELECT status FROM draft").fetchall()
    assert (row["first_name"], row["last_name"], row["date_of_birth"]) == ("José", "Álvarez", "1974-07-09")
    assert (row["level"], row["red_flag_tier"]) == ("likely", "none")
    stored = json.loads(row["record_json"])
    assert stored["pain"][0] == {"region": "heel_bottom", "side": "left", "intensity": 7,
                                 "qualities": ["burning", "tingling"]}  # fmt: skip
    assert stored["treatments"][-1] == {"treatment": "steroid_injection", "relief": "a_little", "count": 2,
                                        "relief_pattern": "less_each_time"}  # fmt: skip
    assert json.loads(row["assessment_json"])["rules_version"] == "1.1.0"
    assert drafts == []  # the submitted record is now the one copy

    written = written_pdf(window, result.record.id)  # on the output worker
    assert written is not None
    pdf = Path(written)
    assert pdf.parent == tmp_path / "data" / "reports"
    assert "Álvarez" not in pdf.name
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "José Álvarez" in text
    assert "1974-07-09" in text
    assert "Likely" in text

    qtbot.waitUntil(lambda: window.step is Step.WELCOME, timeout=10_000)


def test_logs_of_a_whole_intake_name_steps_never_the_patient(
    qtbot, window: PatientScreen, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    complete_sample_intake(window, extra_yes=frozenset({"saddle_numbness"}))
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "step review" in logged
    first, last, born = PATIENT
    for secret in (first, last, born.isoformat()):
        assert secret not in logged
