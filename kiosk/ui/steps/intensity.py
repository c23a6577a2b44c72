"""How much and what it feels like, for each marked place."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QVBoxLayout

from kiosk.logic.draft import IntakeDraft, PainMark
from kiosk.logic.flow import Step
from kiosk.logic.vocab import QUALITY_LABELS, Quality, Side
from kiosk.ui.steps.base import StepPage
from kiosk.ui.steps.painmap import region_words
from kiosk.ui.widgets import (
    ChipGroup,
    ChoiceGroup,
    body_text,
    clear_layout,
    heading,
    scrolling_column,
    translate,
)


class MarkCard(QFrame):
    """One marked place: a 0–10 row and the quality chips."""

    def __init__(self, region: str, side: Side, mark: PainMark, on_change: Callable[[], None]) -> None:
        super().__init__()
        self.key = (region, side)
        self.setProperty("role", "card")
        words = region_words(region, side)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(words, 2))
        layout.addWidget(
            body_text(self.tr("How much does it hurt? 0 is no pain, 10 is the worst."), "question")
        )
        self.intensity = ChoiceGroup(
            [(n, str(n)) for n in range(11)], name=self.tr("How much, %1").replace("%1", words)
        )
        self.intensity.set_value(mark.intensity)
        layout.addWidget(self.intensity)
        layout.addWidget(body_text(self.tr("What does it feel like? Tap all that fit."), "question"))
        self.qualities = ChipGroup(
            [(q, translate("vocab", QUALITY_LABELS[q])) for q in Quality],
            columns=3,
            name=self.tr("Feels like, %1").replace("%1", words),
        )
        self.qualities.set_values(set(mark.qualities))
        layout.addWidget(self.qualities)
        self.intensity.chosen.connect(on_change)
        self.qualities.toggled.connect(lambda _v, _on: on_change())


class IntensityPage(StepPage):
    step = Step.INTENSITY

    def __init__(self) -> None:
        super().__init__()
        self.cards: list[MarkCard] = []
        self._column = scrolling_column(self)

    def title(self) -> str:
        return self.tr("How much does it hurt, and what does it feel like?")

    def load(self, draft: IntakeDraft) -> None:
        clear_layout(self._column)
        self.cards = [
            MarkCard(region, side, mark, self.changed.emit) for (region, side), mark in draft.pain.items()
        ]
        for card in self.cards:
            self._column.addWidget(card)
        self._column.addStretch(1)

    def store(self, draft: IntakeDraft) -> None:
        for card in self.cards:
            if card.key in draft.pain:
                draft.pain[card.key] = PainMark(card.intensity.value(), card.qualities.values())
