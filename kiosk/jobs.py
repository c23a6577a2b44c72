"""Background work nobody on screen waits for: staff alerts and owed PDFs to the output folder,
intakes to the clinic's FHIR server (`fhir`, see kiosk.fhir_jobs), the retention purge and the daily
backup copy of the database. Built by `kiosk.ui.app`, shared by the patient side and the staff screen.

Each job is a delivery of something already safe in the database, so a failure (a share that is
down, a full disk, a locked database) is logged and left for the next turn; it never reaches the
fault page, which would wipe the form of whoever is using the kiosk. Everything that touches the
output folder runs on the output worker's thread (`kiosk.worker`), alerts first, at once and then
every minute until they land; owed PDFs follow one at a time, once the folder takes files again.
The database is read and written only here, on the GUI thread, when each result comes back.
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any, cast

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kiosk import submission
from kiosk.fhir_jobs import FhirJobs
from kiosk.logic.alerts import Alert
from kiosk.logic.backup import backup_due, make_backup, remove_unfinished
from kiosk.logic.config import Paths, Settings
from kiosk.logic.dbfile import describe
from kiosk.logic.storage import Store, StoreError
from kiosk.logs import where
from kiosk.output_folder import clean_folder, missing_pdfs
from kiosk.worker import OutputWorker, Priority

log = logging.getLogger(__name__)
RETRY_MS = 60_000
PURGE_MS = 24 * 60 * 60 * 1000


@contextmanager
def background(job: str) -> Iterator[None]:
    """Run a job nobody on screen asked for: a failure is logged by type and place, never raised.
    The job's data may hold patient details, so the error's message is not logged."""
    try:
        yield
    except Exception as error:  # any failure: left for the next turn
        log.error("%s failed (%s) at %s", job, describe(error), where(error.__traceback__))


class Jobs(QObject):
    """Signals: `alert_delivered(object)` with the `Alert` whose file is now in the output folder;
    `pdf_written(str, object)` with an intake id and the `PdfWrite` of each attempt at its PDF."""

    alert_delivered = Signal(object)
    pdf_written = Signal(str, object)

    def __init__(
        self,
        store: Store,
        settings: Settings,
        paths: Paths,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now().astimezone(),
        retry_ms: int = RETRY_MS,
        purge_ms: int = PURGE_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.paths = paths
        self.clock = clock
        # Not a child of this object: the thread may still be emitting when a window and its jobs
        # are deleted, and a sender deleted under it would crash; a parentless one lives as long
        # as the thread holds it, and Qt drops a result queued for a receiver that is gone.
        self.worker = OutputWorker()
        self.worker.finished.connect(self._finished)
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(retry_ms)
        self.retry_timer.timeout.connect(self.retry)
        self.purge_timer = QTimer(self)
        self.purge_timer.setInterval(purge_ms)
        self.purge_timer.timeout.connect(self.purge_expired)
        self._alerts_in_flight: set[tuple[str, str]] = set()
        self.unrecorded: list[Alert] = []
        """Alerts the database refused (a full disk, a replaced file), held here until it takes them:
        each minute they are offered to it again, and those whose file is not yet in the output folder
        are delivered again; the staff screen names them meanwhile."""
        self._pdfs_in_flight: set[str] = set()
        self._owed: list[str] = []
        self._draining = False
        self._written = 0
        self._staff_numbers = itertools.count()
        self._staff_waiting: dict[int, Callable[[object], None]] = {}
        self.fhir = FhirJobs(store, settings, clock=clock, parent=self)

    @Slot()
    def start(self) -> None:
        """After the first screen is up: clean up what a killed kiosk left, deliver what is owed
        (alerts first), purge, and from then on retry every minute and purge daily."""
        self.clean_leftovers()
        self.retry()
        self.purge_expired()
        self.retry_timer.start()
        self.purge_timer.start()
        self.fhir.start()

    def stop(self) -> None:
        """Stop the timers, the FHIR sends and the worker thread (what is still owed is done at the
        next start)."""
        self.retry_timer.stop()
        self.purge_timer.stop()
        self.fhir.stop()
        self.worker.stop()

    def apply_settings(self, settings: Settings, paths: Paths) -> None:
        """Settings saved on the staff screen: the next delivery goes to the new folder."""
        self.settings = settings
        self.paths = paths
        self.fhir.apply_settings(settings)

    @Slot()
    def retry(self) -> None:
        """Every minute: owed alerts, then owed PDFs."""
        self._record_held()
        self.deliver_alerts()
        for alert in self.unrecorded:
            if alert.delivered_path is None:
                self._deliver(alert)
        self.retry_pending_pdfs()

    def busy(self) -> bool:
        """Whether output-folder work is queued or running (for the staff screen's feedback)."""
        return bool(self._alerts_in_flight or self._pdfs_in_flight or self._draining)

    @Slot(object, object)
    def _finished(self, token: object, result: object) -> None:
        """A worker job is done: record its outcome (the database's one writer is this thread)."""
        kind, value = cast("tuple[str, Any]", token)  # our own (kind, subject) from `submit`
        if kind == "staff":
            self._staff_waiting.pop(value)(result)
            return
        if isinstance(result, Exception) and kind not in ("alert", "pdf"):
            log.error("%s failed (%s)", kind, describe(result))
            if kind == "probe":
                self._draining = False
            return
        if kind == "alert":
            self._alert_done(value, result)
        elif kind == "pdf":
            self._pdf_done(value, result)
        elif kind == "probe":
            self._probe_done(bool(result))
        elif kind == "missing":
            self._missing_done(cast("list[str]", result))

    def for_staff(self, work: Callable[[], object], done: Callable[[object], None]) -> None:
        """Output-folder work a staff action asked for (an export, a look for a PDF) on the worker,
        after alerts, before owed PDFs: a share that hangs must not freeze the staff screen either.
        `done` gets the result, or the exception `work` raised, back on the GUI thread."""
        number = next(self._staff_numbers)
        self._staff_waiting[number] = done
        self.worker.submit(("staff", number), work, Priority.STAFF)

    # -- alerts --------------------------------------------------------------------------------

    def deliver_alerts(self) -> None:
        """Queue the file of every recorded alert not yet in the output folder, oldest first."""
        with background("staff alert delivery"):
            for alert in self.store.undelivered_alerts():
                self._deliver(alert)

    def _record_held(self) -> None:
        """Offer the held alerts to the database again, oldest first; stop at the first refusal."""
        while self.unrecorded:
            alert = self.unrecorded[0]
            try:
                seq = self.store.record_alert(alert)
            except (sqlite3.Error, StoreError, OSError) as error:  # still refused: kept, tried next minute
                log.warning("held staff alert still not recorded (%s)", describe(error))
                return
            self.unrecorded.pop(0)
            log.info("held staff alert recorded (row %d)", seq)

    def deliver_unrecorded(self, alert: Alert) -> None:
        """An alert the database refused to record: its file is then the only way staff hear of it,
        so it is held (in memory: the database is what failed) and tried again until it is there."""
        key = (alert.intake_id, alert.tier.value)
        if key not in {(a.intake_id, a.tier.value) for a in self.unrecorded}:
            self.unrecorded.append(alert)
        self._deliver(alert)

    def _deliver(self, alert: Alert) -> None:
        key = (alert.intake_id, alert.tier.value)
        if key in self._alerts_in_flight:
            return
        self._alerts_in_flight.add(key)
        folder = self.paths.output_dir
        self.worker.submit(("alert", alert), lambda: submission.write_alert(alert, folder), Priority.ALERT)

    def _alert_done(self, alert: Alert, result: object) -> None:
        self._alerts_in_flight.discard((alert.intake_id, alert.tier.value))
        if isinstance(result, Exception):
            log.error("staff alert file not written, kept for retry (%s)", describe(result))
            return
        if alert.seq is not None:
            with background("staff alert bookkeeping"):
                self.store.mark_alert_delivered(alert.seq, str(result))
        else:  # still held until the database takes it, now with where its file went
            delivered = dataclasses.replace(alert, delivered_path=str(result))
            self.unrecorded = [delivered if a is alert else a for a in self.unrecorded]
        self.alert_delivered.emit(alert)

    def clean_leftovers(self) -> None:
        """At start: a killed kiosk leaves temporary files behind. A PDF part is removed (its PDF is
        still owed, so it is written again), and so is a staff export's (staff saw it not finish); an
        alert's temporary file is removed when the database holds its alert (delivered again from
        there), else delivered as it is (an older kiosk wrote it before alerts were recorded), so
        what it says still reaches staff. A half-made database copy or restore goes too."""
        with background("unfinished backup clean-up"):  # the data folder: local, quick
            if remove_unfinished(self.store.path):
                log.warning("half-made database copy of a killed kiosk removed")
        with background("leftover clean-up"):
            recorded = self.store.alerted_intake_ids()
            folder = self.paths.output_dir
            self.worker.submit(("clean-up", None), lambda: clean_folder(folder, recorded), Priority.ALERT)

    # -- PDFs ----------------------------------------------------------------------------------

    def write_pdf(self, intake_id: str) -> None:
        """Write (or write again) one intake's PDF on the worker; `pdf_written` reports it."""
        if intake_id in self._pdfs_in_flight:
            return
        with background("PDF job"):
            job = submission.pdf_job(self.store, intake_id, self.settings, self.paths)
            if job is None:
                return
            self._pdfs_in_flight.add(intake_id)
            self.worker.submit(("pdf", intake_id), lambda: submission.write_job(job), Priority.PDF)

    def _pdf_done(self, intake_id: str, result: object) -> None:
        self._pdfs_in_flight.discard(intake_id)
        if isinstance(result, Exception):  # write_job returns its failures; this is a bug's
            log.error("PDF job failed (%s)", describe(result))
            result = submission.PdfWrite(None, type(result))
        assert isinstance(result, submission.PdfWrite)
        with background("PDF bookkeeping"):
            submission.record_write(self.store, intake_id, result)
            if result.path is not None:
                self._written += 1
        self.pdf_written.emit(intake_id, result)
        if self._draining:
            self._next_owed()

    def retry_pending_pdfs(self) -> None:
        """A share that was down comes back: owed PDFs are written without anyone asking.

        One probe of the folder first (on the worker, like everything that touches it), so that
        while a share is still down a retry costs one failed create, not a PDF build per owed
        intake; then one PDF at a time, each read from the database only when its turn comes.
        """
        with background("owed PDF check"):
            if self._draining or not self.store.pending_pdfs():
                return
            self._draining = True
            paths = self.paths
            self.worker.submit(("probe", None), lambda: submission.output_ready(paths), Priority.PROBE)

    def check_written_pdfs(self) -> None:
        """Daily: a PDF deleted by hand from the output folder is noticed (on the worker, one look
        per file) and owed again, so the retry writes it anew."""
        with background("written PDF check"):
            written = self.store.written_pdfs()
            self.worker.submit(("missing", None), lambda: missing_pdfs(written), Priority.HOUSEKEEPING)

    def _missing_done(self, missing: list[str]) -> None:
        with background("written PDF check"):
            for intake_id in missing:
                self.store.set_pdf_status(intake_id, "pending", None)
            if missing:
                log.warning("%d PDF(s) gone from the output folder, owed again", len(missing))
                self.retry_pending_pdfs()

    def _probe_done(self, ready: bool) -> None:
        if not ready:
            self._draining = False
            return
        with background("owed PDF check"):
            self._owed = self.store.pending_pdfs()
            self._written = 0
            self._next_owed()
            return
        self._draining = False

    def _next_owed(self) -> None:
        while self._owed:
            intake_id = self._owed.pop(0)
            if intake_id not in self._pdfs_in_flight:
                self.write_pdf(intake_id)
                if intake_id in self._pdfs_in_flight:
                    return
        self._draining = False
        log.info("retried owed PDFs: %d written", self._written)

    # -- retention and backup ------------------------------------------------------------------

    @Slot()
    def purge_expired(self) -> None:
        """Retention, at start and then daily: a kiosk may run for weeks without a restart. The
        daily verified backup copy follows on the worker (after the purge: no copy keeps what was
        purged longer than the copies roll over); it reads through a connection of its own."""
        days = self.settings.retention_days
        if days:
            with background("retention purge"):
                self.store.purge_older_than(days, self.clock())
        self.check_written_pdfs()
        with background("database backup"):
            database, now = self.store.path, self.clock()
            if backup_due(database, now):
                self.worker.submit(
                    ("backup", None), lambda: make_backup(database, now), Priority.HOUSEKEEPING
                )
