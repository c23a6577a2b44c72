"""A whole intake with the keyboard alone: Tab, the arrow keys, Space, Enter and typing, no pointer.

Every key goes to the widget that has the focus, as on a real keyboard. The test only knows which
control it wants next; reaching it by Tab and operating it by key is what is being proven.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from kiosk.logic.flow import Step
from kiosk.logic.regions import Group
from kiosk.logic.vocab import Duration, Onset, Quality, Relief, Sex, Side, TreatmentId
from kiosk.ui.shell import PatientScreen
from kiosk.ui.widgets import ChoiceGroup

LIMIT = 300  # Tab presses before a control counts as unreachable


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key: Qt.Key) -> None:
    qtbot.keyClick(focused(), key)


def tab_until(qtbot, reached, what: str) -> None:
    for _ in range(LIMIT):
        if reached(focused()):
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {what}")


def tab_to(qtbot, target: QWidget) -> None:
    tab_until(qtbot, lambda widget: widget is target, repr(target.accessibleName()))


def choose(qtbot, group: ChoiceGroup, value: object) -> None:
    """Tab into a group of answers, move with the arrow keys, and press Space."""
    buttons = group.buttons()
    target = group.button_for(value)
    tab_until(qtbot, lambda widget: widget in buttons, repr(group.accessibleName()))
    for _ in range(2 * len(buttons)):
        current = focused()
        if current is target:
            break
        assert isinstance(current, QAbstractButton)
        if current.y() != target.y():
            press(qtbot, Qt.Key.Key_Down if target.y() > current.y() else Qt.Key.Key_Up)
        else:
            press(qtbot, Qt.Key.Key_Right if target.x() > current.x() else Qt.Key.Key_Left)
    assert focused() is target
    press(qtbot, Qt.Key.Key_Space)
    assert group.value() == value


def toggle(qtbot, button: QAbstractButton) -> None:
    tab_to(qtbot, button)
    press(qtbot, Qt.Key.Key_Space)
    assert button.isChecked()


def type_into(qtbot, field: QWidget, text: str) -> None:
    tab_to(qtbot, field)
    qtbot.keyClicks(field, text)


def enter_next(qtbot, window: PatientScreen, expected: Step) -> None:
    assert window.next.isEnabled(), window.problems.text()
    tab_to(qtbot, window.next)
    press(qtbot, Qt.Key.Key_Return)
    assert window.step is expected


def test_a_patient_completes_the_whole_intake_with_the_keyboard_alone(
    qtbot, window: PatientScreen, tmp_path: Path
) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert focused() is window.title  # a new screen is read from its title

    choose(qtbot, window.page(Step.WELCOME).languages, "en")
    enter_next(qtbot, window, Step.ABOUT)

    about = window.page()
    type_into(qtbot, about.first_name, "Ana")
    type_into(qtbot, about.last_name, "Keys")
    born = about.date_of_birth
    choose(qtbot, born.decades, 1970)
    choose(qtbot, born.year_grid(1970), 1974)
    choose(qtbot, born.months, 7)
    choose(qtbot, born.days, 9)
    choose(qtbot, about.sex, Sex.FEMALE)
    enter_next(qtbot, window, Step.MAP)

    painmap = window.page()
    choose(qtbot, painmap.view_choice, "list")
    toggle(qtbot, painmap.list_chips[Group.FOOT].button_for(("heel_bottom", Side.LEFT)))
    toggle(qtbot, painmap.list_chips[Group.LEG].button_for(("calf", Side.LEFT)))
    enter_next(qtbot, window, Step.INTENSITY)

    heel, calf = window.page().cards
    choose(qtbot, heel.intensity, 7)
    toggle(qtbot, heel.qualities.button_for(Quality.BURNING))
    choose(qtbot, calf.intensity, 4)
    enter_next(qtbot, window, Step.PATTERN)

    pattern = window.page()
    choose(qtbot, pattern.duration, Duration.MONTHS_3_TO_6)
    choose(qtbot, pattern.onset, Onset.GRADUAL)
    choose(qtbot, pattern.stiffness, 15)
    for answer_id, row in pattern.questions.items():
        choose(qtbot, row.choice, answer_id == "first_steps_pain_eases")
    enter_next(qtbot, window, Step.NERVE)
    for row in window.page().questions.values():
        if row.isVisible():  # the weakness follow-up waits for a yes
            choose(qtbot, row.choice, False)
    enter_next(qtbot, window, Step.SAFETY)
    for row in window.page().questions.values():
        choose(qtbot, row.choice, False)
    enter_next(qtbot, window, Step.TREATMENTS)

    ice = window.page().rows[TreatmentId.ICE]
    toggle(qtbot, ice.tried)
    choose(qtbot, ice.relief, Relief.A_LITTLE)
    enter_next(qtbot, window, Step.REVIEW)

    with qtbot.waitSignal(window.submitted):
        enter_next(qtbot, window, Step.DONE)
    with sqlite3.connect(tmp_path / "data" / "kiosk.sqlite3") as raw:
        stored = json.loads(raw.execute("SELECT record_json FROM intake").fetchone()[0])
    assert stored["patient"]["first_name"] == "Ana"
    assert stored["patient"]["date_of_birth"] == "1974-07-09"
    assert stored["patient"]["sex"] == "female"
    assert [(p["region"], p["intensity"]) for p in stored["pain"]] == [("heel_bottom", 7), ("calf", 4)]
    assert stored["pain"][0]["qualities"] == ["burning"]
    assert stored["answers"]["first_steps_pain_eases"] is True
    assert stored["answers"]["morning_stiffness_minutes"] == 15
    assert stored["treatments"] == [{"treatment": "ice", "relief": "a_little", "count": 1}]
