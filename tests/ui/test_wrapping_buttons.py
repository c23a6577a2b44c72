"""Buttons that wrap their words, and the grid that lays them out: sizes follow every change.

The sizes are remembered between layout passes, so these tests change what the sizes depend on
(text, font, focus, the width offered) and check the layout sees the new size, not the old one.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.ui.theme import Look, apply_theme
from kiosk.ui.widgets import TOUCH, ChoiceGroup, big_button


def host(qtbot, child: QWidget, width: int = 600) -> QWidget:
    """`child` in a shown window with the kiosk's style sheet (keep the window referenced)."""
    apply_theme(QApplication.instance())
    window = QWidget()
    QVBoxLayout(window).addWidget(child)
    qtbot.addWidget(window)
    window.resize(width, 400)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_narrow_button_wraps_onto_more_lines_and_grows_taller(qtbot) -> None:
    button = big_button("Burning like fire in the bottom of the foot")
    window = host(qtbot, button)
    assert button.window() is window
    one_line = button.heightForWidth(2000)
    assert one_line >= TOUCH
    assert button.heightForWidth(160) > one_line
    assert len(button.lines(160)) > 1
    assert button.heightForWidth(2000) == one_line  # the remembered answer for the wide width


def test_a_larger_font_gives_larger_sizes_at_once(qtbot) -> None:
    button = big_button("Tingling")
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a focused button has a thicker border
    window = host(qtbot, button)
    before = button.sizeHint()
    window.setStyleSheet("QPushButton { font-size: 60px; }")
    QApplication.processEvents()
    after = button.sizeHint()
    assert after.width() > before.width()
    assert after.height() > before.height()
    window.setStyleSheet("")
    QApplication.processEvents()
    assert button.sizeHint() == before


def test_new_words_give_a_new_size(qtbot) -> None:
    button = big_button("No")
    window = host(qtbot, button)
    assert button.window() is window
    short = button.sizeHint().width()
    button.setText("Not sure, I have never noticed")
    assert button.sizeHint().width() > short


def test_the_grid_takes_fewer_columns_when_a_longer_word_arrives(qtbot) -> None:
    group = ChoiceGroup([(n, str(n)) for n in range(6)], columns=6)
    window = host(qtbot, group, width=700)
    grid = group.layout()
    assert grid.columns_for(660) == 6
    group.button_for(0).setText("Extraordinarily")
    assert grid.columns_for(660) < 6
    window.resize(700, 400)
    qtbot.waitUntil(lambda: group.button_for(0).width() >= group.button_for(0).minimumSizeHint().width())


def test_the_grid_grows_taller_when_its_buttons_wrap(qtbot) -> None:
    labels = ["Sharp or stabbing", "Burning like fire", "Electric or shooting"]
    group = ChoiceGroup(list(enumerate(labels)), columns=3)
    window = host(qtbot, group, width=900)
    assert group.window() is window
    grid = group.layout()
    wide = grid.heightForWidth(900)
    narrow = grid.heightForWidth(300)
    assert narrow > wide
    assert grid.heightForWidth(900) == wide


def test_the_grid_grows_taller_at_the_same_width_when_its_words_get_longer(qtbot) -> None:
    group = ChoiceGroup([(0, "Yes"), (1, "No"), (2, "Not sure")], columns=3)
    window = host(qtbot, group, width=700)
    assert group.window() is window
    grid = group.layout()
    before = grid.heightForWidth(420)  # remembered for this width
    group.button_for(2).setText("Not sure, I have never noticed this in the mornings")
    assert grid.heightForWidth(420) > before


@pytest.mark.parametrize("contrast", [False, True], ids=["normal", "high-contrast"])
@pytest.mark.parametrize("role", ["", "primary", "language", "textsize"])
def test_a_button_keeps_its_size_when_it_takes_the_focus(qtbot, qapp: QApplication, role, contrast) -> None:
    """A grid of answers re-flowed when one took the focus (its frame is thicker), moving the
    answer a finger was on before it lifted."""
    button = big_button("Bottom of feet", role=role)
    other = big_button("Back")
    row = QWidget()
    line = QHBoxLayout(row)
    line.addWidget(button)
    line.addWidget(other)
    holder = host(qtbot, row)
    apply_theme(qapp, Look(high_contrast=contrast))
    holder.activateWindow()
    qtbot.waitUntil(holder.isActiveWindow)
    other.setFocus()
    unfocused = button.sizeHint()
    button.setFocus()
    assert button.hasFocus()
    assert button.sizeHint() == unfocused
    apply_theme(qapp)
