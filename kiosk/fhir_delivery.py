"""One try at delivering an intake to the FHIR server: take it from the outbox, send, record.

Three steps so the Qt service can put the middle one on a worker thread: `job_for` and `record`
touch the database (the thread that owns the store), `attempt` builds the Bundle (PDF included) and
POSTs it, touching nothing shared. `kiosk fhir send` runs all three in turn.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kiosk.fhir_client import TIMEOUT_SECONDS, SendResult, post_bundle
from kiosk.fhir_export import intake_bundle_json
from kiosk.logic.assessment import Assessment
from kiosk.logic.config import Settings
from kiosk.logic.record import IntakeRecord
from kiosk.logic.storage import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SendJob:
    intake_id: str
    record: IntakeRecord
    assessment: Assessment


def job_for(store: Store, intake_id: str) -> SendJob | None:
    """The stored intake to send (None when it was deleted meanwhile)."""
    stored = store.get(intake_id)
    return None if stored is None else SendJob(intake_id, stored.record, stored.assessment)


def _token(settings: Settings) -> str | None:
    """Read at every send, so clinic IT can replace the token without restarting the kiosk."""
    if not settings.fhir_token_file:
        return None
    return Path(settings.fhir_token_file).expanduser().read_text(encoding="utf-8").strip()


def attempt(job: SendJob, settings: Settings, timeout: float = TIMEOUT_SECONDS) -> SendResult:
    """Build and POST; a local failure (an unreadable token file) is a result to retry, not an error."""
    body = intake_bundle_json(job.record, job.assessment, settings).encode("utf-8")
    try:
        token = _token(settings)
    except OSError as error:
        return SendResult("retry", None, f"the token file cannot be read ({type(error).__name__})", 0.0)
    return post_bundle(settings.fhir_base_url, body, token, timeout)


def record(store: Store, intake_id: str, result: SendResult, now: datetime) -> None:
    """Write the result and its audit row; the log says what happened, never to whom."""
    outbox = store.outbox
    if result.outcome == "sent":
        outbox.sent(intake_id, now, f"HTTP {result.status}, {result.seconds:.2f} s")
    elif result.outcome == "refused":
        outbox.refused(intake_id, now, result.status or 0, result.reason)
    else:
        outbox.retry(intake_id, now, result.reason)
    log.info("FHIR send %s (HTTP %s, %.2f s)", result.outcome, result.status, result.seconds)


def send_due(
    store: Store, settings: Settings, clock: Callable[[], datetime], timeout: float = TIMEOUT_SECONDS
) -> dict[str, int]:
    """Every intake due now, one after another, in this thread; returns how many of each outcome."""
    counts = {"sent": 0, "retry": 0, "refused": 0}
    for intake_id in store.outbox.due(clock()):
        job = job_for(store, intake_id)
        if job is None:
            continue
        result = attempt(job, settings, timeout)
        record(store, intake_id, result, clock())
        counts[result.outcome] += 1
    return counts
