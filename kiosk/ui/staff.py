"""The staff screen: today's intakes and a search, alerts first, PDFs, review, export, settings.

Behind the PIN (`StaffGate`). Every action is written to the append-only audit table. Questions that
need a yes go through `ask`, which tests replace. A folder or database failure in an action is told to
staff on this screen: it never reaches the fault handler, which would show the patient fault page.
This module is the screen's frame (header, tabs, the database problem line, closing the kiosk); its
tabs are mixins in their own modules: staff_intakes.py (the list), staff_actions.py (what its buttons
do in the database), staff_files.py (what goes to the output folder) and staff_settings.py.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.jobs import Jobs
from kiosk.logic.config import Paths, Settings
from kiosk.logic.outbox import Delivery
from kiosk.logic.storage import Store
from kiosk.logic.storage_rows import IntakeSummary
from kiosk.ui.staff_actions import IntakeActions
from kiosk.ui.staff_files import IntakeFiles, open_with_system_viewer
from kiosk.ui.staff_intakes import IntakesTab
from kiosk.ui.staff_settings import SettingsTab
from kiosk.ui.widgets import big_button, body_text, heading


def ask_with_message_box(parent: QWidget, question: str) -> bool:
    """Yes or no, as plain text: the question can hold a patient's name, which may look like markup."""
    box = confirm_box(parent, question)
    return box.exec() == QMessageBox.StandardButton.Yes


def confirm_box(parent: QWidget, question: str) -> QMessageBox:
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    box = QMessageBox(QMessageBox.Icon.Question, parent.tr("Please confirm"), question, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


class StaffScreen(IntakeActions, IntakesTab, IntakeFiles, SettingsTab, QWidget):
    """Signals: `closed()` to go back to the patient side; `settings_changed(Settings, Paths)` once
    staff saved new settings (the output folder in `Paths` follows them);
    `quit_requested()` when staff confirm closing the kiosk program (the only way out in kiosk mode).
    """

    closed = Signal()
    settings_changed = Signal(Settings, Paths)
    quit_requested = Signal()

    def __init__(
        self,
        store: Store,
        settings: Settings,
        paths: Paths,
        *,
        jobs: Jobs,
        clock: Callable[[], datetime],
        ask: Callable[[QWidget, str], bool] = ask_with_message_box,
        open_file: Callable[[Path], None] = open_with_system_viewer,
    ) -> None:
        super().__init__()
        self.store = store
        self.settings = settings
        self.paths = paths
        self.jobs = jobs
        jobs.pdf_written.connect(self._pdf_written)
        jobs.fhir.changed.connect(self._delivery_changed)
        self._rewriting: str | None = None
        self.clock = clock
        self.ask = ask
        self.open_file = open_file
        self.shown: list[IntakeSummary] = []
        self.deliveries: dict[str, Delivery] = {}
        self.unfinished_alerts: list[str] = []

        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Staff screen")), 1)
        self.back = big_button(self.tr("Back to the patient screen"), role="primary")
        self.back.clicked.connect(self.closed)
        self.quit = big_button(self.tr("Close the kiosk"))
        self.quit.clicked.connect(self._confirm_quit)
        top.addWidget(self.quit)
        top.addWidget(self.back)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._intakes_tab(), self.tr("Intakes"))
        self.tabs.addTab(self._settings_tab(), self.tr("Settings"))
        self.unfinished = QListWidget()
        self.unfinished.setAccessibleName(self.tr("Unfinished forms"))
        self.tabs.addTab(self.unfinished, self.tr("Unfinished forms"))
        self.activity = QListWidget()
        self.tabs.addTab(self.activity, self.tr("Activity"))
        self.problem = body_text("", "alerts")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(self.tabs, 1)

    def show_problem(self, problem: str) -> None:
        """What went wrong with the database since staff last looked (e.g. "disk full"), or nothing."""
        self.problem.setText(
            self.tr(
                "The kiosk could not save to its database (%1). A patient's answers may be only on "
                "the screen: check the disk and the database, see the log."
            ).replace("%1", problem)
        )
        self.problem.setVisible(bool(problem))

    def _confirmed(self, question: str) -> bool:
        """Ask staff; a yes given after the staff side closed itself (the 2-minute timeout behind
        an open question) counts for nothing: it may be a patient's tap."""
        return self.ask(self, question) and self.isVisible()

    @Slot()
    def _confirm_quit(self) -> None:
        question = self.tr("Close the kiosk program? Patients cannot check in until it is started again.")
        if self._confirmed(question):
            self.store.audit("kiosk closed from the staff screen")
            self.quit_requested.emit()
