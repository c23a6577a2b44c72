"""Submit: the finished intake is stored, and the transaction is on disk, before "Done" is shown.

`Store.submit` inserts the record and deletes its draft in one `BEGIN IMMEDIATE ... COMMIT` with
`synchronous=FULL` in WAL mode, so the time includes the fsync that makes "your answers are saved"
true. Each submit first saves the draft it replaces (untimed), as the wizard does after every answer.
The database lives in a temp folder on the same file system as the bench, not in memory.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench.figures import Figure
from bench.records import another_intake, full_record
from kiosk.logic.draft import IntakeDraft
from kiosk.logic.screening import assess
from kiosk.logic.storage import Store


def measure(repetitions: int = 60, warmup: int = 5) -> list[Figure]:
    record = full_record()
    assessment = assess(record)
    samples: list[float] = []
    with (
        tempfile.TemporaryDirectory(prefix="kiosk-bench-submit-") as folder,
        Store(Path(folder) / "kiosk.sqlite3") as store,
    ):
        for number in range(warmup + repetitions):
            intake = another_intake(record, number)
            draft = IntakeDraft(id=intake.id, first_name=intake.patient.first_name)
            store.save_draft(draft)
            start = time.perf_counter()
            store.submit(intake, assessment)
            elapsed = (time.perf_counter() - start) * 1000
            if number >= warmup:
                samples.append(elapsed)
        stored = store.count()
    if stored != warmup + repetitions:
        raise RuntimeError(f"{stored} intakes stored, expected {warmup + repetitions}")
    return [
        Figure(
            key="submit",
            title="submit (transaction committed to disk)",
            unit="ms",
            samples=samples,
            target=20,
            with_p95=True,
            details={"synchronous": "FULL", "journal_mode": "WAL"},
        )
    ]
