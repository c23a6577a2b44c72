"""The Spanish catalogue is complete and current, is compiled when needed, and switches every page."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QLocale

from kiosk.jobs import Jobs
from kiosk.logic.config import Settings, resolve
from kiosk.logic.flow import Step
from kiosk.logic.storage import Store
from kiosk.logic.vocab import Language, TreatmentId
from kiosk.ui import i18n
from kiosk.ui.shell import PatientScreen
from kiosk.ui.steps.treatments import TreatmentsPage
from kiosk.ui.steps.welcome import WelcomePage
from tests.qtfixtures import NOW

PLACEHOLDER = re.compile(r"%\w")


@pytest.mark.parametrize("language", ["es", "en"])
def test_every_marked_string_has_a_finished_translation(extract: ModuleType, language: str) -> None:
    """Spanish: every patient-facing text. English: the singular of every text with a count."""
    found = extract.wanted(language)
    table = extract.read_ts(extract.ts_file(language))
    assert len(found.keys) > (250 if language == "es" else 5)
    assert [key for key in found.keys if not table.get(key, ("", False))[1]] == []
    # and the file is exactly what extract.py would write: no stale strings, no hand edits out of order
    assert extract.render(language, found, table) == extract.ts_file(language).read_text(encoding="utf-8")


def test_a_text_with_a_count_has_both_plural_forms_in_both_languages(extract: ModuleType) -> None:
    english = extract.read_ts(extract.ts_file("en"))
    spanish = extract.read_ts(extract.ts_file("es"))
    seconds = ("StillThereOverlay", "To keep your answers private, this form will clear in %n seconds.")
    assert english[seconds].forms == (
        "To keep your answers private, this form will clear in %n second.",
        "To keep your answers private, this form will clear in %n seconds.",
    )
    assert len(spanish[seconds].forms) == 2
    assert set(english) <= extract.wanted("en").counted
    assert extract.wanted("en").counted & set(spanish) == extract.wanted("es").counted


def test_the_staff_screens_are_not_in_the_patient_catalogue(extract: ModuleType) -> None:
    contexts = {context for context, _ in extract.messages()}
    assert {"StaffScreen", "StaffGate", "MainWindow"}.isdisjoint(contexts)
    assert {"questions", "vocab", "regions", "flow", "PatientScreen", "MapPage"} <= contexts


def test_each_translation_keeps_the_placeholders_of_its_source(extract: ModuleType) -> None:
    table = extract.read_ts(extract.ts_file("es"))
    changed = {
        source: spanish
        for (_context, source), (forms, _done) in table.items()
        for spanish in forms
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(spanish))
    }
    assert changed == {}


def test_a_missing_or_stale_catalogue_is_compiled_on_first_use(tmp_path: Path, monkeypatch) -> None:
    source = tmp_path / "kiosk_es.ts"
    shutil.copy(i18n.ts_path(Language.ES), source)
    monkeypatch.setattr(i18n, "ts_path", lambda language: tmp_path / f"kiosk_{language.value}.ts")
    compiled = i18n.catalogue_path(Language.ES)
    assert compiled == tmp_path / "kiosk_es.qm"
    assert compiled.stat().st_size > 1000
    os.utime(compiled, (1, 1))  # now much older than its source
    assert i18n.catalogue_path(Language.ES) == compiled
    assert compiled.stat().st_mtime > 1


def test_espanol_on_welcome_rebuilds_every_page_in_spanish_and_reset_brings_english_back(
    window: PatientScreen,
) -> None:
    english_pages = {step: window.page(step) for step in Step}
    welcome = window.page(Step.WELCOME)
    assert isinstance(welcome, WelcomePage)
    assert welcome.languages.value() is None  # nobody has chosen yet
    welcome.languages.button_for(Language.ES).click()
    assert window.draft.language is Language.ES
    assert all(window.page(step) is not page for step, page in english_pages.items())
    assert [window.page(step).title() for step in (Step.WELCOME, Step.MAP, Step.REVIEW)] == [
        "Le damos la bienvenida a Clinic",
        "¿Dónde le duele? Toque cada lugar.",
        "Revise sus respuestas",
    ]
    assert window.next.text() == "Empezar"
    assert window.back.text() == "← Atrás"
    assert window.still_there.still_here.text() == "Sigo aquí"
    assert QLocale().language() is QLocale.Language.Spanish
    assert window.page(Step.WELCOME).languages.value() is Language.ES

    window.next.click()
    assert window.progress.text() == "Paso 1 de 8"
    window.reset()
    assert window.draft.language is Language.EN
    assert (window.step, window.title.text(), window.next.text()) == (
        Step.WELCOME,
        "Welcome to Clinic",
        "Start",
    )
    assert window.page(Step.WELCOME).languages.value() is None
    assert QLocale().language() is not QLocale.Language.Spanish


def test_a_spanish_speaking_clinic_starts_every_patient_in_spanish(
    qtbot, store: Store, tmp_path: Path
) -> None:
    _settings, paths = resolve(tmp_path / "data", env={})
    spanish = Settings(default_language="es")
    window = PatientScreen(store, spanish, paths, jobs=Jobs(store, spanish, paths), clock=lambda: NOW)
    qtbot.addWidget(window)
    assert (window.draft.language, window.next.text()) == (Language.ES, "Empezar")
    window.page(Step.WELCOME).languages.button_for(Language.EN).click()
    assert window.next.text() == "Start"
    window.reset()
    assert (window.draft.language, window.next.text()) == (Language.ES, "Empezar")
    window.translations.use(Language.EN)


def test_the_repeated_shot_question_is_read_out_in_spanish(window: PatientScreen) -> None:
    """It was a tr() inside an f-string, so the screen reader read it in English (the review's find)."""
    window.page(Step.WELCOME).languages.button_for(Language.ES).click()
    page = window.page(Step.TREATMENTS)
    assert isinstance(page, TreatmentsPage)
    pattern = page.rows[TreatmentId.STEROID_INJECTION].pattern
    assert pattern is not None
    assert pattern.accessibleName().endswith(": ¿Cada inyección le ayudó menos?")
