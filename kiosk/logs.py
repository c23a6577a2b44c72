"""Rotating log files in the user log folder. Messages name steps and error types, never patients."""

from __future__ import annotations

import logging
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from kiosk.logic.private import private_file, private_folder

LOG_BYTES = 1_000_000
LOG_BACKUPS = 5


class _OwnerOnlyLog(RotatingFileHandler):
    """Each log file, the first and every one a rotation opens, readable by its owner only."""

    def _open(self):  # type: ignore[no-untyped-def]  # the standard library's own signature
        private_file(Path(self.baseFilename))
        return super()._open()


def configure(log_dir: Path) -> Path:
    private_folder(log_dir)
    path = log_dir / "kiosk.log"
    handler = _OwnerOnlyLog(path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, RotatingFileHandler)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def where(tb: TracebackType | None) -> str:
    """The call chain as file:line in function, with no values from the exception (its message may
    quote what the patient typed)."""
    frames = traceback.extract_tb(tb)
    return " <- ".join(
        f"{Path(frame.filename).name}:{frame.lineno} in {frame.name}" for frame in reversed(frames)
    )
