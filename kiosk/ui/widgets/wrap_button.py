"""A push button whose words wrap instead of being cut off, and the factory every page uses."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QStyle, QStyleOptionButton, QStylePainter, QWidget

from kiosk.ui.widgets.accessible import use_radio_semantics
from kiosk.ui.widgets.base import TOUCH


def wrap_words(text: str, width: int, advance: Callable[[str], int]) -> list[str]:
    """Greedy word wrap: lines no wider than `width` where words allow (a longer word keeps its line)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if line and advance(candidate) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


class WrapButton(QPushButton):
    """A push button whose words wrap onto more lines when it is narrow, growing taller to fit.

    Never smaller than TOUCH x TOUCH, and never narrower than its longest word (set in the size
    hints rather than as a minimum size, which layouts would take instead of the word's width).

    `text()` stays the words as given (tests and the screen reader see them unchanged); only the
    painting inserts line breaks. The style sheet still draws the frame, colours and padding.

    Layouts ask for these sizes thousands of times per page; each answer asks the style sheet and
    the font, so answers are kept per text, width and the states the sheet sizes differently (focus,
    checked, enabled), until a change event (font, style, language...) says they may be stale.
    """

    wraps_text = True

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._sizes: dict[tuple[str, bool, bool, bool], QSize] = {}
        self._wrapped: dict[tuple[str, int, bool, bool, bool], str] = {}

    def _state(self) -> tuple[bool, bool, bool]:
        return self.hasFocus(), self.isChecked(), self.isEnabled()

    def _option(self, width: int | None = None) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        if width is not None:
            option.rect = QRect(0, 0, width, max(self.height(), TOUCH))
        return option

    def content_width(self, width: int | None = None) -> int:
        """The room for words inside the border and padding, at `width` (default: the current width)."""
        option = self._option(self.width() if width is None else width)
        return self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self).width()

    def lines(self, width: int | None = None) -> list[str]:
        metrics = self.fontMetrics()
        return wrap_words(self.text(), self.content_width(width), metrics.horizontalAdvance)

    def _size_for(self, text: str) -> QSize:
        key = (text, *self._state())
        size = self._sizes.get(key)
        if size is None:
            words = self.fontMetrics().boundingRect(
                QRect(0, 0, 10_000, 10_000), Qt.AlignmentFlag.AlignCenter, text
            )
            size = self.style().sizeFromContents(
                QStyle.ContentsType.CT_PushButton, self._option(), words.size(), self
            )
            self._sizes[key] = size
        return size.expandedTo(self.minimumSize()).expandedTo(QSize(TOUCH, TOUCH))

    def _wrapped_text(self, width: int) -> str:
        key = (self.text(), width, *self._state())
        if key not in self._wrapped:
            self._wrapped[key] = "\n".join(self.lines(width))
        return self._wrapped[key]

    def sizeHint(self) -> QSize:
        """One line's width; the height its words need at the current width.

        Layouts cap a fixed-height widget at its size hint, so the hint must grow with the lines.
        """
        single = self._size_for(" ".join(self.text().split()) or " ")
        if not self.testAttribute(Qt.WidgetAttribute.WA_Resized):
            return single
        return QSize(single.width(), max(single.height(), self.heightForWidth(self.width())))

    def minimumSizeHint(self) -> QSize:
        """As narrow as the longest word; as high as the words need at the current width (never the
        height they would need at the narrowest, which would stretch the whole window)."""
        longest = max(self.text().split(), key=self.fontMetrics().horizontalAdvance, default=" ")
        return QSize(self._size_for(longest).width(), self.sizeHint().height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._size_for(self._wrapped_text(width)).height()

    def changeEvent(self, event: QEvent) -> None:
        self._sizes.clear()
        self._wrapped.clear()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        old, new = event.oldSize().width(), event.size().width()
        if old != new and (old <= 0 or self.heightForWidth(old) != self.heightForWidth(new)):
            self.updateGeometry()  # the number of lines changed: ask the layout for a new height

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        option = self._option()
        option.text = self._wrapped_text(self.width())
        QStylePainter(self).drawControl(QStyle.ControlElement.CE_PushButton, option)


def big_button(text: str, *, checkable: bool = False, role: str = "", radio: bool = False) -> QPushButton:
    """A touch-sized button; Space and Enter press it when it has the keyboard focus. `radio`: one
    answer of a choice of one, told to screen readers as a radio button (set before anything asks
    Qt for its accessible interface, which is kept from the first time it is asked)."""
    button = WrapButton(text)
    if radio:
        use_radio_semantics(button)
    button.setCheckable(checkable)
    button.setAutoDefault(True)
    button.setAccessibleName(text.replace("&", ""))
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    if role:
        button.setProperty("role", role)
    return button
