"""The date of birth pad: a typical date in four taps, read back in words, impossible dates refused."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QAccessible

from kiosk.logic.flow import Step
from kiosk.logic.vocab import Language
from kiosk.ui.widgets.date_pad import DateOfBirthPicker, Part
from tests.ui import fingers

TODAY = date(2026, 11, 25)


@pytest.fixture
def pad(qtbot) -> DateOfBirthPicker:
    picker = DateOfBirthPicker(TODAY)
    qtbot.addWidget(picker)
    picker.resize(900, 500)
    picker.show()
    return picker


def test_a_typical_date_takes_four_taps_and_is_read_back_in_words(qtbot, pad: DateOfBirthPicker):
    born = date(1971, 3, 14)
    taps = 0
    with qtbot.waitSignal(pad.changed):
        for button in pad.buttons_for(born):
            assert button.isVisible()
            fingers.tap(button)
            taps += 1
    assert taps == 4
    assert pad.value() == born
    assert pad.readback.text() == "14 March 1971: 55 years old"
    assert [b.text() for b in pad.part_buttons.values()] == ["March", "14", "1971"]
    assert not pad.grids.isVisible(), "a complete date leaves no grid open"


def test_every_year_of_the_last_120_can_be_reached_and_no_later_one(pad: DateOfBirthPicker):
    decades = [b.text() for b in pad.decades.buttons()]
    assert decades[0] == "2020–2029" and decades[-1] == "1900–1909"
    years = {y for decade in range(1900, 2030, 10) for y in pad.year_grid(decade)._values}
    assert years == set(range(TODAY.year - 120, TODAY.year + 1))


def test_a_day_the_new_month_lacks_is_refused_with_a_reason(qtbot, pad: DateOfBirthPicker):
    for button in pad.buttons_for(date(1980, 1, 31)):
        fingers.tap(button)
    fingers.tap(pad.part_buttons[Part.MONTH])
    fingers.tap(pad.months.button_for(4))
    assert pad.value() is None
    assert pad.note.isVisible() and pad.note.text() == "April has only 30 days. Please choose the day again."
    assert pad.grids.currentWidget() is pad.days
    assert not pad.days.button_for(31).isVisible() and pad.days.button_for(30).isVisible()
    fingers.tap(pad.days.button_for(30))
    assert pad.value() == date(1980, 4, 30) and not pad.note.isVisible()


def test_29_february_of_a_common_year_and_days_to_come_are_refused(qtbot, pad: DateOfBirthPicker):
    for button in pad.buttons_for(date(1972, 2, 29)):
        fingers.tap(button)
    assert pad.value() == date(1972, 2, 29)
    fingers.tap(pad.part_buttons[Part.YEAR])
    fingers.tap(pad.decades.button_for(1970))
    fingers.tap(pad.year_grid(1970).button_for(1971))
    assert pad.value() is None
    assert pad.note.text() == "1971 had no 29 February. Please choose the day again."
    fingers.tap(pad.part_buttons[Part.YEAR])
    fingers.tap(pad.decades.button_for(2020))
    fingers.tap(pad.year_grid(2020).button_for(2026))
    assert pad.grids.currentWidget() is pad.days, "the month is kept: the day is asked"
    fingers.tap(pad.part_buttons[Part.MONTH])
    fingers.tap(pad.months.button_for(11))
    assert pad.days.button_for(25).isVisible() and not pad.days.button_for(26).isVisible()


def test_the_parts_follow_the_language(qtbot, window) -> None:
    window.set_language(Language.ES)
    window.next.click()
    pad = window.page().date_of_birth
    assert [b.text() for b in pad.part_buttons.values()] == ["Día", "Mes", "Año"]
    for button in pad.buttons_for(date(1971, 3, 14)):
        button.click()
    assert pad.readback.text() == "14 de marzo de 1971: 55 años"


def test_a_screen_reader_can_set_the_date_through_the_accessibility_interface(qtbot, pad: DateOfBirthPicker):
    for button in pad.buttons_for(date(1950, 6, 2)):
        face = QAccessible.queryAccessibleInterface(button)
        assert face is not None and face.text(QAccessible.Text.Name)
        with qtbot.waitSignal(button.clicked):  # the press action clicks after a short animation
            face.actionInterface().doAction(face.actionInterface().pressAction())
    assert pad.value() == date(1950, 6, 2)
    face = QAccessible.queryAccessibleInterface(pad.part_buttons[Part.MONTH])
    assert face.text(QAccessible.Text.Name) == "Month: June"


def test_on_about_you_a_refused_day_empties_the_draft_and_blocks_next_until_chosen_again(window) -> None:
    window.next.click()
    about = window.page(Step.ABOUT)
    about.first_name.setText("Ana")
    about.last_name.setText("Ruiz")
    pad = about.date_of_birth
    for button in pad.buttons_for(date(1961, 1, 31)):
        button.click()
    assert window.next.isEnabled()
    assert window.draft.date_of_birth == date(1961, 1, 31)
    pad.part_buttons[Part.MONTH].click()
    pad.months.button_for(6).click()
    assert pad.note.isVisibleTo(pad) and "June has only 30 days" in pad.note.text()
    assert pad.value() is None and window.draft.date_of_birth is None
    assert not window.next.isEnabled()
    assert [d for d in range(1, 32) if pad.days.button_for(d).isVisibleTo(pad)] == list(range(1, 31))
    pad.days.button_for(30).click()
    assert not pad.note.isVisibleTo(pad)
    assert window.next.isEnabled() and window.draft.date_of_birth == date(1961, 6, 30)
