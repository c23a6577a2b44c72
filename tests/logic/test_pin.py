"""The staff PIN is stored only as a salted hash and locks after five wrong tries."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from kiosk.logic.pin import LOCK_FOR, MAX_TRIES, PinGuard, hash_pin, valid_pin, verify_pin


def test_hash_is_salted_and_verifies() -> None:
    first, second = hash_pin("2468"), hash_pin("2468")
    assert first != second
    assert "2468" not in first
    assert verify_pin("2468", first)
    assert verify_pin("2468", second)
    assert not verify_pin("2469", first)
    assert not verify_pin("2468", "garbage")


@pytest.mark.parametrize("pin", ["123", "123456789", "12a4", "١٢٣٤", ""])
def test_only_4_to_8_ascii_digits_are_pins(pin: str) -> None:
    assert not valid_pin(pin)
    with pytest.raises(ValueError):
        hash_pin(pin)


def test_five_wrong_tries_lock_for_five_minutes_even_for_the_right_pin() -> None:
    now = [datetime(2026, 11, 20, 9, 0, tzinfo=UTC)]
    guard = PinGuard(hash_pin("2468"), clock=lambda: now[0])
    for _ in range(MAX_TRIES - 1):
        assert not guard.attempt("0000")
    assert not guard.locked()
    assert not guard.attempt("0000")
    assert guard.locked()
    assert guard.seconds_left() == 300
    assert not guard.attempt("2468")
    now[0] += LOCK_FOR - timedelta(seconds=1)
    assert not guard.attempt("2468")
    now[0] += timedelta(seconds=1)
    assert guard.attempt("2468")
    assert guard.failures == 0
