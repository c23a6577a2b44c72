"""The patient screen's header: the step line and the text-size and contrast switch on one row,
the page's title under them.

In a module of its own, with nothing but Qt and the widgets it places, so that the cold-start
bench's floor (bench/cold_start_child.py) lays out the very header the kiosk shows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout

from kiosk.ui.theme import LookSwitch


def header_layout(progress: QLabel, look_switch: LookSwitch, title: QLabel) -> QVBoxLayout:
    """The step line ("Step 2 of 8") shares its row with the look switch, so the title has the full
    width: one line for every step's title even at the largest size, which leaves the height to the
    page (a long clinic name in Welcome's greeting may take two)."""
    top_row = QHBoxLayout()
    top_row.setSpacing(16)
    top_row.addWidget(progress, 1)
    top_row.addWidget(look_switch, 0, Qt.AlignmentFlag.AlignTop)
    header = QVBoxLayout()
    header.setSpacing(4)
    header.addLayout(top_row)
    header.addWidget(title)
    return header
