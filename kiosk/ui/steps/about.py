"""About you: name, date of birth and (optionally) sex."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFormLayout, QLineEdit

from kiosk.logic.draft import IntakeDraft
from kiosk.logic.flow import Step
from kiosk.logic.record_load import without_refused_characters
from kiosk.logic.vocab import SEX_LABELS, Sex
from kiosk.ui.steps.base import StepPage
from kiosk.ui.widgets import TOUCH, ChoiceGroup, DateOfBirthPicker, body_text, scrolling_column, translate
from kiosk.ui.widgets.keyboard_layout import CAPITALIZE

NAME_MAX = 80


class AboutPage(StepPage):
    step = Step.ABOUT

    def __init__(self, today: date) -> None:
        super().__init__()
        # A column that scrolls: the on-screen keyboard takes the lower third of the screen while
        # a name is typed, and the page must still reach every field.
        layout = scrolling_column(self)
        form = QFormLayout()
        form.setVerticalSpacing(18)
        self.first_name = self._name_field(self.tr("First name"))
        self.last_name = self._name_field(self.tr("Last name"))
        self.date_of_birth = DateOfBirthPicker(today)
        self.date_of_birth.changed.connect(self.changed)
        self.sex = ChoiceGroup(
            [(sex, translate("vocab", SEX_LABELS[sex])) for sex in Sex], columns=2, name=self.tr("Sex")
        )
        self.sex.chosen.connect(self.changed)
        form.addRow(body_text(self.tr("First name"), "label"), self.first_name)
        form.addRow(body_text(self.tr("Last name"), "label"), self.last_name)
        form.addRow(body_text(self.tr("Date of birth"), "label"), self.date_of_birth)
        form.addRow(body_text(self.tr("Sex"), "label"), self.sex)
        layout.addLayout(form)
        layout.addStretch(1)

    def _name_field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setMinimumHeight(TOUCH)
        field.setMaxLength(NAME_MAX)
        field.setAccessibleName(name)
        field.setProperty(CAPITALIZE, "words")
        field.textChanged.connect(self.changed)
        return field

    def title(self) -> str:
        return self.tr("About you")

    def load(self, draft: IntakeDraft) -> None:
        for field, text in ((self.first_name, draft.first_name), (self.last_name, draft.last_name)):
            field.blockSignals(True)
            field.setText(text)
            field.blockSignals(False)
        self.date_of_birth.set_value(draft.date_of_birth)
        self.sex.set_value(draft.sex)

    def store(self, draft: IntakeDraft) -> None:
        draft.first_name = without_refused_characters(self.first_name.text())
        draft.last_name = without_refused_characters(self.last_name.text())
        draft.date_of_birth = self.date_of_birth.value()
        draft.sex = self.sex.value()
