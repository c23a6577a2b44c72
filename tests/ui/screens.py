"""Every screen a patient can see, walked through a real intake, for checks that must hold on all.

`walk(window, check)` fills the sample intake with the real widgets and calls `check(name)` on each
screen: every step (the map also as its list and with a place open), the front-desk alert, the
idle warning and Done.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
)

from kiosk.jobs import Jobs
from kiosk.logic.config import resolve
from kiosk.logic.flow import Step
from kiosk.logic.regions import View
from kiosk.logic.storage import Store
from kiosk.logic.vocab import Side
from kiosk.ui.bodymap import BodyMapWidget
from kiosk.ui.demo_patient import complete_sample_intake
from kiosk.ui.shell import PatientScreen
from kiosk.ui.steps.painmap import LIST, MapPage
from kiosk.ui.theme import apply_theme
from tests.qtfixtures import NOW

ALERT_YES = frozenset({"urination_difficulty"})
CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSlider, BodyMapWidget)


def open_window(qtbot, qapp: QApplication, store: Store, folder: Path) -> PatientScreen:
    """A shown 1280 x 800 patient screen, built now (after any translator a test installed)."""
    apply_theme(qapp)
    settings, paths = resolve(folder, env={})
    window = PatientScreen(
        store, settings, paths, jobs=Jobs(store, settings, paths), clock=lambda: NOW, done_reset_ms=60_000
    )
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def settle() -> None:
    """Let pending layout passes run (wrapped words can take a second pass to settle)."""
    for _ in range(3):
        QCoreApplication.processEvents()


def walk(window: PatientScreen, check: Callable[[str], None]) -> list[str]:
    seen: list[str] = []

    def look(name: str) -> None:
        settle()
        check(name)
        seen.append(name)

    def before_next(step: Step) -> None:
        look(step.value)
        if step is Step.MAP:
            page = window.page(Step.MAP)
            assert isinstance(page, MapPage)
            for view in View:
                if view is not View.FRONT:  # the front was looked at as the step
                    page.view_choice.button_for(view).click()
                    look(f"map-{view.value}")
            page.view_choice.button_for(LIST).click()
            look("map-list")
            page.tap("calf", Side.LEFT)
            look("map-editor")
            page.editor.done.click()
            page.view_choice.button_for(View.BACK).click()
        if step is Step.PATTERN:
            window.still_there.begin()
            look("idle-warning")
            window.still_there.cancel()

    complete_sample_intake(window, before_next, extra_yes=ALERT_YES)
    window.reset_timer.stop()
    look(Step.DONE.value)
    return seen


def visible(window: QWidget) -> list[QWidget]:
    return [widget for widget in window.findChildren(QWidget) if widget.isVisible()]


def controls(window: QWidget) -> list[QWidget]:
    """What a finger or the keyboard can operate on screen now."""
    return [widget for widget in visible(window) if isinstance(widget, CONTROLS)]


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else ""
    return f"{type(widget).__name__}({text or widget.accessibleName()!r})"


class Doubler(QTranslator):
    """A pseudo-translation: every string twice as long, to find what a longer language would clip."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        del context, disambiguation, n
        return f"{source} {source}"

    def isEmpty(self) -> bool:
        return False


@contextmanager
def doubled_words(app: QApplication) -> Iterator[None]:
    doubler = Doubler()
    app.installTranslator(doubler)
    try:
        yield
    finally:
        app.removeTranslator(doubler)
