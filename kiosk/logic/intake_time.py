"""How long the intake takes a patient, as the Welcome page promises it.

The figure is measured, not guessed: `bench/patient_time.py` drives a typical patient (one heel,
"no" to everything, four treatments tried) through the real wizard, in each language, and estimates
the time with the keystroke-level model below; a test fails when the promise and that estimate part,
and says the number to put here.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.logic.vocab import Language

TYPICAL_MINUTES: dict[Language, int] = {Language.EN: 7, Language.ES: 8}
"""The Welcome page's "about N minutes" in each language: the typical patient's estimate there
(the same answers read in Spanish take more words), rounded up. Always more than one, so
"minutes" needs no singular (a test holds that too)."""


@dataclass(frozen=True)
class KeystrokeModel:
    """Seconds per action for an older adult on a touch screen (issue 15's figures)."""

    tap: float = 1.1
    typed: float = 1.0
    scroll: float = 1.5
    words_per_minute: float = 150

    def seconds(self, *, taps: int, typed: int, scrolls: int, words: int) -> float:
        return (
            taps * self.tap + typed * self.typed + scrolls * self.scroll + words * 60 / self.words_per_minute
        )


ESTIMATE = KeystrokeModel()
