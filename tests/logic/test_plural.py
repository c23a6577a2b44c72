"""English counts outside Qt agree with their number, zero included."""

from __future__ import annotations

from kiosk.logic.plural import counted


def test_one_takes_the_singular_every_other_count_the_plural() -> None:
    assert [counted(n, "year") for n in (0, 1, 2, 21)] == ["0 years", "1 year", "2 years", "21 years"]
