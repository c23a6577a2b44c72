"""Finishing an intake: validate, assess, store in one transaction; then the PDF and the staff
alert, handed to the clinic's output folder.

Storage comes first so that nothing is lost when the output folder is unavailable: the PDF is owed
(`pending`) until written. Writing it is split in three so the slow middle part can run off the GUI
thread (`kiosk.jobs`): `pdf_job` reads the database, `write_job` builds and writes the file and
touches no database, `record_write` records the outcome. Depends on `logic` and `report`, never on
`ui`.
"""

from __future__ import annotations

import logging
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.logic.alerts import TEMP_PREFIX, TEMP_SUFFIX, Alert, alert_filename, alert_text
from kiosk.logic.assessment import Assessment
from kiosk.logic.atomic import write_atomically
from kiosk.logic.config import Paths, Settings
from kiosk.logic.draft import IntakeDraft
from kiosk.logic.record import IntakeRecord
from kiosk.logic.screening import assess
from kiosk.logic.storage import Store

if TYPE_CHECKING:
    from kiosk.report.pdf import ReportSettings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Submitted:
    record: IntakeRecord
    assessment: Assessment


@dataclass(frozen=True)
class PdfWrite:
    """What one attempt to write an intake's PDF did, for callers that tell staff why."""

    path: Path | None
    """The PDF written now; None when this attempt failed."""
    error: type[Exception] | None = None
    """Why it failed. PermissionError on Windows usually means the old PDF is open in a viewer."""
    kept_previous: bool = False
    """A failed rewrite left the earlier PDF, still in the output folder, on record as written."""


def report_settings(settings: Settings) -> ReportSettings:
    from kiosk.report.pdf import ReportSettings  # noqa: PLC0415 - reportlab loads after the first frame

    return ReportSettings(
        clinic_name=settings.clinic_name, paper=settings.paper, file_pattern=settings.pdf_name_pattern
    )


def submit(draft: IntakeDraft, store: Store, settings: Settings, now: datetime) -> Submitted:
    """Validate, assess and store: once this returns the intake is safe, and nothing after it may
    fail the submission (the patient would be told it failed, and every further Send would meet
    the stored id). Its PDF is owed (`pending`) until the output worker has written it."""
    record = draft.finish(now)
    assessment = assess(record)
    store.submit(record, assessment, fhir=bool(settings.fhir_base_url))
    log.info("intake submitted (level %s, tier %s)", assessment.level.value, assessment.red_flag_tier.value)
    return Submitted(record, assessment)


@dataclass(frozen=True)
class PdfJob:
    """Everything writing one intake's PDF needs, read from the database beforehand: the job itself
    runs on the output worker's thread, which touches no database."""

    intake_id: str
    record: IntakeRecord
    assessment: Assessment
    settings: ReportSettings
    out_dir: Path
    previous: Path | None
    """The PDF on record as written, if any (kept when a rewrite fails)."""


def pdf_job(store: Store, intake_id: str, settings: Settings, paths: Paths) -> PdfJob | None:
    """The job for a stored intake, from what was stored: the record and the assessment made at
    submit time. None for an intake deleted meanwhile."""
    stored = store.get(intake_id)
    if stored is None:
        return None
    previous = Path(stored.pdf_path) if stored.pdf_status == "written" and stored.pdf_path else None
    return PdfJob(
        intake_id, stored.record, stored.assessment, report_settings(settings), paths.output_dir, previous
    )


def write_job(job: PdfJob) -> PdfWrite:
    """Build the PDF and hand it to the output folder (slow and fallible: off the GUI thread).

    A failed rewrite (on Windows, a viewer holding the old PDF open refuses the rename over it)
    keeps an earlier PDF that is still there; a share that has gone away can fail that look itself
    (on Windows with an error `is_file` passes on), which counts as gone.
    """
    from kiosk.report.pdf import write_pdf  # noqa: PLC0415 - reportlab loads after the first frame

    try:
        return PdfWrite(write_pdf(job.record, job.assessment, job.settings, job.out_dir, job.previous))
    except Exception as error:  # a share that is down, a full disk, or a layout the PDF cannot fit
        try:
            kept = job.previous is not None and job.previous.is_file()
        except OSError:
            kept = False
        return PdfWrite(None, type(error), kept_previous=kept)


def record_write(store: Store, intake_id: str, result: PdfWrite) -> None:
    """On the GUI thread, the database's one writer: what the worker's attempt did. A failed first
    write stays owed ('failed'); a failed rewrite that kept the earlier PDF leaves it on record."""
    if result.path is not None:
        store.set_pdf_status(intake_id, "written", str(result.path))
    elif result.kept_previous:
        log.warning("PDF not rewritten; the earlier one is kept (%s)", _name(result.error))
    elif store.get(intake_id) is not None:
        log.warning("PDF not written, queued for retry (%s)", _name(result.error))
        store.set_pdf_status(intake_id, "failed", None)


def write_stored_report(store: Store, intake_id: str, settings: Settings, paths: Paths) -> PdfWrite:
    """All three steps at once, for callers with no screen to keep alive (tests, scripts)."""
    job = pdf_job(store, intake_id, settings, paths)
    if job is None:
        return PdfWrite(None)
    result = write_job(job)
    record_write(store, intake_id, result)
    return result


def _name(error: type[Exception] | None) -> str:
    return "unknown" if error is None else error.__name__


def output_ready(paths: Paths) -> bool:
    """Whether the output folder takes a file now. One cheap probe before owed PDFs are built:
    while a share is still down, a retry costs one failed create, not a PDF build per owed intake."""
    try:
        paths.output_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=paths.output_dir):
            pass
    except OSError:
        return False
    return True


def write_alert(alert: Alert, out_dir: Path) -> Path:
    """Deliver a recorded staff alert: its file in the output folder, whole or not at all (a
    leftover temporary file is cleaned up at start; the row is delivered again)."""
    target = out_dir / alert_filename(alert)
    write_atomically(
        alert_text(alert).encode("utf-8"), target, prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, shared=True
    )
    log.warning("staff alert delivered (tier %s)", alert.tier.value)
    return target
