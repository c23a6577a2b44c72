"""About you: what the patient chose is what they see again when they come Back."""

from __future__ import annotations

from kiosk.logic.flow import Step
from kiosk.logic.vocab import Sex
from kiosk.ui.shell import PatientScreen
from kiosk.ui.steps.about import AboutPage
from tests.ui.driving import go_to_map


def test_i_d_rather_not_say_stays_chosen_after_back_and_skipping_stays_unanswered(
    window: PatientScreen,
) -> None:
    go_to_map(window)  # sex skipped
    window.back.click()
    about = window.page(Step.ABOUT)
    assert about.sex.value() is None
    about.sex.button_for(Sex.UNSPECIFIED).click()
    window.next.click()
    window.back.click()
    assert window.step is Step.ABOUT
    assert about.sex.value() is Sex.UNSPECIFIED
    assert about.sex.button_for(Sex.UNSPECIFIED).isChecked()
    assert window.draft.record_dict(window.clock())["patient"]["sex"] == "unspecified"


def test_a_pasted_name_keeps_its_letters_and_drops_invisible_direction_or_line_characters(
    window: PatientScreen,
) -> None:
    """The record refuses such characters (they reorder or split a name on the staff screen and the
    PDF); the field drops them, so a patient is never stopped at Send by something they cannot see."""
    pasted = "Zo\u202eë\u2028"
    go_to_map(window)
    window.back.click()
    about = window.page(Step.ABOUT)
    assert isinstance(about, AboutPage)
    about.first_name.setText(pasted)
    window.next.click()
    assert window.draft.first_name == "Zoë"
    assert window.draft.record_dict(window.clock())["patient"]["first_name"] == "Zoë"
