"""The staff PIN: a salted scrypt hash at rest, and a lock after repeated wrong tries.

Only the hash is stored (in the database's settings table); five wrong tries lock the staff screen
for five minutes, which makes guessing a 4–8 digit PIN impractical at a kiosk.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

PIN_SETTING = "staff_pin"
MIN_DIGITS = 4
MAX_DIGITS = 8
MAX_TRIES = 5
LOCK_FOR = timedelta(minutes=5)
_N, _R, _P = 2**14, 8, 1


def valid_pin(pin: str) -> bool:
    return pin.isascii() and pin.isdigit() and MIN_DIGITS <= len(pin) <= MAX_DIGITS


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    if not valid_pin(pin):
        raise ValueError(f"a PIN is {MIN_DIGITS} to {MAX_DIGITS} digits")
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt" or not valid_pin(pin):
        return False
    candidate = hashlib.scrypt(
        pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=len(digest) // 2
    )
    return hmac.compare_digest(candidate.hex(), digest)


@dataclass
class PinGuard:
    """Counts wrong tries and locks for `LOCK_FOR` after `MAX_TRIES` of them."""

    stored_hash: str
    clock: Callable[[], datetime]
    failures: int = 0
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
            self.locked_until = None
            return True
        self.failures += 1
        if self.failures >= MAX_TRIES:
            self.failures = 0
            self.locked_until = self.clock() + LOCK_FOR
        return False
