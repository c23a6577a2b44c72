"""Between two patients nothing of the first may be seen: idle wipe, Done reset, and a crash."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QComboBox, QLabel, QLineEdit, QWidget

from kiosk.jobs import Jobs
from kiosk.logic.config import resolve
from kiosk.logic.draft import IntakeDraft
from kiosk.logic.flow import Step
from kiosk.logic.storage import Store
from kiosk.ui.demo_patient import PATIENT, complete_sample_intake
from kiosk.ui.shell import PatientScreen
from tests.qtfixtures import NOW

SECRET_FIRST, SECRET_LAST, _BORN = PATIENT


def visible_texts(root: QWidget) -> list[str]:
    texts = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit | QLabel):
            texts.append(widget.text())
        if isinstance(widget, QComboBox):
            texts.append(widget.currentText())
        texts.append(widget.accessibleName())
    return texts


def fill_about_you(window: PatientScreen) -> None:
    window.next.click()
    about = window.page()
    about.first_name.setText(SECRET_FIRST)
    about.last_name.setText(SECRET_LAST)
    about.date_of_birth.set_value(_BORN)
    about.date_of_birth.changed.emit()
    window.next.click()
    assert window.step is Step.MAP


def leaks(window: PatientScreen) -> list[str]:
    return [t for t in visible_texts(window) if SECRET_FIRST in t or SECRET_LAST in t]


def checked_answers(window: PatientScreen) -> list[str]:
    """Pressed buttons other than the map's view switch (which is not an answer)."""
    views = set(window.page(Step.MAP).view_choice.buttons())
    return [
        b.accessibleName() for b in window.findChildren(QAbstractButton) if b.isChecked() and b not in views
    ]


def idle_window(qtbot, store: Store, tmp_path, *, countdown_ms: int) -> PatientScreen:
    """A shown kiosk that asks "Are you still there?" after 40 ms without a touch."""
    settings, paths = resolve(tmp_path / "idle", env={})
    window = PatientScreen(
        store,
        settings,
        paths,
        jobs=Jobs(store, settings, paths),
        clock=lambda: NOW,
        idle_ms=40,
        countdown_ms=countdown_ms,
    )
    qtbot.addWidget(window)
    window.show()
    return window


def test_idle_warning_then_wipe_clears_every_widget(qtbot, store: Store, tmp_path) -> None:
    window = idle_window(qtbot, store, tmp_path, countdown_ms=60)
    # The warning is up for 60 ms only, which a loaded machine can spend between two looks, so what
    # it shows is read as it comes up (this slot runs after the window's own, which shows it).
    warned: list[tuple[bool, str]] = []
    window.idle.idle.connect(
        lambda: warned.append((window.still_there.isVisible(), window.still_there.question.text()))
    )
    fill_about_you(window)
    draft_id = window.draft.id
    assert leaks(window)
    assert warned == []
    qtbot.waitUntil(lambda: window.step is Step.WELCOME, timeout=10_000)
    assert len(warned) == 1 and warned[0][0] and "still there" in warned[0][1], warned
    assert not window.still_there.isVisible()
    assert leaks(window) == []
    assert store.load_draft(draft_id) is None
    with sqlite3.connect(tmp_path / "data" / "kiosk.sqlite3") as raw:
        status = raw.execute("SELECT status FROM draft WHERE id = ?", (draft_id,)).fetchone()
    assert status == ("abandoned",)
    assert window.draft.first_name == ""


def test_im_still_here_keeps_the_answers(qtbot, store: Store, tmp_path) -> None:
    window = idle_window(qtbot, store, tmp_path, countdown_ms=5000)
    fill_about_you(window)
    qtbot.waitUntil(window.still_there.isVisible, timeout=10_000)
    window.still_there.still_here.click()
    assert not window.still_there.isVisible()
    assert window.step is Step.MAP
    assert window.draft.first_name == SECRET_FIRST
    window.reset()


def test_after_done_the_kiosk_resets_itself_and_shows_nothing_of_the_patient(
    qtbot, window: PatientScreen
) -> None:
    complete_sample_intake(window)
    assert window.step is Step.DONE
    qtbot.waitUntil(lambda: window.step is Step.WELCOME, timeout=10_000)
    assert leaks(window) == []
    assert checked_answers(window) == []


def test_back_after_reset_cannot_reach_the_previous_answers(qtbot, window: PatientScreen) -> None:
    fill_about_you(window)
    window.reset()
    window.next.click()
    assert window.step is Step.ABOUT
    assert leaks(window) == []
    window.back.click()
    assert window.step is Step.WELCOME


def test_a_draft_left_by_a_crash_is_never_loaded_for_the_next_patient(store: Store) -> None:
    draft = IntakeDraft(first_name=SECRET_FIRST, last_name=SECRET_LAST)
    store.save_draft(draft)
    assert store.abandon_open_drafts() == 1
    assert store.open_drafts() == []


def test_the_next_patient_starts_every_long_page_at_the_top(qtbot, window: PatientScreen) -> None:
    complete_sample_intake(window)
    scrolled = []
    for step in Step:
        for area in window.page(step).findChildren(QAbstractScrollArea):
            bar = area.verticalScrollBar()
            bar.setValue(bar.maximum())
            if bar.maximum():
                scrolled.append(bar)
    assert len(scrolled) >= 3  # the question pages, treatments and review are taller than the screen
    window.reset()
    assert [bar.value() for bar in scrolled] == [0] * len(scrolled)
