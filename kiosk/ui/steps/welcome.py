"""Welcome: the language, what this is, how long it takes, and that answers are private."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from kiosk.logic.flow import Step
from kiosk.logic.intake_time import TYPICAL_MINUTES
from kiosk.logic.vocab import LANGUAGE_NAMES, Language
from kiosk.ui.steps.base import StepPage
from kiosk.ui.widgets import ChoiceGroup, body_text

LANGUAGE_HINTS = {
    Language.EN: "Show the form in English",
    Language.ES: "Mostrar el formulario en español",
}
"""Each said in its own language, like the button it describes: never translated."""


class WelcomePage(StepPage):
    """Signals: `language_chosen(str)` with the `Language` value the patient pressed.

    The shell marks the language button: pressed only once this patient has chosen.
    """

    step = Step.WELCOME
    language_chosen = Signal(str)

    def __init__(self, clinic_name: str, shown_in: Language) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.languages = ChoiceGroup([(language, LANGUAGE_NAMES[language]) for language in Language])
        for language in Language:
            button = self.languages.button_for(language)
            button.setProperty("role", "language")
            button.setAccessibleName(LANGUAGE_NAMES[language])
            button.setAccessibleDescription(LANGUAGE_HINTS[language])
        self.languages.setMaximumWidth(760)
        self.languages.chosen.connect(lambda: self.language_chosen.emit(str(self.languages.value())))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.languages, 4)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addSpacing(24)
        self._greeting = self.tr("Welcome to %1").replace("%1", clinic_name)
        for line in (
            self.tr("Please tell us about your pain before your visit."),
            self.tr("It takes about %1 minutes.").replace("%1", str(TYPICAL_MINUTES[shown_in])),
            self.tr("Your answers go only to your doctor."),
        ):
            text = body_text(line, "lead")
            text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(text)
        layout.addStretch(2)

    def title(self) -> str:
        """The greeting, in the header where every page names itself (a "Welcome" above it said it twice)."""
        return self._greeting
