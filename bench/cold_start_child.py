"""A fresh process for the cold-start figure: start, paint the first screen, say so, quit.

`python -m bench.cold_start_child kiosk DATA_DIR` starts the real kiosk (`kiosk run`, the same entry
point as the installed command) on DATA_DIR; `... bare` shows a plain QWidget, the first baseline:
what any PySide6 program pays for the interpreter, Qt and one painted window; `... floor` shows only
what the kiosk's first screen itself is made of, the second baseline: our style sheet, the header
(step line, text-size and contrast switch, title), the real Welcome page and its Start button, with
no storage, no jobs, no log, no translations loaded and none of the other pages. Each prints one JSON line right after the
first paint of its first screen has finished (a zero-delay timer queued from the paint event runs
once the whole frame is painted), then quits through the event loop.

The parent times from `Popen` to that line, so the figure includes interpreter start-up exactly as a
patient-facing restart would.
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Any

from bench.rss import resident_kb

START = time.perf_counter()
os.environ["QT_QPA_PLATFORM"] = "offscreen"


class _FirstPaint:
    """Called from a paintEvent override; reports once, after the frame, and quits."""

    def __init__(self) -> None:
        self.seen = False

    def __call__(self) -> None:
        if self.seen:
            return
        self.seen = True
        from PySide6.QtCore import QTimer  # noqa: PLC0415 - Qt is loaded by now
        from PySide6.QtWidgets import QApplication  # noqa: PLC0415

        def report() -> None:
            child_ms = (time.perf_counter() - START) * 1000
            print(json.dumps({"child_ms": child_ms, "rss_kb": resident_kb()}), flush=True)
            app = QApplication.instance()
            if app is not None:
                app.quit()

        QTimer.singleShot(0, report)


def bare() -> int:
    from PySide6.QtGui import QPaintEvent  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication, QWidget  # noqa: PLC0415

    first_paint = _FirstPaint()

    class Window(QWidget):
        def paintEvent(self, event: QPaintEvent) -> None:
            super().paintEvent(event)
            first_paint()

    app = QApplication(sys.argv[:1])
    window = Window()
    window.resize(1280, 800)
    window.show()
    return app.exec()


def floor() -> int:
    """The Welcome screen alone: the cost the kiosk's start-up cannot go below. The header is the
    kiosk's own (`kiosk.ui.header`); the margins and the footer are laid out as
    `kiosk.ui.shell.PatientScreen` lays them out (keep the two alike)."""
    from PySide6.QtGui import QPaintEvent  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget  # noqa: PLC0415

    from kiosk.logic.config import Settings  # noqa: PLC0415
    from kiosk.logic.vocab import SOURCE_LANGUAGE  # noqa: PLC0415
    from kiosk.ui.header import header_layout  # noqa: PLC0415
    from kiosk.ui.steps.welcome import WelcomePage  # noqa: PLC0415
    from kiosk.ui.theme import LookSwitch, apply_theme  # noqa: PLC0415
    from kiosk.ui.widgets import big_button, body_text, heading  # noqa: PLC0415

    first_paint = _FirstPaint()

    class Welcome(WelcomePage):
        def paintEvent(self, event: QPaintEvent) -> None:
            super().paintEvent(event)
            first_paint()

    app = QApplication(sys.argv[:1])
    window = QWidget()
    page = Welcome(Settings().clinic_name, SOURCE_LANGUAGE)
    header = header_layout(body_text("", "progress"), LookSwitch(), heading(page.title()))
    stack = QStackedWidget()
    stack.addWidget(page)
    layout = QVBoxLayout(window)
    layout.setContentsMargins(24, 12, 24, 12)
    layout.setSpacing(10)
    layout.addLayout(header)
    layout.addWidget(stack, 1)
    footer = QHBoxLayout()
    footer.addStretch(1)
    footer.addWidget(big_button("Start", role="primary"))
    layout.addLayout(footer)
    apply_theme(app)  # after building, as the kiosk does
    window.resize(1280, 800)
    window.show()
    return app.exec()


def kiosk(data_dir: str) -> int:
    """`kiosk run --data-dir DATA_DIR`, with the Welcome page's paintEvent reporting its first frame."""
    from PySide6.QtGui import QPaintEvent  # noqa: PLC0415

    from kiosk.__main__ import main  # noqa: PLC0415
    from kiosk.ui.steps.welcome import WelcomePage  # noqa: PLC0415

    first_paint = _FirstPaint()
    original: Any = WelcomePage.paintEvent

    def paint_and_report(self: WelcomePage, event: QPaintEvent) -> None:
        original(self, event)
        first_paint()

    WelcomePage.paintEvent = paint_and_report  # type: ignore[method-assign,assignment]
    return main(["run", "--data-dir", data_dir])


if __name__ == "__main__":
    kind = sys.argv[1]
    sys.exit(bare() if kind == "bare" else floor() if kind == "floor" else kiosk(sys.argv[2]))
