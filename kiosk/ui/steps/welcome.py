"""Welcome: what this is, how long it takes, and that answers are private."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout

from kiosk.logic.flow import Step
from kiosk.ui.steps.base import StepPage
from kiosk.ui.widgets import body_text, heading


class WelcomePage(StepPage):
    step = Step.WELCOME

    def __init__(self, clinic_name: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(
            heading(self.tr("Welcome to %1").replace("%1", clinic_name)), 0, Qt.AlignmentFlag.AlignHCenter
        )
        for line in (
            self.tr("Please tell us about your pain before you see the doctor."),
            self.tr("It takes about 5 minutes. Tap your answers. You can go back at any time."),
            self.tr("Your answers go only to your doctor."),
        ):
            text = body_text(line, "lead")
            text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(text)
        layout.addStretch(2)

    def title(self) -> str:
        return self.tr("Welcome")
