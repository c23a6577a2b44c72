"""Test-wide set-up: Qt runs offscreen, so the suite needs no display (CI has none); temporary
folders are in memory where the machine has a RAM disk; no test may leave a window open or a timer
running (see tests/leftovers.py)."""

from __future__ import annotations

import gc
import importlib.util
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from tests import leftovers

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

# Every committed write is fsync'ed (the database runs with synchronous = FULL), and on this disk
# that wait was a third of the suite's time. In memory a sync returns at once; what each test sees
# of its files is the same, and no test can tell a power cut from a kill anyway. An explicit TMPDIR
# wins, and a machine without a RAM disk (Windows, macOS) keeps its own temporary folder.
RAM_DISK = Path("/dev/shm")
if "TMPDIR" not in os.environ and RAM_DISK.is_dir() and os.access(RAM_DISK, os.W_OK):
    os.environ["TMPDIR"] = tempfile.tempdir = str(RAM_DISK)

# Copied from shared/vignettes/public so the suite runs from any clone.
VIGNETTES = sorted((Path(__file__).parent / "data" / "vignettes").glob("*.json"))
assert len(VIGNETTES) == 12, "the public vignettes are missing from tests/data/vignettes"


@pytest.fixture(params=VIGNETTES, ids=lambda p: p.stem)
def vignette(request: pytest.FixtureRequest) -> dict:
    return json.loads(request.param.read_text(encoding="utf-8"))


DOUBLE_TAP_MS = 100
"""The tests' double-click (double-tap) interval: a second press within it is a double click.

Qt's default (400 ms here) is only the platform's guess; a tablet sets its own. A finger in the tests
(tests/ui/fingers.py) waits out this interval before it taps a field or starts a drag, as a patient
moving on does, so that a tap is never read as a double click; the taps and drags themselves, and
every check after them, are the same at any interval. At 400 ms those waits were a quarter of the UI
tests' time (61 waits, 21 s, most of them idle). Quick taps on buttons (a key after a key) still come
within it, so double clicks are still delivered and handled as presses."""


@pytest.fixture(scope="session")
def qapp(qapp: QApplication) -> QApplication:
    """pytest-qt's application, with the tests' double-tap interval (see `DOUBLE_TAP_MS`)."""
    QGuiApplication.styleHints().setMouseDoubleClickInterval(DOUBLE_TAP_MS)
    assert QApplication.doubleClickInterval() == DOUBLE_TAP_MS
    return qapp


@pytest.fixture(autouse=True, scope="session")
def garbage_collected_on_the_main_thread() -> Iterator[None]:
    """As the kiosk does (kiosk/ui/gui_thread_gc.py): a Qt object collected on the output worker's
    thread can deadlock it with the GUI thread, and the tests build windows of their own.

    What is alive when the first test starts (the imported modules of Qt, reportlab, hypothesis,
    the collected tests) lives to the end: frozen, the collection after each test looks only at what
    tests made since (a full collection over everything after each test doubled the CPU of
    tests/logic + tests/ui/test_staff.py: 70.5 s, 32.8 s frozen)."""
    gc.disable()
    gc.collect()
    gc.freeze()
    yield
    gc.unfreeze()
    gc.enable()


@pytest.fixture(autouse=True)
def leaves_no_window_or_timer() -> Iterator[None]:
    """Fails (at teardown) a test that leaves a visible top-level window or a running QTimer. As an
    autouse fixture it is set up first, so it looks after every other fixture has torn down; it
    collects the test's garbage first, on this (the GUI) thread."""
    yield
    gc.collect()
    found = leftovers.check()
    if found:
        found.clear()
        pytest.fail(found.describe(), pytrace=False)


@pytest.fixture(scope="session")
def extract() -> ModuleType:
    """scripts/extract_translations.py as a module (it is a script, not part of the package)."""
    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("extract", root / "scripts" / "extract_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
