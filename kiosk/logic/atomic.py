"""The one way the kiosk writes a file others read: whole under its final name, or not at all.

A half-written PDF or alert in a watched folder would be printed or filed as if it were complete,
a half-written settings file would stop the kiosk at its next start, and a half-made backup copy
would be restored as if it were sound. So every write goes to a temporary file beside the target
(named by `prefix`/`suffix` so a leftover is recognised and cleaned up), owner-only from its
creation (`mkstemp`: mode 0600 on POSIX, so patient data is never readable by others even for a
moment), is flushed to disk, and is renamed over the target (`os.replace`: atomic on POSIX and
Windows); the folder is synced so the rename survives a power cut too. A file written for others (a
PDF, an alert, an export in the clinic's output folder: `shared`) gets the mode the folder's users
expect, from the umask, just before it gets its name; the kiosk's own files stay owner-only.
"""

from __future__ import annotations

import itertools
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

_UMASK = os.umask(0o077)
os.umask(_UMASK)  # read once, at import (the umask can only be read by setting it)
SHARED_MODE = 0o666 & ~_UMASK
"""The mode of a file others open (a physician on another account, a share's other users)."""


def write_atomically(
    data: bytes,
    target: Path,
    *,
    prefix: str = ".",
    suffix: str = ".part",
    exclusive: bool = False,
    shared: bool = False,
) -> Path:
    """Write `data` to `target` atomically and durably; see `make_atomically` and `finish`."""
    temp = write_temporary(data, target, prefix=prefix, suffix=suffix)
    return finish(temp, target, exclusive=exclusive, shared=shared)


def make_atomically(
    target: Path,
    fill: Callable[[Path], object],
    *,
    prefix: str = ".",
    suffix: str = ".part",
    exclusive: bool = False,
) -> Path:
    """Let `fill` write the temporary file (by its path: SQLite's backup API writes one itself),
    then give it the name `target`; if `fill` raises, the target is untouched and the temporary
    file is gone. The folder is created if missing.

    `exclusive`: never replace an existing file; a name already taken gets a counter
    ("name-2.pdf"), and the name written is returned.
    """
    return finish(_temporary(target, fill, prefix, suffix), target, exclusive=exclusive)


def write_temporary(data: bytes, target: Path, *, prefix: str = ".", suffix: str = ".part") -> Path:
    """The first half of `write_atomically`, for a caller with something to do between the halves
    (the staff export records itself in the audit log before its file gets a name): `data` on disk
    beside `target` under a temporary name, flushed; nothing is left behind if that fails."""
    return _temporary(target, lambda temp: temp.write_bytes(data), prefix, suffix)


def finish(temp: Path, target: Path, *, exclusive: bool = False, shared: bool = False) -> Path:
    """The second half: the temporary file renamed to `target` (or, `exclusive`, the first free
    name), durably; the temporary file is gone afterwards whatever happens. `shared`: readable as
    the umask allows (`SHARED_MODE`), for a file others open; otherwise it stays owner-only."""
    try:
        if shared and os.name == "posix":  # (Windows: the folder's ACL decides)
            temp.chmod(SHARED_MODE)
        if exclusive:
            target = _link_under_a_free_name(temp, target)
        else:
            temp.replace(target)  # os.replace: atomic on POSIX and Windows
    finally:
        temp.unlink(missing_ok=True)
    _sync_folder(target.parent)
    return target


def _temporary(target: Path, fill: Callable[[Path], object], prefix: str, suffix: str) -> Path:
    """An owner-only temporary file beside `target`, filled by `fill` and flushed to disk."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=target.parent)
    os.close(handle)  # `fill` opens it by name (Windows does not share an open file with SQLite)
    temp = Path(temp_name)
    try:
        fill(temp)
        with temp.open("r+b") as written:  # "r+": Windows flushes only a handle open for writing
            os.fsync(written.fileno())
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp


def _link_under_a_free_name(temp: Path, target: Path) -> Path:
    """Give the finished file the first free name: a hard link fails if the name exists, so two
    writers (two kiosks on one share) cannot take the same one. A folder without hard links (some
    network shares) falls back to checking first, which leaves only that narrow race."""
    for number in itertools.count(1):
        candidate = target if number == 1 else target.with_name(f"{target.stem}-{number}{target.suffix}")
        try:
            os.link(temp, candidate)
        except FileExistsError:
            continue
        except OSError:  # no hard links here
            if candidate.exists():
                continue
            temp.replace(candidate)
        return candidate
    raise AssertionError("unreachable")


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (POSIX; Windows has no folder fds)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
