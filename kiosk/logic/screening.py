"""The lumbar screen (spec §2, §3, §5): score each leg, report one side, add notes and red flags.

Each side with a limb region is scored on its own limb regions plus the back and the answers, which
apply to both sides. The rule weights and thresholds come from the rule file (`rules.py`); this module
holds only the conditions, keyed by rule id.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kiosk.logic.assessment import Absent, Assessment, FiredRule, Level, Note
from kiosk.logic.record import IntakeRecord, PainEntry
from kiosk.logic.redflags import limb_entries, red_flags
from kiosk.logic.regions import Group, catalogue
from kiosk.logic.rules import RULES_VERSION, NoteRule, Params, RuleSet, ScoreRule, rule_set
from kiosk.logic.vocab import NERVE_SENSORY, Quality, Relief, Side, TreatmentId, TreatmentKind

__all__ = ["RULES_VERSION", "Limb", "SideScore", "assess", "red_flags", "score_side"]

LIMB_SIDES = (Side.LEFT, Side.RIGHT)

BELOW_KNEE = frozenset({"calf", "outer_leg", "inner_leg", "shin"})
PROXIMAL = frozenset({"back_thigh", "outer_thigh", "front_thigh", "knee", "back_of_knee"})
NOT_A_CHAIN_TOP = frozenset({"calf"})
"""D3 needs a root-set region above the ankle other than the calf: an aching calf beside a sore heel
is common in plantar fasciitis (the calf is the plantar-fascia muscle, [S33])."""
THIGH_LEVEL = frozenset(
    {"buttock", "hip", "front_thigh", "outer_thigh", "inner_thigh", "back_thigh", "knee", "back_of_knee"}
)
GROIN = frozenset({"groin"})
PLANTAR = frozenset({"heel_bottom", "arch"})
ACHILLES = frozenset({"achilles", "heel_back"})
FOREFOOT = frozenset({"toes", "big_toe", "little_toe", "ball_of_foot", "top_of_foot"})
HEEL = frozenset({"heel_bottom", "heel_back"})
NEUROPATHIC = frozenset({Quality.BURNING, Quality.ELECTRIC, Quality.PAINFUL_COLD, Quality.LIGHT_TOUCH})
STOCKING = frozenset({Quality.TINGLING, Quality.NUMBNESS, Quality.BURNING})
LIMB_SURGERY = frozenset(t for t in TreatmentId if t.kind is TreatmentKind.LIMB_SURGERY)
SPINE_TREATMENT = frozenset({TreatmentId.EPIDURAL_INJECTION, TreatmentId.SPINAL_SURGERY})
STEROID = frozenset({TreatmentId.STEROID_INJECTION})
NOT_A_LOT = frozenset(Relief) - {Relief.A_LOT}
SOME_RELIEF = frozenset({Relief.A_LITTLE, Relief.A_LOT})
NO_RELIEF = frozenset({Relief.NONE})


def back_intensity(record: IntakeRecord) -> int:
    """Highest `lower_back` intensity, either side; 0 when none."""
    return max((p.intensity for p in record.pain if p.region == "lower_back"), default=0)


def failed_conservative(record: IntakeRecord) -> frozenset[TreatmentId]:
    """Distinct conservative treatments that did not help a lot (T1 counts ids, not injections)."""
    return frozenset(
        t.treatment
        for t in record.treatments
        if t.treatment.kind is TreatmentKind.CONSERVATIVE and t.relief.failed
    )


def _qualities(entries: Iterable[PainEntry]) -> frozenset[Quality]:
    return frozenset(q for entry in entries for q in entry.qualities)


@dataclass(frozen=True)
class Limb:
    """One side as the rules see it: its own limb regions, plus the record's back and answers."""

    record: IntakeRecord
    side: Side
    entries: tuple[PainEntry, ...]

    @classmethod
    def of(cls, record: IntakeRecord, side: Side) -> Limb:
        return cls(record, side, limb_entries(record, side))

    @property
    def regions(self) -> frozenset[str]:
        return frozenset(p.region for p in self.entries)

    @property
    def intensity(self) -> int:
        """Limb intensity: the highest among this side's limb regions."""
        return max((p.intensity for p in self.entries), default=0)

    @property
    def above_ankle(self) -> tuple[PainEntry, ...]:
        return tuple(p for p in self.entries if catalogue()[p.region].above_ankle)

    @property
    def qualities(self) -> frozenset[Quality]:
        return _qualities(self.entries)

    def only(self, regions: frozenset[str]) -> bool:
        return bool(self.entries) and self.regions <= regions

    def yes(self, answer_id: str) -> bool:
        return self.record.yes(answer_id)


Condition = Callable[[Limb, Params], bool]


def _root_pattern(limb: Limb, params: Params) -> bool:
    """D3: enough regions of one root set, at least one of them above the ankle and not the calf."""
    for root in ("S1", "L5", "L4"):
        members = [catalogue()[p.region] for p in limb.entries if catalogue()[p.region].root_set == root]
        tops = [r for r in members if r.above_ankle and r.id not in NOT_A_CHAIN_TOP]
        if len(members) >= params["min_regions"] and tops:
            return True
    return False


def _stocking_forefoot(limb: Limb) -> bool:
    """A toe or forefoot region of this side burns, tingles or is numb (the region itself, not
    another one on the same foot: a tingling heel beside aching toes is no stocking)."""
    return any(p.region in FOREFOOT and STOCKING & set(p.qualities) for p in limb.entries)


def _distal_symmetric(record: IntakeRecord) -> bool:
    """The polyneuropathy note: each foot's toes or forefoot burn, tingle or are numb, whatever else
    is marked (a neuropathy under an S1 chain is exactly when the note matters)."""
    return all(_stocking_forefoot(Limb.of(record, side)) for side in LIMB_SIDES)


def _stocking(record: IntakeRecord) -> bool:
    """N3: the distal symmetric pattern with nothing above the ankle on either side."""
    return _distal_symmetric(record) and not any(Limb.of(record, side).above_ankle for side in LIMB_SIDES)


def _answer(answer_id: str) -> Condition:
    return lambda limb, _: limb.yes(answer_id)


def _treated(limb: Limb, ids: frozenset[TreatmentId], reliefs: frozenset[Relief]) -> bool:
    return any(t.treatment in ids and t.relief in reliefs for t in limb.record.treatments)


SCORE_CONDITIONS: dict[str, Condition] = {
    "D1": lambda s, _: bool(s.regions & BELOW_KNEE),
    "D2": lambda s, _: bool(s.regions & PROXIMAL),
    "D3": _root_pattern,
    "D4": lambda s, _: "buttock" in s.regions,
    "D5": _answer("pain_travels_down_leg"),
    "B1": lambda s, _: back_intensity(s.record) >= 1,
    "B2": lambda s, _: 1 <= back_intensity(s.record) < s.intensity,
    "S1": lambda s, _: bool(s.qualities & NERVE_SENSORY),
    "S2": lambda s, _: bool(_qualities(s.above_ankle) & NERVE_SENSORY),
    "S3": lambda s, p: len(s.qualities & NEUROPATHIC) >= p["min_qualities"],
    "P1": _answer("cough_sneeze_leg"),
    "P2": _answer("worse_sitting"),
    "P3": _answer("walking_eased_by_sitting"),
    "M1": _answer("toe_rise_weak"),
    "M2": _answer("foot_drop"),
    "M3": lambda s, _: s.yes("calf_cramps_twitching") or s.yes("calf_size_difference"),
    "T1": lambda s, p: (
        s.record.duration.at_least_3_months and len(failed_conservative(s.record)) >= p["min_failed"]
    ),
    "T2": lambda s, _: _treated(s, LIMB_SURGERY, NOT_A_LOT),
    "T3": lambda s, _: _treated(s, SPINE_TREATMENT, SOME_RELIEF),
    "T4": lambda s, _: _treated(s, STEROID, NO_RELIEF),
    "N1": _answer("first_steps_pain_eases"),
    "N2": lambda s, _: s.only(PLANTAR) and not s.qualities & NERVE_SENSORY,
    "N3": lambda s, _: _stocking(s.record),
    "N4": lambda s, _: s.only(ACHILLES),
    "N5": lambda s, _: s.yes("ankle_tap_tingling") and not s.above_ankle,
}


@dataclass(frozen=True)
class SideScore:
    limb: Limb
    fired: tuple[ScoreRule, ...]
    score: int
    anchored: bool
    """Part 1 of the `likely` gate (P3 exception included); also the side tie-break."""
    has_sign: bool
    """Part 2 of the gate: a sensory, provocation or motor rule fired."""

    @property
    def rank(self) -> tuple[int, bool, int, bool]:
        """The tie-break of spec §2: score, then an anchor, then limb intensity, then left."""
        return (self.score, self.anchored, self.limb.intensity, self.limb.side is Side.LEFT)


def score_side(limb: Limb, rules: RuleSet) -> SideScore:
    fired = tuple(rule for rule in rules.rules if SCORE_CONDITIONS[rule.id](limb, rule.params))
    return SideScore(limb, fired, rules.score(fired), rules.anchored(fired, limb.yes), rules.has_sign(fired))


# ---------------------------------------------------------------------------------------------
# Notes for the physician (§5): no points, shown beside the score.

NoteCondition = Callable[[IntakeRecord, frozenset[str], Params], bool]


def _all_limb_regions(record: IntakeRecord) -> frozenset[str]:
    return frozenset(p.region for side in LIMB_SIDES for p in limb_entries(record, side))


def _baxter(record: IntakeRecord) -> bool:
    regions = _all_limb_regions(record)
    return (
        bool(regions)
        and regions <= PLANTAR
        and record.yes("worse_end_of_day")
        and not record.yes("first_steps_pain_eases")
    )


def _heels_both_sides(record: IntakeRecord) -> bool:
    return all(Limb.of(record, side).regions & HEEL for side in LIMB_SIDES)


def _bone_stress(record: IntakeRecord) -> bool:
    """A heel region with a recent load increase, or with thin bones or steroid tablets and no
    first-step pattern: an insufficiency fracture needs no extra load and hurts with every step."""
    fragile = record.yes("osteoporosis") or record.yes("long_term_steroids")
    cause = record.yes("load_increase_recent") or (fragile and not record.yes("first_steps_pain_eases"))
    return cause and bool(_all_limb_regions(record) & HEEL)


def _foot_marked(record: IntakeRecord) -> bool:
    return any(catalogue()[p.region].group is Group.FOOT for p in record.pain)


def _peroneal(record: IntakeRecord) -> bool:
    """Foot drop with no back pain and nothing at thigh level on either side: a common peroneal
    palsy at the knee can mimic L5 [S71]."""
    regions = _all_limb_regions(record)
    return (
        record.yes("foot_drop")
        and bool(regions)
        and back_intensity(record) == 0
        and not regions & THIGH_LEVEL
    )


NOTE_CONDITIONS: dict[str, NoteCondition] = {
    "polyneuropathy": lambda r, fired, _: _distal_symmetric(r),
    "achilles": lambda r, fired, _: "N4" in fired,
    "tarsal_tunnel": lambda r, fired, _: r.yes("ankle_tap_tingling") and _foot_marked(r),
    "baxter": lambda r, fired, _: _baxter(r),
    "bone_stress": lambda r, fired, _: _bone_stress(r),
    "inflammatory": lambda r, fired, p: (
        r.number("morning_stiffness_minutes") > p["stiffness_minutes_over"]
        and (r.yes("psoriasis_ibd_uveitis") or _heels_both_sides(r))
    ),
    "vascular": lambda r, fired, _: r.yes("walking_eased_by_standing_still"),
    "injections": lambda r, fired, p: any(
        t.treatment is TreatmentId.STEROID_INJECTION and t.count >= p["min_count"] for t in r.treatments
    ),
    "peroneal": lambda r, fired, _: _peroneal(r),
    "hip": lambda r, fired, _: any(p.region in GROIN for p in r.pain),
}


def _note(rule: NoteRule, record: IntakeRecord) -> Note:
    mentioned = [words for answer, words in rule.mentions.items() if record.yes(answer)]
    if rule.mention_format is None or not mentioned:
        return Note(rule.id, rule.text, rule.sources)
    text = rule.mention_format.format(text=rule.text, answers=" and ".join(mentioned))
    return Note(rule.id, text, rule.sources)


def notes(record: IntakeRecord, fired_ids: frozenset[str], rules: RuleSet) -> tuple[Note, ...]:
    """Notes in rule-file order; the achilles note follows N4 as fired on the reported side, the
    others look at the whole record."""
    return tuple(
        _note(rule, record)
        for rule in rules.notes
        if NOTE_CONDITIONS[rule.id](record, fired_ids, rule.params)
    )


# ---------------------------------------------------------------------------------------------


def not_present(rules: RuleSet, fired_ids: frozenset[str]) -> tuple[Absent, ...]:
    """The most telling rules that did not fire on the reported side, at most as many as the rule
    file shows (a list of every silent rule buried the few that matter)."""
    by_id = {r.id: r for r in rules.rules}
    silent = [
        Absent(i, text) for i in rules.not_present if i not in fired_ids and (text := by_id[i].absent_text)
    ]
    return tuple(silent[: rules.not_present_shown])


def assess(record: IntakeRecord) -> Assessment:
    """The screening result for one intake: the reported side's score and level, notes, red flags."""
    rules = rule_set()
    tier, flags = red_flags(record)
    scored = [score_side(Limb.of(record, side), rules) for side in LIMB_SIDES if limb_entries(record, side)]
    if not scored:
        return Assessment(
            rules_version=rules.version,
            level=Level.NOT_APPLICABLE,
            score=0,
            side=None,
            bilateral=False,
            fired=(),
            absent=(),
            red_flag_tier=tier,
            red_flags=flags,
            notes=notes(record, frozenset(), rules),
        )
    best = max(scored, key=lambda s: s.rank)
    fired_ids = frozenset(rule.id for rule in best.fired)
    return Assessment(
        rules_version=rules.version,
        level=rules.level(best.score, best.anchored and best.has_sign),
        score=best.score,
        side=best.limb.side,
        bilateral=len(scored) == 2,
        fired=tuple(FiredRule(r.id, r.domain, r.points, r.reason, r.sources) for r in best.fired),
        absent=not_present(rules, fired_ids),
        red_flag_tier=tier,
        red_flags=flags,
        notes=notes(record, fired_ids, rules),
        side_scores=tuple((s.limb.side, s.score) for s in scored),
    )
