"""PDF file names (no patient name, safe everywhere) and atomic writes (whole file or nothing)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kiosk.logic.filenames import FilePatternError
from kiosk.report import ReportSettings, build_pdf, pdf_filename, write_pdf
from kiosk.report.files import sanitize_filename
from tests.report.helpers import assessment, record


def test_default_name_carries_date_time_and_short_id_only() -> None:
    intake = record("v03")
    name = pdf_filename(intake, ReportSettings())
    assert name == "intake-2026-11-20-1000-420875c2.pdf"
    for part in ("José", "Álvarez", "Jose", "Alvarez"):
        assert part.lower() not in name.lower()


def test_pattern_fields_fill_in() -> None:
    intake = record("v03")
    name = pdf_filename(intake, ReportSettings(file_pattern="{date}_{time}_{id}"))
    assert name == "2026-11-20_1000_420875c2-9364-5a93-974f-ec3ac297a5b3.pdf"


@pytest.mark.parametrize("pattern", ["{first_name}-{date}.pdf", "{last_name}.pdf", "{date:%Y}.pdf", "{id!r}"])
def test_fields_that_could_leak_or_surprise_are_refused(pattern: str) -> None:
    with pytest.raises(FilePatternError, match="pdf_name_pattern"):
        pdf_filename(record("v03"), ReportSettings(file_pattern=pattern))


@pytest.mark.parametrize(
    "raw, safe",
    [
        ('a/b\\c:d*e?f"g<h>i|j.pdf', "a_b_c_d_e_f_g_h_i_j.pdf"),
        ("../../etc/passwd", "_.._etc_passwd.pdf"),
        ("report. . .", "report.pdf"),
        ("CON.pdf", "_CON.pdf"),
        ("lpt1", "_lpt1.pdf"),
        ("", "intake.pdf"),
        ("tab\there.PDF", "tab_here.pdf"),
        ("x" * 400, "x" * 146 + ".pdf"),
    ],
)
def test_sanitize_makes_names_safe_on_windows_and_linux(raw: str, safe: str) -> None:
    assert sanitize_filename(raw) == safe


def test_write_pdf_creates_the_folder_and_writes_the_built_bytes(tmp_path: Path) -> None:
    intake, screen, settings = record("v03"), assessment(), ReportSettings()
    out_dir = tmp_path / "reports" / "today"
    path = write_pdf(intake, screen, settings, out_dir)
    assert path == out_dir / "intake-2026-11-20-1000-420875c2.pdf"
    assert path.read_bytes() == build_pdf(intake, screen, settings)
    assert [p.name for p in out_dir.iterdir()] == [path.name]


def test_write_pdf_replaces_an_older_copy(tmp_path: Path) -> None:
    intake = record("v03")
    (tmp_path / "intake-2026-11-20-1000-420875c2.pdf").write_bytes(b"stale")
    path = write_pdf(intake, assessment(), ReportSettings(), tmp_path)
    assert path.read_bytes().startswith(b"%PDF")


def test_a_failed_rename_leaves_no_partial_or_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(src: object, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", refuse)
    monkeypatch.setattr(os, "link", refuse)  # a new PDF's name is taken by a hard link
    with pytest.raises(OSError, match="disk full"):
        write_pdf(record("v03"), assessment(), ReportSettings(), tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_leaves_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_fsync(fd: int) -> None:
        raise OSError("I/O error")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="I/O error"):
        write_pdf(record("v03"), assessment(), ReportSettings(), tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_an_output_folder_that_is_a_file_fails_cleanly(tmp_path: Path) -> None:
    blocker = tmp_path / "reports"
    blocker.write_text("not a folder")
    with pytest.raises(OSError):
        write_pdf(record("v03"), assessment(), ReportSettings(), blocker)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reports"]
    assert blocker.read_text() == "not a folder"


def test_a_pdf_never_overwrites_another_intakes_file_but_its_own_rewrite_replaces_it(tmp_path: Path) -> None:
    intake, screen, settings = record("v03"), assessment(), ReportSettings()
    taken = tmp_path / "intake-2026-11-20-1000-420875c2.pdf"
    taken.write_bytes(b"another patient's PDF")  # the same name, from an intake with the same short id
    path = write_pdf(intake, screen, settings, tmp_path)
    assert path == tmp_path / "intake-2026-11-20-1000-420875c2-2.pdf"
    assert taken.read_bytes() == b"another patient's PDF"
    again = write_pdf(intake, screen, settings, tmp_path, previous=path)
    assert again == path  # its own PDF, counter and all, is replaced
    own = write_pdf(intake, screen, settings, tmp_path, previous=taken)  # its own earlier PDF: replaced
    assert own == taken and taken.read_bytes().startswith(b"%PDF-")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
