"""Yes/no question pages: pattern and timing, nerve and muscle, safety."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.logic.draft import IntakeDraft
from kiosk.logic.flow import Step
from kiosk.logic.questions import (
    MORNING_STIFFNESS_CHOICES,
    MORNING_STIFFNESS_LABELS,
    QUESTIONS_BY_ID,
    Question,
    QuestionStep,
    is_asked,
    no_longer_holds,
    questions_for,
)
from kiosk.logic.vocab import DURATION_LABELS, ONSET_LABELS, Duration, Onset
from kiosk.ui.steps.base import StepPage
from kiosk.ui.widgets import ChoiceGroup, YesNoQuestion, body_text, scrolling_column, translate


class QuestionsPage(StepPage):
    """A scrolling column of questions; the pattern page adds duration, onset and stiffness."""

    def __init__(self, step: Step) -> None:
        super().__init__()
        self.step = step
        self.questions: dict[str, YesNoQuestion] = {}
        self.duration: ChoiceGroup | None = None
        self.onset: ChoiceGroup | None = None
        self.stiffness: ChoiceGroup | None = None
        self._in_order: list[tuple[QWidget, ChoiceGroup]] = []  # (what to bring into view, its answer)
        self._regions: set[str] = set()
        self._answers: dict[str, bool | int] = {}
        column = scrolling_column(self)
        column.setSpacing(8)
        if step is Step.PATTERN:
            self.duration = self._choice(
                column,
                self.tr("How long have you had this pain?"),
                [(d, translate("vocab", DURATION_LABELS[d])) for d in Duration],
                columns=3,
            )
            self.onset = self._choice(
                column,
                self.tr("How did it start?"),
                [(o, translate("vocab", ONSET_LABELS[o])) for o in Onset],
                columns=2,
            )
        for question in questions_for(QuestionStep(step.value)):
            if question.minutes:
                self.stiffness = self._choice(
                    column,
                    translate("questions", question.text),
                    [
                        (m, translate("questions", MORNING_STIFFNESS_LABELS[m]))
                        for m in MORNING_STIFFNESS_CHOICES
                    ],
                    columns=3,
                    help_text=translate("questions", question.help),
                )
            else:
                self._yes_no(column, question)
        column.addStretch(1)

    def _choice(
        self,
        column: QVBoxLayout,
        text: str,
        options: list[tuple[object, str]],
        *,
        columns: int,
        help_text: str = "",
    ) -> ChoiceGroup:
        column.addWidget(body_text(text, "question"))
        if help_text:
            column.addWidget(body_text(help_text, "help"))
        group = ChoiceGroup(options, columns=columns, name=text)
        group.chosen.connect(self.changed)
        column.addWidget(group)
        self._in_order.append((group, group))
        return group

    def _yes_no(self, column: QVBoxLayout, question: Question) -> None:
        row = YesNoQuestion(
            question.id, translate("questions", question.text), translate("questions", question.help)
        )
        row.answered.connect(self._answered)
        self.questions[question.id] = row
        column.addWidget(row)
        self._in_order.append((row, row.choice))

    @Slot(str, bool)
    def _answered(self, answer_id: str, value: bool) -> None:
        if value and self._answers.get(answer_id) is not True:
            for follow_up in no_longer_holds(answer_id, self._answers):
                self.questions[follow_up].set_answer(None)  # asked again: store() takes it out
                del self._answers[follow_up]
        self._answers[answer_id] = value
        self._show_asked()
        self.changed.emit()

    def _show_asked(self) -> None:
        """Only the questions this patient is asked (`questions.is_asked`): the map may have changed
        since the page was built, and a follow-up waits for the yes it follows."""
        for answer_id, row in self.questions.items():
            row.setVisible(is_asked(QUESTIONS_BY_ID[answer_id], self._regions, self._answers))

    def title(self) -> str:
        return {
            Step.PATTERN: self.tr("When does it hurt?"),
            Step.NERVE: self.tr("Your legs and feet"),
            Step.SAFETY: self.tr("Questions we ask everyone"),
        }[self.step]

    def first_missing(self) -> QWidget | None:
        return next(
            (shown for shown, answer in self._in_order if answer.value() is None and not shown.isHidden()),
            None,
        )

    def load(self, draft: IntakeDraft) -> None:
        self._regions = {region for region, _side in draft.pain}
        self._answers = dict(draft.answers)
        for answer_id, row in self.questions.items():
            value = draft.answers.get(answer_id)
            row.set_answer(None if value is None else bool(value))
        self._show_asked()
        if self.duration is not None:
            self.duration.set_value(draft.duration)
        if self.onset is not None:
            self.onset.set_value(draft.onset)
        if self.stiffness is not None:
            self.stiffness.set_value(draft.answers.get("morning_stiffness_minutes"))

    def store(self, draft: IntakeDraft) -> None:
        for answer_id, row in self.questions.items():
            if row.isHidden():
                continue  # not asked: an answer kept from before the map changed stays as it was
            value = row.choice.value()
            if value is None:
                draft.answers.pop(answer_id, None)
            else:
                draft.answers[answer_id] = bool(value)
        if self.duration is not None:
            draft.duration = self.duration.value()
        if self.onset is not None:
            draft.onset = self.onset.value()
        if self.stiffness is not None:
            minutes = self.stiffness.value()
            if minutes is None:
                draft.answers.pop("morning_stiffness_minutes", None)
            else:
                draft.answers["morning_stiffness_minutes"] = int(minutes)
