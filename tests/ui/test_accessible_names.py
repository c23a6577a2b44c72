"""Every control says what it is to a screen reader, through Qt's accessibility interface."""

from __future__ import annotations

from PySide6.QtGui import QAccessible

from kiosk.logic.flow import Step
from kiosk.logic.questions import QUESTIONS_BY_ID
from kiosk.ui.shell import KioskWindow
from kiosk.ui.steps.questions import QuestionsPage
from kiosk.ui.widgets import translate
from tests.ui.screens import controls, describe, walk


def name_of(widget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name).strip()


def test_every_control_on_every_screen_has_an_accessible_name(window: KioskWindow) -> None:
    nameless: dict[str, list[str]] = {}

    def check(screen: str) -> None:
        for control in controls(window):
            if not name_of(control):
                nameless.setdefault(screen, []).append(describe(control))

    walk(window, check)
    assert nameless == {}


def test_yes_and_no_name_their_question_and_carry_its_help_as_description(window: KioskWindow) -> None:
    page = window.page(Step.PATTERN)
    assert isinstance(page, QuestionsPage)
    row = page.questions["first_steps_pain_eases"]
    question = QUESTIONS_BY_ID["first_steps_pain_eases"]
    yes = row.choice.button_for(True)
    assert name_of(yes) == f"{translate('questions', question.text)}: Yes"
    interface = QAccessible.queryAccessibleInterface(yes)
    assert interface.text(QAccessible.Text.Description) == question.help


def test_the_next_button_explains_why_it_is_not_ready(window: KioskWindow) -> None:
    window.next.click()
    assert window.step is Step.ABOUT
    assert not window.next.isEnabled()
    assert "first name" in window.next.accessibleDescription()
