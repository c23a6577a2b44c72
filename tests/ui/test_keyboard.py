"""The on-screen keyboard, driven by a finger on a touch screen, in the whole kiosk window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from kiosk.logic.flow import Step
from kiosk.logic.vocab import Language
from kiosk.ui.main_window import MainWindow
from kiosk.ui.widgets.keyboard import KEY_SIZE, OnScreenKeyboard
from tests.ui import fingers


def open_about(qtbot, main: MainWindow) -> tuple[QLineEdit, QLineEdit, OnScreenKeyboard]:
    fingers.tap(main.patient.next)
    assert main.patient.step is Step.ABOUT
    about = main.patient.page()
    fingers.tap(about.first_name)
    keyboard = main.keyboard
    qtbot.waitUntil(keyboard.is_open)
    qtbot.waitUntil(lambda: keyboard.settled() and keyboard.height() == keyboard.maximumHeight())
    return about.first_name, about.last_name, keyboard


def type_on(keyboard: OnScreenKeyboard, text: str) -> None:
    """Tap the keys a patient would tap for `text` (lower-case letters, space, - and ')."""
    for char in text:
        if char == " ":
            fingers.tap(key_named(keyboard, "Space"), quick=True)
        elif char in "áéíóúüñç" and char not in keyboard.letter_keys:
            fingers.tap(key_named(keyboard, "Accented letters"))
            fingers.tap(keyboard.letter_keys[char], quick=True)
        else:
            fingers.tap(keyboard.letter_keys[char], quick=True)


def key_named(keyboard: OnScreenKeyboard, name: str):
    keys = [key for key in keyboard.findChildren(type(next(iter(keyboard.letter_keys.values()))))
            if key.accessibleName() == name and key.isVisible()]  # fmt: skip
    assert len(keys) == 1, name
    return keys[0]


def test_a_tap_on_a_name_opens_the_keyboard_and_it_types_capitals_and_accents(qtbot, main_window):
    first, _last, keyboard = open_about(qtbot, main_window)
    assert first.hasFocus()
    type_on(keyboard, "jose")
    assert first.text() == "Jose"
    fingers.tap(key_named(keyboard, "Delete"))
    type_on(keyboard, "é maría-luz o'neil")
    assert first.text() == "José María-Luz O'Neil"
    assert first.hasFocus(), "the keys never take the focus from the field"


def test_the_keyboard_never_covers_the_field_and_keys_are_finger_sized(qtbot, main_window):
    for width, height in ((1280, 800), (800, 1280), (1024, 768)):
        main_window.resize(width, height)
        first, last, keyboard = (
            open_about(qtbot, main_window) if width == 1280 else (*_fields(main_window), main_window.keyboard)
        )
        qtbot.waitUntil(keyboard.settled)
        top = keyboard.mapTo(main_window, QPoint(0, 0)).y()
        for field in (first, last):
            bottom = field.mapTo(main_window, QPoint(0, field.height())).y()
            assert bottom <= top, f"{field.accessibleName()} is under the keyboard at {width}x{height}"
        for key in keyboard.findChildren(type(keyboard.letter_keys["a"])):
            if key.isVisible():
                assert min(key.width(), key.height()) >= KEY_SIZE - 4 >= 56, (key.text(), key.size(), width)


def _fields(main: MainWindow) -> tuple[QLineEdit, QLineEdit]:
    about = main.patient.page(Step.ABOUT)
    return about.first_name, about.last_name


def test_next_moves_to_the_last_name_then_the_keyboard_slides_away(qtbot, main_window):
    first, last, keyboard = open_about(qtbot, main_window)
    type_on(keyboard, "ana")
    fingers.tap(key_named(keyboard, "Next field"))
    assert last.hasFocus() and keyboard.is_open()
    type_on(keyboard, "ruiz")
    assert (first.text(), last.text()) == ("Ana", "Ruiz")
    fingers.tap(key_named(keyboard, "Next field"))
    qtbot.waitUntil(lambda: not keyboard.isVisible())


def test_hidden_by_its_key_it_comes_back_with_a_tap_on_the_field(qtbot, main_window):
    first, _last, keyboard = open_about(qtbot, main_window)
    fingers.tap(key_named(keyboard, "Hide the keyboard"))
    qtbot.waitUntil(lambda: not keyboard.isVisible())
    assert first.hasFocus()
    fingers.tap(first)
    qtbot.waitUntil(keyboard.is_open)


def test_a_physical_keyboard_still_types(qtbot, main_window):
    first, _last, keyboard = open_about(qtbot, main_window)
    QTest.keyClicks(first, "Ana")
    assert first.text() == "Ana"
    assert keyboard.is_open()


def test_spanish_layout_has_enye_beside_l(qtbot, main_window):
    main_window.patient.set_language(Language.ES)
    first, _last, keyboard = open_about(qtbot, main_window)
    assert "ñ" in keyboard.letter_keys
    type_on(keyboard, "muñoz")
    assert first.text() == "Muñoz"


@pytest.mark.parametrize("enabled", [True, False], ids=["on", "off"])
def test_a_clinic_pc_can_turn_it_off(qtbot, main_window, enabled):
    main_window.keyboard.set_enabled(enabled)
    fingers.tap(main_window.patient.next)
    first = main_window.patient.page().first_name
    fingers.tap(first)
    assert first.hasFocus()
    # The keyboard shows as the field takes the focus, so nothing is waited for: switched on, it is
    # already on screen here (that is what makes the switched-off check mean something).
    assert main_window.keyboard.isVisible() is enabled


def test_it_leaves_with_its_page_and_the_next_patient_never_finds_it_open(qtbot, main_window):
    _first, _last, keyboard = open_about(qtbot, main_window)
    main_window.patient.reset()  # idle wipe or Done: the page with the field goes away
    assert not keyboard.isVisible()
    assert keyboard.field() is None
