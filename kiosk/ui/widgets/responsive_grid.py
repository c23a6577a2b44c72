"""A layout of buttons that drops to fewer columns when the words grow (large text, Spanish)."""

from __future__ import annotations

import functools

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget

from kiosk.ui.widgets.base import delete_items


class ResponsiveGrid(QLayout):
    """Buttons in rows of at most `columns`: one row sized to the words when they all fit on one line,
    else equal cells, with fewer columns when the longest word would not fit.

    Each row is as tall as its tallest (wrapped) button, so a row of answers always lines up.

    Qt asks a height-for-width layout the same questions many times in one pass, and every answer
    costs a Python size hint per button: the widest minimum and the height at each width asked are
    kept until Qt invalidates the layout (a button's text, font, style or visibility changed).

    Always a widget's own layout, hence the required `parent`: nested in another layout with
    `addLayout`, PySide6 made the outer layout the owner of this grid's item wrappers, and they went
    invalid at an unrelated delete elsewhere on screen (a tap on the pain map, then Back to the date
    pad, ended the kiosk in a segfault while Qt laid the grid out).
    """

    def __init__(self, columns: int, spacing: int, parent: QWidget) -> None:
        super().__init__(parent)
        self._columns = max(1, columns)
        self._items: list[QLayoutItem] = []
        self._widest: int | None = None
        self._heights: dict[int, int] = {}
        # A C++ layout deletes its items in its destructor; QLayout's own does not, so without this
        # every rebuilt page would leak its items (found by the memory benchmark).
        self.destroyed.connect(functools.partial(delete_items, self._items))
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def set_columns(self, columns: int) -> None:
        self._columns = max(1, columns)
        self.invalidate()

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
