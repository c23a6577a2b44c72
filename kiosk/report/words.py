"""The physician's words for the record and the screen: short clinical phrasing, not the patient's.

The patient read plain questions ("Does coughing or sneezing make the pain in your leg or foot
worse?"); the physician scans page 1 in half a minute, so page 1 uses these short phrases and the
later pages repeat every question exactly as it was asked.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from kiosk.logic.assessment import Tier
from kiosk.logic.plural import counted
from kiosk.logic.questions import MORNING_STIFFNESS_LABELS
from kiosk.logic.vocab import Language, Quality, Side

NOT_APPLICABLE_TEXT = "No leg or foot pain marked: screen not applicable"
DISCLAIMER = "Screening aid for the physician, not a diagnosis"

TIER_WORDS = {
    Tier.EMERGENCY: "EMERGENCY",
    Tier.URGENT: "URGENT",
    Tier.PROMPT: "PROMPT",
}
TIER_ACTION = {
    Tier.EMERGENCY: "see the patient now: possible cauda equina syndrome or severe neurology",
    Tier.URGENT: "needs review today, before the patient leaves",
    Tier.PROMPT: "review at this visit",
}

LANGUAGE_IN_ENGLISH = {Language.EN: "English", Language.ES: "Spanish"}

QUALITY_SHORT = {
    Quality.ACHING: "aching",
    Quality.SHARP: "sharp",
    Quality.BURNING: "burning",
    Quality.ELECTRIC: "electric",
    Quality.TINGLING: "tingling",
    Quality.NUMBNESS: "numb",
    Quality.PAINFUL_COLD: "painful cold",
    Quality.LIGHT_TOUCH: "light-touch pain",
    Quality.CRAMPING: "cramping",
    Quality.ITCHING: "itching",
}

ANSWER_PHRASES = {
    "first_steps_pain_eases": "First-step pain after rest, easing with walking",
    "worse_end_of_day": "Worse at end of day or after long standing",
    "worse_sitting": "Leg/foot worse with prolonged sitting or driving",
    "walking_eased_by_sitting": "Leg symptoms on walking/standing, eased by sitting or bending forward",
    "walking_eased_by_standing_still": "Calf pain on walking, eased by standing still",
    "cough_sneeze_leg": "Leg/foot pain worse on cough, sneeze or strain",
    "pain_travels_down_leg": "Pain travels from the back or buttock down the leg or foot",
    "night_pain": "Night or rest pain not eased by changing position",
    "morning_stiffness_minutes": "Morning stiffness",
    "load_increase_recent": "Began after a sudden increase in walking, running or standing",
    "toe_rise_weak": "Toe rise weaker on the painful side, even without pain",
    "foot_drop": "Foot slaps or toes catch; heel walking hard",
    "knee_buckling": "Knee gives way",
    "weakness_worsening": "Weakness new or getting worse",
    "calf_cramps_twitching": "Calf cramps or twitching on the painful side",
    "calf_size_difference": "One calf has become thinner",
    "ankle_tap_tingling": "Tap behind the inner ankle sends tingling into the foot",
    "saddle_numbness": "New saddle (perineal) numbness",
    "urination_difficulty": "New difficulty starting urine or feeling the flow",
    "bladder_bowel_control_loss": "New loss of bladder or bowel control",
    "sexual_dysfunction_new": "New sexual dysfunction or genital numbness",
    "both_legs_weak": "Severe or worsening weakness of both legs",
    "cancer_history": "History of cancer",
    "weight_loss": "Unintended weight loss",
    "fever_chills": "Fever, chills or sweats",
    "iv_drug_use": "Injects drugs",
    "immunosuppressed": "Immunosuppressed",
    "long_term_steroids": "Long-term oral steroids",
    "osteoporosis": "Osteoporosis",
    "recent_trauma": "Fall, accident or injury before onset",
    "back_pain_new": "Back pain began in the last 3 months",
    "calf_swollen_new": "A calf newly swollen, warm or red",
    "diabetes": "Diabetes",
    "known_neuropathy": "Known peripheral neuropathy",
    "psoriasis_ibd_uveitis": "Psoriasis, IBD or uveitis",
}


def side_letter(side: Side) -> str:
    """ "R"/"L" are always the patient's own sides; midline regions get "mid"."""
    return {Side.RIGHT: "R", Side.LEFT: "L", Side.MIDLINE: "mid"}[side]


def side_words(side: Side) -> str:
    return {Side.RIGHT: "Right", Side.LEFT: "Left", Side.MIDLINE: "Midline"}[side]


def format_date(day: date) -> str:
    """ISO 8601 (YYYY-MM-DD): unambiguous for US and European readers, and searchable."""
    return day.isoformat()


def format_offset(offset: timedelta | None) -> str:
    minutes = int((offset or timedelta()).total_seconds() // 60)
    sign = "+" if minutes >= 0 else "−"
    hours, mins = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{mins:02d}"


def format_datetime(when: datetime) -> str:
    """The kiosk's own local time, with its offset, so a reader elsewhere can still place it."""
    return f"{format_date(when.date())} {when:%H:%M} ({format_offset(when.utcoffset())})"


def minutes_words(minutes: int) -> str:
    if minutes in MORNING_STIFFNESS_LABELS:
        return MORNING_STIFFNESS_LABELS[minutes]
    return counted(minutes, "minute")


def points_words(points: int) -> str:
    """Signed points with a true minus sign: "+2", "−1"."""
    return f"+{points}" if points >= 0 else f"−{abs(points)}"
