"""The staff PIN: a salted scrypt hash at rest, and a stored lock after repeated wrong tries.

Only the hash is stored (in the database's settings table). A PIN has at least 6 digits (a 4-digit
one fell to online guessing in 4,822 tries): five wrong tries lock the staff screen for 5 minutes,
each further lock twice as long (up to a day), and the count and the lock are stored too, so a
restart (pulling the plug) does not reset them. The first PIN is set by clinic IT on the command
line (`kiosk set-pin`), never from the patient's side of the screen.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

PIN_SETTING = "staff_pin"
LOCK_SETTING = "staff_pin_lock"
MIN_DIGITS = 6
MAX_DIGITS = 12
MAX_TRIES = 5
LOCK_FOR = timedelta(minutes=5)
"""The first lock; each lock after it is twice as long as the one before, up to `LONGEST_LOCK`."""
LONGEST_LOCK = timedelta(days=1)
_SCRYPT_COST, _SCRYPT_BLOCK_SIZE, _SCRYPT_PARALLELISM = 2**14, 8, 1
"""scrypt's N, r and p, written into each hash (`scrypt$N$r$p$salt$digest`) so it can be checked later."""


def valid_pin(pin: str) -> bool:
    """Whether `pin` may be chosen as a new PIN."""
    return pin.isascii() and pin.isdigit() and MIN_DIGITS <= len(pin) <= MAX_DIGITS


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    if not valid_pin(pin):
        raise ValueError(f"a PIN is {MIN_DIGITS} to {MAX_DIGITS} digits")
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(
        pin.encode(), salt=salt, n=_SCRYPT_COST, r=_SCRYPT_BLOCK_SIZE, p=_SCRYPT_PARALLELISM, dklen=32
    )
    return f"scrypt${_SCRYPT_COST}${_SCRYPT_BLOCK_SIZE}${_SCRYPT_PARALLELISM}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    """Whether `pin` matches the stored hash. Any length of digits is compared: a shorter PIN set
    by an older kiosk still opens the screen until clinic IT sets a new one."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt" or not (pin.isascii() and pin.isdigit() and len(pin) <= MAX_DIGITS):
        return False
    candidate = hashlib.scrypt(
        pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=len(digest) // 2
    )
    return hmac.compare_digest(candidate.hex(), digest)


@dataclass
class PinGuard:
    """Counts wrong tries and locks after `MAX_TRIES` of them, each lock twice the one before.

    Its state round-trips through `state()` / `with_state()`, which the staff gate stores after
    every try and reads before every try.
    """

    stored_hash: str
    clock: Callable[[], datetime]
    failures: int = 0
    locks: int = 0
    locked_until: datetime | None = field(default=None)

    def locked(self) -> bool:
        return self.locked_until is not None and self.clock() < self.locked_until

    def seconds_left(self) -> int:
        if self.locked_until is None:
            return 0
        return max(0, int((self.locked_until - self.clock()).total_seconds() + 0.999))

    def attempt(self, pin: str) -> bool:
        """True when the PIN is right and the guard is not locked."""
        if self.locked():
            return False
        if verify_pin(pin, self.stored_hash):
            self.failures = 0
            self.locks = 0
            self.locked_until = None
            return True
        self.failures += 1
        if self.failures >= MAX_TRIES:
            self.failures = 0
            self.locked_until = self.clock() + min(LOCK_FOR * 2**self.locks, LONGEST_LOCK)
            self.locks += 1
        return False

    def state(self) -> str:
        until = None if self.locked_until is None else self.locked_until.isoformat()
        return json.dumps({"failures": self.failures, "locks": self.locks, "locked_until": until})

    def with_state(self, text: str | None) -> PinGuard:
        """Take over a stored state; one that cannot be read counts as a fresh lock (fail closed)."""
        if text is None:
            return self
        try:
            data = json.loads(text)
            self.failures = int(data["failures"])
            self.locks = int(data["locks"])
            until = data["locked_until"]
            self.locked_until = None if until is None else datetime.fromisoformat(until)
        except (ValueError, KeyError, TypeError):
            self.failures, self.locks = 0, 1
            self.locked_until = self.clock() + LOCK_FOR
        return self
