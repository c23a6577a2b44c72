"""The intensity step keeps each place's card between visits, in the order the places were marked,
and keeps nothing of a patient once the kiosk is reset."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication

from kiosk.logic.flow import Step
from kiosk.logic.regions import Group, View
from kiosk.logic.vocab import Quality, Side
from kiosk.ui.shell import PatientScreen
from kiosk.ui.steps.intensity import MarkCard
from tests.ui.driving import go_to_map, tap

HEEL = ("heel_bottom", Side.LEFT)
CALF = ("calf", Side.LEFT)
THIGH = ("back_thigh", Side.LEFT)
GROUPS = {HEEL: Group.FOOT, CALF: Group.LEG, THIGH: Group.LEG}


def toggle_in_list(window: PatientScreen, *keys: tuple[str, Side]) -> None:
    page = window.page(Step.MAP)
    page.view_choice.button_for("list").click()
    for key in keys:
        page.list_chips[GROUPS[key]].button_for(key).click()


def to_intensity(window: PatientScreen) -> list[MarkCard]:
    window.next.click()
    assert window.step is Step.INTENSITY
    return window.page().cards


def nothing_chosen(card: MarkCard) -> bool:
    return card.intensity.value() is None and not card.qualities.values()


def heel_and_calf_answered(window: PatientScreen) -> list[MarkCard]:
    """Two places marked on the map, on the Intensity step: heel 7 and burning, calf 4."""
    go_to_map(window)
    toggle_in_list(window, HEEL, CALF)
    heel, calf = to_intensity(window)
    heel.intensity.button_for(7).click()
    heel.qualities.button_for(Quality.BURNING).click()
    calf.intensity.button_for(4).click()
    return [heel, calf]


def test_coming_back_keeps_each_card_and_its_answers_and_adds_the_new_place_last(
    qtbot, window: PatientScreen
) -> None:
    heel, calf = heel_and_calf_answered(window)
    window.back.click()
    toggle_in_list(window, THIGH)
    with qtbot.assertNotEmitted(window.page(Step.INTENSITY).changed):  # showing answers changes none
        cards = to_intensity(window)
    assert [card.key for card in cards] == [HEEL, CALF, THIGH]
    assert cards[0] is heel
    assert cards[1] is calf
    assert (heel.intensity.value(), heel.qualities.values()) == (7, {Quality.BURNING})
    assert (calf.intensity.value(), calf.qualities.values()) == (4, set())
    assert nothing_chosen(cards[2])
    qtbot.waitUntil(lambda: heel.y() < calf.y() < cards[2].y())  # on screen in the same order


def test_a_change_made_on_the_map_shows_on_the_kept_card(qtbot, window: PatientScreen) -> None:
    go_to_map(window)
    toggle_in_list(window, HEEL, CALF)
    heel, calf = to_intensity(window)
    heel.intensity.button_for(7).click()
    calf.intensity.button_for(4).click()
    window.back.click()
    map_page = window.page(Step.MAP)
    tap(qtbot, window, View.SOLES, *HEEL)
    map_page.editor.intensity.button_for(2).click()
    map_page.editor.qualities.button_for(Quality.ACHING).click()
    map_page.editor.done.click()
    window.next.click()
    assert window.step is Step.PATTERN  # every place has its number, so the map skips ahead
    window.back.click()
    assert window.page().cards == [heel, calf]
    assert (heel.intensity.value(), heel.qualities.values()) == (2, {Quality.ACHING})
    assert calf.intensity.value() == 4


def test_a_place_removed_on_the_map_loses_its_card(qtbot, window: PatientScreen) -> None:
    go_to_map(window)
    toggle_in_list(window, HEEL, CALF)
    heel, calf = to_intensity(window)
    window.back.click()
    toggle_in_list(window, CALF)
    assert to_intensity(window) == [heel]
    page = window.page()
    assert page.findChildren(MarkCard) == [heel]
    qtbot.waitUntil(lambda: not shiboken6.isValid(calf))


def test_a_place_marked_again_comes_last_on_screen_and_for_the_tab_key(qtbot, window: PatientScreen) -> None:
    go_to_map(window)
    toggle_in_list(window, HEEL, CALF)
    heel, calf = to_intensity(window)
    calf.intensity.button_for(4).click()
    window.back.click()
    toggle_in_list(window, HEEL, HEEL)  # off and on again: now marked after the calf
    cards = to_intensity(window)
    assert [card.key for card in cards] == [CALF, HEEL]
    assert cards[0] is calf
    assert calf.intensity.value() == 4
    assert nothing_chosen(cards[1])
    qtbot.waitUntil(lambda: not shiboken6.isValid(heel))  # its old card was replaced, not moved
    qtbot.waitUntil(lambda: calf.y() < cards[1].y())
    last_chip = calf.qualities.button_for(list(Quality)[-1])
    last_chip.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(last_chip, Qt.Key.Key_Tab)
    assert cards[1].isAncestorOf(QApplication.focusWidget())


def test_after_a_reset_the_next_patient_sees_only_their_places_with_nothing_chosen(
    qtbot, window: PatientScreen
) -> None:
    heel, calf = heel_and_calf_answered(window)
    window.reset()
    page = window.page(Step.INTENSITY)
    assert page.cards == []
    assert page.findChildren(MarkCard) == []
    qtbot.waitUntil(lambda: not shiboken6.isValid(heel) and not shiboken6.isValid(calf))
    go_to_map(window)
    toggle_in_list(window, HEEL)
    (card,) = to_intensity(window)
    assert card.key == HEEL
    assert nothing_chosen(card)
    assert not any(button.isChecked() for button in card.findChildren(QAbstractButton))
