"""An intake store, settings that point at the local FHIR endpoint, and a clock the tests move."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from kiosk.logic.config import Settings
from kiosk.logic.record import IntakeRecord
from kiosk.logic.record_load import record_from_dict
from kiosk.logic.screening import assess
from kiosk.logic.storage import Store
from tests.fhir_server import FhirEndpoint

VIGNETTES = sorted((Path(__file__).resolve().parents[1] / "data" / "vignettes").glob("*.json"))
START = datetime.fromisoformat("2026-11-20T16:00:00+00:00")


@dataclass
class Clock:
    now: datetime = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, by: timedelta) -> None:
        self.now += by


@pytest.fixture
def endpoint() -> Iterator[FhirEndpoint]:
    server = FhirEndpoint()
    yield server
    server.close()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def settings(endpoint: FhirEndpoint) -> Settings:
    return replace(Settings(), fhir_base_url=endpoint.url)


@pytest.fixture
def store(tmp_path: Path, clock: Clock) -> Iterator[Store]:
    with Store(tmp_path / "kiosk.sqlite3", clock=clock) as opened:
        yield opened


def vignette_record(index: int = 2) -> IntakeRecord:
    return record_from_dict(json.loads(VIGNETTES[index].read_text(encoding="utf-8"))["record"])


def submit(store: Store, index: int = 2) -> IntakeRecord:
    record = vignette_record(index)
    store.submit(record, assess(record), fhir=True)
    return record
