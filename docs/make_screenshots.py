"""Grabs every screen offscreen into docs/screenshots/ (run: .venv/bin/python docs/make_screenshots.py).

The patient is the sample one of `kiosk demo`, with a safety "yes" so the front-desk alert is shown
too; then the idle warning, the staff PIN pad and the staff screen.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from kiosk.logic.config import resolve
from kiosk.logic.flow import ORDER, Step
from kiosk.logic.regions import View
from kiosk.logic.storage import Store
from kiosk.ui.demo_patient import complete_sample_intake
from kiosk.ui.main_window import MainWindow
from kiosk.ui.theme import apply_theme

OUT = Path(__file__).resolve().parent / "screenshots"
DEMO_PIN = "2468"


def main() -> int:
    app = QApplication(sys.argv[:1])
    apply_theme(app)
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        settings, paths = resolve(Path(folder), env={})
        with Store(paths.database) as store:
            main_window = MainWindow(store, settings, paths, clock=lambda: datetime.now().astimezone())
            main_window.resize(1280, 800)
            main_window.show()
            window = main_window.patient

            def save(widget: QWidget, name: str) -> None:
                app.processEvents()
                widget.grab().save(str(OUT / name))
                print(OUT / name)

            def grab(step: Step) -> None:
                if step is Step.MAP:  # the sample marks are on the back of the leg
                    window.page(Step.MAP).view_choice.button_for(View.BACK).click()
                save(main_window, f"step-{ORDER.index(step):02d}-{step.value}.png")

            complete_sample_intake(window, before_next=grab, extra_yes=frozenset({"urination_difficulty"}))
            grab(Step.DONE)
            window.next.click()
            window.next.click()
            window.still_there.begin()
            save(main_window, "idle-warning.png")
            window.still_there.cancel()

            main_window.open_gate()
            save(main_window, "staff-pin.png")
            for _ in range(2):  # first start: choose the PIN, then confirm it
                for digit in DEMO_PIN:
                    main_window.gate.digit_buttons[digit].click()
                main_window.gate.ok.click()
            save(main_window, "staff-screen.png")
            main_window.staff.back.click()
            window.reset_timer.stop()
            main_window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
