"""What the kiosk's database rows read back as, and the staff alert's row written from an `Alert`.

Frozen, typed values, so callers never handle `sqlite3.Row` or the columns' text encodings: times
are ISO-8601 strings (`*_utc` in UTC with microseconds, fixed width, so they sort as text), the
level and tier their enum values, the alert's flags a JSON list. `kiosk.logic.storage` runs the SQL.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Literal, cast

from kiosk.logic.alerts import Alert, FlagLine
from kiosk.logic.assessment import Assessment, Level, Tier
from kiosk.logic.record import IntakeRecord
from kiosk.logic.record_load import loads
from kiosk.logic.vocab import Language, Side

PdfStatus = Literal["pending", "written", "failed"]


def iso_utc(when: datetime) -> str:
    if when.utcoffset() is None:
        raise ValueError("a time without a UTC offset is ambiguous here")
    return when.astimezone(UTC).isoformat(timespec="microseconds")


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


def intake_summary(row: sqlite3.Row) -> IntakeSummary:
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


def stored_intake(row: sqlite3.Row) -> StoredIntake:
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


ALERT_COLUMNS = (
    "a.seq, a.intake_id, a.tier, a.raised_at, a.first_name, a.last_name, a.date_of_birth, a.flags_json, "
    "a.delivered_path, i.id IS NOT NULL AS intake_stored"
)


def insert_alert(conn: sqlite3.Connection, alert: Alert) -> int:
    flags = [{"id": f.id, "tier": f.tier.value, "reason": f.reason} for f in alert.flags]
    cursor = conn.execute(
        """INSERT INTO alert (intake_id, tier, raised_at, raised_utc, first_name, last_name, date_of_birth,
                              flags_json)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            alert.intake_id,
            alert.tier.value,
            alert.raised_at.isoformat(),
            iso_utc(alert.raised_at),
            alert.first_name,
            alert.last_name,
            None if alert.date_of_birth is None else alert.date_of_birth.isoformat(),
            json.dumps(flags, ensure_ascii=False),
        ),
    )
    return int(cast(int, cursor.lastrowid))


def alert_from_row(row: sqlite3.Row) -> Alert:
    flags = tuple(
        FlagLine(f["id"], Tier(f["tier"]), f["reason"])
        for f in cast(list[dict[str, str]], json.loads(row["flags_json"]))
    )
    return Alert(
        intake_id=row["intake_id"],
        tier=Tier(row["tier"]),
        raised_at=datetime.fromisoformat(row["raised_at"]),
        first_name=row["first_name"],
        last_name=row["last_name"],
        date_of_birth=None if row["date_of_birth"] is None else date.fromisoformat(row["date_of_birth"]),
        flags=flags,
        seq=row["seq"],
        delivered_path=row["delivered_path"],
        intake_stored=bool(row["intake_stored"]),
    )
