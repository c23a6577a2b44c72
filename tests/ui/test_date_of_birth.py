"""The birth-year list opens where most patients' years are, not at this year."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QComboBox

from kiosk.ui.widgets import TYPICAL_AGE, DateOfBirthPicker


def visible_years(combo: QComboBox) -> list[int]:
    view = combo.view()
    area = view.viewport().rect()
    first, last = view.indexAt(area.topLeft()).row(), view.indexAt(area.bottomLeft()).row()
    return [combo.itemData(row) for row in range(first, last + 1)]


@pytest.mark.qt_log_ignore(
    "does not support raise", "does not support grabbing the keyboard"
)  # offscreen popups
def test_the_year_list_opens_around_a_typical_patient_then_at_the_chosen_year(qtbot) -> None:
    picker = DateOfBirthPicker(date(2026, 11, 25))
    qtbot.addWidget(picker)
    picker.show()
    picker.year.showPopup()
    assert 2026 - TYPICAL_AGE in visible_years(picker.year)
    assert 2026 not in visible_years(picker.year)
    picker.year.hidePopup()
    picker.year.setCurrentIndex(picker.year.findData(1944))
    picker.year.showPopup()
    assert 1944 in visible_years(picker.year)
    picker.year.hidePopup()
