"""The staff screen's output-folder actions: open a PDF, write it again, write the waiting PDFs, export.

A mixin of `StaffScreen` (kiosk/ui/staff.py), next to its Intakes tab (kiosk/ui/staff_intakes.py),
whose buttons call these. Each goes through the output worker, so a share that hangs never freezes
this screen; the outcome comes back by signal or callback and is told on the feedback line.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QPushButton

from kiosk.jobs import Jobs
from kiosk.logic.atomic import finish, write_temporary
from kiosk.logic.config import Paths
from kiosk.logic.plural import counted
from kiosk.logic.storage import Store
from kiosk.logic.storage_rows import IntakeSummary
from kiosk.output_folder import EXPORT_PREFIX, EXPORT_SUFFIX
from kiosk.submission import PdfWrite
from kiosk.ui.widgets import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget as _Widget
else:
    _Widget = object


class NoViewerError(Exception):
    """No program on this computer opened the file."""


def open_with_system_viewer(path: Path) -> None:
    """Hand the file to the computer's own viewer; raises `NoViewerError` when none took it."""
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        raise NoViewerError(path)


class IntakeFiles(_Widget):
    """Mixed into `StaffScreen`; the state it reads is the screen's (declared here for the type checker)."""

    store: Store
    paths: Paths
    jobs: Jobs
    clock: Callable[[], datetime]
    open_file: Callable[[Path], None]
    _rewriting: str | None
    feedback: QLabel
    export: QPushButton

    if TYPE_CHECKING:

        def _reporting(self, action: str) -> AbstractContextManager[None]: ...
        def selected(self) -> IntakeSummary | None: ...
        def refresh(self) -> None: ...
        def _day(self) -> date | None: ...

    @Slot()
    def open_selected(self) -> None:
        """Open the PDF in the computer's viewer once the output worker has found it in the output
        folder (a share that hangs must not freeze this screen); only an open that happened is audited."""
        with self._reporting("open PDF"):
            item = self.selected()
            stored = None if item is None else self.store.get(item.id)
            if stored is None:
                return
            if stored.pdf_path is None:
                self.feedback.setText(self._not_in_folder())
                return
            path, intake_id = Path(stored.pdf_path), stored.id
            self.feedback.setText(self._looking())
            self.jobs.for_staff(path.is_file, lambda found: self._open_found(intake_id, path, found))

    def _looking(self) -> str:
        return self.tr("Looking for the PDF…")

    def _open_found(self, intake_id: str, path: Path, found: object) -> None:
        if self.feedback.text() == self._looking():  # (not a line of a later action)
            self.feedback.clear()
        with self._reporting("open PDF"):
            if found is not True:  # not there, or the folder cannot be looked at (is_file says False)
                self.feedback.setText(self._not_in_folder())
                return
            try:
                self.open_file(path)
            except NoViewerError:
                self.feedback.setText(
                    self.tr("No program on this computer opens PDFs. The file is in %1").replace(
                        "%1", str(path.parent)
                    )
                )
                return
            self.store.audit("opened PDF", intake_id=intake_id)

    def _not_in_folder(self) -> str:
        return self.tr("This PDF is not in the output folder. Use “Write PDF again”.")

    @Slot()
    def rewrite_selected(self) -> None:
        """Write the selected intake's PDF again, on the output worker (a slow share must not
        freeze this screen either); the outcome is told when it comes back (`_pdf_written`)."""
        with self._reporting("write PDF again"):
            item = self.selected()
            if item is None:
                return
            self._rewriting = item.id
            self.jobs.write_pdf(item.id)
            self.store.audit("reprinted", intake_id=item.id)
            self.feedback.setText(self.tr("Writing the PDF…"))

    @Slot(str, object)
    def _pdf_written(self, intake_id: str, written: object) -> None:
        assert isinstance(written, PdfWrite)
        if self.isVisible():
            with self._reporting("refresh"):  # (clears the feedback line first)
                self.refresh()
        if intake_id == self._rewriting:
            self._rewriting = None
            self.feedback.setText(self._written_words(written))

    def _written_words(self, written: PdfWrite) -> str:
        if written.path is not None:
            return self.tr("PDF written: %1").replace("%1", written.path.name)
        if written.kept_previous and written.error is PermissionError:
            return self.tr(
                "The PDF is open in another program, so it was not written again. Close it and "
                "try again; the earlier copy is still in the output folder."
            )
        if written.kept_previous:
            return self.tr(
                "The PDF could not be written again; the earlier copy is still in the output folder."
            )
        return self.tr("The output folder is not available; the PDF is queued.")

    @Slot()
    def retry_pending(self) -> None:
        """Start writing the waiting PDFs now rather than at the next minute; the count of those
        still waiting goes down as each is written."""
        self.jobs.retry_pending_pdfs()
        self.feedback.setText(
            self.tr("Writing the waiting PDFs; the count above goes down as they are written.")
        )

    @Slot()
    def export_days(self) -> None:
        """Write every intake of the chosen days (today, or all) as `kiosk export` does, not the list
        on screen, which stops at 200 rows; a name in the search box does not narrow the export.

        The rows are read here (the database stays on this thread); the file is written by the output
        worker in two halves, and gets its name only after the audit row is written in between, so a
        folder that goes away mid-way or a busy database leaves neither a partial file nor an export
        nobody recorded.
        """
        with self._reporting("export"):
            day = self._day()
            lines = [line + "\n" for line in self.store.export_json_lines(since=day, until=day)]
            target = self.paths.output_dir / f"export-{self.clock():%Y%m%d-%H%M%S}.jsonl"
            data = "".join(lines).encode("utf-8")
            self.export.setEnabled(False)
            self.feedback.setText(self.tr("Exporting…"))
            self.jobs.for_staff(
                lambda: write_temporary(data, target, prefix=EXPORT_PREFIX, suffix=EXPORT_SUFFIX),
                lambda temp: self._export_written(temp, target, day, len(lines)),
            )

    def _export_written(self, temp: object, target: Path, day: date | None, count: int) -> None:
        """The export's file is on disk under a temporary name: record it, then let it be named; if
        it cannot be recorded, the file goes."""
        with self._reporting("export"):
            if isinstance(temp, Exception):
                self.export.setEnabled(True)
                raise temp
            assert isinstance(temp, Path)
            part = temp
            try:
                self.store.audit("exported", detail=counted(count, "intake"))
            except BaseException:
                self.export.setEnabled(True)
                self.jobs.for_staff(lambda: part.unlink(missing_ok=True), lambda _result: None)
                raise
            self.jobs.for_staff(
                lambda: finish(part, target, exclusive=True, shared=True),
                lambda named: self._exported(named, day, count),
            )

    def _exported(self, named: object, day: date | None, count: int) -> None:
        self.export.setEnabled(True)
        with self._reporting("export"):
            if isinstance(named, Exception):
                raise named
            # An explicit context: the extractor cannot name a mixin's, and the plural needs its entry.
            words = (
                translate("StaffScreen", "Exported %n intakes from today to %1", count)
                if day is not None
                else translate("StaffScreen", "Exported %n intakes from all days to %1", count)
            )
            self.feedback.setText(words.replace("%1", str(named)))
            self.refresh()
