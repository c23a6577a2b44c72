"""Grabs every step of the wizard, offscreen, into docs/screenshots/ (run: .venv/bin/python docs/make_screenshots.py).

The patient is the sample one of `kiosk demo`, with a safety "yes" so the front-desk alert is shown too.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from kiosk.logic.config import resolve
from kiosk.logic.flow import ORDER, Step
from kiosk.logic.storage import Store
from kiosk.ui.demo_patient import complete_sample_intake
from kiosk.ui.shell import KioskWindow
from kiosk.ui.theme import apply_theme

OUT = Path(__file__).resolve().parent / "screenshots"


def main() -> int:
    app = QApplication(sys.argv[:1])
    apply_theme(app)
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        settings, paths = resolve(Path(folder), env={})
        with Store(paths.database) as store:
            window = KioskWindow(store, settings, paths, clock=lambda: datetime.now().astimezone())
            window.resize(1280, 800)
            window.show()

            def grab(step: Step) -> None:
                if step is Step.MAP:  # the sample marks are on the back of the leg
                    window.page(Step.MAP).view_choice.button_for(View.BACK).click()
                app.processEvents()
                name = f"step-{ORDER.index(step):02d}-{step.value}.png"
                window.grab().save(str(OUT / name))
                print(OUT / name)

            complete_sample_intake(window, before_next=grab, extra_yes=frozenset({"urination_difficulty"}))
            grab(Step.DONE)
            window.reset_timer.stop()
            window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
