"""The staff screen: today's intakes and a search, alerts first, PDFs, review, export, settings.

Behind the PIN (`StaffGate`). Every action is written to the append-only audit table. Questions that
need a yes go through `ask`, which tests replace. A folder or database failure in an action is told to
staff on this screen: it never reaches the fault handler, which would show the patient fault page.
"""

from __future__ import annotations

import dataclasses
import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.jobs import EXPORT_PREFIX, EXPORT_SUFFIX, Jobs
from kiosk.logic.assessment import LEVEL_WORDS, Tier
from kiosk.logic.atomic import finish, write_temporary
from kiosk.logic.config import MAX_TIMER_SECONDS, PAPER_SIZES, ConfigError, Paths, Settings, save_settings
from kiosk.logic.dbfile import describe
from kiosk.logic.i18n import translatable
from kiosk.logic.outbox import Delivery
from kiosk.logic.storage import Store, StoreError
from kiosk.logic.storage_rows import AuditEntry, IntakeSummary
from kiosk.logic.vocab import Language
from kiosk.submission import PdfWrite
from kiosk.ui.widgets import TOUCH, big_button, body_text, heading, translate

log = logging.getLogger(__name__)

COLUMNS = (
    translatable("StaffScreen", "Completed"),
    translatable("StaffScreen", "Name"),
    translatable("StaffScreen", "Date of birth"),
    translatable("StaffScreen", "Lumbar screen"),
    translatable("StaffScreen", "Red flags"),
    translatable("StaffScreen", "PDF"),
    translatable("StaffScreen", "Chart"),
    translatable("StaffScreen", "Reviewed"),
)
"""The list's headings, marked where they are written so the extractor sees each text."""


class NoViewerError(Exception):
    """No program on this computer opened the file."""


def ask_with_message_box(parent: QWidget, question: str) -> bool:
    """Yes or no, as plain text: the question can hold a patient's name, which may look like markup."""
    box = confirm_box(parent, question)
    return box.exec() == QMessageBox.StandardButton.Yes


def confirm_box(parent: QWidget, question: str) -> QMessageBox:
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    box = QMessageBox(QMessageBox.Icon.Question, parent.tr("Please confirm"), question, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def open_with_system_viewer(path: Path) -> None:
    """Hand the file to the computer's own viewer; raises `NoViewerError` when none took it."""
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        raise NoViewerError(path)


def activity_line(entry: AuditEntry) -> str:
    """One audit row as staff read it: their local time, and the intake by the short id its PDF's
    name carries (the audit stores UTC and the full id)."""
    parts = [f"{entry.at.astimezone():%Y-%m-%d %H:%M:%S}", entry.action]
    if entry.intake_id:
        parts.append(f"intake {entry.intake_id[:8]}")
    if entry.detail:
        parts.append(entry.detail)
    return "  ".join(parts)


class StaffScreen(QWidget):
    """Signals: `closed()` to go back to the patient side; `settings_changed(object)` with Settings;
    `quit_requested()` when staff confirm closing the kiosk program (the only way out in kiosk mode).
    """

    closed = Signal()
    settings_changed = Signal(object)
    quit_requested = Signal()

    def __init__(
        self,
        store: Store,
        settings: Settings,
        paths: Paths,
        *,
        jobs: Jobs,
        clock: Callable[[], datetime],
        ask: Callable[[QWidget, str], bool] = ask_with_message_box,
        open_file: Callable[[Path], None] = open_with_system_viewer,
    ) -> None:
        super().__init__()
        self.store = store
        self.settings = settings
        self.paths = paths
        self.jobs = jobs
        jobs.pdf_written.connect(self._pdf_written)
        jobs.fhir.changed.connect(self._delivery_changed)
        self._rewriting: str | None = None
        self.clock = clock
        self.ask = ask
        self.open_file = open_file
        self.shown: list[IntakeSummary] = []
        self.deliveries: dict[str, Delivery] = {}
        self.unfinished_alerts: list[str] = []

        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Staff screen")), 1)
        self.back = big_button(self.tr("Back to the patient screen"), role="primary")
        self.back.clicked.connect(self.closed)
        self.quit = big_button(self.tr("Close the kiosk"))
        self.quit.clicked.connect(self._confirm_quit)
        top.addWidget(self.quit)
        top.addWidget(self.back)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._intakes_tab(), self.tr("Intakes"))
        self.tabs.addTab(self._settings_tab(), self.tr("Settings"))
        self.unfinished = QListWidget()
        self.unfinished.setAccessibleName(self.tr("Unfinished forms"))
        self.tabs.addTab(self.unfinished, self.tr("Unfinished forms"))
        self.activity = QListWidget()
        self.tabs.addTab(self.activity, self.tr("Activity"))
        self.problem = body_text("", "alerts")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(self.tabs, 1)

    def show_problem(self, problem: str) -> None:
        """What went wrong with the database since staff last looked (e.g. "disk full"), or nothing."""
        self.problem.setText(
            self.tr(
                "The kiosk could not save to its database (%1). A patient's answers may be only on "
                "the screen: check the disk and the database, see the log."
            ).replace("%1", problem)
        )
        self.problem.setVisible(bool(problem))

    def _confirmed(self, question: str) -> bool:
        """Ask staff; a yes given after the staff side closed itself (the 2-minute timeout behind
        an open question) counts for nothing: it may be a patient's tap."""
        return self.ask(self, question) and self.isVisible()

    @Slot()
    def _confirm_quit(self) -> None:
        question = self.tr("Close the kiosk program? Patients cannot check in until it is started again.")
        if self._confirmed(question):
            self.store.audit("kiosk closed from the staff screen")
            self.quit_requested.emit()

    # -- intakes --------------------------------------------------------------------------------

    def _intakes_tab(self) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        alerts = QHBoxLayout()
        self.alerts = body_text("", "alerts")
        self.alerts.setTextFormat(Qt.TextFormat.PlainText)
        alerts.addWidget(self.alerts, 1)
        self.alerts_seen = big_button(self.tr("Unfinished forms' alerts dealt with"))
        self.alerts_seen.clicked.connect(self.mark_alerts_seen)
        alerts.addWidget(self.alerts_seen)
        column.addLayout(alerts)
        status = QHBoxLayout()
        self.pending = body_text("", "help")
        status.addWidget(self.pending, 1)
        self.retry = big_button(self.tr("Write waiting PDFs now"))
        self.retry.clicked.connect(self.retry_pending)
        status.addWidget(self.retry)
        column.addLayout(status)
        search = QHBoxLayout()
        self.search_text = QLineEdit()
        self.search_text.setPlaceholderText(self.tr("Search by name (Last, First)"))
        self.search_text.setAccessibleName(self.tr("Search by name"))
        self.search_text.setMinimumHeight(TOUCH)
        self.search_text.returnPressed.connect(self.refresh)
        search.addWidget(self.search_text, 1)
        self.today_only = big_button(self.tr("Today only"), checkable=True)
        self.today_only.setChecked(True)
        self.today_only.toggled.connect(self.refresh)
        search.addWidget(self.today_only)
        find = big_button(self.tr("Search"))
        find.clicked.connect(self.refresh)
        search.addWidget(find)
        column.addLayout(search)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([translate("StaffScreen", c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(TOUCH)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Intakes"))
        column.addWidget(self.table, 1)
        actions = QHBoxLayout()
        self.open_pdf = big_button(self.tr("Open PDF"))
        self.open_pdf.clicked.connect(self.open_selected)
        self.rewrite = big_button(self.tr("Write PDF again"))
        self.rewrite.clicked.connect(self.rewrite_selected)
        self.export = big_button(self.tr("Export JSON"))
        self.export.clicked.connect(self.export_days)
        self.reviewed = big_button(self.tr("Mark reviewed"))
        self.reviewed.clicked.connect(self.toggle_reviewed)
        self.delete = big_button(self.tr("Delete"))
        self.delete.clicked.connect(self.delete_selected)
        self.send_again = big_button(self.tr("Send to the chart again"))
        self.send_again.clicked.connect(self.send_selected_again)
        self.send_again.setVisible(bool(self.settings.fhir_base_url))
        buttons = (self.open_pdf, self.rewrite, self.send_again, self.export, self.reviewed, self.delete)
        for button in buttons:
            actions.addWidget(button)
        self.feedback = body_text("", "help")
        column.addLayout(actions)
        column.addWidget(self.feedback)
        self.table.itemSelectionChanged.connect(self._follow_selection)
        return tab

    def _day(self) -> date | None:
        """The completion day staff chose: today, or None for all days."""
        return self.clock().date() if self.today_only.isChecked() else None

    @Slot()
    def refresh(self) -> None:
        """Reload the list. The selection stays on the same intake, not the same row: the list
        re-sorts (unreviewed urgent first), and the next action must not hit another patient."""
        chosen = self._current()
        day = self._day()
        self.shown = self.store.search(self.search_text.text(), since=day, until=day)
        urgent = [s for s in self.shown if s.red_flag_tier.alerts_staff and not s.reviewed]
        others = [s for s in self.shown if s not in urgent]
        self.shown = urgent + others
        header = self.table.horizontalHeader()
        # Fitting columns while filling re-measures every row per cell (4.5 s at 200 rows): fit once.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setRowCount(len(self.shown))
        self.deliveries = self.store.outbox.of([s.id for s in self.shown]) if self.shown else {}
        for row, item in enumerate(self.shown):
            tier = item.red_flag_tier.value.upper() if item.red_flag_tier is not Tier.NONE else "–"
            cells = (
                item.completed_at.strftime("%Y-%m-%d %H:%M"),
                f"{item.last_name}, {item.first_name}",
                item.date_of_birth.isoformat(),
                LEVEL_WORDS[item.level],
                tier,
                item.pdf_status,
                self._chart_cell(item.id),
                self.tr("yes") if item.reviewed else "",
            )
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ids = [s.id for s in self.shown]
        if chosen is not None and chosen.id in ids:
            self.table.selectRow(ids.index(chosen.id))
        else:
            self.table.clearSelection()
        self._follow_selection()
        self._show_alerts()
        owed = len(self.store.pending_pdfs())
        drafts = self.store.abandoned_drafts()
        abandoned = len(drafts)
        self.pending.setText(
            self.tr("PDFs waiting to be written: %1. Unfinished forms (abandoned): %2.")
            .replace("%1", str(owed))
            .replace("%2", str(abandoned))
        )
        self.unfinished.clear()
        for draft in reversed(drafts):
            self.unfinished.addItem(
                self.tr("Abandoned: started %1, last answer %2")
                .replace("%1", f"{draft.created_at.astimezone():%Y-%m-%d %H:%M}")
                .replace("%2", f"{draft.updated_at.astimezone():%H:%M}")
            )
        self.activity.clear()
        for entry in self.store.audit_log(200):
            self.activity.addItem(activity_line(entry))

    def _chart_cell(self, intake_id: str) -> str:
        """waiting, sent or refused (the reason shows when the row is chosen); – when never queued."""
        delivery = self.deliveries.get(intake_id)
        if delivery is None:
            return "–"
        if delivery.state == "waiting" and delivery.attempts:
            return self.tr("waiting (tried %1×)").replace("%1", str(delivery.attempts))
        return {"waiting": self.tr("waiting"), "sent": self.tr("sent"), "refused": self.tr("REFUSED")}[
            delivery.state
        ]

    def _show_alerts(self) -> None:
        """Who needs staff now, from the alerts recorded in the database (whatever reached the
        output folder), unfinished forms included, and those the database refused; an urgent intake in the list with no alert row
        (stored before alerts were) is named from its row. Each patient once, at the highest tier raised."""
        waiting: dict[str, tuple[Tier, str]] = {}
        self.unfinished_alerts = []
        for alert in self.store.open_alerts():
            name = f"{alert.last_name}, {alert.first_name}"
            if not alert.intake_stored:
                name += self.tr(" (form not finished)")
                self.unfinished_alerts.append(alert.intake_id)
            known = waiting.get(alert.intake_id)
            if known is None or alert.tier.rank > known[0].rank:
                waiting[alert.intake_id] = (alert.tier, name)
        for alert in self.jobs.unrecorded:  # the database refused them: held by the jobs until delivered
            known = waiting.get(alert.intake_id)
            if known is None or alert.tier.rank > known[0].rank:
                waiting[alert.intake_id] = (alert.tier, f"{alert.last_name}, {alert.first_name}")
        for item in self.shown:
            if item.red_flag_tier.alerts_staff and not item.reviewed and item.id not in waiting:
                waiting[item.id] = (item.red_flag_tier, f"{item.last_name}, {item.first_name}")
        if waiting:
            names = "; ".join(f"{tier.value.upper()}: {name}" for tier, name in waiting.values())
            self.alerts.setText(self.tr("Needs attention now: %1").replace("%1", names))
        else:
            self.alerts.setText(self.tr("No urgent or emergency intakes waiting."))
        self.alerts_seen.setVisible(bool(self.unfinished_alerts))

    @Slot()
    def mark_alerts_seen(self) -> None:
        """Staff have seen to the patients of unfinished forms with alerts (a sent form's alert is
        dealt with by marking its intake reviewed)."""
        with self._reporting("alerts seen"):
            self.store.mark_alerts_seen(self.unfinished_alerts)
            self.refresh()

    def _current(self) -> IntakeSummary | None:
        """The intake on the selected row, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.shown[rows[0].row()] if rows else None

    @Slot()
    def _follow_selection(self) -> None:
        """The review button names what it will do to the selected intake."""
        item = self._current()
        undo = item is not None and item.reviewed
        self.reviewed.setText(self.tr("Mark not reviewed") if undo else self.tr("Mark reviewed"))
        delivery = None if item is None else self.deliveries.get(item.id)
        if delivery is not None and delivery.state == "refused":
            self.feedback.setText(
                self.tr(
                    "The chart's server refused this intake: %1. Fix the cause, then “Send to the chart again”."
                ).replace("%1", delivery.reason)
            )
        elif delivery is not None and delivery.state == "waiting" and delivery.reason:
            self.feedback.setText(
                self.tr("Not in the chart yet (%1); the kiosk keeps trying.").replace("%1", delivery.reason)
            )

    def selected(self) -> IntakeSummary | None:
        item = self._current()
        if item is None:
            self.feedback.setText(self.tr("Choose an intake in the list first."))
        return item

    @contextmanager
    def _reporting(self, action: str) -> Iterator[None]:
        """Run one staff action, turning a folder or database failure into one line for staff.

        The line from an earlier action is cleared first, so it never sits next to a later result.
        The log gets the error type only: messages can hold names and paths.
        """
        self.feedback.clear()
        try:
            yield
        except (OSError, sqlite3.Error, StoreError) as error:
            log.warning("staff action %s failed (%s)", action, describe(error))
            if describe(error) == "disk full":
                self.feedback.setText(self.tr("The disk is full: nothing was saved. Free some space."))
            elif isinstance(error, OSError):
                self.feedback.setText(
                    self.tr(
                        "The folder %1 cannot be reached or written to. Check it, or choose another in Settings."
                    ).replace("%1", str(self.paths.output_dir))
                )
            else:
                self.feedback.setText(self.tr("The database is busy; try again in a moment."))

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

    @Slot(str)
    def _delivery_changed(self, intake_id: str) -> None:
        """The FHIR sender recorded a try: the Chart column of a shown list follows."""
        if self.isVisible() and intake_id in {s.id for s in self.shown}:
            with self._reporting("refresh"):
                self.refresh()

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
                self.store.audit("exported", detail=f"{count} intakes")
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
            words = (
                self.tr("Exported %1 intakes from today to %2")
                if day is not None
                else self.tr("Exported %1 intakes from all days to %2")
            )
            self.feedback.setText(words.replace("%1", str(count)).replace("%2", str(named)))
            self.refresh()

    @Slot()
    def toggle_reviewed(self) -> None:
        with self._reporting("mark reviewed"):
            item = self.selected()
            if item is None:
                return
            self.store.mark_reviewed(item.id, not item.reviewed)
            self.store.audit(
                "marked reviewed" if not item.reviewed else "marked not reviewed", intake_id=item.id
            )
            self.refresh()

    @Slot()
    def send_selected_again(self) -> None:
        """Queue the chosen intake for the FHIR server now (a refused one once its cause is fixed);
        the server's conditional creates make a second copy of one already there a no-op."""
        with self._reporting("send to the chart again"):
            item = self.selected()
            if item is None:
                return
            self.store.outbox.send_again(item.id, self.clock())
            self.jobs.fhir.send_due()
            self.refresh()
            self.feedback.setText(self.tr("Queued for the chart; the list shows when it is sent."))

    @Slot()
    def delete_selected(self) -> None:
        with self._reporting("delete"):
            item = self.selected()
            if item is None:
                return
            question = self.tr(
                "Delete the intake of %1? This cannot be undone. Its PDF and any alert file in the "
                "output folder are not deleted: remove them there if they must go too."
            ).replace("%1", f"{item.first_name} {item.last_name}")
            if not self._confirmed(question):
                return
            self.store.delete(item.id)
            self.feedback.setText(self.tr("Deleted."))
            self.refresh()

    # -- settings -------------------------------------------------------------------------------

    def _settings_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.clinic_name = QLineEdit()
        self.output_dir = QLineEdit()
        self.output_dir.setPlaceholderText(str(self.paths.data_dir / "reports"))
        # The lowest values are those `Settings` accepts: a higher floor here would quietly rewrite a
        # value from the settings file the next time staff save anything.
        self.idle_seconds = self._spin(1, MAX_TIMER_SECONDS)
        self.countdown_seconds = self._spin(1, MAX_TIMER_SECONDS)
        self.retention_days = self._spin(0, 36500)
        self.paper = QComboBox()
        self.paper.addItems(list(PAPER_SIZES))
        self.language = QComboBox()
        self.language.addItems([language.value for language in Language])
        for label, widget in (
            (self.tr("Clinic name"), self.clinic_name),
            (self.tr("Output folder for PDFs"), self.output_dir),
            (self.tr("Idle time before the warning (seconds)"), self.idle_seconds),
            (self.tr("Warning countdown (seconds)"), self.countdown_seconds),
            (self.tr("Paper size"), self.paper),
            (self.tr("Default language"), self.language),
            (self.tr("Keep stored intakes for (days, 0 = always)"), self.retention_days),
        ):
            widget.setMinimumHeight(TOUCH)
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        self.save = big_button(self.tr("Save settings"), role="primary")
        self.save.clicked.connect(self.save_settings)
        self.settings_feedback = body_text("", "help")
        form.addRow(self.save, self.settings_feedback)
        self._load_settings()
        return tab

    def _spin(self, low: int, high: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        return spin

    def _load_settings(self) -> None:
        s = self.settings
        self.clinic_name.setText(s.clinic_name)
        self.output_dir.setText(s.output_dir)
        self.idle_seconds.setValue(s.idle_seconds)
        self.countdown_seconds.setValue(s.idle_countdown_seconds)
        self.retention_days.setValue(s.retention_days)
        self.paper.setCurrentText(s.paper)
        self.language.setCurrentText(s.default_language)

    @Slot()
    def save_settings(self) -> None:
        try:
            updated = dataclasses.replace(
                self.settings,
                clinic_name=self.clinic_name.text().strip(),
                output_dir=self.output_dir.text().strip(),
                idle_seconds=self.idle_seconds.value(),
                idle_countdown_seconds=self.countdown_seconds.value(),
                retention_days=self.retention_days.value(),
                paper=self.paper.currentText(),
                default_language=self.language.currentText(),
            )
            save_settings(updated, self.paths.config_file)
        except (ConfigError, OSError) as error:
            self.settings_feedback.setText(self.tr("Not saved: %1").replace("%1", str(error)))
            return
        self.settings = updated
        if updated.output_dir:
            self.paths = dataclasses.replace(self.paths, output_dir=Path(updated.output_dir).expanduser())
        else:
            self.paths = dataclasses.replace(self.paths, output_dir=self.paths.data_dir / "reports")
        self.store.audit("settings changed")
        self.settings_feedback.setText(self.tr("Saved. New settings apply to the next patient."))
        self.settings_changed.emit((updated, self.paths))
