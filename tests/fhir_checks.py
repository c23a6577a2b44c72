"""Checks every FHIR resource the kiosk makes must pass: the `fhirclient` R4 (4.0.1) models, strict,
and our own code lists (no code leaves the kiosk that is not in them)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from fhirclient.models.element import Element
from fhirclient.models.fhirelementfactory import FHIRElementFactory

from kiosk.logic.fhir import codes
from kiosk.logic.fhir.body_sites import snomed_codes
from kiosk.logic.questions import QUESTIONS
from kiosk.logic.regions import catalogue
from kiosk.logic.vocab import Duration, Onset, Quality, Relief, ReliefPattern, Sex, TreatmentId


def parse(resource: dict[str, Any]) -> Any:
    """The resource as the R4 model of its type; raises FHIRValidationError on a wrong or missing
    element. Round-trips through the model too, so nothing we send is silently dropped."""
    model = FHIRElementFactory.instantiate(resource["resourceType"], resource)
    assert _comparable(model.as_json()) == _comparable(resource)
    for extended in _primitive_extensions(resource):
        Element(extended)  # the models accept `_text` but do not keep it: check its shape here
    return model


def _comparable(value: Any) -> Any:
    """Without empty values and primitive extensions (`_text`), which `as_json` leaves out."""
    if isinstance(value, dict):
        return {
            k: _comparable(v) for k, v in value.items() if v not in (None, [], {}) and not k.startswith("_")
        }
    if isinstance(value, list):
        return [_comparable(v) for v in value]
    return value


def _primitive_extensions(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, dict):
        for key, child in value.items():
            if key.startswith("_"):
                yield child
            yield from _primitive_extensions(child)
    elif isinstance(value, list):
        for child in value:
            yield from _primitive_extensions(child)


def codings(value: Any) -> Iterator[tuple[str, str]]:
    """Every (system, code) in a resource, wherever it sits."""
    if isinstance(value, dict):
        if "system" in value and "code" in value:
            yield value["system"], value["code"]
        for child in value.values():
            yield from codings(child)
    elif isinstance(value, list):
        for child in value:
            yield from codings(child)


def _screen_codes() -> frozenset[str]:
    levels = {"not_applicable", "not_indicated", "possible", "likely"}
    tiers = {f"tier-{t}" for t in ("none", "prompt", "urgent", "emergency")}
    return frozenset(levels | tiers | {"lumbar-screen", "score", "bilateral", "red-flag-tier", "side"})


def _rule_ids() -> frozenset[str]:
    from kiosk.logic.rules import rule_set

    rules = rule_set()
    ids = {r.id for r in rules.rules} | {f.id for f in rules.red_flags} | {n.id for n in rules.notes}
    return frozenset(ids)


def allowed_codes() -> dict[str, frozenset[str]]:
    def values(kind: Any) -> frozenset[str]:
        return frozenset(member.value for member in kind)

    return {
        **codes.CODES,
        codes.SNOMED: snomed_codes(),
        codes.REGION: frozenset(catalogue().ids()),
        codes.QUALITY: values(Quality),
        codes.SEX: values(Sex),
        codes.DURATION: values(Duration),
        codes.ONSET: values(Onset),
        codes.TREATMENT: values(TreatmentId),
        codes.RELIEF: values(Relief),
        codes.RELIEF_PATTERN: values(ReliefPattern),
        codes.SCREEN: _screen_codes(),
        codes.SCREEN_RULE: _rule_ids(),
        codes.DOCUMENT: frozenset({"intake-summary"}),
        codes.URI_IDENTIFIER: frozenset(),
    }


def foreign_codes(resource: dict[str, Any]) -> list[tuple[str, str]]:
    """Codes not on our lists (identifiers, `system` + `value`, are not codings and never show)."""
    allowed = allowed_codes()
    return [(s, c) for s, c in codings(resource) if c not in allowed.get(s, frozenset())]


QUESTION_IDS = frozenset(q.id for q in QUESTIONS)
