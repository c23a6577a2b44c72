"""Marks patient-facing strings in the Qt-free core for translation.

`pyside6-lupdate` extracts `QT_TRANSLATE_NOOP(context, text)` calls from Python sources; at run time
the UI translates the returned English text with `QCoreApplication.translate(context, text)`.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    del context
    return text
