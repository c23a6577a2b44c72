"""What staff do to the intake chosen in the Intakes tab's list: mark it reviewed, send it to the
chart again, delete it; and mark the alerts of unfinished forms dealt with.

A mixin of `StaffScreen` (kiosk/ui/staff.py), beside the list it acts on (kiosk/ui/staff_intakes.py)
and the files it writes (kiosk/ui/staff_files.py). Each action ends in one `refresh`. A folder or
database failure in any staff action is one line for staff (`_reporting`), never the fault handler.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel

from kiosk.jobs import Jobs
from kiosk.logic.config import Paths
from kiosk.logic.dbfile import describe
from kiosk.logic.storage import Store, StoreError
from kiosk.logic.storage_rows import IntakeSummary

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget as _Widget
else:
    _Widget = object

log = logging.getLogger(__name__)


class IntakeActions(_Widget):
    """Mixed into `StaffScreen`; the state it reads is the screen's (declared here for the type checker)."""

    store: Store
    paths: Paths
    jobs: Jobs
    clock: Callable[[], datetime]
    unfinished_alerts: list[str]
    feedback: QLabel

    if TYPE_CHECKING:

        def _confirmed(self, question: str) -> bool: ...
        def _current(self) -> IntakeSummary | None: ...
        def refresh(self) -> None: ...

    @Slot()
    def mark_alerts_seen(self) -> None:
        """Staff have seen to the patients of unfinished forms with alerts (a sent form's alert is
        dealt with by marking its intake reviewed)."""
        with self._reporting("alerts seen"):
            self.store.mark_alerts_seen(self.unfinished_alerts)
            self.refresh()

    def selected(self) -> IntakeSummary | None:
        item = self._current()
        if item is None:
            self.feedback.setText(self.tr("Choose an intake in the list first."))
        return item

    @contextmanager
    def _reporting(self, action: str) -> Iterator[None]:
        """Run one staff action, turning a folder or database failure into one line for staff.

        The line from an earlier action is cleared first, so it never sits next to a later result.
        The log gets the error type only: messages can hold names and paths.
        """
        self.feedback.clear()
        try:
            yield
        except (OSError, sqlite3.Error, StoreError) as error:
            log.warning("staff action %s failed (%s)", action, describe(error))
            if describe(error) == "disk full":
                self.feedback.setText(self.tr("The disk is full: nothing was saved. Free some space."))
            elif isinstance(error, OSError):
                self.feedback.setText(
                    self.tr(
                        "The folder %1 cannot be reached or written to. Check it, or choose another in Settings."
                    ).replace("%1", str(self.paths.output_dir))
                )
            else:
                self.feedback.setText(self.tr("The database is busy; try again in a moment."))

    @Slot()
    def toggle_reviewed(self) -> None:
        with self._reporting("mark reviewed"):
            item = self.selected()
            if item is None:
                return
            self.store.mark_reviewed(item.id, not item.reviewed)
            self.store.audit(
                "marked reviewed" if not item.reviewed else "marked not reviewed", intake_id=item.id
            )
            self.refresh()

    @Slot()
    def send_selected_again(self) -> None:
        """Queue the chosen intake for the FHIR server now (a refused one once its cause is fixed);
        the server's conditional creates make a second copy of one already there a no-op."""
        with self._reporting("send to the chart again"):
            item = self.selected()
            if item is None:
                return
            self.store.outbox.send_again(item.id, self.clock())
            self.jobs.fhir.send_due()
            self.refresh()
            self.feedback.setText(self.tr("Queued for the chart; the list shows when it is sent."))

    @Slot()
    def delete_selected(self) -> None:
        with self._reporting("delete"):
            item = self.selected()
            if item is None:
                return
            question = self.tr(
                "Delete the intake of %1? This cannot be undone. Its PDF and any alert file in the "
                "output folder are not deleted: remove them there if they must go too."
            ).replace("%1", f"{item.first_name} {item.last_name}")
            if not self._confirmed(question):
                return
            self.store.delete(item.id)
            self.feedback.setText(self.tr("Deleted."))
            self.refresh()
