"""What a test may not leave behind: a visible top-level window, or a Qt timer still running.

Either one outlives its test and acts in the next: a window stays on screen (and in
`QApplication.topLevelWidgets()`, which other tests search), and a timer fires later, on objects
whose database the previous test's folder has already deleted. `tests/conftest.py` runs `check()`
after every test (after pytest-qt has closed the widgets given to `qtbot.addWidget` and every
fixture has torn down) and fails the test with what it found.

What it sees: every visible top-level widget, and every running `QTimer` that Python holds a
wrapper for (the app's and the tests' own, whoever owns them: a window's idle timer, `Jobs`'s retry
and purge timers, a test's timer). What it cannot see: `QTimer.singleShot(ms, callable)`, which
Qt runs without a Python object, and Qt's internal timers (a fling's, a caret's blink).
"""

from __future__ import annotations

from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


@dataclass
class Leftovers:
    windows: list[QWidget]
    timers: list[QTimer]

    def __bool__(self) -> bool:
        return bool(self.windows or self.timers)

    def describe(self) -> str:
        lines = [f"a visible top-level window: {_name(window)}" for window in self.windows]
        lines += [
            f"a running QTimer ({timer.interval()} ms) owned by {_owners(timer)}" for timer in self.timers
        ]
        return "the test left behind:\n  " + "\n  ".join(lines)

    def clear(self) -> None:
        """Stop and close them, so the next test starts clean whatever this one left."""
        for timer in self.timers:
            timer.stop()
        for window in self.windows:
            window.close()
            window.hide()  # a widget that refuses to close (the kiosk-mode window) is hidden still


def check() -> Leftovers:
    """What is still running now. Widgets already closed and handed to `deleteLater` (as pytest-qt
    does for `qtbot.addWidget`) are deleted first: Qt would otherwise delete them, and stop their
    timers, only in the next test's event loop."""
    if QApplication.instance() is None:
        return Leftovers([], [])
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    timers = [
        wrapper
        for wrapper in shiboken6.getAllValidWrappers()
        if isinstance(wrapper, QTimer) and shiboken6.isValid(wrapper) and wrapper.isActive()
    ]
    return Leftovers(windows, timers)


def _name(obj: QObject) -> str:
    name = obj.objectName()
    title = obj.windowTitle() if isinstance(obj, QWidget) else ""
    return type(obj).__name__ + (f" {name!r}" if name else "") + (f" {title!r}" if title else "")


def _owners(obj: QObject) -> str:
    """The chain of parents, innermost first: which object forgot to stop its timer."""
    chain = []
    parent = obj.parent()
    while parent is not None:
        chain.append(_name(parent))
        parent = parent.parent()
    return " < ".join(chain) or "nobody (a timer without a parent)"
