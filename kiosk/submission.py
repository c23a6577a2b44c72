"""Finishing an intake: validate, assess, store in one transaction, then hand the PDF to the clinic.

Storage comes first so that nothing is lost when the output folder is unavailable: the PDF is then
left `pending` and `retry_pending` writes it later. Depends on `logic` and `report`, never on `ui`.
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
from kiosk.logs import where

if TYPE_CHECKING:
    from kiosk.report.pdf import ReportSettings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Submitted:
    record: IntakeRecord
    assessment: Assessment
    pdf_path: Path | None
    """None when the PDF could not be written yet; it stays queued as `pending`."""


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


def submit(draft: IntakeDraft, store: Store, settings: Settings, paths: Paths, now: datetime) -> Submitted:
    record = draft.finish(now)
    assessment = assess(record)
    store.submit(record, assessment, fhir=bool(settings.fhir_base_url))
    log.info("intake submitted (level %s, tier %s)", assessment.level.value, assessment.red_flag_tier.value)
    # Stored: from here on nothing may fail the submission (the patient would be told it failed,
    # and every further Send would meet the stored id). A PDF not written now stays owed.
    try:
        pdf = write_report(store, record, assessment, settings, paths).path
    except Exception as error:  # e.g. the database refusing the status update: the PDF stays owed
        log.error(
            "PDF status not recorded, left owed: %s at %s", type(error).__name__, where(error.__traceback__)
        )
        pdf = None
    return Submitted(record, assessment, pdf)


def write_report(
    store: Store, record: IntakeRecord, assessment: Assessment, settings: Settings, paths: Paths
) -> PdfWrite:
    """Hand the PDF to the output folder; on any failure the intake is safe and a PDF is owed.

    Unless a good one is already there: a failed rewrite (on Windows, a viewer holding the old PDF
    open refuses the rename over it) keeps it on record, so staff can still open it and the retry
    does not rebuild it every minute. A failed first write stays queued.
    """
    from kiosk.report.pdf import write_pdf  # noqa: PLC0415 - reportlab loads after the first frame

    try:
        path = write_pdf(record, assessment, report_settings(settings), paths.output_dir)
    except Exception as error:  # a share that is down, a full disk, or a layout the PDF cannot fit
        if _written_pdf_exists(store, record.id):
            log.warning("PDF not rewritten; the earlier one is kept (%s)", type(error).__name__)
            return PdfWrite(None, type(error), kept_previous=True)
        log.warning("PDF not written, queued for retry (%s)", type(error).__name__)
        store.set_pdf_status(record.id, "failed", None)
        return PdfWrite(None, type(error))
    store.set_pdf_status(record.id, "written", str(path))
    return PdfWrite(path)


def _written_pdf_exists(store: Store, intake_id: str) -> bool:
    """Whether the intake's PDF is on record as written and still where the record says.

    A share that has gone away can fail the look itself (on Windows with an error `is_file` passes
    on); that counts as gone, so the PDF is queued and written again when the share is back.
    """
    stored = store.get(intake_id)
    if stored is None or stored.pdf_status != "written" or stored.pdf_path is None:
        return False
    try:
        return Path(stored.pdf_path).is_file()
    except OSError:
        return False


def write_stored_report(store: Store, intake_id: str, settings: Settings, paths: Paths) -> PdfWrite:
    """Reprint from what was stored: the record and the assessment made at submit time (an intake
    deleted meanwhile writes nothing)."""
    stored = store.get(intake_id)
    if stored is None:
        return PdfWrite(None)
    return write_report(store, stored.record, stored.assessment, settings, paths)


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


def retry_pending(store: Store, settings: Settings, paths: Paths) -> int:
    """Write every PDF that is still owed; returns how many were written now."""
    if not output_ready(paths):
        return 0
    return sum(
        write_stored_report(store, intake_id, settings, paths).path is not None
        for intake_id in store.pending_pdfs()
    )


def write_alert(alert: Alert, out_dir: Path) -> Path:
    """Deliver a recorded staff alert: its file in the output folder, whole or not at all (a
    leftover temporary file is cleaned up at start; the row is delivered again)."""
    target = out_dir / alert_filename(alert)
    write_atomically(alert_text(alert).encode("utf-8"), target, prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX)
    log.warning("staff alert delivered (tier %s)", alert.tier.value)
    return target
