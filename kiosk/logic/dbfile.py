"""Telling the kiosk's database file from a ghost: missing, emptied, replaced or damaged.

SQLite opens whatever it finds: a deleted file is recreated empty at the next start, a file
truncated to 0 bytes opens as a new database, and a process that had the file open keeps writing
into the deleted inode (every later submit "succeeds" and is lost). So:

- a marker beside the database (`kiosk.sqlite3.marker`) holds the database's own id (a random
  value in its settings table); a start that finds the marker but no database, an empty one or one
  with another id refuses, instead of quietly starting over;
- `PRAGMA quick_check` at every open: a damaged file is refused with one line saying what is wrong;
- while running, every write first checks that the path still leads to the file opened
  (`FileIdentity`): a deleted or replaced file refuses the write, and the patient's answers stay
  on screen for staff.
"""

from __future__ import annotations

import errno
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

from kiosk.logic.atomic import write_atomically
from kiosk.logic.migrations import StoreError

MARKER_SUFFIX = ".marker"
DATABASE_ID_SETTING = "database_id"


class DatabaseGoneError(StoreError):
    """The database file is missing, emptied, replaced or damaged; nothing may be written into it."""


def marker_path(database: Path) -> Path:
    return database.with_name(database.name + MARKER_SUFFIX)


def refuse_a_lost_database(database: Path) -> None:
    """Before opening: where a kiosk database was (its marker is there), a missing or empty file
    is a loss to be restored, not a first start."""
    marker = marker_path(database)
    if not marker.is_file():
        return
    if not database.is_file():
        raise DatabaseGoneError(
            f"{database}: the kiosk database is missing, though this data folder had one; "
            "restore the last backup with: kiosk restore"
        )
    if database.stat().st_size == 0:
        raise DatabaseGoneError(
            f"{database}: the kiosk database is empty (0 bytes), though it held data; "
            "restore the last backup with: kiosk restore"
        )


def quick_check(conn: sqlite3.Connection, database: Path) -> None:
    """`PRAGMA quick_check`: the first problem it names, in one line."""
    try:
        problems = [str(row[0]) for row in conn.execute("PRAGMA quick_check(5)")]
    except sqlite3.DatabaseError as error:
        problems = [str(error)]
    if problems != ["ok"]:
        first = " ".join(problems[0].split())[:120]
        raise DatabaseGoneError(
            f"{database}: the database is damaged ({first}); restore the last backup with: kiosk restore"
        )


def check_identity(conn: sqlite3.Connection, database: Path) -> str:
    """The database's id, made on first open; refused when the marker names another database."""
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (DATABASE_ID_SETTING,)).fetchone()
    if row is None:
        database_id = uuid.uuid4().hex
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO setting (key, value) VALUES (?, ?)", (DATABASE_ID_SETTING, database_id))
        conn.execute("COMMIT")
    else:
        database_id = str(row[0])
    marker = marker_path(database)
    expected = marker.read_text(encoding="utf-8").strip() if marker.is_file() else None
    if expected is not None and expected != database_id:
        raise DatabaseGoneError(
            f"{database}: this is not the kiosk database that was here (another file was put in its "
            "place); put the right one back, or restore the last backup with: kiosk restore"
        )
    if expected is None:
        write_marker(database, database_id)
    return database_id


def write_marker(database: Path, database_id: str) -> None:
    write_atomically(f"{database_id}\n".encode(), marker_path(database))


@dataclass(frozen=True)
class FileIdentity:
    """Which file a path leads to (device and file number; NTFS gives a file index too)."""

    device: int
    inode: int

    @classmethod
    def of(cls, path: Path) -> FileIdentity:
        info = path.stat()
        return cls(info.st_dev, info.st_ino)

    def check(self, path: Path) -> None:
        """Refuse when `path` no longer leads to this file."""
        try:
            now = FileIdentity.of(path)
        except FileNotFoundError:
            raise DatabaseGoneError(f"{path}: the database file was deleted while the kiosk ran") from None
        if now != self:
            raise DatabaseGoneError(f"{path}: the database file was replaced while the kiosk ran")


def describe(error: BaseException) -> str:
    """A storage failure in words staff can act on, safe for the log (no patient data): a full
    disk is said as such, not as "OperationalError"."""
    text = str(error).lower()
    if isinstance(error, DatabaseGoneError):
        return "database file missing, replaced or damaged"
    if "disk is full" in text or "no space" in text or getattr(error, "errno", None) == errno.ENOSPC:
        return "disk full"
    if "locked" in text or "busy" in text:
        return "database busy"
    if "readonly" in text or "read-only" in text:
        return "database read-only"
    return type(error).__name__
