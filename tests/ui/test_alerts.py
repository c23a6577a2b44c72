"""The front-desk alert: raised whenever the answers call for it, and the form waits for the patient.

The patient is asked to walk to the front desk and told they can finish afterwards, so the alert
screen is never wiped for being idle; and an answer changed from Review that raises the red-flag
tier alerts staff exactly as the safety step would have.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from kiosk.logic.config import resolve
from kiosk.logic.flow import Step
from kiosk.logic.storage import Store
from kiosk.ui.demo_patient import complete_sample_intake
from kiosk.ui.shell import KioskWindow
from tests.qtfixtures import NOW


class Reached(Exception):
    """Stops the sample patient at a step."""


def stop_at(target: Step):
    def check(step: Step) -> None:
        if step is target:
            raise Reached

    return check


def alert_files(window: KioskWindow) -> list[Path]:
    return sorted(window.paths.output_dir.glob("ALERT-*.txt"))


def test_the_alert_screen_waits_for_the_patient_however_long_they_are_away(
    qtbot, store: Store, tmp_path: Path
) -> None:
    settings, paths = resolve(tmp_path / "data", env={})
    window = KioskWindow(store, settings, paths, clock=lambda: NOW, idle_ms=100, countdown_ms=100)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    with contextlib.suppress(Reached):
        complete_sample_intake(
            window, before_next=stop_at(Step.ALERT), extra_yes=frozenset({"saddle_numbness"})
        )
    assert window.step is Step.ALERT
    name = window.draft.first_name
    qtbot.wait(600)  # far past the idle time and its countdown
    assert window.step is Step.ALERT
    assert not window.still_there.isVisible()
    assert window.draft.first_name == name
    assert store.abandoned_drafts() == []
    window.next.click()
    assert window.step is Step.TREATMENTS
    window.reset_timer.stop()


def test_a_red_flag_answered_from_review_alerts_the_front_desk_at_once(qtbot, window: KioskWindow) -> None:
    with contextlib.suppress(Reached):
        complete_sample_intake(window, before_next=stop_at(Step.REVIEW))
    assert window.step is Step.REVIEW
    assert alert_files(window) == []
    raised: list[str] = []
    window.alert_raised.connect(raised.append)
    window.page(Step.REVIEW).edit_requested.emit(Step.NERVE)
    window.page().questions["weakness_worsening"].choice.button_for(True).click()  # with toe_rise_weak: U2
    window.next.click()
    assert window.step is Step.ALERT
    assert raised == ["urgent"]
    assert len(alert_files(window)) == 1
    window.next.click()
    assert window.step is Step.TREATMENTS
    window.next.click()
    assert window.step is Step.REVIEW
    window.page(Step.REVIEW).edit_requested.emit(Step.NERVE)  # the same tier again: no second alert
    window.next.click()
    assert window.step is Step.REVIEW
    assert raised == ["urgent"]
    window.next.click()  # send
    assert window.step is Step.DONE
    assert len(alert_files(window)) == 1
