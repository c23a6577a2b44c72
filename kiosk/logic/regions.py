"""The pain-map region catalogue (`assets/regions.json`, from shared/clinical/regions.md).

Groups drive the rules: `leg` and `foot` are limb regions, `leg` is above the ankle, `back` is spine.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from kiosk.logic.assets import load_json_asset
from kiosk.logic.i18n import translatable
from kiosk.logic.vocab import Side


class Group(StrEnum):
    HEAD_NECK = "head_neck"
    ARM = "arm"
    TRUNK = "trunk"
    BACK = "back"
    LEG = "leg"
    FOOT = "foot"


class View(StrEnum):
    """The pain map's drawings. The two leg close-ups show the places of the legs and feet large
    enough for a fingertip; the printed map shows only the first three."""

    FRONT = "front"
    BACK = "back"
    SOLES = "soles"
    LEGS_FRONT = "legs_front"
    LEGS_BACK = "legs_back"


GROUP_LABELS = {
    Group.HEAD_NECK: translatable("regions", "Head and neck"),
    Group.ARM: translatable("regions", "Arms and hands"),
    Group.TRUNK: translatable("regions", "Chest, belly and groin"),
    Group.BACK: translatable("regions", "Back"),
    Group.LEG: translatable("regions", "Hips and legs"),
    Group.FOOT: translatable("regions", "Ankles and feet"),
}

REGION_LABELS = {
    "head": translatable("regions", "Head"),
    "neck": translatable("regions", "Neck"),
    "shoulder": translatable("regions", "Shoulder"),
    "upper_arm": translatable("regions", "Upper arm"),
    "elbow": translatable("regions", "Elbow"),
    "forearm": translatable("regions", "Forearm"),
    "hand": translatable("regions", "Hand and wrist"),
    "chest": translatable("regions", "Chest"),
    "abdomen": translatable("regions", "Belly"),
    "groin": translatable("regions", "Groin"),
    "upper_back": translatable("regions", "Upper back"),
    "mid_back": translatable("regions", "Middle back"),
    "lower_back": translatable("regions", "Lower back"),
    "buttock": translatable("regions", "Buttock"),
    "hip": translatable("regions", "Side of hip"),
    "front_thigh": translatable("regions", "Front of thigh"),
    "outer_thigh": translatable("regions", "Outer thigh"),
    "inner_thigh": translatable("regions", "Inner thigh"),
    "back_thigh": translatable("regions", "Back of thigh"),
    "knee": translatable("regions", "Knee"),
    "back_of_knee": translatable("regions", "Back of knee"),
    "shin": translatable("regions", "Shin"),
    "outer_leg": translatable("regions", "Outer lower leg"),
    "inner_leg": translatable("regions", "Inner lower leg"),
    "calf": translatable("regions", "Calf"),
    "achilles": translatable("regions", "Achilles tendon (above the heel)"),
    "inner_ankle": translatable("regions", "Inner ankle"),
    "outer_ankle": translatable("regions", "Outer ankle"),
    "heel_back": translatable("regions", "Back of heel"),
    "heel_bottom": translatable("regions", "Bottom of heel"),
    "arch": translatable("regions", "Arch"),
    "ball_of_foot": translatable("regions", "Ball of foot"),
    "outer_foot": translatable("regions", "Outer edge of foot"),
    "top_of_foot": translatable("regions", "Top of foot"),
    "big_toe": translatable("regions", "Big toe"),
    "toes": translatable("regions", "Middle toes"),
    "little_toe": translatable("regions", "Little toe"),
}
"""Each region's words, the one source of them: the catalogue's `Region.label` (the PDF, the FHIR
record) is taken from here, and the screen translates these. Literals, so that
`scripts/extract_translations.py` finds them; `catalogue()` refuses a region without one."""


@dataclass(frozen=True)
class Region:
    id: str
    label: str
    views: tuple[View, ...]
    midline: bool
    group: Group
    root_set: str | None
    snomed: str | None

    @property
    def sides(self) -> tuple[Side, ...]:
        return (Side.MIDLINE,) if self.midline else (Side.RIGHT, Side.LEFT)

    @property
    def is_limb(self) -> bool:
        return self.group in (Group.LEG, Group.FOOT)

    @property
    def above_ankle(self) -> bool:
        return self.group is Group.LEG


@dataclass(frozen=True)
class Catalogue:
    regions: tuple[Region, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {r.id: r for r in self.regions})

    def __getitem__(self, region_id: str) -> Region:
        by_id: dict[str, Region] = self.__dict__["_by_id"]
        return by_id[region_id]

    def __contains__(self, region_id: object) -> bool:
        return region_id in self.__dict__["_by_id"]

    def ids(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.regions)

    def in_view(self, view: View) -> tuple[Region, ...]:
        return tuple(r for r in self.regions if view in r.views)

    def in_group(self, group: Group) -> tuple[Region, ...]:
        return tuple(r for r in self.regions if r.group is group)


@cache
def catalogue() -> Catalogue:
    data = load_json_asset("regions.json")
    ids = [row["id"] for row in data["regions"]]
    if sorted(ids) != sorted(REGION_LABELS):
        raise ValueError(
            f"regions.json and REGION_LABELS name different regions: {set(ids) ^ set(REGION_LABELS)}"
        )
    return Catalogue(
        tuple(
            Region(
                id=row["id"],
                label=REGION_LABELS[row["id"]],
                views=tuple(View(v) for v in row["views"]),
                midline=row["sides"] == "midline",
                group=Group(row["group"]),
                root_set=row["root_set"],
                snomed=row["snomed"],
            )
            for row in data["regions"]
        )
    )


def describe(region_id: str, side: Side) -> str:
    """English words for a marked region from the patient's side, e.g. "Left bottom of heel"."""
    label = catalogue()[region_id].label
    if side is Side.MIDLINE:
        return label
    return f"{'Left' if side is Side.LEFT else 'Right'} {label[0].lower()}{label[1:]}"
