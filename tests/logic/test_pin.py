"""The staff PIN is stored only as a salted hash, has at least 6 digits, and locks after five wrong
tries, each lock longer than the one before."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from kiosk.logic.pin import LOCK_FOR, LONGEST_LOCK, MAX_TRIES, PinGuard, hash_pin, valid_pin, verify_pin


def test_hash_is_salted_and_verifies() -> None:
    first, second = hash_pin("246810"), hash_pin("246810")
    assert first != second
    assert "246810" not in first
    assert verify_pin("246810", first)
    assert verify_pin("246810", second)
    assert not verify_pin("246811", first)
    assert not verify_pin("246810", "garbage")


@pytest.mark.parametrize("pin", ["1234", "12345", "1234567890123", "12a456", "١٢٣٤٥٦", ""])
def test_only_6_to_12_ascii_digits_are_new_pins(pin: str) -> None:
    assert not valid_pin(pin)
    with pytest.raises(ValueError):
        hash_pin(pin)


def test_five_wrong_tries_lock_for_five_minutes_even_for_the_right_pin() -> None:
    now = [datetime(2026, 11, 20, 9, 0, tzinfo=UTC)]
    guard = PinGuard(hash_pin("246810"), clock=lambda: now[0])
    for _ in range(MAX_TRIES - 1):
        assert not guard.attempt("000000")
    assert not guard.locked()
    assert not guard.attempt("000000")
    assert guard.locked()
    assert guard.seconds_left() == 300
    assert not guard.attempt("246810")
    now[0] += LOCK_FOR - timedelta(seconds=1)
    assert not guard.attempt("246810")
    now[0] += timedelta(seconds=1)
    assert guard.attempt("246810")
    assert guard.failures == 0


def test_each_lock_is_twice_the_one_before_up_to_a_day_and_survives_a_restart() -> None:
    now = [datetime(2026, 11, 20, 9, 0, tzinfo=UTC)]
    stored = hash_pin("246810")
    state = None
    locks = []
    for _ in range(10):
        for _ in range(MAX_TRIES):
            guard = PinGuard(stored, clock=lambda: now[0]).with_state(state)  # a restart before each try
            assert not guard.attempt("x")  # wrong without a hash to compute: the test stays fast
            state = guard.state()
        locks.append(guard.seconds_left())
        now[0] += timedelta(seconds=guard.seconds_left())
    assert locks[:4] == [300, 600, 1200, 2400]
    assert locks[-1] == LONGEST_LOCK.total_seconds()
    guard = PinGuard(stored, clock=lambda: now[0]).with_state(state)
    assert guard.attempt("246810")
    assert PinGuard(stored, clock=lambda: now[0]).with_state(guard.state()).locks == 0


def test_a_lock_state_that_cannot_be_read_counts_as_locked() -> None:
    now = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    guard = PinGuard(hash_pin("246810"), clock=lambda: now).with_state("{broken")
    assert guard.locked()
    assert not guard.attempt("246810")
