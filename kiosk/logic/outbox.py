"""What the kiosk owes the clinic's FHIR server, in SQLite: one row per intake, queued by the submit.

The row is written in the same transaction as the intake, so an intake is never stored without its
obligation; it leaves `waiting` only when the server's answer is recorded, so a kiosk killed during
a send sends again at its next start (the Bundle's conditional creates make the second copy a
no-op). Network errors and 5xx wait longer each time (`backoff`); a 4xx is `refused` with the
server's words and waits for staff ("Send again"). Every result is audited in its transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal, cast

OutboxState = Literal["waiting", "sent", "refused"]
FIRST_RETRY = timedelta(seconds=30)
LONGEST_RETRY = timedelta(hours=1)
REASON_MAX = 500
"""A server's message is kept for staff up to this length (an HTML error page can be long)."""


def backoff(attempts: int, first: timedelta = FIRST_RETRY, longest: timedelta = LONGEST_RETRY) -> timedelta:
    """The wait after `attempts` failed tries: 30 s, 1 min, 2 min, ... up to an hour."""
    wait: timedelta = first * 2 ** min(max(attempts - 1, 0), 30)
    return min(wait, longest)


@dataclass(frozen=True)
class Delivery:
    """One intake's place in the outbox, as the staff screen shows it."""

    intake_id: str
    state: OutboxState
    attempts: int
    next_attempt_utc: datetime
    last_attempt_utc: datetime | None
    sent_utc: datetime | None
    reason: str
    """Why the last try failed, or the server's refusal in its own words; empty once sent."""


def _time(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def _iso(when: datetime) -> str:
    return when.astimezone(UTC).isoformat(timespec="microseconds")


def _delivery(row: sqlite3.Row) -> Delivery:
    return Delivery(
        intake_id=row["intake_id"],
        state=cast(OutboxState, row["state"]),
        attempts=row["attempts"],
        next_attempt_utc=datetime.fromisoformat(row["next_attempt_utc"]),
        last_attempt_utc=_time(row["last_attempt_utc"]),
        sent_utc=_time(row["sent_utc"]),
        reason=row["reason"],
    )


def queue(conn: sqlite3.Connection, intake_id: str, now: datetime) -> None:
    """Inside the submit transaction: the intake is owed to the server from its first moment."""
    conn.execute(
        "INSERT INTO fhir_outbox (intake_id, state, queued_utc, next_attempt_utc) VALUES (?, 'waiting', ?, ?)",
        (intake_id, _iso(now), _iso(now)),
    )


Write = Callable[[], AbstractContextManager[sqlite3.Connection]]
Audit = Callable[[sqlite3.Connection, str, str, str | None], None]


class Outbox:
    """The outbox of one `Store` (`store.outbox`): its connection, its write transactions, its audit."""

    def __init__(self, conn: sqlite3.Connection, write: Write, audit: Audit) -> None:
        self._conn = conn
        self._write = write
        self._audit = audit

    def due(self, now: datetime, limit: int = 50) -> list[str]:
        """Waiting intakes whose next try has come, oldest first."""
        rows = self._conn.execute(
            """SELECT intake_id FROM fhir_outbox WHERE state = 'waiting' AND next_attempt_utc <= ?
               ORDER BY next_attempt_utc, queued_utc LIMIT ?""",
            (_iso(now), limit),
        ).fetchall()
        return [r["intake_id"] for r in rows]

    def next_due(self) -> datetime | None:
        """When the earliest waiting intake may be tried again (None: nothing waits)."""
        row = self._conn.execute(
            "SELECT min(next_attempt_utc) FROM fhir_outbox WHERE state = 'waiting'"
        ).fetchone()
        return _time(row[0])

    def get(self, intake_id: str) -> Delivery | None:
        row = self._conn.execute("SELECT * FROM fhir_outbox WHERE intake_id = ?", (intake_id,)).fetchone()
        return None if row is None else _delivery(row)

    def of(self, intake_ids: list[str]) -> dict[str, Delivery]:
        """The deliveries of a page of the staff list (intakes never queued are absent)."""
        marks = ", ".join("?" * len(intake_ids))
        rows = self._conn.execute(f"SELECT * FROM fhir_outbox WHERE intake_id IN ({marks})", intake_ids)
        return {row["intake_id"]: _delivery(row) for row in rows}

    def counts(self) -> dict[OutboxState, int]:
        rows = self._conn.execute("SELECT state, count(*) AS n FROM fhir_outbox GROUP BY state")
        return {cast(OutboxState, r["state"]): r["n"] for r in rows}

    def sent(self, intake_id: str, now: datetime, detail: str) -> None:
        self._result(intake_id, now, ("sent", "", now), f"sent ({detail})")

    def retry(
        self, intake_id: str, now: datetime, reason: str, wait: Callable[[int], timedelta] = backoff
    ) -> None:
        """A try that did not reach the server or that it could not take now (5xx): wait, then again."""
        attempts = self._attempts(intake_id) + 1
        pause = wait(attempts)
        self._result(
            intake_id, now, ("waiting", reason, now + pause), f"not sent, next try in {pause}: {reason}"
        )

    def refused(self, intake_id: str, now: datetime, status: int, reason: str) -> None:
        """The server said no (4xx): trying the same Bundle again would get the same answer."""
        self._result(intake_id, now, ("refused", reason, now), f"refused by the server (HTTP {status})")

    def send_again(self, intake_id: str, now: datetime) -> None:
        """Staff asked: queue it for a try now, whatever its state (a re-send duplicates nothing)."""
        with self._write() as conn:
            changed = conn.execute(
                "UPDATE fhir_outbox SET state = 'waiting', next_attempt_utc = ? WHERE intake_id = ?",
                (_iso(now), intake_id),
            ).rowcount
            if not changed:
                queue(conn, intake_id, now)
            self._audit(conn, "fhir send again", "asked by staff", intake_id)

    def _attempts(self, intake_id: str) -> int:
        row = self._conn.execute(
            "SELECT attempts FROM fhir_outbox WHERE intake_id = ?", (intake_id,)
        ).fetchone()
        return 0 if row is None else int(row["attempts"])

    def _result(
        self, intake_id: str, now: datetime, outcome: tuple[OutboxState, str, datetime], audit: str
    ) -> None:
        """Record one try (its new state, reason and next try) and its audit row together. An intake
        deleted meanwhile records nothing."""
        state, reason, next_try = outcome
        with self._write() as conn:
            changed = conn.execute(
                """UPDATE fhir_outbox SET state = :state, attempts = attempts + 1, last_attempt_utc = :now,
                       next_attempt_utc = :next, reason = :reason,
                       sent_utc = CASE WHEN :state = 'sent' THEN :now ELSE sent_utc END
                   WHERE intake_id = :id""",
                {
                    "state": state,
                    "now": _iso(now),
                    "next": _iso(next_try),
                    "reason": reason[:REASON_MAX],
                    "id": intake_id,
                },
            ).rowcount
            if changed:
                self._audit(conn, "fhir send", audit[:REASON_MAX], intake_id)
