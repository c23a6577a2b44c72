"""The text sizes and high contrast through the style sheet, gone for the next patient (that the switch is
on every screen is checked with the touch targets)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette

from kiosk.logic.flow import Step
from kiosk.ui.shell import PatientScreen
from kiosk.ui.theme import LARGEST_PX, NOT_SCALED, Look, TextSize, scale_fonts, style_sheet
from tests.ui import fingers


def test_sizes_scale_every_font_up_to_a_ceiling_but_not_the_switch_itself() -> None:
    sheet = "A { font-size: 20px; } B { font-size: 32px; }\n" + NOT_SCALED + " */ C { font-size: 18px; }"
    assert scale_fonts(sheet, 1.5) == sheet.replace("20px", "30px").replace("32px", f"{LARGEST_PX}px")
    assert "font-size: 25px" in style_sheet(Look(TextSize.LARGE))
    assert "#ffff00" in style_sheet(Look(high_contrast=True))
    assert "#ffff00" not in style_sheet(Look())


def test_a_plus_plus_and_high_contrast_change_the_real_widgets_and_reset_undoes_them(
    window: PatientScreen,
) -> None:
    window.next.click()
    about = window.page(Step.ABOUT)
    label = about.findChildren(type(window.title))[0]
    normal = label.font().pixelSize()
    window.look_switch.sizes.button_for(TextSize.LARGEST).click()
    assert label.font().pixelSize() == round(normal * 1.5)
    assert window.title.font().pixelSize() == LARGEST_PX
    window.look_switch.contrast.click()
    assert window.look == Look(TextSize.LARGEST, high_contrast=True)
    assert label.palette().color(QPalette.ColorRole.WindowText).name() == "#ffffff"
    window.reset()
    assert window.look == Look()
    assert window.styleSheet() == ""
    assert label.font().pixelSize() == normal
    assert window.look_switch.look() == Look()
    assert not window.look_switch.contrast.isChecked()
    assert window.look_switch.sizes.value() is None


def test_the_three_sizes_are_one_letter_drawn_small_bigger_and_biggest(window: PatientScreen) -> None:
    """Nothing to read on the size buttons (the model of patient time counts "A+" as a word on
    every page): the same letter at three sizes, and the screen reader names each."""
    buttons = [window.look_switch.sizes.button_for(size) for size in TextSize]
    assert {button.text() for button in buttons} == {"A"}
    sizes = [button.font().pixelSize() for button in buttons]
    assert sizes == sorted(sizes) and len(set(sizes)) == 3, sizes
    assert sizes[-1] - sizes[0] >= 12, sizes
    assert [button.accessibleName() for button in buttons] == [
        "Text size: normal",
        "Text size: large",
        "Text size: largest",
    ]


@pytest.mark.parametrize("size", [(1280, 800), (800, 1280)], ids=["landscape", "portrait"])
def test_a_finger_on_the_biggest_a_makes_the_page_bigger_and_on_the_smallest_normal_again(
    window: PatientScreen, size: tuple[int, int]
) -> None:
    window.resize(*size)
    window.next.click()
    label = window.page(Step.ABOUT).findChildren(type(window.title))[0]
    normal = label.font().pixelSize()
    fingers.tap(window.look_switch.sizes.button_for(TextSize.LARGEST))
    assert window.look.size is TextSize.LARGEST
    assert label.font().pixelSize() == round(normal * 1.5)
    fingers.tap(window.look_switch.sizes.button_for(TextSize.NORMAL))
    assert window.look.size is TextSize.NORMAL and label.font().pixelSize() == normal
