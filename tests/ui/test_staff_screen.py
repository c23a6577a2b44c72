"""The staff screen's actions when things go wrong: a folder that is gone, a busy database, no PDF
viewer, a list that re-sorts under the selection, more intakes than the list shows, time zones and
settings the spin boxes used to clamp."""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel

import kiosk.ui.staff_files
from kiosk.jobs import Jobs
from kiosk.logic import storage
from kiosk.logic.atomic import write_temporary
from kiosk.logic.config import load_settings, resolve
from kiosk.logic.storage import Store
from kiosk.ui.demo_patient import PATIENT, complete_sample_intake, written_pdf
from kiosk.ui.shell import PatientScreen
from kiosk.ui.staff import StaffScreen, confirm_box
from tests.qtfixtures import NOW

BUSY = "The database is busy; try again in a moment."
EMERGENCY = frozenset({"saddle_numbness"})


def staff_screen(qtbot, store: Store) -> StaffScreen:
    """The real staff screen on the store's data folder, shown as `MainWindow` shows it behind the PIN."""
    settings, paths = resolve(store.path.parent, env={})
    screen = StaffScreen(store, settings, paths, jobs=Jobs(store, settings, paths), clock=lambda: NOW)
    qtbot.addWidget(screen)
    screen.show()
    screen.refresh()
    return screen


def intake(window: PatientScreen, extra_yes: frozenset[str] = frozenset()) -> str:
    """One sample patient through the real wizard (PDF written); returns the intake id."""
    intake_id = complete_sample_intake(window, extra_yes=extra_yes).record.id
    window.next.click()  # "Finish" on the thank-you page
    assert written_pdf(window, intake_id) is not None  # by the output worker
    return intake_id


def row_of(staff: StaffScreen, intake_id: str) -> int:
    return [item.id for item in staff.shown].index(intake_id)


def patient_named(text: str) -> bool:
    return any(name in text for name in PATIENT[:2])


def test_an_export_to_a_folder_that_is_gone_is_told_on_the_staff_screen(
    qtbot, store: Store, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    staff = staff_screen(qtbot, store)
    share = tmp_path / "share"
    share.write_text("not a folder")  # the share is not mounted: its path cannot hold files
    staff.paths = dataclasses.replace(staff.paths, output_dir=share / "pdfs")
    with qtbot.captureExceptions() as escaped:
        staff.export.click()
        assert not staff.export.isEnabled()  # until the output worker says how it went
        qtbot.waitUntil(staff.export.isEnabled)
    assert escaped == []  # nothing reached the fault handler (the patient fault page)
    assert str(share / "pdfs") in staff.feedback.text()
    assert "exported" not in [entry.action for entry in store.audit_log()]
    assert "staff action export failed" in caplog.text


@pytest.mark.parametrize("button", ["reviewed", "delete", "rewrite", "open_pdf", "export"])
def test_an_action_while_another_program_holds_the_database_says_it_is_busy(
    qtbot,
    window: PatientScreen,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    button: str,
) -> None:
    store = window.store
    intake_id = intake(window)
    monkeypatch.setattr(storage, "BUSY_SECONDS", 0.05)
    with Store(store.path) as impatient:  # the same file, giving up after 50 ms instead of 10 s
        staff = staff_screen(qtbot, impatient)
        staff.ask = lambda _parent, _question: True
        staff.open_file = lambda _path: None
        staff.table.selectRow(0)
        other = sqlite3.connect(store.path, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")  # e.g. the file open with unsaved edits in an SQLite browser
            with qtbot.captureExceptions() as escaped:
                getattr(staff, button).click()
                # the export's and the open's database work comes back from the output worker
                qtbot.waitUntil(lambda: staff.feedback.text() not in ("Exporting…", "Looking for the PDF…"))
        finally:
            other.close()
        assert escaped == []
        assert staff.feedback.text() == BUSY
    stored = store.get(intake_id)
    assert stored is not None and not stored.reviewed
    assert [entry.action for entry in store.audit_log()] == []
    # A refused export's half-written file is removed by the output worker, after the words show.
    qtbot.waitUntil(lambda: list((store.path.parent / "reports").glob("*export*")) == [])
    assert "failed (database busy)" in caplog.text
    assert not patient_named(caplog.text)


def test_the_selection_stays_on_the_same_patient_when_the_list_re_sorts(
    qtbot, window: PatientScreen, store: Store
) -> None:
    urgent = intake(window, EMERGENCY)
    plain = intake(window)
    staff = staff_screen(qtbot, store)
    assert row_of(staff, urgent) == 0  # unreviewed emergencies come first
    staff.table.selectRow(0)
    assert staff.reviewed.text() == "Mark reviewed"
    staff.reviewed.click()
    assert row_of(staff, urgent) == 1  # reviewed: back in time order, behind the newer intake
    chosen = staff.selected()
    assert chosen is not None and chosen.id == urgent
    assert staff.reviewed.text() == "Mark not reviewed"
    staff.reviewed.click()  # staff undo what they just did, on the same patient
    reviewed = {item.id: item.reviewed for item in store.search("")}
    assert reviewed == {urgent: False, plain: False}
    staff.table.selectRow(row_of(staff, plain))
    assert staff.reviewed.text() == "Mark reviewed"
    staff.search_text.setText("Nobody")
    staff.refresh()
    assert staff.selected() is None


def test_open_pdf_tells_staff_when_no_program_opens_it_and_audits_only_an_open(
    qtbot, window: PatientScreen, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    intake(window)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)  # a PC with no PDF viewer
    staff = staff_screen(qtbot, store)
    staff.table.selectRow(0)
    staff.open_pdf.click()
    qtbot.waitUntil(lambda: "No program on this computer opens PDFs" in staff.feedback.text())
    assert str(tmp_path / "data" / "reports") in staff.feedback.text()
    assert "opened PDF" not in [entry.action for entry in store.audit_log()]


def test_export_writes_every_intake_of_the_day_not_only_the_200_in_the_list(
    qtbot, window: PatientScreen, store: Store, tmp_path: Path
) -> None:
    submitted = complete_sample_intake(window)
    window.next.click()
    copies = [dataclasses.replace(submitted.record, id=str(uuid.uuid4())) for _ in range(200)]
    for record in copies:
        store.submit(record, submitted.assessment)
    staff = staff_screen(qtbot, store)
    assert len(staff.shown) == 200  # the list stops there
    staff.export.click()
    qtbot.waitUntil(lambda: staff.feedback.text().startswith("Exported"))
    (exported,) = (tmp_path / "data" / "reports").glob("export-*.jsonl")
    lines = exported.read_text(encoding="utf-8").splitlines()
    assert {json.loads(line)["id"] for line in lines} == {submitted.record.id} | {r.id for r in copies}
    assert staff.feedback.text() == f"Exported 201 intakes from today to {exported}"


def test_a_share_that_hangs_does_not_freeze_the_staff_screen(
    qtbot, window: PatientScreen, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The export's file and the look for a PDF are the output worker's: while the share hangs, the
    screen answers (the list refreshes, the buttons say what is going on) and nothing is done twice."""
    intake(window)
    staff = staff_screen(qtbot, store)
    share = threading.Event()

    def hanging_write(*args: object, **kwargs: object) -> Path:
        assert threading.current_thread() is not threading.main_thread()
        share.wait(30)
        return write_temporary(*args, **kwargs)  # type: ignore[arg-type]

    def hanging_look(self: Path) -> bool:
        if threading.current_thread() is not threading.main_thread():
            share.wait(30)
        return os.path.isfile(self)  # noqa: PTH113 - Path.is_file is the one patched here

    monkeypatch.setattr(kiosk.ui.staff_files, "write_temporary", hanging_write)
    monkeypatch.setattr(Path, "is_file", hanging_look)
    opened: list[Path] = []
    staff.open_file = opened.append
    staff.table.selectRow(0)
    staff.open_pdf.click()
    assert staff.feedback.text() == "Looking for the PDF…"
    staff.export.click()
    assert staff.feedback.text() == "Exporting…" and not staff.export.isEnabled()
    staff.refresh()  # the screen still works while the share hangs
    assert len(staff.shown) == 1 and opened == []
    assert not list((tmp_path / "data" / "reports").glob("export-*"))
    share.set()
    qtbot.waitUntil(lambda: staff.feedback.text().startswith("Exported 1 "))
    assert len(opened) == 1 and staff.export.isEnabled()
    assert len(list((tmp_path / "data" / "reports").glob("export-*.jsonl"))) == 1
    assert [e.action for e in store.audit_log()].count("exported") == 1


@pytest.fixture
def five_hours_west() -> Iterator[timezone]:
    """The process's local time zone set to UTC-5 for one test (POSIX only: Windows has no tzset)."""
    if not hasattr(time, "tzset"):
        pytest.skip("needs time.tzset")
    before = os.environ.get("TZ")
    os.environ["TZ"] = "EST+05"
    time.tzset()
    yield timezone(timedelta(hours=-5))
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_activity_shows_local_time_and_which_intake(
    qtbot, window: PatientScreen, store: Store, five_hours_west: timezone
) -> None:
    intake_id = intake(window)
    staff = staff_screen(qtbot, store)
    staff.table.selectRow(0)
    staff.rewrite.click()
    qtbot.waitUntil(lambda: "PDF written" in staff.feedback.text(), timeout=10_000)
    (entry,) = store.audit_log()
    expected = f"{entry.at.astimezone(five_hours_west):%Y-%m-%d %H:%M:%S}  reprinted  intake {intake_id[:8]}"
    assert staff.activity.item(0).text() == expected


def test_settings_the_old_spin_ranges_refused_survive_saving_the_clinic_name(
    qtbot, store: Store, tmp_path: Path
) -> None:
    config = tmp_path / "data" / "kiosk.toml"
    config.write_text("idle_seconds = 5\nidle_countdown_seconds = 900\n", encoding="utf-8")
    staff = staff_screen(qtbot, store)
    staff.clinic_name.setText("Riverside Spine")
    staff.save.click()
    saved = load_settings(config)
    assert (saved.clinic_name, saved.idle_seconds, saved.idle_countdown_seconds) == (
        "Riverside Spine",
        5,
        900,
    )


def test_the_delete_question_shows_a_name_that_looks_like_markup_as_typed(qtbot, store: Store) -> None:
    """The confirm box holds the patient's name; Qt's automatic rich text would render markup."""
    staff = staff_screen(qtbot, store)
    question = 'Delete the intake of <span style="font-size:60px">Big</span> Doe?'
    box = confirm_box(staff, question)
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    (label,) = [w for w in box.findChildren(QLabel) if w.text() == question]
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.sizeHint().height() < 40  # one line of 14 px text, not a 60 px span
