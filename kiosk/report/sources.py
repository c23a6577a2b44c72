"""The full references behind the [S#] tags that a report cites.

`assets/references.json` is generated once from shared/clinical/evidence.md §9–10 (the shared folder
is not there at run time); each entry keeps the citation text, its URLs and any sub-items.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from kiosk.logic.assessment import Assessment
from kiosk.logic.assets import load_json_asset

_TAG = re.compile(r"^\[?(S[\w-]+)\]?$")


@dataclass(frozen=True)
class Citation:
    text: str
    urls: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reference:
    tag: str
    citation: Citation
    items: tuple[Citation, ...] = ()


@cache
def references() -> dict[str, Reference]:
    data = load_json_asset("references.json")
    return {
        row["tag"]: Reference(
            tag=row["tag"],
            citation=Citation(row["text"], tuple(row["urls"])),
            items=tuple(Citation(item["text"], tuple(item["urls"])) for item in row["items"]),
        )
        for row in data["entries"]
    }


def normalize_tag(tag: str) -> str:
    """Accepts "S7" or "[S7]"; the rules data may carry either."""
    match = _TAG.match(tag.strip())
    return match.group(1) if match else tag.strip()


def _order(tag: str) -> tuple[int, int, str]:
    number = re.match(r"^S(\d+)$", tag)
    return (0, int(number.group(1)), "") if number else (1, 0, tag)


def cited_tags(assessment: Assessment, extra: Iterable[str] = ()) -> tuple[str, ...]:
    """Every tag printed in the report, in reference order (S1, S2, …, then named tags)."""
    tags = {normalize_tag(t) for rule in assessment.fired for t in rule.sources}
    tags |= {normalize_tag(t) for flag in assessment.red_flags for t in flag.sources}
    tags |= {normalize_tag(t) for note in assessment.notes for t in note.sources}
    tags |= {normalize_tag(t) for t in extra}
    return tuple(sorted(tags, key=_order))


def tag_list(tags: Iterable[str]) -> str:
    return "".join(f"[{normalize_tag(t)}]" for t in tags)
