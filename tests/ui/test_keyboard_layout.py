"""The keyboard's capitals rule, without a keyboard: a name starts each part with a capital."""

from __future__ import annotations

import pytest

from kiosk.ui.widgets.keyboard_layout import wants_capital


@pytest.mark.parametrize(
    ("before", "words", "capital"),
    [
        ("", False, True),
        ("  ", False, True),
        ("my heel", False, False),
        ("my heel ", False, False),
        ("Ana", True, False),
        ("Ana ", True, True),
        ("María-", True, True),
        ("O'", True, True),
        ("O’", True, True),
    ],
)
def test_a_capital_starts_the_text_and_in_a_name_each_part(before: str, words: bool, capital: bool) -> None:
    assert wants_capital(before, words=words) is capital
