"""The protocol every step page follows: a `changed` signal, `load(draft)` and `store(draft)`."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kiosk.logic.draft import IntakeDraft
from kiosk.logic.flow import Step


class StepPage(QWidget):
    """A screen of the wizard. Pages that hold no answers keep the default `load`/`store`.

    Signals: `changed()` whenever the patient changes an answer on this page.
    """

    changed = Signal()
    step: Step

    def title(self) -> str:
        raise NotImplementedError

    def load(self, draft: IntakeDraft) -> None:
        """Show the draft's answers; a fresh draft must leave no trace of the previous patient."""

    def store(self, draft: IntakeDraft) -> None:
        """Write this page's answers into the draft."""

    def first_missing(self) -> QWidget | None:
        """The first question on this page still waiting for an answer, for "Show me where"; None
        where there is none, or where the page is short enough to see at once."""
        return None
