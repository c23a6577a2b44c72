"""The running kiosk's FHIR sender: the POST happens on a worker thread while the screen stays live,
a back-off ends in a send without anyone asking, and staff see waiting, sent and refused (with the
server's words) and can send again."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from kiosk import fhir_delivery
from kiosk.fhir_jobs import FhirJobs
from kiosk.jobs import Jobs
from kiosk.logic.config import Settings, resolve
from kiosk.logic.outbox import backoff
from kiosk.logic.storage import Store
from kiosk.ui.staff import StaffScreen
from kiosk.ui.staff_intakes import COLUMNS
from tests.fhir.conftest import Clock, submit
from tests.fhir_server import FhirEndpoint, resource_counts


@pytest.fixture
def store(tmp_path: Path, clock: Clock) -> Iterator[Store]:
    """On the tests' clock, so what it queues is due when the tests say."""
    with Store(tmp_path / "data" / "kiosk.sqlite3", clock=clock) as opened:
        yield opened


@pytest.fixture
def sender(store: Store, endpoint: FhirEndpoint, clock: Clock) -> Iterator[FhirJobs]:
    settings = replace(Settings(), fhir_base_url=endpoint.url)
    jobs = FhirJobs(store, settings, clock=clock, timeout=0.5, look_ms=20)
    yield jobs
    jobs.stop()


def _state(store: Store, intake_id: str) -> str:
    delivery = store.outbox.get(intake_id)
    assert delivery is not None
    return delivery.state


def test_the_send_runs_on_a_worker_thread_and_the_screen_stays_live(
    qtbot, store: Store, sender: FhirJobs, endpoint: FhirEndpoint, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads = []
    real = fhir_delivery.attempt
    monkeypatch.setattr(
        fhir_delivery, "attempt", lambda *a: threads.append(threading.current_thread()) or real(*a)
    )
    first, second = submit(store, 0), submit(store, 1)
    endpoint.mode = "hang"
    sender.start()
    qtbot.waitUntil(endpoint.received.is_set)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    qtbot.waitUntil(lambda: len(ticks) >= 3)  # the event loop runs while the server keeps us waiting
    timer.stop()
    assert sender.busy
    endpoint.mode = "ok"
    endpoint.release.set()  # the hung answer never comes: the first waits out its back-off
    qtbot.waitUntil(lambda: _state(store, second.id) == "sent", timeout=10_000)
    assert _state(store, first.id) == "waiting"
    sender.clock.advance(backoff(1))  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: _state(store, first.id) == "sent", timeout=10_000)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert resource_counts(endpoint)["QuestionnaireResponse"] == 2


def test_after_the_back_off_the_waiting_intake_goes_without_anyone_asking(
    qtbot, store: Store, sender: FhirJobs, endpoint: FhirEndpoint, clock: Clock
) -> None:
    record = submit(store)
    endpoint.mode = "error"
    with qtbot.waitSignal(sender.changed, timeout=10_000):
        sender.start()
    assert _state(store, record.id) == "waiting"
    endpoint.mode = "ok"
    clock.advance(backoff(1))
    qtbot.waitUntil(lambda: _state(store, record.id) == "sent", timeout=10_000)
    assert endpoint.posts == 2


def test_sending_is_off_without_a_base_url(qtbot, store: Store, endpoint: FhirEndpoint) -> None:
    record = submit(store)
    jobs = FhirJobs(store, Settings(), timeout=0.5, look_ms=20)
    jobs.start()
    assert not jobs.busy and not jobs.timer.isActive()
    assert _state(store, record.id) == "waiting" and endpoint.posts == 0
    jobs.stop()


def test_staff_see_the_refusal_in_the_servers_words_and_send_again(
    qtbot, store: Store, endpoint: FhirEndpoint, clock: Clock
) -> None:
    record = submit(store)
    endpoint.mode = "reject"
    settings, paths = resolve(store.path.parent, env={})
    chosen = replace(settings, fhir_base_url=endpoint.url)
    jobs = Jobs(store, chosen, paths, clock=clock)  # the screen's own sender, as MainWindow builds it
    with qtbot.waitSignal(jobs.fhir.changed, timeout=10_000):
        jobs.fhir.start()
    staff = StaffScreen(store, chosen, paths, jobs=jobs, clock=clock)
    qtbot.addWidget(staff)
    staff.show()
    staff.today_only.setChecked(False)
    staff.refresh()
    chart = COLUMNS.index("Chart")
    assert staff.table.item(0, chart).text() == "REFUSED"
    staff.table.selectRow(0)
    assert "refused this intake: HTTP 400: error: Patient.birthDate" in staff.feedback.text()
    endpoint.mode = "ok"
    assert staff.send_again.isVisible()
    try:
        staff.send_again.click()
        qtbot.waitUntil(lambda: staff.table.item(0, chart).text() == "sent", timeout=10_000)  # by itself
    finally:
        jobs.fhir.stop()
    assert _state(store, record.id) == "sent"
    assert [e.action for e in store.audit_log(2)] == ["fhir send", "fhir send again"]


def test_a_waiting_intake_says_why_it_is_not_in_the_chart_yet(
    qtbot, store: Store, sender: FhirJobs, endpoint: FhirEndpoint, clock: Clock
) -> None:
    submit(store)
    endpoint.stop()
    with qtbot.waitSignal(sender.changed, timeout=10_000):
        sender.start()
    sender.stop()
    settings, paths = resolve(store.path.parent, env={})
    staff = StaffScreen(store, settings, paths, jobs=Jobs(store, settings, paths), clock=clock)
    qtbot.addWidget(staff)
    staff.show()
    staff.today_only.setChecked(False)
    staff.refresh()
    assert staff.table.item(0, COLUMNS.index("Chart")).text() == "waiting (tried 1×)"
    assert not staff.send_again.isVisible()  # no server set in these settings
    staff.table.selectRow(0)
    assert "Not in the chart yet (cannot reach the server" in staff.feedback.text()
