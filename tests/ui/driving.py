"""Moves a test makes the way a patient would: shared by the tests of the map and the intensity steps."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from kiosk.logic.flow import Step
from kiosk.logic.regions import View
from kiosk.logic.vocab import Side
from kiosk.ui.shell import PatientScreen


def go_to_map(window: PatientScreen) -> None:
    window.next.click()
    about = window.page()
    about.first_name.setText("Ana")
    about.last_name.setText("Ruiz")
    for button in about.date_of_birth.buttons_for(date(1960, 1, 1)):
        button.click()
    window.next.click()
    assert window.step is Step.MAP


def tap(qtbot, window: PatientScreen, view: View, region: str, side: Side) -> None:
    page = window.page(Step.MAP)
    page.view_choice.button_for(view).click()
    widget = page.maps[view]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.anchor_point(region, side).toPoint())
