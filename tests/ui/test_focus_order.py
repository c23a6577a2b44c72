"""Tab follows reading order on every step: the title, the page's own controls, then Back, Next
and the text-size and contrast buttons, and round again.

Controls a page makes while it is shown (cards, review sections, the map's list) come after the
footer in Qt's focus chain unless the shell puts the footer back behind them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.logic.config import resolve
from kiosk.logic.flow import Step
from kiosk.logic.storage import Store
from kiosk.ui.app import open_window
from kiosk.ui.demo_patient import complete_sample_intake
from kiosk.ui.shell import PatientScreen

LIMIT = 200


def tab_cycle(qtbot, window: PatientScreen) -> list[QWidget]:
    """Every widget Tab reaches from the title, once round."""
    window.title.setFocus(Qt.FocusReason.OtherFocusReason)
    seen: list[QWidget] = []
    for _ in range(LIMIT):
        current = QApplication.focusWidget()
        assert current is not None
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        reached = QApplication.focusWidget()
        assert reached is not None
        if reached in seen:
            return seen
        seen.append(reached)
    raise AssertionError("Tab never came round")


def test_tab_visits_the_page_then_back_next_and_the_look_buttons_on_every_step(
    qtbot, window: PatientScreen
) -> None:
    checked: list[Step] = []

    def check(step: Step) -> None:
        cycle = tab_cycle(qtbot, window)
        page = window.page()
        in_page = [widget for widget in cycle if page.isAncestorOf(widget)]
        footer = [
            widget for widget in (window.back, window.next) if widget.isVisible() and widget.isEnabled()
        ]
        assert cycle[: len(in_page)] == in_page, f"{step.value}: a footer control comes before the page's own"
        rest = cycle[len(in_page) :]
        assert rest[: len(footer)] == footer, f"{step.value}: Back and Next do not follow the page"
        look = rest[len(footer) :]  # the sizes are one tab stop (arrow keys move among them), then contrast
        assert len(look) == 2, f"{step.value}: after Next comes {look}"
        assert window.look_switch.sizes.isAncestorOf(look[0])
        assert look[1] is window.look_switch.contrast
        if step is not Step.WELCOME:
            assert in_page, f"{step.value}: Tab reaches none of the page's controls"
        checked.append(step)

    complete_sample_intake(window, before_next=check)
    assert {Step.ABOUT, Step.MAP, Step.INTENSITY, Step.TREATMENTS, Step.REVIEW} <= set(checked)


def test_the_kiosk_opens_with_the_focus_on_the_title_not_on_a_button(
    qtbot, qapp: QApplication, store: Store, tmp_path: Path
) -> None:
    """A focus frame on the text-size "A" looks like a choice the patient never made."""
    settings, paths = resolve(tmp_path / "data", env={})
    window = open_window(qapp, store, settings, paths, kiosk_mode=False)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=10_000)
    assert QApplication.focusWidget() is window.patient.title
    window.jobs.stop()
