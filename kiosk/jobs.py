"""Background work nobody on screen waits for: staff alerts and owed PDFs to the output folder,
intakes to the clinic's FHIR server (`fhir`, see kiosk.fhir_jobs), the retention purge and the daily
backup copy of the database. Built by `kiosk.ui.app`, shared by the patient side and the staff screen.

Each job is a delivery of something already safe in the database, so a failure (a share that is
down, a full disk, a locked database) is logged by type and place and left for the next turn; it
never reaches the fault page, which would wipe the form of whoever is using the kiosk. Alerts go
first, at once and then every minute until they land; owed PDFs follow, one per turn of the event
loop, and only once the folder takes files again.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk import submission
from kiosk.fhir_jobs import FhirJobs
from kiosk.logic.alerts import FILE_PREFIX, TEMP_PREFIX, TEMP_SUFFIX, Alert
from kiosk.logic.backup import backup_due, make_backup
from kiosk.logic.config import Paths, Settings
from kiosk.logic.dbfile import describe
from kiosk.logic.storage import Store
from kiosk.logs import where
from kiosk.report.files import PART_PREFIX, PART_SUFFIX

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
    """Signals: `alert_delivered(object)` with the `Alert` whose file is now in the output folder."""

    alert_delivered = Signal(object)

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
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(retry_ms)
        self.retry_timer.timeout.connect(self.retry)
        self.purge_timer = QTimer(self)
        self.purge_timer.setInterval(purge_ms)
        self.purge_timer.timeout.connect(self.purge_expired)
        self._owed: list[str] = []
        self._written = 0
        self._pdf_step = QTimer(self)
        self._pdf_step.setSingleShot(True)
        self._pdf_step.setInterval(0)
        self._pdf_step.timeout.connect(self._retry_next_pdf)
        self.fhir = FhirJobs(store, settings, clock=clock, parent=self)

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
        for timer in (self.retry_timer, self.purge_timer, self._pdf_step):
            timer.stop()
        self.fhir.stop()

    def apply_settings(self, settings: Settings, paths: Paths) -> None:
        """Settings saved on the staff screen: the next delivery goes to the new folder."""
        self.settings = settings
        self.paths = paths
        self.fhir.apply_settings(settings)

    def retry(self) -> None:
        """Every minute: owed alerts, then owed PDFs."""
        self.deliver_alerts()
        self.retry_pending_pdfs()

    # -- alerts --------------------------------------------------------------------------------

    def deliver_alerts(self) -> None:
        """Write the file of every recorded alert not yet in the output folder, oldest first."""
        with background("staff alert delivery"):
            for alert in self.store.undelivered_alerts():
                self._deliver(alert)

    def deliver_unrecorded(self, alert: Alert) -> None:
        """An alert the database refused to record: its file is then the only way staff hear of it."""
        self._deliver(alert)

    def _deliver(self, alert: Alert) -> None:
        try:
            path = submission.write_alert(alert, self.paths.output_dir)
        except OSError as error:
            log.error("staff alert file not written, kept for retry (%s)", type(error).__name__)
            return
        if alert.seq is not None:
            with background("staff alert bookkeeping"):
                self.store.mark_alert_delivered(alert.seq, str(path))
        self.alert_delivered.emit(alert)

    def clean_leftovers(self) -> None:
        """At start: a killed kiosk leaves temporary files behind. A PDF part is removed (its PDF is
        still owed, so it is written again); an alert's temporary file is removed when the database
        holds its alert (delivered again from there), else delivered as it is (an older kiosk wrote
        it before alerts were recorded), so what it says still reaches staff."""
        folder = self.paths.output_dir
        with background("leftover clean-up"):
            if not folder.is_dir():
                return
            for part in folder.glob(f"{PART_PREFIX}*{PART_SUFFIX}"):
                part.unlink(missing_ok=True)
            for temp in folder.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"):
                self._recover_alert_file(temp)

    def _recover_alert_file(self, temp: Path) -> None:
        text = temp.read_text(encoding="utf-8", errors="replace")
        ids = [
            line.removeprefix("Intake id: ") for line in text.splitlines() if line.startswith("Intake id: ")
        ]
        if text.strip() and not (ids and self.store.has_alert(ids[0])):
            target = temp.with_name(f"{FILE_PREFIX}RECOVERED-{temp.stem.removeprefix(TEMP_PREFIX)}.txt")
            os.replace(temp, target)
            log.warning("staff alert file of a killed kiosk delivered")
        else:
            temp.unlink(missing_ok=True)

    # -- PDFs ----------------------------------------------------------------------------------

    def retry_pending_pdfs(self) -> None:
        """A share that was down comes back: owed PDFs are written without anyone asking.

        One PDF per turn of the event loop (each takes a PDF build, ~60 ms), so a patient on the
        screen meanwhile is never kept waiting for the whole queue; nothing is built while the
        folder still refuses files.
        """
        with background("owed PDF check"):
            if self._pdf_step.isActive() or not submission.output_ready(self.paths):
                return
            self._owed = self.store.pending_pdfs()
            self._written = 0
            if self._owed:
                self._pdf_step.start()

    def _retry_next_pdf(self) -> None:
        intake_id = self._owed.pop(0)
        with background("owed PDF"):
            if submission.write_stored_report(self.store, intake_id, self.settings, self.paths).path:
                self._written += 1
        if self._owed:
            self._pdf_step.start()
        else:
            log.info("retried owed PDFs: %d written", self._written)

    # -- retention -----------------------------------------------------------------------------

    def purge_expired(self) -> None:
        """Retention, at start and then daily: a kiosk may run for weeks without a restart. The
        daily verified backup copy goes with it (after the purge: no copy keeps what was purged
        longer than the copies roll over)."""
        days = self.settings.retention_days
        if days:
            with background("retention purge"):
                self.store.purge_older_than(days, self.clock())
        with background("database backup"):
            if backup_due(self.store.path, self.clock()):
                make_backup(self.store.path, self.clock())
