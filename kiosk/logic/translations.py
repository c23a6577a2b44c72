"""The reviewed Qt translation catalogues (`assets/i18n/kiosk_<lang>.ts`), read without Qt.

The kiosk's screens translate through Qt; what leaves the kiosk in the patient's words (the FHIR
Questionnaire's Spanish text) reads the same reviewed catalogue, so there is one Spanish for each text.
Unfinished and obsolete messages are left out: an unreviewed guess must not reach a chart; so are
the messages with a count (plural forms), which only the screens say.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Mapping
from functools import cache

from kiosk.logic.assets import asset_path

_SKIPPED = {"unfinished", "obsolete", "vanished"}


@cache
def catalogue(language: str) -> Mapping[tuple[str, str], str]:
    """(context, English source) -> translation, for every finished message of `language`."""
    root = ET.parse(asset_path("i18n", f"kiosk_{language}.ts")).getroot()
    found: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") == "yes" or translation is None:
                continue
            if translation.get("type") in _SKIPPED or not translation.text:
                continue
            found[(name, message.findtext("source", ""))] = translation.text
    return found


def translate(language: str, context: str, text: str) -> str | None:
    """The reviewed translation, or None when the catalogue has none."""
    return catalogue(language).get((context, text))
