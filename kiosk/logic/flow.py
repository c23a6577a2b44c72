"""The order of the intake steps, their branching, what each step still needs, and when staff are
alerted.

The Qt shell asks this module which step comes next, why Next is disabled and whether to raise a
staff alert on the way; keeping it here means the whole flow is tested without a screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from kiosk.logic.assessment import RedFlag, Tier
from kiosk.logic.draft import IntakeDraft
from kiosk.logic.i18n import translatable, translatable_plural
from kiosk.logic.limits import MAX_AGE
from kiosk.logic.questions import Question, QuestionStep, is_asked, questions_for
from kiosk.logic.record_load import record_from_dict
from kiosk.logic.screening import red_flags
from kiosk.logic.vocab import TreatmentId


def _untranslated(text: str, count: int | None) -> str:
    del count
    return text


@dataclass(frozen=True)
class Problem:
    """Something a step still needs; `text` is English source text. A text with a `count` says
    `%n` for it and is translated with it, so that its words agree with the number."""

    text: str
    count: int | None = None

    def words(self, translate: Callable[[str, int | None], str] = _untranslated) -> str:
        said = translate(self.text, self.count)
        return said if self.count is None else said.replace("%n", str(self.count))


class Step(StrEnum):
    WELCOME = "welcome"
    ABOUT = "about"
    MAP = "map"
    INTENSITY = "intensity"
    PATTERN = "pattern"
    NERVE = "nerve"
    SAFETY = "safety"
    ALERT = "alert"
    TREATMENTS = "treatments"
    REVIEW = "review"
    DONE = "done"


ORDER = tuple(Step)
EDITABLE = (Step.ABOUT, Step.MAP, Step.INTENSITY, Step.PATTERN, Step.NERVE, Step.SAFETY, Step.TREATMENTS)
"""Steps the Review screen can send the patient back to."""

_QUESTION_STEPS = {
    Step.PATTERN: QuestionStep.PATTERN,
    Step.NERVE: QuestionStep.NERVE,
    Step.SAFETY: QuestionStep.SAFETY,
}


def asked_questions(step: Step, draft: IntakeDraft) -> tuple[Question, ...]:
    """The questions of a question step this patient is asked, by the places they marked and the
    answers a follow-up needs."""
    regions = {region for region, _side in draft.pain}
    return tuple(q for q in questions_for(_QUESTION_STEPS[step]) if is_asked(q, regions, draft.answers))


def _unanswered(step: Step, draft: IntakeDraft) -> list[Problem]:
    missing = [q.id for q in asked_questions(step, draft) if q.id not in draft.answers]
    if not missing:
        return []
    return [Problem(translatable_plural("flow", "Please answer %n more questions."), len(missing))]


def problems(step: Step, draft: IntakeDraft, today: date) -> list[Problem]:
    """What the step still needs before Next, in plain words; empty means complete."""
    found: list[Problem] = []
    if step is Step.ABOUT:
        if not draft.first_name.strip():
            found.append(Problem(translatable("flow", "Please type your first name.")))
        if not draft.last_name.strip():
            found.append(Problem(translatable("flow", "Please type your last name.")))
        if draft.date_of_birth is None:
            found.append(Problem(translatable("flow", "Please choose your date of birth.")))
        elif draft.date_of_birth > today:
            found.append(Problem(translatable("flow", "Your date of birth cannot be in the future.")))
        elif today.year - draft.date_of_birth.year > MAX_AGE:
            found.append(Problem(translatable("flow", "Please check the year you were born.")))
    elif step is Step.MAP:
        if not draft.pain:
            found.append(Problem(translatable("flow", "Tap at least one place where it hurts.")))
    elif step is Step.INTENSITY:
        left = sum(1 for mark in draft.pain.values() if mark.intensity is None)
        if left:
            found.append(
                Problem(translatable("flow", "Choose how much it hurts for each place (%n left)."), left)
            )
    elif step is Step.PATTERN:
        if draft.duration is None:
            found.append(Problem(translatable("flow", "Please choose how long you have had this pain.")))
        if draft.onset is None:
            found.append(Problem(translatable("flow", "Please choose how the pain started.")))
        found.extend(_unanswered(step, draft))
    elif step in (Step.NERVE, Step.SAFETY):
        found.extend(_unanswered(step, draft))
    elif step is Step.TREATMENTS:
        found.extend(_treatment_problems(draft))
    return found


def _treatment_problems(draft: IntakeDraft) -> list[Problem]:
    if not draft.treatments and not draft.no_treatments:
        return [
            Problem(
                translatable("flow", "Choose what you have tried, or tap “I have not tried any of these”.")
            )
        ]
    found: list[Problem] = []
    if any(t.relief is None for t in draft.treatments.values()):
        found.append(Problem(translatable("flow", "Say how much each treatment helped.")))
    if any(tid.counted and t.count is None for tid, t in draft.treatments.items()):
        found.append(Problem(translatable("flow", "Say how many times you had each shot or surgery.")))
    if any(
        tid.repeatable_injection and t.needs_pattern and t.relief_pattern is None
        for tid, t in draft.treatments.items()
    ):
        found.append(Problem(translatable("flow", "Say if the shots helped less each time.")))
    other = draft.treatments.get(TreatmentId.OTHER)
    if other is not None and not other.note.strip():
        found.append(Problem(translatable("flow", "Please write a few words about the other treatment.")))
    return found


def safety_flags(draft: IntakeDraft, now: datetime) -> tuple[Tier, tuple[RedFlag, ...]]:
    """The red flags of the answers so far, for the alert right after the safety step.

    Fails closed: anything still missing takes the value that can only raise flags (a place with no
    number counts as 10, an unknown duration as under 6 weeks, an unknown birth date as over 50),
    so an incomplete draft never hides an emergency answer. Treatments do not affect red flags.
    """
    data = draft.record_dict(now)
    data["treatments"] = []
    for entry in data["pain"]:
        if entry["intensity"] is None:
            entry["intensity"] = 10
    data["duration"] = data["duration"] or "under_6_weeks"
    patient = data["patient"]
    patient["first_name"] = patient["first_name"] or "-"
    patient["last_name"] = patient["last_name"] or "-"
    patient["date_of_birth"] = patient["date_of_birth"] or f"{now.year - MAX_AGE:04d}-01-01"
    return red_flags(record_from_dict(data))


def next_step(step: Step, draft: IntakeDraft, now: datetime) -> Step:
    if step is Step.DONE:
        return Step.WELCOME
    if step is Step.SAFETY:
        return Step.ALERT if safety_flags(draft, now)[0].alerts_staff else Step.TREATMENTS
    if step is Step.MAP and not problems(Step.INTENSITY, draft, now.date()):
        return Step.PATTERN  # every place already has its strength, given on the map itself
    following = ORDER[ORDER.index(step) + 1]
    return Step.TREATMENTS if following is Step.ALERT else following


def previous_step(step: Step) -> Step | None:
    """Back never lands on the alert message or leaves Welcome/Done."""
    if step in (Step.WELCOME, Step.DONE):
        return None
    if step is Step.TREATMENTS:
        return Step.SAFETY
    return ORDER[ORDER.index(step) - 1]


@dataclass(frozen=True)
class Move:
    """Where Next leads, and the staff alert to raise on the way there (None: none)."""

    to: Step
    alert: Tier | None = None


@dataclass
class Journey:
    """One patient's way through the steps: the flow's rules plus the two things only this visit
    knows. `editing`: the patient came from Review to change an answer, so Next leads back there
    (through any step the change left incomplete). `alerted`: the tier staff were already told, so
    the same answers raise no second alert, and only a higher tier raises a new one.
    """

    editing: bool = False
    alerted: Tier | None = None

    def edit(self) -> None:
        """The patient pressed Change on Review."""
        self.editing = True

    def sent(self) -> None:
        """The intake went in: nothing is being changed any more."""
        self.editing = False

    def forward(self, step: Step, draft: IntakeDraft, now: datetime) -> Move:
        """Next from `step` (complete; not Review or Done, which the shell handles itself)."""
        following = next_step(step, draft, now)
        if following is Step.ALERT:
            alert = self._rising(draft, now)
        else:
            alert = self._rising(draft, now) if self._past_safety(step, draft, now) else None
        if alert is not None:
            self.alerted = alert
            return Move(Step.ALERT, alert)
        if following is Step.ALERT:
            following = Step.TREATMENTS  # staff already know: the same answers raise no second alert
        if self.editing and (step is Step.ALERT or step in EDITABLE):
            following = self._unfinished(draft, now.date()) or Step.REVIEW
            self.editing = following is not Step.REVIEW
        return Move(following)

    def _rising(self, draft: IntakeDraft, now: datetime) -> Tier | None:
        """The tier of the answers, when it calls for staff above what they were already told."""
        tier = safety_flags(draft, now)[0]
        if tier.alerts_staff and (self.alerted is None or tier.rank > self.alerted.rank):
            return tier
        return None

    def _past_safety(self, step: Step, draft: IntakeDraft, now: datetime) -> bool:
        """An answer changed after the safety step (from Review, say) that raises the tier must reach
        staff at once, as at the safety step. Not while a marked place lacks its number: the check
        would count it as 10 and alert on a score never given; leaving Intensity checks again."""
        past = self.editing or ORDER.index(step) > ORDER.index(Step.SAFETY)
        return past and not problems(Step.INTENSITY, draft, now.date())

    @staticmethod
    def _unfinished(draft: IntakeDraft, today: date) -> Step | None:
        """The first step a change left incomplete: a place marked without its number, or a
        question that a newly marked leg or foot place now asks."""
        return next((step for step in EDITABLE if problems(step, draft, today)), None)
