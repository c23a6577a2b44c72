"""Big, touch-first controls shared by the steps.

Every control is at least 56 logical pixels high (comfortable for a fingertip and for shaky hands)
and carries an accessible name, so the screen reader and the keyboard path match the touch path.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

TOUCH = 56


def translate(context: str, text: str) -> str:
    """Translate source text that was marked in `kiosk.logic` with QT_TRANSLATE_NOOP."""
    return QCoreApplication.translate(context, text)


def big_button(text: str, *, checkable: bool = False, role: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setCheckable(checkable)
    button.setMinimumHeight(TOUCH)
    button.setMinimumWidth(TOUCH)
    button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
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


class ChoiceGroup(QWidget):
    """One choice among a few, as big toggle buttons (radio semantics, touch-sized).

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
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._values = [value for value, _ in options]
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        columns = columns or len(options)
        for index, (_value, label) in enumerate(options):
            button = big_button(label, checkable=True, role="choice")
            button.setAccessibleName(f"{name}: {label}" if name else label)
            self._group.addButton(button, index)
            layout.addWidget(button, index // columns, index % columns)
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
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for index, (value, label) in enumerate(options):
            button = big_button(label, checkable=True, role="chip")
            button.setAccessibleName(f"{name}: {label}" if name else label)
            button.toggled.connect(lambda on, v=value: self.toggled.emit(v, on))
            layout.addWidget(button, index // columns, index % columns)
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
        self.setProperty("role", "question")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        words = QVBoxLayout()
        self.question = body_text(text, "question")
        words.addWidget(self.question)
        if help_text:
            words.addWidget(body_text(help_text, "help"))
        layout.addLayout(words, 1)
        yes, no = QCoreApplication.translate("YesNo", "Yes"), QCoreApplication.translate("YesNo", "No")
        self.choice = ChoiceGroup([(True, yes), (False, no)], name=text)
        self.choice.setMinimumWidth(240)
        self.choice.chosen.connect(lambda: self.answered.emit(self.answer_id, bool(self.choice.value())))
        layout.addWidget(self.choice, 0, Qt.AlignmentFlag.AlignVCenter)

    def set_answer(self, value: bool | None) -> None:
        self.choice.set_value(value)


class DateOfBirthPicker(QWidget):
    """Month, day and year as three large drop-downs: no typing, no tiny calendar grid.

    Signals: `changed()`.
    """

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        months = [
            self.tr("January"), self.tr("February"), self.tr("March"), self.tr("April"),
            self.tr("May"), self.tr("June"), self.tr("July"), self.tr("August"),
            self.tr("September"), self.tr("October"), self.tr("November"), self.tr("December"),
        ]  # fmt: skip
        self.month = self._combo(self.tr("Month"), [(m, i + 1) for i, m in enumerate(months)])
        self.day = self._combo(self.tr("Day"), [(str(d), d) for d in range(1, 32)])
        self.year = self._combo(
            self.tr("Year"), [(str(y), y) for y in range(today.year, today.year - 111, -1)]
        )
        layout.addWidget(self.month, 3)
        layout.addWidget(self.day, 2)
        layout.addWidget(self.year, 2)

    def _combo(self, placeholder: str, items: list[tuple[str, int]]) -> QComboBox:
        combo = QComboBox()
        combo.setPlaceholderText(placeholder)
        combo.setAccessibleName(self.tr("Date of birth: %1").replace("%1", placeholder))
        combo.setMinimumHeight(TOUCH)
        combo.setMaxVisibleItems(8)
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(-1)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def value(self) -> date | None:
        parts = [c.currentData() for c in (self.year, self.month, self.day)]
        if None in parts:
            return None
        try:
            return date(parts[0], parts[1], parts[2])
        except ValueError:
            return None

    def is_partial_invalid(self) -> bool:
        """All three chosen but not a real date (e.g. 31 April)."""
        chosen = all(c.currentIndex() >= 0 for c in (self.year, self.month, self.day))
        return chosen and self.value() is None

    def set_value(self, value: date | None) -> None:
        for combo, part in (
            (self.year, None if value is None else value.year),
            (self.month, None if value is None else value.month),
            (self.day, None if value is None else value.day),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(-1 if part is None else combo.findData(part))
            combo.blockSignals(False)
