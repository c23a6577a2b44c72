"""Builds the running kiosk from parsed arguments: settings, storage, the Qt application, the window."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLockFile, QMessageLogContext, QSize, Qt, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kiosk import cli, logs
from kiosk.jobs import Jobs
from kiosk.logic.config import ConfigError, Paths, Settings, resolve
from kiosk.logic.storage import Store, StoreError
from kiosk.ui import faults
from kiosk.ui.gui_thread_gc import GuiThreadCollector
from kiosk.ui.main_window import MainWindow
from kiosk.ui.shell import PatientScreen
from kiosk.ui.theme import apply_theme

FRAME_SETTLE_MS = 300
WINDOW_SIZE = QSize(1280, 800)
"""A 10-inch tablet's screen: the size the kiosk is laid out for, and opens at where it fits."""


def window_size(available: QSize, frame: QSize | None = None) -> QSize:
    """The windowed kiosk's size: the tablet's, but never larger than the screen's free area less
    the window manager's frame (on a 1024 x 768 PC a 1280 x 800 window put Next and the text sizes
    off screen; under a title bar, a window as tall as the screen lost its bottom row)."""
    return WINDOW_SIZE.boundedTo(available if frame is None else available - frame)


def fit_to_screen(window: QWidget) -> None:
    """Once shown (the window manager has framed it), keep the window and its frame on screen."""
    screen = window.screen()
    if screen is None:
        return
    free = screen.availableGeometry()
    frame = window.frameGeometry().size() - window.geometry().size()
    window.resize(window_size(free.size(), frame))
    window.move(free.topLeft())


def _resolve(args: argparse.Namespace) -> tuple[Settings, Paths]:
    try:
        return resolve(args.data_dir, args.config)
    except ConfigError as error:
        raise cli.UsageError(str(error)) from None


def _application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
        GuiThreadCollector(app)  # the tests, which bring their own application, collect after each test
    app.setApplicationName("Heel-pain intake kiosk")
    return app


def _quiet_offscreen(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """The offscreen platform warns that it cannot resize windows; the demo has no windows to show."""
    del kind, context
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def _preload_report() -> None:
    """Load reportlab once the window is built, so neither start-up nor the first patient waits for it."""
    import kiosk.report.pdf  # noqa: F401, PLC0415


def open_window(
    app: QApplication, store: Store, settings: Settings, paths: Paths, *, kiosk_mode: bool
) -> MainWindow:
    """The kiosk's window, styled; what can wait is done once its first screen is up and every
    page is built: what a killed kiosk left in the output folder, alerts and PDFs owed from the last
    run (a share that was down may owe many), the retention purge, and loading reportlab for the
    first patient."""
    jobs = Jobs(store, settings, paths)
    window = MainWindow(store, settings, paths, jobs=jobs, kiosk_mode=kiosk_mode)
    jobs.setParent(window)
    apply_theme(app)  # once, after building: styling pages before they are placed restyles each 3-4 times
    once = Qt.ConnectionType.SingleShotConnection
    window.patient.pages_built.connect(_preload_report, once)
    window.patient.pages_built.connect(jobs.start, once)
    window.patient.submitted.connect(lambda _result: jobs.fhir.send_due())  # to the chart at once
    return window


def run(args: argparse.Namespace) -> int:
    """Open the kiosk. A settings file or database it cannot use, or a kiosk already open, is said
    in a dialog as well as on stderr: `kiosk-gui` on Windows has no console, and a double-click that
    does nothing tells clinic IT nothing."""
    app = _application()
    try:
        return _run(app, args)
    except (cli.UsageError, StoreError) as error:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            app.applicationName(),
            f"The kiosk could not start.\n\n{error}\n\nPlease show this message to clinic IT.",
        )
        box.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)  # not hidden behind a kiosk already open
        box.exec()
        raise cli.UsageError(str(error)) from None


def _usable_data_dir(paths: Paths) -> None:
    """A data folder the kiosk cannot create or write to (a file in its place, no permission) is
    said in one line, not a traceback from the first file opened in it."""
    try:
        paths.data_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=paths.data_dir):
            pass
    except OSError as error:
        raise cli.UsageError(f"{paths.data_dir}: cannot use this data folder ({error.strerror})") from None


def _run(app: QApplication, args: argparse.Namespace) -> int:
    settings, paths = _resolve(args)
    _usable_data_dir(paths)
    logs.configure(paths.log_dir)
    # One kiosk per data folder (a Startup entry and a desktop shortcut both launched): a second
    # would abandon the first one's open form at its start. A crashed kiosk's lock is stale and taken.
    lock = QLockFile(str(paths.data_dir / "kiosk.lock"))
    if not lock.tryLock(0):
        raise cli.UsageError(f"the kiosk is already open for {paths.data_dir}; close that one first")
    try:
        return _open(app, settings, paths, kiosk_mode=args.kiosk or settings.kiosk_mode)
    finally:
        lock.unlock()


def _open(app: QApplication, settings: Settings, paths: Paths, *, kiosk_mode: bool) -> int:
    with Store(paths.database) as store:
        store.abandon_open_drafts()
        window = open_window(app, store, settings, paths, kiosk_mode=kiosk_mode)
        faults.install(window.fault)
        screen = window.screen() or app.primaryScreen()
        window.resize(window_size(screen.availableGeometry().size()) if screen else WINDOW_SIZE)
        if kiosk_mode:
            window.showFullScreen()
        else:
            window.show()
            # The frame is known once the window manager has put it on: fit again then.
            QTimer.singleShot(FRAME_SETTLE_MS, lambda: fit_to_screen(window))
        return app.exec()


def demo(args: argparse.Namespace) -> int:
    """Drive the real wizard offscreen through a sample patient and print the PDF's path."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    qInstallMessageHandler(_quiet_offscreen)
    from kiosk.ui.demo_patient import complete_sample_intake, written_pdf  # noqa: PLC0415

    base = args.data_dir or Path(tempfile.mkdtemp(prefix="kiosk-demo-"))
    args.data_dir = base
    settings, paths = _resolve(args)
    _usable_data_dir(paths)
    if args.output is not None:
        paths = Paths(paths.data_dir, paths.database, args.output, paths.log_dir, paths.config_file)
    app = _application()
    try:
        store = Store(paths.database)
    except StoreError as error:
        raise cli.UsageError(str(error)) from None
    with store:
        jobs = Jobs(store, settings, paths)
        window = PatientScreen(store, settings, paths, jobs=jobs, clock=lambda: datetime.now().astimezone())
        apply_theme(app)
        window.resize(WINDOW_SIZE)
        window.show()
        result = complete_sample_intake(window)
        pdf = written_pdf(window, result.record.id)
        jobs.stop()
        window.close()
        if pdf is None:
            print("kiosk: the intake was stored but the PDF could not be written", file=sys.stderr)
            return 1
        print(pdf)
        return 0
