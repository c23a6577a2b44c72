"""The closed value sets of the `kiosk-intake/1` format, with the plain label a patient reads.

Values are the strings the record stores; labels are English source text marked for translation.
"""

from __future__ import annotations

from enum import StrEnum

from kiosk.logic.i18n import translatable

FORMAT = "kiosk-intake/1"


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"
    MIDLINE = "midline"


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNSPECIFIED = "unspecified"


class Language(StrEnum):
    """The kiosk's languages, the one list of them (the record's enum, the staff's default-language
    choice, the FHIR codes and the translation catalogues all take theirs from here). English is
    the source language of every string; each other one has its catalogue `assets/i18n/kiosk_<code>.ts`."""

    EN = "en"
    ES = "es"


SOURCE_LANGUAGE = Language.EN
LANGUAGE_NAMES = {Language.EN: "English", Language.ES: "Español"}
"""Each language named in itself (on the Welcome buttons and in the chart): never translated."""


class Duration(StrEnum):
    UNDER_6_WEEKS = "under_6_weeks"
    WEEKS_6_TO_12 = "6_to_12_weeks"
    MONTHS_3_TO_6 = "3_to_6_months"
    MONTHS_6_TO_12 = "6_to_12_months"
    OVER_12_MONTHS = "over_12_months"

    @property
    def at_least_3_months(self) -> bool:
        return self not in (Duration.UNDER_6_WEEKS, Duration.WEEKS_6_TO_12)


class Onset(StrEnum):
    SUDDEN = "sudden"
    GRADUAL = "gradual"


class Quality(StrEnum):
    ACHING = "aching"
    SHARP = "sharp"
    BURNING = "burning"
    ELECTRIC = "electric"
    TINGLING = "tingling"
    NUMBNESS = "numbness"
    PAINFUL_COLD = "painful_cold"
    LIGHT_TOUCH = "light_touch"
    CRAMPING = "cramping"
    ITCHING = "itching"


NERVE_SENSORY = frozenset({Quality.TINGLING, Quality.NUMBNESS})
"""The sensory qualities the rules look for (S1, S2, N2, U3)."""


class Relief(StrEnum):
    NONE = "none"
    A_LITTLE = "a_little"
    A_LOT = "a_lot"
    MADE_WORSE = "made_worse"

    @property
    def failed(self) -> bool:
        """`none`, `a_little` and `made_worse` count as a failed treatment (spec §2)."""
        return self is not Relief.A_LOT


class ReliefPattern(StrEnum):
    LESS_EACH_TIME = "less_each_time"
    ABOUT_THE_SAME = "about_the_same"


class TreatmentKind(StrEnum):
    CONSERVATIVE = "conservative"
    LIMB_SURGERY = "limb_surgery"
    SPINE = "spine"
    OTHER = "other"


class TreatmentId(StrEnum):
    ICE = "ice"
    PAIN_RELIEVERS = "pain_relievers"
    STRETCHING = "stretching"
    ORTHOTICS = "orthotics"
    NIGHT_SPLINT = "night_splint"
    PHYSICAL_THERAPY = "physical_therapy"
    STEROID_INJECTION = "steroid_injection"
    SHOCKWAVE = "shockwave"
    PRP = "prp"
    WALKING_BOOT = "walking_boot"
    PLANTAR_FASCIA_RELEASE = "plantar_fascia_release"
    GASTROCNEMIUS_RECESSION = "gastrocnemius_recession"
    TARSAL_TUNNEL_RELEASE = "tarsal_tunnel_release"
    EPIDURAL_INJECTION = "epidural_injection"
    SPINAL_SURGERY = "spinal_surgery"
    OTHER = "other"

    @property
    def kind(self) -> TreatmentKind:
        return _TREATMENT_KIND.get(self, TreatmentKind.CONSERVATIVE)

    @property
    def counted(self) -> bool:
        """Injections and surgeries: the patient is asked how many."""
        return self in _COUNTED

    @property
    def repeatable_injection(self) -> bool:
        """Injections whose relief over repeated shots is asked (less each time / the same)."""
        return self in (TreatmentId.STEROID_INJECTION, TreatmentId.EPIDURAL_INJECTION)


_TREATMENT_KIND = {
    TreatmentId.PLANTAR_FASCIA_RELEASE: TreatmentKind.LIMB_SURGERY,
    TreatmentId.GASTROCNEMIUS_RECESSION: TreatmentKind.LIMB_SURGERY,
    TreatmentId.TARSAL_TUNNEL_RELEASE: TreatmentKind.LIMB_SURGERY,
    TreatmentId.EPIDURAL_INJECTION: TreatmentKind.SPINE,
    TreatmentId.SPINAL_SURGERY: TreatmentKind.SPINE,
    TreatmentId.OTHER: TreatmentKind.OTHER,
}
_COUNTED = frozenset(
    {
        TreatmentId.STEROID_INJECTION,
        TreatmentId.PRP,
        TreatmentId.EPIDURAL_INJECTION,
        TreatmentId.PLANTAR_FASCIA_RELEASE,
        TreatmentId.GASTROCNEMIUS_RECESSION,
        TreatmentId.TARSAL_TUNNEL_RELEASE,
        TreatmentId.SPINAL_SURGERY,
    }
)

SIDE_LABELS = {
    Side.LEFT: translatable("vocab", "Your left"),
    Side.RIGHT: translatable("vocab", "Your right"),
    Side.MIDLINE: translatable("vocab", "Middle"),
}
SEX_LABELS = {
    Sex.FEMALE: translatable("vocab", "Female"),
    Sex.MALE: translatable("vocab", "Male"),
    Sex.OTHER: translatable("vocab", "Other"),
    Sex.UNSPECIFIED: translatable("vocab", "I'd rather not say"),
}
DURATION_LABELS = {
    Duration.UNDER_6_WEEKS: translatable("vocab", "Less than 6 weeks"),
    Duration.WEEKS_6_TO_12: translatable("vocab", "6 to 12 weeks"),
    Duration.MONTHS_3_TO_6: translatable("vocab", "3 to 6 months"),
    Duration.MONTHS_6_TO_12: translatable("vocab", "6 to 12 months"),
    Duration.OVER_12_MONTHS: translatable("vocab", "More than a year"),
}
ONSET_LABELS = {
    Onset.SUDDEN: translatable("vocab", "Suddenly"),
    Onset.GRADUAL: translatable("vocab", "Slowly, over time"),
}
QUALITY_LABELS = {
    Quality.ACHING: translatable("vocab", "Aching"),
    Quality.SHARP: translatable("vocab", "Sharp"),
    Quality.BURNING: translatable("vocab", "Burning"),
    Quality.ELECTRIC: translatable("vocab", "Shooting, like electric shocks"),
    Quality.TINGLING: translatable("vocab", "Tingling, pins and needles"),
    Quality.NUMBNESS: translatable("vocab", "Numb"),
    Quality.PAINFUL_COLD: translatable("vocab", "Painful cold"),
    Quality.LIGHT_TOUCH: translatable("vocab", "Hurts when lightly touched"),
    Quality.CRAMPING: translatable("vocab", "Cramping"),
    Quality.ITCHING: translatable("vocab", "Itching"),
}
RELIEF_LABELS = {
    Relief.NONE: translatable("vocab", "Did not help"),
    Relief.A_LITTLE: translatable("vocab", "Helped a little"),
    Relief.A_LOT: translatable("vocab", "Helped a lot"),
    Relief.MADE_WORSE: translatable("vocab", "Made it worse"),
}
RELIEF_PATTERN_LABELS = {
    ReliefPattern.LESS_EACH_TIME: translatable("vocab", "Helped less each time"),
    ReliefPattern.ABOUT_THE_SAME: translatable("vocab", "Helped about the same each time"),
}
TREATMENT_LABELS = {
    TreatmentId.ICE: translatable("vocab", "Ice"),
    TreatmentId.PAIN_RELIEVERS: translatable("vocab", "Pain pills or gels"),
    TreatmentId.STRETCHING: translatable("vocab", "Stretching"),
    TreatmentId.ORTHOTICS: translatable("vocab", "Shoe inserts, braces or special shoes"),
    TreatmentId.NIGHT_SPLINT: translatable("vocab", "Night splint"),
    TreatmentId.PHYSICAL_THERAPY: translatable("vocab", "Physical therapy"),
    TreatmentId.STEROID_INJECTION: translatable("vocab", "Steroid shot in the heel or foot"),
    TreatmentId.SHOCKWAVE: translatable("vocab", "Shockwave therapy"),
    TreatmentId.PRP: translatable("vocab", "PRP shot (from your own blood)"),
    TreatmentId.WALKING_BOOT: translatable("vocab", "Walking boot"),
    TreatmentId.PLANTAR_FASCIA_RELEASE: translatable("vocab", "Surgery on the bottom of the foot"),
    TreatmentId.GASTROCNEMIUS_RECESSION: translatable("vocab", "Surgery to lengthen the calf muscle"),
    TreatmentId.TARSAL_TUNNEL_RELEASE: translatable("vocab", "Nerve surgery at the inner ankle"),
    TreatmentId.EPIDURAL_INJECTION: translatable("vocab", "Shot in the back (epidural)"),
    TreatmentId.SPINAL_SURGERY: translatable("vocab", "Back surgery"),
    TreatmentId.OTHER: translatable("vocab", "Something else"),
}
