"""Moves a test makes the way a patient would: shared by the tests of the map and the intensity steps."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.logic.flow import Step
from kiosk.logic.regions import View
from kiosk.logic.vocab import Side
from kiosk.ui.shell import KioskWindow


def go_to_map(window: KioskWindow) -> None:
    window.next.click()
    about = window.page()
    about.first_name.setText("Ana")
    about.last_name.setText("Ruiz")
    about.date_of_birth.year.setCurrentIndex(about.date_of_birth.year.findData(1960))
    about.date_of_birth.month.setCurrentIndex(0)
    about.date_of_birth.day.setCurrentIndex(0)
    window.next.click()
    assert window.step is Step.MAP


def tap(qtbot, window: KioskWindow, view: View, region: str, side: Side) -> None:
    page = window.page(Step.MAP)
    page.view_choice.button_for(view).click()
    widget = page.maps[view]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.anchor_point(region, side).toPoint())
