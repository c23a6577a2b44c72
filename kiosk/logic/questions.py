"""Every answer id of `kiosk-intake/1`, with the step that asks it, the plain words it is asked in,
and whom it is asked of.

Wording aims at a grade-6 reader who is in pain and waiting to be called: one idea per question in
at most about 12 words, and a help line only where it prevents a wrong answer (an unfamiliar word,
or a yes that patients would not think of).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from enum import StrEnum

from kiosk.logic.i18n import translatable
from kiosk.logic.regions import catalogue


class QuestionStep(StrEnum):
    PATTERN = "pattern"
    NERVE = "nerve"
    SAFETY = "safety"


class AskedOf(StrEnum):
    """Whom a question is asked of, by the places marked on the map. A question is skipped only
    where no rule, red flag or note of the spec can read its answer (§3–§5): everything the lumbar
    score and its notes read needs a leg or foot place, the bone-stress note a heel. Every safety
    question and every answer a red flag or an unconditional note reads is asked of everyone, with
    one kind of exception (`Question.follows`): a follow-up that means nothing without the yes it
    follows, whose flag reads it only together with that yes."""

    EVERYONE = "everyone"
    LIMB = "limb"
    HEEL = "heel"


HEEL_REGIONS = frozenset({"heel_bottom", "heel_back"})


@dataclass(frozen=True)
class Question:
    id: str
    step: QuestionStep
    text: str
    help: str = ""
    asked_of: AskedOf = AskedOf.EVERYONE
    minutes: bool = False
    """An integer answer (minutes) instead of yes/no."""
    condition: bool = False
    """A known condition (diabetes, neuropathy, psoriasis/IBD/uveitis), asked on the safety page but
    not a safety answer: the report lists it as a condition."""
    follows: tuple[str, ...] = ()
    """Asked only once one of these answers (asked on the same page, above it) is yes. Its words
    must stand on their own: the question right above it may be one the patient said no to."""


QUESTIONS: tuple[Question, ...] = (
    # Pain pattern
    Question(
        "first_steps_pain_eases",
        QuestionStep.PATTERN,
        translatable("questions", "Do your first steps after rest hurt most, then it eases?"),
        asked_of=AskedOf.LIMB,
    ),
    Question(
        "worse_end_of_day",
        QuestionStep.PATTERN,
        translatable("questions", "Is it worse late in the day, or after long standing?"),
        asked_of=AskedOf.LIMB,
    ),
    Question(
        "worse_sitting",
        QuestionStep.PATTERN,
        translatable("questions", "Is your leg or foot worse after long sitting or driving?"),
        asked_of=AskedOf.LIMB,
    ),
    Question(
        "walking_eased_by_sitting",
        QuestionStep.PATTERN,
        translatable("questions", "Does walking bring on leg pain that sitting or bending eases?"),
        asked_of=AskedOf.LIMB,
    ),
    Question(
        "walking_eased_by_standing_still",
        QuestionStep.PATTERN,
        translatable("questions", "Does walking bring on calf pain that stops when you stand still?"),
    ),
    Question(
        "cough_sneeze_leg",
        QuestionStep.PATTERN,
        translatable("questions", "Does coughing, sneezing or pushing on the toilet worsen leg pain?"),
        asked_of=AskedOf.LIMB,
    ),
    Question(
        "pain_travels_down_leg",
        QuestionStep.PATTERN,
        translatable("questions", "Does pain shoot from your back or buttock down your leg?"),
        asked_of=AskedOf.LIMB,
    ),
    Question(
        "night_pain",
        QuestionStep.PATTERN,
        translatable("questions", "Is there night or rest pain that changing position does not ease?"),
    ),
    Question(
        "morning_stiffness_minutes",
        QuestionStep.PATTERN,
        translatable("questions", "How long are you stiff in the morning?"),
        minutes=True,
    ),
    Question(
        "load_increase_recent",
        QuestionStep.PATTERN,
        translatable("questions", "Did it start after much more walking, running or standing?"),
        asked_of=AskedOf.HEEL,
    ),
    # Nerve and muscle
    Question(
        "toe_rise_weak",
        QuestionStep.NERVE,
        translatable("questions", "Is going up on tiptoe weaker on the painful side, not only sore?"),
    ),
    Question(
        "foot_drop",
        QuestionStep.NERVE,
        translatable("questions", "Does your foot slap down, or your toes catch on steps?"),
    ),
    Question(
        "knee_buckling",
        QuestionStep.NERVE,
        translatable("questions", "Does your knee give way?"),
    ),
    Question(
        "weakness_worsening",
        QuestionStep.NERVE,
        translatable("questions", "Is any leg or foot weakness new or getting worse?"),
        # The spec's "a weakness above is new or getting worse": only red flag U2 reads it, and only
        # together with one of these yes answers.
        follows=("toe_rise_weak", "foot_drop", "knee_buckling"),
    ),
    Question(
        "calf_cramps_twitching",
        QuestionStep.NERVE,
        translatable("questions", "Does the calf on the painful side cramp or twitch?"),
        asked_of=AskedOf.LIMB,
    ),
    Question(
        "calf_size_difference",
        QuestionStep.NERVE,
        translatable("questions", "Has one calf become thinner than the other?"),
        asked_of=AskedOf.LIMB,
    ),
    Question(
        "ankle_tap_tingling",
        QuestionStep.NERVE,
        translatable("questions", "Does tapping behind the inner ankle send tingling into your foot?"),
        translatable("questions", "The inner ankle is the bump facing your other foot."),
        asked_of=AskedOf.LIMB,
    ),
    # Safety: asked of everyone
    Question(
        "saddle_numbness",
        QuestionStep.SAFETY,
        translatable("questions", "Is there new numbness between your legs, around your bottom or genitals?"),
        translatable("questions", "Where you sit, or where toilet paper touches."),
    ),
    Question(
        "urination_difficulty",
        QuestionStep.SAFETY,
        translatable("questions", "Is it newly hard to start peeing, or to feel the flow?"),
    ),
    Question(
        "bladder_bowel_control_loss",
        QuestionStep.SAFETY,
        translatable("questions", "Have you newly lost control or feeling of your bladder or bowels?"),
    ),
    Question(
        "sexual_dysfunction_new",
        QuestionStep.SAFETY,
        translatable("questions", "Do you have new problems with sex or genital feeling?"),
    ),
    Question(
        "both_legs_weak",
        QuestionStep.SAFETY,
        translatable("questions", "Are both legs very weak, or getting weaker?"),
    ),
    Question(
        "cancer_history",
        QuestionStep.SAFETY,
        translatable("questions", "Have you ever had cancer?"),
    ),
    Question(
        "weight_loss",
        QuestionStep.SAFETY,
        translatable("questions", "Are you losing weight without trying?"),
    ),
    Question(
        "fever_chills",
        QuestionStep.SAFETY,
        translatable("questions", "Do you have fever, chills or sweats with this pain?"),
    ),
    Question(
        "iv_drug_use",
        QuestionStep.SAFETY,
        translatable("questions", "Do you inject drugs?"),
        translatable("questions", "Your answer is private."),
    ),
    Question(
        "immunosuppressed",
        QuestionStep.SAFETY,
        translatable("questions", "Is your immune system weak from cancer drugs, transplant drugs or HIV?"),
    ),
    Question(
        "long_term_steroids",
        QuestionStep.SAFETY,
        translatable("questions", "Have you taken steroid pills, like prednisone, for months?"),
    ),
    Question(
        "osteoporosis",
        QuestionStep.SAFETY,
        translatable("questions", "Do you have thin bones (osteoporosis)?"),
    ),
    Question(
        "recent_trauma",
        QuestionStep.SAFETY,
        translatable("questions", "Did this pain start after a fall, accident or injury?"),
    ),
    Question(
        "back_pain_new",
        QuestionStep.SAFETY,
        translatable("questions", "Did back pain start in the last 3 months?"),
    ),
    Question(
        "calf_swollen_new",
        QuestionStep.SAFETY,
        translatable("questions", "Has one calf become swollen, warm or red in recent days?"),
    ),
    Question(
        "diabetes",
        QuestionStep.SAFETY,
        translatable("questions", "Do you have diabetes?"),
        condition=True,
    ),
    Question(
        "known_neuropathy",
        QuestionStep.SAFETY,
        translatable("questions", "Has a doctor said you have nerve damage (neuropathy) in your feet?"),
        condition=True,
    ),
    Question(
        "psoriasis_ibd_uveitis",
        QuestionStep.SAFETY,
        translatable(
            "questions", "Have you been told you have psoriasis, Crohn's disease, colitis or uveitis?"
        ),
        condition=True,
    ),
)

QUESTIONS_BY_ID = {q.id: q for q in QUESTIONS}

MORNING_STIFFNESS_CHOICES = (0, 15, 30, 60, 120)
"""Minutes offered for morning stiffness; each threshold the rules use (over 30) is separable."""

MORNING_STIFFNESS_LABELS = {
    0: translatable("questions", "Not stiff"),
    15: translatable("questions", "Up to 15 minutes"),
    30: translatable("questions", "About 30 minutes"),
    60: translatable("questions", "About an hour"),
    120: translatable("questions", "Two hours or more"),
}


def questions_for(step: QuestionStep) -> tuple[Question, ...]:
    return tuple(q for q in QUESTIONS if q.step is step)


def is_asked(question: Question, regions: Collection[str], answers: Mapping[str, bool | int]) -> bool:
    """Whether a patient who marked these region ids and gave these answers is asked `question`
    (see `AskedOf` and `Question.follows`)."""
    if question.follows and not any(
        answers.get(answer) is True and is_asked(QUESTIONS_BY_ID[answer], regions, answers)
        for answer in question.follows
    ):
        return False
    if question.asked_of is AskedOf.EVERYONE:
        return True
    if question.asked_of is AskedOf.HEEL:
        return any(region in HEEL_REGIONS for region in regions)
    return any(catalogue()[region].is_limb for region in regions)


def no_longer_holds(answer_id: str, answers: Mapping[str, bool | int]) -> tuple[str, ...]:
    """The follow-ups whose "no" a new yes to `answer_id` takes back: that no was said of another
    weakness (or of none), so the patient is asked again; a yes stays, it already says enough."""
    return tuple(q.id for q in QUESTIONS if answer_id in q.follows and answers.get(q.id) is False)
