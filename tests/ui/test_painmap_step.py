"""The map step: a tap opens how much and what it feels like; the list reads each choice back."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from kiosk.logic import palette
from kiosk.logic.flow import Step
from kiosk.logic.regions import Group, View
from kiosk.logic.vocab import Quality, Side
from kiosk.ui.shell import PatientScreen
from tests.ui.driving import go_to_map, tap


def readback(window: PatientScreen) -> list[str]:
    page = window.page(Step.MAP)
    rows = [page.readback.itemAt(i).widget() for i in range(page.readback.count())]
    return [(row if isinstance(row, QLabel) else row.findChildren(QLabel)[0]).text() for row in rows if row]


def test_a_tap_opens_strength_and_feel_and_the_list_reads_it_back(qtbot, window: PatientScreen) -> None:
    go_to_map(window)
    page = window.page()
    tap(qtbot, window, View.SOLES, "heel_bottom", Side.LEFT)
    assert page.side_panel.currentIndex() == 1
    assert page.editor.place.text() == "Your LEFT bottom of heel"
    page.editor.intensity.button_for(7).click()
    page.editor.qualities.button_for(Quality.BURNING).click()
    page.editor.done.click()
    assert page.side_panel.currentIndex() == 0
    assert readback(window) == ["Your LEFT bottom of heel: 7 of 10, burning"]
    assert page.maps[View.SOLES].marks() == {("heel_bottom", Side.LEFT): 7}
    window.next.click()
    assert window.step is Step.PATTERN  # every place has its number already


def test_tapping_a_marked_place_again_changes_or_removes_it(qtbot, window: PatientScreen) -> None:
    go_to_map(window)
    page = window.page()
    tap(qtbot, window, View.BACK, "calf", Side.RIGHT)
    page.editor.intensity.button_for(4).click()
    page.editor.done.click()
    tap(qtbot, window, View.BACK, "calf", Side.RIGHT)
    assert page.editor.intensity.value() == 4
    page.editor.remove.click()
    assert readback(window) == []
    assert page.marked_heading.isHidden()  # nothing marked: no empty list under a heading
    assert window.draft.pain == {}
    assert not window.next.isEnabled()


def test_the_list_is_a_full_alternative_to_the_picture(qtbot, window: PatientScreen) -> None:
    go_to_map(window)
    page = window.page()
    page.view_choice.button_for("list").click()
    chip = page.list_chips[Group.LEG].button_for(("calf", Side.LEFT))
    assert chip.accessibleName() == "Hips and legs: Your LEFT calf"
    chip.click()
    assert readback(window) == ["Your LEFT calf"]
    assert page.maps[View.BACK].marks() == {("calf", Side.LEFT): None}
    window.next.click()
    assert window.step is Step.INTENSITY


def test_the_colour_key_shows_every_strength_with_its_colour(qtbot, window: PatientScreen) -> None:
    go_to_map(window)
    legend = window.page().legend
    image = legend.grab().toImage()
    for intensity in (0, 5, 10):
        box = legend.swatch(intensity)
        probe = image.pixelColor(int(box.left() + 4), int(box.top() + 4))
        assert probe.name() == palette.intensity_fill(intensity)


def test_the_way_back_does_not_read_like_the_maps_back_view(window: PatientScreen) -> None:
    """ "Back" names both the view of the body from behind and the way to the last step, close to
    each other on the left: the way back carries an arrow, and is still called "Back" aloud."""
    go_to_map(window)
    view = window.page().view_choice.button_for(View.BACK)
    assert view.text() == "Back"
    assert window.back.text() == "← Back" and window.back.accessibleName() == "Back"
