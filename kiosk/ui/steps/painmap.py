"""Where it hurts: the body diagram (front, back, soles) and the same regions as a plain list.

The list beside the map reads every choice back in words from the patient's side ("Your LEFT calf"),
because left/right confusion is the commonest body-map error.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.logic.draft import IntakeDraft, PainMark
from kiosk.logic.flow import Step
from kiosk.logic.regions import GROUP_LABELS, REGION_LABELS, Group, View, catalogue
from kiosk.logic.vocab import Side
from kiosk.ui.bodymap import BodyMapWidget
from kiosk.ui.steps.base import StepPage
from kiosk.ui.widgets import ChipGroup, ChoiceGroup, big_button, body_text, heading, translate

LIST = "list"


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
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.view_choice = ChoiceGroup(
            [
                (View.FRONT, self.tr("Front")),
                (View.BACK, self.tr("Back")),
                (View.SOLES, self.tr("Bottom of feet")),
                (LIST, self.tr("List")),
            ],
            name=self.tr("Show"),
        )
        self.view_choice.chosen.connect(lambda: self._show_view(self.view_choice.value()))
        left.addWidget(self.view_choice)
        self.views = QStackedWidget()
        self.maps: dict[View, BodyMapWidget] = {}
        for view in View:
            widget = BodyMapWidget(view)
            widget.region_tapped.connect(lambda region, side: self.toggle(region, Side(side)))
            self.maps[view] = widget
            self.views.addWidget(widget)
        self.list_panel, self.list_chips = self._build_list()
        self.views.addWidget(self.list_panel)
        left.addWidget(self.views, 1)
        layout.addLayout(left, 3)

        right = QVBoxLayout()
        right.addWidget(heading(self.tr("You marked:"), 2))
        self.readback = QVBoxLayout()
        holder = QWidget()
        holder.setLayout(self.readback)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        right.addWidget(scroll, 1)
        layout.addLayout(right, 2)
        self.view_choice.set_value(View.FRONT)

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

    def toggle(self, region: str, side: Side) -> None:
        key = (region, side)
        if key in self._marks:
            del self._marks[key]
        else:
            self._marks[key] = PainMark()
        self._refresh()
        self.changed.emit()

    def marks(self) -> dict[tuple[str, Side], PainMark]:
        return dict(self._marks)

    def _refresh(self) -> None:
        shown = {key: mark.intensity for key, mark in self._marks.items()}
        for widget in self.maps.values():
            widget.set_marks(shown)
        for group, chips in self.list_chips.items():
            chips.set_values({key for key in self._marks if catalogue()[key[0]].group is group})
        while self.readback.count():
            item = self.readback.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        if not self._marks:
            self.readback.addWidget(body_text(self.tr("Nothing yet. Tap the picture or use the list."), "help"))
        for region, side in self._marks:
            row = QWidget()
            line = QGridLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(body_text(region_words(region, side), "readback"), 0, 0)
            remove = big_button(self.tr("Remove"))
            remove.setAccessibleName(self.tr("Remove %1").replace("%1", region_words(region, side)))
            remove.clicked.connect(lambda _checked=False, r=region, s=side: self.toggle(r, s))
            line.addWidget(remove, 0, 1)
            line.setColumnStretch(0, 1)
            self.readback.addWidget(row)
        self.readback.addStretch(1)

    def load(self, draft: IntakeDraft) -> None:
        self._marks = {key: PainMark(mark.intensity, set(mark.qualities)) for key, mark in draft.pain.items()}
        self.view_choice.set_value(View.FRONT)
        self._show_view(View.FRONT)
        self._refresh()

    def store(self, draft: IntakeDraft) -> None:
        kept = {key: draft.pain.get(key, mark) for key, mark in self._marks.items()}
        draft.pain = kept
