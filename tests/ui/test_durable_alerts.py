"""Staff alerts that cannot be lost (issue 13, item 1).

An alert is recorded in the database with the answer that raised it, shown on the staff screen from
there (unfinished forms too), delivered to the output folder by a retry queue, and the patient is
told staff know only once the file is there; a badge on the patient screen shows it at once.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from kiosk.jobs import Jobs
from kiosk.logic.config import resolve
from kiosk.logic.flow import Step
from kiosk.logic.storage import Store
from kiosk.ui.demo_patient import PATIENT, fill_sample_until
from kiosk.ui.main_window import MainWindow
from kiosk.ui.steps.messages import AlertPage
from tests.qtfixtures import NOW

SADDLE = frozenset({"saddle_numbness"})


@pytest.fixture
def main(qtbot, store: Store, tmp_path: Path) -> MainWindow:
    settings, paths = resolve(tmp_path / "data", env={})
    jobs = Jobs(store, settings, paths, clock=lambda: NOW)
    window = MainWindow(store, settings, paths, jobs=jobs, clock=lambda: NOW, hold_ms=30)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    yield window
    window.patient.reset()


def share_down(main: MainWindow) -> Path:
    """The output folder is unreachable (a file stands where the folder should be)."""
    folder = main.patient.paths.output_dir
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("not a folder")
    return folder


def settled(qtbot, main: MainWindow) -> None:
    """Wait until the output worker has done (or failed) what it was given."""
    qtbot.waitUntil(lambda: not main.jobs.busy(), timeout=10_000)


def alert_page(main: MainWindow) -> AlertPage:
    page = main.patient.page(Step.ALERT)
    assert isinstance(page, AlertPage)
    return page


def test_an_alert_the_database_refuses_while_the_share_is_down_still_reaches_staff(
    qtbot, main: MainWindow, store: Store
) -> None:
    """Both down at once (a full disk and an unmounted share): the alert is held by the kiosk, named
    on the staff screen, the problem shown, and its file written once the share is back."""
    folder = share_down(main)
    store._conn.execute("CREATE TRIGGER refuse BEFORE INSERT ON alert BEGIN SELECT RAISE(ABORT, 'full'); END")
    fill_sample_until(main.patient, Step.ALERT, extra_yes=SADDLE)
    settled(qtbot, main)
    assert store.open_alerts() == []  # not recorded
    assert "Please go now" in alert_page(main).told.text()
    main.open_gate()
    main.gate.guard = None  # (PIN handling is tested elsewhere): straight to the staff screen
    main.open_staff()
    assert PATIENT[1] in main.staff.alerts.text() and "EMERGENCY" in main.staff.alerts.text()
    assert main.staff.problem.isVisible()  # the database's refusal is said too
    main.show_patient()

    folder.unlink()  # the share is back: the next retry delivers the held alert
    main.jobs.retry()
    qtbot.waitUntil(lambda: main.jobs.unrecorded[0].delivered_path is not None, timeout=10_000)
    [written] = sorted(folder.glob("ALERT-EMERGENCY-*.txt"))
    assert PATIENT[1] in written.read_text(encoding="utf-8")
    main.staff.refresh()
    assert PATIENT[1] in main.staff.alerts.text()  # still held, still named: nobody has seen to it yet

    store._conn.execute("DROP TRIGGER refuse")  # the database takes writes again
    main.jobs.retry()
    assert main.jobs.unrecorded == []
    [recorded] = store.open_alerts()  # now an alert like any other, open until staff see to it
    assert (recorded.last_name, recorded.tier.value) == (PATIENT[1], "emergency")
    assert recorded.delivered_path == str(written)
    assert store.undelivered_alerts() == []  # its file is not written a second time


def test_with_the_share_down_the_alert_is_recorded_shown_to_staff_and_delivered_when_it_is_back(
    qtbot, main: MainWindow, store: Store
) -> None:
    folder = share_down(main)
    fill_sample_until(main.patient, Step.ALERT, extra_yes=SADDLE)
    assert main.patient.step is Step.ALERT
    settled(qtbot, main)
    page = alert_page(main)
    assert not page.staff_told
    assert "We have let them know" not in page.told.text()
    assert "Please go now" in page.told.text()
    [alert] = store.open_alerts()
    assert (alert.first_name, alert.last_name, alert.tier.value) == (PATIENT[0], PATIENT[1], "emergency")
    assert not alert.intake_stored
    assert store.undelivered_alerts() == [alert]
    assert main.badge.isVisible() and main.badge.count == 1
    assert PATIENT[0] not in main.badge.text()  # the patient screen names nobody

    main.open_gate()
    main.gate.guard = None  # (PIN handling is tested elsewhere): straight to the staff screen
    main.open_staff()
    assert PATIENT[1] in main.staff.alerts.text()
    assert "EMERGENCY" in main.staff.alerts.text()
    assert "form not finished" in main.staff.alerts.text()
    assert "No urgent or emergency" not in main.staff.alerts.text()

    folder.unlink()  # the share is back: the next retry delivers it
    main.jobs.retry()
    qtbot.waitUntil(lambda: store.undelivered_alerts() == [], timeout=10_000)
    [written] = sorted(folder.glob("ALERT-EMERGENCY-*.txt"))
    assert PATIENT[1] in written.read_text(encoding="utf-8")


def test_the_patient_is_told_staff_know_once_the_alert_file_is_written(qtbot, main: MainWindow) -> None:
    folder = share_down(main)
    fill_sample_until(main.patient, Step.ALERT, extra_yes=SADDLE)
    settled(qtbot, main)
    assert not alert_page(main).staff_told
    folder.unlink()
    main.jobs.retry()
    qtbot.waitUntil(lambda: alert_page(main).staff_told, timeout=10_000)
    assert "We have let them know" in alert_page(main).told.text()


def test_an_alert_with_the_folder_up_is_recorded_delivered_and_told(
    qtbot, main: MainWindow, store: Store
) -> None:
    fill_sample_until(main.patient, Step.ALERT, extra_yes=SADDLE)
    qtbot.waitUntil(lambda: alert_page(main).staff_told, timeout=10_000)
    assert store.undelivered_alerts() == []
    assert len(store.open_alerts()) == 1
    assert len(list(main.patient.paths.output_dir.glob("ALERT-*.txt"))) == 1


def test_the_alert_is_in_the_same_transaction_as_the_answer_that_raised_it(
    qtbot, main: MainWindow, store: Store
) -> None:
    with closing(sqlite3.connect(store.path)) as conn:  # the alert row cannot be written
        conn.execute("CREATE TRIGGER no_alert BEFORE INSERT ON alert BEGIN SELECT RAISE(ABORT, 'full'); END")
        conn.commit()
    fill_sample_until(main.patient, Step.SAFETY, extra_yes=SADDLE)
    draft_id = main.patient.draft.id
    before = store.load_draft(draft_id)
    main.patient.draft.first_name = "Changed"  # a change that would be saved only with the alert
    main.patient.next.click()
    assert main.patient.step is Step.ALERT  # the patient is still sent to the desk
    assert store.load_draft(draft_id) == before  # the alert refused: the draft save went with it
    # ... and the file, now the only way staff hear of it, is written straight away
    qtbot.waitUntil(lambda: alert_page(main).staff_told, timeout=10_000)
    assert len(list(main.patient.paths.output_dir.glob("ALERT-*.txt"))) == 1
    assert main.badge.isVisible()


def test_after_a_restart_every_recorded_alert_is_still_delivered_and_temp_files_are_cleared(
    qtbot, store: Store, tmp_path: Path
) -> None:
    settings, paths = resolve(tmp_path / "data", env={})
    killed = MainWindow(store, settings, paths, jobs=Jobs(store, settings, paths), clock=lambda: NOW)
    qtbot.addWidget(killed)
    folder = share_down(killed)
    fill_sample_until(killed.patient, Step.ALERT, extra_yes=SADDLE)
    recorded = killed.patient.draft.id
    qtbot.waitUntil(lambda: not killed.jobs.busy(), timeout=10_000)  # its attempt failed
    folder.unlink()
    folder.mkdir()
    # What a kiosk killed mid-write leaves: the temp file of the recorded alert, and one of an
    # older kiosk that never recorded its alert.
    (folder / ".alert-abc123.tmp").write_text(
        f"EMERGENCY: please see this patient now.\nIntake id: {recorded}\n"
    )
    (folder / ".alert-old999.tmp").write_text("URGENT: please see this patient now.\nIntake id: older\n")
    (folder / ".x1.pdf.part").write_bytes(b"%PDF-1.4 half")
    restarted = Jobs(store, settings, paths, clock=lambda: NOW)
    restarted.start()
    qtbot.waitUntil(lambda: not restarted.busy() and not list(folder.glob(".*")), timeout=10_000)
    restarted.stop()
    names = sorted(p.name for p in folder.iterdir())
    assert [n for n in names if n.startswith(".")] == []
    assert len([n for n in names if n.startswith("ALERT-EMERGENCY-")]) == 1
    assert "ALERT-RECOVERED-old999.txt" in names
    assert store.undelivered_alerts() == []
    killed.patient.reset()


def test_staff_deal_with_an_unfinished_forms_alert_and_a_sent_forms_by_review(
    qtbot, main: MainWindow, store: Store
) -> None:
    fill_sample_until(main.patient, Step.ALERT, extra_yes=SADDLE)
    main.patient.reset()  # walked away to the desk and never came back
    main.open_gate()
    main.gate.guard = None
    main.open_staff()
    assert main.staff.alerts_seen.isVisible()
    main.staff.alerts_seen.click()
    assert store.open_alerts() == []
    assert "No urgent or emergency intakes waiting." in main.staff.alerts.text()
    assert "alert seen" in [entry.action for entry in store.audit_log()]
    main.staff.back.click()
    assert not main.badge.isVisible()


def test_a_database_deleted_mid_form_refuses_the_send_keeps_the_answers_and_tells_staff(
    qtbot, main: MainWindow, store: Store
) -> None:
    fill_sample_until(main.patient, Step.REVIEW)
    store.path.unlink()  # deleted while the kiosk runs
    main.patient.next.click()  # send
    assert main.patient.step is Step.REVIEW  # not "done": nothing was stored
    assert "Something went wrong" in main.patient.problems.text()
    assert main.patient.draft.first_name == PATIENT[0]  # the answers stay on the screen
    assert list(main.patient.paths.output_dir.glob("*.pdf")) == []  # no PDF of a lost intake
    assert main.badge.isVisible() and "kiosk problem" in main.badge.text()
    main.open_gate()
    main.gate.guard = None
    main.open_staff()
    assert "could not save to its database (database file missing" in main.staff.problem.text()


def test_a_full_disk_is_said_in_the_log_and_to_staff_and_the_patient_carries_on(
    qtbot, main: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    main.patient.next.click()  # About you

    def disk_full(*_args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store, "save_draft", disk_full)
    with qtbot.captureExceptions() as errors:
        main.patient.page().first_name.setText("Zoë")
    assert errors == []
    assert main.stack.currentWidget() is main.patient  # not the fault page
    assert main.patient.draft.first_name == "Zoë"
    assert "draft save failed (disk full)" in caplog.text
    assert "Zoë" not in caplog.text
    assert "disk full" in main.badge.text()


def test_the_fault_handler_survives_a_full_disk(
    qtbot, main: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import sys

    from kiosk.ui import faults

    main.patient.next.click()

    def disk_full(*_args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store, "abandon_draft", disk_full)
    previous = faults.install(main.fault)
    try:
        try:
            raise sqlite3.OperationalError("database or disk is full")
        except sqlite3.OperationalError as error:
            sys.excepthook(type(error), error, error.__traceback__)  # must not raise
    finally:
        sys.excepthook = previous
    assert main.stack.currentWidget() is main.fault_page
    assert "uncaught OperationalError (disk full)" in caplog.text


def test_the_fault_page_speaks_the_patients_language(qtbot, main: MainWindow) -> None:
    from kiosk.logic.vocab import Language

    main.patient.set_language(Language.ES)
    main.fault()
    try:
        assert main.stack.currentWidget() is main.fault_page
        assert main.fault_page.title.text() == "Algo salió mal. Por favor, pida ayuda en la recepción"
    finally:
        main.patient.translations.use(Language.EN)


def test_markup_typed_as_a_name_is_shown_as_typed_on_review(qtbot, main: MainWindow, store: Store) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    markup = '<span style="font-size:60px">Big</span>'
    fill_sample_until(main.patient, Step.REVIEW)
    main.patient.page(Step.REVIEW).edit_requested.emit(Step.ABOUT)
    main.patient.page().first_name.setText(markup)
    main.patient.next.click()  # back to Review
    assert main.patient.step is Step.REVIEW
    shown = [label for label in main.patient.page(Step.REVIEW).findChildren(QLabel) if markup in label.text()]
    assert shown, "the name is on Review, as typed"
    assert all(label.textFormat() is Qt.TextFormat.PlainText for label in shown)


def test_a_pdf_deleted_by_hand_from_the_output_folder_is_written_again(
    qtbot, main: MainWindow, store: Store
) -> None:
    from kiosk.ui.demo_patient import complete_sample_intake, written_pdf

    result = complete_sample_intake(main.patient)
    pdf = written_pdf(main.patient, result.record.id)
    assert pdf is not None
    pdf.unlink()  # someone tidied the folder
    main.jobs.check_written_pdfs()
    qtbot.waitUntil(pdf.is_file, timeout=10_000)
    qtbot.waitUntil(lambda: store.pending_pdfs() == [], timeout=10_000)


@pytest.mark.parametrize("size", [(1280, 800), (800, 1280), (1024, 768)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_staff_badge_never_covers_what_a_patient_taps(qtbot, main_window, size) -> None:
    """On a portrait tablet the centred badge sat over A and A+, and took the taps meant for them."""
    from PySide6.QtCore import QPoint, QRect

    from tests.ui import fingers

    main_window.resize(*size)
    main_window.badge.refresh(main_window.patient.store, at_least=1)
    qtbot.waitUntil(main_window.badge.isVisible)
    badge = main_window.badge.geometry()
    for button in main_window.patient.look_switch.buttons():
        where = QRect(button.mapTo(main_window, QPoint(0, 0)), button.size())
        assert not badge.intersects(where), (button.text(), badge, where)
    progress = main_window.patient.progress
    words = progress.fontMetrics().horizontalAdvance(progress.text())
    assert badge.left() >= progress.mapTo(main_window, QPoint(0, 0)).x() + words
    larger = main_window.patient.look_switch.buttons()[1]
    fingers.tap(larger)
    assert main_window.patient.look.size.name == "LARGE"
