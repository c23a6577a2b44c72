"""Marks patient-facing strings in the Qt-free core for translation.

`translatable(context, text)` returns the English text as it is, and says to the reader and to
scripts/extract_translations.py (which finds its calls in the source) that the UI shows it translated:
at run time with `QCoreApplication.translate(context, text)`. It is what Qt's `QT_TRANSLATE_NOOP`
is to `pyside6-lupdate`, named for what it does.
A text with a count (`%n`) is marked with `translatable_plural` instead and translated with the
count, so its words agree with the number in every language ("1 more question", "2 more
questions"): Qt's `QT_TRANSLATE_N_NOOP`.
"""

from __future__ import annotations


def translatable(context: str, text: str) -> str:
    del context
    return text


def translatable_plural(context: str, text: str) -> str:
    del context
    return text
