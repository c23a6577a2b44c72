"""The physician's PDF report. Depends on `kiosk.logic` only, never on `kiosk.ui` or Qt."""

from __future__ import annotations

from kiosk.report.pdf import ReportSettings, build_pdf, pdf_filename, write_pdf

__all__ = ["ReportSettings", "build_pdf", "pdf_filename", "write_pdf"]
