"""Renders the physician PDF of sample intakes to PNG in docs/screenshots/ (needs pdftoppm).

v03: heel pain with S1 features (pages 1 and 2); v05: an urgent red flag (page 1); v21: heel pain
with an aching calf, not indicated under rule set 1.1 (page 1); v03 with new saddle numbness and
trouble passing urine: an emergency (page 1).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from kiosk.logic.record_load import record_from_dict
from kiosk.logic.screening import assess
from kiosk.report.pdf import ReportSettings, build_pdf

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
VIGNETTES = ROOT / "tests" / "data" / "vignettes"
SETTINGS = ReportSettings(clinic_name="Riverside Foot & Ankle Clinic")


def render(vignette: str, name: str, last_page: int, answers: dict[str, Any] | None = None) -> None:
    data = json.loads((VIGNETTES / vignette).read_text(encoding="utf-8"))["record"]
    data["answers"] = data["answers"] | (answers or {})
    record = record_from_dict(data)
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "intake.pdf"
        pdf.write_bytes(build_pdf(record, assess(record), SETTINGS))
        prefix = Path(folder) / "page"
        subprocess.run(
            ["pdftoppm", "-r", "100", "-png", "-f", "1", "-l", str(last_page), str(pdf), str(prefix)],
            check=True,
        )
        for page in range(1, last_page + 1):
            (rendered,) = Path(folder).glob(f"page-*{page}.png")
            target = OUT / f"{name}{page}.png"
            target.write_bytes(rendered.read_bytes())
            print(target)


def main() -> int:
    render("v03-heel-pain-with-s1-features.json", "pdf-page", 2)
    render("v05-l5-with-new-foot-drop.json", "pdf-redflag-page", 1)
    render("v21-heel-and-aching-calf-not-indicated.json", "pdf-v21-page", 1)
    emergency = {"saddle_numbness": True, "urination_difficulty": True}
    render("v03-heel-pain-with-s1-features.json", "pdf-emergency-page", 1, emergency)
    return 0


if __name__ == "__main__":
    sys.exit(main())
