"""Grabs every screen offscreen into docs/screenshots/ (run: .venv/bin/python docs/make_screenshots.py).

The patient is the sample one of `kiosk demo`, with a safety "yes" so the front-desk alert is shown
too, at the tablet's 1280 x 800 (`step-NN-<step>.png`) and turned to portrait 800 x 1280
(`portrait-step-NN-<step>.png`); then, at both sizes, About you with the on-screen keyboard open and
the date of birth being chosen, every view of the pain map, the idle warning, and the staff PIN pad
and staff screen (1280 x 800).
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from kiosk.cli import set_staff_pin
from kiosk.jobs import Jobs
from kiosk.logic.config import resolve
from kiosk.logic.flow import ORDER, Step
from kiosk.logic.regions import View
from kiosk.logic.storage import Store
from kiosk.logic.vocab import Side
from kiosk.ui.demo_patient import complete_sample_intake
from kiosk.ui.main_window import MainWindow
from kiosk.ui.theme import apply_theme

OUT = Path(__file__).resolve().parent / "screenshots"
DEMO_PIN = "246810"
SIZES = {"": (1280, 800), "portrait-": (800, 1280)}


def settle(app: QApplication) -> None:
    for _ in range(4):
        app.processEvents()


def shoot(app: QApplication, prefix: str, size: tuple[int, int], *, staff: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        settings, paths = resolve(Path(folder), env={})
        with Store(paths.database) as store:
            set_staff_pin(store, DEMO_PIN)
            jobs = Jobs(store, settings, paths)
            main_window = MainWindow(
                store, settings, paths, jobs=jobs, clock=lambda: datetime.now().astimezone()
            )
            main_window.resize(*size)
            main_window.show()
            window = main_window.patient

            def save(name: str) -> None:
                settle(app)
                main_window.grab().save(str(OUT / f"{prefix}{name}"))
                print(OUT / f"{prefix}{name}")

            def grab(step: Step) -> None:
                if step is Step.MAP:  # the sample marks are on the back of the leg
                    window.page(Step.MAP).view_choice.button_for(View.LEGS_BACK).click()
                save(f"step-{ORDER.index(step):02d}-{step.value}.png")

            complete_sample_intake(window, before_next=grab, extra_yes=frozenset({"urination_difficulty"}))
            grab(Step.DONE)
            window.reset()
            about_you(app, main_window, save)
            pain_map(main_window, save)
            window.reset()
            window.next.click()
            window.still_there.begin()
            save("idle-warning.png")
            window.still_there.cancel()
            window.reset()
            if staff:
                main_window.open_gate()
                save("staff-pin.png")
                for digit in DEMO_PIN:
                    main_window.gate.digit_buttons[digit].click()
                main_window.gate.ok.click()
                save("staff-screen.png")
                main_window.staff.back.click()
            window.reset_timer.stop()
            main_window.close()
            jobs.deleteLater()


def about_you(app: QApplication, main_window: MainWindow, save: Callable[[str], None]) -> None:
    """The name being typed on the kiosk's keyboard, then the date of birth half chosen, then whole."""
    window = main_window.patient
    window.next.click()
    about = window.page(Step.ABOUT)
    about.activateWindow()
    about.first_name.setFocus()
    keyboard = main_window.keyboard
    while not (keyboard.is_open() and keyboard.settled()):
        app.processEvents()
    for letter in "ana":
        keyboard.letter_keys[letter].click()
    save("about-keyboard.png")
    keyboard.close_keyboard()
    about.last_name.setText("Ruiz")
    about.setFocus()
    while keyboard.isVisible():
        app.processEvents()
    pad = about.date_of_birth
    born = date(1971, 3, 14)
    decade, year, month, day = pad.buttons_for(born)
    decade.click()
    save("about-birth-year.png")
    year.click()
    month.click()
    save("about-birth-day.png")
    day.click()
    save("about-birth-done.png")


def pain_map(main_window: MainWindow, save: Callable[[str], None]) -> None:
    window = main_window.patient
    window.next.click()
    page = window.page(Step.MAP)
    for region, side, view in (("heel_bottom", Side.LEFT, View.SOLES), ("calf", Side.LEFT, View.LEGS_BACK)):
        page.tap(region, side)
        page.editor.intensity.button_for(7 if view is View.SOLES else 4).click()
        page.editor.done.click()
    for view in View:
        page.view_choice.button_for(view).click()
        save(f"map-view-{view.value}.png")


def main() -> int:
    app = QApplication(sys.argv[:1])
    apply_theme(app)
    OUT.mkdir(exist_ok=True)
    for prefix, size in SIZES.items():
        shoot(app, prefix, size, staff=not prefix)
    return 0


if __name__ == "__main__":
    sys.exit(main())
