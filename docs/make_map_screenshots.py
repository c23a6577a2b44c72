"""Renders the body map views into docs/screenshots/map-<view>-<empty|marked>.png.

Run from the repository root: `.venv/bin/python docs/make_map_screenshots.py`. Works without a
display (offscreen); the size is the map's share of a 10-inch 1280 x 800 kiosk screen.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QFont, QFontDatabase  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kiosk.logic.regions import View  # noqa: E402
from kiosk.logic.vocab import Side  # noqa: E402
from kiosk.ui.bodymap import BodyMapWidget  # noqa: E402

MARKS: dict[tuple[str, Side], int | None] = {
    ("heel_bottom", Side.LEFT): 7,
    ("calf", Side.LEFT): 5,
    ("back_thigh", Side.LEFT): 4,
    ("lower_back", Side.LEFT): 3,
    ("outer_leg", Side.LEFT): 2,
    ("big_toe", Side.LEFT): 6,
    ("arch", Side.RIGHT): None,
    ("shin", Side.RIGHT): None,
}
SIZE = (720, 540)


def main() -> None:
    app = QApplication.instance() or QApplication([])
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(ROOT / "assets" / "fonts" / name))
    QApplication.setFont(QFont("DejaVu Sans", 12))
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    size = tuple(int(v) for v in sys.argv[1:3]) if len(sys.argv) > 2 else SIZE
    for view in View:
        widget = BodyMapWidget(view)
        widget.resize(*size)
        widget.setStyleSheet("background: white")
        widget.setAutoFillBackground(True)
        widget.grab().save(str(out / f"map-{view.value}-empty.png"))
        widget.set_marks(MARKS)
        widget.grab().save(str(out / f"map-{view.value}-marked.png"))
        widget.deleteLater()
    app.processEvents()


if __name__ == "__main__":
    main()
