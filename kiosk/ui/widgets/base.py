"""What every widget module imports: the touch size, translation of logic's marked strings, labels
and layout clean-up. Kept free of the other widget modules so none of them import in a circle."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QLayout, QLayoutItem, QVBoxLayout, QWidget

TOUCH = 56
"""The smallest side of anything a patient taps, in logical pixels: comfortable for a fingertip and
for shaky hands."""


def translate(context: str, text: str, count: int | None = None) -> str:
    """Translate source text that was marked in `kiosk.logic` with `translatable`, or, with a
    `count`, with `translatable_plural`: then the form that agrees with it, `%n` replaced by it."""
    return QCoreApplication.translate(context, text, None, -1 if count is None else count)


def _plain_label(text: str) -> QLabel:
    """A label that shows its text as typed: QLabel's automatic rich text would let a patient's
    `<span style="font-size:60px">` in a name garble Review and the staff screen."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def heading(text: str, level: int = 1) -> QLabel:
    label = _plain_label(text)
    label.setProperty("role", f"h{level}")
    label.setAccessibleName(text)
    return label


def body_text(text: str, role: str = "body") -> QLabel:
    label = _plain_label(text)
    label.setProperty("role", role)
    label.setAccessibleName(text)
    return label


def centred_message(page: QWidget, title: str, lines: list[str]) -> QVBoxLayout:
    """Fill `page` with a centred heading and lines of large text; returns the layout for a button."""
    layout = QVBoxLayout(page)
    layout.addStretch(1)
    head = heading(title)
    head.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    layout.addWidget(head)
    for line in lines:
        text = body_text(line, "lead")
        text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(text)
    layout.addStretch(2)
    return layout


def delete_items(items: list[QLayoutItem]) -> None:
    while items:
        shiboken6.delete(items.pop())


def clear_layout(layout: QLayout) -> None:
    """Empty a layout now, not at the next turn of the event loop: a patient's words must not linger."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            continue
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        shiboken6.delete(item)  # a taken item is ours to free; PySide6 does not
