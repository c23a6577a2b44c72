"""Every answer id of `kiosk-intake/1`, with the step that asks it and the plain words it is asked in.

Wording aims at a grade-6 reader: short sentences, everyday words, one idea per question, and a
one-line help text where a word may be unfamiliar.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from kiosk.logic.i18n import QT_TRANSLATE_NOOP as _N


class QuestionStep(StrEnum):
    PATTERN = "pattern"
    NERVE = "nerve"
    SAFETY = "safety"


@dataclass(frozen=True)
class Question:
    id: str
    step: QuestionStep
    text: str
    help: str = ""
    minutes: bool = False
    """An integer answer (minutes) instead of yes/no."""
    condition: bool = False
    """A known condition (diabetes, neuropathy, psoriasis/IBD/uveitis), asked on the safety page but
    not a safety answer: the report lists it as a condition."""


QUESTIONS: tuple[Question, ...] = (
    # Pain pattern
    Question(
        "first_steps_pain_eases",
        QuestionStep.PATTERN,
        _N("questions", "Is the pain worst on your first steps after sleep or rest?"),
        _N("questions", "Answer yes if it then gets better after a few minutes of walking."),
    ),
    Question(
        "worse_end_of_day",
        QuestionStep.PATTERN,
        _N("questions", "Is the pain worse at the end of the day or after standing a long time?"),
    ),
    Question(
        "worse_sitting",
        QuestionStep.PATTERN,
        _N("questions", "Does your leg or foot feel worse when you sit for a long time?"),
        _N("questions", "Driving counts as sitting."),
    ),
    Question(
        "walking_eased_by_sitting",
        QuestionStep.PATTERN,
        _N("questions", "Does walking or standing bring on leg pain that gets better when you sit?"),
        _N("questions", "Answer yes also if bending forward makes it better."),
    ),
    Question(
        "walking_eased_by_standing_still",
        QuestionStep.PATTERN,
        _N("questions", "Do you get calf pain when you walk that goes away when you stand still?"),
    ),
    Question(
        "cough_sneeze_leg",
        QuestionStep.PATTERN,
        _N("questions", "Does coughing or sneezing make the pain in your leg or foot worse?"),
        _N("questions", "Pushing hard on the toilet counts too."),
    ),
    Question(
        "pain_travels_down_leg",
        QuestionStep.PATTERN,
        _N(
            "questions",
            "Does the pain travel or shoot from your back or buttock down into your leg or foot?",
        ),
        _N("questions", "Answer yes if it runs down like a line or a band."),
    ),
    Question(
        "night_pain",
        QuestionStep.PATTERN,
        _N("questions", "Do you have pain at night or at rest that does not ease when you move?"),
    ),
    Question(
        "morning_stiffness_minutes",
        QuestionStep.PATTERN,
        _N("questions", "How long are you stiff in the morning?"),
        _N("questions", "Pick “Not stiff” if you are not stiff."),
        minutes=True,
    ),
    Question(
        "load_increase_recent",
        QuestionStep.PATTERN,
        _N("questions", "Did the pain start after you began to walk, run or stand much more?"),
    ),
    # Nerve and muscle
    Question(
        "toe_rise_weak",
        QuestionStep.NERVE,
        _N(
            "questions",
            "Is rising up on your toes weaker on the painful side, even when it does not hurt?",
        ),
        _N("questions", "Think of standing on one leg and going up on tiptoe."),
    ),
    Question(
        "foot_drop",
        QuestionStep.NERVE,
        _N("questions", "Does your foot slap down, or do your toes catch on steps or curbs?"),
        _N("questions", "Answer yes also if it is hard to walk on your heels."),
    ),
    Question(
        "knee_buckling",
        QuestionStep.NERVE,
        _N("questions", "Does your knee give way?"),
    ),
    Question(
        "weakness_worsening",
        QuestionStep.NERVE,
        _N("questions", "Is any weakness in your leg or foot new or getting worse?"),
    ),
    Question(
        "calf_cramps_twitching",
        QuestionStep.NERVE,
        _N("questions", "Do you get cramps or twitching in the calf on the painful side?"),
        _N("questions", "The calf is the back of the leg below the knee."),
    ),
    Question(
        "calf_size_difference",
        QuestionStep.NERVE,
        _N("questions", "Has one calf become thinner than the other?"),
    ),
    Question(
        "ankle_tap_tingling",
        QuestionStep.NERVE,
        _N("questions", "Does tapping behind the inner ankle send tingling into your foot?"),
        _N("questions", "The inner ankle is the bump on the side near your other foot."),
    ),
    # Safety: asked of everyone
    Question(
        "saddle_numbness",
        QuestionStep.SAFETY,
        _N(
            "questions",
            "Is there new numbness between your legs, or around your bottom or genitals?",
        ),
        _N("questions", "This is the skin you sit on, or that toilet paper touches."),
    ),
    Question(
        "urination_difficulty",
        QuestionStep.SAFETY,
        _N("questions", "Is it newly hard to start to pee, or is the flow harder to feel?"),
    ),
    Question(
        "bladder_bowel_control_loss",
        QuestionStep.SAFETY,
        _N("questions", "Have you newly lost control of your bladder or bowels?"),
        _N("questions", "Answer yes also if you can no longer feel when you need to go."),
    ),
    Question(
        "sexual_dysfunction_new",
        QuestionStep.SAFETY,
        _N("questions", "Do you have new problems with sex or with feeling in your genitals?"),
    ),
    Question(
        "both_legs_weak",
        QuestionStep.SAFETY,
        _N("questions", "Are both of your legs very weak, or getting weaker?"),
    ),
    Question(
        "cancer_history",
        QuestionStep.SAFETY,
        _N("questions", "Have you ever had cancer?"),
    ),
    Question(
        "weight_loss",
        QuestionStep.SAFETY,
        _N("questions", "Are you losing weight without trying?"),
    ),
    Question(
        "fever_chills",
        QuestionStep.SAFETY,
        _N("questions", "Do you have fever, chills or sweats with this pain?"),
    ),
    Question(
        "iv_drug_use",
        QuestionStep.SAFETY,
        _N("questions", "Do you inject drugs?"),
        _N("questions", "Your answer is private. It helps the doctor check for infection."),
    ),
    Question(
        "immunosuppressed",
        QuestionStep.SAFETY,
        _N("questions", "Is your immune system weak?"),
        _N("questions", "For example from cancer drugs, transplant drugs or HIV."),
    ),
    Question(
        "long_term_steroids",
        QuestionStep.SAFETY,
        _N("questions", "Have you taken steroid pills, like prednisone, for months?"),
    ),
    Question(
        "osteoporosis",
        QuestionStep.SAFETY,
        _N("questions", "Do you have thin bones (osteoporosis)?"),
    ),
    Question(
        "recent_trauma",
        QuestionStep.SAFETY,
        _N("questions", "Did you fall, have an accident or get hurt before this pain began?"),
    ),
    Question(
        "back_pain_new",
        QuestionStep.SAFETY,
        _N("questions", "Did back pain start in the last 3 months?"),
        _N("questions", "Answer no if you have no back pain."),
    ),
    Question(
        "calf_swollen_new",
        QuestionStep.SAFETY,
        _N("questions", "Has one of your calves become swollen, warm or red in the last few days?"),
    ),
    Question(
        "diabetes",
        QuestionStep.SAFETY,
        _N("questions", "Do you have diabetes?"),
        condition=True,
    ),
    Question(
        "known_neuropathy",
        QuestionStep.SAFETY,
        _N("questions", "Has a doctor told you that you have nerve damage in your feet?"),
        _N("questions", "The doctor's word for this is neuropathy."),
        condition=True,
    ),
    Question(
        "psoriasis_ibd_uveitis",
        QuestionStep.SAFETY,
        _N("questions", "Have you been told you have psoriasis, Crohn's disease, colitis or uveitis?"),
        _N("questions", "Psoriasis is a skin problem. Uveitis is an eye problem."),
        condition=True,
    ),
)

QUESTIONS_BY_ID = {q.id: q for q in QUESTIONS}

MORNING_STIFFNESS_CHOICES = (0, 15, 30, 60, 120)
"""Minutes offered for morning stiffness; each threshold the rules use (over 30) is separable."""

MORNING_STIFFNESS_LABELS = {
    0: _N("questions", "Not stiff"),
    15: _N("questions", "Up to 15 minutes"),
    30: _N("questions", "About 30 minutes"),
    60: _N("questions", "About an hour"),
    120: _N("questions", "Two hours or more"),
}


def questions_for(step: QuestionStep) -> tuple[Question, ...]:
    return tuple(q for q in QUESTIONS if q.step is step)
