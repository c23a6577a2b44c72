"""The physician's PDF summary: page 1 readable in thirty seconds, then every answer in full.

Deterministic by design: the same record and assessment give byte-identical PDFs (reportlab's
invariant mode, the creation date taken from the record, no random ids), so a re-generated report
can be compared with the one already filed.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate  # type: ignore[import-untyped]

from kiosk import __version__
from kiosk.logic.assessment import Assessment
from kiosk.logic.record import IntakeRecord
from kiosk.report import details
from kiosk.report.canvas import Footer, NumberedCanvas
from kiosk.report.files import pdf_filename as _pdf_filename
from kiosk.report.files import write_pdf_file
from kiosk.report.page_one import extra_tags, page_one
from kiosk.report.sources import cited_tags
from kiosk.report.styles import FOOTER_SPACE, MARGIN, PAGE_SIZES, make_styles
from kiosk.report.words import format_date

TITLE = "Intake summary"


@dataclass(frozen=True)
class ReportSettings:
    """The clinic's choices for its PDFs (built from `kiosk.logic.config.Settings` by the caller)."""

    clinic_name: str = "Clinic"
    paper: str = "letter"  # or "a4"
    file_pattern: str = "intake-{date}-{time}-{short_id}.pdf"

    def __post_init__(self) -> None:
        if self.paper not in PAGE_SIZES:
            raise ValueError(f"paper: {self.paper!r} is not one of {', '.join(PAGE_SIZES)}")


def build_pdf(record: IntakeRecord, assessment: Assessment, settings: ReportSettings) -> bytes:
    """Page 1 (the thirty-second read), then every answer, the references and the rules version."""
    styles = make_styles()
    pagesize = PAGE_SIZES[settings.paper]
    rules = assessment.rules_version
    buffer = BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + FOOTER_SPACE - 12,
        invariant=1,
        title=TITLE,
        subject=f"Heel and leg pain intake with lumbar screen, rules {rules}",
        author=settings.clinic_name,
        creator=f"Heel-pain intake kiosk {__version__}",
        keywords=["intake", "lumbar screen", f"rules {rules}"],
        lang="en",
        # An embedded font from the first byte: reportlab's default, Helvetica, is not embedded,
        # and PDF/A (the archive copy that goes to the chart) allows no font that is not.
        initialFontName=styles.body.fontName,
    )
    # No frame padding: every page is laid out to doc.width already, and the default 6-point inset
    # cost page 1 twelve points of height it needs for a typical intake with a red flag.
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="body",
        showBoundary=0,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    width = doc.width
    story = page_one(record, assessment, settings.clinic_name, width, styles)
    story += details.answers(record, width, styles)
    tags = cited_tags(assessment, extra_tags(record))
    story += details.sources_and_version(record, assessment, tags, __version__, styles)

    patient = record.patient
    footer = Footer(
        left=f"Screening aid, not a diagnosis · rules {rules}",
        centre=f"{patient.first_name} {patient.last_name}",
        centre_tail=f" · born {format_date(patient.date_of_birth)}",
        created=record.completed_at,
        font=styles.body.fontName,
    )
    doc.build(story, canvasmaker=functools.partial(NumberedCanvas, footer=footer))
    return buffer.getvalue()


def pdf_filename(record: IntakeRecord, settings: ReportSettings) -> str:
    """E.g. intake-2026-11-20-1000-420875c2.pdf: date, time and short id, never the patient's name."""
    return _pdf_filename(record, settings.file_pattern)


def write_pdf(
    record: IntakeRecord,
    assessment: Assessment,
    settings: ReportSettings,
    out_dir: Path,
    previous: Path | None = None,
) -> Path:
    """Build, then write atomically into `out_dir` (created if missing); returns the final path.

    `previous` is this intake's PDF on record, which a rewrite under the same name replaces; any
    other file of that name is someone else's and is kept (the new one gets a counter).
    """
    data = build_pdf(record, assessment, settings)
    target = Path(out_dir) / pdf_filename(record, settings)
    if previous is not None and previous.parent == target.parent and _same_name(previous, target):
        return write_pdf_file(data, previous, replace=True)
    return write_pdf_file(data, target)


def _same_name(previous: Path, target: Path) -> bool:
    """Whether `previous` is `target`'s name, or it with a counter a clash once added."""
    counter = previous.stem.removeprefix(target.stem + "-")
    return previous == target or (
        previous.suffix == target.suffix and counter != previous.stem and counter.isdigit()
    )
