"""The top-level window: the patient wizard, and the staff side behind a hidden gesture and a PIN.

In kiosk mode the window is full-screen, frameless and on top, and close requests (the close
button, Alt+F4) are ignored; staff leave through the staff screen. A 3-second press on the top-left
corner (or Ctrl+Shift+S with a keyboard) opens the PIN pad.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, TypedDict

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QMouseEvent, QResizeEvent, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QStackedWidget, QVBoxLayout, QWidget

from kiosk.jobs import Jobs
from kiosk.logic.config import Paths, Settings
from kiosk.logic.storage import Store
from kiosk.logs import where
from kiosk.ui.faults import FaultPage
from kiosk.ui.idle import IdleWatcher
from kiosk.ui.shell import PatientScreen
from kiosk.ui.staff_badge import StaffBadge
from kiosk.ui.widgets import enable_finger_scrolling
from kiosk.ui.widgets.keyboard import OnScreenKeyboard

if TYPE_CHECKING:
    from kiosk.ui.staff import StaffScreen
    from kiosk.ui.staff_gate import StaffGate

log = logging.getLogger(__name__)
CORNER = 72
HOLD_MS = 3000
STAFF_IDLE_MS = 120_000
"""The staff side goes back to the patient screen after this long without input: a staff member
called away must not leave names, dates of birth and the Delete button on a waiting-room tablet."""


class KioskTimings(TypedDict, total=False):
    """The patient page's timings that a caller (the tests) may shorten; see `PatientScreen`."""

    done_reset_ms: int
    idle_ms: int
    countdown_ms: int
    alert_idle_ms: int


class HoldCorner(QWidget):
    """An invisible square that emits `held()` after a long press (a drag away cancels it).

    Signals: `held()`.
    """

    held = Signal()

    def __init__(self, hold_ms: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFixedSize(CORNER, CORNER)
        self.setAccessibleName(self.tr("Staff corner"))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(hold_ms)
        self.timer.timeout.connect(self.held)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.timer.start()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.timer.stop()
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not self.rect().contains(event.position().toPoint()):
            self.timer.stop()


class MainWindow(QWidget):
    def __init__(
        self,
        store: Store,
        settings: Settings,
        paths: Paths,
        *,
        kiosk_mode: bool = False,
        clock: Callable[[], datetime] = lambda: datetime.now().astimezone(),
        jobs: Jobs,
        hold_ms: int = HOLD_MS,
        staff_idle_ms: int = STAFF_IDLE_MS,
        kiosk_options: KioskTimings | None = None,
    ) -> None:
        super().__init__()
        self.kiosk_mode = kiosk_mode
        self.allow_close = not kiosk_mode
        self.setWindowTitle(self.tr("Patient check-in"))
        self.clock = clock
        self.jobs = jobs
        self.patient = PatientScreen(store, settings, paths, jobs=jobs, clock=clock, **(kiosk_options or {}))
        self.patient.alert_raised.connect(self._alert_raised)
        self.patient.storage_failed.connect(self._storage_failed)
        self.fault_page = FaultPage()
        self.fault_page.restart.connect(self.show_patient)
        self.stack = QStackedWidget()
        for page in (self.patient, self.fault_page):
            self.stack.addWidget(page)
        self._staff_side: tuple[StaffGate, StaffScreen] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        self.keyboard = OnScreenKeyboard(
            enabled=settings.on_screen_keyboard, translations=self.patient.translations
        )
        self.keyboard.follow_focus()
        layout.addWidget(self.keyboard)
        self.corner = HoldCorner(hold_ms, self)
        self.corner.held.connect(self.open_gate)
        self.corner.raise_()
        QShortcut(QKeySequence("Ctrl+Shift+S"), self, self.open_gate)
        self.staff_idle = IdleWatcher(staff_idle_ms, self)
        self.staff_idle.idle.connect(self._staff_idle)
        self.badge = StaffBadge(
            self, keep_clear=self.patient.look_switch.buttons(), after=self.patient.progress
        )
        self.badge.refresh(store)
        if kiosk_mode:
            self.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)

    @property
    def gate(self) -> StaffGate:
        return self._staff()[0]

    @property
    def staff(self) -> StaffScreen:
        return self._staff()[1]

    def _staff(self) -> tuple[StaffGate, StaffScreen]:
        """The PIN pad and the staff screen, built when staff first ask: patients never need them,
        and the first screen is painted sooner without them."""
        if self._staff_side is None:
            from kiosk.ui.staff import StaffScreen  # noqa: PLC0415 - see the docstring
            from kiosk.ui.staff_gate import StaffGate  # noqa: PLC0415

            patient = self.patient
            gate = StaffGate(patient.store, self.clock)
            staff = StaffScreen(
                patient.store,
                patient.settings,
                patient.paths,
                jobs=self.jobs,
                clock=self.clock,
            )
            gate.unlocked.connect(self.open_staff)
            gate.cancelled.connect(self.show_patient)
            staff.closed.connect(self.show_patient)
            staff.settings_changed.connect(self._apply_settings)
            staff.quit_requested.connect(self.quit)
            enable_finger_scrolling(staff)
            self.stack.addWidget(gate)
            self.stack.addWidget(staff)
            self._staff_side = (gate, staff)
        return self._staff_side

    @Slot(str)
    def _alert_raised(self, tier: str) -> None:
        """A patient's answers alerted staff: the badge on the patient screen shows it at once,
        with a beep where the machine has a speaker, whether or not the alert file could be written."""
        log.info("staff badge shown for a %s alert", tier)
        self.badge.refresh(self.patient.store, at_least=1)
        QApplication.beep()

    @Slot(str)
    def _storage_failed(self, problem: str) -> None:
        """The database refused a write: the badge says so, and the staff screen once opened."""
        self.badge.set_problem(self.patient.store, problem)

    @Slot()
    def open_gate(self) -> None:
        log.info("staff gate opened")
        self.patient.idle.stop()
        self.staff_idle.start()
        self.gate.begin()
        self.stack.setCurrentWidget(self.gate)

    @Slot()
    def open_staff(self) -> None:
        self.staff.show_problem(self.badge.problem)
        self.badge.problem = ""
        self.staff.refresh()
        self.stack.setCurrentWidget(self.staff)

    @Slot()
    def _staff_idle(self) -> None:
        """Close the staff side, and any question it has open (a name on a "Delete?" box must not
        stay on the patient screen, nor its Yes within a patient's reach)."""
        log.info("staff side closed after %d s without input", self.staff_idle.timer.interval() // 1000)
        box = QApplication.activeModalWidget()
        if isinstance(box, QDialog):
            box.reject()
        self.show_patient()

    @Slot()
    def show_patient(self) -> None:
        """Back to a fresh Welcome: the staff side never hands a half-filled form to someone else."""
        self.staff_idle.stop()
        self.patient.reset()
        self.stack.setCurrentWidget(self.patient)
        self.badge.refresh(self.patient.store)
        self.corner.raise_()

    def fault(self) -> None:
        """After an uncaught error: forget the session and tell the patient to ask for help."""
        self.fault_page.retranslate()  # in the patient's language, before the reset drops it
        try:
            self.patient.reset()
        except Exception as error:  # a fault handler that fails would leave the patient mid-fault
            log.error(
                "reset after a fault failed: %s at %s", type(error).__name__, where(error.__traceback__)
            )
        finally:
            self.stack.setCurrentWidget(self.fault_page)

    @Slot()
    def quit(self) -> None:
        """Close the program, kiosk mode or not: staff asked for it behind the PIN."""
        log.info("kiosk closed by staff")
        self.allow_close = True
        self.close()

    @Slot(Settings, Paths)
    def _apply_settings(self, settings: Settings, paths: Paths) -> None:
        self.patient.apply_settings(settings, paths)
        self.jobs.apply_settings(settings, paths)
        self.keyboard.set_enabled(settings.on_screen_keyboard)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.corner.move(0, 0)
        self.corner.raise_()
        self.badge.place()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.allow_close:
            event.accept()
        else:
            log.info("close request ignored in kiosk mode")
            event.ignore()
