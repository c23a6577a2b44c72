"""A PDF rewrite that fails keeps a good PDF on record; a first write that fails is queued.

Real SQLite file, real PDFs in a real output folder. The Windows lock (a viewer holding the old PDF
open makes the rename over it fail) is simulated by making `os.replace`, which `Path.replace` in the
PDF writer calls (and `os.link`, which names a new PDF), raise `PermissionError`.
"""

from __future__ import annotations

import errno
import json
import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk import submission
from kiosk.logic.config import Paths, Settings, resolve
from kiosk.logic.record import IntakeRecord
from kiosk.logic.record_load import record_from_dict
from kiosk.logic.screening import assess
from kiosk.logic.storage import Store

VIGNETTE = Path(__file__).resolve().parents[1] / "data" / "vignettes" / "v03-heel-pain-with-s1-features.json"
LOCKED = PermissionError(errno.EACCES, "The file is being used by another process")
SHARE_FAILING = OSError(errno.EIO, "Input/output error")


@pytest.fixture
def places(tmp_path: Path) -> tuple[Settings, Paths]:
    return resolve(tmp_path / "data", env={})


@pytest.fixture
def store(places: tuple[Settings, Paths]) -> Iterator[Store]:
    with Store(places[1].database) as opened:
        yield opened


@pytest.fixture
def record(store: Store) -> IntakeRecord:
    stored = record_from_dict(json.loads(VIGNETTE.read_text(encoding="utf-8"))["record"])
    store.submit(stored, assess(stored))
    return stored


def refuse_replace(monkeypatch: pytest.MonkeyPatch, error: OSError) -> None:
    def replace(*_args: object, **_kwargs: object) -> None:
        raise error

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(os, "link", replace)  # a new PDF's name is taken by a hard link


def rewrite(store: Store, record: IntakeRecord, places: tuple[Settings, Paths]) -> submission.PdfWrite:
    return submission.write_stored_report(store, record.id, *places)


@pytest.mark.parametrize("error", [LOCKED, SHARE_FAILING], ids=["open-in-a-viewer", "share-failing"])
def test_a_failed_rewrite_keeps_the_written_pdf_on_record(
    store: Store,
    record: IntakeRecord,
    places: tuple[Settings, Paths],
    *,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    error: OSError,
) -> None:
    settings, paths = places
    first = submission.write_stored_report(store, record.id, settings, paths).path
    assert first is not None and first.is_file()
    good = first.read_bytes()
    refuse_replace(monkeypatch, error)

    with caplog.at_level(logging.WARNING, logger="kiosk.submission"):
        assert submission.write_stored_report(store, record.id, settings, paths).path is None

    stored = store.get(record.id)
    assert stored is not None
    assert (stored.pdf_status, stored.pdf_path) == ("written", str(first))
    assert first.read_bytes() == good
    assert sorted(p.name for p in paths.output_dir.iterdir()) == [first.name]  # no temporary file left
    assert store.pending_pdfs() == []  # so the retry timer does not rebuild it every minute
    assert [r.getMessage() for r in caplog.records] == [
        f"PDF not rewritten; the earlier one is kept ({type(error).__name__})"
    ]
    assert "Álvarez" not in caplog.text


def test_the_caller_learns_why_a_rewrite_failed_and_that_the_earlier_pdf_is_kept(
    store: Store, record: IntakeRecord, places: tuple[Settings, Paths], monkeypatch: pytest.MonkeyPatch
) -> None:
    written = rewrite(store, record, places)
    assert written == submission.PdfWrite(written.path)
    assert written.path is not None and written.path.is_file()
    refuse_replace(monkeypatch, LOCKED)
    assert rewrite(store, record, places) == submission.PdfWrite(None, PermissionError, kept_previous=True)


def test_a_failed_first_write_is_queued_and_written_by_the_retry(
    store: Store, record: IntakeRecord, places: tuple[Settings, Paths], monkeypatch: pytest.MonkeyPatch
) -> None:
    settings, paths = places
    refuse_replace(monkeypatch, LOCKED)
    assert rewrite(store, record, places) == submission.PdfWrite(None, PermissionError)
    stored = store.get(record.id)
    assert stored is not None
    assert (stored.pdf_status, stored.pdf_path) == ("failed", None)
    assert store.pending_pdfs() == [record.id]

    monkeypatch.undo()
    assert [
        submission.write_stored_report(store, owed, settings, paths).path is not None
        for owed in store.pending_pdfs()
    ] == [True]
    stored = store.get(record.id)
    assert stored is not None and stored.pdf_path is not None
    assert stored.pdf_status == "written"
    assert Path(stored.pdf_path).read_bytes().startswith(b"%PDF-")


def test_a_failed_rewrite_whose_earlier_pdf_is_gone_is_queued_again(
    store: Store, record: IntakeRecord, places: tuple[Settings, Paths], monkeypatch: pytest.MonkeyPatch
) -> None:
    first = rewrite(store, record, places).path
    assert first is not None
    first.unlink()  # someone moved it out of the output folder
    refuse_replace(monkeypatch, SHARE_FAILING)
    assert rewrite(store, record, places) == submission.PdfWrite(None, OSError)
    stored = store.get(record.id)
    assert stored is not None
    assert (stored.pdf_status, stored.pdf_path) == ("failed", None)
    assert store.pending_pdfs() == [record.id]


def test_a_share_that_cannot_even_say_whether_the_earlier_pdf_exists_queues_it_again(
    store: Store, record: IntakeRecord, places: tuple[Settings, Paths], monkeypatch: pytest.MonkeyPatch
) -> None:
    """On Windows a vanished share fails `stat` with an error `Path.is_file` does not swallow."""
    first = rewrite(store, record, places).path
    assert first is not None
    real_stat = Path.stat

    def stat(self: Path, **kwargs: bool) -> os.stat_result:
        if self == first:
            raise OSError(errno.EHOSTDOWN, "The network path was not found")
        return real_stat(self, **kwargs)

    refuse_replace(monkeypatch, SHARE_FAILING)
    monkeypatch.setattr(Path, "stat", stat)
    assert rewrite(store, record, places) == submission.PdfWrite(None, OSError)
    assert store.pending_pdfs() == [record.id]
