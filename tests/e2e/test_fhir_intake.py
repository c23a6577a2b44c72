"""A patient's intake through the real kiosk reaches the chart: the window sends it after submit,
off the GUI thread, and what the server holds reads back into the very record the kiosk stored."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.logic.config import resolve
from kiosk.logic.fhir.readback import record_from_response
from kiosk.logic.storage import Store
from kiosk.ui.app import open_window
from kiosk.ui.demo_patient import complete_sample_intake
from tests.fhir_server import FhirEndpoint


@pytest.fixture
def endpoint() -> Iterator[FhirEndpoint]:
    server = FhirEndpoint()
    yield server
    server.close()


def test_a_finished_intake_lands_in_the_chart_and_reads_back_the_same(
    qtbot, qapp: QApplication, store: Store, tmp_path: Path, endpoint: FhirEndpoint
) -> None:
    data = tmp_path / "data"
    (data / "kiosk.toml").write_text(f'fhir_base_url = "{endpoint.url}"\n', encoding="utf-8")
    settings, paths = resolve(data, env={})
    window = open_window(qapp, store, settings, paths, kiosk_mode=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.patient.pages_built, timeout=5000):
        window.resize(1280, 800)
        window.show()
    try:
        record = complete_sample_intake(window.patient).record
        qtbot.waitUntil(lambda: store.outbox.get(record.id).state == "sent", timeout=15_000)
    finally:
        window.jobs.stop()
    (response,) = [r for (kind, _), r in endpoint.stored.items() if kind == "QuestionnaireResponse"]
    assert record_from_response(response) == record == store.get(record.id).record
    assert endpoint.posts == 1
