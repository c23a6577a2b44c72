"""The order of the intake steps, their branching and what each step still needs.

The Qt shell asks this module which step comes next and why Next is disabled; keeping it here means
the whole flow is tested without a screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from kiosk.logic.assessment import RedFlag, Tier
from kiosk.logic.draft import IntakeDraft
from kiosk.logic.i18n import QT_TRANSLATE_NOOP as _N
from kiosk.logic.questions import QuestionStep, questions_for
from kiosk.logic.record import record_from_dict
from kiosk.logic.screening import red_flags
from kiosk.logic.vocab import TreatmentId

MAX_AGE = 120


@dataclass(frozen=True)
class Problem:
    """Something a step still needs; `text` is English source text, `%n` stands for `count`."""

    text: str
    count: int = 0

    def words(self, translate: Callable[[str], str] = str) -> str:
        return translate(self.text).replace("%n", str(self.count))


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


def _unanswered(step: Step, draft: IntakeDraft) -> list[Problem]:
    missing = [q.id for q in questions_for(_QUESTION_STEPS[step]) if q.id not in draft.answers]
    if not missing:
        return []
    if len(missing) == 1:
        return [Problem(_N("flow", "Please answer 1 more question."))]
    return [Problem(_N("flow", "Please answer %n more questions."), len(missing))]


def problems(step: Step, draft: IntakeDraft, today: date) -> list[Problem]:
    """What the step still needs before Next, in plain words; empty means complete."""
    found: list[Problem] = []
    if step is Step.ABOUT:
        if not draft.first_name.strip():
            found.append(Problem(_N("flow", "Please type your first name.")))
        if not draft.last_name.strip():
            found.append(Problem(_N("flow", "Please type your last name.")))
        if draft.date_of_birth is None:
            found.append(Problem(_N("flow", "Please choose your date of birth.")))
        elif draft.date_of_birth > today:
            found.append(Problem(_N("flow", "Your date of birth cannot be in the future.")))
        elif today.year - draft.date_of_birth.year > MAX_AGE:
            found.append(Problem(_N("flow", "Please check the year you were born.")))
    elif step is Step.MAP:
        if not draft.pain:
            found.append(Problem(_N("flow", "Tap at least one place where it hurts.")))
    elif step is Step.INTENSITY:
        left = sum(1 for mark in draft.pain.values() if mark.intensity is None)
        if left:
            found.append(Problem(_N("flow", "Choose how much it hurts for each place (%n left)."), left))
    elif step is Step.PATTERN:
        if draft.duration is None:
            found.append(Problem(_N("flow", "Please choose how long you have had this pain.")))
        if draft.onset is None:
            found.append(Problem(_N("flow", "Please choose how the pain started.")))
        found.extend(_unanswered(step, draft))
    elif step in (Step.NERVE, Step.SAFETY):
        found.extend(_unanswered(step, draft))
    elif step is Step.TREATMENTS:
        found.extend(_treatment_problems(draft))
    return found


def _treatment_problems(draft: IntakeDraft) -> list[Problem]:
    if not draft.treatments and not draft.no_treatments:
        return [Problem(_N("flow", "Choose what you have tried, or tap “I have not tried any of these”."))]
    found: list[Problem] = []
    if any(t.relief is None for t in draft.treatments.values()):
        found.append(Problem(_N("flow", "Say how much each treatment helped.")))
    if any(tid.counted and t.count is None for tid, t in draft.treatments.items()):
        found.append(Problem(_N("flow", "Say how many times you had each shot or surgery.")))
    if any(
        tid.repeatable_injection and t.needs_pattern and t.relief_pattern is None
        for tid, t in draft.treatments.items()
    ):
        found.append(Problem(_N("flow", "Say if the shots helped less each time.")))
    other = draft.treatments.get(TreatmentId.OTHER)
    if other is not None and not other.note.strip():
        found.append(Problem(_N("flow", "Please write a few words about the other treatment.")))
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
