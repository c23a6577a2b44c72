"""The physician's PDF for a full record, against a one-page reportlab document in the same font.

The patient waits for it on "Send my answers". The baseline is what reportlab itself costs for one
page of paragraphs in DejaVu Sans (embedding a subset of the font is most of it), so the ratio says
how much the kiosk's layout adds. Kiosk and baseline builds alternate; the first of each is untimed
(fonts registered, caches filled), as it is at the kiosk's first patient.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from io import BytesIO

from reportlab.lib.pagesizes import letter  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer  # type: ignore[import-untyped]

from bench.figures import Figure
from bench.records import FULL_RECORD, ROOT, full_record
from kiosk.logic.screening import assess
from kiosk.report.pdf import ReportSettings, build_pdf

BASELINE_FONT = "BenchDejaVuSans"  # its own name: the kiosk's registration stays untouched
FONT_FILE = ROOT / "assets" / "fonts" / "DejaVuSans.ttf"
LOREM = (
    "Heel pain that does not settle with ice, pills, stretching, inserts, physical therapy or steroid "
    "shots is often referred from an irritated S1 nerve root in the low back: Zoë Łukasiewicz, Nguyễn."
)


def baseline_pdf() -> bytes:
    """One letter page: a heading and twenty paragraphs of body text in DejaVu Sans."""
    if BASELINE_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(BASELINE_FONT, str(FONT_FILE)))
    heading = ParagraphStyle("heading", fontName=BASELINE_FONT, fontSize=15, leading=18)
    body = ParagraphStyle("body", fontName=BASELINE_FONT, fontSize=8.8, leading=10.7, spaceAfter=4)
    story = [Paragraph("Intake summary", heading), Spacer(1, 8)]
    story += [Paragraph(f"{number}. {LOREM}", body) for number in range(1, 21)]
    buffer = BytesIO()
    SimpleDocTemplate(buffer, pagesize=letter, invariant=1, title="baseline").build(story)
    return buffer.getvalue()


def _timed(build: Callable[[], bytes]) -> float:
    start = time.perf_counter()
    build()
    return (time.perf_counter() - start) * 1000


def measure(repetitions: int = 25) -> list[Figure]:
    record = full_record()
    assessment = assess(record)
    settings = ReportSettings(clinic_name="Riverside Spine & Orthopaedics")

    def kiosk_pdf() -> bytes:
        return build_pdf(record, assessment, settings)

    pages = len(re.findall(rb"/Type /Page\b", kiosk_pdf()))
    baseline_pdf()
    kiosk_ms: list[float] = []
    baseline_ms: list[float] = []
    for _ in range(repetitions):
        kiosk_ms.append(_timed(kiosk_pdf))
        baseline_ms.append(_timed(baseline_pdf))
    return [
        Figure(
            key="pdf_full_record",
            title="PDF for a full record",
            unit="ms",
            samples=kiosk_ms,
            target=150,
            baseline=baseline_ms,
            baseline_title="one-page reportlab document in DejaVu Sans (assets/fonts/DejaVuSans.ttf)",
            with_p95=True,
            details={"record": str(FULL_RECORD.relative_to(ROOT)), "pages": pages},
        )
    ]
