"""The database schema as forward-only migrations, keyed by `PRAGMA user_version`.

Version N is reached by running `MIGRATIONS[N - 1]`; a migration is never edited once released, a
change is a new entry. Each migration runs in its own `BEGIN IMMEDIATE` transaction together with the
`user_version` bump, so a crash mid-way leaves the previous version intact and a second process that
opens the file at the same moment waits instead of running the same migration twice.

Plain types and CHECK constraints rather than STRICT tables: the kiosk must run on the SQLite that a
Linux distribution ships, which may predate STRICT (3.37).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

APPLICATION_ID = 0x4B494F53
"""'KIOS' in the file header: tells our database from another program's SQLite file."""

Migration = tuple[str, ...]

_AUDIT_READ_ONLY = "SELECT RAISE(ABORT, 'audit rows are append-only')"

MIGRATIONS: tuple[Migration, ...] = (
    # 1: everything.
    (
        f"PRAGMA application_id = {APPLICATION_ID}",
        # The answers so far, saved after every answer. Deleted when the intake is submitted (the
        # record is then the one copy); kept as 'abandoned' when the patient walks away.
        """CREATE TABLE draft (
            id TEXT PRIMARY KEY,
            status TEXT NOT NULL CHECK (status IN ('open', 'abandoned')),
            data TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        "CREATE INDEX draft_open ON draft (updated_at) WHERE status = 'open'",
        "CREATE INDEX draft_updated ON draft (updated_at)",
        # One row per submitted intake. `record_json` is the authority; the other columns are
        # copies for listing, sorting and filtering without parsing JSON.
        """CREATE TABLE intake (
            id TEXT PRIMARY KEY,
            completed_at TEXT NOT NULL,
            completed_utc TEXT NOT NULL,
            completed_day TEXT NOT NULL,
            first_name TEXT NOT NULL,
            last_name TEXT NOT NULL,
            first_name_key TEXT NOT NULL,
            last_name_key TEXT NOT NULL,
            date_of_birth TEXT NOT NULL,
            level TEXT NOT NULL,
            score INTEGER NOT NULL,
            side TEXT,
            red_flag_tier TEXT NOT NULL,
            rules_version TEXT NOT NULL,
            language TEXT NOT NULL,
            record_json TEXT NOT NULL,
            assessment_json TEXT NOT NULL,
            pdf_status TEXT NOT NULL DEFAULT 'pending' CHECK (pdf_status IN ('pending', 'written', 'failed')),
            pdf_path TEXT,
            reviewed INTEGER NOT NULL DEFAULT 0 CHECK (reviewed IN (0, 1)),
            stored_at TEXT NOT NULL
        )""",
        "CREATE INDEX intake_completed ON intake (completed_utc)",
        "CREATE INDEX intake_day ON intake (completed_day)",
        "CREATE INDEX intake_last_first ON intake (last_name_key, first_name_key)",
        "CREATE INDEX intake_first ON intake (first_name_key)",
        "CREATE INDEX intake_pdf_owed ON intake (completed_utc) WHERE pdf_status <> 'written'",
        # Who did what to stored intakes; rows are only ever added.
        """CREATE TABLE audit (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            action TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '',
            intake_id TEXT
        )""",
        f"CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN {_AUDIT_READ_ONLY}; END",
        f"CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN {_AUDIT_READ_ONLY}; END",
        "CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    ),
    # 2: staff alerts, recorded with the draft whose answer raised them (kiosk.logic.alerts). The
    # file in the output folder is a delivery of the row: `delivered_utc` stays NULL until it lands.
    # `seen_utc` is set when staff mark the alert of an unfinished form as dealt with; an alert of
    # a sent form is dealt with when its intake is marked reviewed.
    (
        """CREATE TABLE alert (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            intake_id TEXT NOT NULL,
            tier TEXT NOT NULL CHECK (tier IN ('urgent', 'emergency')),
            raised_at TEXT NOT NULL,
            raised_utc TEXT NOT NULL,
            first_name TEXT NOT NULL,
            last_name TEXT NOT NULL,
            date_of_birth TEXT,
            flags_json TEXT NOT NULL,
            delivered_path TEXT,
            delivered_utc TEXT,
            seen_utc TEXT
        )""",
        "CREATE INDEX alert_intake ON alert (intake_id)",
        "CREATE INDEX alert_undelivered ON alert (seq) WHERE delivered_utc IS NULL",
    ),
    # 3: the FHIR outbox (kiosk.logic.outbox): one row per intake owed to the clinic's FHIR server,
    # written in the submit transaction; it goes with its intake, which retention keeps until sent.
    (
        """CREATE TABLE fhir_outbox (
            intake_id TEXT PRIMARY KEY REFERENCES intake (id) ON DELETE CASCADE,
            state TEXT NOT NULL CHECK (state IN ('waiting', 'sent', 'refused')),
            attempts INTEGER NOT NULL DEFAULT 0,
            queued_utc TEXT NOT NULL,
            next_attempt_utc TEXT NOT NULL,
            last_attempt_utc TEXT,
            sent_utc TEXT,
            reason TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX fhir_outbox_due ON fhir_outbox (next_attempt_utc) WHERE state = 'waiting'",
    ),
    # 4: when the PDF reached the output folder: retention counts from delivery, not completion.
    ("ALTER TABLE intake ADD COLUMN pdf_written_utc TEXT",),
)


class StoreError(Exception):
    """A storage problem the caller can act on; messages name ids and paths, never patients."""


class SchemaTooNewError(StoreError):
    """The file was written by a newer kiosk; opening it with this one could damage it."""


def latest_version() -> int:
    return len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, path: Path) -> int:
    """Bring the schema up to `latest_version()`; returns how many migrations ran."""
    ran = 0
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = _checked_version(conn, path)
            if version == latest_version():
                conn.execute("COMMIT")
                return ran
            for statement in MIGRATIONS[version]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        ran += 1


def _checked_version(conn: sqlite3.Connection, path: Path) -> int:
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    if app_id not in (0, APPLICATION_ID) or (version > 0 and app_id != APPLICATION_ID):
        raise StoreError(f"{path}: not a kiosk database (another program's SQLite file)")
    if version == 0 and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
        raise StoreError(f"{path}: not a kiosk database (it already holds other tables)")
    if version > latest_version():
        raise SchemaTooNewError(
            f"{path}: the database is at schema version {version}, newer than this kiosk knows "
            f"({latest_version()}); run the kiosk version that wrote it, or a newer one"
        )
    return version
