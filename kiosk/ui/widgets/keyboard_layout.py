"""What the on-screen keyboard types: its layouts, its pages, and when a letter is a capital.

Capitals come by themselves where a name starts (the first letter, and after a space, hyphen or
apostrophe in a name field); the "á é ñ" key opens a page of the accented letters in our patients'
names. The Spanish layout has ñ beside l, as on a Spanish keyboard. Digits are left out: names and
notes do not need them, and the staff PIN has its own pad. No Qt here: the panel that shows these
keys is kiosk/ui/widgets/keyboard.py.
"""

from __future__ import annotations

from enum import Enum

from kiosk.logic.vocab import Language

CAPITALIZE = "capitalize"
"""A text field's property: "words" capitalizes each part of a name; anything else only the start."""
WORD_BREAKS = " -'’"

LETTER_ROWS: dict[Language, tuple[str, str, str]] = {
    Language.EN: ("qwertyuiop", "asdfghjkl'", "zxcvbnm-"),
    Language.ES: ("qwertyuiop", "asdfghjklñ", "zxcvbnm'-"),
}
ACCENT_ROWS = ("áéíóúüñç", "àèìòùâêîôû", "äëïöãõåøæœ")
ROWS = 4
"""Rows on each page: three of letters, then switch, space, Next and hide."""


class Page(Enum):
    LETTERS = "letters"
    ACCENTS = "accents"


def wants_capital(before: str, *, words: bool) -> bool:
    """Whether the next letter typed after `before` (the text left of the cursor) starts the text,
    or with `words` (a name field) a part of the name."""
    if not before.strip():
        return True
    return words and before[-1] in WORD_BREAKS
