"""Hostile intake files for `kiosk assess` / `kiosk report` (issue 13 item 9): one short line on stderr,
exit 2, nothing written, no traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.__main__ import main

V03 = Path(__file__).parent / "data" / "vignettes" / "v03-heel-pain-with-s1-features.json"


def _record_text(**changes: str) -> str:
    """V03's record as JSON text, with the given JSON fragments put in place of some fields."""
    record = json.loads(V03.read_text(encoding="utf-8"))["record"]
    text = json.dumps(record)
    for key, fragment in changes.items():
        old = json.dumps(record["patient"][key] if key in record["patient"] else record[key])
        text = text.replace(f'"{key}": {old}', f'"{key}": {fragment}', 1)
    return text


CASES = {
    "5,000-digit integer": _record_text(duration="9" * 5000),
    "10,000 deep": _record_text(pain="[" * 10_000 + "]" * 10_000),
    "50 MB name": _record_text(first_name='"' + "x" * 50_000_000 + '"'),
    "NUL in a name": _record_text(first_name='"Jos\\u0000e"'),
    "lone surrogate": _record_text(last_name='"\\ud800lvarez"'),
    "year 0001": _record_text(date_of_birth='"0001-01-01"'),
    "year 9999": _record_text(date_of_birth='"9999-01-01"'),
    "completed in 9999": _record_text(completed_at='"9999-12-31T23:59:00-05:00"'),
    "10,000 treatments": _record_text(
        treatments=json.dumps([{"treatment": "ice", "relief": "none"}] * 10_000)
    ),
    "duplicate treatments": _record_text(treatments=json.dumps([{"treatment": "ice", "relief": "none"}] * 2)),
    "a key twice": _record_text(duration='"over_12_months", "duration": "under_6_weeks"'),
}


WORDS = {
    "5,000-digit integer": "4,300 digits",
    "10,000 deep": "nested",
    "50 MB name": "larger than 1024 KiB",
    "NUL in a name": "first_name",
    "lone surrogate": "last_name",
    "year 0001": "120 years",
    "year 9999": "after completed_at",
    "completed in 9999": "not between",
    "10,000 treatments": "10000 items",
    "duplicate treatments": "listed twice",
    "a key twice": "given twice",
}


@pytest.mark.parametrize("name", CASES)
def test_a_hostile_file_is_one_short_line_and_exit_2(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(CASES[name], encoding="utf-8")
    out = tmp_path / "never.pdf"
    for argv in (
        ["assess", str(bad)],
        ["report", str(bad), "-o", str(out), "--data-dir", str(tmp_path / "d")],
    ):
        assert main(argv) == 2, name
        captured = capsys.readouterr()
        assert captured.out == ""
        (line,) = captured.err.splitlines()
        assert len(line) - len(str(bad)) <= 200, line[:300]
        assert "Traceback" not in captured.err
        assert WORDS[name] in line
    assert not out.exists()
