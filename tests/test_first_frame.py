"""What `kiosk run` has loaded when its first screen is painted: only what that screen needs.

The PDF library and the FHIR client (the Bundle, its resources, `urllib.request` with `ssl` and
`email`) are for a finished form and a send; loading them before the Welcome page is painted kept a
patient looking at an empty screen for the time it takes (issue 17 item 8: bench/cold_start.py).
The database is open before then, so every answer is saved from the first one.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LATER = (
    "reportlab",
    "kiosk.report",
    "kiosk.fhir_delivery",
    "kiosk.fhir_export",
    "kiosk.logic.fhir",
    "urllib.request",
)
"""Modules the first frame must not wait for (each named with everything under it)."""

AT_FIRST_PAINT = """
import gc, json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from kiosk.ui.steps.welcome import WelcomePage

painted = WelcomePage.paintEvent

def paint(self, event):
    painted(self, event)
    if not getattr(paint, "seen", False):
        paint.seen = True
        store = self.window().patient.store
        ready = store.path.is_file() and bool(store.database_id)
        report = {"modules": sorted(sys.modules), "database_ready": ready, "gc_automatic": gc.isenabled()}
        print(json.dumps(report), flush=True)
        QTimer.singleShot(0, QApplication.instance().quit)

WelcomePage.paintEvent = paint
from kiosk.__main__ import main
sys.exit(main(["run", "--data-dir", sys.argv[1]]))
"""


def test_the_first_frame_is_painted_before_the_pdf_library_and_the_fhir_client_load(tmp_path: Path) -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("KIOSK_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        [sys.executable, "-c", AT_FIRST_PAINT, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout.splitlines()[0])
    modules = report["modules"]
    assert report["database_ready"], "the database is open and migrated before the first frame"
    assert not report["gc_automatic"], "garbage is collected on the GUI thread (kiosk/ui/gui_thread_gc.py)"
    assert [m for m in modules if m in LATER or m.startswith(tuple(f"{name}." for name in LATER))] == []
