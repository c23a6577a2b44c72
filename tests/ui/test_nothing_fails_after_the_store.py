"""Once an intake is stored nothing fails the submission, and no background job sends the patient on
screen to the fault page (issue 13, items 4 and 5)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kiosk.jobs import Jobs
from kiosk.logic.config import resolve
from kiosk.logic.flow import Step
from kiosk.logic.storage import Store
from kiosk.ui.demo_patient import complete_sample_intake
from kiosk.ui.main_window import MainWindow
from kiosk.ui.shell import PatientScreen
from tests.qtfixtures import NOW


def refuse(*_args: object) -> None:
    raise sqlite3.OperationalError("database is locked")


def test_a_pdf_status_that_cannot_be_recorded_still_ends_on_thank_you_and_the_pdf_stays_owed(
    qtbot, window: PatientScreen, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store, "set_pdf_status", refuse)
    result = complete_sample_intake(window)
    assert window.step is Step.DONE
    assert "Something went wrong" not in window.problems.text()
    assert store.get(result.record.id) is not None
    monkeypatch.undo()
    assert store.pending_pdfs() == [result.record.id]  # written again by the retry queue


def test_the_pdf_retry_reading_a_refusing_database_leaves_the_patient_mid_form(
    qtbot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    settings, paths = resolve(tmp_path / "data", env={})
    jobs = Jobs(store, settings, paths, clock=lambda: NOW)
    window = MainWindow(store, settings, paths, jobs=jobs, clock=lambda: NOW)
    qtbot.addWidget(window)
    window.patient.next.click()
    window.patient.page().first_name.setText("Zoë")
    monkeypatch.setattr(store, "pending_pdfs", refuse)
    monkeypatch.setattr(store, "undelivered_alerts", refuse)
    with qtbot.captureExceptions() as errors:
        jobs.retry()
    assert errors == []
    assert window.stack.currentWidget() is window.patient
    assert window.patient.draft.first_name == "Zoë"
    assert "owed PDF check failed (database busy) at" in caplog.text
    window.patient.reset()
