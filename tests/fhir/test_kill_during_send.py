"""A kiosk killed (kill -9) while the server holds its Bundle: nothing is lost (the intakes still
wait), and the send after the restart duplicates nothing on the server (conditional creates)."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

from kiosk.logic.fhir.bundle import bundle
from kiosk.logic.record import IntakeRecord
from kiosk.logic.screening import assess
from kiosk.logic.storage import Store
from tests.fhir.conftest import submit
from tests.fhir_server import FhirEndpoint, resource_counts

ROOT = Path(__file__).resolve().parents[2]


def expected_resources(records: list[IntakeRecord]) -> Counter[str]:
    """One of each resource the intakes' Bundles hold."""
    return Counter(
        entry["resource"]["resourceType"] for r in records for entry in bundle(r, assess(r), b"%PDF")["entry"]
    )


def _send(data: Path) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "kiosk", "fhir", "send", "--data-dir", str(data)]
    return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_a_kill_during_a_send_loses_nothing_and_sends_nothing_twice(
    tmp_path: Path, endpoint: FhirEndpoint
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "kiosk.toml").write_text(f'fhir_base_url = "{endpoint.url}"\n', encoding="utf-8")
    with Store(data / "kiosk.sqlite3") as store:
        records = [submit(store, index) for index in range(3)]
    ids = [r.id for r in records]
    endpoint.mode = "store_then_hang"  # the server keeps the first Bundle; its answer never comes
    sender = _send(data)
    try:
        assert endpoint.kept.wait(60)
    finally:
        sender.kill()  # SIGKILL on POSIX: no clean-up of any kind
        sender.communicate()
    assert sender.returncode != 0
    first = resource_counts(endpoint)
    assert first["QuestionnaireResponse"] == 1
    with Store(data / "kiosk.sqlite3") as store:
        assert [store.outbox.get(i).state for i in ids] == ["waiting"] * 3
        assert store.count() == 3
    endpoint.mode = "ok"
    again = _send(data)
    out, err = again.communicate(timeout=120)
    assert again.returncode == 0, err
    assert out.startswith("sent 3, not sent (will retry) 0, refused 0; now waiting 0")
    counts = resource_counts(endpoint)
    assert counts["QuestionnaireResponse"] == 3
    assert counts["Patient"] == 3
    assert endpoint.posts == 4  # the killed send and three after the restart, one of them a second copy
    assert counts == expected_resources(records)  # ... which made nothing twice
    with Store(data / "kiosk.sqlite3") as store:
        assert [store.outbox.get(i).state for i in ids] == ["sent"] * 3
