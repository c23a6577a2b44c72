"""Storage on a real SQLite file: schema and migrations, drafts, atomic submit, reading, staff bookkeeping.

Every write is checked through a separate raw `sqlite3` connection, so a test passes only when the
data is really in the file, not just in the `Store` object.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from kiosk.logic import migrations
from kiosk.logic.assessment import Assessment, FiredRule, Level, RedFlag, Tier
from kiosk.logic.draft import IntakeDraft, PainMark
from kiosk.logic.record import IntakeRecord, dumps
from kiosk.logic.record_load import loads, record_from_dict
from kiosk.logic.storage import (
    DuplicateIntakeError,
    SchemaTooNewError,
    Store,
    StoreError,
    UnknownIntakeError,
)
from kiosk.logic.vocab import Duration, Language, Quality, Side

VIGNETTE = Path(__file__).resolve().parents[1] / "data" / "vignettes" / "v03-heel-pain-with-s1-features.json"
EST = timezone(timedelta(hours=-5))
T0 = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)


def base_record() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(VIGNETTE.read_text(encoding="utf-8"))["record"]
    return data


def make_record(
    number: int = 1,
    first: str = "José",
    last: str = "Álvarez",
    completed_at: datetime = datetime(2026, 11, 20, 10, 0, tzinfo=EST),
) -> IntakeRecord:
    data = base_record()
    data["id"] = f"00000000-0000-4000-8000-{number:012d}"
    data["completed_at"] = completed_at.isoformat()
    data["patient"] = {**data["patient"], "first_name": first, "last_name": last}
    return record_from_dict(data)


def make_assessment(tier: Tier = Tier.NONE) -> Assessment:
    flags = () if tier is Tier.NONE else (RedFlag("E1", tier, "saddle numbness", ("S46",)),)
    return Assessment(
        rules_version="1.0",
        level=Level.LIKELY,
        score=14,
        side=Side.LEFT,
        bilateral=False,
        fired=(FiredRule("D2", "distribution", 2, "pain in the back of the thigh", ("S7",)),),
        absent=(),
        red_flag_tier=tier,
        red_flags=flags,
        notes=(),
    )


def make_draft(record_id: str = "00000000-0000-4000-8000-000000000001") -> IntakeDraft:
    return IntakeDraft(
        id=record_id,
        language=Language.ES,
        first_name="José",
        last_name="Álvarez",
        date_of_birth=date(1974, 7, 9),
        pain={("heel_bottom", Side.LEFT): PainMark(7, {Quality.BURNING, Quality.ACHING})},
        duration=Duration.OVER_12_MONTHS,
        answers={"worse_sitting": True, "morning_stiffness_minutes": 15},
    )


class Clock:
    """A settable clock, so `updated_at` and audit times are predictable."""

    def __init__(self, start: datetime = T0) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def tick(self, seconds: float = 1) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "kiosk.sqlite3"


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(db_path: Path, clock: Clock) -> Iterator[Store]:
    with Store(db_path, clock=clock) as opened:
        yield opened


def raw(path: Path) -> closing[sqlite3.Connection]:
    """A second, independent connection: what it reads is on disk."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    return closing(conn)


# -- opening and migrating --------------------------------------------------------------------


def test_opening_creates_folders_and_a_wal_database_at_the_latest_version(db_path: Path) -> None:
    Store(db_path).close()
    assert db_path.is_file()
    with raw(db_path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version()
        assert conn.execute("PRAGMA application_id").fetchone()[0] == migrations.APPLICATION_ID
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"draft", "intake", "audit", "setting", "alert"} <= tables


def test_each_connection_enforces_foreign_keys_and_full_sync(store: Store) -> None:
    conn = store._conn
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_reopening_runs_no_migration_twice_and_new_ones_run_once(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store(db_path) as store:
        store.set_setting("kept", "yes")
    # Reopening at the same version must not rerun version 1 (CREATE TABLE would fail).
    with Store(db_path) as store:
        assert store.get_setting("kept") == "yes"
    # The code gains a migration: it runs once, and never again on the next open.
    extra = ("CREATE TABLE extra (n INTEGER)", "INSERT INTO extra VALUES (1)")
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, extra))
    Store(db_path).close()
    Store(db_path).close()
    with raw(db_path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version()
        assert conn.execute("SELECT count(*) FROM extra").fetchone()[0] == 1
        assert conn.execute("SELECT value FROM setting WHERE key = 'kept'").fetchone()[0] == "yes"


def test_a_failing_migration_leaves_the_database_at_the_previous_version(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Store(db_path).close()
    broken = ("CREATE TABLE extra (n INTEGER)", "THIS IS NOT SQL")
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, broken))
    with pytest.raises(StoreError, match="cannot open"):
        Store(db_path)
    with raw(db_path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version() - 1
        assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'extra'").fetchone() is None


def test_a_database_from_a_newer_kiosk_is_refused_and_left_alone(db_path: Path) -> None:
    Store(db_path).close()
    with raw(db_path) as conn:
        conn.execute("PRAGMA user_version = 7")
    with pytest.raises(
        SchemaTooNewError,
        match=rf"schema version 7, newer than this kiosk knows \({migrations.latest_version()}\)",
    ):
        Store(db_path)
    with raw(db_path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 7


def test_another_programs_files_are_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    with raw(other) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    with pytest.raises(StoreError, match="not a kiosk database"):
        Store(other)
    text = tmp_path / "notes.txt"
    text.write_text("not a database at all, just some text that is long enough " * 20, encoding="utf-8")
    with pytest.raises(StoreError, match="cannot open"):
        Store(text)


def test_the_context_manager_closes_the_connection(db_path: Path) -> None:
    with Store(db_path) as store:
        assert store.count() == 0
    with pytest.raises(sqlite3.ProgrammingError):
        store.count()
    store.close()  # a second close is harmless


# -- drafts -----------------------------------------------------------------------------------


def test_a_draft_is_on_disk_after_each_save(store: Store, db_path: Path, clock: Clock) -> None:
    draft = make_draft()
    store.save_draft(draft)
    clock.tick(5)
    draft.answers["toe_rise_weak"] = True
    store.save_draft(draft)
    with raw(db_path) as conn:
        rows = conn.execute("SELECT * FROM draft").fetchall()
    assert len(rows) == 1
    assert rows[0]["status"] == "open"
    assert json.loads(rows[0]["data"]) == draft.to_dict()
    assert rows[0]["created_at"] == T0.isoformat(timespec="microseconds")
    assert rows[0]["updated_at"] == (T0 + timedelta(seconds=5)).isoformat(timespec="microseconds")
    assert store.load_draft(draft.id) == draft
    assert store.load_draft("00000000-0000-4000-8000-999999999999") is None


def test_an_abandoned_draft_is_kept_but_never_loaded_or_reopened(store: Store, db_path: Path) -> None:
    draft = make_draft()
    store.save_draft(draft)
    store.abandon_draft(draft.id)
    assert store.load_draft(draft.id) is None
    draft.first_name = "Changed"
    store.save_draft(draft)  # a late save must not bring it back
    assert store.load_draft(draft.id) is None
    with raw(db_path) as conn:
        row = conn.execute("SELECT status, data FROM draft").fetchone()
    assert row["status"] == "abandoned"
    assert json.loads(row["data"])["first_name"] == "José"


def test_drafts_left_open_by_a_crash_are_abandoned_at_the_next_start(db_path: Path, clock: Clock) -> None:
    with Store(db_path, clock=clock) as store:
        for n in (1, 2, 3):
            store.save_draft(make_draft(f"00000000-0000-4000-8000-00000000000{n}"))
            clock.tick()
        store.abandon_draft("00000000-0000-4000-8000-000000000002")
    with Store(db_path, clock=clock) as store:
        assert [d.id[-1] for d in store.open_drafts()] == ["1", "3"]
        assert store.open_drafts()[0].updated_at == T0
        assert store.abandon_open_drafts() == 2
        assert store.open_drafts() == []
        assert store.abandon_open_drafts() == 0
        assert [d.id[-1] for d in store.abandoned_drafts()] == ["1", "2", "3"]
    with raw(db_path) as conn:
        statuses = [r[0] for r in conn.execute("SELECT status FROM draft")]
    assert statuses == ["abandoned"] * 3


# -- submit -----------------------------------------------------------------------------------


def test_submit_stores_every_column_and_replaces_the_draft(store: Store, db_path: Path) -> None:
    record, assessment = make_record(), make_assessment()
    store.save_draft(make_draft(record.id))
    store.submit(record, assessment)
    with raw(db_path) as conn:
        row = dict(conn.execute("SELECT * FROM intake").fetchone())
        drafts = conn.execute("SELECT count(*) FROM draft").fetchone()[0]
    assert drafts == 0
    assert row["record_json"] == dumps(record)
    assert json.loads(row["assessment_json"]) == assessment.to_dict()
    assert {k: v for k, v in row.items() if k not in {"record_json", "assessment_json", "stored_at"}} == {
        "id": record.id,
        "completed_at": "2026-11-20T10:00:00-05:00",
        "completed_utc": "2026-11-20T15:00:00.000000+00:00",
        "completed_day": "2026-11-20",
        "first_name": "José",
        "last_name": "Álvarez",
        "first_name_key": "jose",
        "last_name_key": "alvarez",
        "date_of_birth": "1974-07-09",
        "level": "likely",
        "score": 14,
        "side": "left",
        "red_flag_tier": "none",
        "rules_version": "1.0",
        "language": "es",
        "pdf_status": "pending",
        "pdf_path": None,
        "pdf_written_utc": None,
        "reviewed": 0,
    }
    stored = store.get(record.id)
    assert stored is not None
    assert stored.record == record
    assert stored.assessment == assessment
    assert (stored.level, stored.red_flag_tier, stored.side) == (Level.LIKELY, Tier.NONE, Side.LEFT)
    assert stored.completed_utc == T0
    assert store.get("00000000-0000-4000-8000-999999999999") is None
    assert store.count() == 1


def test_submitting_the_same_id_twice_is_refused_and_changes_nothing(store: Store, db_path: Path) -> None:
    store.submit(make_record(first="José"), make_assessment())
    with pytest.raises(DuplicateIntakeError, match="already stored"):
        store.submit(make_record(first="Other"), make_assessment(Tier.URGENT))
    with raw(db_path) as conn:
        rows = conn.execute("SELECT first_name, red_flag_tier FROM intake").fetchall()
    assert [tuple(r) for r in rows] == [("José", "none")]
    assert not store._conn.in_transaction


def test_submit_is_one_transaction_when_a_later_step_fails(store: Store, db_path: Path) -> None:
    record = make_record()
    store.save_draft(make_draft(record.id))
    with raw(db_path) as conn:  # the draft step of submit fails, after the intake row went in
        conn.execute("CREATE TRIGGER fail BEFORE DELETE ON draft BEGIN SELECT RAISE(ABORT, 'simulated'); END")
        conn.commit()
    with pytest.raises(sqlite3.DatabaseError, match="simulated"):
        store.submit(record, make_assessment())
    with raw(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM intake").fetchone()[0] == 0
        assert conn.execute("SELECT status FROM draft").fetchone()[0] == "open"
        conn.execute("DROP TRIGGER fail")
        conn.commit()
    assert store.load_draft(record.id) == make_draft(record.id)
    store.submit(record, make_assessment())  # the store is usable again: no transaction left open
    assert store.count() == 1


def test_saving_a_draft_after_its_submit_does_not_bring_it_back(
    store: Store, db_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    record = make_record()
    store.submit(record, make_assessment())
    with caplog.at_level(logging.WARNING):
        store.save_draft(make_draft(record.id))
    assert store.load_draft(record.id) is None
    with raw(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM draft").fetchone()[0] == 0
    assert "already submitted" in caplog.text


# -- reading ----------------------------------------------------------------------------------


def test_export_gives_one_parsable_line_per_record_oldest_first_filtered_by_day(store: Store) -> None:
    days = [datetime(2026, 11, d, 9, 0, tzinfo=EST) for d in (21, 19, 20)]
    records = [make_record(n, completed_at=day) for n, day in enumerate(days, 1)]
    for record in records:
        store.submit(record, make_assessment())
    lines = list(store.export_json_lines())
    assert all("\n" not in line for line in lines)
    assert [loads(line) for line in lines] == [records[1], records[2], records[0]]
    assert [loads(line).id for line in store.export_json_lines(date(2026, 11, 20), None)] == [
        records[2].id,
        records[0].id,
    ]
    assert [loads(line) for line in store.export_json_lines(None, date(2026, 11, 19))] == [records[1]]
    assert [loads(line) for line in store.export_json_lines(date(2026, 11, 20), date(2026, 11, 20))] == [
        records[2]
    ]


# -- PDF and staff bookkeeping ----------------------------------------------------------------


def test_pdf_status_is_tracked_and_failed_pdfs_stay_owed(store: Store, db_path: Path) -> None:
    first = make_record(1, completed_at=datetime(2026, 11, 19, 9, 0, tzinfo=EST))
    second = make_record(2)
    store.submit(second, make_assessment())
    store.submit(first, make_assessment())
    assert store.pending_pdfs() == [first.id, second.id]
    store.set_pdf_status(first.id, "written", "C:/reports/intake.pdf")
    store.set_pdf_status(second.id, "failed", None)
    assert store.pending_pdfs() == [second.id]
    with raw(db_path) as conn:
        rows = conn.execute("SELECT id, pdf_status, pdf_path FROM intake ORDER BY id").fetchall()
    assert [tuple(r) for r in rows] == [
        (first.id, "written", "C:/reports/intake.pdf"),
        (second.id, "failed", None),
    ]
    with pytest.raises(ValueError, match="not one of"):
        store.set_pdf_status(first.id, "lost", None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="needs its path"):
        store.set_pdf_status(first.id, "written", None)
    with pytest.raises(UnknownIntakeError):
        store.set_pdf_status("00000000-0000-4000-8000-999999999999", "written", "x.pdf")


def test_reviewed_flag_is_stored(store: Store, db_path: Path) -> None:
    record = make_record()
    store.submit(record, make_assessment())
    store.mark_reviewed(record.id, True)
    with raw(db_path) as conn:
        assert conn.execute("SELECT reviewed FROM intake").fetchone()[0] == 1
    assert store.search()[0].reviewed
    store.mark_reviewed(record.id, False)
    with raw(db_path) as conn:
        assert conn.execute("SELECT reviewed FROM intake").fetchone()[0] == 0
    with pytest.raises(UnknownIntakeError):
        store.mark_reviewed("00000000-0000-4000-8000-999999999999", True)


def test_delete_removes_the_intake_and_leaves_an_audit_row(store: Store, db_path: Path) -> None:
    record = make_record()
    store.submit(record, make_assessment())
    store.delete(record.id)
    assert store.get(record.id) is None
    with raw(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM intake").fetchone()[0] == 0
        audit = conn.execute("SELECT action, intake_id FROM audit").fetchall()
    assert [tuple(r) for r in audit] == [("delete", record.id)]
    with pytest.raises(UnknownIntakeError):
        store.delete(record.id)


def test_audit_rows_are_added_but_never_changed_or_removed(store: Store, db_path: Path, clock: Clock) -> None:
    store.audit("staff_login")
    clock.tick()
    store.audit("export", "3 records", None)
    clock.tick()
    store.audit("view", intake_id="00000000-0000-4000-8000-000000000001")
    log = store.audit_log(2)
    assert [(e.action, e.detail, e.intake_id) for e in log] == [
        ("view", "", "00000000-0000-4000-8000-000000000001"),
        ("export", "3 records", None),
    ]
    assert log[0].at == T0 + timedelta(seconds=2)
    with raw(db_path) as conn:
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute("UPDATE audit SET action = 'nothing'")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute("DELETE FROM audit WHERE action = 'staff_login'")
        assert conn.execute("SELECT count(*) FROM audit").fetchone()[0] == 3
    with pytest.raises(ValueError, match="needs an action"):
        store.audit(" ")


def test_purge_deletes_old_intakes_and_drafts_and_audits(store: Store, db_path: Path, clock: Clock) -> None:
    now = datetime(2026, 12, 31, 12, 0, tzinfo=UTC)
    ages = {1: 400, 2: 31, 3: 29}
    for number, age in ages.items():
        record = make_record(number, completed_at=now - timedelta(days=age))
        store.submit(record, make_assessment())
        clock.now = record.completed_at  # the PDF delivered at once: retention counts from then
        store.set_pdf_status(record.id, "written", f"/reports/{number}.pdf")
    clock.now = now - timedelta(days=45)
    store.save_draft(make_draft("00000000-0000-4000-8000-000000000091"))
    store.abandon_draft("00000000-0000-4000-8000-000000000091")
    clock.now = now - timedelta(hours=1)
    store.save_draft(make_draft("00000000-0000-4000-8000-000000000092"))

    assert store.purge_older_than(30, now) == 2
    assert [s.id[-1] for s in store.search()] == ["3"]
    with raw(db_path) as conn:
        assert [r[0][-2:] for r in conn.execute("SELECT id FROM draft")] == ["92"]
        audit = conn.execute("SELECT action, detail FROM audit").fetchone()
    assert audit["action"] == "purge"
    assert audit["detail"].startswith("2 intakes and 1 draft older than 30 days")
    assert store.purge_older_than(30, now) == 0
    assert len(store.audit_log(10)) == 1  # a purge that removed nothing leaves no row
    with pytest.raises(ValueError, match="at least 1"):
        store.purge_older_than(0, now)
    with pytest.raises(ValueError, match="UTC offset"):
        store.purge_older_than(30, datetime(2026, 12, 31, 12, 0))


def test_the_purges_audit_row_counts_in_words_that_agree(store: Store, clock: Clock) -> None:
    now = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
    record = make_record(1, completed_at=now - timedelta(days=2))
    store.submit(record, make_assessment())
    clock.now = record.completed_at
    store.set_pdf_status(record.id, "written", "/reports/1.pdf")
    assert store.purge_older_than(1, now) == 1
    assert store.audit_log(1)[0].detail.startswith("1 intake and 0 drafts older than 1 day (before ")


def test_purge_keeps_an_old_intake_whose_pdf_is_still_owed(store: Store, clock: Clock) -> None:
    now = datetime(2026, 12, 31, 12, 0, tzinfo=UTC)
    delivered, owed, failed = (make_record(n, completed_at=now - timedelta(days=90)) for n in (1, 2, 3))
    for record in (delivered, owed, failed):
        store.submit(record, make_assessment())
    store.set_pdf_status(delivered.id, "written", "/reports/1.pdf")
    store.set_pdf_status(failed.id, "failed", None)

    assert store.purge_older_than(30, now) == 1
    assert sorted(s.id for s in store.search()) == sorted([owed.id, failed.id])
    assert sorted(store.pending_pdfs()) == sorted([owed.id, failed.id])


def test_settings_persist(db_path: Path) -> None:
    with Store(db_path) as store:
        assert store.get_setting("staff_pin_hash") is None
        store.set_setting("staff_pin_hash", "first")
        store.set_setting("staff_pin_hash", "second")
    with Store(db_path) as store:
        assert store.get_setting("staff_pin_hash") == "second"


def test_logs_and_errors_never_name_the_patient(store: Store, caplog: pytest.LogCaptureFixture) -> None:
    record = make_record()
    messages: list[str] = []
    with caplog.at_level(logging.DEBUG, logger="kiosk"):
        store.save_draft(make_draft(record.id))
        store.submit(record, make_assessment())
        store.save_draft(make_draft(record.id))
        for action in (
            lambda: store.submit(record, make_assessment()),
            lambda: store.mark_reviewed("00000000-0000-4000-8000-999999999999", True),
        ):
            with pytest.raises(StoreError) as error:
                action()
            messages.append(str(error.value))
        store.purge_older_than(1, datetime(2030, 1, 1, tzinfo=UTC))
    text = caplog.text + "\n".join(messages)
    assert caplog.records  # something was logged, so the check below means something
    for private in ("José", "Jose", "Álvarez", "Alvarez", "1974-07-09"):
        assert private not in text
