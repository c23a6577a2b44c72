"""The PDF file-name pattern: which fields it may use, and that it must tell intakes apart.

Checked when settings load, so a pattern that would make two patients' PDFs share a name (and
overwrite each other) is refused before any intake is stored.
"""

from __future__ import annotations

import string

PATTERN_FIELDS = frozenset({"date", "time", "id", "short_id"})
UNIQUE_FIELDS = frozenset({"id", "short_id"})


class FilePatternError(ValueError):
    """A file-name pattern the kiosk cannot use (the message names the problem)."""


def check_pattern(pattern: str) -> None:
    try:
        parsed = list(string.Formatter().parse(pattern))
    except ValueError as error:
        raise FilePatternError(f"pdf_name_pattern: {error}") from None
    fields = set()
    for _, field, spec, conversion in parsed:
        if field is None:
            continue
        if field not in PATTERN_FIELDS or spec or conversion:
            allowed = ", ".join("{" + f + "}" for f in sorted(PATTERN_FIELDS))
            raise FilePatternError(f"pdf_name_pattern: {{{field}}} is not one of {allowed}")
        fields.add(field)
    if not fields & UNIQUE_FIELDS:
        raise FilePatternError(
            "pdf_name_pattern: must contain {id} or {short_id} so no two PDFs share a name"
        )
