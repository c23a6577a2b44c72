"""Big, touch-first controls shared by the steps.

Every control is at least 56 logical pixels high (comfortable for a fingertip and for shaky hands)
and carries an accessible name, so the screen reader and the keyboard path match the touch path.
Button words wrap instead of being cut off, and groups of buttons drop to fewer columns when the
words grow (large text, Spanish), so no size or language can hide part of an answer.
"""

from __future__ import annotations

import calendar
import functools
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

TOUCH = 56


def translate(context: str, text: str) -> str:
    """Translate source text that was marked in `kiosk.logic` with QT_TRANSLATE_NOOP."""
    return QCoreApplication.translate(context, text)


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


class ResponsiveGrid(QLayout):
    """Buttons in rows of at most `columns`: one row sized to the words when they all fit on one line,
    else equal cells, with fewer columns when the longest word would not fit.

    Each row is as tall as its tallest (wrapped) button, so a row of answers always lines up.

    Qt asks a height-for-width layout the same questions many times in one pass, and every answer
    costs a Python size hint per button: the widest minimum and the height at each width asked are
    kept until Qt invalidates the layout (a button's text, font, style or visibility changed).
    """

    def __init__(self, columns: int, spacing: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns = max(1, columns)
        self._items: list[QLayoutItem] = []
        self._widest: int | None = None
        self._heights: dict[int, int] = {}
        # A C++ layout deletes its items in its destructor; QLayout's own does not, so without this
        # every rebuilt page would leak its items (found by the memory benchmark).
        self.destroyed.connect(functools.partial(_delete_items, self._items))
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        self.invalidate()
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if width not in self._heights:
            self._heights[width] = self._arrange(QRect(0, 0, width, 0), apply=False)
        return self._heights[width]

    def invalidate(self) -> None:
        self._widest = None
        self._heights.clear()
        super().invalidate()

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def _widest_minimum(self) -> int:
        """The widest item's minimum: its longest word, even where a smaller minimum width was set."""

        def minimum(item: QLayoutItem) -> int:
            widget = item.widget()
            hint = widget.minimumSizeHint().width() if widget is not None else 0
            return max(item.minimumSize().width(), hint)

        if self._widest is None:
            self._widest = max((minimum(item) for item in self._items), default=0)
        return self._widest

    def sizeHint(self) -> QSize:
        widest = max((item.sizeHint().width() for item in self._items), default=0)
        columns = min(self._columns, len(self._items)) or 1
        width = columns * widest + (columns - 1) * self.spacing()
        return QSize(width, self.heightForWidth(width))

    def minimumSize(self) -> QSize:
        """The narrowest (one column) and the lowest (all asked-for columns) the grid can be; the
        height at an actual width comes from `heightForWidth`, as for a word-wrapping label."""
        return QSize(self._widest_minimum(), self.sizeHint().height())

    def columns_for(self, width: int) -> int:
        """How many columns fit in `width`: as many as asked for, fewer when a word would not fit."""
        widest = self._widest_minimum()
        columns = min(self._columns, max(1, len(self._items)))
        while columns > 1 and (width - (columns - 1) * self.spacing()) // columns < widest:
            columns -= 1
        return columns

    def _widths(self, items: list[QLayoutItem], width: int) -> list[int]:
        """Cell widths: one row sized to the words when every item fits on one line, else equal cells."""
        gaps = (len(items) - 1) * self.spacing()
        hints = [item.sizeHint().width() for item in items]
        if len(items) <= self._columns and sum(hints) + gaps <= width:
            extra = (width - sum(hints) - gaps) // len(items)
            return [hint + extra for hint in hints]
        columns = self.columns_for(width)
        return [max(1, (width - (columns - 1) * self.spacing()) // columns)] * columns

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        items = [item for item in self._items if not item.isEmpty()]
        if not items:
            return 0
        widths = self._widths(items, rect.width())
        y = rect.y()
        for start in range(0, len(items), len(widths)):
            row = list(zip(items[start : start + len(widths)], widths, strict=False))
            height = max(
                max(item.heightForWidth(cell) if item.hasHeightForWidth() else item.sizeHint().height(),
                    item.minimumSize().height())
                for item, cell in row
            )  # fmt: skip
            x = rect.x()
            for item, cell in row:
                if apply:
                    target = QRect(x, y, cell, height)
                    widget = item.widget()
                    if widget is not None:
                        widget.setGeometry(target)
                    else:
                        item.setGeometry(target)
                x += cell + self.spacing()
            y += height + self.spacing()
        return y - self.spacing() - rect.y()


def big_button(text: str, *, checkable: bool = False, role: str = "") -> QPushButton:
    """A touch-sized button; Space and Enter press it when it has the keyboard focus."""
    button = WrapButton(text)
    button.setCheckable(checkable)
    button.setAutoDefault(True)
    button.setAccessibleName(text.replace("&", ""))
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    if role:
        button.setProperty("role", role)
    return button


def heading(text: str, level: int = 1) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setProperty("role", f"h{level}")
    label.setAccessibleName(text)
    return label


def body_text(text: str, role: str = "body") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
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


def scrolling_column(page: QWidget) -> QVBoxLayout:
    """Fill `page` with a vertical scroll area and return the column inside it, for long steps."""
    column = QVBoxLayout()
    holder = QWidget()
    holder.setLayout(column)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(holder)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scroll)
    return column


def _delete_items(items: list[QLayoutItem]) -> None:
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
            widget.setParent(None)  # type: ignore[call-overload]
            widget.deleteLater()
        shiboken6.delete(item)  # a taken item is ours to free; PySide6 does not


class ChoiceGroup(QWidget):
    """One choice among a few, as big toggle buttons (radio semantics, touch-sized).

    Keyboard: Tab reaches the group once; the arrow keys move between its buttons (and move the
    choice once one is made); Space chooses.

    Signals: `chosen()` when the patient presses a button; read `value()`. (Values travel outside
    the signal: PySide6 mis-counts references to Python's True/False sent through `Signal(object)`.)
    """

    chosen = Signal()

    def __init__(
        self,
        options: Sequence[tuple[Any, str]],
        *,
        columns: int = 0,
        name: str = "",
        description: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._values = [value for value, _ in options]
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        layout = ResponsiveGrid(columns or len(options), 10, self)
        for index, (_value, label) in enumerate(options):
            button = big_button(label, checkable=True, role="choice")
            button.setAccessibleName(f"{name}: {label}" if name else label)
            if description:
                button.setAccessibleDescription(description)
            self._group.addButton(button, index)
            layout.addWidget(button)
        self._group.idClicked.connect(lambda _index: self.chosen.emit())
        self.setAccessibleName(name)

    def buttons(self) -> list[QAbstractButton]:
        return self._group.buttons()

    def button_for(self, value: Any) -> QAbstractButton:
        return self._group.button(self._values.index(value))

    def value(self) -> Any:
        index = self._group.checkedId()
        return None if index < 0 else self._values[index]

    def set_value(self, value: Any) -> None:
        if value is None or value not in self._values:
            self._group.setExclusive(False)
            for button in self._group.buttons():
                button.setChecked(False)
            self._group.setExclusive(True)
        else:
            self.button_for(value).setChecked(True)


class ChipGroup(QWidget):
    """Several independent choices ("burning", "tingling"...) as checkable chips.

    Signals: `toggled(object, bool)`.
    """

    toggled = Signal(object, bool)

    def __init__(
        self,
        options: Sequence[tuple[Any, str]],
        *,
        columns: int = 3,
        name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._buttons: dict[Any, QPushButton] = {}
        layout = ResponsiveGrid(columns, 8, self)
        for value, label in options:
            button = big_button(label, checkable=True, role="chip")
            button.setAccessibleName(f"{name}: {label}" if name else label)
            button.toggled.connect(lambda on, v=value: self.toggled.emit(v, on))
            layout.addWidget(button)
            self._buttons[value] = button
        self.setAccessibleName(name)

    def button_for(self, value: Any) -> QPushButton:
        return self._buttons[value]

    def values(self) -> set[Any]:
        return {value for value, button in self._buttons.items() if button.isChecked()}

    def set_values(self, values: set[Any]) -> None:
        for value, button in self._buttons.items():
            button.blockSignals(True)
            button.setChecked(value in values)
            button.blockSignals(False)


class YesNoQuestion(QFrame):
    """A question with its help line and big Yes / No buttons.

    Signals: `answered(str, bool)` with the answer id.
    """

    answered = Signal(str, bool)

    def __init__(self, answer_id: str, text: str, help_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.answer_id = answer_id
        self.setProperty("role", "card")  # not "question": that is the role of the question's words
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        words = QVBoxLayout()
        self.question = body_text(text, "question")
        words.addWidget(self.question)
        if help_text:
            words.addWidget(body_text(help_text, "help"))
        layout.addLayout(words, 1)
        yes, no = QCoreApplication.translate("YesNo", "Yes"), QCoreApplication.translate("YesNo", "No")
        self.choice = ChoiceGroup([(True, yes), (False, no)], name=text, description=help_text)
        self.choice.setMinimumWidth(240)
        self.choice.chosen.connect(lambda: self.answered.emit(self.answer_id, bool(self.choice.value())))
        layout.addWidget(self.choice, 0, Qt.AlignmentFlag.AlignVCenter)

    def set_answer(self, value: bool | None) -> None:
        self.choice.set_value(value)


TYPICAL_AGE = 55
"""Where the year list opens when no year is chosen yet: heel pain that lasts is most common in
middle age, so most patients find their year a short scroll away instead of ~55 rows down."""


class YearBox(QComboBox):
    """A year drop-down, newest first, that opens at `TYPICAL_AGE` years ago until one is chosen."""

    def showPopup(self) -> None:
        super().showPopup()
        if self.currentIndex() < 0 and self.count() > TYPICAL_AGE:
            self.view().scrollTo(
                self.model().index(TYPICAL_AGE, 0), QAbstractItemView.ScrollHint.PositionAtCenter
            )


class DateOfBirthPicker(QWidget):
    """Month, day and year as three large drop-downs: no typing, no tiny calendar grid.

    The day list holds only the days of the chosen month (29 February only in a leap year, or while
    the year is still open), so a date that does not exist cannot be chosen. A chosen day that a new
    month or year lacks is cleared, and a line under the boxes says why.

    Keyboard: the arrow keys step through a list; typing ("jul", "1974") jumps to the match.

    Signals: `changed()`.
    """

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        layout = QHBoxLayout()
        layout.setSpacing(12)
        column.addLayout(layout)
        months = [
            self.tr("January"), self.tr("February"), self.tr("March"), self.tr("April"),
            self.tr("May"), self.tr("June"), self.tr("July"), self.tr("August"),
            self.tr("September"), self.tr("October"), self.tr("November"), self.tr("December"),
        ]  # fmt: skip
        self.month = self._combo(self.tr("Month"), [(m, i + 1) for i, m in enumerate(months)])
        self.day = self._combo(self.tr("Day"), [(str(d), d) for d in range(1, 32)])
        self.year = self._combo(
            self.tr("Year"), [(str(y), y) for y in range(today.year, today.year - 111, -1)], YearBox()
        )
        layout.addWidget(self.month, 3)
        layout.addWidget(self.day, 2)
        layout.addWidget(self.year, 2)
        self.note = body_text(self.tr("That date does not exist. Please check the day."), "problems")
        self.note.setVisible(False)
        column.addWidget(self.note)
        # The days are fitted before `changed` is sent, so the page never stores an impossible date.
        for combo in (self.month, self.year):
            combo.currentIndexChanged.connect(self._fit_days)
        self.day.currentIndexChanged.connect(self._day_chosen)
        for combo in (self.month, self.day, self.year):
            combo.currentIndexChanged.connect(self.changed)

    def _combo(
        self, placeholder: str, items: list[tuple[str, int]], combo: QComboBox | None = None
    ) -> QComboBox:
        combo = combo if combo is not None else QComboBox()
        combo.setPlaceholderText(placeholder)
        combo.setAccessibleName(self.tr("Date of birth: %1").replace("%1", placeholder))
        combo.setMinimumHeight(TOUCH)
        combo.setMinimumWidth(TOUCH)
        combo.setMaxVisibleItems(8)
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(-1)
        return combo

    def _fit_days(self) -> None:
        """Offer the days of the chosen month and year; clear (and explain) a day they lack."""
        month, year = self.month.currentData(), self.year.currentData()
        # 2000 was a leap year: with the year still open, 29 February may be right.
        last = 31 if month is None else calendar.monthrange(2000 if year is None else year, month)[1]
        day = self.day.currentData()
        blocked = self.day.blockSignals(True)
        if day is not None and day > last:
            self.day.setCurrentIndex(-1)
            self.note.setVisible(True)
        while self.day.count() > last:
            self.day.removeItem(self.day.count() - 1)
        for missing in range(self.day.count() + 1, last + 1):
            self.day.addItem(str(missing), missing)
        self.day.blockSignals(blocked)

    def _day_chosen(self) -> None:
        if self.day.currentIndex() >= 0:
            self.note.setVisible(False)

    def value(self) -> date | None:
        """The chosen date, or None until all three are chosen (the day list holds only real days)."""
        year, month, day = (c.currentData() for c in (self.year, self.month, self.day))
        if year is None or month is None or day is None:
            return None
        return date(year, month, day)

    def set_value(self, value: date | None) -> None:
        """Show `value` (None: nothing chosen) without sending `changed`."""
        combos = (self.year, self.month, self.day)
        for combo in combos:
            combo.blockSignals(True)
        self.year.setCurrentIndex(-1 if value is None else self.year.findData(value.year))
        self.month.setCurrentIndex(-1 if value is None else self.month.findData(value.month))
        self._fit_days()
        self.day.setCurrentIndex(-1 if value is None else self.day.findData(value.day))
        for combo in combos:
            combo.blockSignals(False)
        self.note.setVisible(False)
