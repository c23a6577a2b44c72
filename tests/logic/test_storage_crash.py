"""A kiosk process killed mid-write leaves a sound database: every id is a whole intake or a draft.

A child process saves a draft and submits it, over and over, reporting each step once it returned;
the test kills it at an arbitrary moment and inspects what is on disk. Three rounds on one file, each
killed after a random number of further steps, so that the kill lands in different places (and
recovery is exercised). Steps, not seconds: the child runs on ahead of what the test has read, so
the kill still lands anywhere, and a loaded machine changes nothing.
"""

from __future__ import annotations

import json
import random
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from kiosk.logic.draft import IntakeDraft
from kiosk.logic.record_load import loads
from kiosk.logic.storage import Store
from tests.logic.test_storage import VIGNETTE

ROOT = Path(__file__).resolve().parents[2]
KILL_AFTER = 20
"""Submits to wait for before the kill: the loop is then well under way."""

CHILD = """
import json, sys, uuid
from pathlib import Path
from kiosk.logic.assessment import Assessment, Level, Tier
from kiosk.logic.draft import IntakeDraft
from kiosk.logic.record_load import record_from_dict
from kiosk.logic.storage import Store

base = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))["record"]
assessment = Assessment("1.0", Level.POSSIBLE, 5, None, False, (), (), Tier.NONE, (), ())
with Store(Path(sys.argv[1])) as store:
    for n in range(1_000_000):
        intake_id = str(uuid.uuid4())
        store.save_draft(IntakeDraft(id=intake_id, first_name="Crash", last_name=str(n)))
        print("draft", intake_id, flush=True)
        store.submit(record_from_dict({**base, "id": intake_id}), assessment)
        print("submitted", intake_id, flush=True)
"""


def run_and_kill(path: Path, extra_steps: int) -> list[tuple[str, str]]:
    """Start the writer, let it submit KILL_AFTER intakes and report `extra_steps` more steps
    (a draft saved or an intake submitted), kill it."""
    reported: list[tuple[str, str]] = []
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(VIGNETTE)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as child:  # on leaving: pipes closed, child waited for
        assert child.stdout is not None and child.stderr is not None
        try:
            for line in child.stdout:
                step, intake_id = line.split()
                reported.append((step, intake_id))
                if len(reported) >= 2 * KILL_AFTER + extra_steps:  # two steps per intake
                    break
        finally:
            child.kill()
            # The rest through the same reader: the loop's reader has read ahead of the line it
            # stopped at, and communicate() would read the pipe past those lines and lose them.
            rest, errors = child.stdout.read(), child.stderr.read()
    # The kill can cut the last line short: only lines that reached their newline were reported.
    complete_lines = rest.split("\n")[:-1]
    reported += [(step, intake_id) for step, intake_id in (line.split() for line in complete_lines)]
    assert child.returncode != 0, errors  # it was killed, not finished on its own
    assert sum(step == "submitted" for step, _ in reported) >= KILL_AFTER, errors
    return reported


def check_on_disk(path: Path, reported: list[tuple[str, str]]) -> tuple[set[str], set[str]]:
    """What a raw connection finds; returns the intake ids and the open draft ids."""
    with closing(sqlite3.connect(path)) as conn:
        conn.row_factory = sqlite3.Row
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        intakes = conn.execute("SELECT * FROM intake").fetchall()
        drafts = conn.execute("SELECT id, status, data FROM draft").fetchall()
    for row in intakes:
        assert loads(row["record_json"]).id == row["id"]
        assert json.loads(row["assessment_json"])["level"] == row["level"] == "possible"
        assert row["pdf_status"] == "pending"
    for row in drafts:
        assert IntakeDraft.from_dict(json.loads(row["data"])).id == row["id"]
    intake_ids = {row["id"] for row in intakes}
    draft_ids = {row["id"] for row in drafts}
    open_ids = {row["id"] for row in drafts if row["status"] == "open"}
    submitted = {i for step, i in reported if step == "submitted"}
    drafted = {i for step, i in reported if step == "draft"}

    assert submitted <= intake_ids  # everything reported as stored survived the kill
    assert intake_ids.isdisjoint(draft_ids)  # an id is a whole intake or a draft, never both
    assert drafted <= intake_ids | draft_ids  # every saved answer is somewhere
    assert len(open_ids) <= 1  # only the intake in flight at the kill can be unfinished
    return intake_ids, open_ids


def test_a_killed_writer_leaves_every_intake_whole(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.sqlite3"
    rng = random.Random()
    stored = 0
    for _round in range(3):
        reported = run_and_kill(path, rng.randrange(8))
        intake_ids, open_ids = check_on_disk(path, reported)
        this_round = {i for _, i in reported}
        assert len(intake_ids - this_round) == stored  # earlier rounds are untouched
        assert len(intake_ids & this_round) >= KILL_AFTER
        with Store(path) as store:  # the next start recovers cleanly
            assert store.abandon_open_drafts() == len(open_ids)
            assert store.count() == len(intake_ids)
        stored = len(intake_ids)
