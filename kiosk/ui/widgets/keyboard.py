"""Our own on-screen keyboard, for a patient holding a tablet with no keyboard.

Not Qt Virtual Keyboard (PySide6-Addons, GPL, a separate window) and not the Windows touch keyboard
(it does not reliably appear over a full-screen, stay-on-top window): a panel inside the kiosk's own
window that slides in while a text field has the focus and types into that field. Its keys never
take the focus, so the field keeps its cursor and a physical keyboard keeps working beside it.
Which keys it has and when a letter is a capital is kiosk/ui/widgets/keyboard_layout.py.

Signals: `shown_changed(bool)` when it slides in or out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import (
    QAbstractAnimation,
    QCoreApplication,
    QEasingCurve,
    QEvent,
    QObject,
    QPropertyAnimation,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.logic.vocab import Language
from kiosk.ui.widgets.keyboard_layout import ACCENT_ROWS, CAPITALIZE, LETTER_ROWS, ROWS, Page, wants_capital

KEY_SIZE = 60
"""Each key's smallest side in logical pixels: above the 56 of every other control, so a key is a fingertip's target even on
a portrait tablet where eleven keys share 800 pixels."""
SPACING = 6
SLIDE_MS = 160


class Speaks(Protocol):
    """What the keyboard reads to follow the patient's language (the window's `Translations`)."""

    language: Language


class Key(QPushButton):
    """A key: touch-sized, never takes the focus (the text field keeps it)."""

    def __init__(
        self, label: str, action: Callable[[], None], *, name: str = "", repeat: bool = False
    ) -> None:
        super().__init__(label)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setProperty("role", "key")
        self.setMinimumSize(KEY_SIZE, KEY_SIZE)
        self.setAccessibleName(name or label)
        self.setAutoRepeat(repeat)
        self.clicked.connect(action)


def text_field(widget: QWidget | None) -> QLineEdit | None:
    """The widget as a text field the keyboard types into, or None."""
    if isinstance(widget, QLineEdit) and not widget.isReadOnly():
        return widget
    return None


class OnScreenKeyboard(QFrame):
    """The keyboard panel; put it at the bottom of a window's layout and call `follow_focus()`."""

    shown_changed = Signal(bool)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        enabled: bool = True,
        translations: Speaks | None = None,
    ) -> None:
        super().__init__(parent)
        self._translations = translations
        self.setProperty("role", "keyboard")
        self.setAccessibleName(self.tr("On-screen keyboard"))
        self._enabled = enabled
        self._language = Language.EN
        self._page = Page.LETTERS
        self._shift = False  # one capital on request, besides the automatic ones
        self._field: QLineEdit | None = None
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
        self._pages: QStackedWidget | None = None
        self.letter_keys: dict[str, Key] = {}
        self._page_keys: dict[Page, dict[str, Key]] = {}
        self._slide = QPropertyAnimation(self, b"maximumHeight", self)
        self._slide.setDuration(SLIDE_MS)
        self._slide.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._slide.finished.connect(self._slid)
        self.setVisible(False)  # its keys are built when it first opens (`_build`)

    # ---- what the window asks ----------------------------------------------------------------

    def follow_focus(self) -> None:
        """Open for whichever text field of this window gets the focus, close when none has it."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)

    def set_enabled(self, enabled: bool) -> None:
        """The clinic's setting: off on PCs with a real keyboard."""
        self._enabled = enabled
        if not enabled:
            self._close(animate=False)

    def set_language(self, language: Language) -> None:
        if language is not self._language:
            self._language = language
            if self._pages is not None:
                self._build()

    def field(self) -> QLineEdit | None:
        """The text field the keys type into (the focused one while the keyboard is open)."""
        return self._field

    def settled(self) -> bool:
        """Not sliding in or out."""
        return self._slide.state() == QAbstractAnimation.State.Stopped

    def is_open(self) -> bool:
        return self.isVisible() and self._slide.endValue() != 0

    def open_for(self, field: QLineEdit) -> None:
        if not self._enabled:
            return
        if self._translations is not None:
            self.set_language(self._translations.language)
        if self._pages is None:
            self._build()
        if self._field is not field:
            if self._field is not None:
                self._field.removeEventFilter(self)
            field.installEventFilter(self)
        self._field = field
        self._refresh_case()
        if self.is_open():
            return
        self.setVisible(True)
        self._animate(self._full_height())

    @Slot()
    def close_keyboard(self) -> None:
        """Slide out; the field keeps the focus, and a tap on it opens the keyboard again."""
        self._shift = False
        if self.isVisible():
            self._animate(0)

    # ---- keys --------------------------------------------------------------------------------

    def _build(self) -> None:
        """Both pages of keys for the current language. Built when the keyboard first opens (the
        kiosk's first screen is painted without its 66 keys), then once per language and never
        while a finger is on a key: switching pages only shows the other page (a key deleted under
        the finger that pressed it would leave Qt's touch handling pointing at nothing)."""
        old = self._pages
        self._pages = QStackedWidget()
        self.letter_keys = {}
        self._page_keys = {page: {} for page in Page}
        first, second, third = LETTER_ROWS[self._language]
        self._pages.addWidget(
            self._page_of(
                Page.LETTERS,
                [
                    [self._letter(Page.LETTERS, c) for c in first],
                    [self._letter(Page.LETTERS, c) for c in second],
                    [
                        Key("⇧", self._toggle_shift, name=self.tr("Capital letter")),
                        *(self._letter(Page.LETTERS, c) for c in third),
                        Key("⌫", self._backspace, name=self.tr("Delete"), repeat=True),
                    ],
                ],
                Key("á é ñ", lambda: self._show_page(Page.ACCENTS), name=self.tr("Accented letters")),
            )
        )
        self._pages.addWidget(
            self._page_of(
                Page.ACCENTS,
                [[self._letter(Page.ACCENTS, c) for c in row] for row in ACCENT_ROWS],
                Key("abc", lambda: self._show_page(Page.LETTERS), name=self.tr("Plain letters")),
            )
        )
        self._rows.addWidget(self._pages)
        if old is not None:
            self._rows.removeWidget(old)
            old.hide()
            old.deleteLater()
        self._show_page(self._page)

    def _page_of(self, page: Page, rows: list[list[Key | tuple[Key, int]]], switch: Key) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(SPACING)
        space = Key(self.tr("space"), lambda: self._type(" "), name=self.tr("Space"))
        bottom: list[Key | tuple[Key, int]] = [
            switch,
            (space, 4),
            Key(self.tr("Next"), self._next_field, name=self.tr("Next field")),
            Key("⌄", self.close_keyboard, name=self.tr("Hide the keyboard")),
        ]
        for keys in [*rows, bottom]:
            row = QHBoxLayout()
            row.setSpacing(SPACING)
            for entry in keys:
                key, stretch = entry if isinstance(entry, tuple) else (entry, 1)
                row.addWidget(key, stretch)
            column.addLayout(row)
        return holder

    def _letter(self, page: Page, letter: str) -> Key:
        key = Key(letter, lambda: self._type(self._cased(letter)))
        self._page_keys[page][letter] = key
        return key

    def _capital_next(self) -> bool:
        field = self._field
        if self._shift or field is None:
            return self._shift
        before = field.text()[: field.cursorPosition()]
        return wants_capital(before, words=field.property(CAPITALIZE) == "words")

    def _cased(self, letter: str) -> str:
        return letter.upper() if self._capital_next() else letter

    def _refresh_case(self) -> None:
        capital = self._capital_next()
        for letter, key in (item for keys in self._page_keys.values() for item in keys.items()):
            key.setText(letter.upper() if capital else letter)
            key.setAccessibleName(key.text())

    def _send(self, key: Qt.Key, text: str = "") -> None:
        target = self._field
        if target is None:
            return
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))

    def _type(self, text: str) -> None:
        self._send(Qt.Key.Key_unknown, text)
        self._shift = False
        if self._page is Page.ACCENTS:
            self._show_page(Page.LETTERS)  # one accented letter at a time, as on a phone
        self._refresh_case()

    @Slot()
    def _backspace(self) -> None:
        self._send(Qt.Key.Key_Backspace)
        self._refresh_case()

    @Slot()
    def _toggle_shift(self) -> None:
        self._shift = not self._shift
        self._refresh_case()

    def _show_page(self, page: Page) -> None:
        """Show one page; `letter_keys` are the letters a finger can reach now."""
        self._page = page
        assert self._pages is not None  # `_build` makes them before it shows one
        self._pages.setCurrentIndex(list(Page).index(page))
        self.letter_keys = self._page_keys[page]

    @Slot()
    def _next_field(self) -> None:
        """Move to the next field as Tab would; the keyboard stays only if that is a text field too."""
        self._send(Qt.Key.Key_Tab)

    # ---- sliding in and out --------------------------------------------------------------------

    def _full_height(self) -> int:
        """Rows of keys at their set size (keys just built are not shown yet, so the layout cannot say)."""
        rows, frame = ROWS, self.contentsMargins()
        return rows * KEY_SIZE + (rows + 1) * SPACING + frame.top() + frame.bottom()

    def _animate(self, height: int) -> None:
        self._slide.stop()
        self._slide.setStartValue(self.height() if self.isVisible() else 0)
        self._slide.setEndValue(height)
        self._slide.start()

    def _close(self, *, animate: bool) -> None:
        """Slide out and forget the field (it lost the focus, or the keyboard was turned off)."""
        if self._field is not None:
            self._field.removeEventFilter(self)
        self._field = None
        if animate:
            self.close_keyboard()
        elif self.isVisible():
            self._slide.stop()
            self.setVisible(False)
            self.shown_changed.emit(False)

    @Slot()
    def _slid(self) -> None:
        opened = self._slide.endValue() != 0
        if not opened:
            self.setVisible(False)
        elif self._field is not None:
            self._bring_into_view(self._field)
        self.shown_changed.emit(opened)

    @staticmethod
    def _bring_into_view(field: QLineEdit) -> None:
        """The page above has shrunk: scroll so the field being typed into still shows."""
        parent = field.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(field, 0, 24)

    @Slot(QWidget, QWidget)
    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        field = text_field(new)
        if field is not None and field.window() is self.window():
            self.open_for(field)
        elif new is not None and not self.isAncestorOf(new):
            self._close(animate=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A tap on the field after "Hide the keyboard" opens it again; typing moves the capitals; the
        keyboard closes with the page of its field."""
        if watched is self._field:
            if event.type() == QEvent.Type.Hide:
                self._close(animate=False)  # its page went away (Next, a reset): so does the keyboard
                return False
            # A quick second tap arrives as a double click.
            pressed = event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)
            if pressed and not self.is_open():
                self.open_for(self._field)
            elif event.type() in (QEvent.Type.KeyRelease, QEvent.Type.MouseButtonRelease):
                self._refresh_case()
        return False
