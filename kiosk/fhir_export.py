"""An intake's FHIR Bundle with its PDF: what the outbox sends and `kiosk export --format fhir` writes.

At the level of `submission` (it builds the PDF through `report`); the resources themselves are
plain logic in `kiosk.logic.fhir`. The PDF is deterministic, so every attempt sends the same bytes.
"""

from __future__ import annotations

from kiosk.logic.assessment import Assessment
from kiosk.logic.config import Settings
from kiosk.logic.fhir.bundle import bundle, bundle_json
from kiosk.logic.fhir.codes import Json
from kiosk.logic.record import IntakeRecord


def intake_bundle(record: IntakeRecord, assessment: Assessment, settings: Settings) -> Json:
    from kiosk.report.pdf import build_pdf  # noqa: PLC0415 - reportlab loads only when a bundle is built
    from kiosk.submission import report_settings  # noqa: PLC0415

    return bundle(record, assessment, build_pdf(record, assessment, report_settings(settings)))


def intake_bundle_json(record: IntakeRecord, assessment: Assessment, settings: Settings) -> str:
    return bundle_json(intake_bundle(record, assessment, settings))
