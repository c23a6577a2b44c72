"""The bounds of a believable intake record, in one place.

Every record the kiosk reads (an intake file given to `kiosk assess` / `kiosk report`, a FHIR read-back,
the kiosk's own finished draft) goes through `record_load.loads` / `record_load.record_from_dict`, which apply
these. Each bound is far above what a real patient's record holds, and low enough that a hostile or
broken file is refused in milliseconds with a short message instead of a traceback, a 30-second PDF
build or an error "line" of megabytes (issue 13 item 9: 1,200 mutated records).
"""

from __future__ import annotations

from datetime import UTC, datetime

MAX_FILE_BYTES = 1024 * 1024
"""Largest intake file read (1 MiB). The largest valid record (every region on every side with every
quality, every treatment with a full note, every answer) is 25 KB pretty-printed; the file is
refused before it is parsed, so a 50 MB file costs no memory or time."""

MAX_NESTING = 8
"""Deepest nesting of lists and objects in the file. A record nests 4 deep (record → pain → entry →
qualities); deeper input is refused before any field is read, because echoing or walking a
10,000-deep value exhausts Python's recursion limit."""

MAX_LIST_ITEMS = 100
"""Longest list (pain, qualities, treatments). With duplicates refused, no valid list is longer than
its vocabulary (68 pain entries: 37 regions, the midline ones on one side; 16 treatments; 10 qualities); the cap
refuses a runaway list before its items are checked one by one."""

NAME_MAX = 100
"""Longest first or last name. The kiosk's name fields stop at 80 characters; 100 leaves room for a
record from another system (a FHIR read-back) and still fits one line of the physician's PDF."""

NOTE_MAX = 200
"""Longest free-text note ("other" treatment): the kiosk's note field stops here, and the PDF gives the
note two lines at most."""

COUNT_MAX = 100
"""Most times a treatment was had. The kiosk offers 1 to 5+; nobody has had 100 steroid injections into
a heel, so a larger number is a typing or conversion error, not a history."""

MAX_AGE = 120
"""Oldest patient, in calendar years between the year of birth and the year of the intake (the date pad
offers the same years, and the About step checks the same way). The oldest documented human lived to
122; a date of birth of year 0001 or a patient born after the intake is a broken record."""

EARLIEST_COMPLETION = datetime(2000, 1, 1, tzinfo=UTC)
"""No intake is older than this (the format dates from 2026; 2000 leaves room for test data). It also
keeps time-zone arithmetic clear of the year 1, where converting to UTC overflows."""

CLOCK_SKEW_DAYS = 1
"""How far in the future `completed_at` may lie: a day covers a kiosk whose clock or time zone is
wrong by a few hours, without accepting year 9999 (where converting to UTC overflows)."""

SHOWN_MAX = 80
"""Most characters of a bad value echoed in an error: enough to recognise it, short enough that the
message stays one readable line however large the value."""

KEY_SHOWN_MAX = 40
"""Most characters of an unknown key echoed in a field path (the path and the value share the line)."""

CHOICES_SHOWN_MAX = 80
"""Longest list of allowed words spelled out after a wrong one (the relief words fit; the ten qualities and
sixteen treatments do not, and the schema lists them): with the value and the path, the line stays short."""
