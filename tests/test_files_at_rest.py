"""Files at rest (issue 13, item 7): owner-only data folder and files, a secure delete, retention
counted from delivery by default, and a PDF deleted by hand written again."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from kiosk import logs
from kiosk.logic import backup, storage
from kiosk.logic.config import Settings
from kiosk.logic.draft import IntakeDraft
from kiosk.logic.storage import Store

posix_only = pytest.mark.skipif(os.name != "posix", reason="Windows keeps the per-user folder private by ACL")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_the_database_its_wal_and_shm_the_logs_and_backups_are_owner_only(tmp_path: Path) -> None:
    import logging

    data = tmp_path / "data"
    old_umask = os.umask(0o022)
    try:
        with Store(data / "kiosk.sqlite3") as store:
            store.save_draft(IntakeDraft(first_name="Ana"))
            for name in ("kiosk.sqlite3", "kiosk.sqlite3-wal", "kiosk.sqlite3-shm"):
                assert mode(data / name) == 0o600, name
            copy = backup.make_backup(store.path, datetime.now(UTC))
        log_file = logs.configure(data / "logs")
        logging.getLogger("kiosk").warning("a line")
    finally:
        os.umask(old_umask)
        root = logging.getLogger()
        for handler in list(root.handlers):
            if isinstance(handler, logging.handlers.RotatingFileHandler):
                root.removeHandler(handler)
                handler.close()
    assert mode(data) == 0o700
    assert mode(data / "logs") == 0o700 and mode(log_file) == 0o600
    assert mode(copy.parent) == 0o700 and mode(copy) == 0o600


@posix_only
def test_an_existing_world_readable_database_is_made_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.sqlite3"
    Store(path).close()
    path.chmod(0o644)
    Store(path).close()
    assert mode(path) == 0o600


def test_a_deleted_intakes_name_does_not_stay_in_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pragma is asked for, not left to the build: Debian's SQLite deletes securely by default,
    others do not, so the statements the Store runs are read as well as the file."""
    ran: list[str] = []
    connect = sqlite3.connect

    def traced(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = connect(*args, **kwargs)
        conn.set_trace_callback(ran.append)
        return conn

    monkeypatch.setattr(storage.sqlite3, "connect", traced)
    path = tmp_path / "kiosk.sqlite3"
    with Store(path) as store:
        assert "PRAGMA secure_delete = ON" in ran
        store.save_draft(IntakeDraft(first_name="Zzyzxname"))
        assert store._conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
        store._conn.execute("DELETE FROM draft")
    for side in ("", "-wal"):
        file = path.with_name(path.name + side)
        if file.exists():
            assert b"Zzyzxname" not in file.read_bytes()


def test_a_half_made_backup_or_restore_of_a_killed_kiosk_is_removed_at_start(
    tmp_path: Path, qapp: object
) -> None:
    from kiosk.jobs import Jobs
    from kiosk.logic.config import resolve

    settings, paths = resolve(tmp_path / "data", env={})
    with Store(paths.database) as store:
        made = backup.make_backup(store.path, datetime(2026, 12, 1, tzinfo=UTC))
        part = made.with_name(f".{made.name}.k3x9q1.part")  # as make_atomically names it
        part.write_bytes(made.read_bytes())  # killed mid-copy: a whole database under a temp name
        restoring = store.path.with_name(f".{store.path.name}.a8b2c4.restoring")
        restoring.write_bytes(b"half")
        Jobs(store, settings, paths).clean_leftovers()
        assert not part.exists() and not restoring.exists()
        assert backup.backups(store.path) == [made]  # the finished copy stays


def test_retention_is_on_by_default_and_counts_from_the_pdfs_delivery() -> None:
    assert Settings().retention_days == 30


def test_retention_counts_from_when_the_pdf_was_written_not_from_completion(tmp_path: Path) -> None:
    import json

    from kiosk.logic.record_load import record_from_dict
    from kiosk.logic.screening import assess

    vignette = Path(__file__).parent / "data" / "vignettes" / "v03-heel-pain-with-s1-features.json"
    record = record_from_dict(json.loads(vignette.read_text(encoding="utf-8"))["record"])
    written_at = [record.completed_at + timedelta(days=20)]  # the share was down for 20 days
    with Store(tmp_path / "kiosk.sqlite3", clock=lambda: written_at[0]) as store:
        store.submit(record, assess(record))
        store.set_pdf_status(record.id, "written", str(tmp_path / "x.pdf"))
        assert store.purge_older_than(30, record.completed_at + timedelta(days=31)) == 0  # 11 days since
        assert store.purge_older_than(30, record.completed_at + timedelta(days=51)) == 1


@posix_only
def test_the_pdf_and_the_alert_for_staff_open_for_the_folders_other_users(tmp_path: Path) -> None:
    """Owner-only is for the kiosk's own files: a PDF or an alert in the clinic's output folder is
    opened by a physician or front desk on another account, so it takes the umask's mode (0644 at
    the usual 022) once it is complete, and not before."""
    from kiosk.logic import atomic
    from kiosk.logic.alerts import alert_for
    from kiosk.logic.assessment import Tier
    from kiosk.report.files import write_pdf_file
    from kiosk.submission import write_alert

    assert 0o666 & ~_umask() == atomic.SHARED_MODE
    pdf = write_pdf_file(b"%PDF-1.7 Ana Garcia", tmp_path / "reports" / "intake.pdf")
    assert mode(pdf) == atomic.SHARED_MODE
    assert mode(pdf) & 0o004 or _umask() & 0o004  # others read it unless the clinic's umask says no
    alert = alert_for(
        IntakeDraft(first_name="Ana", last_name="Garcia"), Tier.EMERGENCY, (), datetime.now(UTC)
    )
    assert mode(write_alert(alert, tmp_path / "reports")) == atomic.SHARED_MODE
    settings_like = atomic.write_atomically(b"pin = 1", tmp_path / "kiosk.toml")
    assert mode(settings_like) == 0o600


def _umask() -> int:
    current = os.umask(0o077)
    os.umask(current)
    return current
