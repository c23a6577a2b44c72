"""The staff badge: a mark at the top of the patient screen while alerts wait for staff.

The alert file goes to the output folder, which may be out of reach; the badge is on the tablet
itself, so staff walking past see that someone needs them. It names nobody (a patient is looking at
the same screen): it says how many alerts wait, and the staff screen says who. It sits at the top
centre, or, where that would cover the text-size switch (a portrait tablet), in the gap between the
step counter and the switch; it never takes a tap, so a finger on it reaches what is underneath.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.jobs import background
from kiosk.logic.storage import Store

log = logging.getLogger(__name__)
MARGIN = 8


class StaffBadge(QLabel):
    def __init__(
        self, parent: QWidget, *, keep_clear: Sequence[QWidget] = (), after: QLabel | None = None
    ) -> None:
        """`keep_clear`: the patient's controls in the top row it must not cover; `after`: the text
        at the row's left (the step counter) it may stand right of."""
        super().__init__(parent)
        self._keep_clear = tuple(keep_clear)
        self._after = after
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
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
            spot = QRect(QPoint((parent.width() - self.width()) // 2, MARGIN), self.size())
            blocked = [self._in_parent(w) for w in self._keep_clear if w.isVisible()]
            if any(spot.intersects(rect) for rect in blocked):
                left = 0
                if self._after is not None and self._after.isVisible():
                    words = self._after.fontMetrics().horizontalAdvance(self._after.text())
                    left = self._in_parent(self._after).left() + words + MARGIN
                right = min(rect.left() for rect in blocked) - MARGIN
                spot.moveLeft(max(left, (left + right - self.width()) // 2))
            self.move(spot.topLeft())
        self.raise_()

    def _in_parent(self, widget: QWidget) -> QRect:
        parent = self.parentWidget()
        assert parent is not None
        return QRect(widget.mapTo(parent, QPoint(0, 0)), widget.size())
