"""Owner-only folders and files for what holds patient data at rest: the database (with its WAL
and SHM files), its backup copies and the logs.

On POSIX the folder is made 0700 and the files 0600 (a default umask leaves them readable by every
account on the machine). On Windows the per-user data folder (%LOCALAPPDATA%) is already private
to its user by its ACL, so nothing is changed there.
"""

from __future__ import annotations

import os
from pathlib import Path

_POSIX = os.name == "posix"


def private_folder(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    if _POSIX:
        path.chmod(0o700)
    return path


def private_file(path: Path) -> None:
    """Create `path` empty if missing, owner-only either way (SQLite gives the WAL and SHM files
    the mode of the database file, so creating that one 0600 covers them)."""
    if not _POSIX:
        return
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    path.chmod(0o600)
