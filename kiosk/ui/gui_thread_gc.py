"""Python's cycle collector runs in whichever thread allocates when a threshold is passed: often
the output worker, in the middle of a PDF build. A Qt object found in a cycle there is destroyed on
the wrong thread: its ~QObject holds the object's connection lock and waits for the GIL, while the
GUI thread, having let go of the GIL inside a Qt call, waits for that lock, and the kiosk freezes
(seen in the test suite: `QWidget::setParent` → `QObject::disconnect` on the GUI thread, the
worker's `gc_collect_main` → `~QObject` → `Shiboken::GilState::acquire`). So the automatic collector
is off and the GUI thread collects, on a timer, by the collector's own thresholds (as Anki's `aqt`
does for the same reason)."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer, Slot

INTERVAL_MS = 1000
"""Often enough that garbage does not pile up between patients' taps, rare enough to cost nothing."""


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        self._timer.start(INTERVAL_MS)

    @Slot()
    def collect(self) -> None:
        """The oldest generation due, as the automatic collector would choose it."""
        due = -1
        for generation, (count, threshold) in enumerate(zip(gc.get_count(), self._thresholds, strict=True)):
            if count <= threshold:
                break
            due = generation
        if due >= 0:
            gc.collect(due)
