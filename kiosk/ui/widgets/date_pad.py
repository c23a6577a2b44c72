"""Date of birth by touch: big grids of decades, years, months and days, no list and no popup.

A popup list closes under a dragging finger and picks the row it lands on, and a year list makes
most patients scroll; a grid shows every choice at once. A typical date takes four taps: the decade,
the year, the month, the day. The year comes first, so the day grid offers only the days of that
month in that year. The three parts stand in a row in the language's order (month, day, year in
English; day, month, year in Spanish), each showing what was chosen; a tap on one chooses it again.
A date that cannot be (31 April after a change of month, 29 February of a common year, a day still
to come) is refused with a line that says why, and the day is asked again.

Keyboard: Tab reaches each row of buttons once, the arrow keys move in it, Space chooses.

Signals: `changed()`.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import date
from enum import Enum

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QAbstractButton, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from kiosk.logic.limits import MAX_AGE
from kiosk.ui.widgets.base import body_text, translate
from kiosk.ui.widgets.choices import ChoiceGroup
from kiosk.ui.widgets.responsive_grid import ResponsiveGrid
from kiosk.ui.widgets.wrap_button import big_button


class Part(Enum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


def spoken_date(day: date) -> str:
    """ "20 May 1962" ("20 de mayo de 1962"): how the pad and Review say a date of birth, without
    the weekday a long format adds, which nobody needs to check."""
    return QLocale().toString(
        QDate(day.year, day.month, day.day), translate("DateOfBirthPicker", "d MMMM yyyy")
    )


def age_on(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


class DateOfBirthPicker(QWidget):
    """The pad; `value()` is the chosen date or None until all three parts are chosen."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self._year: int | None = None
        self._month: int | None = None
        self._day: int | None = None
        self._placeholders = {
            Part.DAY: self.tr("Day"),
            Part.MONTH: self.tr("Month"),
            Part.YEAR: self.tr("Year"),
        }
        self._month_names = [
            self.tr("January"), self.tr("February"), self.tr("March"), self.tr("April"),
            self.tr("May"), self.tr("June"), self.tr("July"), self.tr("August"),
            self.tr("September"), self.tr("October"), self.tr("November"), self.tr("December"),
        ]  # fmt: skip
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        # The translator gives the language's order of the parts, in these English words.
        order = part_order(self.tr("month day year", "the order of a date's parts; keep these three words"))
        # Plain buttons, not a choice: the part being chosen is marked ("current"), never checked.
        self.part_buttons: dict[Part, QPushButton] = {}
        holder = QWidget()  # the grid is a widget's own layout, never nested (see ResponsiveGrid)
        parts = ResponsiveGrid(3, 10, holder)
        for part in order:
            button = big_button(self._placeholders[part])
            button.clicked.connect(lambda _checked=False, p=part: self._open(p))
            self.part_buttons[part] = button
            parts.addWidget(button)
        column.addWidget(holder)
        self.readback = body_text("", "lead")
        column.addWidget(self.readback)
        self.note = body_text("", "problems")
        self.note.setVisible(False)
        column.addWidget(self.note)

        oldest = today.year - MAX_AGE
        self.decades = ChoiceGroup(
            [(d, f"{d}–{d + 9}") for d in range(today.year // 10 * 10, oldest // 10 * 10 - 1, -10)],
            columns=6,
            name=self.tr("Year of birth, the decade"),
        )
        self.decades.chosen.connect(lambda: self._show_years(self.decades.value()))
        self.years: dict[int, ChoiceGroup] = {}
        self.months = ChoiceGroup(
            list(zip(range(1, 13), self._month_names, strict=True)), columns=4, name=self.tr("Month of birth")
        )
        self.months.chosen.connect(lambda: self._choose(Part.MONTH, self.months.value()))
        self.days = ChoiceGroup([(d, str(d)) for d in range(1, 32)], columns=8, name=self.tr("Day of birth"))
        self.days.chosen.connect(lambda: self._choose(Part.DAY, self.days.value()))
        self.grids = QStackedWidget()
        for grid in (self.decades, self.months, self.days):
            self.grids.addWidget(grid)
        column.addWidget(self.grids)
        self._open(Part.YEAR)

    # ---- what the page asks --------------------------------------------------------------------

    def value(self) -> date | None:
        if self._year is None or self._month is None or self._day is None:
            return None
        return date(self._year, self._month, self._day)

    def set_value(self, value: date | None) -> None:
        """Show `value` (None: nothing chosen, the decades open) without sending `changed`."""
        self._year, self._month, self._day = (None, None, None) if value is None else (
            value.year, value.month, value.day)  # fmt: skip
        self.note.setVisible(False)
        for grid in (self.decades, self.months, self.days, *self.years.values()):
            grid.set_value(None)  # hidden grids keep no choice of an earlier patient
        self._refresh()
        self._open(None if value is not None else Part.YEAR)

    def buttons_for(self, born: date) -> Iterator[QAbstractButton]:
        """The buttons a patient taps for `born`, from an empty pad, each once the one before was
        tapped (for the sample patient and the tests, which tap them as a patient would)."""
        decade = born.year // 10 * 10
        yield self.decades.button_for(decade)
        yield self.year_grid(decade).button_for(born.year)
        yield self.months.button_for(born.month)
        yield self.days.button_for(born.day)

    def year_grid(self, decade: int) -> ChoiceGroup:
        """The years of one decade (built the first time that decade is opened)."""
        if decade not in self.years:
            oldest = self.today.year - MAX_AGE
            years = [y for y in range(decade + 9, decade - 1, -1) if oldest <= y <= self.today.year]
            grid = ChoiceGroup([(y, str(y)) for y in years], columns=5, name=self.tr("Year of birth"))
            grid.chosen.connect(lambda: self._choose(Part.YEAR, grid.value()))
            self.years[decade] = grid
            self.grids.addWidget(grid)
        return self.years[decade]

    # ---- the stages ----------------------------------------------------------------------------

    def _open(self, part: object) -> None:
        """Show the grid for `part` (None: the date is complete, no grid)."""
        for each, button in self.part_buttons.items():
            button.setProperty("current", "true" if each is part else "false")
            button.style().unpolish(button)
            button.style().polish(button)
        self.grids.setVisible(part is not None)
        if part is Part.YEAR:
            self.decades.set_value(None if self._year is None else self._year // 10 * 10)
            self.grids.setCurrentWidget(self.decades)
        elif part is Part.MONTH:
            self.months.set_value(self._month)
            self.grids.setCurrentWidget(self.months)
        elif part is Part.DAY:
            self._fit_days()
            self.days.set_value(self._day)
            self.grids.setCurrentWidget(self.days)

    def _show_years(self, decade: object) -> None:
        grid = self.year_grid(int(str(decade)))
        grid.set_value(self._year)
        self.grids.setCurrentWidget(grid)

    def _choose(self, part: Part, value: object) -> None:
        chosen = int(str(value))
        if part is Part.YEAR:
            self._year = chosen
        elif part is Part.MONTH:
            self._month = chosen
        else:
            self._day = chosen
        refusal = self._refusal()
        self.note.setText(refusal)
        self.note.setVisible(bool(refusal))
        if refusal:
            self._day = None
        self._refresh()
        self._open(self._next_missing())
        self.changed.emit()

    def _next_missing(self) -> Part | None:
        for part, value in ((Part.YEAR, self._year), (Part.MONTH, self._month), (Part.DAY, self._day)):
            if value is None:
                return part
        return None

    def _last_day(self) -> int:
        if self._month is None:
            return 31
        # 2000 was a leap year: with the year still open, 29 February may be right.
        return calendar.monthrange(2000 if self._year is None else self._year, self._month)[1]

    def _refusal(self) -> str:
        """Why the parts chosen so far cannot be a date of birth, or "" when they can."""
        if self._day is None or self._month is None:
            return ""
        if self._day > self._last_day():
            if self._month == 2 and self._day == 29 and self._year is not None:
                return self.tr("%1 had no 29 February. Please choose the day again.").replace(
                    "%1", str(self._year)
                )
            return (
                self.tr("%1 has only %2 days. Please choose the day again.")
                .replace("%1", self._month_names[self._month - 1])
                .replace("%2", str(self._last_day()))
            )
        if self._year is not None and date(self._year, self._month, self._day) > self.today:
            return self.tr("That day has not come yet. Please choose the day again.")
        return ""

    def _fit_days(self) -> None:
        """Offer only the days of the chosen month (and year), and none still to come."""
        last = self._last_day()
        for day in range(1, 32):
            future = self._year is not None and self._month is not None and (
                day <= last and date(self._year, self._month, day) > self.today)  # fmt: skip
            self.days.button_for(day).setVisible(day <= last and not future)

    def _refresh(self) -> None:
        words = {
            Part.YEAR: str(self._year) if self._year else None,
            Part.MONTH: self._month_names[self._month - 1] if self._month else None,
            Part.DAY: str(self._day) if self._day else None,
        }
        for part, text in words.items():
            button = self.part_buttons[part]
            button.setText(text or self._placeholders[part])
            button.setAccessibleName(
                f"{self._placeholders[part]}: {text}" if text else self._placeholders[part]
            )
        born = self.value()
        if born is None:
            self.readback.setText("")
            self.readback.setVisible(False)
            return
        age = age_on(born, self.today)
        self.readback.setText(self.tr("%1: %n years old", "", age).replace("%1", spoken_date(born)))
        self.readback.setAccessibleName(self.readback.text())
        self.readback.setVisible(True)


def part_order(words: str) -> tuple[Part, ...]:
    """The order of the parts from the translated "month day year" (English's order if unreadable)."""
    names = {"month": Part.MONTH, "day": Part.DAY, "year": Part.YEAR}
    order = tuple(names[word] for word in words.split() if word in names)
    return order if sorted(order, key=lambda p: p.value) == sorted(Part, key=lambda p: p.value) else (
        Part.MONTH, Part.DAY, Part.YEAR)  # fmt: skip
