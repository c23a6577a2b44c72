"""The PIN pad between the patient side and the staff screen.

It checks the PIN, with the lock of `kiosk.logic.pin` stored after every try (a restart does not
reset it). It never sets one: whoever holds the tablet could, so with no PIN stored the staff
screen stays closed and the pad says clinic IT sets one with `kiosk set-pin`.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.logic.dbfile import describe
from kiosk.logic.pin import LOCK_SETTING, MAX_DIGITS, MAX_TRIES, PIN_SETTING, PinGuard
from kiosk.logic.storage import Store, StoreError
from kiosk.ui.widgets import big_button, body_text, heading

log = logging.getLogger(__name__)


class StaffGate(QWidget):
    """Signals: `unlocked()` with the right PIN, `cancelled()` when staff go back."""

    unlocked = Signal()
    cancelled = Signal()

    def __init__(self, store: Store, clock: Callable[[], datetime]) -> None:
        super().__init__()
        self.store = store
        self.clock = clock
        self._typed = ""
        self._unsaved_lock: str | None = None
        """The lock's state when the database could not store it (a full disk): it still counts."""
        self.guard: PinGuard | None = None

        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = heading("")
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.title)
        self.message = body_text("", "lead")
        self.message.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.message)
        self.dots = QLabel("")
        self.dots.setProperty("role", "h1")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.dots.setAccessibleName(self.tr("Digits typed"))
        layout.addWidget(self.dots)
        pad = QGridLayout()
        pad.setSpacing(12)
        self.digit_buttons: dict[str, QWidget] = {}
        for index, digit in enumerate("123456789"):
            self._add_digit(pad, digit, index // 3, index % 3)
        self.clear = big_button(self.tr("Clear"))
        self.clear.clicked.connect(self._clear)
        pad.addWidget(self.clear, 3, 0)
        self._add_digit(pad, "0", 3, 1)
        self.ok = big_button(self.tr("OK"), role="primary")
        self.ok.clicked.connect(self._submit)
        pad.addWidget(self.ok, 3, 2)
        holder = QHBoxLayout()
        holder.addStretch(1)
        holder.addLayout(pad)
        holder.addStretch(1)
        layout.addLayout(holder)
        self.cancel = big_button(self.tr("Back to the patient screen"))
        self.cancel.clicked.connect(self._cancel)
        layout.addWidget(self.cancel, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.begin()

    def _add_digit(self, pad: QGridLayout, digit: str, row: int, column: int) -> None:
        button = big_button(digit)
        button.setMinimumSize(96, 80)
        button.clicked.connect(lambda _checked=False, d=digit: self.press(d))
        self.digit_buttons[digit] = button
        pad.addWidget(button, row, column)

    @property
    def no_pin(self) -> bool:
        return self.guard is None

    def begin(self) -> None:
        """Show a fresh pad: nothing typed, and what the pad can do now."""
        self._typed = ""
        self._load_pin()
        if self.no_pin:
            self.title.setText(self.tr("Staff screen closed"))
            self.message.setText(
                self.tr("No staff PIN is set on this kiosk. Clinic IT sets one with: kiosk set-pin")
            )
        else:
            self.title.setText(self.tr("Staff only"))
            self.message.setText(self.tr("Type the staff PIN."))
        for button in (*self.digit_buttons.values(), self.clear, self.ok):
            button.setEnabled(not self.no_pin)
        self._show_lock()
        self._render()

    def _load_pin(self) -> None:
        """The PIN and its lock as stored now: `kiosk set-pin` or `kiosk reset-pin` may have changed
        them while the kiosk ran, and a lock must outlive a restart."""
        stored = self.store.get_setting(PIN_SETTING)
        if stored is None:
            self.guard = None
        else:
            lock = self._unsaved_lock or self.store.get_setting(LOCK_SETTING)
            self.guard = PinGuard(stored, self.clock).with_state(lock)

    def press(self, digit: str) -> None:
        if len(self._typed) < MAX_DIGITS:
            self._typed += digit
        self._render()

    def _render(self) -> None:
        self.dots.setText("●" * len(self._typed) or " ")

    @Slot()
    def _clear(self) -> None:
        self._typed = ""
        self._render()

    @Slot()
    def _cancel(self) -> None:
        self.begin()
        self.cancelled.emit()

    def _show_lock(self) -> bool:
        locked = self.guard is not None and self.guard.locked()
        if locked and self.guard is not None:
            minutes = max(1, round(self.guard.seconds_left() / 60))
            self.message.setText(self.tr("Too many wrong tries. Try again in %n minutes.", "", minutes))
        return locked

    @Slot()
    def _submit(self) -> None:
        typed, self._typed = self._typed, ""
        self._render()
        self._load_pin()
        if self.guard is None or self._show_lock():
            return
        opened = self.guard.attempt(typed)
        self._record(LOCK_SETTING, self.guard.state())
        if opened:
            self._record("staff screen opened")
            self.begin()
            self.unlocked.emit()
        elif not self._show_lock():
            self.message.setText(self.tr("That PIN is not right. Please try again."))
        else:
            self._record("staff PIN locked", f"after {MAX_TRIES} wrong tries")

    def _record(self, what: str, value: str = "") -> None:
        """Store the lock's state (`LOCK_SETTING`) or audit an event. With the disk full the write
        fails, and that must not keep staff out of the screen that says so: the lock is then kept
        here (wrong tries still lock the pad), and the audit line goes to the log instead."""
        try:
            if what == LOCK_SETTING:
                self.store.set_setting(LOCK_SETTING, value)
                self._unsaved_lock = None
            else:
                self.store.audit(what, value)
        except (sqlite3.Error, StoreError) as error:
            log.error(
                "staff gate: %s not stored (%s)",
                "PIN lock" if what == LOCK_SETTING else what,
                describe(error),
            )
            if what == LOCK_SETTING:
                self._unsaved_lock = value
