"""The lumbar screen's rule set as data: `assets/rules/lumbar-<version>.json` (spec §6).

Points, caps, level thresholds, anchors, numeric thresholds, reasons and sources live in the JSON, so
a recalibration is a data change with a new version. The conditions are Python functions keyed by the
same ids (`screening.py`, `redflags.py`); a test checks that both sides name the same ids.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from kiosk.logic.assessment import Level, Tier
from kiosk.logic.assets import load_json_asset

RULES_VERSION = "1.0.0"

Params = Mapping[str, int]


class RuleDataError(ValueError):
    """The rule file is inconsistent; raised at load time, never half-way through an assessment."""


@dataclass(frozen=True)
class ScoreRule:
    id: str
    domain: str
    points: int
    reason: str
    sources: tuple[str, ...]
    absent_text: str | None = None
    """Set for the notable rules: shown to the physician when the rule did not fire."""
    params: Params = field(default_factory=dict)


@dataclass(frozen=True)
class FlagRule:
    id: str
    tier: Tier
    reason: str
    sources: tuple[str, ...]
    params: Params = field(default_factory=dict)


@dataclass(frozen=True)
class NoteRule:
    id: str
    text: str
    params: Params = field(default_factory=dict)
    mention_format: str | None = None
    """How to add the yes-answers in `mentions` to the text (the polyneuropathy note names diabetes)."""
    mentions: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RuleSet:
    version: str
    caps: Mapping[str, int | None]
    """Domain id -> cap, in report order; None for the uncapped `against` domain."""
    rules: tuple[ScoreRule, ...]
    possible_from: int
    likely_from: int
    anchors: frozenset[str]
    red_flags: tuple[FlagRule, ...]
    notes: tuple[NoteRule, ...]

    @property
    def max_score(self) -> int:
        """The highest reachable score: the sum of the caps (uncapped domains only subtract)."""
        return sum(cap for cap in self.caps.values() if cap is not None)

    def score(self, fired: Iterable[ScoreRule]) -> int:
        """Domain sums capped, then added; uncapped (negative) rules after the caps; never below 0."""
        sums = dict.fromkeys(self.caps, 0)
        for rule in fired:
            sums[rule.domain] += rule.points
        total = 0
        for domain, value in sums.items():
            cap = self.caps[domain]
            total += value if cap is None else min(value, cap)
        return max(0, total)

    def level(self, score: int, anchored: bool) -> Level:
        """A high score without an anchor stays `possible` (treatment failure alone is weak, [S36])."""
        if score >= self.likely_from and anchored:
            return Level.LIKELY
        if score >= self.possible_from:
            return Level.POSSIBLE
        return Level.NOT_INDICATED


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RuleDataError(f"{where}: expected a list of strings, got {value!r}")
    return tuple(value)


def _params(row: Mapping[str, Any], where: str) -> dict[str, int]:
    raw = row.get("params", {})
    if not isinstance(raw, dict) or not all(isinstance(v, int) for v in raw.values()):
        raise RuleDataError(f"{where}.params: expected an object of whole numbers, got {raw!r}")
    return {str(k): int(v) for k, v in raw.items()}


def _unique(ids: Iterable[str], where: str) -> None:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            raise RuleDataError(f"{where}: id {item!r} appears twice")
        seen.add(item)


def _score_rules(rows: list[dict[str, Any]], caps: Mapping[str, int | None]) -> tuple[ScoreRule, ...]:
    rules = []
    for row in rows:
        where = f"rules.{row.get('id')}"
        if row["domain"] not in caps:
            raise RuleDataError(f"{where}.domain: {row['domain']!r} is not a domain")
        if caps[row["domain"]] is None and row["points"] >= 0:
            raise RuleDataError(f"{where}: an uncapped domain may only hold negative rules")
        rules.append(
            ScoreRule(
                id=str(row["id"]),
                domain=str(row["domain"]),
                points=int(row["points"]),
                reason=str(row["reason"]),
                sources=_strings(row["sources"], f"{where}.sources"),
                absent_text=row.get("absent_text"),
                params=_params(row, where),
            )
        )
    _unique((r.id for r in rules), "rules")
    return tuple(rules)


def parse_rule_set(data: Mapping[str, Any]) -> RuleSet:
    """Builds and checks a rule set from its JSON document."""
    caps: dict[str, int | None] = {str(d["id"]): d["cap"] for d in data["domains"]}
    rules = _score_rules(data["rules"], caps)
    levels = data["levels"]
    anchors = frozenset(_strings(levels["anchors"], "levels.anchors"))
    if not anchors <= {r.id for r in rules}:
        raise RuleDataError(f"levels.anchors: {sorted(anchors - {r.id for r in rules})} are not rules")
    flags = tuple(
        FlagRule(
            id=str(row["id"]),
            tier=Tier(row["tier"]),
            reason=str(row["reason"]),
            sources=_strings(row["sources"], f"red_flags.{row['id']}.sources"),
            params=_params(row, f"red_flags.{row['id']}"),
        )
        for row in data["red_flags"]
    )
    _unique((f.id for f in flags), "red_flags")
    notes = tuple(
        NoteRule(
            id=str(row["id"]),
            text=str(row["text"]),
            params=_params(row, f"notes.{row['id']}"),
            mention_format=row.get("mention_format"),
            mentions={str(k): str(v) for k, v in row.get("mentions", {}).items()},
        )
        for row in data["notes"]
    )
    _unique((n.id for n in notes), "notes")
    return RuleSet(
        version=str(data["version"]),
        caps=caps,
        rules=rules,
        possible_from=int(levels["possible_from"]),
        likely_from=int(levels["likely_from"]),
        anchors=anchors,
        red_flags=flags,
        notes=notes,
    )


@cache
def rule_set(version: str = RULES_VERSION) -> RuleSet:
    """The rule set of one version, loaded once per process."""
    rules = parse_rule_set(load_json_asset("rules", f"lumbar-{version}.json"))
    if rules.version != version:
        raise RuleDataError(f"lumbar-{version}.json says it is version {rules.version!r}")
    return rules
