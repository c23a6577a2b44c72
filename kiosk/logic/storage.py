"""Drafts and submitted intakes in one local SQLite file (the standard library's `sqlite3`).

- WAL journal: `kiosk export` can read while the kiosk writes, and a crash mid-commit leaves the
  previous state. `synchronous=FULL`: in WAL mode NORMAL may drop the last commits on power loss,
  and "your answers are saved" is a promise to the patient; one fsync per answer costs milliseconds.
- Autocommit connection (`isolation_level=None`) with an explicit `BEGIN IMMEDIATE ... COMMIT` around
  every write: the write lock is taken up front (no lock-upgrade deadlock with a reader) and the
  extent of each transaction is in the code rather than in the sqlite3 module's implicit rules.
- Submitting deletes the draft in the same transaction as the insert: the record is then the only
  copy of the patient's answers, and every id is either a draft or an intake, never both.
- Times are ISO-8601 strings; `*_utc` and `updated_at` are UTC with microseconds, fixed width, so
  they sort as text.

What the rows read back as (`IntakeSummary`, `StoredIntake`, ...) is `kiosk.logic.storage_rows`;
the name search's SQL is `kiosk.logic.search`. What is left is over 350 lines on purpose: `Store`
is the database's one writer, each public method one transaction through `_write`, and keeping
them in one class keeps every transaction the file can see in one place (the FHIR outbox, which
has its own life cycle, borrows `_write` and `_audit` in `kiosk.logic.outbox`).
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any, get_args

from kiosk.logic import outbox
from kiosk.logic.alerts import Alert
from kiosk.logic.assessment import Assessment
from kiosk.logic.dbfile import FileIdentity, check_identity, quick_check, refuse_a_lost_database
from kiosk.logic.draft import IntakeDraft
from kiosk.logic.migrations import SchemaTooNewError, StoreError, migrate
from kiosk.logic.outbox import Outbox
from kiosk.logic.plural import counted
from kiosk.logic.private import private_file, private_folder
from kiosk.logic.record import IntakeRecord, dumps
from kiosk.logic.search import day_range, name_key, search_query
from kiosk.logic.storage_rows import (
    ALERT_COLUMNS,
    AuditEntry,
    DraftSummary,
    IntakeSummary,
    PdfStatus,
    StoredIntake,
    alert_from_row,
    insert_alert,
    intake_summary,
    iso_utc,
    stored_intake,
)

__all__ = [
    "DuplicateIntakeError",
    "SchemaTooNewError",
    "Store",
    "StoreError",
    "UnknownIntakeError",
]

log = logging.getLogger(__name__)
CACHE_KIB = 256

BUSY_SECONDS = 10.0
"""How long a write waits for another process (e.g. a running export) before giving up."""


class DuplicateIntakeError(StoreError):
    """The intake id is already stored; a second submit must not overwrite the first."""


class UnknownIntakeError(StoreError):
    """No stored intake has this id (never submitted, deleted or purged)."""


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Store:
    """The kiosk's database: open it once at start, pass it to whoever saves or reads intakes."""

    def __init__(self, path: Path, *, clock: Callable[[], datetime] = _utc_now) -> None:
        self.path = Path(path)
        self._clock = clock
        refuse_a_lost_database(self.path)
        try:
            private_folder(self.path.parent)
            for owned in (
                self.path,
                *(self.path.with_name(self.path.name + side) for side in ("-wal", "-shm")),
            ):
                if owned is self.path or owned.exists():
                    private_file(owned)
            conn = sqlite3.connect(self.path, isolation_level=None, timeout=BUSY_SECONDS)
        except (OSError, sqlite3.Error) as error:  # e.g. a folder named like the database, no rights
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            raise StoreError(f"{self.path}: cannot open the database ({reason})") from error
        try:
            conn.row_factory = sqlite3.Row
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode != "wal":
                log.warning("database journal mode is %s, not WAL (network or read-only folder?)", mode)
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA synchronous = FULL")
            # A kiosk reads little: a small page cache keeps memory flat over a day of patients
            # (the 2 MiB default showed as growth in the memory benchmark); searches use indexes.
            conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            # A deleted intake's name must not stay readable in the file's free pages.
            conn.execute("PRAGMA secure_delete = ON")
            quick_check(conn, self.path)
            ran = migrate(conn, self.path)
            self.database_id = check_identity(conn, self.path)
            self._identity = FileIdentity.of(self.path)
        except sqlite3.DatabaseError as error:
            conn.close()
            raise StoreError(f"{self.path}: cannot open the database ({error})") from error
        except BaseException:
            conn.close()
            raise
        if ran:
            log.info("database schema migrated (%d step(s))", ran)
        self._conn = conn
        self._closed = False

    def close(self) -> None:
        """Let SQLite refresh its planner statistics, then close (checkpointing the WAL). Idempotent."""
        if self._closed:
            return
        self._closed = True
        try:
            self._conn.execute("PRAGMA optimize")
        except sqlite3.Error as error:
            log.warning("PRAGMA optimize failed (%s)", type(error).__name__)
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it is on disk after the block, or none of it."""
        conn = self._conn
        self._identity.check(self.path)  # never write into a deleted or replaced file
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def _now(self) -> str:
        return iso_utc(self._clock())

    # -- drafts --------------------------------------------------------------------------------

    def save_draft(self, draft: IntakeDraft, alert: Alert | None = None) -> int | None:
        """Save the answers so far. A draft already submitted or abandoned is left as it is.

        With `alert`, the staff alert those answers raised is recorded in the same transaction: it is
        on disk exactly when the answer is, whatever then happens to the output folder. Returns the
        alert's row number (`Alert.seq`), for its delivery.
        """
        now = self._now()
        data = json.dumps(draft.to_dict(), ensure_ascii=False)
        with self._write() as conn:
            saved = conn.execute(
                """INSERT INTO draft (id, status, data, created_at, updated_at)
                   SELECT :id, 'open', :data, :now, :now
                   WHERE NOT EXISTS (SELECT 1 FROM intake WHERE id = :id)
                   ON CONFLICT (id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at
                   WHERE draft.status = 'open'""",
                {"id": draft.id, "data": data, "now": now},
            ).rowcount
            seq = None if alert is None else insert_alert(conn, alert)
        if not saved:
            log.warning("draft %s not saved: it was already submitted or abandoned", draft.id)
        return seq

    def load_draft(self, draft_id: str) -> IntakeDraft | None:
        """An open draft; abandoned and submitted ones never come back into the patient flow."""
        row = self._conn.execute(
            "SELECT data FROM draft WHERE id = ? AND status = 'open'", (draft_id,)
        ).fetchone()
        return None if row is None else IntakeDraft.from_dict(json.loads(row["data"]))

    def abandon_draft(self, draft_id: str) -> None:
        """The patient walked away: keep the answers for staff, never show them to anyone else."""
        with self._write() as conn:
            conn.execute(
                "UPDATE draft SET status = 'abandoned' WHERE id = ? AND status = 'open'", (draft_id,)
            )

    def open_drafts(self) -> list[DraftSummary]:
        return self._drafts("open")

    def abandoned_drafts(self) -> list[DraftSummary]:
        """Forms patients walked away from; staff see them as such, the patient side never does."""
        return self._drafts("abandoned")

    def _drafts(self, status: str) -> list[DraftSummary]:
        rows = self._conn.execute(
            "SELECT id, status, created_at, updated_at FROM draft WHERE status = ? ORDER BY updated_at",
            (status,),
        ).fetchall()
        return [
            DraftSummary(
                r["id"],
                r["status"],
                datetime.fromisoformat(r["created_at"]),
                datetime.fromisoformat(r["updated_at"]),
            )
            for r in rows
        ]

    def abandon_open_drafts(self) -> int:
        """At start-up: a draft left open by a crash must never greet the next patient."""
        with self._write() as conn:
            count = conn.execute("UPDATE draft SET status = 'abandoned' WHERE status = 'open'").rowcount
        if count:
            log.info("abandoned %d unfinished draft(s) at start", count)
        return count

    # -- intakes -------------------------------------------------------------------------------

    def submit(self, record: IntakeRecord, assessment: Assessment, *, fhir: bool = False) -> None:
        """Store the final record and drop its draft, in one transaction; with `fhir`, the intake is
        queued for the clinic's FHIR server in the same transaction."""
        patient = record.patient
        row = {
            "id": record.id,
            "completed_at": record.completed_at.isoformat(),
            "completed_utc": iso_utc(record.completed_at),
            "completed_day": record.completed_at.date().isoformat(),
            "first_name": patient.first_name,
            "last_name": patient.last_name,
            "first_name_key": name_key(patient.first_name),
            "last_name_key": name_key(patient.last_name),
            "date_of_birth": patient.date_of_birth.isoformat(),
            "level": assessment.level.value,
            "score": assessment.score,
            "side": None if assessment.side is None else assessment.side.value,
            "red_flag_tier": assessment.red_flag_tier.value,
            "rules_version": assessment.rules_version,
            "language": record.language.value,
            "record_json": dumps(record),
            "assessment_json": json.dumps(assessment.to_dict(), ensure_ascii=False),
            "stored_at": self._now(),
        }
        columns = ", ".join(row)
        values = ", ".join(f":{name}" for name in row)
        with self._write() as conn:
            if conn.execute("SELECT 1 FROM intake WHERE id = ?", (record.id,)).fetchone():
                raise DuplicateIntakeError(f"intake {record.id} is already stored; it was not changed")
            conn.execute(f"INSERT INTO intake ({columns}) VALUES ({values})", row)
            conn.execute("DELETE FROM draft WHERE id = ?", (record.id,))
            if fhir:
                outbox.queue(conn, record.id, self._clock())

    def get(self, intake_id: str) -> StoredIntake | None:
        row = self._conn.execute("SELECT * FROM intake WHERE id = ?", (intake_id,)).fetchone()
        return None if row is None else stored_intake(row)

    def search(
        self, text: str = "", since: date | None = None, until: date | None = None, limit: int = 200
    ) -> list[IntakeSummary]:
        """Newest first. `text` is the start of a first or last name, "First Last" or "Last, First";
        case and accents are ignored. `since`/`until` are completion days (the kiosk's local day),
        both included."""
        if limit < 1:
            raise ValueError("limit must be at least 1")
        sql, params = search_query(text, since, until, limit)
        return [intake_summary(row) for row in self._conn.execute(sql, params)]

    def export_json_lines(self, since: date | None = None, until: date | None = None) -> Iterator[str]:
        """Each record's canonical JSON on one line, oldest first, streamed (no list in memory)."""
        for row in self._exported("record_json", since, until):
            yield json.dumps(json.loads(row["record_json"]), ensure_ascii=False, separators=(",", ":"))

    def export_intakes(self, since: date | None = None, until: date | None = None) -> Iterator[StoredIntake]:
        """The stored intakes of `export_json_lines`, whole (the FHIR export needs the assessment too)."""
        for row in self._exported("*", since, until):
            yield stored_intake(row)

    def _exported(self, columns: str, since: date | None, until: date | None) -> Iterator[sqlite3.Row]:
        sql = f"SELECT {columns} FROM intake"
        where: list[str] = []
        params: list[Any] = []
        day_range(since, until, where, params)
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY completed_utc, rowid"
        yield from self._conn.execute(sql, params)

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM intake").fetchone()[0])

    # -- PDF bookkeeping -----------------------------------------------------------------------

    def set_pdf_status(self, intake_id: str, status: PdfStatus, path: str | None) -> None:
        if status not in get_args(PdfStatus):
            raise ValueError(f"PDF status {status!r} is not one of {', '.join(get_args(PdfStatus))}")
        if status == "written" and not path:
            raise ValueError("a written PDF needs its path")
        with self._write() as conn:
            changed = conn.execute(
                "UPDATE intake SET pdf_status = ?, pdf_path = ?, pdf_written_utc = ? WHERE id = ?",
                (status, path, self._now() if status == "written" else None, intake_id),
            ).rowcount
            if not changed:
                raise UnknownIntakeError(f"no stored intake {intake_id}")

    def written_pdfs(self) -> list[tuple[str, str]]:
        """(id, path) of every stored intake whose PDF is on record as written."""
        rows = self._conn.execute(
            "SELECT id, pdf_path FROM intake WHERE pdf_status = 'written' ORDER BY completed_utc, rowid"
        ).fetchall()
        return [(r["id"], r["pdf_path"]) for r in rows]

    def pending_pdfs(self) -> list[str]:
        """Ids whose PDF is still owed ('pending' or 'failed'), oldest first, for the retry at start."""
        rows = self._conn.execute(
            "SELECT id FROM intake WHERE pdf_status <> 'written' ORDER BY completed_utc, rowid"
        ).fetchall()
        return [r["id"] for r in rows]

    # -- staff alerts ----------------------------------------------------------------------------

    def undelivered_alerts(self) -> list[Alert]:
        """Alerts whose file is not yet in the output folder, oldest first."""
        rows = self._conn.execute(
            f"SELECT {ALERT_COLUMNS} FROM alert a LEFT JOIN intake i ON i.id = a.intake_id "
            "WHERE a.delivered_utc IS NULL ORDER BY a.seq"
        ).fetchall()
        return [alert_from_row(row) for row in rows]

    def record_alert(self, alert: Alert) -> int:
        """An alert the database refused when it was raised, recorded once it takes writes again
        (delivered already, if its file reached the output folder meanwhile); returns its row number."""
        with self._write() as conn:
            seq = insert_alert(conn, alert)
            if alert.delivered_path is not None:
                conn.execute(
                    "UPDATE alert SET delivered_path = ?, delivered_utc = ? WHERE seq = ?",
                    (alert.delivered_path, self._now(), seq),
                )
        return seq

    def mark_alert_delivered(self, seq: int, path: str) -> None:
        with self._write() as conn:
            conn.execute(
                "UPDATE alert SET delivered_path = ?, delivered_utc = ? WHERE seq = ?",
                (path, self._now(), seq),
            )

    def alerted_intake_ids(self) -> set[str]:
        """The ids of every form with a recorded alert."""
        return {str(row[0]) for row in self._conn.execute("SELECT DISTINCT intake_id FROM alert")}

    def open_alerts(self) -> list[Alert]:
        """Alerts staff have not dealt with yet, oldest first: of a sent form until its intake is
        marked reviewed, of an unfinished one until staff mark it seen (`mark_alerts_seen`)."""
        rows = self._conn.execute(
            f"SELECT {ALERT_COLUMNS} FROM alert a LEFT JOIN intake i ON i.id = a.intake_id "
            "WHERE a.seen_utc IS NULL AND (i.id IS NULL OR i.reviewed = 0) ORDER BY a.seq"
        ).fetchall()
        return [alert_from_row(row) for row in rows]

    def mark_alerts_seen(self, intake_ids: list[str]) -> None:
        """Staff have dealt with the alerts of these (unfinished) forms; audited."""
        with self._write() as conn:
            for intake_id in intake_ids:
                conn.execute(
                    "UPDATE alert SET seen_utc = ? WHERE intake_id = ? AND seen_utc IS NULL",
                    (self._now(), intake_id),
                )
                self._audit(conn, "alert seen", "", intake_id)

    # -- staff bookkeeping ---------------------------------------------------------------------

    def mark_reviewed(self, intake_id: str, reviewed: bool) -> None:
        with self._write() as conn:
            changed = conn.execute(
                "UPDATE intake SET reviewed = ? WHERE id = ?", (int(reviewed), intake_id)
            ).rowcount
            if not changed:
                raise UnknownIntakeError(f"no stored intake {intake_id}")

    def delete(self, intake_id: str) -> None:
        """Delete one intake (and any draft with its id); the audit row is written in the same transaction."""
        with self._write() as conn:
            if not conn.execute("DELETE FROM intake WHERE id = ?", (intake_id,)).rowcount:
                raise UnknownIntakeError(f"no stored intake {intake_id}")
            conn.execute("DELETE FROM draft WHERE id = ?", (intake_id,))
            conn.execute("DELETE FROM alert WHERE intake_id = ?", (intake_id,))
            self._audit(conn, "delete", "", intake_id)

    def purge_older_than(self, days: int, now: datetime) -> int:
        """Retention: delete intakes delivered, and drafts last saved, more than `days` before `now`.

        An intake counts from when its PDF reached the output folder (and its FHIR send, where one
        is configured), not from its completion: the copies of record must have existed that long.

        An intake whose PDF is still owed, or that the FHIR server has not taken yet (waiting or
        refused), is kept whatever its age: the stored record is then the physician's only copy. `days` below 1 is refused rather than read as "everything":
        retention 0 means "keep", and the caller skips the purge then.
        """
        if days < 1:
            raise ValueError("days must be at least 1 (a retention of 0 means keep everything)")
        cutoff = iso_utc(now - timedelta(days=days))
        expired = (
            "COALESCE(pdf_written_utc, completed_utc) < :cutoff AND pdf_status = 'written'"
            " AND id NOT IN (SELECT intake_id FROM fhir_outbox WHERE state <> 'sent' OR sent_utc >= :cutoff)"
        )
        with self._write() as conn:
            drafts = conn.execute(
                f"DELETE FROM draft WHERE updated_at < :cutoff OR id IN (SELECT id FROM intake WHERE {expired})",
                {"cutoff": cutoff},
            ).rowcount
            # An alert goes with its form, once delivered and dealt with (or as old as the cutoff).
            conn.execute(
                f"""DELETE FROM alert WHERE delivered_utc IS NOT NULL AND raised_utc < :cutoff
                    AND (intake_id IN (SELECT id FROM intake WHERE {expired})
                         OR intake_id NOT IN (SELECT id FROM intake))""",
                {"cutoff": cutoff},
            )
            intakes = conn.execute(f"DELETE FROM intake WHERE {expired}", {"cutoff": cutoff}).rowcount
            owed = conn.execute(
                "SELECT count(*) FROM intake WHERE completed_utc < :cutoff", {"cutoff": cutoff}
            ).fetchone()[0]
            if intakes or drafts:
                counts = f"{counted(intakes, 'intake')} and {counted(drafts, 'draft')}"
                detail = f"{counts} older than {counted(days, 'day')} (before {cutoff})"
                self._audit(conn, "purge", detail, None)
        if intakes or drafts:
            log.info("purged %d intake(s) and %d draft(s) older than %d days", intakes, drafts, days)
        if owed:
            log.warning(
                "kept %d intake(s) older than %d days: their PDF or FHIR send is still owed", owed, days
            )
        return intakes

    @property
    def outbox(self) -> Outbox:
        """What is owed to the clinic's FHIR server (kiosk.logic.outbox), on this connection."""
        return Outbox(self._conn, self._write, self._audit)

    def audit(self, action: str, detail: str = "", intake_id: str | None = None) -> None:
        """Record a staff action. `detail` must not hold patient data: name the intake by id."""
        if not action.strip():
            raise ValueError("an audit row needs an action")
        with self._write() as conn:
            self._audit(conn, action, detail, intake_id)

    def _audit(self, conn: sqlite3.Connection, action: str, detail: str, intake_id: str | None) -> None:
        conn.execute(
            "INSERT INTO audit (at, action, detail, intake_id) VALUES (?, ?, ?, ?)",
            (self._now(), action, detail, intake_id),
        )

    def audit_log(self, limit: int = 200) -> list[AuditEntry]:
        """Newest first."""
        rows = self._conn.execute(
            "SELECT seq, at, action, detail, intake_id FROM audit ORDER BY seq DESC LIMIT ?", (max(limit, 0),)
        ).fetchall()
        return [
            AuditEntry(r["seq"], datetime.fromisoformat(r["at"]), r["action"], r["detail"], r["intake_id"])
            for r in rows
        ]

    # -- settings ------------------------------------------------------------------------------

    def get_setting(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row["value"])

    def set_setting(self, key: str, value: str) -> None:
        with self._write() as conn:
            conn.execute(
                "INSERT INTO setting (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def delete_setting(self, key: str) -> bool:
        """Remove a setting; True if it was there. Its readers then take their "not set" path
        (a forgotten staff PIN: the gate asks for a new one, as on first start)."""
        with self._write() as conn:
            return conn.execute("DELETE FROM setting WHERE key = ?", (key,)).rowcount > 0
