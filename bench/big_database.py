"""A kiosk database holding 100,000 submitted intakes, built in seconds, for the staff-list figure.

Going through `Store.submit` 100,000 times would take minutes (one fsync each), so one intake is
submitted for real and its stored row is the template: every other row is that row with a new id,
patient name, completion time and the name keys `Store.submit` would compute (`name_key`), inserted
in one transaction with journalling off. The record JSON is the template's with id and names
swapped, so rows have their real size. The schema is the kiosk's own: `Store` creates it.

Intakes are spread over about 2.5 years (one every 13 minutes), PDFs written, older ones reviewed;
one in 400 has an urgent red flag, so the "needs attention" line has something to show.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bench.records import another_intake, full_record, patient_name
from kiosk.logic.screening import assess
from kiosk.logic.search import name_key
from kiosk.logic.storage import Store

INTAKES = 100_000
EVERY = timedelta(minutes=13)
ABANDONED_DRAFTS = 300
AUDIT_ROWS = 2_000


def _rows(template: dict[str, Any], count: int, newest: datetime) -> Iterator[dict[str, Any]]:
    record_json: str = template["record_json"]
    first0, last0, id0 = template["first_name"], template["last_name"], template["id"]
    sample = another_intake(full_record(), 0)
    for number in range(1, count):
        completed = newest - number * EVERY
        first, last = patient_name(number)
        intake_id = f"{number:08d}-{sample.id[9:]}"
        row = dict(template)
        row.update(
            id=intake_id,
            completed_at=completed.isoformat(),
            completed_utc=completed.astimezone(UTC).isoformat(timespec="microseconds"),
            completed_day=completed.date().isoformat(),
            first_name=first,
            last_name=last,
            first_name_key=name_key(first),
            last_name_key=name_key(last),
            date_of_birth=f"{1940 + number % 60}-{1 + number % 12:02d}-{1 + number % 28:02d}",
            record_json=record_json.replace(id0, intake_id).replace(first0, first).replace(last0, last),
            red_flag_tier="urgent" if number % 400 == 0 else template["red_flag_tier"],
            pdf_status="written",
            pdf_path=f"/srv/intake-pdfs/intake-{number:08d}.pdf",
            reviewed=1 if number > 50 else 0,
        )
        yield row


def build(path: Path, count: int = INTAKES) -> Path:
    """Create `path` with `count` intakes; returns it. The newest intake is a few minutes old."""
    newest = datetime.now().astimezone() - timedelta(minutes=5)
    first = another_intake(full_record(), 0, completed_at=newest)
    with Store(path) as store:
        store.submit(first, assess(first))
        store.set_pdf_status(first.id, "written", "/srv/intake-pdfs/intake-00000000.pdf")
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.row_factory = sqlite3.Row
        template = dict(conn.execute("SELECT * FROM intake").fetchone())
        columns = list(template)
        insert = f"INSERT INTO intake ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)})"
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("BEGIN")
        conn.executemany(insert, _rows(template, count, newest))
        conn.executemany(
            "INSERT INTO draft (id, status, data, created_at, updated_at) VALUES (?, 'abandoned', '{}', ?, ?)",
            ((f"draft-{n}", template["stored_at"], template["stored_at"]) for n in range(ABANDONED_DRAFTS)),
        )
        conn.executemany(
            "INSERT INTO audit (at, action, detail, intake_id) VALUES (?, 'opened PDF', '', ?)",
            ((template["stored_at"], f"{n:08d}") for n in range(AUDIT_ROWS)),
        )
        conn.execute("COMMIT")
    finally:
        conn.close()
    with Store(path):  # the kiosk has been started and closed before: WAL back on, PRAGMA optimize run
        pass
    return path
