"""Mutated intake files, as the reliability audit of issue 13 made them: one place in a valid record
replaced by a hostile value, removed, or repeated.

Shared by the fuzz test (tests/test_cli_fuzz.py, which lets hypothesis pick the mutations and shrink
a failure) and the `bad_input` bench group (which times every mutation of the catalogue, because "a
hostile file is refused in under a second" is a speed target, and those live in the bench).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

V03 = (
    Path(__file__).resolve().parents[1]
    / "tests"
    / "data"
    / "vignettes"
    / "v03-heel-pain-with-s1-features.json"
)

HOSTILE: dict[str, Any] = {
    "5,000-digit integer": "9" * 5000,  # spliced into the text as a bare number
    "negative count": -1,
    "huge float": 1e308,
    "NaN": float("nan"),
    "true": True,
    "null": None,
    "empty text": "",
    "1 MB text": "x" * 1_000_000,
    "NUL": "a\u0000b",
    "lone surrogate": "\ud800",
    "right-to-left override": "\u202e",
    "rich text": '<span style="font-size:60px">big</span>',
    "year 0001": "0001-01-01",
    "year 9999": "9999-12-31T23:59:00-05:00",
    "not a date": "31/12/2020",
    "empty list": [],
    "list of 10,000": ["ice"] * 10_000,
    "empty object": {},
    "deep nesting": "[" * 10_000 + "]" * 10_000,  # spliced as text
    "unknown word": "plantar_fasciitis",
}
"""Values put in place of one field. Two are JSON text rather than values (`SPLICED`): Python's own
encoder would refuse to write them."""

SPLICED = frozenset({"5,000-digit integer", "deep nesting"})
ACTIONS = ("replace", "remove", "repeat")


def record() -> dict[str, Any]:
    """V03's record: every part of the format is present (pain, qualities, answers, treatments)."""
    data: dict[str, Any] = json.loads(V03.read_text(encoding="utf-8"))["record"]
    return data


def places(node: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[str | int, ...]]:
    """Every field and list item of a record, the record itself first."""
    yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from places(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from places(value, (*path, index))


PLACES = list(places(record()))[1:]


@dataclass(frozen=True)
class Mutation:
    place: tuple[str | int, ...]
    action: str
    hostile: str = ""

    def __str__(self) -> str:
        where = "/".join(map(str, self.place))
        return f"{self.action} {where}" + (f" with {self.hostile}" if self.action == "replace" else "")


MARK = "\u2603HOSTILE\u2603"  # stands in for a spliced value until the text is written


def mutated_text(mutation: Mutation) -> str:
    """The JSON text of V03's record with one mutation applied."""
    data = record()
    *parents, last = mutation.place
    holder: Any = data
    for step in parents:
        holder = holder[step]
    if mutation.action == "remove":
        del holder[last]
        return json.dumps(data)
    if mutation.action == "repeat" and isinstance(holder, list):
        holder.append(holder[last])
        return json.dumps(data)
    if mutation.action == "repeat":  # a key given twice: spliced, since a dict cannot hold it
        again = json.dumps(holder[last])
        holder[last] = MARK
        return json.dumps(data).replace(json.dumps(MARK), f"{again}, {json.dumps(last)}: {again}")
    if mutation.hostile in SPLICED:
        holder[last] = MARK
        return json.dumps(data).replace(json.dumps(MARK), HOSTILE[mutation.hostile])
    holder[last] = HOSTILE[mutation.hostile]
    return json.dumps(data, allow_nan=True)


def catalogue() -> list[Mutation]:
    """Every mutation: each place replaced by each hostile value, removed, and repeated (1,300 or so)."""
    found = [Mutation(place, "replace", name) for place in PLACES for name in HOSTILE]
    found += [Mutation(place, action) for place in PLACES for action in ("remove", "repeat")]
    return found
