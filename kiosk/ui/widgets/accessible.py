"""Radio-button semantics for a choice of one among a few, told to screen readers.

A choice group is drawn as big checkable push buttons (a fingertip's target), which Qt reports as
check boxes: a screen reader then says "check box, not checked" and its user expects to tick several.
An accessibility factory reports the buttons of a `ChoiceGroup` as radio buttons instead, with their
checked state and a press action (which chooses, as a tap does).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface, QAccessibleStateChangeEvent
from PySide6.QtWidgets import QAbstractButton, QAccessibleWidget

RADIO = "radio_choice"
"""The property a button of a one-of-a-few choice carries."""
PRESS = "Press"


class RadioChoice(QAccessibleWidget):
    def __init__(self, button: QAbstractButton) -> None:
        super().__init__(button, QAccessible.Role.RadioButton)
        self._button = button

    def state(self) -> QAccessible.State:
        state = super().state()
        state.checkable = True
        state.checked = self._button.isChecked()
        return state

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self._button.accessibleName() or self._button.text()
        return super().text(kind)

    def actionNames(self) -> list[str]:
        return [PRESS]

    def doAction(self, name: str) -> None:
        if name == PRESS:
            self._button.click()


_faces: dict[int, RadioChoice] = {}
"""Keeps each interface's Python side alive for as long as Qt uses it (Qt owns and deletes it)."""
_installed = False


def _factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    if not isinstance(obj, QAbstractButton) or not obj.property(RADIO):
        return None
    key = id(obj)
    face = RadioChoice(obj)
    _faces[key] = face
    obj.destroyed.connect(lambda _obj=None, k=key: _forget(k))
    obj.toggled.connect(lambda _on, o=obj: _announce_checked(o))
    return face


def _forget(key: int) -> None:
    face = _faces.pop(key, None)
    if face is not None:
        shiboken6.invalidate(face)  # Qt deletes the interface with its button; Python must not


def _announce_checked(button: QAbstractButton) -> None:
    if QAccessible.isActive():
        state = QAccessible.State()
        state.checked = True
        QAccessible.updateAccessibility(QAccessibleStateChangeEvent(button, state))


def use_radio_semantics(button: QAbstractButton) -> None:
    """Report `button` to screen readers as one radio button of its group."""
    global _installed  # noqa: PLW0603 - one factory per process; Qt has no way to ask
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
    button.setProperty(RADIO, True)
