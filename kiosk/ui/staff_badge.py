"""The staff badge: a mark at the top of the patient screen while alerts wait for staff.

The alert file goes to the output folder, which may be out of reach; the badge is on the tablet
itself, so staff walking past see that someone needs them. It names nobody (a patient is looking at
the same screen): it says how many alerts wait, and the staff screen says who. It sits at the top
centre, clear of the staff corner (top left) and the text-size switch (top right).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.jobs import background
from kiosk.logic.storage import Store

log = logging.getLogger(__name__)
MARGIN = 8


class StaffBadge(QLabel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setProperty("role", "staff-badge")
        self.setStyleSheet(
            "QLabel { background: #b00020; color: white; font-weight: bold; border-radius: 6px; padding: 6px 12px; }"
        )
        self.count = 0
        self.problem = ""
        self.hide()

    def refresh(self, store: Store, *, at_least: int = 0) -> None:
        """Show how many alerts wait for staff now (hidden when none). `at_least` counts an alert
        just raised that the database may have refused; a database that cannot be read leaves the
        count as it was."""
        with background("staff badge"):
            self.count = len({alert.intake_id for alert in store.open_alerts()})
        self.count = max(self.count, at_least)
        words = [self.tr("Staff alert: %1").replace("%1", str(self.count))] if self.count else []
        if self.problem:
            words.append(self.tr("Staff: kiosk problem (%1)").replace("%1", self.problem))
        self.setText(" · ".join(words))
        self.setAccessibleName(self.text())
        self.setVisible(bool(words))
        self.place()

    def set_problem(self, store: Store, problem: str) -> None:
        """A storage failure staff must see to (shown until the staff screen has been opened)."""
        self.problem = problem
        self.refresh(store)

    def place(self) -> None:
        self.adjustSize()
        parent = self.parentWidget()
        if parent is not None:
            self.move((parent.width() - self.width()) // 2, MARGIN)
        self.raise_()
