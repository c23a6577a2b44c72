"""The staff list with 100,000 stored intakes: opened on all intakes, and searched by name.

Staff feel the whole `StaffScreen.refresh` (query, sort with alerts first, fill the table, the
"PDFs waiting" and "unfinished forms" counts, the activity list) plus the repaint of the screen, so
that is what is timed, through the real widget, with "Today only" off. Searches cycle through the
forms staff type: a last-name prefix, without accents, "Last, First" and "First Last".
"""

from __future__ import annotations

import tempfile
import time
from datetime import datetime
from pathlib import Path

from bench import big_database
from bench.figures import Figure, median
from bench.qt import WINDOW_SIZE, application, data_folder, settle
from kiosk.jobs import Jobs
from kiosk.logic.storage import Store
from kiosk.ui.staff import StaffScreen

SEARCHES = ("garcia", "Nguyen", "Łukasiewicz, Zoë", "maria lopez", "alv", "Smith", "o'b", "Sofía Díaz")


def _timed_refresh(screen: StaffScreen) -> float:
    start = time.perf_counter()
    screen.refresh()
    settle()
    return (time.perf_counter() - start) * 1000


def measure(
    repetitions: int = 16,
    warmup: int = 1,
    intakes: int = big_database.INTAKES,
    at_least: int = 5,
    budget_s: float = 30.0,
) -> list[Figure]:
    """Up to `repetitions` of each (after `warmup`), but only `at_least` once `budget_s` is spent:
    a slow list must not stretch the whole suite past a few minutes."""
    application()
    opened_ms: list[float] = []
    search_ms: list[float] = []
    today_ms: list[float] = []
    matches: dict[str, int] = {}
    with (
        tempfile.TemporaryDirectory(prefix="kiosk-bench-staff-") as folder,
        data_folder() as (settings, paths),
    ):
        started = time.perf_counter()
        database = big_database.build(Path(folder) / "kiosk.sqlite3", intakes)
        build_s = time.perf_counter() - started
        with Store(database) as store:
            if store.count() != intakes:
                raise RuntimeError(f"{store.count()} intakes stored, expected {intakes}")
            newest = store.search("", limit=1)[0]
            stored = store.get(newest.id)
            assert stored is not None and stored.record.id == newest.id
            screen = StaffScreen(
                store,
                settings,
                paths,
                jobs=Jobs(store, settings, paths),
                clock=lambda: datetime.now().astimezone(),
            )
            screen.resize(*WINDOW_SIZE)
            screen.show()
            screen.refresh()  # as MainWindow.open_staff does, with "Today only" on
            settle()
            today_ms = [_timed_refresh(screen) for _ in range(1 + at_least)][1:]
            screen.today_only.setChecked(False)  # refreshes
            settle()
            started = time.perf_counter()
            for number in range(warmup + repetitions):
                if number >= warmup + at_least and time.perf_counter() - started > budget_s:
                    break
                screen.search_text.setText("")
                opened = _timed_refresh(screen)
                if len(screen.shown) != min(200, intakes):
                    raise RuntimeError(f"the list shows {len(screen.shown)} intakes, expected 200")
                text = SEARCHES[number % len(SEARCHES)]
                screen.search_text.setText(text)
                searched = _timed_refresh(screen)
                matches[text] = len(screen.shown)
                if number >= warmup:
                    opened_ms.append(opened)
                    search_ms.append(searched)
            screen.close()
            screen.deleteLater()
            settle()
    if not all(matches.values()):
        raise RuntimeError(f"a search found nothing: {matches}")
    details = {"intakes": intakes, "database_build_s": build_s, "shown_rows_limit": 200}
    return [
        Figure(
            key="staff_list_opened",
            title=f"staff list opened, {intakes:,} intakes (all days)",
            unit="ms",
            samples=opened_ms,
            target=200,
            with_p95=True,
            details={**details, "today_only_median_ms": median(today_ms)},
        ),
        Figure(
            key="staff_list_searched",
            title=f"staff list searched by name, {intakes:,} intakes",
            unit="ms",
            samples=search_ms,
            target=200,
            with_p95=True,
            details={**details, "matches": matches},
        ),
    ]
