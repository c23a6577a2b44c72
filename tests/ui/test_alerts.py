"""The front-desk alert: raised whenever the answers call for it, once per tier, and the form waits.

The patient is asked to walk to the front desk and told they can finish afterwards, so the alert
screen waits far longer than other steps before it clears (but does clear: a patient sent on to an
emergency room must not leave their answers to the next person); an answer changed from Review that
raises the red-flag tier alerts staff exactly as the safety step would have.
"""

from __future__ import annotations

from pathlib import Path

from kiosk.jobs import Jobs
from kiosk.logic.config import resolve
from kiosk.logic.flow import Step
from kiosk.logic.regions import Group
from kiosk.logic.storage import Store
from kiosk.logic.vocab import Side
from kiosk.ui.demo_patient import fill_sample_until
from kiosk.ui.shell import PatientScreen
from tests.qtfixtures import NOW


def alert_files(window: PatientScreen) -> list[Path]:
    return sorted(window.paths.output_dir.glob("ALERT-*.txt"))


def delivered(qtbot, window: PatientScreen) -> list[Path]:
    """The alert files once the output worker has done what it was given."""
    qtbot.waitUntil(lambda: not window.jobs.busy(), timeout=10_000)
    return alert_files(window)


def alert_window(qtbot, store: Store, tmp_path: Path, *, alert_idle_ms: int) -> PatientScreen:
    """A kiosk at the alert screen, with the usual idle time and countdown at 100 ms."""
    settings, paths = resolve(tmp_path / "data", env={})
    window = PatientScreen(
        store,
        settings,
        paths,
        jobs=Jobs(store, settings, paths),
        clock=lambda: NOW,
        idle_ms=100,
        countdown_ms=100,
        alert_idle_ms=alert_idle_ms,
    )
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    fill_sample_until(window, Step.ALERT, extra_yes=frozenset({"saddle_numbness"}))
    assert window.step is Step.ALERT
    return window


def test_the_alert_screen_waits_far_longer_than_the_usual_idle_time(
    qtbot, store: Store, tmp_path: Path
) -> None:
    window = alert_window(qtbot, store, tmp_path, alert_idle_ms=60_000)
    name = window.draft.first_name
    assert window.idle.timer.isActive() and window.idle.timer.interval() == 60_000
    # Nothing must happen, so there is no condition to wait for: 600 ms is three times the usual
    # idle time and its countdown (100 + 100 ms), after which any other step would have cleared.
    qtbot.wait(600)
    assert window.step is Step.ALERT
    assert not window.still_there.isVisible()
    assert window.draft.first_name == name
    assert store.abandoned_drafts() == []
    window.next.click()
    assert window.step is Step.TREATMENTS
    window.reset_timer.stop()


def test_an_alert_nobody_comes_back_to_clears_like_any_other_step(
    qtbot, store: Store, tmp_path: Path
) -> None:
    window = alert_window(qtbot, store, tmp_path, alert_idle_ms=300)
    # "Are you still there?" first: up for only 100 ms, so seen as it comes up (a loaded machine can
    # spend that between two looks); this slot runs after the window's own, which shows it.
    warned: list[bool] = []
    window.idle.idle.connect(lambda: warned.append(window.still_there.isVisible()))
    qtbot.waitUntil(lambda: window.step is Step.WELCOME, timeout=10_000)
    assert warned == [True]
    assert window.draft.first_name == ""
    assert len(store.abandoned_drafts()) == 1  # staff see it under Unfinished forms, and have the alert file
    assert len(delivered(qtbot, window)) == 1


def test_going_back_to_the_safety_step_does_not_alert_staff_twice(
    qtbot, store: Store, tmp_path: Path
) -> None:
    window = alert_window(qtbot, store, tmp_path, alert_idle_ms=60_000)
    window.next.click()
    assert window.step is Step.TREATMENTS
    window.back.click()
    assert window.step is Step.SAFETY
    window.next.click()  # the same answers: staff already know
    assert window.step is Step.TREATMENTS
    assert len(delivered(qtbot, window)) == 1
    window.reset_timer.stop()


def test_a_red_flag_answered_from_review_alerts_the_front_desk_at_once(qtbot, window: PatientScreen) -> None:
    fill_sample_until(window, Step.REVIEW)
    assert window.step is Step.REVIEW
    assert alert_files(window) == []
    raised: list[str] = []
    window.alert_raised.connect(raised.append)
    window.page(Step.REVIEW).edit_requested.emit(Step.NERVE)
    window.page().questions["weakness_worsening"].choice.button_for(True).click()  # with toe_rise_weak: U2
    window.next.click()
    assert window.step is Step.ALERT
    assert raised == ["urgent"]
    assert len(delivered(qtbot, window)) == 1
    window.next.click()  # the alert interrupted an edit: straight back to Review
    assert window.step is Step.REVIEW
    for step in (Step.NERVE, Step.SAFETY):  # the same tier again: no second alert
        window.page(Step.REVIEW).edit_requested.emit(step)
        window.next.click()
        assert window.step is Step.REVIEW
    assert raised == ["urgent"]
    window.next.click()  # send
    assert window.step is Step.DONE
    assert len(delivered(qtbot, window)) == 1


def test_a_place_added_from_review_alerts_only_on_the_number_the_patient_gives(
    qtbot, window: PatientScreen
) -> None:
    """Until it has a number, the red-flag check counts a new place as 10 (it fails closed), so the
    alert waits for the patient's own number. Cancer with new back pain is urgent (U3) with any back
    pain and raises no flag without it. (Since rule set 1.1, fever with injected drugs is urgent with
    leg pain alone, so it no longer serves here.)"""
    lower_back = ("lower_back", Side.LEFT)

    def toggle_lower_back() -> None:
        page = window.page(Step.MAP)
        page.view_choice.button_for("list").click()
        page.list_chips[Group.BACK].button_for(lower_back).click()

    def edit(step: Step) -> None:
        window.page(Step.REVIEW).edit_requested.emit(step)

    fill_sample_until(window, Step.REVIEW)
    raised: list[str] = []
    window.alert_raised.connect(raised.append)
    edit(Step.MAP)
    toggle_lower_back()  # no back pain after all
    window.next.click()
    edit(Step.SAFETY)
    for answer in ("cancer_history", "back_pain_new"):
        window.page().questions[answer].choice.button_for(True).click()
    window.next.click()
    assert window.step is Step.REVIEW
    assert raised == []  # no spine pain, no flag
    edit(Step.MAP)
    toggle_lower_back()  # back pain after all, no number yet
    window.next.click()
    assert window.step is Step.INTENSITY
    assert raised == []  # not on a number the patient never gave
    card = next(card for card in window.page().cards if card.key == lower_back)
    card.intensity.button_for(0).click()
    window.next.click()
    assert window.step is Step.REVIEW
    assert raised == []  # 0 is no back pain: still no alert
    edit(Step.INTENSITY)
    card.intensity.button_for(4).click()
    window.next.click()
    assert window.step is Step.ALERT
    assert raised == ["urgent"]
