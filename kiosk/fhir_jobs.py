"""The FHIR outbox's sender for the running kiosk: a worker thread POSTs, the GUI thread records.

The database stays with the thread that owns it (single writer): this object reads the next due
intake, hands the record to one worker thread (a daemon: a kiosk closing mid-send does not wait for
the server), which builds the Bundle (a PDF build) and waits on the network, and records the answer
when the worker's signal comes back. One send at a time; the
next due intake follows at once, and a timer looks again when the earliest back-off ends (at most
a minute later, so an intake queued by a restart of the server's side is not forgotten).
`kiosk.fhir_delivery` (the Bundle, the FHIR resources, the HTTP client) is imported at the first
send, not with this module: the kiosk builds this object before its first frame.

Signals: `changed(str)` with the intake id whose delivery state was recorded.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kiosk.fhir_client import TIMEOUT_SECONDS, SendResult
from kiosk.logic.config import Settings
from kiosk.logic.storage import Store
from kiosk.logs import where

if TYPE_CHECKING:
    from kiosk.fhir_delivery import SendJob

log = logging.getLogger(__name__)
LOOK_MS = 60_000


class _Relay(QObject):
    """Carries a worker's result to the GUI thread (a queued signal: emitted there, handled here)."""

    done = Signal(str, object)


class FhirJobs(QObject):
    changed = Signal(str)

    def __init__(
        self,
        store: Store,
        settings: Settings,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now().astimezone(),
        timeout: float = TIMEOUT_SECONDS,
        look_ms: int = LOOK_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.clock = clock
        self.timeout = timeout
        self._work: queue.Queue[tuple[SendJob, Settings] | None] = queue.Queue()
        self._worker: threading.Thread | None = None
        self._busy: str | None = None
        self._relay = _Relay(self)
        self._relay.done.connect(self._finished)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(look_ms)
        self.timer.timeout.connect(self.send_due)
        self._look_ms = look_ms
        self._stopped = True

    def start(self) -> None:
        """Send what waits (a kiosk restarted after a crash or a down server resends from here)."""
        self._stopped = False
        self.send_due()

    @property
    def enabled(self) -> bool:
        return bool(self.settings.fhir_base_url)

    @property
    def busy(self) -> bool:
        return self._busy is not None

    def apply_settings(self, settings: Settings) -> None:
        self.settings = settings
        self.send_due()

    def stop(self) -> None:
        """No new sends. A send on the wire ends by its timeout and is recorded by no one: the
        intake stays waiting and goes again at the next start, which duplicates nothing."""
        self._stopped = True
        self.timer.stop()
        if self._worker is not None:
            self._work.put(None)
            self._worker = None

    def _run(self, work: queue.Queue[tuple[SendJob, Settings] | None]) -> None:
        """The worker thread: build and POST, nothing else (no database, no widgets)."""
        from kiosk import fhir_delivery  # noqa: PLC0415 - see the module docstring

        while (item := work.get()) is not None:
            job, settings = item
            try:
                result = fhir_delivery.attempt(job, settings, self.timeout)
            except Exception as error:  # a Bundle that cannot be built: tried again later, never lost
                log.error("FHIR send failed: %s at %s", type(error).__name__, where(error.__traceback__))
                result = SendResult(
                    "retry", None, f"the kiosk could not build the Bundle ({type(error).__name__})", 0.0
                )
            try:
                self._relay.done.emit(job.intake_id, result)
            except RuntimeError:  # the window closed meanwhile: the intake is still waiting
                return

    @Slot()
    def send_due(self) -> None:
        """Start the next due send, unless one is on its way, sending is off or the service stopped."""
        if self.busy or self._stopped or not self.enabled:
            return
        from kiosk import fhir_delivery  # noqa: PLC0415 - see the module docstring

        job = None
        try:
            for intake_id in self.store.outbox.due(self.clock(), limit=1):
                job = fhir_delivery.job_for(self.store, intake_id)
        except Exception as error:  # a locked database: try again at the next look
            log.error("FHIR outbox read failed: %s at %s", type(error).__name__, where(error.__traceback__))
        if job is None:
            self._look_later()
            return
        self._busy = job.intake_id
        if self._worker is None:
            self._work = queue.Queue()
            self._worker = threading.Thread(
                target=self._run, args=(self._work,), name="fhir-send", daemon=True
            )
            self._worker.start()
        self._work.put((job, self.settings))

    @Slot(str, object)
    def _finished(self, intake_id: str, result: SendResult) -> None:
        from kiosk import fhir_delivery  # noqa: PLC0415 - see the module docstring

        self._busy = None
        try:
            fhir_delivery.record(self.store, intake_id, result, self.clock())
        except Exception as error:  # not recorded: still waiting, sent again later (no duplicate)
            log.error("FHIR result not recorded: %s at %s", type(error).__name__, where(error.__traceback__))
        self.changed.emit(intake_id)
        self.send_due()

    def _look_later(self) -> None:
        """Wake when the earliest back-off ends, and at least every `look_ms`."""
        try:
            due = self.store.outbox.next_due()
        except Exception:
            due = None
        wait = self._look_ms
        if due is not None:
            wait = max(0, min(wait, int((due - self.clock()).total_seconds() * 1000) + 1))
        self.timer.start(wait)
