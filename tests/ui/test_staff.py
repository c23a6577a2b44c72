"""Kiosk mode, the hidden staff gesture, the PIN pad and the staff screen's actions."""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCloseEvent

from kiosk.cli import set_staff_pin
from kiosk.jobs import Jobs
from kiosk.logic.config import load_settings, resolve
from kiosk.logic.flow import Step
from kiosk.logic.pin import MAX_TRIES, PIN_SETTING
from kiosk.logic.storage import Store
from kiosk.ui.demo_patient import complete_sample_intake, written_pdf
from kiosk.ui.main_window import MainWindow
from tests.qtfixtures import NOW

PIN = "246810"


@pytest.fixture
def main(qtbot, store: Store, tmp_path: Path) -> MainWindow:
    settings, paths = resolve(tmp_path / "data", env={})
    window = MainWindow(
        store,
        settings,
        paths,
        jobs=Jobs(store, settings, paths),
        kiosk_mode=True,
        clock=lambda: NOW,
        hold_ms=30,
    )
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    yield window
    window.allow_close = True
    window.patient.reset()


def type_pin(window: MainWindow, pin: str) -> None:
    for digit in pin:
        window.gate.digit_buttons[digit].click()
    window.gate.ok.click()


def unlock(qtbot, window: MainWindow, pin: str = PIN) -> None:
    """Open the staff screen as staff do; the PIN is set first (as `kiosk set-pin` does) if none is."""
    if window.patient.store.get_setting(PIN_SETTING) is None:
        set_staff_pin(window.patient.store, PIN)
    qtbot.mousePress(window.corner, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.gate, timeout=10_000)
    qtbot.mouseRelease(window.corner, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    type_pin(window, pin)


def test_kiosk_mode_ignores_close_requests(main: MainWindow) -> None:
    event = QCloseEvent()
    main.closeEvent(event)
    assert not event.isAccepted()
    assert main.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert main.windowFlags() & Qt.WindowType.WindowStaysOnTopHint


def test_a_short_tap_on_the_corner_does_nothing(qtbot, main: MainWindow) -> None:
    qtbot.mouseClick(main.corner, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    # The PIN pad opens only from the hold timer: let go early, it is stopped, so nothing can
    # follow and there is nothing to wait for.
    assert not main.corner.timer.isActive()
    assert main.stack.currentWidget() is main.patient


def test_ctrl_shift_s_opens_the_pin_pad(qtbot, main: MainWindow) -> None:
    """The keyboard way in, for a kiosk on a PC (what `kiosk set-pin` tells staff)."""
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=2000)
    qtbot.keyClick(
        main, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: main.stack.currentWidget() is main.gate, timeout=2000)


def test_with_no_pin_the_staff_screen_stays_closed_whatever_is_typed(
    qtbot, main: MainWindow, store: Store
) -> None:
    """A patient holding the tablet at first start (or after `kiosk reset-pin`) cannot choose a PIN."""
    main.open_gate()
    assert main.gate.no_pin
    assert "kiosk set-pin" in main.gate.message.text()
    assert not main.gate.ok.isEnabled()
    for _ in range(2):  # what once chose a PIN and opened the staff screen
        main.gate._typed = "123456"
        main.gate._submit()
    assert main.stack.currentWidget() is main.gate
    assert store.get_setting(PIN_SETTING) is None
    main.gate.cancel.click()
    assert main.stack.currentWidget() is main.patient
    unlock(qtbot, main)  # set from the command line: now it opens
    assert main.stack.currentWidget() is main.staff


def test_wrong_pins_lock_the_gate_and_the_lock_survives_a_restart(
    qtbot, main: MainWindow, store: Store
) -> None:
    unlock(qtbot, main)
    main.staff.back.click()
    main.open_gate()
    for _ in range(MAX_TRIES):
        type_pin(main, "111111")
    assert "Too many wrong tries" in main.gate.message.text()
    type_pin(main, PIN)
    assert main.stack.currentWidget() is main.gate
    assert "staff PIN locked" in [entry.action for entry in store.audit_log()]
    settings, paths = resolve(tmp_path_of(store), env={})
    restarted = MainWindow(store, settings, paths, jobs=Jobs(store, settings, paths), clock=lambda: NOW)
    qtbot.addWidget(restarted)
    restarted.open_gate()
    type_pin(restarted, PIN)
    assert restarted.stack.currentWidget() is restarted.gate
    assert "Too many wrong tries" in restarted.gate.message.text()
    restarted.gate.clock = lambda: NOW + timedelta(minutes=5)
    type_pin(restarted, PIN)
    assert restarted.stack.currentWidget() is restarted.staff
    restarted.show_patient()


def tmp_path_of(store: Store) -> Path:
    return store.path.parent


def test_staff_see_alerts_first_and_can_review_reprint_export_and_delete(
    qtbot, main: MainWindow, store: Store, tmp_path: Path
) -> None:
    complete_sample_intake(main.patient)
    main.patient.next.click()  # "Finish" on the thank-you page
    complete_sample_intake(main.patient, extra_yes=frozenset({"saddle_numbness"}))
    qtbot.waitUntil(lambda: not main.jobs.busy(), timeout=10_000)  # the output worker's alert and PDFs
    alerts = list((tmp_path / "data" / "reports").glob("ALERT-EMERGENCY-*.txt"))
    assert len(alerts) == 1
    assert "Łukasiewicz" in alerts[0].read_text(encoding="utf-8")
    unlock(qtbot, main)
    staff = main.staff
    assert staff.table.rowCount() == 2
    assert staff.table.item(0, 4).text() == "EMERGENCY"
    assert "EMERGENCY: Łukasiewicz, Zoë" in staff.alerts.text()

    staff.table.selectRow(0)
    staff.reviewed.click()
    assert "No urgent or emergency" in staff.alerts.text()
    staff.table.selectRow(0)
    pdf_before = {p.name for p in (tmp_path / "data" / "reports").glob("*.pdf")}
    staff.rewrite.click()
    qtbot.waitUntil(lambda: "PDF written" in staff.feedback.text(), timeout=10_000)
    assert {p.name for p in (tmp_path / "data" / "reports").glob("*.pdf")} == pdf_before

    opened: list[Path] = []
    staff.open_file = opened.append
    staff.table.selectRow(1)
    staff.open_pdf.click()
    qtbot.waitUntil(lambda: len(opened) == 1)
    assert opened[0].suffix == ".pdf"

    staff.export.click()
    qtbot.waitUntil(lambda: staff.feedback.text().startswith("Exported"))
    exported = list((tmp_path / "data" / "reports").glob("export-*.jsonl"))
    assert len(exported) == 1 and len(exported[0].read_text(encoding="utf-8").splitlines()) == 2

    staff.ask = lambda _parent, _question: False
    staff.table.selectRow(1)
    staff.delete.click()
    assert store.count() == 2
    staff.ask = lambda _parent, question: "cannot be undone" in question and "not deleted" in question
    staff.table.selectRow(1)
    staff.delete.click()
    assert store.count() == 1
    actions = [entry.action for entry in store.audit_log()]
    for expected in ("staff PIN set", "marked reviewed", "reprinted", "opened PDF", "exported"):
        assert expected in actions
    assert any("delet" in action for action in actions)


def test_settings_are_saved_to_the_config_file_and_audited(
    qtbot, main: MainWindow, store: Store, tmp_path: Path
):
    unlock(qtbot, main)
    staff = main.staff
    staff.clinic_name.setText("Riverside Spine")
    staff.paper.setCurrentText("a4")
    staff.output_dir.setText(str(tmp_path / "share"))
    staff.save.click()
    saved = load_settings(tmp_path / "data" / "kiosk.toml")
    assert (saved.clinic_name, saved.paper) == ("Riverside Spine", "a4")
    assert main.patient.paths.output_dir == tmp_path / "share"
    assert "settings changed" in [entry.action for entry in store.audit_log()]


def test_the_staff_side_left_alone_goes_back_to_the_patient_screen(
    qtbot, store: Store, tmp_path: Path
) -> None:
    """Input restarts the countdown (read from the timer, so a slow machine cannot fail it), and
    without input the staff side closes by itself."""
    settings, paths = resolve(tmp_path / "data", env={})
    window = MainWindow(
        store,
        settings,
        paths,
        jobs=Jobs(store, settings, paths),
        clock=lambda: NOW,
        hold_ms=30,
        staff_idle_ms=1000,
    )
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.open_gate()  # a PIN pad left open would block every patient
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.patient, timeout=10_000)
    unlock(qtbot, window)
    assert window.stack.currentWidget() is window.staff
    window.staff_idle.start(60_000)  # the same watcher, long enough that a slow machine cannot end it
    countdown = window.staff_idle.timer
    for step in range(3):  # someone is using it: each move starts the countdown again
        qtbot.waitUntil(lambda: countdown.remainingTime() < 59_500)
        qtbot.mouseMove(window.staff, QPoint(200 + step, 200))
        assert countdown.remainingTime() > 59_500  # (not restarted, it would still be below)
    assert window.stack.currentWidget() is window.staff
    window.staff_idle.start(300)  # the same watcher, a short wait: nobody touches it now
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.patient, timeout=10_000)
    assert window.patient.step is Step.WELCOME


def test_saved_settings_reach_the_patient_side_without_a_restart(qtbot, main: MainWindow) -> None:
    unlock(qtbot, main)
    staff = main.staff
    staff.clinic_name.setText("Riverside Spine")
    staff.idle_seconds.setValue(45)
    staff.countdown_seconds.setValue(12)
    staff.save.click()
    staff.back.click()
    patient = main.patient
    assert patient.step is Step.WELCOME
    assert patient.idle.timer.interval() == 45_000
    assert patient.still_there.deadline.interval() == 12_000
    assert patient.title.text() == "Welcome to Riverside Spine"  # the greeting heads the page


def test_a_read_only_output_folder_leaves_the_pdf_pending_until_it_comes_back(
    qtbot, main: MainWindow, store: Store, tmp_path: Path
) -> None:
    blocked = tmp_path / "data" / "reports"
    blocked.parent.mkdir(parents=True, exist_ok=True)
    blocked.write_text("not a folder")  # the share is unavailable
    result = complete_sample_intake(main.patient)
    assert written_pdf(main.patient, result.record.id) is None
    assert store.pending_pdfs() == [result.record.id]
    unlock(qtbot, main)
    assert "PDFs waiting to be written: 1" in main.staff.pending.text()
    blocked.unlink()
    main.staff.retry.click()
    qtbot.waitUntil(lambda: store.pending_pdfs() == [], timeout=10_000)
    qtbot.waitUntil(lambda: "PDFs waiting to be written: 0" in main.staff.pending.text(), timeout=10_000)
    assert len(list(blocked.glob("*.pdf"))) == 1


def test_an_uncaught_error_is_logged_without_patient_data_and_the_session_resets(
    qtbot, main: MainWindow, caplog: pytest.LogCaptureFixture
) -> None:
    import sys

    from kiosk.ui import faults

    main.patient.next.click()
    main.patient.page().first_name.setText("Zoë")
    previous = faults.install(main.fault)
    try:
        try:
            raise ValueError("patient.first_name: 'Zoë' broke something")
        except ValueError as error:
            sys.excepthook(type(error), error, error.__traceback__)
    finally:
        sys.excepthook = previous
    assert main.stack.currentWidget() is main.fault_page
    assert main.patient.step is Step.WELCOME
    assert main.patient.draft.first_name == ""
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "uncaught ValueError at test_staff.py" in logged
    assert "Zoë" not in logged
    main.fault_page.again.click()
    assert main.stack.currentWidget() is main.patient


def test_owed_pdfs_are_written_by_themselves_when_the_folder_comes_back(
    qtbot, store: Store, tmp_path: Path
) -> None:
    settings, paths = resolve(tmp_path / "data", env={})
    jobs = Jobs(store, settings, paths, clock=lambda: NOW, retry_ms=40)
    window = MainWindow(store, settings, paths, jobs=jobs, clock=lambda: NOW)
    qtbot.addWidget(window)
    blocked = paths.output_dir
    blocked.parent.mkdir(parents=True, exist_ok=True)
    blocked.write_text("not a folder")
    result = complete_sample_intake(window.patient)
    assert store.pending_pdfs() == [result.record.id]
    blocked.unlink()
    jobs.start()
    qtbot.waitUntil(lambda: store.pending_pdfs() == [], timeout=10_000)
    assert len(list(blocked.glob("*.pdf"))) == 1
    jobs.stop()
    window.patient.reset()


def owing_window(qtbot, store: Store, tmp_path: Path, owed: int) -> tuple[MainWindow, Path]:
    """A main window (its minute timer stopped) with `owed` stored intakes whose PDFs are owed: the
    output folder is a file until the caller unlinks it (returned)."""
    settings, paths = resolve(tmp_path / "data", env={})
    window = MainWindow(store, settings, paths, jobs=Jobs(store, settings, paths), clock=lambda: NOW)
    qtbot.addWidget(window)
    blocked = paths.output_dir
    blocked.parent.mkdir(parents=True, exist_ok=True)
    blocked.write_text("not a folder")
    for _ in range(owed):
        complete_sample_intake(window.patient)
        window.patient.reset()
    qtbot.waitUntil(lambda: not window.jobs.busy(), timeout=10_000)  # each first attempt failed
    assert len(store.pending_pdfs()) == owed
    return window, blocked


def test_owed_pdfs_are_written_one_per_turn_and_not_built_while_the_folder_refuses_files(
    qtbot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, blocked = owing_window(qtbot, store, tmp_path, 3)
    owed = store.pending_pdfs()
    from kiosk.report import pdf

    builds: list[str] = []
    real_build = pdf.build_pdf
    monkeypatch.setattr(
        pdf, "build_pdf", lambda record, *rest: builds.append(record.id) or real_build(record, *rest)
    )
    window.jobs.retry_pending_pdfs()
    assert window.jobs.busy()  # its probe of the folder is out
    qtbot.waitUntil(lambda: not window.jobs.busy(), timeout=10_000)  # and came back: no files taken
    assert builds == []  # the folder still refuses files: nothing is built for nothing
    blocked.unlink()
    window.jobs.retry_pending_pdfs()
    assert builds == []  # queued: the patient's screen gets the event loop between PDFs
    qtbot.waitUntil(lambda: store.pending_pdfs() == [], timeout=5000)
    assert sorted(builds) == sorted(owed)
    assert len(list(blocked.glob("*.pdf"))) == 3


def test_an_error_on_one_owed_pdf_is_logged_and_leaves_the_rest_of_the_queue_running(
    qtbot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    window, blocked = owing_window(qtbot, store, tmp_path, 3)
    blocked.unlink()
    first, *others = store.pending_pdfs()
    from kiosk import submission

    real_job = submission.pdf_job

    def fail_first(store_: Store, intake_id: str, *rest: object) -> object:
        if intake_id == first:
            raise RuntimeError("the database went away")
        return real_job(store_, intake_id, *rest)

    monkeypatch.setattr(submission, "pdf_job", fail_first)
    with qtbot.captureExceptions() as errors, caplog.at_level(logging.ERROR):
        window.jobs.retry_pending_pdfs()
        qtbot.waitUntil(lambda: store.pending_pdfs() == [first], timeout=5000)
    assert errors == []  # never handed to the fault page, which would wipe a patient's form
    assert window.stack.currentWidget() is window.patient
    assert "PDF job failed (RuntimeError) at" in caplog.text
    assert "went away" not in caplog.text  # type and place only
    monkeypatch.setattr(submission, "pdf_job", real_job)
    window.jobs.retry_pending_pdfs()  # the next pass is not blocked by the failed one
    qtbot.waitUntil(lambda: store.pending_pdfs() == [], timeout=5000)
    assert others


def test_staff_see_a_form_the_patient_walked_away_from(qtbot, main: MainWindow) -> None:
    main.patient.next.click()
    main.patient.page().first_name.setText("Walked")
    main.patient.reset()  # what the idle wipe does
    unlock(qtbot, main)
    assert "Unfinished forms (abandoned): 1" in main.staff.pending.text()
    assert main.staff.unfinished.count() == 1
    assert main.staff.unfinished.item(0).text().startswith("Abandoned: started ")
    assert "Walked" not in main.staff.unfinished.item(0).text()


def test_a_pin_reset_from_the_command_line_reaches_a_running_kiosk(
    qtbot, main: MainWindow, store: Store
) -> None:
    unlock(qtbot, main)
    main.staff.back.click()
    assert store.delete_setting(PIN_SETTING)  # what `kiosk reset-pin` does to the database
    main.open_gate()
    assert main.gate.no_pin
    assert main.gate.title.text() == "Staff screen closed"


def test_write_pdf_again_while_the_pdf_is_open_in_a_viewer_says_so_and_keeps_it(
    qtbot, main: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = complete_sample_intake(main.patient)
    pdf = written_pdf(main.patient, result.record.id)
    assert pdf is not None
    unlock(qtbot, main)
    staff = main.staff
    staff.table.selectRow(0)

    def viewer_holds_it(self: Path, target: Path) -> Path:
        raise PermissionError(13, "The process cannot access the file", str(target))

    monkeypatch.setattr(Path, "replace", viewer_holds_it)  # what Windows does to a PDF open in a viewer
    staff.rewrite.click()
    qtbot.waitUntil(lambda: "open in another program" in staff.feedback.text(), timeout=10_000)
    monkeypatch.undo()
    opened: list[Path] = []
    staff.open_file = opened.append
    staff.table.selectRow(0)
    staff.open_pdf.click()
    qtbot.waitUntil(lambda: opened == [pdf])


def test_staff_can_close_the_kiosk_even_in_kiosk_mode(qtbot, main: MainWindow, store: Store) -> None:
    unlock(qtbot, main)
    staff = main.staff
    staff.ask = lambda _parent, _question: False
    staff.quit.click()
    assert main.isVisible()
    staff.ask = lambda _parent, question: "Close the kiosk program?" in question
    staff.quit.click()
    assert not main.isVisible()
    assert "kiosk closed from the staff screen" in [entry.action for entry in store.audit_log()]


def test_retention_runs_daily_while_the_kiosk_stays_up(qtbot, store: Store, tmp_path: Path) -> None:
    import dataclasses

    settings, paths = resolve(tmp_path / "data", env={})
    early = MainWindow(store, settings, paths, jobs=Jobs(store, settings, paths), clock=lambda: NOW)
    qtbot.addWidget(early)
    result = complete_sample_intake(early.patient)  # completed at NOW, PDF written
    assert written_pdf(early.patient, result.record.id) is not None
    month_later = datetime.now(UTC) + timedelta(days=31)  # after the PDF was written (store's clock)
    kept_for_30 = dataclasses.replace(settings, retention_days=30)
    jobs = Jobs(store, kept_for_30, paths, clock=lambda: NOW, purge_ms=50)
    try:
        jobs.start()  # a purge at start, when it is still NOW
        assert store.get(result.record.id) is not None
        jobs.clock = lambda: month_later  # the kiosk stays up for a month
        qtbot.waitUntil(lambda: store.get(result.record.id) is None, timeout=10_000)
    finally:
        jobs.stop()


def test_a_yes_given_after_the_staff_side_closed_itself_deletes_nothing(
    qtbot, main: MainWindow, store: Store
) -> None:
    complete_sample_intake(main.patient)
    unlock(qtbot, main)
    staff = main.staff
    staff.table.selectRow(0)

    def staff_walk_away_then_a_patient_taps_yes(_parent: object, _question: str) -> bool:
        main.staff_idle.timer.timeout.emit()  # the 2-minute timeout, while the question is open
        return True

    staff.ask = staff_walk_away_then_a_patient_taps_yes
    staff.delete.click()
    assert main.stack.currentWidget() is main.patient
    assert store.count() == 1


def test_with_the_disk_full_the_right_pin_still_opens_and_wrong_ones_still_lock(
    qtbot, main: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The badge says "disk full"; the staff screen that explains it must still open. The gate's
    writes (its lock, the audit) fail then, so the lock is kept in memory for as long as that lasts."""
    set_staff_pin(store, PIN)

    def full(*_args: object, **_kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store, "set_setting", full)
    monkeypatch.setattr(store, "audit", full)
    with qtbot.captureExceptions() as escaped:
        main.open_gate()
        for _ in range(MAX_TRIES):
            type_pin(main, "111111")
        assert "Too many wrong tries" in main.gate.message.text()
        type_pin(main, PIN)
        assert main.stack.currentWidget() is main.gate  # still locked, though nothing was stored
        main.gate.clock = lambda: NOW + timedelta(minutes=5)
        type_pin(main, PIN)
    assert escaped == []
    assert main.stack.currentWidget() is main.staff
    assert "not stored (disk full)" in caplog.text
    main.show_patient()
