"""Full-screen messages: the safety alert, and the thank-you that resets the kiosk."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.logic.flow import Step
from kiosk.ui.steps.base import StepPage
from kiosk.ui.widgets import centred_message


class AlertPage(StepPage):
    """Asks the patient, calmly and without diagnosis words, to speak to the front desk now."""

    step = Step.ALERT

    def __init__(self) -> None:
        super().__init__()
        self.setProperty("role", "alert")
        # A QWidget subclass paints its style-sheet background only when asked to: the whole page
        # is the calm alert colour, not just stripes behind its lines.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        centred_message(
            self,
            self.tr("Please tell the front desk now"),
            [
                self.tr("Some of your answers mean a staff member should talk with you today."),
                self.tr("Please go to the front desk now and show them this screen."),
                self.tr("We have let them know. You can finish your form afterwards."),
            ],
        )

    def title(self) -> str:
        return self.tr("Please tell the front desk now")


class DonePage(StepPage):
    step = Step.DONE

    def __init__(self) -> None:
        super().__init__()
        centred_message(
            self,
            self.tr("Thank you!"),
            [
                self.tr("Your answers are saved and will go to your doctor."),
                self.tr("Please give the tablet back to the front desk."),
            ],
        )

    def title(self) -> str:
        return self.tr("Thank you")
