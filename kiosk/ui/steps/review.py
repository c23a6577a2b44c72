"""Review: every answer in plain words, each section with a Change button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout

from kiosk.logic.draft import IntakeDraft
from kiosk.logic.flow import Step
from kiosk.logic.questions import MORNING_STIFFNESS_LABELS, QuestionStep, questions_for
from kiosk.logic.vocab import (
    DURATION_LABELS,
    ONSET_LABELS,
    RELIEF_LABELS,
    RELIEF_PATTERN_LABELS,
    SEX_LABELS,
    TREATMENT_LABELS,
    Sex,
)
from kiosk.ui.steps.base import StepPage
from kiosk.ui.steps.painmap import mark_words
from kiosk.ui.steps.treatments import MAX_COUNT
from kiosk.ui.widgets import big_button, body_text, clear_layout, heading, scrolling_column, translate
from kiosk.ui.widgets.date_pad import spoken_date


class ReviewPage(StepPage):
    """Signals: `edit_requested(object)` with the `Step` to go back to."""

    step = Step.REVIEW
    edit_requested = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._column = scrolling_column(self)

    def title(self) -> str:
        return self.tr("Check your answers")

    def _section(self, title: str, step: Step, lines: list[str]) -> None:
        box = QFrame()
        box.setProperty("role", "card")
        grid = QGridLayout(box)
        grid.addWidget(heading(title, 2), 0, 0)
        change = big_button(self.tr("Change"))
        change.setAccessibleName(self.tr("Change: %1").replace("%1", title))
        change.clicked.connect(lambda _checked=False: self.edit_requested.emit(step))
        grid.addWidget(change, 0, 1)
        for row, line in enumerate(lines, start=1):
            grid.addWidget(body_text(line, "readback"), row, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        self._column.addWidget(box)

    def _yes_answers(self, draft: IntakeDraft, step: QuestionStep) -> list[str]:
        asked = draft.asked_answers()  # not a yes that a change on the map took out of the form
        yes = [
            translate("questions", q.text)
            for q in questions_for(step)
            if not q.minutes and asked.get(q.id) is True
        ]
        return [self.tr("Yes: %1").replace("%1", text) for text in yes] or [self.tr("No to every question.")]

    def _times(self, count: int) -> str:
        """ "1 time" but "2 times" ("1 vez", "2 veces"), from the count's plural forms."""
        if count >= MAX_COUNT:
            return self.tr("5 or more times")  # the answer the patient tapped, not a count of 5
        return self.tr("%n times", "", count)

    def load(self, draft: IntakeDraft) -> None:
        clear_layout(self._column)
        dob = draft.date_of_birth
        born = spoken_date(dob) if dob else "–"
        about = [f"{draft.first_name} {draft.last_name}", self.tr("Born %1").replace("%1", born)]
        if draft.sex not in (None, Sex.UNSPECIFIED):
            about.append(translate("vocab", SEX_LABELS[draft.sex]))
        self._section(self.tr("About you"), Step.ABOUT, about)
        # One section for place, strength and feel: the map step now asks all three.
        self._section(
            self.tr("Where it hurts"),
            Step.MAP,
            [mark_words(region, side, mark) for (region, side), mark in draft.pain.items()],
        )
        pattern = []
        if draft.duration is not None:
            pattern.append(translate("vocab", DURATION_LABELS[draft.duration]))
        if draft.onset is not None:
            pattern.append(translate("vocab", ONSET_LABELS[draft.onset]))
        minutes = draft.answers.get("morning_stiffness_minutes")
        if isinstance(minutes, int) and not isinstance(minutes, bool):
            label = (
                translate("questions", MORNING_STIFFNESS_LABELS[minutes])
                if minutes in MORNING_STIFFNESS_LABELS
                else str(minutes)
            )
            # The answer under a name, not under the whole question again (issue 15: less to read).
            pattern.append(self.tr("Morning stiffness: %1").replace("%1", label[0].lower() + label[1:]))
        pattern += self._yes_answers(draft, QuestionStep.PATTERN)
        self._section(self.tr("When it hurts"), Step.PATTERN, pattern)
        self._section(self.tr("Your legs and feet"), Step.NERVE, self._yes_answers(draft, QuestionStep.NERVE))
        self._section(
            self.tr("Questions we ask everyone"), Step.SAFETY, self._yes_answers(draft, QuestionStep.SAFETY)
        )
        tried = []
        for treatment, answer in draft.treatments.items():
            parts = [translate("vocab", TREATMENT_LABELS[treatment])]
            if answer.note.strip():
                parts.append(answer.note.strip())
            if treatment.counted and answer.count is not None:
                parts.append(self._times(answer.count))
            if answer.relief is not None:
                parts.append(translate("vocab", RELIEF_LABELS[answer.relief]).lower())
            if answer.relief_pattern is not None:
                parts.append(translate("vocab", RELIEF_PATTERN_LABELS[answer.relief_pattern]).lower())
            tried.append(": ".join([parts[0], ", ".join(parts[1:])]) if len(parts) > 1 else parts[0])
        if not tried:
            tried = [
                self.tr("I have not tried any of these") if draft.no_treatments else self.tr("Nothing yet")
            ]
        self._section(self.tr("What you have tried"), Step.TREATMENTS, tried)
        self._column.addStretch(1)
