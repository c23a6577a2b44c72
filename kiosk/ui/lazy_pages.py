"""The patient screen's step pages, each built when it is first wanted.

Only the page on screen is built at first; the others follow one per turn of the event loop once
that page has been painted (`build_the_rest`, called from the screen's `paintEvent`), so the patient
sees the first screen without waiting for ten hidden ones. A page asked for before its turn is built
at once. `rebuild` starts over (a new language, the clinic renamed): the old pages go at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QStackedWidget

from kiosk.logic import flow
from kiosk.logic.flow import Step
from kiosk.logs import where
from kiosk.ui.steps.base import StepPage

log = logging.getLogger(__name__)


class LazyPages(QObject):
    """The pages built so far (`built`, by step) in `stack`; `new_page` makes one, `add_page` wires it
    into the screen. Signals: `all_built()` once every page exists (again after each `rebuild`)."""

    all_built = Signal()

    def __init__(
        self,
        stack: QStackedWidget,
        new_page: Callable[[Step], StepPage],
        add_page: Callable[[StepPage], None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._stack = stack
        self._new_page = new_page
        self._add_page = add_page
        self.built: dict[Step, StepPage] = {}
        self._retired: list[StepPage] = []
        self._unbuildable: set[Step] = set()
        self._builder = QTimer(self)
        self._builder.setSingleShot(True)
        self._builder.setInterval(0)
        self._builder.timeout.connect(self.build_next)

    def get(self, step: Step) -> StepPage:
        """The page of `step`, built now if its turn has not come yet."""
        if step not in self.built:
            page = self._new_page(step)
            self.built[page.step] = page
            self._stack.addWidget(page)
            self._add_page(page)
        return self.built[step]

    def rebuild(self, first: Step) -> None:
        """Start over (in the current language): the old pages go at once, not at the next turn;
        only the page of `first` is built now, the rest after the next paint (`build_the_rest`)."""
        self._retired = list(self.built.values())  # kept alive until Qt deletes them
        for old in self._retired:
            self._stack.removeWidget(old)
            old.hide()
            old.setParent(None)
            old.deleteLater()
        self.built = {}
        self._unbuildable = set()
        self.get(first)

    def build_the_rest(self) -> None:
        """After a paint: build the missing pages, one per turn of the event loop, starting once
        this frame is finished."""
        if len(self.built) + len(self._unbuildable) < len(flow.ORDER) and not self._builder.isActive():
            self._builder.start()

    @Slot()
    def build_next(self) -> None:
        """Build the next missing page. One that fails (a broken install) is logged and skipped: the
        patient on Welcome is not sent to the fault page for a page they may never reach, and if
        they do reach it, building it then fails where the fault handler takes over."""
        missing = [step for step in flow.ORDER if step not in self.built and step not in self._unbuildable]
        if missing:
            try:
                self.get(missing[0])
            except Exception as error:  # any failure, logged by type and place
                self._unbuildable.add(missing[0])
                log.error(
                    "page %s not built: %s at %s",
                    missing[0].value,
                    type(error).__name__,
                    where(error.__traceback__),
                )
        if len(missing) > 1:
            self._builder.start()
        else:
            self.all_built.emit()
