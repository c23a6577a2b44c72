"""One test per rule of the lumbar screen 1.1, its caps and levels, the tie-break, red flags and notes.

Records are built from plain `kiosk-intake/1` dicts so each case reads like the spec's table row.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from kiosk.logic.assessment import Level, Tier
from kiosk.logic.assets import load_json_asset
from kiosk.logic.questions import QUESTIONS_BY_ID
from kiosk.logic.record import IntakeRecord
from kiosk.logic.record_load import record_from_dict
from kiosk.logic.redflags import FLAG_CONDITIONS, red_flags
from kiosk.logic.rules import RuleDataError, parse_rule_set, rule_set
from kiosk.logic.screening import (
    NOTE_CONDITIONS,
    SCORE_CONDITIONS,
    Limb,
    assess,
    score_side,
)
from kiosk.logic.vocab import Relief, Side

Entry = dict[str, Any]


def pain(region: str, side: str = "left", intensity: int = 5, *qualities: str) -> Entry:
    return {"region": region, "side": side, "intensity": intensity, "qualities": list(qualities)}


def treated(treatment: str, relief: str, count: int = 1) -> dict[str, Any]:
    return {"treatment": treatment, "relief": relief, "count": count}


def make(
    *entries: Entry,
    answers: dict[str, Any] | None = None,
    treatments: tuple[dict[str, Any], ...] = (),
    duration: str = "6_to_12_months",
    dob: str = "1980-06-15",
) -> IntakeRecord:
    return record_from_dict(
        {
            "format": "kiosk-intake/1",
            "completed_at": "2026-11-20T10:00:00-05:00",
            "patient": {"first_name": "Test", "last_name": "Patient", "date_of_birth": dob},
            "pain": list(entries),
            "duration": duration,
            "answers": answers or {},
            "treatments": list(treatments),
        }
    )


def repeated_first(record: IntakeRecord) -> IntakeRecord:
    """The record with its first treatment listed again (as failed): the loader refuses such a file,
    but the spec's T1 still counts distinct ids, whatever builds the record."""
    again = replace(record.treatments[0], relief=Relief.NONE)
    return replace(record, treatments=(*record.treatments, again))


def yes(*ids: str) -> dict[str, Any]:
    return dict.fromkeys(ids, True)


def fired(record: IntakeRecord, side: Side = Side.LEFT) -> set[str]:
    return {rule.id for rule in score_side(Limb.of(record, side), rule_set()).fired}


def flag_ids(record: IntakeRecord) -> set[str]:
    return {flag.id for flag in red_flags(record)[1]}


def note_ids(record: IntakeRecord) -> set[str]:
    return {note.id for note in assess(record).notes}


HEEL = pain("heel_bottom")
FAILED_THREE = (treated("ice", "a_little"), treated("stretching", "none"), treated("orthotics", "made_worse"))


# ---------------------------------------------------------------------------------------------
# The rule file


def test_json_ids_and_python_conditions_are_the_same_sets() -> None:
    rules = rule_set()
    assert {r.id for r in rules.rules} == set(SCORE_CONDITIONS)
    assert {f.id for f in rules.red_flags} == set(FLAG_CONDITIONS)
    assert {n.id for n in rules.notes} == set(NOTE_CONDITIONS)


def test_rule_file_matches_the_spec_tables() -> None:
    rules = rule_set()
    assert rules.version == "1.1.0"
    assert dict(rules.caps) == {
        "distribution": 4, "back": 2, "sensory": 3, "provocation": 3, "motor": 3, "course": 3,
        "against": None,
    }  # fmt: skip
    assert {r.id: r.points for r in rules.rules} == {
        "D1": 1, "D2": 2, "D3": 2, "D4": 1, "D5": 2, "B1": 1, "B2": 1, "S1": 1, "S2": 1, "S3": 1,
        "P1": 2, "P2": 1, "P3": 2, "M1": 2, "M2": 2, "M3": 1, "T1": 1, "T2": 1, "T3": 2, "T4": 1,
        "N1": -2, "N2": -1, "N3": -2, "N4": -2, "N5": -1,
    }  # fmt: skip
    domains = {"D": "distribution", "B": "back", "S": "sensory", "P": "provocation", "M": "motor",
               "T": "course", "N": "against"}  # fmt: skip
    assert all(r.domain == domains[r.id[0]] for r in rules.rules)
    assert (rules.possible_from, rules.likely_from) == (3, 6)
    assert rules.anchors == {"D2", "D3", "D5", "P1", "P3", "M1", "M2"}
    assert rules.anchor_unless == {"P3": "walking_eased_by_standing_still"}
    assert rules.gate_domains == {"sensory", "provocation", "motor"}
    assert {f.id: f.tier for f in rules.red_flags} == {
        **dict.fromkeys(["E1", "E2", "E3", "E5"], Tier.EMERGENCY),
        **dict.fromkeys(["U1", "U2", "U3", "U4", "U5", "U6"], Tier.URGENT),
        **dict.fromkeys(["R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8"], Tier.PROMPT),
    }
    assert {n.id for n in rules.notes} == {
        "polyneuropathy", "achilles", "tarsal_tunnel", "baxter", "bone_stress", "inflammatory",
        "vascular", "injections", "peroneal", "hip",
    }  # fmt: skip


def test_the_exceptions_name_real_answers() -> None:
    assert set(rule_set().anchor_unless.values()) <= set(QUESTIONS_BY_ID)


def test_the_1_0_rule_file_stays_for_stored_assessments() -> None:
    """A stored 1.0 assessment is reprinted with the thresholds of 1.0, so its file must still load."""
    old = rule_set("1.0.0")
    assert (old.version, old.possible_from, old.likely_from) == ("1.0.0", 3, 6)
    assert "E4" in {f.id for f in old.red_flags}
    assert (old.gate_domains, dict(old.anchor_unless)) == (frozenset(), {})


def test_every_rule_has_a_reason_and_cites_known_sources() -> None:
    known = {entry["tag"] for entry in load_json_asset("references.json")["entries"]}
    rules = rule_set()
    for item in (*rules.rules, *rules.red_flags):
        assert item.reason.strip(), item.id
        assert set(item.sources) <= known, item.id
    assert all(n.text.strip() for n in rules.notes)
    assert all(set(n.sources) <= known for n in rules.notes)
    new_in_1_1 = [
        *(r for r in rules.rules if r.id in {"D4", "D5"}),
        *(f for f in rules.red_flags if f.id in {"U5", "U6", "R8"}),
    ]
    assert all(item.sources for item in new_in_1_1)
    assert {n.id: n.sources for n in rules.notes if n.id in {"peroneal", "hip"}} == {
        "peroneal": ("S71",),
        "hip": ("S73",),
    }
    assert "S69" in {s for f in rules.red_flags if f.id == "U5" for s in f.sources}
    assert "S70" in {s for f in rules.red_flags if f.id == "U4" for s in f.sources}
    assert set(rules.not_present) == {r.id for r in rules.rules if r.absent_text} <= rules.anchors


def test_rule_file_errors_are_caught_at_load_time() -> None:
    data = load_json_asset("rules", "lumbar-1.1.0.json")
    bad_domain = {**data, "rules": [*data["rules"], {**data["rules"][0], "id": "X1", "domain": "nowhere"}]}
    with pytest.raises(RuleDataError, match="nowhere"):
        parse_rule_set(bad_domain)
    twice = {**data, "rules": [*data["rules"], data["rules"][0]]}
    with pytest.raises(RuleDataError, match="D1"):
        parse_rule_set(twice)
    positive_against = {**data, "rules": [{**data["rules"][-1], "points": 1}, *data["rules"][:-1]]}
    with pytest.raises(RuleDataError, match="uncapped"):
        parse_rule_set(positive_against)
    with pytest.raises(RuleDataError, match="anchors"):
        parse_rule_set({**data, "levels": {**data["levels"], "anchors": ["Z9"]}})
    with pytest.raises(RuleDataError, match="anchor_unless"):
        parse_rule_set({**data, "levels": {**data["levels"], "anchor_unless": {"P2": "worse_sitting"}}})
    with pytest.raises(RuleDataError, match="gate_domains"):
        parse_rule_set({**data, "levels": {**data["levels"], "gate_domains": ["mood"]}})
    with pytest.raises(RuleDataError, match="not_present"):
        parse_rule_set({**data, "levels": {**data["levels"], "not_present": ["D2"]}})


# ---------------------------------------------------------------------------------------------
# Score rules, one case per row: (rule, record, fires on the left side)

CASES: list[tuple[str, IntakeRecord, bool]] = [
    ("D1", make(pain("calf")), True),
    ("D1", make(pain("shin"), pain("heel_bottom")), True),
    ("D1", make(pain("back_thigh")), False),
    ("D1", make(HEEL, pain("calf", "right")), False),
    *[
        ("D2", make(pain(region)), True)
        for region in ("back_thigh", "outer_thigh", "front_thigh", "knee", "back_of_knee")
    ],
    ("D2", make(pain("hip"), pain("inner_thigh")), False),
    ("D2", make(pain("buttock")), False),  # 1.1: the buttock is D4
    ("D3", make(pain("calf"), HEEL), False),  # 1.1: the calf is no chain's region above the ankle
    ("D3", make(pain("calf"), HEEL, pain("arch")), False),
    ("D3", make(pain("back_thigh"), HEEL), True),  # S1, back of thigh above the ankle
    ("D3", make(pain("buttock"), pain("outer_foot")), True),  # S1, buttock above the ankle
    ("D3", make(pain("outer_leg"), pain("top_of_foot"), pain("big_toe")), True),  # L5 below the knee
    ("D3", make(pain("outer_thigh"), pain("big_toe")), True),  # L5
    ("D3", make(pain("knee"), pain("inner_ankle")), True),  # L4
    ("D3", make(HEEL, pain("outer_foot")), False),  # two S1 regions, none above the ankle
    ("D3", make(pain("calf"), pain("outer_leg")), False),  # S1 + L5: different sets
    ("D3", make(pain("back_thigh"), pain("heel_bottom", "right")), False),  # different sides
    ("D4", make(pain("buttock")), True),
    ("D4", make(pain("buttock", "right"), HEEL), False),  # other side
    ("D4", make(pain("back_thigh"), pain("hip")), False),
    ("D5", make(HEEL, answers=yes("pain_travels_down_leg")), True),
    ("D5", make(HEEL, pain("heel_bottom", "right"), answers=yes("pain_travels_down_leg")), True),
    ("D5", make(pain("calf")), False),
    ("B1", make(HEEL, pain("lower_back", "right", 1)), True),  # the back counts for both sides
    ("B1", make(HEEL, pain("lower_back", "left", 0)), False),
    ("B1", make(HEEL, pain("mid_back", "midline", 6)), False),  # back intensity is lower back only
    ("B2", make(pain("heel_bottom", "left", 5), pain("lower_back", "left", 3)), True),
    ("B2", make(pain("heel_bottom", "left", 3), pain("lower_back", "left", 3)), False),
    ("B2", make(pain("heel_bottom", "left", 5)), False),  # needs B1
    ("S1", make(pain("heel_bottom", "left", 5, "tingling")), True),
    ("S1", make(pain("toes", "left", 5, "numbness")), True),
    ("S1", make(HEEL, pain("lower_back", "left", 3, "tingling")), False),  # not a limb region
    ("S1", make(HEEL, pain("heel_bottom", "right", 5, "tingling")), False),  # other side
    ("S2", make(pain("calf", "left", 5, "tingling")), True),
    ("S2", make(pain("heel_bottom", "left", 5, "numbness"), pain("calf")), False),
    ("S3", make(pain("heel_bottom", "left", 5, "burning"), pain("arch", "left", 4, "electric")), True),
    ("S3", make(pain("heel_bottom", "left", 5, "painful_cold", "light_touch")), True),
    ("S3", make(pain("heel_bottom", "left", 5, "burning", "tingling")), False),
    ("P1", make(HEEL, answers=yes("cough_sneeze_leg")), True),
    ("P1", make(HEEL), False),
    ("P2", make(HEEL, answers=yes("worse_sitting")), True),
    ("P2", make(HEEL, answers={"worse_sitting": False}), False),
    ("P3", make(HEEL, answers=yes("walking_eased_by_sitting")), True),
    ("P3", make(HEEL, answers=yes("walking_eased_by_standing_still")), False),
    ("M1", make(HEEL, answers=yes("toe_rise_weak")), True),
    ("M1", make(HEEL), False),
    ("M2", make(HEEL, answers=yes("foot_drop")), True),
    ("M2", make(HEEL, answers=yes("knee_buckling")), False),
    ("M3", make(HEEL, answers=yes("calf_cramps_twitching")), True),
    ("M3", make(HEEL, answers=yes("calf_size_difference")), True),
    ("M3", make(HEEL), False),
    ("T1", make(HEEL, treatments=FAILED_THREE, duration="3_to_6_months"), True),
    ("T1", make(HEEL, treatments=FAILED_THREE, duration="6_to_12_weeks"), False),
    ("T1", repeated_first(make(HEEL, treatments=FAILED_THREE[:2])), False),  # 2 distinct ids
    ("T1", make(HEEL, treatments=(*FAILED_THREE[:2], treated("shockwave", "a_lot"))), False),
    ("T1", make(HEEL, treatments=(*FAILED_THREE[:2], treated("plantar_fascia_release", "none"))), False),
    ("T1", make(HEEL, treatments=(*FAILED_THREE[:2], treated("steroid_injection", "a_little", 2))), True),
    ("T2", make(HEEL, treatments=(treated("plantar_fascia_release", "none"),)), True),
    ("T2", make(HEEL, treatments=(treated("tarsal_tunnel_release", "made_worse"),)), True),
    ("T2", make(HEEL, treatments=(treated("gastrocnemius_recession", "a_lot"),)), False),
    ("T3", make(HEEL, treatments=(treated("epidural_injection", "a_little"),)), True),
    ("T3", make(HEEL, treatments=(treated("spinal_surgery", "a_lot"),)), True),
    ("T3", make(HEEL, treatments=(treated("epidural_injection", "none"),)), False),
    ("T4", make(HEEL, treatments=(treated("steroid_injection", "none"),)), True),
    ("T4", make(HEEL, treatments=(treated("steroid_injection", "a_little"),)), False),
    ("N1", make(HEEL, answers=yes("first_steps_pain_eases")), True),
    ("N1", make(HEEL), False),
    ("N2", make(HEEL, pain("arch", "left", 3, "sharp")), True),
    ("N2", make(pain("heel_bottom", "left", 5, "tingling")), False),
    ("N2", make(HEEL, pain("calf")), False),
    ("N2", make(pain("heel_bottom", "left", 0), pain("calf", "right")), True),  # intensity 0 still marked
    ("N3", make(pain("toes", "left", 5, "burning"), pain("big_toe", "right", 5, "numbness")), True),
    (
        "N3",
        make(pain("toes", "left", 5, "burning"), pain("big_toe", "right", 5, "aching")),
        False,
    ),  # per foot
    # 1.1: a tingling heel beside aching toes is no stocking: the toe or forefoot region itself burns
    (
        "N3",
        make(
            pain("heel_bottom", "left", 5, "tingling"), pain("toes"), *[pain("toes", "right", 5, "numbness")]
        ),
        False,
    ),
    ("N3", make(pain("toes", "left", 5, "burning")), False),  # one foot only
    ("N3", make(pain("toes", "left", 5, "burning"), pain("toes", "right"), pain("calf", "right")), False),
    ("N3", make(pain("toes", "left", 5, "burning"), pain("heel_bottom", "right")), False),  # no forefoot
    ("N3", make(pain("toes", "left", 5, "aching"), pain("toes", "right", 5, "sharp")), False),
    ("N4", make(pain("achilles"), pain("heel_back")), True),
    ("N4", make(pain("achilles"), HEEL), False),
    ("N5", make(HEEL, answers=yes("ankle_tap_tingling")), True),
    ("N5", make(HEEL, pain("calf"), answers=yes("ankle_tap_tingling")), False),
    ("N5", make(HEEL, pain("calf", "right"), answers=yes("ankle_tap_tingling")), True),  # per side
]


@pytest.mark.parametrize(
    ("rule_id", "record", "fires"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_score_rule(rule_id: str, record: IntakeRecord, fires: bool) -> None:
    assert (rule_id in fired(record)) is fires


def test_every_score_rule_has_a_firing_and_a_silent_case() -> None:
    assert {c[0] for c in CASES if c[2]} == set(SCORE_CONDITIONS)
    assert {c[0] for c in CASES if not c[2]} == set(SCORE_CONDITIONS)


def test_a_single_rule_gives_exactly_its_points() -> None:
    result = assess(make(pain("calf", "left", 4, "aching")))
    assert (result.score, [r.id for r in result.fired], result.level) == (1, ["D1"], Level.NOT_INDICATED)
    assert result.fired[0].domain == "distribution"
    assert result.fired[0].points == 1


# ---------------------------------------------------------------------------------------------
# Caps and levels


def test_distribution_is_capped_at_4() -> None:
    result = assess(make(pain("calf"), pain("back_thigh"), HEEL))
    assert [r.id for r in result.fired] == ["D1", "D2", "D3"]
    assert sum(r.points for r in result.fired) == 5
    assert result.score == 4


@pytest.mark.parametrize(
    ("answers", "domain_ids"),
    [
        (yes("cough_sneeze_leg", "worse_sitting", "walking_eased_by_sitting"), ["P1", "P2", "P3"]),
        (yes("toe_rise_weak", "foot_drop", "calf_cramps_twitching"), ["M1", "M2", "M3"]),
    ],
)
def test_provocation_and_motor_are_capped_at_3(answers: dict[str, Any], domain_ids: list[str]) -> None:
    result = assess(make(pain("ball_of_foot"), answers=answers))
    assert [r.id for r in result.fired] == domain_ids
    assert result.score == 3


def test_course_is_capped_at_3() -> None:
    treatments = (
        *FAILED_THREE,
        treated("steroid_injection", "none"),
        treated("plantar_fascia_release", "none"),
        treated("epidural_injection", "a_lot"),
    )
    result = assess(make(pain("ball_of_foot"), treatments=treatments))
    assert [r.id for r in result.fired] == ["T1", "T2", "T3", "T4"]
    assert result.score == 3


def test_back_and_sensory_sums_stay_within_their_caps() -> None:
    record = make(pain("calf", "left", 7, "tingling", "burning", "electric"), pain("lower_back", "right", 2))
    result = assess(record)
    assert [r.id for r in result.fired] == ["D1", "B1", "B2", "S1", "S2", "S3"]
    assert result.score == 1 + 2 + 3


def test_caps_apply_to_each_domain_and_negative_rules_are_not_capped() -> None:
    rules = rule_set()
    by_id = {r.id: r for r in rules.rules}
    everything = [r for r in rules.rules if r.points > 0]
    assert rules.score(everything) == 18
    assert rules.score([*everything, by_id["N1"], by_id["N3"], by_id["N4"]]) == 18 - 6
    assert rules.score([by_id["D1"], by_id["N2"]]) == 0  # floor at 0
    assert rules.score([by_id["S1"], by_id["S2"], by_id["N4"], by_id["N5"]]) == 0


def test_the_floor_is_zero_and_the_report_keeps_the_negative_rules() -> None:
    result = assess(make(HEEL, answers=yes("first_steps_pain_eases", "ankle_tap_tingling")))
    assert result.score == 0
    assert sorted(r.id for r in result.fired) == ["N1", "N2", "N5"]
    assert [r.points for r in result.fired] == [-2, -1, -1]


@pytest.mark.parametrize(
    ("score", "anchored", "level"),
    [
        (0, True, Level.NOT_INDICATED),
        (2, True, Level.NOT_INDICATED),
        (3, False, Level.POSSIBLE),
        (5, True, Level.POSSIBLE),
        (6, True, Level.LIKELY),
        (6, False, Level.POSSIBLE),
        (18, False, Level.POSSIBLE),
        (18, True, Level.LIKELY),
    ],
)
def test_level_thresholds(score: int, anchored: bool, level: Level) -> None:
    assert rule_set().level(score, anchored) is level


def test_a_high_score_without_an_anchor_stays_possible() -> None:
    record = make(
        pain("calf", "left", 7, "tingling", "burning", "electric"),
        pain("lower_back", "left", 2),
        answers=yes("worse_sitting", "calf_cramps_twitching"),
        treatments=FAILED_THREE,
    )
    result = assess(record)
    assert sorted(r.id for r in result.fired) == ["B1", "B2", "D1", "M3", "P2", "S1", "S2", "S3", "T1"]
    assert result.score == 9
    assert result.level is Level.POSSIBLE
    with_anchor = assess(make(*[pain("calf", "left", 7, "tingling")], answers=yes("cough_sneeze_leg")))
    assert (with_anchor.score, with_anchor.level) == (5, Level.POSSIBLE)


def test_a_high_score_from_the_drawing_alone_stays_possible() -> None:
    """Hip arthritis and hamstring pain: anchors D2 and D3 from the map, no sensory, provocation or
    motor rule, so part 2 of the gate fails."""
    rest = (pain("buttock", "left", 6), pain("calf", "left", 4), pain("lower_back", "left", 3))
    result = assess(make(pain("back_thigh", "left", 7), *rest, treatments=FAILED_THREE))
    assert sorted(r.id for r in result.fired) == ["B1", "B2", "D1", "D2", "D3", "D4", "T1"]
    assert (result.score, result.level) == (7, Level.POSSIBLE)
    with_sign = assess(make(pain("back_thigh", "left", 7, "tingling"), *rest, treatments=FAILED_THREE))
    assert (with_sign.score, with_sign.level) == (9, Level.LIKELY)  # S1 + S2


def test_p3_is_no_anchor_when_walking_pain_also_eases_by_standing_still() -> None:
    claudication = yes("walking_eased_by_sitting", "worse_sitting", "walking_eased_by_standing_still")
    legs = (pain("calf", "left", 7, "tingling", "burning", "electric"), pain("lower_back", "left", 2))
    result = assess(make(*legs, answers=claudication, treatments=FAILED_THREE))
    assert "P3" in {r.id for r in result.fired}  # it still scores
    assert (result.score, result.level) == (10, Level.POSSIBLE)
    stenosis = claudication | {"walking_eased_by_standing_still": False}
    assert assess(make(*legs, answers=stenosis, treatments=FAILED_THREE)).level is Level.LIKELY


def test_the_side_tie_break_applies_the_p3_exception() -> None:
    right = (pain("calf", "right", 8), pain("heel_bottom", "right", 8, "tingling"))  # D1 + S1 + P3 = 4
    legs = (pain("knee", "left", 3), *right)  # left: D2 + P3 = 4
    stenosis = make(*legs, answers=yes("walking_eased_by_sitting"))
    assert (assess(stenosis).score, assess(stenosis).side) == (4, Side.RIGHT)  # both anchored: intensity
    arterial = make(*legs, answers=yes("walking_eased_by_sitting", "walking_eased_by_standing_still"))
    assert (assess(arterial).score, assess(arterial).side) == (4, Side.LEFT)  # only D2 is an anchor


def test_an_anchor_turns_the_same_high_score_likely() -> None:
    record = make(
        pain("calf", "left", 7, "tingling", "burning", "electric"),
        pain("lower_back", "left", 2),
        answers=yes("worse_sitting", "calf_cramps_twitching", "walking_eased_by_sitting"),
        treatments=FAILED_THREE,
    )
    result = assess(record)
    assert result.score == 11
    assert result.level is Level.LIKELY


# ---------------------------------------------------------------------------------------------
# The reported side


def test_the_higher_score_is_reported() -> None:
    result = assess(make(pain("heel_bottom", "left", 9), pain("calf", "right", 2), pain("knee", "right", 2)))
    assert (result.side, result.score, result.bilateral) == (Side.RIGHT, 3, True)
    assert [r.id for r in result.fired] == ["D1", "D2"]


@pytest.mark.parametrize(("anchored", "other"), [("left", "right"), ("right", "left")])
def test_on_a_tied_score_the_side_with_an_anchor_wins_over_intensity(anchored: str, other: str) -> None:
    record = make(
        pain("back_thigh", anchored, 3, "tingling"),  # D2 + S1 + S2 = 4, anchored
        pain("calf", other, 9, "tingling", "burning", "electric"),  # D1 + S1 + S2 + S3 = 4
    )
    result = assess(record)
    assert (result.score, result.side) == (4, Side(anchored))
    assert [r.id for r in result.fired] == ["D2", "S1", "S2"]


@pytest.mark.parametrize(("stronger", "left", "right"), [("right", 3, 7), ("left", 8, 2)])
def test_then_the_higher_limb_intensity_wins(stronger: str, left: int, right: int) -> None:
    result = assess(make(pain("heel_bottom", "left", left), pain("heel_bottom", "right", right)))
    assert (result.score, result.side) == (0, Side(stronger))


def test_a_complete_tie_goes_to_the_left() -> None:
    result = assess(make(pain("heel_bottom", "right", 5), pain("arch", "left", 5)))
    assert (result.score, result.side, result.bilateral) == (0, Side.LEFT, True)


def test_a_side_without_a_limb_region_is_not_scored() -> None:
    record = make(pain("heel_bottom", "right", 1), pain("lower_back", "left", 8), pain("hand", "left", 9))
    result = assess(record)
    assert (result.side, result.bilateral) == (Side.RIGHT, False)
    assert [r.id for r in result.fired] == ["B1", "N2"]


def test_no_limb_region_is_not_applicable() -> None:
    record = make(
        pain("lower_back", "left", 8, "tingling"),
        pain("mid_back", "midline", 6),
        answers=yes(
            "cough_sneeze_leg", "toe_rise_weak", "saddle_numbness", "walking_eased_by_standing_still"
        ),
        treatments=FAILED_THREE,
    )
    result = assess(record)
    assert result.to_dict() | {"fired_detail": [], "red_flag_detail": [], "note_detail": []} == {
        "rules_version": "1.1.0",
        "level": "not_applicable",
        "score": 0,
        "side": None,
        "bilateral": False,
        "fired": [],
        "red_flag_tier": "emergency",
        "red_flags": ["E1"],
        "notes": ["vascular"],
        "fired_detail": [],
        "absent": [],
        "red_flag_detail": [],
        "note_detail": [],
        "side_scores": {},
    }
    assert assess(make()).level is Level.NOT_APPLICABLE


def test_absent_names_the_three_most_telling_anchors_that_did_not_fire_on_the_reported_side() -> None:
    record = make(pain("calf", "right", 5, "tingling"), pain("back_thigh", "left"), answers=yes("foot_drop"))
    result = assess(record)
    assert result.side is Side.RIGHT
    assert [a.id for a in result.absent] == ["D5", "D2", "P1"]
    assert [a.text for a in result.absent] == [
        "the pain does not travel down the leg",
        "no spread to the thigh or knee",
        "coughing or sneezing does not worsen the leg or foot pain",
    ]
    travels = assess(make(pain("back_thigh"), answers=yes("pain_travels_down_leg", "cough_sneeze_leg")))
    assert [a.id for a in travels.absent] == ["M1", "M2", "D3"]  # the back of the thigh alone is no chain
    everything = yes("pain_travels_down_leg", "cough_sneeze_leg", "toe_rise_weak", "foot_drop")
    chain = assess(make(pain("back_thigh"), HEEL, answers=everything | yes("walking_eased_by_sitting")))
    assert chain.absent == ()


def test_fired_rules_carry_reason_domain_points_and_sources() -> None:
    (rule,) = assess(make(HEEL, answers=yes("cough_sneeze_leg"))).fired[:1]
    assert rule.id == "P1"
    assert (rule.domain, rule.points, rule.sources) == ("provocation", 2, ("S7", "S6", "S8"))
    assert "cough" in rule.reason.lower()


# ---------------------------------------------------------------------------------------------
# Red flags

SPINE = pain("lower_back", "left", 3)


@pytest.mark.parametrize(
    ("answer", "flag"),
    [
        ("saddle_numbness", "E1"),
        ("urination_difficulty", "E2"),
        ("bladder_bowel_control_loss", "E3"),
        ("both_legs_weak", "E5"),
        ("weight_loss", "R2"),
        ("night_pain", "R5"),
        ("iv_drug_use", "R6"),
        ("immunosuppressed", "R6"),
    ],
)
def test_single_answer_flags(answer: str, flag: str) -> None:
    assert flag_ids(make(answers=yes(answer))) == {flag}
    assert flag_ids(make(SPINE, HEEL, answers={answer: False})) == set()


def test_u6_sexual_dysfunction_needs_a_back_leg_or_foot_region_and_is_urgent() -> None:
    assert flag_ids(make(answers=yes("sexual_dysfunction_new"))) == set()
    assert flag_ids(make(pain("head", "midline"), answers=yes("sexual_dysfunction_new"))) == set()
    for region in (pain("lower_back", "left", 0), pain("upper_back", "midline"), pain("knee"), HEEL):
        record = make(region, answers=yes("sexual_dysfunction_new"))
        assert flag_ids(record) == {"U6"}
        assert red_flags(record)[0] is Tier.URGENT
    with_saddle = make(HEEL, answers=yes("sexual_dysfunction_new", "saddle_numbness"))
    assert (flag_ids(with_saddle), red_flags(with_saddle)[0]) == ({"E1", "U6"}, Tier.EMERGENCY)


def test_u1_new_radiating_pain_in_both_legs_with_a_nerve_root_feature_on_each_side() -> None:
    thighs = (pain("back_thigh", "left"), pain("outer_thigh", "right"))
    assert flag_ids(make(*thighs, duration="under_6_weeks")) == {"U1"}
    assert flag_ids(make(*thighs, duration="6_to_12_weeks")) == set()
    tingling = (pain("shin", "left", 5, "tingling"), pain("calf", "right", 5, "electric"))
    assert flag_ids(make(*tingling, duration="under_6_weeks")) == {"U1"}
    numb_foot = (pain("shin", "left"), pain("toes", "left", 3, "numbness"), pain("back_thigh", "right"))
    assert flag_ids(make(*numb_foot, duration="under_6_weeks")) == {"U1"}  # a feature on any limb region
    shins = (pain("shin", "left"), pain("shin", "right", 6, "sharp"))
    assert flag_ids(make(*shins, duration="under_6_weeks")) == set()  # shin splints are not sciatica
    travels = yes("pain_travels_down_leg")
    assert flag_ids(make(*shins, duration="under_6_weeks", answers=travels)) == {"U1"}  # both sides
    one_sided = (pain("shin", "left", 5, "tingling"), pain("calf", "right", 5, "aching"))
    assert flag_ids(make(*one_sided, duration="under_6_weeks")) == set()
    assert flag_ids(make(pain("calf"), pain("back_thigh"), duration="under_6_weeks")) == set()  # one leg
    assert flag_ids(make(pain("buttock"), pain("buttock", "right"), duration="under_6_weeks")) == set()
    numb_heels = (pain("heel_bottom", "left", 5, "numbness"), pain("heel_bottom", "right", 5, "numbness"))
    assert flag_ids(make(*numb_heels, duration="under_6_weeks")) == set()  # no radiating region


@pytest.mark.parametrize("weakness", ["foot_drop", "toe_rise_weak", "knee_buckling"])
def test_u2_weakness_that_is_worsening(weakness: str) -> None:
    assert flag_ids(make(answers=yes(weakness, "weakness_worsening"))) == {"U2"}
    assert flag_ids(make(answers=yes(weakness))) == set()
    assert flag_ids(make(answers=yes("weakness_worsening"))) == set()


def test_u3_cancer_with_new_spinal_pain_and_limb_nerve_signs_or_spread() -> None:
    cancer_new = yes("cancer_history", "back_pain_new")
    assert flag_ids(make(SPINE, pain("calf"), answers=cancer_new)) == {"U3", "R1"}
    assert flag_ids(make(SPINE, pain("heel_bottom", "right", 4, "numbness"), answers=cancer_new)) == {
        "U3",
        "R1",
    }
    assert flag_ids(make(SPINE, HEEL, answers=cancer_new)) == {"R1"}  # no nerve sign, no spread
    assert flag_ids(make(SPINE, pain("calf"), answers=yes("cancer_history"))) == {"R1"}  # not new
    assert flag_ids(make(pain("lower_back", "left", 0), pain("calf"), answers=cancer_new)) == set()
    assert red_flags(make(SPINE, pain("calf"), answers=cancer_new))[0] is Tier.URGENT


def test_u4_fever_with_spinal_or_limb_pain_and_infection_risk() -> None:
    mid_back = pain("mid_back", "midline", 4)
    assert flag_ids(make(mid_back, answers=yes("fever_chills", "immunosuppressed"))) == {"U4", "R6"}
    assert flag_ids(make(SPINE, answers=yes("fever_chills", "iv_drug_use"))) == {"U4", "R6"}
    assert flag_ids(make(HEEL, answers=yes("fever_chills", "iv_drug_use"))) == {"U4", "R6"}  # 1.1: a hot heel
    assert flag_ids(make(HEEL, answers=yes("fever_chills", "diabetes"))) == {"U4"}  # 1.1: diabetes
    assert flag_ids(make(pain("calf", "right", 0), answers=yes("fever_chills", "diabetes"))) == {"U4"}
    assert flag_ids(make(SPINE, answers=yes("fever_chills"))) == set()
    assert flag_ids(make(pain("hand"), answers=yes("fever_chills", "diabetes"))) == set()  # no spine or limb
    assert flag_ids(make(pain("lower_back", "left", 0), answers=yes("fever_chills", "diabetes"))) == set()


def test_u5_a_new_swollen_calf_is_urgent_and_not_an_s1_sign() -> None:
    record = make(pain("calf"), answers=yes("calf_swollen_new"))
    assert flag_ids(record) == {"U5"}
    assert red_flags(record)[0] is Tier.URGENT
    assert flag_ids(make(answers=yes("calf_swollen_new"))) == {"U5"}  # asked of everyone
    assert "M3" not in fired(record)


def test_r8_sudden_heel_pain_after_an_injury() -> None:
    def sudden(*entries: Entry, answers: dict[str, Any]) -> IntakeRecord:
        return record_from_dict(
            {
                "format": "kiosk-intake/1",
                "completed_at": "2026-11-20T10:00:00-05:00",
                "patient": {"first_name": "Test", "last_name": "Patient", "date_of_birth": "1980-06-15"},
                "pain": list(entries),
                "duration": "under_6_weeks",
                "onset": "sudden",
                "answers": answers,
                "treatments": [],
            }
        )

    for region in ("heel_bottom", "heel_back", "achilles"):
        assert flag_ids(sudden(pain(region, "right"), answers=yes("recent_trauma"))) == {"R8"}
    assert flag_ids(sudden(pain("arch"), answers=yes("recent_trauma"))) == set()
    assert flag_ids(sudden(HEEL, answers={})) == set()
    assert flag_ids(make(HEEL, answers=yes("recent_trauma"))) == set()  # gradual onset


def test_r1_cancer_with_spinal_pain() -> None:
    assert flag_ids(make(pain("upper_back", "midline", 2), answers=yes("cancer_history"))) == {"R1"}
    assert flag_ids(make(HEEL, answers=yes("cancer_history"))) == set()


@pytest.mark.parametrize(
    ("dob", "fires"), [("1975-11-20", True), ("1975-11-21", False), ("1990-01-01", False)]
)
def test_r3_new_back_pain_over_50(dob: str, fires: bool) -> None:
    record = make(SPINE, answers=yes("back_pain_new"), dob=dob)
    assert flag_ids(record) == ({"R3"} if fires else set())
    assert flag_ids(make(answers=yes("back_pain_new"), dob=dob)) == set()  # no spine pain


def test_r4_trauma_with_spinal_pain() -> None:
    assert flag_ids(make(SPINE, answers=yes("recent_trauma"))) == {"R4"}
    assert flag_ids(make(HEEL, answers=yes("recent_trauma"))) == set()


@pytest.mark.parametrize("risk", ["osteoporosis", "long_term_steroids"])
def test_r7_fragility_fracture(risk: str) -> None:
    assert flag_ids(make(SPINE, answers=yes(risk, "back_pain_new"))) == {"R7"}
    assert flag_ids(make(SPINE, answers=yes(risk))) == set()
    assert flag_ids(make(HEEL, answers=yes(risk, "back_pain_new"))) == set()


@pytest.mark.parametrize(
    ("answers", "tier"),
    [
        ((), Tier.NONE),
        (("weight_loss",), Tier.PROMPT),
        (("weight_loss", "foot_drop", "weakness_worsening"), Tier.URGENT),
        (("weight_loss", "foot_drop", "weakness_worsening", "saddle_numbness"), Tier.EMERGENCY),
        (("saddle_numbness",), Tier.EMERGENCY),
    ],
)
def test_tier_is_the_highest_fired(answers: tuple[str, ...], tier: Tier) -> None:
    record = make(HEEL, answers=yes(*answers))
    assert red_flags(record)[0] is tier
    assert assess(record).red_flag_tier is tier


def test_red_flags_ignore_treatments_and_come_in_file_order() -> None:
    answers = yes("saddle_numbness", "weight_loss", "foot_drop", "weakness_worsening")
    with_treatments = make(HEEL, answers=answers, treatments=FAILED_THREE)
    tier, flags = red_flags(with_treatments)
    assert (tier, [f.id for f in flags]) == (Tier.EMERGENCY, ["E1", "U2", "R2"])
    assert red_flags(make(HEEL, answers=answers)) == (tier, flags)
    assert flags[0].sources == ("S46", "S47", "S48")
    assert assess(with_treatments).red_flags == flags


def test_a_red_flag_is_not_lowered_by_a_low_score() -> None:
    result = assess(make(HEEL, answers=yes("first_steps_pain_eases", "bladder_bowel_control_loss")))
    assert (result.level, result.score, result.red_flag_tier) == (Level.NOT_INDICATED, 0, Tier.EMERGENCY)


# ---------------------------------------------------------------------------------------------
# Notes

STOCKING = (pain("toes", "left", 5, "burning"), pain("big_toe", "right", 5, "numbness"))


def test_polyneuropathy_note_names_diabetes_and_known_neuropathy_when_yes() -> None:
    texts = {
        (): "Bilateral distal pattern: consider peripheral neuropathy",
        (
            "diabetes",
        ): "Bilateral distal pattern: consider peripheral neuropathy (the patient reports diabetes)",
        ("diabetes", "known_neuropathy"): "Bilateral distal pattern: consider peripheral neuropathy "
        "(the patient reports diabetes and a known neuropathy)",
        ("known_neuropathy",): "Bilateral distal pattern: consider peripheral neuropathy "
        "(the patient reports a known neuropathy)",
    }
    for answers, text in texts.items():
        result = assess(make(*STOCKING, answers=yes(*answers)))
        assert [(n.id, n.text) for n in result.notes] == [("polyneuropathy", text)]
    assert note_ids(make(STOCKING[0], answers=yes("diabetes"))) == set()


def test_polyneuropathy_note_no_longer_needs_n3() -> None:
    under_a_chain = make(*STOCKING, pain("calf"), pain("back_thigh"), answers=yes("diabetes"))
    assert "N3" not in fired(under_a_chain)
    assert note_ids(under_a_chain) == {"polyneuropathy"}
    tingling_heel = make(pain("heel_bottom", "left", 5, "tingling"), pain("toes"), STOCKING[1])
    assert note_ids(tingling_heel) == set()  # the left toes only ache


def test_achilles_note_follows_n4_on_the_reported_side() -> None:
    assert [(n.id, n.text) for n in assess(make(pain("achilles"))).notes] == [
        ("achilles", "Achilles tendon pattern")
    ]
    both = assess(make(pain("achilles"), pain("calf", "right"), pain("back_thigh", "right")))
    assert both.side is Side.RIGHT
    assert note_ids(make(pain("achilles"), pain("calf", "right"), pain("back_thigh", "right"))) == set()


def test_tarsal_tunnel_note_needs_a_foot_region_not_n5() -> None:
    record = make(HEEL, answers=yes("ankle_tap_tingling"))
    assert [(n.id, n.text) for n in assess(record).notes] == [
        ("tarsal_tunnel", "Tarsal tunnel pattern: nerve conduction studies can separate it from S1")
    ]
    double_crush = make(HEEL, pain("calf"), pain("back_thigh"), answers=yes("ankle_tap_tingling"))
    assert "N5" not in fired(double_crush)
    assert note_ids(double_crush) == {"tarsal_tunnel"}  # 1.1: beside an S1 chain too
    reported_right = make(HEEL, pain("calf", "right"), answers=yes("ankle_tap_tingling"))
    assert assess(reported_right).side is Side.RIGHT
    assert note_ids(reported_right) == {"tarsal_tunnel"}
    assert note_ids(make(pain("calf"), answers=yes("ankle_tap_tingling"))) == set()  # no foot region


def test_baxter_note() -> None:
    end_of_day = yes("worse_end_of_day")
    assert note_ids(make(HEEL, pain("arch", "right"), answers=end_of_day)) == {"baxter"}
    assert assess(make(HEEL, answers=end_of_day)).notes[0].text == "Baxter nerve pattern"
    assert note_ids(make(HEEL, answers=end_of_day | yes("first_steps_pain_eases"))) == set()
    assert note_ids(make(HEEL)) == set()
    assert note_ids(make(HEEL, pain("calf", "right"), answers=end_of_day)) == set()  # every limb region
    assert note_ids(make(pain("lower_back"), answers=end_of_day)) == set()  # needs a limb region


def test_bone_stress_note() -> None:
    load = yes("load_increase_recent")
    assert note_ids(make(pain("heel_back", "right"), pain("toes", "right"), answers=load)) == {"bone_stress"}
    assert note_ids(make(HEEL, pain("calf"), answers=load)) == {"bone_stress"}
    assert note_ids(make(pain("arch"), answers=load)) == set()
    assert note_ids(make(HEEL)) == set()


@pytest.mark.parametrize("fragile", ["osteoporosis", "long_term_steroids"])
def test_bone_stress_note_with_thin_bones_needs_no_load_but_no_first_step_pattern(fragile: str) -> None:
    assert note_ids(make(HEEL, answers=yes(fragile))) == {"bone_stress"}
    assert note_ids(make(HEEL, answers=yes(fragile, "first_steps_pain_eases"))) == set()
    assert note_ids(make(HEEL, answers=yes(fragile, "first_steps_pain_eases", "load_increase_recent"))) == {
        "bone_stress"
    }
    assert note_ids(make(pain("arch"), answers=yes(fragile))) == set()


def test_inflammatory_note() -> None:
    assert note_ids(make(HEEL, answers={"morning_stiffness_minutes": 31, "psoriasis_ibd_uveitis": True})) == {
        "inflammatory"
    }
    heels = (
        pain("heel_back", "left"),
        pain("toes", "left"),
        pain("heel_bottom", "right"),
        pain("arch", "right"),
    )
    assert note_ids(make(*heels, answers={"morning_stiffness_minutes": 45})) == {"inflammatory"}
    assert note_ids(make(*heels, answers={"morning_stiffness_minutes": 30})) == set()
    assert note_ids(make(HEEL, answers={"morning_stiffness_minutes": 90})) == set()  # one heel, no condition
    text = assess(make(*heels, answers={"morning_stiffness_minutes": 45})).notes[0].text
    assert text == "Inflammatory features (morning stiffness over 30 minutes)"


def test_vascular_note() -> None:
    record = make(pain("calf"), answers=yes("walking_eased_by_standing_still"))
    assert [(n.id, n.text) for n in assess(record).notes] == [
        ("vascular", "Walking pain eased by standing still: check pedal pulses")
    ]
    assert note_ids(make(pain("calf"), answers=yes("walking_eased_by_sitting"))) == set()


def test_peroneal_note() -> None:
    record = make(pain("top_of_foot"), pain("outer_leg"), answers=yes("foot_drop"))
    assert [(n.id, n.sources) for n in assess(record).notes] == [("peroneal", ("S71",))]
    assert note_ids(make(pain("top_of_foot"), answers=yes("knee_buckling"))) == set()
    assert note_ids(make(pain("top_of_foot"), SPINE, answers=yes("foot_drop"))) == set()  # back pain
    assert note_ids(make(pain("top_of_foot"), pain("lower_back", "left", 0), answers=yes("foot_drop"))) == {
        "peroneal"
    }  # back intensity 0
    for thigh in ("buttock", "hip", "inner_thigh", "knee", "back_of_knee"):
        assert note_ids(make(pain("top_of_foot"), pain(thigh, "right"), answers=yes("foot_drop"))) == set()
    assert note_ids(make(pain("mid_back", "midline"), answers=yes("foot_drop"))) == set()  # no limb


def test_hip_note() -> None:
    record = make(pain("groin", "right"), pain("front_thigh", "right"))
    assert [n.id for n in assess(record).notes] == ["hip"]
    assert assess(record).notes[0].text.startswith("Groin pain: consider the hip joint")
    assert note_ids(make(pain("groin"))) == {"hip"}  # no limb region needed
    assert note_ids(make(pain("hip"))) == set()


def test_injections_note() -> None:
    assert note_ids(make(HEEL, treatments=(treated("steroid_injection", "a_lot", 2),))) == {"injections"}
    assert note_ids(make(HEEL, treatments=(treated("steroid_injection", "none", 1),))) == set()
    assert note_ids(make(HEEL, treatments=(treated("prp", "none", 3),))) == set()
    text = assess(make(HEEL, treatments=(treated("steroid_injection", "a_lot", 3),))).notes[0].text
    assert text == "Repeated heel steroid injections (rupture risk)"
