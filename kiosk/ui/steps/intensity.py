"""How much and what it feels like, for each marked place."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from kiosk.logic.draft import IntakeDraft, PainMark
from kiosk.logic.flow import Step
from kiosk.logic.vocab import QUALITY_LABELS, Quality, Side
from kiosk.ui.steps.base import StepPage
from kiosk.ui.steps.painmap import region_words
from kiosk.ui.widgets import (
    ChipGroup,
    ChoiceGroup,
    body_text,
    heading,
    scrolling_column,
    translate,
)


class MarkCard(QFrame):
    """One marked place: a 0–10 row and the quality chips, under the page's one instruction (said
    once, not on every card: the second card's words would only repeat the first's)."""

    def __init__(self, region: str, side: Side, mark: PainMark, on_change: Callable[[], None]) -> None:
        super().__init__()
        self.key = (region, side)
        self.setProperty("role", "card")
        words = region_words(region, side)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(words, 2))
        self.intensity = ChoiceGroup(
            [(n, str(n)) for n in range(11)], name=self.tr("How much, %1").replace("%1", words)
        )
        layout.addWidget(self.intensity)
        self.qualities = ChipGroup(
            [(q, translate("vocab", QUALITY_LABELS[q])) for q in Quality],
            columns=3,
            name=self.tr("Feels like, %1").replace("%1", words),
        )
        layout.addWidget(self.qualities)
        self.set_mark(mark)
        self.intensity.chosen.connect(on_change)
        self.qualities.toggled.connect(lambda _v, _on: on_change())

    def set_mark(self, mark: PainMark) -> None:
        """Show the draft's answers without emitting `chosen` or `toggled`: loading is no change."""
        self.intensity.set_value(mark.intensity)
        self.qualities.set_values(set(mark.qualities))


class IntensityPage(StepPage):
    step = Step.INTENSITY

    def __init__(self) -> None:
        super().__init__()
        self.cards: list[MarkCard] = []
        self._column = scrolling_column(self)
        self._column.addWidget(
            body_text(self.tr("0 is no pain, 10 is the worst. Tap every word that fits."), "lead")
        )
        self._column.addStretch(1)  # stays last: cards are inserted before it

    def title(self) -> str:
        return self.tr("How much does it hurt, and what does it feel like?")

    def load(self, draft: IntakeDraft) -> None:
        """Keep the cards of places still marked: each holds ~19 buttons that Qt would build and
        size again on every visit. A card is kept only while it stays in the draft's order (tab
        order follows creation, not the layout), so a place marked again after others gets a new
        card at the end. A place no longer marked loses its card at once: a fresh draft leaves no
        trace of the previous patient."""
        keys = list(draft.pain)
        kept: list[MarkCard] = []
        for card in self.cards:
            if len(kept) < len(keys) and card.key == keys[len(kept)]:
                card.set_mark(draft.pain[card.key])
                kept.append(card)
            else:
                self._column.removeWidget(card)
                card.hide()
                card.setParent(None)
                card.deleteLater()
        self.cards = kept
        for region, side in keys[len(kept) :]:
            card = MarkCard(region, side, draft.pain[(region, side)], self.changed.emit)
            self._column.insertWidget(len(self.cards) + 1, card)  # after the instruction
            self.cards.append(card)

    def first_missing(self) -> QWidget | None:
        return next((card for card in self.cards if card.intensity.value() is None), None)

    def store(self, draft: IntakeDraft) -> None:
        for card in self.cards:
            if card.key in draft.pain:
                draft.pain[card.key] = PainMark(card.intensity.value(), card.qualities.values())
