"""A whole intake in Spanish through the real widgets: no English word on any screen, the record says
Spanish, and the PDF stays in the clinic's English and says the patient answered in Spanish."""

from __future__ import annotations

import importlib.util
import json
import re
import sqlite3
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QWidget

from kiosk.logic.assets import assets_dir
from kiosk.logic.flow import Step
from kiosk.logic.vocab import Language
from kiosk.ui.demo_patient import written_pdf
from kiosk.ui.shell import PatientScreen
from kiosk.ui.steps.welcome import WelcomePage
from tests.ui.screens import visible, walk

ROOT = Path(__file__).resolve().parents[2]


def english_words() -> tuple[set[str], list[str]]:
    """English source strings whose Spanish differs: whole, and the 2+ word pieces around `%1`."""
    spec = importlib.util.spec_from_file_location("extract", ROOT / "scripts" / "extract_translations.py")
    assert spec is not None and spec.loader is not None
    extract = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(extract)
    table = extract.read_ts(assets_dir() / "i18n" / "kiosk_es.ts")
    changed = [source for (_context, source), (forms, _done) in table.items() if forms != (source,)]
    pieces = [piece.strip() for source in changed for piece in re.split(r"%\w", source)]
    return set(changed), [piece for piece in pieces if len(piece.split()) >= 2]


def shown_texts(window: QWidget) -> list[str]:
    texts = []
    for widget in visible(window):
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())] + [widget.placeholderText()]
        texts += [widget.accessibleName(), widget.accessibleDescription()]
    return [text for text in texts if text.strip()]


def test_a_patient_completes_the_intake_in_spanish(qtbot, window: PatientScreen, tmp_path: Path) -> None:
    welcome = window.page(Step.WELCOME)
    assert isinstance(welcome, WelcomePage)
    welcome.languages.button_for(Language.ES).click()
    assert window.draft.language is Language.ES
    assert window.next.text() == "Empezar"
    whole, pieces = english_words()
    english: dict[str, list[str]] = {}
    results = []
    window.submitted.connect(results.append)

    def check(screen: str) -> None:
        for text in shown_texts(window):
            if text in whole or any(piece in text for piece in pieces):
                english.setdefault(screen, []).append(text)

    seen = walk(window, check)
    assert len(seen) == 18  # with the map's five views
    assert english == {}
    assert window.title.text() == "Gracias"

    with sqlite3.connect(tmp_path / "data" / "kiosk.sqlite3") as raw:
        language, record_json = raw.execute("SELECT language, record_json FROM intake").fetchone()
    assert language == "es"
    assert json.loads(record_json)["language"] == "es"
    pdf = written_pdf(window, results[0].record.id)  # on the output worker
    assert pdf is not None
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Patient answered in Spanish" in text
    assert "¿" not in text and "Pantorrilla" not in text  # the physician reads the clinic's English

    window.reset()
    assert window.draft.language is Language.EN
    assert window.next.text() == "Start"
