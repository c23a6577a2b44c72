"""A small reader of Qt style sheets, enough to say which colours a real widget is drawn in.

It follows the rules Qt documents for style sheets: a rule matches by class (including the class's
bases), `[property="value"]`, the `:checked`, `:disabled` and `:focus` states and descendant (` `) or
child (`>`) selectors; the most specific rule wins, then the later one. A widget's background shows
only where Qt paints it (a styled background, an auto-filled one, or a window); elsewhere the
parent's shows through. Anything the reader does not understand fails the test instead of passing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QComboBox, QLineEdit, QWidget

_COMPOUND = re.compile(r"^(?P<element>[A-Za-z_*][\w]*)?(?P<rest>(\[[^\]]+\]|:{1,2}[!\w-]+)*)$")
_ATTRIBUTE = re.compile(r'\[(\w+)="([^"]*)"\]')
_PSEUDO = re.compile(r"(:{1,2})(!?[\w-]+)")
NAMED = {"white": "#ffffff", "black": "#000000"}
KNOWN_STATES = frozenset({"checked", "disabled", "focus", "vertical", "horizontal"})


@dataclass(frozen=True)
class State:
    """The state a widget is drawn in (touch screens have no hover)."""

    checked: bool = False
    enabled: bool = True
    focus: bool = False


@dataclass(frozen=True)
class Compound:
    element: str
    attributes: tuple[tuple[str, str], ...]
    states: frozenset[str]
    subcontrol: str


@dataclass(frozen=True)
class Rule:
    chain: tuple[tuple[str, Compound], ...]  # (combinator before it, compound); first has ""
    declarations: tuple[tuple[str, str], ...]
    specificity: tuple[int, int]
    order: int

    def get(self, name: str) -> str | None:
        return dict(self.declarations).get(name)


def _compound(text: str) -> Compound:
    match = _COMPOUND.match(text)
    if match is None:
        raise ValueError(f"selector not understood: {text!r}")
    rest = match.group("rest") or ""
    states, subcontrol = set(), ""
    for colons, name in _PSEUDO.findall(rest):
        if colons == "::":
            subcontrol = name
        elif name in KNOWN_STATES:
            states.add(name)
        else:
            raise ValueError(f"state not understood: :{name}")
    return Compound(
        match.group("element") or "", tuple(_ATTRIBUTE.findall(rest)), frozenset(states), subcontrol
    )


def parse(sheet: str) -> list[Rule]:
    text = re.sub(r"/\*.*?\*/", "", sheet, flags=re.DOTALL)
    rules: list[Rule] = []
    for block in text.split("}"):
        if "{" not in block:
            continue
        selectors, body = block.split("{", 1)
        declarations = tuple(
            (name.strip(), value.strip())
            for name, _, value in (part.partition(":") for part in body.split(";"))
            if name.strip()
        )
        for selector in selectors.split(","):
            tokens = selector.replace(">", " > ").split()
            chain: list[tuple[str, Compound]] = []
            combinator = ""
            for token in tokens:
                if token == ">":
                    combinator = ">"
                    continue
                chain.append((combinator, _compound(token)))
                combinator = " "
            ids_attrs = sum(len(c.attributes) + len(c.states) + bool(c.subcontrol) for _, c in chain)
            elements = sum(bool(c.element and c.element != "*") for _, c in chain)
            rules.append(Rule(tuple(chain), declarations, (ids_attrs, elements), len(rules)))
    return rules


def class_names(widget: QWidget) -> set[str]:
    names, meta = set(), widget.metaObject()
    while meta is not None:
        names.add(meta.className())
        meta = meta.superClass()
    return names


def _matches(compound: Compound, widget: QWidget, state: State) -> bool:
    if compound.subcontrol:
        return False
    if compound.element not in ("", "*") and compound.element not in class_names(widget):
        return False
    for name, value in compound.attributes:
        if widget.property(name) is None or str(widget.property(name)) != value:
            return False
    wanted = {"checked": state.checked, "disabled": not state.enabled, "focus": state.focus}
    return all(wanted.get(name, False) for name in compound.states)


def _plain_state(widget: QWidget) -> State:
    return State(enabled=widget.isEnabled())


def rule_matches(rule: Rule, widget: QWidget, state: State) -> bool:
    chain = rule.chain
    if not _matches(chain[-1][1], widget, state):
        return False
    current: QWidget | None = widget
    for index in range(len(chain) - 2, -1, -1):
        relation, compound = chain[index + 1][0], chain[index][1]
        current = current.parentWidget() if current is not None else None
        if relation == ">":
            if current is None or not _matches(compound, current, _plain_state(current)):
                return False
            continue
        while current is not None and not _matches(compound, current, _plain_state(current)):
            current = current.parentWidget()
        if current is None:
            return False
    return True


def value(rules: list[Rule], widget: QWidget, state: State, *names: str) -> str | None:
    best: Rule | None = None
    for rule in rules:
        if not any(rule.get(name) is not None for name in names) or not rule_matches(rule, widget, state):
            continue
        if best is None or (rule.specificity, rule.order) > (best.specificity, best.order):
            best = rule
    if best is None:
        return None
    return next(best.get(name) for name in names if best.get(name) is not None)


def colour(text: str) -> str | None:
    """'#rrggbb', or None for transparent; anything else is an error."""
    token = text.split(maxsplit=1)[0].lower()
    if token in ("transparent", "none"):
        return None
    token = NAMED.get(token, token)
    if re.fullmatch(r"#[0-9a-f]{6}", token):
        return token
    if re.fullmatch(r"#[0-9a-f]{3}", token):
        return "#" + "".join(c * 2 for c in token[1:])
    raise ValueError(f"colour not understood: {text!r}")


def paints_background(widget: QWidget) -> bool:
    """Controls draw their own panel from the style sheet; other widgets only when told to."""
    return (
        isinstance(widget, QAbstractButton | QLineEdit | QComboBox | QAbstractItemView)
        or widget.isWindow()
        or widget.autoFillBackground()
        or widget.testAttribute(Qt.WidgetAttribute.WA_StyledBackground)
    )


def background(rules: list[Rule], widget: QWidget, state: State = State()) -> str:
    current: QWidget | None = widget
    current_state = state
    while current is not None:
        if paints_background(current):
            found = value(rules, current, current_state, "background", "background-color")
            if found is not None and colour(found) is not None:
                return colour(found) or ""
        current = current.parentWidget()
        current_state = _plain_state(current) if current is not None else State()
    return QApplication.palette().color(QPalette.ColorRole.Window).name()


def foreground(rules: list[Rule], widget: QWidget, state: State, *names: str) -> str:
    found = value(rules, widget, state, *names)
    if found is None or colour(found) is None:
        raise ValueError(f"no text colour for {type(widget).__name__} in {state}")
    return colour(found) or ""


@cache
def luminance(hex_colour: str) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two '#rrggbb' colours, from 1 to 21."""
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)
