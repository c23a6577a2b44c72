"""A fresh process for the memory figures: start the kiosk as `kiosk run` does, then 500 intakes.

`python -m bench.memory_soak_child DATA_DIR INTAKES WARMUP` builds the kiosk the way
`kiosk.ui.app.run` does (file log, store, start-up chores, `open_window` at tablet size), waits
until every page is built after the first frame (and reportlab loaded, owed PDFs retried) and reads
the resident size: "after start", the kiosk ready for its first patient. Then
the sample patient (`complete_sample_intake`) goes through the real wizard WARMUP + INTAKES times,
each intake stored and its PDF written, the wizard reset after Done as its timer would. Growth is
counted from the end of the warm-up, when one-time costs (PDF fonts, caches, the first paint of
every page) have been paid, so what remains is what a kiosk gains per patient over a day.

Prints one JSON line: resident sizes (KiB) after start, after warm-up, every 50 intakes and at
the end, plus the widget count and the Python object types that grew, to point at a leak.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtWidgets import QApplication, QWidget

from bench.qt import WINDOW_SIZE, quiet_known_messages, settle
from bench.rss import resident_kb
from kiosk import logs
from kiosk.logic.config import resolve
from kiosk.logic.storage import Store
from kiosk.ui.app import open_window
from kiosk.ui.demo_patient import complete_sample_intake, written_pdf
from kiosk.ui.gui_thread_gc import GuiThreadCollector

SAMPLE_EVERY = 50
READY_TIMEOUT_S = 60


def _types() -> Counter[str]:
    return Counter(type(item).__name__ for item in gc.get_objects())


def soak(data_dir: Path, intakes: int, warmup: int) -> dict[str, Any]:
    settings, paths = resolve(data_dir, env={})
    logs.configure(paths.log_dir)
    quiet_known_messages()
    app = QApplication(sys.argv[:1])
    GuiThreadCollector(app)  # the soak measures the kiosk as `kiosk run` starts it
    app.setApplicationName("Heel-pain intake kiosk")
    with Store(paths.database) as store:
        store.abandon_open_drafts()
        window = open_window(app, store, settings, paths, kiosk_mode=False)
        ready: list[bool] = []
        window.patient.pages_built.connect(lambda: ready.append(True))
        window.resize(*WINDOW_SIZE)
        window.show()
        deadline = time.monotonic() + READY_TIMEOUT_S
        while not ready:
            if time.monotonic() > deadline:
                raise RuntimeError(f"the kiosk did not build its pages within {READY_TIMEOUT_S} s")
            settle()
        after_start = resident_kb()
        patient = window.patient
        samples: list[tuple[int, int | None]] = []
        types_before: Counter[str] = Counter()
        widgets_before = 0
        for number in range(1, warmup + intakes + 1):
            result = complete_sample_intake(patient)
            if written_pdf(patient, result.record.id) is None:
                raise RuntimeError("the PDF was not written")
            # the helper connects a list's append to `submitted` on every call and never disconnects;
            # the kiosk itself connects nothing there, so dropping every receiver drops only the helper's
            patient.submitted.disconnect()
            patient.reset()
            settle()
            if number == warmup:
                widgets_before = len(window.findChildren(QWidget))
                gc.collect()
                types_before = _types()
            if number >= warmup and (number - warmup) % SAMPLE_EVERY == 0:
                samples.append((number - warmup, resident_kb()))
        end = resident_kb()
        gc.collect()
        end_after_gc = resident_kb()
        grown = _types() - types_before
        widgets_after = len(window.findChildren(QWidget))  # after the census: its wrappers are not growth
        stored = store.count()
        window.close()
    return {
        "after_start_kb": after_start,
        "after_warmup_kb": samples[0][1],
        "end_kb": end,
        "end_after_gc_kb": end_after_gc,
        "samples_kb": samples,
        "stored_intakes": stored,
        "widgets": [widgets_before, widgets_after],
        "python_objects_grown": dict(grown.most_common(8)),
    }


if __name__ == "__main__":
    folder, count, warm = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    print(json.dumps(soak(folder, count, warm)), flush=True)
