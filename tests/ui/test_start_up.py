"""Start-up: the first screen is painted before anything that can wait, and nothing is skipped."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLockFile, QObject, QSize, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kiosk.jobs import Jobs
from kiosk.logic.config import resolve
from kiosk.logic.flow import Step
from kiosk.logic.storage import Store
from kiosk.logic.vocab import Language
from kiosk.ui.app import open_window, window_size
from kiosk.ui.demo_patient import complete_sample_intake, written_pdf
from kiosk.ui.shell import PatientScreen
from kiosk.ui.steps.base import StepPage
from tests.qtfixtures import NOW


def owe_a_pdf(qtbot, store: Store, tmp_path: Path) -> tuple[str, Path]:
    """One stored intake whose PDF could not be written (the output folder was a file)."""
    settings, paths = resolve(tmp_path / "data", env={})
    paths.output_dir.parent.mkdir(parents=True, exist_ok=True)
    paths.output_dir.write_text("not a folder")
    earlier = PatientScreen(store, settings, paths, jobs=Jobs(store, settings, paths), clock=lambda: NOW)
    qtbot.addWidget(earlier)
    intake_id = complete_sample_intake(earlier).record.id
    assert written_pdf(earlier, intake_id) is None  # the worker's attempt failed, and is over
    paths.output_dir.unlink()
    assert store.pending_pdfs() == [intake_id]
    return intake_id, paths.output_dir


class FirstPaint(QObject):
    """Takes `snapshot()` when `widget` receives its first paint event."""

    def __init__(self, widget: QWidget, snapshot: Callable[[], object]) -> None:
        super().__init__(widget)
        self.seen: object = None
        self._snapshot = snapshot
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() is QEvent.Type.Paint and self.seen is None:
            self.seen = self._snapshot()
        return False


def test_welcome_is_painted_first_then_every_page_is_built_and_owed_pdfs_written(
    qtbot, qapp: QApplication, store: Store, tmp_path: Path
) -> None:
    intake_id, output = owe_a_pdf(qtbot, store, tmp_path)
    settings, paths = resolve(tmp_path / "data", env={})
    window = open_window(qapp, store, settings, paths, kiosk_mode=False)
    qtbot.addWidget(window)
    assert set(window.patient.pages.built) == {Step.WELCOME}
    assert window.stack.count() == 2  # the patient side and the fault page: no PIN pad, no staff screen
    first_paint = FirstPaint(
        window.patient.page(Step.WELCOME), lambda: (set(window.patient.pages.built), store.pending_pdfs())
    )
    with qtbot.waitSignal(window.patient.pages_built, timeout=5000):
        window.resize(1280, 800)
        window.show()
    assert first_paint.seen == ({Step.WELCOME}, [intake_id])  # painted before anything else was done
    assert set(window.patient.pages.built) == set(Step)
    qtbot.waitUntil(lambda: store.pending_pdfs() == [], timeout=5000)
    assert len(list(output.glob("*.pdf"))) == 1
    window.jobs.stop()


def test_a_page_wanted_before_its_turn_is_built_at_once_and_kept(qtbot, window: PatientScreen) -> None:
    review = window.page(Step.REVIEW)
    assert Step.REVIEW in window.pages.built
    qtbot.waitUntil(lambda: set(window.pages.built) == set(Step), timeout=5000)
    assert window.page(Step.REVIEW) is review
    assert window.stack.indexOf(review) >= 0
    assert window.stack.count() == len(Step)


def test_the_staff_side_is_built_when_staff_first_ask(
    qtbot, qapp: QApplication, store: Store, tmp_path: Path
) -> None:
    settings, paths = resolve(tmp_path / "data", env={})
    window = open_window(qapp, store, settings, paths, kiosk_mode=False)
    qtbot.addWidget(window)
    window.show()
    assert window.stack.count() == 2
    window.open_gate()
    assert window.stack.currentWidget() is window.gate
    assert window.stack.count() == 4
    window.gate.cancel.click()
    assert window.stack.currentWidget() is window.patient
    window.jobs.stop()


def test_a_language_chosen_while_pages_are_still_being_built_reaches_every_page(
    qtbot, store: Store, tmp_path: Path
) -> None:
    settings, paths = resolve(tmp_path / "data", env={})
    window = PatientScreen(store, settings, paths, jobs=Jobs(store, settings, paths), clock=lambda: NOW)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    for _ in range(2):  # two turns of the builder, by hand: not shown yet, so nothing else runs
        window.pages.build_next()
    assert set(window.pages.built) == {Step.WELCOME, Step.ABOUT, Step.MAP}  # mid-way
    try:
        window.page(Step.WELCOME).languages.button_for(Language.ES).click()
        with qtbot.waitSignal(window.pages_built, timeout=5000):
            window.show()
        assert window.stack.count() == len(Step)  # the English pages are gone, none left behind
        assert window.page(Step.ABOUT).title() == "Sus datos"  # built in English before the choice
        assert window.page(Step.REVIEW).title() == "Revise sus respuestas"
    finally:
        window.translations.use(Language.EN)


def test_a_page_that_cannot_be_built_is_logged_and_skipped_not_shown_as_a_fault_on_welcome(
    qtbot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from kiosk.ui.steps import pages

    real_new_page = pages.new_page

    def broken_review(step: Step, today: date) -> StepPage:
        if step is Step.REVIEW:
            raise ImportError("a file of the install is missing")
        return real_new_page(step, today)

    monkeypatch.setattr(pages, "new_page", broken_review)
    settings, paths = resolve(tmp_path / "data", env={})
    window = PatientScreen(store, settings, paths, jobs=Jobs(store, settings, paths), clock=lambda: NOW)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.pages_built, timeout=5000):
        window.resize(1280, 800)
        window.show()
    assert set(window.pages.built) == set(Step) - {Step.REVIEW}
    assert window.step is Step.WELCOME
    assert "page review not built: ImportError at" in caplog.text
    assert "missing" not in caplog.text  # type and place only, never the message
    with pytest.raises(ImportError):
        window.page(Step.REVIEW)  # a patient who gets there meets the fault handler


@pytest.mark.parametrize(
    ("setup", "said"),
    [
        ("settings", "paper"),
        ("settings not UTF-8", "not UTF-8"),
        ("database", "not a kiosk database"),
        ("database is a folder", "cannot open the database"),
        ("running", "already open"),
    ],
)
def test_a_start_that_cannot_work_is_said_in_a_dialog_and_exits_with_status_2(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, setup: str, said: str
) -> None:
    import sqlite3

    from kiosk.__main__ import main
    from kiosk.ui import app

    data = tmp_path / "data"
    data.mkdir()
    if setup == "settings":
        (data / "kiosk.toml").write_text('paper = "tabloid"\n', encoding="utf-8")
    elif setup == "settings not UTF-8":
        (data / "kiosk.toml").write_bytes(b'clinic_name = "\xff"\n')  # saved in Latin-1 by an editor
    elif setup == "database is a folder":
        (data / "kiosk.sqlite3").mkdir()
    elif setup == "database":
        with sqlite3.connect(data / "kiosk.sqlite3") as other:
            other.execute("CREATE TABLE recipes (name TEXT)")
    running = QLockFile(str(data / "kiosk.lock"))  # a kiosk already open on this folder
    if setup == "running":
        assert running.tryLock(0)
    shown: list[str] = []

    def show(box: QMessageBox) -> int:
        assert box.windowFlags() & Qt.WindowType.WindowStaysOnTopHint  # not behind a kiosk already open
        shown.append(box.text())
        return 0

    monkeypatch.setattr(app.QMessageBox, "exec", show)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        assert main(["run", "--data-dir", str(data)]) == 2
    finally:  # the run opened its log file: leave the test process's logging as it was
        for added in [h for h in root.handlers if h not in handlers]:
            root.removeHandler(added)
            added.close()
        root.setLevel(level)
    assert len(shown) == 1
    assert "could not start" in shown[0]
    assert said in shown[0]


@pytest.mark.parametrize(
    ("free", "opened"),
    [((1920, 1040), (1280, 800)), ((1024, 728), (1024, 728)), ((800, 1240), (800, 800))],
)
def test_the_window_opens_no_larger_than_the_screen_has_room_for(free, opened) -> None:
    assert window_size(QSize(*free)) == QSize(*opened)
    # a title bar 26 px high: the window shrinks by it, so its bottom row stays on screen
    assert window_size(QSize(*free), QSize(2, 28)).height() == min(800, free[1] - 28)
