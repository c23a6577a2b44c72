"""Every control says what it is to a screen reader, through Qt's accessibility interface."""

from __future__ import annotations

from PySide6.QtGui import QAccessible

from kiosk.logic.flow import Step
from kiosk.logic.questions import QUESTIONS_BY_ID
from kiosk.ui.shell import PatientScreen
from kiosk.ui.steps.questions import QuestionsPage
from kiosk.ui.widgets import translate
from tests.ui.screens import controls, describe, walk


def name_of(widget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name).strip()


def test_every_control_on_every_screen_has_an_accessible_name(window: PatientScreen) -> None:
    nameless: dict[str, list[str]] = {}

    def check(screen: str) -> None:
        for control in controls(window):
            if not name_of(control):
                nameless.setdefault(screen, []).append(describe(control))

    walk(window, check)
    assert nameless == {}


def test_yes_and_no_name_their_question_and_carry_its_help_as_description(window: PatientScreen) -> None:
    page = window.page(Step.PATTERN)
    assert isinstance(page, QuestionsPage)
    row = page.questions["first_steps_pain_eases"]
    question = QUESTIONS_BY_ID["first_steps_pain_eases"]
    yes = row.choice.button_for(True)
    assert name_of(yes) == f"{translate('questions', question.text)}: Yes"
    interface = QAccessible.queryAccessibleInterface(yes)
    assert interface.text(QAccessible.Text.Description) == question.help


def test_the_next_button_explains_why_it_is_not_ready(window: PatientScreen) -> None:
    window.next.click()
    assert window.step is Step.ABOUT
    assert not window.next.isEnabled()
    assert "first name" in window.next.accessibleDescription()


def test_a_choice_of_one_is_told_as_radio_buttons_and_a_choice_of_several_as_check_boxes(window) -> None:
    from PySide6.QtGui import QAccessible

    from kiosk.logic.flow import Step
    from kiosk.ui.demo_patient import fill_sample_until

    fill_sample_until(window, Step.INTENSITY)
    card = window.page().cards[0]
    one = QAccessible.queryAccessibleInterface(card.intensity.button_for(7))
    assert one.role() == QAccessible.Role.RadioButton
    assert one.state().checkable and one.state().checked
    assert not QAccessible.queryAccessibleInterface(card.intensity.button_for(6)).state().checked
    several = QAccessible.queryAccessibleInterface(next(iter(card.qualities._buttons.values())))
    assert several.role() == QAccessible.Role.CheckBox
    four = QAccessible.queryAccessibleInterface(card.intensity.button_for(4))
    four.actionInterface().doAction(four.actionInterface().pressAction())
    assert card.intensity.value() == 4, "pressing a radio button through the interface chooses it"


def test_what_is_still_missing_is_announced_when_it_changes(window, monkeypatch) -> None:
    from kiosk.ui import shell

    said: list[str] = []
    monkeypatch.setattr(shell.QAccessible, "isActive", lambda: True)
    monkeypatch.setattr(shell.QAccessible, "updateAccessibility", lambda event: said.append(event.message()))
    monkeypatch.setattr(shell, "QAccessibleAnnouncementEvent", _Announcement)
    window.next.click()  # About you: names and date still to give
    assert said and "first name" in said[-1]
    count = len(said)
    window._update()  # nothing changed: nothing is said again
    assert len(said) == count
    window.page().first_name.setText("Ana")
    assert len(said) == count + 1 and "first name" not in said[-1]


class _Announcement:
    def __init__(self, _widget, message: str) -> None:
        self._message = message

    def message(self) -> str:
        return self._message


def test_radio_semantics_hold_when_a_screen_reader_is_already_listening(qtbot) -> None:
    """With a screen reader on, Qt makes a button's interface the moment its name is set and keeps
    it: the radio role must be asked for before that (a real AT-SPI client heard check boxes)."""
    from PySide6.QtGui import QAccessible

    from kiosk.ui.widgets import ChoiceGroup

    QAccessible.setActive(True)
    try:
        group = ChoiceGroup([(1, "One"), (2, "Two")], name="How many")
        qtbot.addWidget(group)
        face = QAccessible.queryAccessibleInterface(group.button_for(1))
        assert face.role() == QAccessible.Role.RadioButton
    finally:
        QAccessible.setActive(False)
