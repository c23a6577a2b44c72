"""The lumbar screen's rule set as data: `assets/rules/lumbar-<version>.json` (spec §6).

Points, caps, level thresholds, anchors, numeric thresholds, reasons and sources live in the JSON, so
a recalibration is a data change with a new version. The conditions are Python functions keyed by the
same ids (`screening.py`, `redflags.py`); a test checks that both sides name the same ids.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from kiosk.logic.assessment import Level, Tier
from kiosk.logic.assets import load_json_asset

RULES_VERSION = "1.1.0"
"""The rule set new intakes and `kiosk assess` use. Older rule files stay: a stored assessment is
reprinted with the thresholds of the version it was made with."""

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
    sources: tuple[str, ...] = ()
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
    anchor_unless: Mapping[str, str] = field(default_factory=dict)
    """Anchor id -> answer id: the rule still scores but is no anchor when that answer is yes (P3 is
    no anchor beside walking pain eased by standing still: arterial claudication)."""
    gate_domains: frozenset[str] = frozenset()
    """`likely` also needs a fired rule of one of these domains; empty (rule set 1.0) means no gate."""
    not_present: tuple[str, ...] = ()
    """The rules whose absence the report names, most telling first."""
    not_present_shown: int | None = None
    """At most this many absent rules are named (None: all of them)."""

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

    def anchored(self, fired: Iterable[ScoreRule], yes: Callable[[str], bool]) -> bool:
        """Part 1 of the `likely` gate, also the side tie-break: an anchor fired, exceptions applied."""
        return any(
            rule.id in self.anchors
            and not (rule.id in self.anchor_unless and yes(self.anchor_unless[rule.id]))
            for rule in fired
        )

    def has_sign(self, fired: Iterable[ScoreRule]) -> bool:
        """Part 2 of the gate: a sensory, provocation or motor rule fired, so a high score from the
        drawing alone (hip, hamstring, sacroiliac pain) stays `possible`."""
        return not self.gate_domains or any(rule.domain in self.gate_domains for rule in fired)

    def level(self, score: int, gated: bool) -> Level:
        """A high score stays `possible` unless both parts of the gate hold (treatment failure and
        non-specific symptoms alone are weak: plantar fasciitis often persists for a year, [S36])."""
        if score >= self.likely_from and gated:
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
            sources=_strings(row.get("sources", []), f"notes.{row['id']}.sources"),
            params=_params(row, f"notes.{row['id']}"),
            mention_format=row.get("mention_format"),
            mentions={str(k): str(v) for k, v in row.get("mentions", {}).items()},
        )
        for row in data["notes"]
    )
    _unique((n.id for n in notes), "notes")
    unless = {str(k): str(v) for k, v in levels.get("anchor_unless", {}).items()}
    if not unless.keys() <= anchors:
        raise RuleDataError(f"levels.anchor_unless: {sorted(unless.keys() - anchors)} are not anchors")
    gate = frozenset(_strings(levels.get("gate_domains", []), "levels.gate_domains"))
    if not gate <= caps.keys():
        raise RuleDataError(f"levels.gate_domains: {sorted(gate - caps.keys())} are not domains")
    with_text = tuple(r.id for r in rules if r.absent_text is not None)
    not_present = _strings(levels.get("not_present", list(with_text)), "levels.not_present")
    if set(not_present) != set(with_text):
        raise RuleDataError("levels.not_present: must name exactly the rules that have an absent_text")
    shown = levels.get("not_present_shown")
    return RuleSet(
        version=str(data["version"]),
        caps=caps,
        rules=rules,
        possible_from=int(levels["possible_from"]),
        likely_from=int(levels["likely_from"]),
        anchors=anchors,
        red_flags=flags,
        notes=notes,
        anchor_unless=unless,
        gate_domains=gate,
        not_present=not_present,
        not_present_shown=None if shown is None else int(shown),
    )


@cache
def rule_set(version: str = RULES_VERSION) -> RuleSet:
    """The rule set of one version, loaded once per process."""
    rules = parse_rule_set(load_json_asset("rules", f"lumbar-{version}.json"))
    if rules.version != version:
        raise RuleDataError(f"lumbar-{version}.json says it is version {rules.version!r}")
    return rules
