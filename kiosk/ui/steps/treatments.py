"""Treatments tried: each with how much it helped, and counts for shots and surgeries."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFrame, QLineEdit, QVBoxLayout, QWidget

from kiosk.logic.draft import IntakeDraft, TreatmentAnswer
from kiosk.logic.flow import Step
from kiosk.logic.limits import NOTE_MAX
from kiosk.logic.vocab import (
    RELIEF_LABELS,
    RELIEF_PATTERN_LABELS,
    TREATMENT_LABELS,
    Relief,
    ReliefPattern,
    TreatmentId,
    TreatmentKind,
)
from kiosk.ui.steps.base import StepPage
from kiosk.ui.widgets import TOUCH, ChoiceGroup, big_button, body_text, heading, scrolling_column, translate

MAX_COUNT = 5


class TreatmentRow(QFrame):
    """A treatment the patient can mark as tried, opening its follow-up questions."""

    def __init__(self, treatment: TreatmentId, page: TreatmentsPage) -> None:
        super().__init__()
        self.treatment = treatment
        self.setProperty("role", "card")
        label = translate("vocab", TREATMENT_LABELS[treatment])
        layout = QVBoxLayout(self)
        self.tried = big_button(label, checkable=True, role="chip")
        self.tried.setAccessibleName(self.tr("I tried: %1").replace("%1", label))
        layout.addWidget(self.tried)
        self.details = QWidget()
        detail = QVBoxLayout(self.details)
        detail.setContentsMargins(12, 0, 0, 0)
        # The answers ("Helped a little") say the question themselves; only a back treatment needs
        # it said, because its relief means the leg or foot pain (spec §1), not the back's.
        if treatment.kind is TreatmentKind.SPINE:
            question = self.tr("How much did it help the pain in your leg or foot?")
            detail.addWidget(body_text(question, "question"))
        else:
            question = self.tr("How much did it help?")
        self.relief = ChoiceGroup(
            [(r, translate("vocab", RELIEF_LABELS[r])) for r in Relief],
            columns=4,
            name=f"{label}: {question}",
        )
        detail.addWidget(self.relief)
        self.count: ChoiceGroup | None = None
        self.pattern: ChoiceGroup | None = None
        self.note: QLineEdit | None = None
        if treatment.counted:
            how_many = self.tr("How many times?")
            detail.addWidget(body_text(how_many, "question"))
            options = [(n, str(n)) for n in range(1, MAX_COUNT)] + [(MAX_COUNT, self.tr("5 or more"))]
            self.count = ChoiceGroup(options, name=f"{label}: {how_many}")
            detail.addWidget(self.count)
        if treatment.repeatable_injection:
            self.pattern_label = body_text(
                self.tr("Did each shot help less than the one before?"), "question"
            )
            detail.addWidget(self.pattern_label)
            less = self.tr("Did each shot help less?")
            self.pattern = ChoiceGroup(
                [(p, translate("vocab", RELIEF_PATTERN_LABELS[p])) for p in ReliefPattern],
                columns=2,
                name=f"{label}: {less}",
            )
            detail.addWidget(self.pattern)
        if treatment is TreatmentId.OTHER:
            self.note = QLineEdit()
            self.note.setMaxLength(NOTE_MAX)
            self.note.setMinimumHeight(TOUCH)
            self.note.setPlaceholderText(self.tr("What else did you try?"))
            self.note.setAccessibleName(self.tr("What else did you try?"))
            detail.addWidget(self.note)
        layout.addWidget(self.details)
        self.details.setVisible(False)
        self.tried.toggled.connect(page.on_tried)
        for group in (self.relief, self.count, self.pattern):
            if group is not None:
                group.chosen.connect(page.changed)
        if self.note is not None:
            self.note.textChanged.connect(page.changed)

    def show_details(self) -> None:
        """Open the follow-up questions of a tried treatment; "less each time?" only where it means
        something (2+ shots that helped), the same rule the flow and the record use."""
        self.details.setVisible(self.tried.isChecked())
        if self.pattern is not None:
            answer = self.answer()
            asked = answer is not None and answer.needs_pattern
            self.pattern.setVisible(asked)
            self.pattern_label.setVisible(asked)

    def load(self, answer: TreatmentAnswer | None) -> None:
        self.tried.blockSignals(True)
        self.tried.setChecked(answer is not None)
        self.tried.blockSignals(False)
        self.relief.set_value(None if answer is None else answer.relief)
        if self.count is not None:
            count = None if answer is None else answer.count
            self.count.set_value(None if count is None else min(count, MAX_COUNT))
        if self.pattern is not None:
            self.pattern.set_value(None if answer is None else answer.relief_pattern)
        if self.note is not None:
            self.note.blockSignals(True)
            self.note.setText("" if answer is None else answer.note)
            self.note.blockSignals(False)
        self.show_details()

    def first_missing(self) -> QWidget | None:
        """The first follow-up of a tried treatment still unanswered, in screen order."""
        if not self.tried.isChecked():
            return None
        for group in (self.relief, self.count, self.pattern):
            if group is not None and group.isVisibleTo(self) and group.value() is None:
                return group
        if self.note is not None and not self.note.text().strip():
            return self.note
        return None

    def answer(self) -> TreatmentAnswer | None:
        """What the buttons say; a pattern choice whose question is hidden is left out (it is stale)."""
        if not self.tried.isChecked():
            return None
        answer = TreatmentAnswer(
            relief=self.relief.value(),
            count=self.count.value() if self.count is not None else None,
            note=self.note.text() if self.note is not None else "",
        )
        if self.pattern is not None and answer.needs_pattern:
            answer.relief_pattern = self.pattern.value()
        return answer


class TreatmentsPage(StepPage):
    step = Step.TREATMENTS

    def __init__(self) -> None:
        super().__init__()
        column = scrolling_column(self)
        column.addWidget(body_text(self.tr("Tap each thing you tried for this pain."), "lead"))
        self.none_tried = big_button(self.tr("I have not tried any of these"), checkable=True, role="chip")
        self.none_tried.toggled.connect(self.on_none)
        column.addWidget(self.none_tried)
        self.rows: dict[TreatmentId, TreatmentRow] = {}
        titles = {
            TreatmentKind.CONSERVATIVE: self.tr("For your foot or leg"),
            TreatmentKind.LIMB_SURGERY: self.tr("Surgery on your foot or leg"),
            TreatmentKind.SPINE: self.tr("For your back"),
            TreatmentKind.OTHER: self.tr("Anything else"),
        }
        for kind, title in titles.items():
            column.addWidget(heading(title, 2))
            for treatment in TreatmentId:
                if treatment.kind is kind:
                    row = TreatmentRow(treatment, self)
                    self.rows[treatment] = row
                    column.addWidget(row)
        column.addStretch(1)

    def title(self) -> str:
        return self.tr("What have you tried?")

    @Slot(bool)
    def on_tried(self, checked: bool) -> None:
        if checked:
            self.none_tried.setChecked(False)
        for row in self.rows.values():
            row.show_details()
        self.changed.emit()

    @Slot(bool)
    def on_none(self, checked: bool) -> None:
        if checked:
            for row in self.rows.values():
                row.load(None)
        self.changed.emit()

    def first_missing(self) -> QWidget | None:
        return next((m for m in (row.first_missing() for row in self.rows.values()) if m is not None), None)

    def load(self, draft: IntakeDraft) -> None:
        self.none_tried.blockSignals(True)
        self.none_tried.setChecked(draft.no_treatments)
        self.none_tried.blockSignals(False)
        for treatment, row in self.rows.items():
            row.load(draft.treatments.get(treatment))

    def store(self, draft: IntakeDraft) -> None:
        for row in self.rows.values():
            row.show_details()
        draft.no_treatments = self.none_tried.isChecked()
        draft.treatments = {
            treatment: answer for treatment, row in self.rows.items() if (answer := row.answer()) is not None
        }
