"""The patient's language: Qt translation catalogues installed on the application while the form is open.

English is the source text; its catalogue holds only the singular of each text with a count (Qt
writes those in the plural: "%n seconds"). `assets/i18n/kiosk_<lang>.ts` is the reviewed source of
a translation; the compiled `.qm` beside it is built by `make translations`, and,
should it be missing or older than its `.ts` (a fresh clone, a changed translation), compiled here on
first use with the `lrelease` that ships with PySide6, so a checkout and an installed wheel both work.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QStandardPaths, QTranslator

from kiosk.logic.assets import assets_dir
from kiosk.logic.vocab import SOURCE_LANGUAGE, Language

log = logging.getLogger(__name__)

CATALOGUE = "kiosk"


def ts_path(language: Language) -> Path:
    return assets_dir() / "i18n" / f"{CATALOGUE}_{language.value}.ts"


def lrelease() -> Path | None:
    """PySide6's own lrelease binary (what `pyside6-lrelease` runs)."""
    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    binary = Path(PySide6.__file__).resolve().parent / name
    return binary if binary.is_file() else None


def _is_fresh(qm: Path, ts: Path) -> bool:
    """Compiled no earlier than its source (give or take the second an installer may put between
    unpacking the two files)."""
    return qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime - 2


def compile_catalogue(ts: Path, qm: Path) -> bool:
    """Run lrelease on one `.ts`; False (and a log line) if it cannot."""
    binary = lrelease()
    if binary is None:
        log.error("lrelease not found; cannot compile %s", ts.name)
        return False
    import subprocess  # noqa: PLC0415 - only when a catalogue needs compiling, never on a normal start

    try:
        qm.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([str(binary), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError) as error:
        log.error("lrelease failed for %s (%s)", ts.name, type(error).__name__)
        return False
    return qm.is_file()


def catalogue_path(language: Language) -> Path | None:
    """The compiled catalogue for `language`, compiling it first if it is missing or stale.

    Next to the `.ts` when that folder is writable (a checkout), else in the per-user cache (a
    read-only installation).
    """
    ts = ts_path(language)
    if not ts.is_file():
        log.error("no translation source for %s", language.value)
        return None
    beside = ts.with_suffix(".qm")
    cache = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))
    for qm in (beside, cache / "i18n" / beside.name):
        if _is_fresh(qm, ts) or compile_catalogue(ts, qm):
            return qm
    if beside.is_file():
        log.warning("using an out-of-date %s", beside.name)
        return beside
    return None


class Translations(QObject):
    """Installs the catalogue of the patient's language on the application, and removes it again.

    The translators are children of this object, and Qt removes a translator from the application
    when it is destroyed, so a discarded window cannot leave its language behind.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = SOURCE_LANGUAGE
        self._installed: list[QTranslator] = []
        self._default_locale = QLocale()

    def use(self, language: Language) -> bool:
        """Show `language` from now on; False if its catalogue is unavailable (English is shown).

        The English catalogue goes in first, under the others: it holds only the singulars of
        texts with a count ("1 second"), for English and for texts no translation has (the staff
        screens').
        """
        app = QCoreApplication.instance()
        assert app is not None
        for translator in self._installed:
            app.removeTranslator(translator)
            translator.deleteLater()
        self._installed = []
        self.language = SOURCE_LANGUAGE
        QLocale.setDefault(self._default_locale)
        english = self._load(SOURCE_LANGUAGE)
        if english is not None:
            self._install(english)
        if language is SOURCE_LANGUAGE:
            return True
        ours = self._load(language)
        if ours is None:
            return False
        qt_own = QTranslator(self)
        if qt_own.load(
            f"qtbase_{language.value}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            self._install(qt_own)
        self._install(ours)
        QLocale.setDefault(QLocale(language.value))
        self.language = language
        return True

    def _load(self, language: Language) -> QTranslator | None:
        path = catalogue_path(language)
        translator = QTranslator(self)
        if path is None or not translator.load(str(path)):
            log.error("translation for %s not loaded", language.value)
            translator.deleteLater()
            return None
        return translator

    def _install(self, translator: QTranslator) -> None:
        app = QCoreApplication.instance()
        assert app is not None
        app.installTranslator(translator)
        self._installed.append(translator)
