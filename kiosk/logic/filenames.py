"""The PDF file-name pattern: which fields it may use, and that it must tell intakes apart.

Checked when settings load, so a pattern that would make two patients' PDFs share a name is
refused before any intake is stored; and the writer never overwrites another intake's PDF anyway
(a clash gets a counter, `kiosk.logic.atomic`).
"""

from __future__ import annotations

import string

PATTERN_FIELDS = frozenset({"date", "time", "id", "short_id"})


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
    # {short_id} alone is 8 hex digits: at 50,000 intakes two of them share one with a chance of
    # about 25%. With the day as well a clash needs two on the same day (about 1 in 10 million).
    if "id" not in fields and not {"short_id", "date"} <= fields:
        raise FilePatternError(
            "pdf_name_pattern: must contain {id}, or {short_id} with {date}, so no two PDFs share a name"
        )
