"""The map step in Spanish, at the largest text size and in high contrast, and "Show me where" on the
safety step (Spanish, largest text), into docs/screenshots/.

Run from the repository root: `.venv/bin/python docs/make_access_screenshots.py`. Works offscreen;
the window is the 1280 x 800 of the kiosk's 10-inch screen, with two places marked on the back view.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kiosk.jobs import Jobs  # noqa: E402
from kiosk.logic.config import resolve  # noqa: E402
from kiosk.logic.flow import Step  # noqa: E402
from kiosk.logic.regions import View  # noqa: E402
from kiosk.logic.storage import Store  # noqa: E402
from kiosk.logic.vocab import Language, Quality, Side  # noqa: E402
from kiosk.ui.demo_patient import fill_sample_until  # noqa: E402
from kiosk.ui.shell import PatientScreen  # noqa: E402
from kiosk.ui.steps.about import AboutPage  # noqa: E402
from kiosk.ui.steps.painmap import MapPage  # noqa: E402
from kiosk.ui.steps.questions import QuestionsPage  # noqa: E402
from kiosk.ui.theme import Look, TextSize, apply_theme  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SHOTS = {
    "map-step-es.png": (Language.ES, Look()),
    "map-step-large.png": (Language.EN, Look(TextSize.LARGEST)),
    "map-step-contrast.png": (Language.EN, Look(high_contrast=True)),
}
SHOW_ME = "safety-show-me-where-es-large.png"
SHOTS[SHOW_ME] = (Language.ES, Look(TextSize.LARGEST))
MARKS = (("calf", Side.LEFT, 5, Quality.CRAMPING), ("heel_back", Side.LEFT, 7, Quality.BURNING))


def to_map_step(window: PatientScreen, language: Language, look: Look) -> None:
    """Welcome's language button, the look switch, About you, then two places on the back view."""
    window.page(Step.WELCOME).languages.button_for(language).click()  # type: ignore[attr-defined]
    window.set_look(look)
    window.next.click()
    about = window.page(Step.ABOUT)
    assert isinstance(about, AboutPage)
    about.first_name.setText("Rosa")
    about.last_name.setText("Ortega")
    about.date_of_birth.set_value(date(1958, 6, 2))
    about.date_of_birth.changed.emit()
    window.next.click()
    painmap = window.page(Step.MAP)
    assert isinstance(painmap, MapPage)
    painmap.view_choice.button_for(View.BACK).click()
    widget = painmap.maps[View.BACK]
    for region, side, amount, quality in MARKS:
        point = widget.anchor_point(region, side).toPoint()
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=point)
        painmap.editor.intensity.button_for(amount).click()
        painmap.editor.qualities.button_for(quality).click()
        painmap.editor.done.click()


def show_me_where(window: PatientScreen) -> None:
    """Spanish at the largest size, the safety step with three questions skipped, "Show me where" pressed."""
    window.page(Step.WELCOME).languages.button_for(Language.ES).click()  # type: ignore[attr-defined]
    window.set_look(Look(TextSize.LARGEST))

    fill_sample_until(window, Step.NERVE)
    window.next.click()
    safety = window.page(Step.SAFETY)
    assert isinstance(safety, QuestionsPage)
    for row in list(safety.questions.values())[:-3]:
        row.choice.button_for(False).click()
    window.show_missing.click()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_theme(app)
    OUT.mkdir(parents=True, exist_ok=True)
    for name, (language, look) in SHOTS.items():
        with tempfile.TemporaryDirectory() as folder:
            settings, paths = resolve(Path(folder), env={})
            with Store(paths.database) as store:
                jobs = Jobs(store, settings, paths)
                window = PatientScreen(
                    store, settings, paths, jobs=jobs, clock=lambda: datetime.now().astimezone()
                )
                window.resize(1280, 800)
                window.show()
                if name == SHOW_ME:
                    show_me_where(window)
                else:
                    to_map_step(window, language, look)
                app.processEvents()
                window.grab().save(str(OUT / name))
                print(OUT / name)
                window.reset()
                window.close()
                window.deleteLater()
                jobs.stop()
                jobs.deleteLater()
                app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
