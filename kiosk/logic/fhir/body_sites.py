"""Each pain-map region as a coded body site: SNOMED CT structure and aspect (shared/clinical/regions.md).

A region without a trustworthy code is sent with our region id and its words only ("–" in the
table). Hand and wrist has two structures. The bottom of the heel is the heel code plus words
(SNOMED's "plantar" qualifier is inactive). Check every code in a SNOMED CT browser before a
release that exports them (regions.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from kiosk.logic.fhir.codes import ASPECTS, LATERALITY


@dataclass(frozen=True)
class BodySite:
    structures: tuple[str, ...] = ()
    """SNOMED CT body structure codes; empty when the region is sent as words only."""
    aspect: str | None = None
    """A key of `codes.ASPECTS` (anterior, lateral, medial, posterior)."""


_THIGH, _LOWER_LEG, _HEEL, _BACK = "68367000", "30021000", "76853006", "77568009"

BODY_SITES: dict[str, BodySite] = {
    "head": BodySite(("69536005",)),
    "neck": BodySite(("45048000",)),
    "shoulder": BodySite(("16982005",)),
    "upper_arm": BodySite(("40983000",)),
    "elbow": BodySite(("127949000",)),
    "forearm": BodySite(("14975008",)),
    "hand": BodySite(("85562004", "74670003")),
    "chest": BodySite(("816094009",)),
    "abdomen": BodySite(("818981001",)),
    "groin": BodySite(("26893007",)),
    "upper_back": BodySite((_BACK,)),
    "mid_back": BodySite((_BACK,)),
    "lower_back": BodySite(("37822005",)),
    "buttock": BodySite(("46862004",)),
    "hip": BodySite(("29836001",)),
    "front_thigh": BodySite((_THIGH,), "anterior"),
    "outer_thigh": BodySite((_THIGH,), "lateral"),
    "inner_thigh": BodySite((_THIGH,), "medial"),
    "back_thigh": BodySite((_THIGH,), "posterior"),
    "knee": BodySite(("72696002",)),
    "back_of_knee": BodySite(("32361000",)),
    "shin": BodySite((_LOWER_LEG,), "anterior"),
    "outer_leg": BodySite((_LOWER_LEG,), "lateral"),
    "inner_leg": BodySite((_LOWER_LEG,), "medial"),
    "calf": BodySite(("53840002",)),
    "achilles": BodySite(("61352006",)),
    "inner_ankle": BodySite(("314796009",)),
    "outer_ankle": BodySite(("360857004",)),
    "heel_back": BodySite((_HEEL,)),
    "heel_bottom": BodySite((_HEEL,)),
    "arch": BodySite(),
    "ball_of_foot": BodySite(("419176008",)),
    "outer_foot": BodySite(),
    "top_of_foot": BodySite(),
    "big_toe": BodySite(("78883009",)),
    "toes": BodySite(("29707007",)),
    "little_toe": BodySite(("39915008",)),
}


@cache
def snomed_codes() -> frozenset[str]:
    """Every SNOMED CT code the export may send: structures, aspects and the two sides."""
    structures = {code for site in BODY_SITES.values() for code in site.structures}
    sides = {c["code"] for c in LATERALITY.values()}
    return frozenset(structures | set(ASPECTS.values()) | sides)
