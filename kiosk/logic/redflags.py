"""Red flags (spec §4): computed before and independently of the lumbar score, never lowered by it.

They read only the pain map, the duration, the age and the answers, never the treatments, so the
wizard can check them right after the safety step with a provisional record.
"""

from __future__ import annotations

from collections.abc import Callable

from kiosk.logic.assessment import RedFlag, Tier
from kiosk.logic.record import IntakeRecord, PainEntry
from kiosk.logic.regions import Group, catalogue
from kiosk.logic.rules import Params, rule_set
from kiosk.logic.vocab import NERVE_SENSORY, Duration, Onset, Quality, Side

FlagCondition = Callable[[IntakeRecord, Params], bool]

RADIATING = frozenset({"calf", "outer_leg", "inner_leg", "shin", "back_thigh", "outer_thigh"})
ROOT_REGIONS = frozenset({"back_thigh", "outer_thigh"})
ROOT_QUALITIES = frozenset({Quality.TINGLING, Quality.NUMBNESS, Quality.ELECTRIC})
CAUDA_EQUINA_GROUPS = frozenset({Group.BACK, Group.LEG, Group.FOOT})
HEEL_INJURY = frozenset({"heel_bottom", "heel_back", "achilles"})
INFECTION_RISK = ("iv_drug_use", "immunosuppressed", "diabetes")


def spine_pain(record: IntakeRecord) -> int:
    """Highest intensity among back-group regions (upper, middle, lower back), any side; 0 when none."""
    return max((p.intensity for p in record.pain if catalogue()[p.region].group is Group.BACK), default=0)


def limb_entries(record: IntakeRecord, side: Side) -> tuple[PainEntry, ...]:
    """Leg and foot regions marked on one side; intensity 0 still counts as marked."""
    return tuple(p for p in record.pain if p.side is side and catalogue()[p.region].is_limb)


def _root_feature(record: IntakeRecord, side: Side) -> bool:
    """U1's nerve-root feature on one side: back or outer thigh, a tingling, numb or electric limb
    region, or pain that travels down the leg (said of the legs, so it counts for both sides)."""
    entries = limb_entries(record, side)
    return (
        record.yes("pain_travels_down_leg")
        or any(p.region in ROOT_REGIONS for p in entries)
        or any(ROOT_QUALITIES & set(p.qualities) for p in entries)
    )


def _bilateral_radiating(record: IntakeRecord) -> bool:
    """Both legs radiate, each with a nerve-root feature (bilateral shin splints are not sciatica)."""
    return all(
        any(p.region in RADIATING for p in limb_entries(record, side)) and _root_feature(record, side)
        for side in (Side.LEFT, Side.RIGHT)
    )


def _nerve_symptoms_or_spread(record: IntakeRecord) -> bool:
    """A limb region with tingling or numbness, or any region above the ankle (U3's limb part)."""
    for entry in record.pain:
        region = catalogue()[entry.region]
        if region.above_ankle or (region.is_limb and NERVE_SENSORY & set(entry.qualities)):
            return True
    return False


def _new_spinal_pain(record: IntakeRecord) -> bool:
    return record.yes("back_pain_new") and spine_pain(record) >= 1


FLAG_CONDITIONS: dict[str, FlagCondition] = {
    "E1": lambda r, _: r.yes("saddle_numbness"),
    "E2": lambda r, _: r.yes("urination_difficulty"),
    "E3": lambda r, _: r.yes("bladder_bowel_control_loss"),
    "E5": lambda r, _: r.yes("both_legs_weak"),
    "U1": lambda r, _: r.duration is Duration.UNDER_6_WEEKS and _bilateral_radiating(r),
    "U2": lambda r, _: (
        any(r.yes(a) for a in ("foot_drop", "toe_rise_weak", "knee_buckling")) and r.yes("weakness_worsening")
    ),
    "U3": lambda r, _: r.yes("cancer_history") and _new_spinal_pain(r) and _nerve_symptoms_or_spread(r),
    "U4": lambda r, _: (
        r.yes("fever_chills")
        and any(r.yes(a) for a in INFECTION_RISK)
        and (spine_pain(r) >= 1 or any(limb_entries(r, side) for side in (Side.LEFT, Side.RIGHT)))
    ),
    "U5": lambda r, _: r.yes("calf_swollen_new"),
    "U6": lambda r, _: (
        r.yes("sexual_dysfunction_new")
        and any(catalogue()[p.region].group in CAUDA_EQUINA_GROUPS for p in r.pain)
    ),
    "R1": lambda r, _: r.yes("cancer_history") and spine_pain(r) >= 1,
    "R2": lambda r, _: r.yes("weight_loss"),
    "R3": lambda r, p: r.age > p["age_over"] and _new_spinal_pain(r),
    "R4": lambda r, _: r.yes("recent_trauma") and spine_pain(r) >= 1,
    "R5": lambda r, _: r.yes("night_pain"),
    "R6": lambda r, _: r.yes("iv_drug_use") or r.yes("immunosuppressed"),
    "R7": lambda r, _: (r.yes("osteoporosis") or r.yes("long_term_steroids")) and _new_spinal_pain(r),
    "R8": lambda r, _: (
        r.yes("recent_trauma") and r.onset is Onset.SUDDEN and any(p.region in HEEL_INJURY for p in r.pain)
    ),
}


def red_flags(record: IntakeRecord) -> tuple[Tier, tuple[RedFlag, ...]]:
    """Every fired flag in rule-file order, and the highest tier among them (`none` when none fired)."""
    fired = tuple(
        RedFlag(rule.id, rule.tier, rule.reason, rule.sources)
        for rule in rule_set().red_flags
        if FLAG_CONDITIONS[rule.id](record, rule.params)
    )
    tier = max((flag.tier for flag in fired), key=lambda t: t.rank, default=Tier.NONE)
    return tier, fired
