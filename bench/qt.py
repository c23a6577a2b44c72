"""Qt for the in-process figures: offscreen, themed like the kiosk, with a real window on a temp folder.

The kiosk's style sheet is applied because it is most of what a widget costs to lay out and paint;
the file log is switched on because the running kiosk writes a line at every step.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMessageLogContext,
    QObject,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QWidget

from kiosk import logs
from kiosk.jobs import Jobs
from kiosk.logic.config import Paths, Settings, resolve
from kiosk.logic.storage import Store
from kiosk.ui.gui_thread_gc import GuiThreadCollector
from kiosk.ui.shell import PatientScreen
from kiosk.ui.theme import apply_theme

WINDOW_SIZE = (1280, 800)  # kiosk.ui.app.WINDOW_SIZE: a 10-inch tablet
NEVER_MS = 24 * 3600 * 1000  # timers that must not fire during a measurement


QUIET = ("This plugin does not support propagateSizeHints",)  # offscreen has no window system


def _message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if not message.startswith(QUIET):
        print(f"Qt: {message}", file=sys.stderr)


def quiet_known_messages() -> None:
    """Drop Qt's offscreen notices from the bench's output; every other message still shows."""
    qInstallMessageHandler(_message)


def application() -> QApplication:
    """The one QApplication of the bench process, with the kiosk's style sheet and garbage
    collection (kiosk/ui/gui_thread_gc.py)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        quiet_known_messages()
        app = QApplication(["bench"])
        GuiThreadCollector(app)  # as `kiosk run` has it: the bench drives the output worker too
        apply_theme(app)
    return app


def settle() -> None:
    """Run what the event loop would run next: posted events, paints and deferred deletes."""
    QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


class PaintCounter(QObject):
    """Counts paint events of one widget, to prove that a timed interval included its repaint."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


@contextmanager
def data_folder() -> Iterator[tuple[Settings, Paths]]:
    """Default settings on a throw-away data folder, with the kiosk's file log inside it."""
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as folder:
        settings, paths = resolve(Path(folder) / "data", env={})
        root = logging.getLogger()
        before = (list(root.handlers), root.level)
        logs.configure(paths.log_dir)
        try:
            yield settings, paths
        finally:
            for handler in root.handlers:
                if handler not in before[0]:
                    root.removeHandler(handler)
                    handler.close()
            root.setLevel(before[1])


@contextmanager
def patient_screen() -> Iterator[PatientScreen]:
    """The patient wizard, shown at tablet size and painted once, on a throw-away data folder."""
    application()
    with data_folder() as (settings, paths), Store(paths.database) as store:
        window = PatientScreen(
            store,
            settings,
            paths,
            jobs=Jobs(store, settings, paths),
            clock=lambda: datetime.now().astimezone(),
            done_reset_ms=NEVER_MS,
            idle_ms=NEVER_MS,
            countdown_ms=NEVER_MS,
        )
        window.resize(*WINDOW_SIZE)
        window.show()
        settle()
        try:
            yield window
        finally:
            window.reset_timer.stop()
            window.idle.stop()
            window.close()
            window.deleteLater()
            settle()
