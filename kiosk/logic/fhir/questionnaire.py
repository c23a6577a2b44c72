"""The kiosk's form as a FHIR Questionnaire, generated from the question catalogue and the value sets.

Every answer id of `kiosk-intake/1` is a `linkId`; the record's nested parts (the patient, each
marked place, each treatment) are groups whose items are named `<group>.<field>`. Choice answers
are coded in our own code systems (sides and body sites in SNOMED CT), with English text and the
reviewed Spanish from the translation catalogue. The version follows the app and the rule set.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from kiosk import __version__
from kiosk.logic.fhir import codes
from kiosk.logic.fhir.codes import Json
from kiosk.logic.questions import QUESTIONS, Question, QuestionStep, questions_for
from kiosk.logic.regions import REGION_LABELS, catalogue
from kiosk.logic.rules import RULES_VERSION
from kiosk.logic.translations import translate
from kiosk.logic.vocab import (
    DURATION_LABELS,
    LANGUAGE_NAMES,
    ONSET_LABELS,
    QUALITY_LABELS,
    RELIEF_LABELS,
    RELIEF_PATTERN_LABELS,
    SEX_LABELS,
    SIDE_LABELS,
    SOURCE_LANGUAGE,
    TREATMENT_LABELS,
    Language,
    Side,
)


class Link(StrEnum):
    """The linkIds of the form's own parts (the yes/no questions use their answer ids)."""

    PATIENT = "patient"
    FIRST_NAME = "patient.first_name"
    LAST_NAME = "patient.last_name"
    DATE_OF_BIRTH = "patient.date_of_birth"
    SEX = "patient.sex"
    LANGUAGE = "language"
    PAIN = "pain"
    REGION = "pain.region"
    SIDE = "pain.side"
    BODY_SITE = "pain.body_site"
    ASPECT = "pain.aspect"
    DESCRIPTION = "pain.description"
    INTENSITY = "pain.intensity"
    QUALITY = "pain.quality"
    DURATION = "duration"
    ONSET = "onset"
    TREATMENTS = "treatments"
    TREATMENT = "treatment.id"
    RELIEF = "treatment.relief"
    COUNT = "treatment.count"
    RELIEF_PATTERN = "treatment.relief_pattern"
    NOTE = "treatment.note"


STEP_LINKS = {QuestionStep.PATTERN: "pattern", QuestionStep.NERVE: "nerve", QuestionStep.SAFETY: "safety"}
STEP_TEXT = {
    QuestionStep.PATTERN: ("QuestionsPage", "When does it hurt?"),
    QuestionStep.NERVE: ("QuestionsPage", "Your legs and feet"),
    QuestionStep.SAFETY: ("QuestionsPage", "Questions we ask everyone"),
}


def version(rules_version: str = RULES_VERSION) -> str:
    """E.g. `0.2.0+rules.1.1.0`: a new question, a new condition on one (enableWhen) or a new rule set is a
    new version of the form."""
    return f"{__version__}+rules.{rules_version}"


def canonical(rules_version: str = RULES_VERSION) -> str:
    return f"{codes.QUESTIONNAIRE_URL}|{version(rules_version)}"


@dataclass(frozen=True)
class Words:
    """Item or option words: the English source and the translation context that holds its Spanish."""

    context: str
    text: str


def _translated(words: Words, key: str) -> Json:
    """`{key: English}` plus `_key` with each reviewed translation (FHIR's translation extension)."""
    out: Json = {key: words.text}
    found = [
        (language.value, text)
        for language in Language
        if language is not SOURCE_LANGUAGE
        and (text := translate(language.value, words.context, words.text)) is not None
    ]
    if found:
        out[f"_{key}"] = {
            "extension": [
                {
                    "url": codes.TRANSLATION,
                    "extension": [
                        {"url": "lang", "valueCode": code},
                        {"url": "content", "valueString": text},
                    ],
                }
                for code, text in found
            ]
        }
    return out


def _options(system: str, labels: Iterable[tuple[str, str]], context: str = "vocab") -> list[Json]:
    return [
        {"valueCoding": {"system": system, "code": code} | _translated(Words(context, label), "display")}
        for code, label in labels
    ]


def _item(link: str, kind: str, words: Words, **extra: object) -> Json:
    return {"linkId": link} | _translated(words, "text") | {"type": kind} | extra


def _plain(link: str, kind: str, text: str, **extra: object) -> Json:
    """An item the kiosk derives rather than asks (codes, the side in words): English only."""
    return {"linkId": link, "text": text, "type": kind, "readOnly": True} | extra


def region_options() -> list[Json]:
    return _options(codes.REGION, ((r, REGION_LABELS[r]) for r in catalogue().ids()), "regions")


def side_options() -> list[Json]:
    return [
        {"valueCoding": codes.LATERALITY[side] | _translated(Words("vocab", SIDE_LABELS[side]), "display")}
        for side in (Side.LEFT, Side.RIGHT)
    ]


def _patient_group() -> Json:
    return _item(
        Link.PATIENT,
        "group",
        Words("ReviewPage", "About you"),
        required=True,
        item=[
            _item(Link.FIRST_NAME, "string", Words("AboutPage", "First name"), required=True),
            _item(Link.LAST_NAME, "string", Words("AboutPage", "Last name"), required=True),
            _item(Link.DATE_OF_BIRTH, "date", Words("AboutPage", "Date of birth"), required=True),
            _item(
                Link.SEX,
                "choice",
                Words("AboutPage", "Sex"),
                answerOption=_options(codes.SEX, SEX_LABELS.items()),
            ),
        ],
    )


def _pain_group() -> Json:
    return _item(
        Link.PAIN,
        "group",
        Words("ReviewPage", "Where it hurts"),
        repeats=True,
        item=[
            _item(
                Link.REGION,
                "choice",
                Words("MapPage", "Where does it hurt? Tap each place."),
                required=True,
                answerOption=region_options(),
            ),
            _plain(
                Link.SIDE,
                "choice",
                "Side (the patient's own; none for a midline place)",
                answerOption=side_options(),
            ),
            _plain(
                Link.BODY_SITE, "choice", "Body structure (SNOMED CT), where the place has one", repeats=True
            ),
            _plain(Link.ASPECT, "choice", "Aspect qualifier (SNOMED CT), where the place has one"),
            _plain(Link.DESCRIPTION, "string", "The place in words, e.g. Left bottom of heel"),
            _item(
                Link.INTENSITY,
                "integer",
                Words("MarkEditor", "How much does it hurt? 0 is none, 10 is the worst."),
                required=True,
                code=[codes.PAIN_SEVERITY],
            ),
            _item(
                Link.QUALITY,
                "choice",
                Words("MarkEditor", "What does it feel like? Tap all that fit."),
                repeats=True,
                answerOption=_options(codes.QUALITY, QUALITY_LABELS.items()),
            ),
        ],
    )


def _enabled_when(question: Question) -> Json:
    """A follow-up is shown only after a yes to one of the answers it follows, as on the kiosk."""
    if not question.follows:
        return {}
    return {
        "enableWhen": [
            {"question": answer, "operator": "=", "answerBoolean": True} for answer in question.follows
        ],
        "enableBehavior": "any",
    }


def _question_groups() -> list[Json]:
    groups = []
    for step in QuestionStep:
        items = [
            _item(q.id, "integer" if q.minutes else "boolean", Words("questions", q.text), **_enabled_when(q))
            for q in questions_for(step)
        ]
        groups.append(_item(STEP_LINKS[step], "group", Words(*STEP_TEXT[step]), item=items))
    return groups


def _treatment_group() -> Json:
    return _item(
        Link.TREATMENTS,
        "group",
        Words("TreatmentsPage", "What have you tried?"),
        repeats=True,
        item=[
            _item(
                Link.TREATMENT,
                "choice",
                Words("TreatmentsPage", "Tap each thing you tried for this pain."),
                required=True,
                answerOption=_options(codes.TREATMENT, TREATMENT_LABELS.items()),
            ),
            _item(
                Link.RELIEF,
                "choice",
                Words("TreatmentRow", "How much did it help?"),
                required=True,
                answerOption=_options(codes.RELIEF, RELIEF_LABELS.items()),
            ),
            _item(Link.COUNT, "integer", Words("TreatmentRow", "How many times?")),
            _item(
                Link.RELIEF_PATTERN,
                "choice",
                Words("TreatmentRow", "Did each shot help less than the one before?"),
                answerOption=_options(codes.RELIEF_PATTERN, RELIEF_PATTERN_LABELS.items()),
            ),
            _item(Link.NOTE, "string", Words("TreatmentRow", "What else did you try?"), maxLength=200),
        ],
    )


def questionnaire(rules_version: str = RULES_VERSION) -> Json:
    """The whole form; `kiosk fhir questionnaire` prints it for the clinic's server."""
    language_options = [
        {"valueCoding": codes.coding(codes.BCP47, lang.value, LANGUAGE_NAMES[lang])} for lang in Language
    ]
    return {
        "resourceType": "Questionnaire",
        "id": "heel-pain-intake",
        "url": codes.QUESTIONNAIRE_URL,
        "version": version(rules_version),
        "name": "HeelPainIntake",
        "title": "Heel and leg pain intake (kiosk)",
        "status": "active",
        "subjectType": ["Patient"],
        "language": SOURCE_LANGUAGE.value,
        "description": (
            f"The intake kiosk's form, {len(QUESTIONS)} questions; the answers feed a lumbar "
            f"nerve-root screen (rule set {rules_version}), a screening aid, never a diagnosis."
        ),
        "item": [
            _patient_group(),
            _plain(
                Link.LANGUAGE, "choice", "Language the patient answered in", answerOption=language_options
            ),
            _pain_group(),
            _item(
                Link.DURATION,
                "choice",
                Words("QuestionsPage", "How long have you had this pain?"),
                required=True,
                answerOption=_options(codes.DURATION, DURATION_LABELS.items()),
            ),
            _item(
                Link.ONSET,
                "choice",
                Words("QuestionsPage", "How did it start?"),
                answerOption=_options(codes.ONSET, ONSET_LABELS.items()),
            ),
            *_question_groups(),
            _treatment_group(),
        ],
    }
