"""Big, touch-first controls shared by the steps, one idea per module.

Every control is at least `TOUCH` logical pixels high and carries an accessible name, so the screen
reader and the keyboard path match the touch path. Button words wrap instead of being cut off, and
groups of buttons drop to fewer columns when the words grow (large text, Spanish).
"""

from kiosk.ui.widgets.base import TOUCH, body_text, centred_message, clear_layout, heading, translate
from kiosk.ui.widgets.choices import ChipGroup, ChoiceGroup, YesNoQuestion
from kiosk.ui.widgets.date_pad import DateOfBirthPicker
from kiosk.ui.widgets.responsive_grid import ResponsiveGrid
from kiosk.ui.widgets.touch import enable_finger_scrolling, scrolling_column
from kiosk.ui.widgets.wrap_button import WrapButton, big_button, wrap_words

__all__ = [
    "TOUCH",
    "ChipGroup",
    "ChoiceGroup",
    "DateOfBirthPicker",
    "ResponsiveGrid",
    "WrapButton",
    "YesNoQuestion",
    "big_button",
    "body_text",
    "centred_message",
    "clear_layout",
    "enable_finger_scrolling",
    "heading",
    "scrolling_column",
    "translate",
    "wrap_words",
]
