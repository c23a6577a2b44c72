"""Every text on every screen has a contrast of at least 4.5:1, and 7:1 in high contrast (WCAG AA/AAA).

The colours come from the real style sheet the window is drawn with, read as Qt reads it (see
`stylesheet.py`), for the state each control can be in: pressed or not, with the keyboard focus or
not, enabled or not. The reader is checked against Qt's own palette for the plain state.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit, QWidget

from kiosk.ui.shell import PatientScreen
from kiosk.ui.theme import Look, TextSize
from tests.ui.screens import describe, visible, walk
from tests.ui.stylesheet import Rule, State, background, contrast, foreground, parse

THEMES = {
    "normal": (Look(), 4.5),
    "high-contrast": (Look(TextSize.LARGE, high_contrast=True), 7.0),
}

Pair = tuple[str, str, str]  # what, text colour, background colour


def _states(widget: QWidget) -> Iterator[State]:
    checkable = isinstance(widget, QAbstractButton) and widget.isCheckable()
    for checked in (False, True) if checkable else (False,):
        for focus in (False, True):
            for enabled in (True, False):
                yield State(checked, enabled, focus)


def text_pairs(rules: list[Rule], widget: QWidget) -> Iterator[Pair]:
    what = describe(widget)
    if isinstance(widget, QLabel):
        if widget.text().strip():
            state = State(enabled=widget.isEnabled())
            yield what, foreground(rules, widget, state, "color"), background(rules, widget, state)
    elif isinstance(widget, QAbstractButton):
        if widget.text().strip():
            for state in _states(widget):
                yield (
                    f"{what} {state}",
                    foreground(rules, widget, state, "color"),
                    background(rules, widget, state),
                )
    elif isinstance(widget, QLineEdit | QComboBox):
        for state in _states(widget):
            ground = background(rules, widget, state)
            yield f"{what} {state}", foreground(rules, widget, state, "color"), ground
            placeholder = foreground(rules, widget, state, "placeholder-text-color")
            yield f"{what} placeholder {state}", placeholder, ground
        if isinstance(widget, QComboBox):
            items = widget.view()
            yield f"{what} list", foreground(rules, items, State(), "color"), background(rules, items)
            selected = foreground(rules, items, State(), "selection-color")
            yield (
                f"{what} chosen item",
                selected,
                foreground(rules, items, State(), "selection-background-color"),
            )


def qt_agrees(rules: list[Rule], widget: QWidget) -> bool:
    """Qt's palette for the widget (set from the style sheet) has the reader's text colour."""
    if not isinstance(widget, QLabel | QAbstractButton) or not widget.isEnabled():
        return True
    if isinstance(widget, QAbstractButton) and widget.isChecked():
        return True
    widget.ensurePolished()
    qt_colour = widget.palette().color(QPalette.ColorGroup.Active, widget.foregroundRole()).name()
    return qt_colour == foreground(rules, widget, State(focus=widget.hasFocus()), "color")


@pytest.mark.parametrize("theme", THEMES)
def test_every_text_on_every_screen_has_enough_contrast(theme: str, window: PatientScreen) -> None:
    look, needed = THEMES[theme]
    window.set_look(look)
    rules = parse(window.styleSheet() or QApplication.instance().styleSheet())
    too_faint: dict[str, float] = {}
    disagreements: list[str] = []
    ratios: list[float] = []

    def check(screen: str) -> None:
        for widget in visible(window):
            if not qt_agrees(rules, widget):
                disagreements.append(f"{screen}: {describe(widget)}")
            for what, text, ground in text_pairs(rules, widget):
                ratio = contrast(text, ground)
                ratios.append(ratio)
                if ratio < needed:
                    too_faint[f"{screen}: {what} {text} on {ground}"] = round(ratio, 2)

    walk(window, check)
    assert too_faint == {}
    assert disagreements == []
    assert len(ratios) > 1000
    print(f"{theme}: lowest contrast {min(ratios):.2f}:1 over {len(ratios)} text/state pairs")


def test_the_reader_finds_a_faint_label_on_a_card_and_a_pressed_button(qtbot) -> None:
    from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout

    sheet = (
        "QWidget { color: #111111; background: #f7f5f2; }"
        'QFrame[role="card"] { background: #ffffff; }'
        'QFrame[role="card"] QLabel { background: transparent; color: #bbbbbb; }'
        "QPushButton { color: #13324a; background: #ffffff; } QPushButton:checked { color: #ffffff; background: #13324a; }"
    )
    top = QWidget()
    qtbot.addWidget(top)
    top.setStyleSheet(sheet)
    card = QFrame(top)
    card.setProperty("role", "card")
    label, button = QLabel("faint", card), QPushButton("press", card)
    button.setCheckable(True)
    QVBoxLayout(card).addWidget(label)
    rules = parse(sheet)
    top.show()
    assert background(rules, label) == "#ffffff"  # the card shows through the transparent label
    assert foreground(rules, label, State(), "color") == "#bbbbbb"
    assert contrast("#bbbbbb", "#ffffff") < 4.5
    assert foreground(rules, button, State(checked=True), "color") == "#ffffff"
    assert background(rules, button, State(checked=True)) == "#13324a"
    assert qt_agrees(rules, label)
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0
