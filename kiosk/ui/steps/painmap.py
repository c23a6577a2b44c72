"""Where it hurts: the body diagram (front, back, soles) and the same regions as a plain list.

A tap marks a place and opens how much and what it feels like beside the map; a tap on a marked place
opens it again to change or remove it. The list beside the map reads every choice back in words from
the patient's side ("Your LEFT calf: 7 of 10, burning"), because left/right confusion is the
commonest body-map error.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.logic.draft import IntakeDraft, PainMark
from kiosk.logic.flow import Step
from kiosk.logic.regions import GROUP_LABELS, REGION_LABELS, Group, View, catalogue
from kiosk.logic.vocab import QUALITY_LABELS, Quality, Side
from kiosk.ui.bodymap import BodyMapWidget
from kiosk.ui.legend import IntensityLegend
from kiosk.ui.steps.base import StepPage
from kiosk.ui.widgets import (
    ChipGroup,
    ChoiceGroup,
    ResponsiveGrid,
    big_button,
    body_text,
    clear_layout,
    heading,
    translate,
)

LIST = "list"
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no limit" for a widget's size


def mark_words(region: str, side: Side, mark: PainMark) -> str:
    """The read-back line: place, strength and feel."""
    words = region_words(region, side)
    if mark.intensity is None:
        return words
    amount = translate("MapPage", "%1 of 10").replace("%1", str(mark.intensity))
    feels = ", ".join(translate("vocab", QUALITY_LABELS[q]).lower() for q in Quality if q in mark.qualities)
    return f"{words}: {amount}" + (f", {feels}" if feels else "")


class MarkEditor(QFrame):
    """How much and what it feels like, for the place just tapped.

    Signals: `edited()` on any change, `removed()` and `finished()` from its buttons.
    """

    edited = Signal()
    removed = Signal()
    finished = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setProperty("role", "card")
        self.key: tuple[str, Side] | None = None
        layout = QVBoxLayout(self)
        self.place = heading("", 2)
        layout.addWidget(self.place)
        # The buttons come first so that they stay in sight without scrolling.
        buttons = QHBoxLayout()
        self.remove = big_button(self.tr("Remove"))
        self.remove.clicked.connect(self.removed)
        self.done = big_button(self.tr("Done"), role="primary")
        self.done.clicked.connect(self.finished)
        buttons.addWidget(self.remove)
        buttons.addWidget(self.done)
        layout.addLayout(buttons)
        layout.addWidget(body_text(self.tr("How much does it hurt? 0 is none, 10 is the worst."), "question"))
        self.intensity = ChoiceGroup([(n, str(n)) for n in range(11)], columns=6, name=self.tr("How much"))
        self.intensity.chosen.connect(self.edited)
        layout.addWidget(self.intensity)
        layout.addWidget(body_text(self.tr("What does it feel like? Tap all that fit."), "question"))
        self.qualities = ChipGroup(
            [(q, translate("vocab", QUALITY_LABELS[q])) for q in Quality],
            columns=2,
            name=self.tr("Feels like"),
        )
        self.qualities.toggled.connect(lambda _value, _on: self.edited.emit())
        layout.addWidget(self.qualities)

    def edit(self, key: tuple[str, Side], mark: PainMark) -> None:
        self.key = key
        words = region_words(*key)
        self.place.setText(words)
        self.remove.setAccessibleName(self.tr("Remove %1").replace("%1", words))
        self.intensity.setAccessibleName(self.tr("How much, %1").replace("%1", words))
        self.intensity.set_value(mark.intensity)
        self.qualities.set_values(set(mark.qualities))

    def mark(self) -> PainMark:
        return PainMark(self.intensity.value(), self.qualities.values())


def region_words(region: str, side: Side) -> str:
    """The patient-facing name of a marked region, with the side in capitals."""
    label = translate("regions", REGION_LABELS[region])
    if side is Side.MIDLINE:
        return label
    template = (
        translate("MapPage", "Your LEFT %1") if side is Side.LEFT else translate("MapPage", "Your RIGHT %1")
    )
    return template.replace("%1", label[0].lower() + label[1:])


class MapPage(StepPage):
    step = Step.MAP

    def __init__(self) -> None:
        super().__init__()
        self._marks: dict[tuple[str, Side], PainMark] = {}
        # Landscape: the view buttons in a column, the picture, then the list of marks beside it.
        # Portrait: the buttons in rows above the picture, the list under it (see resizeEvent).
        self.root = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.map_area = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.view_choice = ChoiceGroup(
            [
                (View.FRONT, self.tr("Front")),
                (View.BACK, self.tr("Back")),
                (View.LEGS_FRONT, self.tr("Legs, front")),
                (View.LEGS_BACK, self.tr("Legs, back")),
                (View.SOLES, self.tr("Bottom of feet")),
                (LIST, self.tr("List")),
            ],
            columns=1,
            name=self.tr("Show"),
        )
        self.view_choice.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.view_choice.chosen.connect(lambda: self._show_view(self.view_choice.value()))
        self.map_area.addWidget(self.view_choice, 0, Qt.AlignmentFlag.AlignTop)
        # No line above the picture: the chosen view's button names it, and the picture's own
        # "Your left" / "Your right" say whose side is where (its accessible description says both).
        picture = QVBoxLayout()
        self.views = QStackedWidget()
        self.maps: dict[View, BodyMapWidget] = {}
        for view in View:
            widget = BodyMapWidget(view)
            widget.region_tapped.connect(lambda region, side: self.tap(region, Side(side)))
            self.maps[view] = widget
            self.views.addWidget(widget)
        self.list_panel, self.list_chips = self._build_list()
        self.views.addWidget(self.list_panel)
        picture.addWidget(self.views, 1)
        self.map_area.addLayout(picture, 1)
        self.root.addLayout(self.map_area, 3)

        self.readback = QVBoxLayout()
        listing = QWidget()
        column = QVBoxLayout(listing)
        column.setContentsMargins(0, 0, 0, 0)
        self.marked_heading = heading(self.tr("You marked:"), 2)
        column.addWidget(self.marked_heading)
        holder = QWidget()
        holder.setLayout(self.readback)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        column.addWidget(scroll, 1)
        # The key to the colours sits with the marks it explains, out of the picture's height.
        self.legend = IntensityLegend()
        column.addWidget(self.legend)
        self.editor = MarkEditor()
        self.editor.edited.connect(self._edited)
        self.editor.removed.connect(self._remove_edited)
        self.editor.finished.connect(self._close_editor)
        editor_scroll = QScrollArea()
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setWidget(self.editor)
        self.side_panel = QStackedWidget()
        self.side_panel.addWidget(listing)
        self.side_panel.addWidget(editor_scroll)
        self.listing = listing
        self.root.addWidget(self.side_panel, 2)
        self.view_choice.set_value(View.FRONT)
        self._show_view(View.FRONT)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A portrait screen stacks the picture over the list; the view buttons stand in a column
        beside the picture where they fit in its height, else in rows above it (portrait, a low
        screen, large text)."""
        size = event.size()
        portrait = size.height() > size.width()
        column = None if portrait else self._column_width(size)
        horizontal, vertical = QBoxLayout.Direction.LeftToRight, QBoxLayout.Direction.TopToBottom
        self.root.setDirection(vertical if portrait else horizontal)
        self.map_area.setDirection(horizontal if column else vertical)
        self.view_choice.set_columns(1 if column else 3)
        if column:
            self.view_choice.setFixedWidth(column)
        else:
            self.view_choice.setMinimumWidth(0)
            self.view_choice.setMaximumWidth(QWIDGETSIZE_MAX)
        super().resizeEvent(event)

    def _column_width(self, size: QSize) -> int | None:
        """The width of the view buttons as a column (at most a fifth of the page), or None when
        the column would be taller than the page or a word would not fit."""
        grid = self.view_choice.layout()
        assert isinstance(grid, ResponsiveGrid)
        self.view_choice.set_columns(1)
        width = min(grid.sizeHint().width(), size.width() // 5)
        margins = self.root.contentsMargins()
        room = size.height() - margins.top() - margins.bottom()
        if width < grid.minimumSize().width() or grid.heightForWidth(width) > room:
            return None
        return width

    def _build_list(self) -> tuple[QScrollArea, dict[Group, ChipGroup]]:
        panel = QWidget()
        column = QVBoxLayout(panel)
        chips: dict[Group, ChipGroup] = {}
        for group in Group:
            options = [
                ((region.id, side), region_words(region.id, side))
                for region in catalogue().in_group(group)
                for side in region.sides
            ]
            column.addWidget(heading(translate("regions", GROUP_LABELS[group]), 2))
            group_chips = ChipGroup(options, columns=2, name=translate("regions", GROUP_LABELS[group]))
            group_chips.toggled.connect(lambda key, _on: self.toggle(key[0], key[1]))
            column.addWidget(group_chips)
            chips[group] = group_chips
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(panel)
        scroll.setAccessibleName(self.tr("List of body parts"))
        return scroll, chips

    def _show_view(self, view: object) -> None:
        self.views.setCurrentWidget(self.list_panel if view == LIST else self.maps[View(str(view))])

    def title(self) -> str:
        return self.tr("Where does it hurt? Tap each place.")

    def tap(self, region: str, side: Side) -> None:
        """A tap on the picture marks the place (if new) and opens it for how much and feel."""
        key = (region, side)
        self._marks.setdefault(key, PainMark())
        self.editor.edit(key, self._marks[key])
        self.side_panel.setCurrentIndex(1)
        self._refresh()
        self.changed.emit()

    def toggle(self, region: str, side: Side) -> None:
        """The list's chips and the Remove buttons: on or off, without opening the editor."""
        key = (region, side)
        if key in self._marks:
            del self._marks[key]
        else:
            self._marks[key] = PainMark()
        self._close_editor()
        self.changed.emit()

    @Slot()
    def _edited(self) -> None:
        if self.editor.key in self._marks:
            self._marks[self.editor.key] = self.editor.mark()
            self._refresh()
            self.changed.emit()

    @Slot()
    def _remove_edited(self) -> None:
        if self.editor.key in self._marks:
            del self._marks[self.editor.key]
        self._close_editor()
        self.changed.emit()

    @Slot()
    def _close_editor(self) -> None:
        self.editor.key = None
        self.side_panel.setCurrentIndex(0)
        self._refresh()

    def marks(self) -> dict[tuple[str, Side], PainMark]:
        return dict(self._marks)

    def _refresh(self) -> None:
        shown = {key: mark.intensity for key, mark in self._marks.items()}
        for widget in self.maps.values():
            widget.set_marks(shown)
        for group, chips in self.list_chips.items():
            chips.set_values({key for key in self._marks if catalogue()[key[0]].group is group})
        clear_layout(self.readback)
        self.marked_heading.setVisible(bool(self._marks))  # the title already says to tap
        for region, side in list(self._marks):
            row = QWidget()
            line = QGridLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(body_text(mark_words(region, side, self._marks[(region, side)]), "readback"), 0, 0)
            change = big_button(self.tr("Change"))
            change.setAccessibleName(self.tr("Change %1").replace("%1", region_words(region, side)))
            change.clicked.connect(lambda _checked=False, r=region, s=side: self.tap(r, s))
            line.addWidget(change, 0, 1)
            line.setColumnStretch(0, 1)
            self.readback.addWidget(row)
        self.readback.addStretch(1)

    def load(self, draft: IntakeDraft) -> None:
        self._marks = {key: PainMark(mark.intensity, set(mark.qualities)) for key, mark in draft.pain.items()}
        self.view_choice.set_value(View.FRONT)
        self._show_view(View.FRONT)
        self._close_editor()

    def store(self, draft: IntakeDraft) -> None:
        draft.pain = {key: PainMark(mark.intensity, set(mark.qualities)) for key, mark in self._marks.items()}
