"""Protects the next patient from the last one: an idle warning, then a wipe.

`IdleWatcher` sees every input event in the application; `StillThereOverlay` is the large
"Are you still there?" question with a countdown that covers the window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from kiosk.ui.widgets import big_button, body_text, heading

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.KeyPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.Wheel,
    }
)


class IdleWatcher(QObject):
    """Emits `idle()` after `timeout_ms` without any input, while started.

    Signals: `idle()`.
    """

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(timeout_ms)
        self.timer.timeout.connect(self.idle)
        self._watching = False

    @Slot()
    def start(self, timeout_ms: int | None = None) -> None:
        """Watch from now on, for `timeout_ms` if given (else the time set last). The filter sees
        every event of the application, so it is only installed while watching."""
        if timeout_ms is not None:
            self.timer.setInterval(timeout_ms)
        app = QApplication.instance()
        if not self._watching and app is not None:
            app.installEventFilter(self)
            self._watching = True
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if self._watching and app is not None:
            app.removeEventFilter(self)
        self._watching = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        return False


class StillThereOverlay(QWidget):
    """Covers the window with a countdown; the patient taps "I'm still here" to carry on.

    Signals: `stayed()` when the patient answers, `expired()` when the countdown runs out.
    """

    stayed = Signal()
    expired = Signal()

    def __init__(self, countdown_ms: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.setProperty("role", "overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.deadline = QTimer(self)
        self.deadline.setSingleShot(True)
        self.deadline.timeout.connect(self._expire)
        self.set_countdown(countdown_ms)
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self._tick)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.question = heading("")
        self.question.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.question)
        self.countdown = body_text("", "lead")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.countdown)
        self.still_here = big_button("", role="primary")
        self.still_here.setMinimumSize(360, 96)
        self.still_here.clicked.connect(self._stay)
        layout.addWidget(self.still_here, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.retranslate()
        self.hide()

    def set_countdown(self, countdown_ms: int) -> None:
        """The countdown of the next warning (one already on screen keeps its own)."""
        self._total_s = max(1, round(countdown_ms / 1000))
        self._left_s = self._total_s
        self.deadline.setInterval(countdown_ms)

    def retranslate(self) -> None:
        """Words in the patient's current language (the overlay outlives a language switch)."""
        self.question.setText(self.tr("Are you still there?"))
        self.question.setAccessibleName(self.question.text())
        self.still_here.setText(self.tr("I'm still here"))
        self.still_here.setAccessibleName(self.still_here.text())

    def _words(self) -> str:
        return self.tr("To keep your answers private, this form will clear in %n seconds.", "", self._left_s)

    def begin(self) -> None:
        self._left_s = self._total_s
        self._tick_words()
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()
        self.still_here.setFocus()
        self.deadline.start()
        self.ticker.start()

    def cancel(self) -> None:
        self.deadline.stop()
        self.ticker.stop()
        self.hide()

    @Slot()
    def _tick(self) -> None:
        self._left_s = max(0, self._left_s - 1)
        self._tick_words()

    def _tick_words(self) -> None:
        self.countdown.setText(self._words())
        self.countdown.setAccessibleName(self.countdown.text())

    @Slot()
    def _stay(self) -> None:
        self.cancel()
        self.stayed.emit()

    @Slot()
    def _expire(self) -> None:
        self.cancel()
        self.expired.emit()
