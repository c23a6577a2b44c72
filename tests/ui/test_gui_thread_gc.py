"""The kiosk collects cyclic garbage on the GUI thread only (kiosk/ui/gui_thread_gc.py): a Qt
object found in a cycle is never destroyed by the output worker's thread, where its destructor
can deadlock with the GUI thread."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject

from kiosk.ui.gui_thread_gc import GuiThreadCollector


class Holder:
    """A Python object in a cycle with a Qt object, as a page and its lambdas can be."""

    def __init__(self) -> None:
        self.qt = QObject()
        self.me = self


def test_a_cycle_with_a_qt_object_is_collected_on_the_gui_thread_only(qapp) -> None:
    gc.enable()  # as a freshly started kiosk has it
    collector = GuiThreadCollector(qapp)
    try:
        assert not gc.isenabled()
        gc.collect()
        destroyed_on: list[int] = []
        holder = Holder()
        holder.qt.destroyed.connect(lambda: destroyed_on.append(threading.get_ident()))
        alive = weakref.ref(holder)
        del holder
        collector.collect()
        assert alive() is not None  # below every threshold: nothing is due yet

        kept: list[list[int]] = []

        def allocate() -> None:  # past the first threshold: the automatic collector would run here
            kept.extend([] for _ in range(3 * gc.get_threshold()[0]))

        worker = threading.Thread(target=allocate)
        worker.start()
        worker.join()
        assert alive() is not None and destroyed_on == []

        collector.collect()  # the GUI thread's tick
        assert alive() is None
        assert destroyed_on == [threading.get_ident()]
    finally:
        collector.deleteLater()
        qapp.processEvents()
