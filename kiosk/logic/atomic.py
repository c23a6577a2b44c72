"""The one way the kiosk writes a file others read: whole under its final name, or not at all.

A half-written PDF or alert in a watched folder would be printed or filed as if it were complete,
and a half-written settings file would stop the kiosk at its next start. So every write goes to a
temporary file beside the target (named so a leftover is recognised and cleaned up at start),
is flushed to disk, and is renamed over the target (`os.replace`: atomic on POSIX and Windows).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(data: bytes, target: Path, *, prefix: str = ".", suffix: str = ".part") -> Path:
    """Write `data` to `target` atomically and durably; clean up the temporary file on any failure."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        Path(temp_name).replace(target)  # os.replace: atomic on POSIX and Windows
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)
    return target


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (POSIX; Windows has no folder fds)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
