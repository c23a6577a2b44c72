"""One thread for the slow, fallible work of the output folder, so the screen never waits on it.

Building a PDF takes 60-110 ms, and the output folder may be a network share where a write takes
seconds: on the GUI thread either freezes the patient's screen. The work is queued to a single
thread (jobs run one at a time, alerts before PDFs) and its result comes back by a signal,
queued to the GUI thread. A job gets plain values and touches no database: the database stays
single-writer, on the GUI thread, which records each result when it arrives.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

log = logging.getLogger(__name__)
IDLE_S = 30.0
"""An idle thread ends after this long; the next job starts a new one."""


class Priority(IntEnum):
    """Lower runs first: an alert never waits behind a backlog of owed PDFs, nor staff waiting at the
    screen for their export behind the owed PDFs."""

    ALERT = 0
    STAFF = 1
    PROBE = 2
    PDF = 3
    HOUSEKEEPING = 4


@dataclass(order=True)
class _Job:
    priority: int
    order: int
    token: Any = field(compare=False)
    work: Callable[[], object] = field(compare=False)


class OutputWorker(QObject):
    """Signals: `finished(object, object)` with the job's token and its result, or the exception
    it raised (returned, not raised: the GUI thread decides what a failure means)."""

    finished = Signal(object, object)
    _done = Signal(int)
    """From the worker thread, only the job's number crosses to the GUI thread (a plain int): the
    result waits in `_results` and `finished` is emitted on the GUI thread itself."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._results: dict[int, tuple[object, object]] = {}
        self._done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._queue: queue.PriorityQueue[_Job] = queue.PriorityQueue()
        self._order = itertools.count()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def submit(self, token: object, work: Callable[[], object], priority: Priority) -> None:
        """Run `work()` on the worker thread (started on first use); `finished` reports it."""
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="kiosk-output", daemon=True)
                self._thread.start()
        self._queue.put(_Job(int(priority), next(self._order), token, work))

    def stop(self) -> None:
        """Let the thread end after the job it is on (what is still queued stays owed in the
        database and is done at the next start)."""
        with self._lock:
            if self._thread is not None:
                self._queue.put(_Job(-1, next(self._order), None, _STOP))
                self._thread = None

    def _run(self) -> None:
        while True:
            try:
                job = self._queue.get(timeout=IDLE_S)
            except queue.Empty:
                with self._lock:  # idle: end, and start again on the next job
                    if self._queue.empty():
                        if self._thread is threading.current_thread():
                            self._thread = None
                        return
                continue
            if job.work is _STOP:
                return
            try:
                result = job.work()
            except Exception as error:  # handed back to the GUI thread, which logs it
                result = error
            with self._lock:
                self._results[job.order] = (job.token, result)
            try:
                self._done.emit(job.order)
            except RuntimeError:  # this object's C++ side is gone (the program is ending)
                return

    @Slot(int)
    def _deliver(self, order: int) -> None:
        with self._lock:
            token, result = self._results.pop(order)
        self.finished.emit(token, result)


def _STOP() -> None:
    """Marks the job that ends the thread."""
