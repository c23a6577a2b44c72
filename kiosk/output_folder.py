"""What the output worker looks for in the clinic's output folder, for `kiosk.jobs`: which written
PDFs are gone, and what a killed kiosk left there. Plain file-system work, run on the worker's thread
(`kiosk.worker`), never on the GUI thread: the folder may be a share that hangs.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from kiosk.logic.alerts import FILE_PREFIX, TEMP_PREFIX, TEMP_SUFFIX

log = logging.getLogger(__name__)
EXPORT_PREFIX, EXPORT_SUFFIX = ".export-", ".jsonl.part"
"""A staff export's file before it is recorded and named; a killed kiosk's is removed at start."""


def missing_pdfs(written: list[tuple[str, str]]) -> list[str]:
    """The intakes among (id, path) whose written PDF is gone (`Jobs.check_written_pdfs`). A share
    that cannot be looked at now says nothing about its files: only a file that is certainly not
    there counts as missing."""
    missing = []
    for intake_id, path in written:
        try:
            if not Path(path).parent.is_dir():  # the folder itself is away (an unmounted share)
                continue
            Path(path).stat()
        except FileNotFoundError:
            missing.append(intake_id)
        except OSError:
            return []
    return missing


def clean_folder(folder: Path, recorded: set[str]) -> None:
    """Remove the PDF and export parts a killed kiosk left in `folder`, and deliver its alert
    temporaries whose intake has no alert in the database (`recorded`) (`Jobs.clean_leftovers`)."""
    from kiosk.report.files import PART_PREFIX, PART_SUFFIX  # noqa: PLC0415 - kiosk.report loads reportlab

    if not folder.is_dir():
        return
    for pattern in (f"{PART_PREFIX}*{PART_SUFFIX}", f"{EXPORT_PREFIX}*{EXPORT_SUFFIX}"):
        for part in folder.glob(pattern):
            part.unlink(missing_ok=True)
    for temp in folder.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"):
        text = temp.read_text(encoding="utf-8", errors="replace")
        ids = [
            line.removeprefix("Intake id: ") for line in text.splitlines() if line.startswith("Intake id: ")
        ]
        if text.strip() and not (ids and ids[0] in recorded):
            target = temp.with_name(f"{FILE_PREFIX}RECOVERED-{temp.stem.removeprefix(TEMP_PREFIX)}.txt")
            os.replace(temp, target)
            log.warning("staff alert file of a killed kiosk delivered")
        else:
            temp.unlink(missing_ok=True)
