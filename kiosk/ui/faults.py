"""Keeps the kiosk running after a programming error, without leaking the patient's data.

The log gets the exception type and where it happened (file, line, function), never the message,
which may quote what the patient typed; the patient gets a calm page and a fresh start.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.logic.dbfile import describe
from kiosk.logs import where
from kiosk.ui.widgets import big_button, centred_message

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def install(on_fault: Callable[[], None]) -> ExceptHook:
    """Route uncaught exceptions to `on_fault`; returns the previous hook."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        # The message may hold patient data: the log gets what is wrong in known words (a full
        # disk says "disk full", not just "OperationalError"), the type and the place.
        said = describe(error)
        log.error(
            "uncaught %s%s at %s", kind.__name__, "" if said == kind.__name__ else f" ({said})", where(tb)
        )
        del error
        try:
            on_fault()
        except Exception as failure:  # the handler itself must not fail ("Error in sys.excepthook")
            log.error("fault page not shown: %s at %s", type(failure).__name__, where(failure.__traceback__))

    sys.excepthook = hook
    return previous


class FaultPage(QWidget):
    """Signals: `restart()` when the patient (or staff) taps to start again.

    Its words are set again (`retranslate`) just before it is shown, while the patient's language
    is still installed: it is built once, in the clinic's language, long before any fault.
    """

    restart = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = centred_message(self, "", [""])
        self.title, self.line = self.findChildren(QLabel)
        self.again = big_button("", role="primary")
        self.again.clicked.connect(self.restart)
        layout.insertWidget(layout.count() - 1, self.again, 0, Qt.AlignmentFlag.AlignHCenter)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Something went wrong — please ask the front desk"))
        self.line.setText(self.tr("We are sorry. Your answers so far are safe with us."))
        self.again.setText(self.tr("Start again"))
