"""Where the patient screen's Back, Next, an edit from Review and Send lead, and what each saves.

`kiosk.logic.flow.Journey` decides the next step and when staff are alerted; this part of the
patient screen (`PatientScreen`, kiosk/ui/shell.py, which shows the steps) carries the decision out: it
saves the draft after every change (a failed write is told to staff, never shown to the patient as
a fault), records the staff alert with the answer that raised it and delivers it, and submits.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import SignalInstance, Slot
from PySide6.QtWidgets import QLabel

from kiosk import submission
from kiosk.jobs import Jobs
from kiosk.logic import flow
from kiosk.logic.alerts import Alert, alert_for
from kiosk.logic.config import Settings
from kiosk.logic.dbfile import describe
from kiosk.logic.draft import IntakeDraft
from kiosk.logic.flow import Step
from kiosk.logic.record import IntakeRecord
from kiosk.logic.storage import Store, StoreError
from kiosk.logs import where
from kiosk.ui.steps.base import StepPage
from kiosk.ui.steps.messages import AlertPage

log = logging.getLogger(__name__)


class Screen(Protocol):
    """What the routing uses of the screen it is mixed into (`PatientScreen`), for the type checker."""

    store: Store
    settings: Settings
    jobs: Jobs
    clock: Callable[[], datetime]
    draft: IntakeDraft
    journey: flow.Journey
    step: Step
    problems: QLabel
    _submitted: IntakeRecord | None

    @property
    def submitted(self) -> SignalInstance: ...
    @property
    def alert_raised(self) -> SignalInstance: ...
    @property
    def storage_failed(self) -> SignalInstance: ...
    def tr(self, source: str, /, disambiguation: str | None = ..., n: int = ...) -> str: ...
    def page(self, step: Step | None = None) -> StepPage: ...
    def current_problems(self) -> list[str]: ...
    def reset(self) -> None: ...
    def _show(self, step: Step) -> None: ...
    def _update(self) -> None: ...
    def _raise_alert(self) -> None: ...
    def _submit(self) -> None: ...
    def _saving(self, action: str) -> AbstractContextManager[None]: ...


class StepRouting:
    """Mixed into `PatientScreen`: its routing, on the screen's own state (each method's `self` is the
    screen, `Screen`), in a module of its own so that the screen's module is about showing the steps."""

    _submitted: IntakeRecord | None
    """The record this patient sent (set by `_submit`), None until then."""

    @Slot()
    def _on_changed(self: Screen) -> None:
        self.page().store(self.draft)
        if self.step is not Step.WELCOME:
            with self._saving("draft save"):
                self.store.save_draft(self.draft)
        self._update()

    @Slot()
    def go_back(self: Screen) -> None:
        previous = flow.previous_step(self.step)
        if previous is not None:
            self.page().store(self.draft)
            self._show(previous)

    @Slot()
    def go_next(self: Screen) -> None:
        self.page().store(self.draft)
        if self.current_problems():
            self._update()
            return
        if self.step is Step.DONE:
            self.reset()
            return
        if self.step is Step.REVIEW:
            self._submit()
            return
        move = self.journey.forward(self.step, self.draft, self.clock())
        if move.alert is not None:
            self._raise_alert()  # saves the draft with the alert
        else:
            with self._saving("draft save"):
                self.store.save_draft(self.draft)
        self._show(move.to)

    @Slot(object)
    def _edit(self: Screen, step: object) -> None:
        self.journey.edit()
        self._show(Step(str(step)))

    def _raise_alert(self: Screen) -> None:
        """Record the alert with the answer that raised it (one transaction), then deliver it. The
        alert page says staff were told only once its file is in the output folder."""
        now = self.clock()
        tier, flags = flow.safety_flags(self.draft, now)
        alert = alert_for(self.draft, tier, flags, now)
        page = self.page(Step.ALERT)
        assert isinstance(page, AlertPage)
        page.set_staff_told(False)
        try:
            self.store.save_draft(self.draft, alert)
        except Exception as error:  # a database that refuses: the file is then the only way to tell staff
            log.error("staff alert not recorded: %s at %s", type(error).__name__, where(error.__traceback__))
            self.jobs.deliver_unrecorded(alert)
            self.storage_failed.emit(describe(error))
        else:
            self.jobs.deliver_alerts()
        self.alert_raised.emit(tier.value)

    @Slot(object)
    def _alert_delivered(self: Screen, alert: object) -> None:
        """The alert of the patient on screen reached the output folder: now staff know."""
        assert isinstance(alert, Alert)
        if alert.intake_id == self.draft.id and alert.tier is self.journey.alerted:
            page = self.page(Step.ALERT)
            assert isinstance(page, AlertPage)
            page.set_staff_told(True)

    @contextmanager
    def _saving(self: Screen, action: str) -> Iterator[None]:
        """A database write the patient did not wait for: when it fails (a full disk, a deleted or
        replaced file) the answers stay on screen and in the draft, staff are told, and the patient
        carries on rather than lose the form to the fault page."""
        try:
            yield
        except (StoreError, sqlite3.Error, OSError) as error:
            problem = describe(error)
            log.error("%s failed (%s) at %s", action, problem, where(error.__traceback__))
            self.storage_failed.emit(problem)

    def _submit(self: Screen) -> None:
        try:
            result = submission.submit(self.draft, self.store, self.settings, self.clock())
        except Exception as error:  # the message may quote the patient's answers: type and place only
            problem = describe(error)
            log.error("submit failed (%s) at %s", problem, where(error.__traceback__))
            self.problems.setText(self.tr("Something went wrong. Please ask the front desk."))
            if isinstance(error, (StoreError, sqlite3.Error, OSError)):
                self.storage_failed.emit(problem)
            return
        self._submitted = result.record
        self.jobs.write_pdf(result.record.id)  # on the output worker: Done shows at once
        self.submitted.emit(result)
        self.journey.sent()
        self._show(Step.DONE)
