"""The outbox against a FHIR endpoint on 127.0.0.1, in every fault mode: an intake lands once even
after a retry, a down server gets every waiting intake when it is back, a 4xx is refused with the
server's words and not retried blindly, and every try is audited."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from kiosk.fhir_delivery import send_due
from kiosk.logic.config import Settings
from kiosk.logic.outbox import backoff
from kiosk.logic.storage import Store
from tests.fhir.conftest import Clock, submit
from tests.fhir_server import FhirEndpoint, resource_counts

TIMEOUT = 0.5


def _send(store: Store, settings: Settings, clock: Clock) -> dict[str, int]:
    return send_due(store, settings, clock, timeout=TIMEOUT)


def _fhir_audit(store: Store) -> list[str]:
    return [e.detail for e in reversed(store.audit_log()) if e.action == "fhir send"]


def test_a_submitted_intake_is_queued_with_it_and_lands_once(
    store: Store, settings: Settings, clock: Clock, endpoint: FhirEndpoint
) -> None:
    record = submit(store)
    assert store.outbox.get(record.id).state == "waiting"  # same transaction as the intake
    assert _send(store, settings, clock) == {"sent": 1, "retry": 0, "refused": 0}
    delivery = store.outbox.get(record.id)
    assert (delivery.state, delivery.attempts, delivery.sent_utc) == ("sent", 1, clock.now)
    counts = resource_counts(endpoint)
    assert counts["Patient"] == counts["QuestionnaireResponse"] == counts["DocumentReference"] == 1
    assert counts["Observation"] == len(record.pain) + 1
    assert _fhir_audit(store)[0].startswith("sent (HTTP 200")
    assert _send(store, settings, clock) == {"sent": 0, "retry": 0, "refused": 0}  # nothing is due
    assert endpoint.posts == 1


def test_an_intake_whose_answer_was_lost_lands_once_after_the_retry(
    store: Store, settings: Settings, clock: Clock, endpoint: FhirEndpoint
) -> None:
    record = submit(store)
    endpoint.mode = "store_then_error"  # the server kept it, the kiosk never heard
    assert _send(store, settings, clock)["retry"] == 1
    stored_once = resource_counts(endpoint)
    endpoint.mode = "store_then_hang"  # kept again, answer lost past the timeout
    clock.advance(backoff(1))
    assert _send(store, settings, clock)["retry"] == 1
    assert "no answer from the server within" in store.outbox.get(record.id).reason
    endpoint.mode = "ok"
    clock.advance(backoff(2))
    assert _send(store, settings, clock)["sent"] == 1
    assert endpoint.posts == 3
    assert resource_counts(endpoint) == stored_once  # three sends, one copy of each resource
    assert store.outbox.get(record.id).state == "sent"


def test_5xx_and_no_answer_wait_longer_each_time(
    store: Store, settings: Settings, clock: Clock, endpoint: FhirEndpoint
) -> None:
    record = submit(store)
    endpoint.mode = "error"
    waits = []
    for _ in range(4):
        assert _send(store, settings, clock)["retry"] == 1
        delivery = store.outbox.get(record.id)
        assert "HTTP 500" in delivery.reason
        waits.append(delivery.next_attempt_utc - clock.now)
        clock.advance(waits[-1] - timedelta(seconds=1))
        assert _send(store, settings, clock)["retry"] == 0  # not before its time
        clock.advance(timedelta(seconds=1))
    assert waits == [timedelta(seconds=30), timedelta(minutes=1), timedelta(minutes=2), timedelta(minutes=4)]
    assert backoff(40) == timedelta(hours=1)
    endpoint.mode = "hang"
    assert _send(store, settings, clock)["retry"] == 1
    assert store.outbox.get(record.id).attempts == 5
    assert len(_fhir_audit(store)) == 5


def test_a_4xx_is_refused_with_the_servers_words_and_waits_for_staff(
    store: Store, settings: Settings, clock: Clock, endpoint: FhirEndpoint
) -> None:
    record = submit(store)
    endpoint.mode = "reject"
    assert _send(store, settings, clock)["refused"] == 1
    delivery = store.outbox.get(record.id)
    assert delivery.state == "refused"
    assert delivery.reason == "HTTP 400: error: Patient.birthDate: a rule of this server refuses it"
    assert _fhir_audit(store) == [
        "refused by the server (HTTP 400)"
    ]  # the server's words stay out of the audit
    clock.advance(timedelta(days=1))
    assert _send(store, settings, clock)["refused"] == 0
    assert endpoint.posts == 1  # not retried blindly
    endpoint.mode = "ok"
    store.outbox.send_again(record.id, clock.now)
    assert [e.action for e in store.audit_log(1)] == ["fhir send again"]
    assert _send(store, settings, clock)["sent"] == 1
    assert resource_counts(endpoint)["QuestionnaireResponse"] == 1


def test_a_server_down_for_a_while_gets_every_waiting_intake_when_it_is_back(
    store: Store, settings: Settings, clock: Clock, endpoint: FhirEndpoint
) -> None:
    endpoint.stop()
    records = [submit(store, index) for index in range(4)]
    assert _send(store, settings, clock) == {"sent": 0, "retry": 4, "refused": 0}
    assert all("cannot reach the server" in store.outbox.get(r.id).reason for r in records)
    clock.advance(backoff(1))
    assert _send(store, settings, clock)["retry"] == 4
    endpoint.start()
    clock.advance(backoff(2))
    assert _send(store, settings, clock)["sent"] == 4
    assert resource_counts(endpoint)["QuestionnaireResponse"] == 4
    assert endpoint.posts == 4
    assert store.outbox.counts() == {"sent": 4}


def test_an_invalid_bundle_is_refused_by_the_endpoints_validation(
    store: Store, settings: Settings, clock: Clock, endpoint: FhirEndpoint, monkeypatch
) -> None:
    from kiosk import fhir_delivery

    record = submit(store)
    real = fhir_delivery.intake_bundle_json
    monkeypatch.setattr(
        fhir_delivery,
        "intake_bundle_json",
        lambda *a: real(*a).replace('"status":"final"', '"state":"final"', 1),
    )
    assert _send(store, settings, clock)["refused"] == 1
    assert "invalid Bundle" in store.outbox.get(record.id).reason
    assert resource_counts(endpoint) == {}


def test_the_bearer_token_is_read_from_its_file_at_each_send(
    store: Store, settings: Settings, clock: Clock, endpoint: FhirEndpoint, tmp_path: Path
) -> None:
    token = tmp_path / "token.txt"
    with_token = replace(settings, fhir_token_file=str(token))
    first, second = submit(store, 0), submit(store, 1)
    assert _send(store, with_token, clock)["retry"] == 2  # no file yet: not sent, kept waiting
    assert "token file cannot be read" in store.outbox.get(first.id).reason
    token.write_text("s3cret\n", encoding="utf-8")
    clock.advance(backoff(1))
    assert _send(store, with_token, clock)["sent"] == 2
    assert endpoint.authorizations == ["Bearer s3cret", "Bearer s3cret"]
    assert store.outbox.get(second.id).state == "sent"


def test_retention_never_deletes_an_intake_the_server_has_not_taken(
    store: Store, settings: Settings, clock: Clock, endpoint: FhirEndpoint
) -> None:
    sent, refused, waiting = submit(store, 0), submit(store, 1), submit(store, 2)
    for intake in (sent, refused, waiting):
        store.set_pdf_status(intake.id, "written", "/reports/x.pdf")
    store.outbox.sent(sent.id, clock.now, "test")
    store.outbox.refused(refused.id, clock.now, 422, "HTTP 422: no")
    later = max(r.completed_at for r in (sent, refused, waiting)) + timedelta(days=400)
    assert store.purge_older_than(30, later) == 1
    assert store.get(sent.id) is None and store.outbox.get(sent.id) is None
    assert store.get(refused.id) is not None and store.get(waiting.id) is not None


def test_submit_queues_the_intake_only_when_a_server_is_set(
    tmp_path: Path, settings: Settings, clock: Clock
) -> None:
    from datetime import date

    from kiosk import submission
    from kiosk.logic.config import resolve
    from kiosk.logic.draft import IntakeDraft
    from kiosk.logic.vocab import Duration

    _, paths = resolve(tmp_path / "data", env={})
    with Store(paths.database, clock=clock) as store:
        for chosen in (settings, Settings()):
            draft = IntakeDraft(
                first_name="Ana",
                last_name="García",
                date_of_birth=date(1968, 4, 2),
                duration=Duration.OVER_12_MONTHS,
                no_treatments=True,
            )
            done = submission.submit(draft, store, chosen, clock.now)
            delivery = store.outbox.get(done.record.id)
            assert (delivery is not None) == bool(chosen.fhir_base_url)


def test_send_again_also_sends_an_intake_finished_before_the_server_was_set(
    store: Store, settings: Settings, clock: Clock, endpoint: FhirEndpoint
) -> None:
    from kiosk.logic.screening import assess
    from tests.fhir.conftest import vignette_record

    record = vignette_record()
    store.submit(record, assess(record))  # sending was off
    assert store.outbox.get(record.id) is None
    assert _send(store, settings, clock)["sent"] == 0
    store.outbox.send_again(record.id, clock.now)
    assert _send(store, settings, clock)["sent"] == 1
    assert resource_counts(endpoint)["QuestionnaireResponse"] == 1
