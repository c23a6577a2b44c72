"""Full-screen messages: the safety alert, and the thank-you that resets the kiosk."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.logic.flow import Step
from kiosk.ui.steps.base import StepPage
from kiosk.ui.widgets import body_text, centred_message


class AlertPage(StepPage):
    """Asks the patient, calmly and without diagnosis words, to speak to the front desk now.

    It says staff were told only once the alert's file is in the output folder (`set_staff_told`):
    with the folder out of reach, the patient must walk over rather than wait to be called.
    """

    step = Step.ALERT

    def __init__(self) -> None:
        super().__init__()
        self.setProperty("role", "alert")
        # A QWidget subclass paints its style-sheet background only when asked to: the whole page
        # is the calm alert colour, not just stripes behind its lines.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = centred_message(
            self,
            self.tr("Please tell the front desk now"),
            [
                self.tr("Some of your answers mean a staff member should talk with you today."),
                self.tr("Please go to the front desk now and show them this screen."),
            ],
        )
        self.told = body_text("", "lead")
        self.told.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.insertWidget(layout.count() - 1, self.told)
        self.staff_told = False
        self.set_staff_told(False)

    def set_staff_told(self, told: bool) -> None:
        self.staff_told = told
        self.told.setText(
            self.tr("We have let them know. You can finish your form afterwards.")
            if told
            else self.tr("Please go now, even if nobody calls you. You can finish your form afterwards.")
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
