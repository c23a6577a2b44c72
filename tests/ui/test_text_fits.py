"""On every supported screen, at every text size, in English and Spanish, and with every string
twice as long, nothing is cut off, overlapping or off screen.

On every screen: each visible widget lies inside its parent (a scroll area's content may be taller
than the area: it scrolls), every label has the height its wrapped words need and room for its
longest word, every button has room for its words, and every drop-down for its longest item; the
window keeps its size (it never grows past the screen); the map's side labels stand clear of the
figure and are never shortened.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from kiosk.logic.storage import Store
from kiosk.logic.vocab import SIDE_LABELS, Language
from kiosk.ui.bodymap import BodyMapWidget
from kiosk.ui.shell import PatientScreen
from kiosk.ui.theme import Look, TextSize
from tests.ui.screens import describe, doubled_words, open_window, visible, walk

KIOSK = QSize(1280, 800)


def _scrolls(widget: QWidget) -> bool:
    """The content of a scroll area may be larger than what shows: it scrolls into view."""
    viewport = widget.parentWidget()
    area = viewport.parentWidget() if viewport is not None else None
    return isinstance(area, QAbstractScrollArea) and area.viewport() is viewport


def _longest_word(widget: QWidget, text: str) -> int:
    metrics = widget.fontMetrics()
    return max((metrics.horizontalAdvance(word) for word in text.split()), default=0)


def problems(widget: QWidget) -> list[str]:
    found = []
    parent = widget.parentWidget()
    if parent is not None and not _scrolls(widget) and not parent.rect().contains(widget.geometry()):
        found.append(f"outside its parent: {widget.geometry()} in {parent.size()}")
    if isinstance(widget, QLabel) and widget.text().strip():
        room = widget.contentsRect().width()
        if widget.wordWrap():
            if widget.heightForWidth(widget.width()) > widget.height():
                found.append(f"needs {widget.heightForWidth(widget.width())} px high, has {widget.height()}")
            if _longest_word(widget, widget.text()) > room:
                found.append(f"a word is wider than {room} px")
        elif widget.sizeHint().width() > widget.width() or widget.sizeHint().height() > widget.height():
            found.append(f"needs {widget.sizeHint()}, has {widget.size()}")
    elif isinstance(widget, QAbstractButton) and widget.text().strip():
        if getattr(widget, "wraps_text", False):
            room = widget.content_width()  # type: ignore[attr-defined]
            if widget.heightForWidth(widget.width()) > widget.height():
                found.append(f"needs {widget.heightForWidth(widget.width())} px high, has {widget.height()}")
            if _longest_word(widget, widget.text()) > room:
                found.append(f"a word is wider than {room} px")
        elif widget.sizeHint().width() > widget.width():
            found.append(f"needs {widget.sizeHint().width()} px wide, has {widget.width()}")
    elif isinstance(widget, QComboBox):
        option = QStyleOptionComboBox()
        widget.initStyleOption(option)
        field = widget.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, widget
        )
        items = [widget.itemText(i) for i in range(widget.count())] + [widget.placeholderText()]
        widest = max(widget.fontMetrics().horizontalAdvance(item) for item in items)
        if widest > field.width() or widget.fontMetrics().height() > field.height():
            found.append(f"items need {widest} px, the field has {field.width()}x{field.height()}")
    elif isinstance(widget, QLineEdit) and widget.sizeHint().height() > widget.height():
        found.append(f"needs {widget.sizeHint().height()} px high, has {widget.height()}")
    return found


def map_label_problems(widget: BodyMapWidget) -> list[str]:
    found = []
    figure = widget.figure_box()
    for side, box in widget.label_rects().items():
        words = QCoreApplication.translate("vocab", SIDE_LABELS[side])
        if box.intersects(figure):
            found.append(f"{words!r} overlaps the figure")
        font = widget.label_font()
        if QFontMetricsF(font).horizontalAdvance(words) > box.width():
            found.append(f"{words!r} does not fit in {box.width():.0f} px")
    return found


def check_screens(window: PatientScreen, size: QSize = KIOSK) -> dict[str, list[str]]:
    cut: dict[str, list[str]] = {}

    def check(screen: str) -> None:
        if window.size() != size:
            cut.setdefault(screen, []).append(f"the window grew to {window.size()}")
        for widget in visible(window):
            found = problems(widget)
            if isinstance(widget, BodyMapWidget):
                found += map_label_problems(widget)
            for problem in found:
                cut.setdefault(screen, []).append(f"{describe(widget)}: {problem}")

    walk(window, check)
    return cut


SCREENS = [QSize(1024, 768), QSize(1280, 800), QSize(800, 1280), QSize(1920, 1080)]
LOOKS = [
    (Language.EN, TextSize.NORMAL),
    (Language.ES, TextSize.LARGE),
    (Language.EN, TextSize.LARGEST),
    (Language.ES, TextSize.LARGEST),
]


@pytest.mark.parametrize("size", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
@pytest.mark.parametrize(("language", "text"), LOOKS, ids=lambda v: getattr(v, "name", str(v)).lower())
def test_nothing_is_cut_off_on_any_screen(
    language: Language, text: TextSize, size: QSize, window: PatientScreen
) -> None:
    window.resize(size)
    window.set_language(language)
    window.set_look(Look(text))
    assert check_screens(window, size) == {}
    window.reset()


def test_nothing_is_cut_off_when_every_string_is_twice_as_long(
    qtbot, qapp: QApplication, store: Store, tmp_path: Path
) -> None:
    with doubled_words(qapp):
        window = open_window(qtbot, qapp, store, tmp_path / "doubled")
        assert window.next.text() == "Start Start"
        assert check_screens(window) == {}
