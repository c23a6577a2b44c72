"""Qt fixtures: a patient screen on a throw-away data folder, for tests that drive the real widgets."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.jobs import Jobs
from kiosk.logic.config import Settings, resolve
from kiosk.logic.storage import Store
from kiosk.logic.vocab import Language
from kiosk.ui.main_window import MainWindow
from kiosk.ui.shell import PatientScreen
from kiosk.ui.theme import apply_theme

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "data" / "kiosk.sqlite3") as opened:
        yield opened


@pytest.fixture
def window(qtbot, qapp: QApplication, store: Store, tmp_path: Path) -> Iterator[PatientScreen]:
    apply_theme(qapp)
    settings, paths = resolve(tmp_path / "data", env={})
    assert settings == Settings()
    shown = PatientScreen(
        store, settings, paths, jobs=Jobs(store, settings, paths), clock=lambda: NOW, done_reset_ms=50
    )
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    yield shown
    shown.reset_timer.stop()
    shown.translations.use(Language.EN)  # even after a failed Spanish test, the next test is English


@pytest.fixture
def main_window(qtbot, qapp: QApplication, store: Store, tmp_path: Path) -> Iterator[MainWindow]:
    """The whole kiosk window as `kiosk run` shows it (patient side, on-screen keyboard, staff side),
    at 1280 x 800; a test resizes it for other screens."""
    apply_theme(qapp)
    settings, paths = resolve(tmp_path / "data", env={})
    jobs = Jobs(store, settings, paths, clock=lambda: NOW)
    shown = MainWindow(
        store, settings, paths, jobs=jobs, clock=lambda: NOW, kiosk_options={"done_reset_ms": 50}
    )
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    yield shown
    shown.patient.reset_timer.stop()
    shown.patient.translations.use(Language.EN)
    shown.close()
    shown.deleteLater()
    jobs.deleteLater()  # its timers must not outlive this test's database
    QApplication.processEvents()
