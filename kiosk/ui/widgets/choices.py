"""Answers as big buttons: one of a few (radio semantics), several (chips), and a yes/no question."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.widgets.base import body_text
from kiosk.ui.widgets.responsive_grid import ResponsiveGrid
from kiosk.ui.widgets.wrap_button import big_button


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
        self._grid = layout = ResponsiveGrid(columns or len(options), 10, self)
        for index, (_value, label) in enumerate(options):
            button = big_button(label, checkable=True, role="choice", radio=True)
            button.setAccessibleName(f"{name}: {label}" if name else label)
            if description:
                button.setAccessibleDescription(description)
            self._group.addButton(button, index)
            layout.addWidget(button)
        self._group.idClicked.connect(lambda _index: self.chosen.emit())
        self.setAccessibleName(name)

    def buttons(self) -> list[QAbstractButton]:
        return self._group.buttons()

    def set_columns(self, columns: int) -> None:
        """At most this many buttons a row from now on (fewer still when the words do not fit)."""
        self._grid.set_columns(columns)

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
        layout.setContentsMargins(16, 6, 16, 6)
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
