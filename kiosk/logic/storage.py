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
"""

from __future__ import annotations

import json
import logging
import sqlite3
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, cast, get_args

from kiosk.logic.assessment import Assessment, Level, Tier
from kiosk.logic.draft import IntakeDraft
from kiosk.logic.migrations import SchemaTooNewError, StoreError, migrate
from kiosk.logic.record import IntakeRecord, dumps, loads
from kiosk.logic.vocab import Language, Side

__all__ = [
    "AuditEntry",
    "DraftSummary",
    "DuplicateIntakeError",
    "IntakeSummary",
    "PdfStatus",
    "SchemaTooNewError",
    "Store",
    "StoreError",
    "StoredIntake",
    "UnknownIntakeError",
    "name_key",
]

log = logging.getLogger(__name__)
CACHE_KIB = 256

PdfStatus = Literal["pending", "written", "failed"]
BUSY_SECONDS = 10.0
"""How long a write waits for another process (e.g. a running export) before giving up."""
_MAX_NAME_WORDS = 6
_PREFIX_END = "\U0010ffff"


class DuplicateIntakeError(StoreError):
    """The intake id is already stored; a second submit must not overwrite the first."""


class UnknownIntakeError(StoreError):
    """No stored intake has this id (never submitted, deleted or purged)."""


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _iso_utc(when: datetime) -> str:
    if when.utcoffset() is None:
        raise ValueError("a time without a UTC offset is ambiguous here")
    return when.astimezone(UTC).isoformat(timespec="microseconds")


_FOLD = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i"})


def name_key(text: str) -> str:
    """The searchable form of a name: lower case, accents dropped, spaces collapsed ("García" → "garcia").

    Staff type names on an ordinary keyboard, often without the accents the patient entered.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


@dataclass(frozen=True)
class DraftSummary:
    id: str
    status: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class IntakeSummary:
    """One line of the staff list; no JSON is parsed to build it."""

    id: str
    completed_at: datetime
    first_name: str
    last_name: str
    date_of_birth: date
    level: Level
    red_flag_tier: Tier
    pdf_status: PdfStatus
    reviewed: bool


@dataclass(frozen=True)
class StoredIntake:
    id: str
    completed_at: datetime
    completed_utc: datetime
    first_name: str
    last_name: str
    date_of_birth: date
    level: Level
    score: int
    side: Side | None
    red_flag_tier: Tier
    rules_version: str
    language: Language
    record_json: str
    assessment_json: str
    pdf_status: PdfStatus
    pdf_path: str | None
    reviewed: bool

    @property
    def record(self) -> IntakeRecord:
        """The stored document, validated again on the way out."""
        return loads(self.record_json)

    @property
    def assessment(self) -> Assessment:
        """The assessment as stored at submit time, under the rules version it was made with."""
        return Assessment.from_dict(cast(dict[str, Any], json.loads(self.assessment_json)))


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: datetime
    action: str
    detail: str
    intake_id: str | None


_SUMMARY_COLUMNS = (
    "id, completed_at, first_name, last_name, date_of_birth, level, red_flag_tier, pdf_status, reviewed"
)


def _summary(row: sqlite3.Row) -> IntakeSummary:
    return IntakeSummary(
        id=row["id"],
        completed_at=datetime.fromisoformat(row["completed_at"]),
        first_name=row["first_name"],
        last_name=row["last_name"],
        date_of_birth=date.fromisoformat(row["date_of_birth"]),
        level=Level(row["level"]),
        red_flag_tier=Tier(row["red_flag_tier"]),
        pdf_status=cast(PdfStatus, row["pdf_status"]),
        reviewed=bool(row["reviewed"]),
    )


def _stored(row: sqlite3.Row) -> StoredIntake:
    return StoredIntake(
        id=row["id"],
        completed_at=datetime.fromisoformat(row["completed_at"]),
        completed_utc=datetime.fromisoformat(row["completed_utc"]),
        first_name=row["first_name"],
        last_name=row["last_name"],
        date_of_birth=date.fromisoformat(row["date_of_birth"]),
        level=Level(row["level"]),
        score=row["score"],
        side=None if row["side"] is None else Side(row["side"]),
        red_flag_tier=Tier(row["red_flag_tier"]),
        rules_version=row["rules_version"],
        language=Language(row["language"]),
        record_json=row["record_json"],
        assessment_json=row["assessment_json"],
        pdf_status=cast(PdfStatus, row["pdf_status"]),
        pdf_path=row["pdf_path"],
        reviewed=bool(row["reviewed"]),
    )


def _name_alternatives(text: str) -> list[list[tuple[str, str]]]:
    """Ways the typed text can name a patient, each a list of (column, prefix) that must all match.

    "Last, First" is explicit; otherwise the text may be the start of either name, or "First Last"
    (or "Last First") split at any space, so that multi-word names work.
    """
    if "," in text:
        last, first = (name_key(part) for part in text.split(",", 1))
        both = [(column, prefix) for column, prefix in (("last", last), ("first", first)) if prefix]
        return [both] if both else []
    key = name_key(text)
    if not key:
        return []
    alternatives = [[("last", key)], [("first", key)]]
    words = key.split(" ")[:_MAX_NAME_WORDS]
    for cut in range(1, len(words)):
        left, right = " ".join(words[:cut]), " ".join(words[cut:])
        alternatives += [[("first", left), ("last", right)], [("last", left), ("first", right)]]
    return alternatives


def _day_range(since: date | None, until: date | None, where: list[str], params: list[Any]) -> None:
    """Filter on the local day the patient saw, both ends included."""
    if since is not None:
        where.append("completed_day >= ?")
        params.append(since.isoformat())
    if until is not None:
        where.append("completed_day <= ?")
        params.append(until.isoformat())


def search_query(text: str, since: date | None, until: date | None, limit: int) -> tuple[str, list[Any]]:
    """The SQL behind `Store.search`; each name alternative is an index range scan (prefix match)."""
    where: list[str] = []
    params: list[Any] = []
    alternatives = _name_alternatives(text)
    if alternatives:
        selects = []
        for alternative in alternatives:
            ranges = []
            for column, prefix in alternative:
                ranges.append(f"{column}_name_key >= ? AND {column}_name_key < ?")
                params += [prefix, prefix + _PREFIX_END]
            selects.append("SELECT rowid FROM intake WHERE " + " AND ".join(ranges))
        where.append("rowid IN (" + " UNION ".join(selects) + ")")
    _day_range(since, until, where, params)
    sql = f"SELECT {_SUMMARY_COLUMNS} FROM intake"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY completed_utc DESC, rowid DESC LIMIT ?"
    params.append(limit)
    return sql, params


class Store:
    """The kiosk's database: open it once at start, pass it to whoever saves or reads intakes."""

    def __init__(self, path: Path, *, clock: Callable[[], datetime] = _utc_now) -> None:
        self.path = Path(path)
        self._clock = clock
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, isolation_level=None, timeout=BUSY_SECONDS)
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
            ran = migrate(conn, self.path)
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
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def _now(self) -> str:
        return _iso_utc(self._clock())

    # -- drafts --------------------------------------------------------------------------------

    def save_draft(self, draft: IntakeDraft) -> None:
        """Save the answers so far. A draft already submitted or abandoned is left as it is."""
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
        if not saved:
            log.warning("draft %s not saved: it was already submitted or abandoned", draft.id)

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

    def submit(self, record: IntakeRecord, assessment: Assessment) -> None:
        """Store the final record and drop its draft, in one transaction."""
        patient = record.patient
        row = {
            "id": record.id,
            "completed_at": record.completed_at.isoformat(),
            "completed_utc": _iso_utc(record.completed_at),
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

    def get(self, intake_id: str) -> StoredIntake | None:
        row = self._conn.execute("SELECT * FROM intake WHERE id = ?", (intake_id,)).fetchone()
        return None if row is None else _stored(row)

    def search(
        self, text: str = "", since: date | None = None, until: date | None = None, limit: int = 200
    ) -> list[IntakeSummary]:
        """Newest first. `text` is the start of a first or last name, "First Last" or "Last, First";
        case and accents are ignored. `since`/`until` are completion days (the kiosk's local day),
        both included."""
        if limit < 1:
            raise ValueError("limit must be at least 1")
        sql, params = search_query(text, since, until, limit)
        return [_summary(row) for row in self._conn.execute(sql, params)]

    def export_json_lines(self, since: date | None = None, until: date | None = None) -> Iterator[str]:
        """Each record's canonical JSON on one line, oldest first, streamed (no list in memory)."""
        for row in self._exported("record_json", since, until):
            yield json.dumps(json.loads(row["record_json"]), ensure_ascii=False, separators=(",", ":"))

    def export_intakes(self, since: date | None = None, until: date | None = None) -> Iterator[StoredIntake]:
        """The stored intakes of `export_json_lines`, whole (the FHIR export needs the assessment too)."""
        for row in self._exported("*", since, until):
            yield _stored(row)

    def _exported(self, columns: str, since: date | None, until: date | None) -> Iterator[sqlite3.Row]:
        sql = f"SELECT {columns} FROM intake"
        where: list[str] = []
        params: list[Any] = []
        _day_range(since, until, where, params)
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
                "UPDATE intake SET pdf_status = ?, pdf_path = ? WHERE id = ?", (status, path, intake_id)
            ).rowcount
            if not changed:
                raise UnknownIntakeError(f"no stored intake {intake_id}")

    def pending_pdfs(self) -> list[str]:
        """Ids whose PDF is still owed ('pending' or 'failed'), oldest first, for the retry at start."""
        rows = self._conn.execute(
            "SELECT id FROM intake WHERE pdf_status <> 'written' ORDER BY completed_utc, rowid"
        ).fetchall()
        return [r["id"] for r in rows]

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
            self._audit(conn, "delete", "", intake_id)

    def purge_older_than(self, days: int, now: datetime) -> int:
        """Retention: delete intakes completed, and drafts last saved, more than `days` before `now`.

        An intake whose PDF is still owed is kept whatever its age: the stored record is then the
        physician's only copy. `days` below 1 is refused rather than read as "everything":
        retention 0 means "keep", and the caller skips the purge then.
        """
        if days < 1:
            raise ValueError("days must be at least 1 (a retention of 0 means keep everything)")
        cutoff = _iso_utc(now - timedelta(days=days))
        expired = "completed_utc < :cutoff AND pdf_status = 'written'"
        with self._write() as conn:
            drafts = conn.execute(
                f"DELETE FROM draft WHERE updated_at < :cutoff OR id IN (SELECT id FROM intake WHERE {expired})",
                {"cutoff": cutoff},
            ).rowcount
            intakes = conn.execute(f"DELETE FROM intake WHERE {expired}", {"cutoff": cutoff}).rowcount
            owed = conn.execute(
                "SELECT count(*) FROM intake WHERE completed_utc < :cutoff", {"cutoff": cutoff}
            ).fetchone()[0]
            if intakes or drafts:
                detail = f"{intakes} intake(s) and {drafts} draft(s) older than {days} days (before {cutoff})"
                self._audit(conn, "purge", detail, None)
        if intakes or drafts:
            log.info("purged %d intake(s) and %d draft(s) older than %d days", intakes, drafts, days)
        if owed:
            log.warning("kept %d intake(s) older than %d days: their PDFs are still owed", owed, days)
        return intakes

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
