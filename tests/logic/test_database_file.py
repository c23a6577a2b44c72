"""A database that vanishes, empties, is replaced or damaged is never taken for a new one (issue 13,
item 3), and a verified backup copy can be put back."""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.logic import backup
from kiosk.logic.dbfile import DatabaseGoneError, describe, marker_path
from kiosk.logic.draft import IntakeDraft
from kiosk.logic.storage import Store, StoreError

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "kiosk.sqlite3"
    with Store(path) as store:
        for _ in range(30):
            store.save_draft(IntakeDraft(first_name="Ana" * 50))
    return path


def test_a_database_deleted_while_the_kiosk_runs_refuses_every_write(db: Path) -> None:
    with Store(db) as store:
        store.save_draft(IntakeDraft())
        db.unlink()
        with pytest.raises(DatabaseGoneError, match="deleted while the kiosk ran"):
            store.save_draft(IntakeDraft())


def test_a_database_replaced_while_the_kiosk_runs_refuses_every_write(db: Path, tmp_path: Path) -> None:
    with Store(db) as store:
        shutil.copy(db, tmp_path / "copy.sqlite3")
        os.replace(tmp_path / "copy.sqlite3", db)
        with pytest.raises(DatabaseGoneError, match="replaced while the kiosk ran"):
            store.save_draft(IntakeDraft())


def test_an_emptied_or_missing_database_where_one_was_is_refused_at_start(db: Path) -> None:
    assert marker_path(db).is_file()
    db.write_bytes(b"")
    with pytest.raises(DatabaseGoneError, match=r"empty \(0 bytes\).*kiosk restore"):
        Store(db)
    assert db.stat().st_size == 0  # left as found
    db.unlink()
    with pytest.raises(DatabaseGoneError, match="missing"):
        Store(db)
    assert not db.exists()


def test_another_kiosk_database_put_in_its_place_is_refused_at_start(db: Path, tmp_path: Path) -> None:
    Store(tmp_path / "other" / "kiosk.sqlite3").close()
    for side in ("", "-wal", "-shm"):
        db.with_name(db.name + side).unlink(missing_ok=True)
    shutil.copy(tmp_path / "other" / "kiosk.sqlite3", db)
    with pytest.raises(DatabaseGoneError, match="not the kiosk database that was here"):
        Store(db)


def test_a_damaged_file_is_refused_at_start_in_one_line(db: Path) -> None:
    size = db.stat().st_size
    assert size > 8 * 4096
    with db.open("r+b") as handle:  # garbage in the middle
        handle.seek(size // 2 // 4096 * 4096)
        handle.write(os.urandom(4096))
    with pytest.raises(StoreError) as caught:
        Store(db)
    message = str(caught.value)
    assert "damaged" in message or "cannot open" in message
    assert "\n" not in message and len(message) < 400


def test_a_verified_backup_rolls_over_and_restores_a_lost_database(db: Path) -> None:
    for day in range(9):
        backup.make_backup(db, NOW + timedelta(days=day))
    copies = backup.backups(db)
    assert len(copies) == backup.KEEP
    assert copies[0].name == "kiosk-20261128-100000.sqlite3"  # newest first
    db.write_bytes(b"")  # what the audit saw: 30 drafts gone
    used, _count, kept = backup.restore(db, None, NOW)
    assert used == copies[0]
    assert kept is not None and kept.stat().st_size == 0  # kept, never deleted
    with Store(db) as store:
        assert len(store.open_drafts()) == 30


def test_a_copy_that_fails_its_check_never_gets_a_backups_name(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def damaged(path: Path) -> int:
        raise StoreError(f"{path}: the copy is damaged")

    monkeypatch.setattr(backup, "verify", damaged)
    with pytest.raises(StoreError, match="damaged"):
        backup.make_backup(db, NOW)
    assert list(backup.backup_folder(db).iterdir()) == []


def test_a_copy_a_killed_kiosk_left_half_made_is_deleted_at_the_next_backup(db: Path) -> None:
    folder = backup.backup_folder(db)
    folder.mkdir()
    leftovers = [folder / ".kiosk-20261119-100000.sqlite3.abc123.part", folder / ".kiosk-x.part-journal"]
    for leftover in leftovers:
        leftover.write_bytes(b"SQLite format 3\x00 Ana Garcia")
    made = backup.make_backup(db, NOW)
    assert [p.name for p in folder.iterdir()] == [made.name]


def test_a_damaged_backup_is_never_restored(db: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    with pytest.raises(StoreError):
        backup.restore(db, bad, NOW)
    with Store(db) as store:  # untouched
        assert len(store.open_drafts()) == 30


def test_a_full_disk_is_said_as_such() -> None:
    import sqlite3

    assert describe(sqlite3.OperationalError("database or disk is full")) == "disk full"
    assert describe(OSError(28, "No space left on device")) == "disk full"
    assert describe(DatabaseGoneError("x")) == "database file missing, replaced or damaged"
