"""Rolling, verified copies of the database, and putting one back (`kiosk restore`).

A copy is made with SQLite's online backup API from a read-only connection (the kiosk may keep
writing meanwhile; the copy is one consistent state), checked with `PRAGMA integrity_check` before
it gets its name, and only the newest `KEEP` copies are kept in `<data folder>/backups`. Copies
hold patient data like the database itself, and are deleted as they roll over (after `KEEP` days).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

from kiosk.logic.atomic import make_atomically
from kiosk.logic.dbfile import DATABASE_ID_SETTING, marker_path, write_marker
from kiosk.logic.migrations import APPLICATION_ID, StoreError
from kiosk.logic.private import private_folder

log = logging.getLogger(__name__)
KEEP = 7
EVERY = timedelta(days=1)
FOLDER = "backups"
_PREFIX, _SUFFIX, _PART, _RESTORING = "kiosk-", ".sqlite3", ".part", ".restoring"


def backup_folder(database: Path) -> Path:
    return database.parent / FOLDER


def backups(database: Path) -> list[Path]:
    """The copies there are, newest first (their names sort by time)."""
    folder = backup_folder(database)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{_PREFIX}*{_SUFFIX}"), reverse=True)


def remove_unfinished(database: Path) -> int:
    """A copy (or a restore) a killed kiosk left half made is a whole database's worth of patient
    data under a name no rollover or retention ever matches: removed at start and before each copy.
    Returns how many."""
    found = [
        *backup_folder(database).glob(f".{_PREFIX}*{_PART}*"),
        *database.parent.glob(f".{database.name}.*{_RESTORING}"),
    ]
    for leftover in found:
        leftover.unlink(missing_ok=True)
    return len(found)


def backup_due(database: Path, now: datetime) -> bool:
    """Whether the newest copy is older than a day (or there is none)."""
    found = backups(database)
    if not found:
        return True
    made = datetime.fromtimestamp(found[0].stat().st_mtime, tz=now.tzinfo)
    return now - made >= EVERY


def make_backup(database: Path, now: datetime, keep: int = KEEP) -> Path:
    """A verified copy of `database` named by `now`; older copies beyond `keep` are deleted."""
    folder = private_folder(backup_folder(database))
    remove_unfinished(database)
    target = folder / f"{_PREFIX}{now:%Y%m%d-%H%M%S}{_SUFFIX}"

    def copy_and_check(temp: Path) -> None:
        _copy(_read_only(database), temp)
        verify(temp)  # a damaged copy never gets a backup's name

    make_atomically(target, copy_and_check, prefix=f".{target.name}.", suffix=_PART)
    for old in backups(database)[keep:]:
        old.unlink(missing_ok=True)
    log.info("database backed up (%d kept)", min(len(backups(database)), keep))
    return target


def verify(path: Path) -> int:
    """Refuse a copy that is damaged or not the kiosk's; returns how many intakes it holds."""
    try:
        with closing(sqlite3.connect(_read_only(path), uri=True)) as conn:
            problems = [str(row[0]) for row in conn.execute("PRAGMA integrity_check(5)")]
            app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
            if problems != ["ok"]:
                raise StoreError(f"{path}: the copy is damaged ({' '.join(problems[0].split())[:120]})")
            if app_id != APPLICATION_ID:
                raise StoreError(f"{path}: not a kiosk database")
            return int(conn.execute("SELECT count(*) FROM intake").fetchone()[0])
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path}: not a usable database copy ({error})") from None


def restore(database: Path, source: Path | None, now: datetime) -> tuple[Path, int, Path | None]:
    """Put a verified copy (the newest, unless `source` is given) in place of `database`.

    The file it replaces, if any, is kept beside it (`.damaged-<time>`), never deleted: it may hold
    intakes newer than the copy. Returns the copy used, its intake count and where the old file went.
    """
    candidates = [source] if source is not None else backups(database)
    if not candidates:
        raise StoreError(f"{backup_folder(database)}: no backup copies to restore from")
    chosen = candidates[0]
    count = verify(chosen)
    kept: Path | None = None
    if database.exists():
        kept = database.with_name(f"{database.name}.damaged-{now:%Y%m%d-%H%M%S}")
        os.replace(database, kept)
    for side in ("-wal", "-shm"):
        leftover = database.with_name(database.name + side)
        if leftover.exists():
            os.replace(leftover, (kept or database).with_name((kept or database).name + side))
    make_atomically(
        database,
        lambda temp: _copy(_read_only(chosen), temp),
        prefix=f".{database.name}.",
        suffix=_RESTORING,
    )
    with closing(sqlite3.connect(database)) as conn:
        row = conn.execute("SELECT value FROM setting WHERE key = ?", (DATABASE_ID_SETTING,)).fetchone()
    if row is not None:
        write_marker(database, str(row[0]))
    else:  # a copy from before database ids: the next open gives it one and a new marker
        marker_path(database).unlink(missing_ok=True)
    return chosen, count, kept


def _read_only(path: Path) -> str:
    return path.resolve().as_uri() + "?mode=ro"


def _copy(source_uri: str, target: Path) -> None:
    with (
        closing(sqlite3.connect(source_uri, uri=True)) as source,
        closing(sqlite3.connect(target)) as copy,
    ):
        source.backup(copy)
        # The copy is one file: in the database's WAL mode, reading it read-only (`verify`) would
        # leave `-wal` and `-shm` files beside it that nothing deletes. The kiosk sets WAL again
        # when it opens a restored copy.
        copy.execute("PRAGMA journal_mode = DELETE")
