"""Finding stored intakes the way front-desk staff type: name starts, "Last, First", accents optional.

Includes a 100,000-row check that every search is an index lookup, not a table scan, and does a
bounded amount of work (counted in SQLite's own instructions: the same on every machine and under
any load, unlike a stopwatch; the speed targets are in bench/).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest

from kiosk.logic.search import name_key, search_query
from kiosk.logic.storage import Store
from tests.logic.test_storage import EST, make_assessment, make_record

PATIENTS = [
    # number, first, last, completed (kiosk local time, EST)
    (1, "Ana", "García", datetime(2026, 11, 18, 9, 0, tzinfo=EST)),
    (2, "Ana María", "García López", datetime(2026, 11, 19, 9, 0, tzinfo=EST)),
    (3, "Anabel", "Smith", datetime(2026, 11, 19, 23, 30, tzinfo=EST)),  # already the 20th in UTC
    (4, "John", "Anderson", datetime(2026, 11, 20, 8, 0, tzinfo=EST)),
    (5, "Zoë", "Łukasiewicz", datetime(2026, 11, 20, 9, 0, tzinfo=EST)),
    (6, "Seán", "O'Brien", datetime(2026, 11, 21, 9, 0, tzinfo=EST)),
    (7, "Maria", "Garcia", datetime(2026, 11, 22, 9, 0, tzinfo=EST)),
]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "kiosk.sqlite3") as opened:
        for number, first, last, when in PATIENTS:
            opened.submit(make_record(number, first, last, when), make_assessment())
        yield opened


def numbers(store: Store, text: str = "", since: date | None = None, until: date | None = None) -> list[int]:
    return [int(s.id[-3:]) for s in store.search(text, since, until)]


def test_no_filter_lists_everything_newest_first(store: Store) -> None:
    assert numbers(store) == [7, 6, 5, 4, 3, 2, 1]
    summary = store.search(limit=1)[0]
    assert (summary.first_name, summary.last_name, summary.date_of_birth) == (
        "Maria",
        "Garcia",
        date(1974, 7, 9),
    )
    assert summary.completed_at == datetime(2026, 11, 22, 9, 0, tzinfo=EST)
    assert summary.pdf_status == "pending"
    assert not summary.reviewed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("garcia", [7, 2, 1]),  # last name start, accent optional
        ("GARCÍA", [7, 2, 1]),
        ("ana", [3, 2, 1]),  # first name start: Ana, Ana María, Anabel
        ("an", [4, 3, 2, 1]),  # ... or last name start: Anderson
        ("Ana García", [2, 1]),  # First Last
        ("García Ana", [2, 1]),  # Last First
        ("García, Ana", [2, 1]),  # Last, First
        ("garcia,", [7, 2, 1]),
        (", maria", [7]),
        ("Garcia, An", [2, 1]),
        ("Ana María García", [2]),  # a two-word first name
        ("Ana García López", [2]),  # a two-word last name
        ("lukasiewicz", [5]),  # Ł has no decomposition; folded by hand
        ("Zoe", [5]),
        ("o'brien", [6]),
        ("obrien", []),
        ("Smith, John", []),
        ("  ", [7, 6, 5, 4, 3, 2, 1]),
        ("%", []),
        ("_", []),
    ],
)
def test_name_search_matches_the_start_of_names_ignoring_case_and_accents(
    store: Store, text: str, expected: list[int]
) -> None:
    assert numbers(store, text) == expected


def test_date_filter_is_on_the_day_the_patient_saw_both_ends_included(store: Store) -> None:
    assert numbers(store, since=date(2026, 11, 20)) == [7, 6, 5, 4]
    assert numbers(store, until=date(2026, 11, 19)) == [3, 2, 1]
    assert numbers(store, since=date(2026, 11, 19), until=date(2026, 11, 20)) == [5, 4, 3, 2]
    assert numbers(store, "garcia", since=date(2026, 11, 19), until=date(2026, 11, 21)) == [2]


def test_limit(store: Store) -> None:
    assert numbers(store, "garcia")[:2] == [int(s.id[-3:]) for s in store.search("garcia", limit=2)]
    assert len(store.search(limit=3)) == 3
    with pytest.raises(ValueError, match="at least 1"):
        store.search(limit=0)


def test_name_key_folds_case_accents_and_spaces() -> None:
    assert name_key("  José   ÁLVAREZ ") == "jose alvarez"
    assert name_key("Straße") == "strasse"
    assert name_key("Łukasz Ørsted") == "lukasz orsted"


ROWS = 100_000
FILL = """
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :rows)
INSERT INTO intake (id, completed_at, completed_utc, completed_day, first_name, last_name, first_name_key,
    last_name_key, date_of_birth, level, score, side, red_flag_tier, rules_version, language, record_json,
    assessment_json, stored_at)
SELECT printf('bulk-%06d', i),
    strftime('%Y-%m-%dT%H:%M:%S-05:00', '2020-01-01', printf('+%d minutes', i * 17)),
    strftime('%Y-%m-%dT%H:%M:%f000+00:00', '2020-01-01', printf('+%d minutes', i * 17 + 300)),
    date('2020-01-01', printf('+%d minutes', i * 17)),
    'First' || (i % 977), 'Last' || (i % 1009), 'first' || (i % 977), 'last' || (i % 1009),
    '1970-01-01', 'possible', 3, 'left', 'none', '1.0', 'en', '{}', '{}', '2026-01-01'
FROM n
"""


@pytest.fixture(scope="module")
def big_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = tmp_path_factory.mktemp("big") / "kiosk.sqlite3"
    Store(path).close()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(FILL, {"rows": ROWS})
        conn.commit()
    with Store(path) as opened:
        yield opened


NEWEST_FIRST = "SCAN intake USING INDEX intake_completed"
SCANS_AT_MOST = 10
"""A search may cost at most this many reads of the whole table. Most cost a fraction of one; a
one-letter name ("l" matches every row here) collects all its matches before sorting: about 6."""


@dataclass
class Work:
    hundreds: int = 0
    """Instructions of SQLite's virtual machine, in hundreds."""


@contextmanager
def counted(conn: sqlite3.Connection) -> Iterator[Work]:
    """The work SQLite does for `conn` inside the `with` block."""
    work = Work()

    def count() -> int:
        work.hundreds += 1
        return 0  # carry on

    conn.set_progress_handler(count, 100)
    try:
        yield work
    finally:
        conn.set_progress_handler(None, 0)


def one_scan(conn: sqlite3.Connection) -> int:
    """The work of reading every row once (a condition no index can answer)."""
    sql = "SELECT count(*) FROM intake WHERE first_name || last_name = ''"
    assert [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql)] == ["SCAN intake"]
    with counted(conn) as work:
        conn.execute(sql).fetchall()
    return work.hundreds


QUERIES = [
    ("", None, None),
    ("last17", None, None),
    ("First5 Last17", None, None),
    ("Last17, First5", None, None),
    ("l", None, None),
    ("", date(2022, 3, 1), date(2022, 3, 31)),
    ("last3", date(2021, 1, 1), date(2021, 12, 31)),
]


def test_search_uses_indexes_and_bounded_work_with_100000_intakes(big_store: Store) -> None:
    assert big_store.count() == ROWS
    scan = one_scan(big_store._conn)
    assert scan > 1000  # 100,000 rows: the measure is fine enough
    for text, since, until in QUERIES:
        sql, params = search_query(text, since, until, 200)
        plan = [row[3] for row in big_store._conn.execute("EXPLAIN QUERY PLAN " + sql, params)]
        # Unfiltered, walking the completion-time index newest first stops at the limit; with a filter,
        # that walk (or any other scan) may read most rows before it finds 200.
        allowed = {NEWEST_FIRST} if (text, since, until) == ("", None, None) else set()
        scans = [step for step in plan if step.startswith("SCAN") and step not in allowed]
        assert scans == [], (text, plan)
        with counted(big_store._conn) as work:
            found = big_store.search(text, since, until)
        assert work.hundreds <= SCANS_AT_MOST * scan, (text, work.hundreds / scan)
        assert found, text
    assert [s.id for s in big_store.search(limit=2)] == [f"bulk-{ROWS:06d}", f"bulk-{ROWS - 1:06d}"]
    named = big_store.search("Last17, First5")
    assert named
    assert all(s.last_name.startswith("Last17") and s.first_name.startswith("First5") for s in named)
    day = big_store.search(since=date(2022, 3, 1), until=date(2022, 3, 1))
    assert day
    assert {s.completed_at.date() for s in day} == {date(2022, 3, 1)}
    assert day[0].completed_at > day[-1].completed_at


def test_pending_pdfs_and_purge_use_indexes_too(big_store: Store) -> None:
    conn = big_store._conn
    conn.execute("BEGIN")  # rolled back below: the module's other test shares this database
    try:
        conn.execute("UPDATE intake SET pdf_status = 'written' WHERE id <> 'bulk-000500'")
        with counted(conn) as work:
            assert big_store.pending_pdfs() == ["bulk-000500"]
        assert work.hundreds <= one_scan(conn) // 100  # an index lookup: a hundredth of a scan at most
    finally:
        conn.execute("ROLLBACK")
    owed = "SELECT id FROM intake WHERE pdf_status <> 'written' ORDER BY completed_utc, rowid"
    plan = [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + owed)]
    assert any("intake_pdf_owed" in step for step in plan), plan
    cutoff = "2021-01-01T00:00:00.000000+00:00"
    plan = [
        row[3]
        for row in conn.execute("EXPLAIN QUERY PLAN DELETE FROM intake WHERE completed_utc < ?", [cutoff])
    ]
    assert any("intake_completed" in step for step in plan), plan
