"""Staff alerts as durable records: raised, stored with the draft, then delivered as a file.

An alert is first a row in the database, written in the same transaction as the answer that raised
it, so neither a crash nor an unreachable output folder can lose it; the text file in the clinic's
output folder is a delivery of that row, retried until it lands (`kiosk.jobs`). Only once the file
is there may the patient be told that staff know.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from kiosk.logic.assessment import RedFlag, Tier
from kiosk.logic.draft import IntakeDraft

FILE_PREFIX = "ALERT-"
TEMP_PREFIX = ".alert-"
TEMP_SUFFIX = ".tmp"


@dataclass(frozen=True)
class FlagLine:
    """One red flag as the alert file names it (the rule id, its tier and the reason)."""

    id: str
    tier: Tier
    reason: str


@dataclass(frozen=True)
class Alert:
    """What staff must know now: who, how urgent, and why. `seq` is the row's number once stored."""

    intake_id: str
    tier: Tier
    raised_at: datetime
    first_name: str
    last_name: str
    date_of_birth: date | None
    flags: tuple[FlagLine, ...]
    seq: int | None = None
    delivered_path: str | None = None
    intake_stored: bool = False
    """Whether the form was sent (an intake); False for an alert of a form still unfinished."""


def alert_for(draft: IntakeDraft, tier: Tier, flags: tuple[RedFlag, ...], now: datetime) -> Alert:
    """The alert the draft's answers call for, as of `now`."""
    return Alert(
        intake_id=draft.id,
        tier=tier,
        raised_at=now,
        first_name=draft.first_name,
        last_name=draft.last_name,
        date_of_birth=draft.date_of_birth,
        flags=tuple(FlagLine(flag.id, flag.tier, flag.reason) for flag in flags),
    )


def alert_filename(alert: Alert) -> str:
    """The file's name: tier, time and short id, never the patient's name (the folder may be shared)."""
    return (
        f"{FILE_PREFIX}{alert.tier.value.upper()}-{alert.raised_at:%Y%m%d-%H%M%S}-{alert.intake_id[:8]}.txt"
    )


def alert_text(alert: Alert) -> str:
    """The file's contents, for the front desk."""
    born = alert.date_of_birth.isoformat() if alert.date_of_birth else "-"
    lines = [
        f"{alert.tier.value.upper()}: please see this patient now.",
        f"Patient: {alert.first_name} {alert.last_name}",
        f"Date of birth: {born}",
        f"Time: {alert.raised_at.isoformat(timespec='seconds')}",
        f"Intake id: {alert.intake_id}",
        "",
        *(f"[{flag.id}] {flag.tier.value}: {flag.reason}" for flag in alert.flags),
        "",
    ]
    return "\n".join(lines)
