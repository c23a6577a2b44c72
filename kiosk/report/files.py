"""PDF file names and atomic writes into the clinic's output folder.

File names carry the completion date, time and a short intake id, never the patient's name (the
folder may be shared or synced). A write either lands whole under its final name or leaves nothing:
a half-written PDF in a watched folder would be printed or filed as if it were complete.
"""

from __future__ import annotations

import re
from pathlib import Path

from kiosk.logic.atomic import write_atomically
from kiosk.logic.filenames import check_pattern
from kiosk.logic.record import IntakeRecord

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$", re.IGNORECASE)
MAX_NAME = 150
PART_PREFIX = "."
PART_SUFFIX = ".pdf.part"


def sanitize_filename(name: str) -> str:
    """Safe on Windows and Linux: no separators, reserved characters or names, no trailing dots."""
    name = _UNSAFE.sub("_", name).strip()
    stem = name[:-4] if name.lower().endswith(".pdf") else name
    stem = stem.strip(" .")[: MAX_NAME - 4].rstrip(" .") or "intake"
    if _RESERVED.match(stem):
        stem = "_" + stem
    return f"{stem}.pdf"


def pdf_filename(record: IntakeRecord, pattern: str) -> str:
    check_pattern(pattern)
    when = record.completed_at
    name = pattern.format(date=f"{when:%Y-%m-%d}", time=f"{when:%H%M}", id=record.id, short_id=record.id[:8])
    return sanitize_filename(name)


def write_pdf_file(data: bytes, target: Path, *, replace: bool = False) -> Path:
    """The PDF under its final name, atomically (a leftover `.*.pdf.part` is cleaned up at start).
    Another intake's PDF is never overwritten (a taken name gets a counter); `replace` is for the
    intake's own earlier PDF. Returns the name written."""
    return write_atomically(
        data, target, prefix=PART_PREFIX, suffix=PART_SUFFIX, exclusive=not replace, shared=True
    )
