"""Finding a patient by name: the folded search key, and the SQL behind `Store.search`.

Staff type names on an ordinary keyboard, often without the accents the patient entered, and in
either order; each way the text can name a patient becomes an index range scan on the name keys.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from typing import Any

_MAX_NAME_WORDS = 6
_PREFIX_END = "\U0010ffff"
SUMMARY_COLUMNS = (
    "id, completed_at, first_name, last_name, date_of_birth, level, red_flag_tier, pdf_status, reviewed"
)

_FOLD = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i"})


def name_key(text: str) -> str:
    """The searchable form of a name: lower case, accents dropped, spaces collapsed ("García" → "garcia").

    Staff type names on an ordinary keyboard, often without the accents the patient entered.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def _name_alternatives(text: str) -> list[list[tuple[str, str]]]:
    """Ways the typed text can name a patient, each a list of (column, prefix) that must all match.

    "Last, First" is explicit; otherwise the text may be the start of either name, or "First Last"
    (or "Last First") split at any space, so that multi-word names work.
    """
    if "," in text:
        last, first = (name_key(part) for part in text.split(",", 1))
        both = [(column, prefix) for column, prefix in (("last", last), ("first", first)) if prefix]
        return [both] if both else []
    key = name_key(text)
    if not key:
        return []
    alternatives = [[("last", key)], [("first", key)]]
    words = key.split(" ")[:_MAX_NAME_WORDS]
    for cut in range(1, len(words)):
        left, right = " ".join(words[:cut]), " ".join(words[cut:])
        alternatives += [[("first", left), ("last", right)], [("last", left), ("first", right)]]
    return alternatives


def day_range(since: date | None, until: date | None, where: list[str], params: list[Any]) -> None:
    """Filter on the local day the patient saw, both ends included."""
    if since is not None:
        where.append("completed_day >= ?")
        params.append(since.isoformat())
    if until is not None:
        where.append("completed_day <= ?")
        params.append(until.isoformat())


def search_query(text: str, since: date | None, until: date | None, limit: int) -> tuple[str, list[Any]]:
    """The SQL behind `Store.search`; each name alternative is an index range scan (prefix match)."""
    where: list[str] = []
    params: list[Any] = []
    alternatives = _name_alternatives(text)
    if alternatives:
        selects = []
        for alternative in alternatives:
            ranges = []
            for column, prefix in alternative:
                ranges.append(f"{column}_name_key >= ? AND {column}_name_key < ?")
                params += [prefix, prefix + _PREFIX_END]
            selects.append("SELECT rowid FROM intake WHERE " + " AND ".join(ranges))
        where.append("rowid IN (" + " UNION ".join(selects) + ")")
    day_range(since, until, where, params)
    sql = f"SELECT {SUMMARY_COLUMNS} FROM intake"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY completed_utc DESC, rowid DESC LIMIT ?"
    params.append(limit)
    return sql, params
