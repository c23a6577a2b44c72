"""The cold-start bench's three programs each start, paint and report (a floor that no longer
builds, as when the Welcome page's arguments changed, would leave the bench's figure unmeasured)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.cold_start import launch


@pytest.mark.parametrize("kind", ["bare", "floor", "kiosk"])
def test_each_program_paints_its_first_frame_and_reports(tmp_path: Path, kind: str) -> None:
    elapsed_ms, report = launch(kind, tmp_path / "data")
    assert elapsed_ms > 0 and isinstance(report, dict) and report
