"""A count with its noun in English, agreeing with the number: "1 year", "2 years", "0 intakes".

For the English that never goes through Qt: the physician's PDF, the command line and the audit
trail staff read. The screens' counts are translated with Qt's plural forms instead
(`translatable_plural`, `translate(context, text, n)`), which know every language's rules; English
has one: the singular for exactly one, the plural for every other number, zero included.
"""

from __future__ import annotations


def counted(count: int, noun: str) -> str:
    """`count` and `noun` ("year"), in the plural ("years") unless the count is one. Only for nouns
    that take an "s"; give this an irregular one ("copy") when a text needs it."""
    return f"{count} {noun if count == 1 else noun + 's'}"
