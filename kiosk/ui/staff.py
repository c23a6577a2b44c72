"""The staff screen: today's intakes and a search, alerts first, PDFs, review, export, settings.

Behind the PIN (`StaffGate`). Every action is written to the append-only audit table. Questions that
need a yes go through `ask`, which tests replace.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
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

from kiosk import submission
from kiosk.logic.assessment import Tier
from kiosk.logic.config import PAPER_SIZES, ConfigError, Paths, Settings, save_settings
from kiosk.logic.storage import IntakeSummary, Store
from kiosk.ui.widgets import TOUCH, big_button, body_text, heading

COLUMNS = ("Completed", "Name", "Date of birth", "Lumbar screen", "Red flags", "PDF", "Reviewed")
LEVEL_WORDS = {"not_applicable": "not applicable", "not_indicated": "not indicated"}


def ask_with_message_box(parent: QWidget, question: str) -> bool:
    answer = QMessageBox.question(parent, parent.tr("Please confirm"), question)
    return answer == QMessageBox.StandardButton.Yes


def open_with_system_viewer(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class StaffScreen(QWidget):
    """Signals: `closed()` to go back to the patient side; `settings_changed(object)` with Settings."""

    closed = Signal()
    settings_changed = Signal(object)

    def __init__(
        self,
        store: Store,
        settings: Settings,
        paths: Paths,
        *,
        clock: Callable[[], datetime],
        ask: Callable[[QWidget, str], bool] = ask_with_message_box,
        open_file: Callable[[Path], None] = open_with_system_viewer,
    ) -> None:
        super().__init__()
        self.store = store
        self.settings = settings
        self.paths = paths
        self.clock = clock
        self.ask = ask
        self.open_file = open_file
        self.shown: list[IntakeSummary] = []

        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Staff screen")), 1)
        self.back = big_button(self.tr("Back to the patient screen"), role="primary")
        self.back.clicked.connect(self.closed)
        top.addWidget(self.back)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._intakes_tab(), self.tr("Intakes"))
        self.tabs.addTab(self._settings_tab(), self.tr("Settings"))
        self.unfinished = QListWidget()
        self.unfinished.setAccessibleName(self.tr("Unfinished forms"))
        self.tabs.addTab(self.unfinished, self.tr("Unfinished forms"))
        self.activity = QListWidget()
        self.tabs.addTab(self.activity, self.tr("Activity"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    # -- intakes --------------------------------------------------------------------------------

    def _intakes_tab(self) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        self.alerts = body_text("", "alerts")
        column.addWidget(self.alerts)
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
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
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
        self.export.clicked.connect(self.export_shown)
        self.reviewed = big_button(self.tr("Mark reviewed"))
        self.reviewed.clicked.connect(self.toggle_reviewed)
        self.delete = big_button(self.tr("Delete"))
        self.delete.clicked.connect(self.delete_selected)
        for button in (self.open_pdf, self.rewrite, self.export, self.reviewed, self.delete):
            actions.addWidget(button)
        self.feedback = body_text("", "help")
        column.addLayout(actions)
        column.addWidget(self.feedback)
        return tab

    def refresh(self) -> None:
        today = self.clock().date()
        since: date | None = today if self.today_only.isChecked() else None
        self.shown = self.store.search(self.search_text.text(), since=since, until=since)
        urgent = [s for s in self.shown if s.red_flag_tier.alerts_staff and not s.reviewed]
        others = [s for s in self.shown if s not in urgent]
        self.shown = urgent + others
        header = self.table.horizontalHeader()
        # Fitting columns while filling re-measures every row per cell (4.5 s at 200 rows): fit once.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setRowCount(len(self.shown))
        for row, item in enumerate(self.shown):
            tier = item.red_flag_tier.value.upper() if item.red_flag_tier is not Tier.NONE else "–"
            cells = (
                item.completed_at.strftime("%Y-%m-%d %H:%M"),
                f"{item.last_name}, {item.first_name}",
                item.date_of_birth.isoformat(),
                LEVEL_WORDS.get(item.level.value, item.level.value),
                tier,
                item.pdf_status,
                self.tr("yes") if item.reviewed else "",
            )
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if urgent:
            names = "; ".join(
                f"{s.red_flag_tier.value.upper()}: {s.last_name}, {s.first_name}" for s in urgent
            )
            self.alerts.setText(self.tr("Needs attention now: %1").replace("%1", names))
        else:
            self.alerts.setText(self.tr("No urgent or emergency intakes waiting."))
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
            self.activity.addItem(f"{entry.at:%Y-%m-%d %H:%M:%S}  {entry.action}  {entry.detail}")

    def selected(self) -> IntakeSummary | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.feedback.setText(self.tr("Choose an intake in the list first."))
            return None
        return self.shown[rows[0].row()]

    def open_selected(self) -> None:
        item = self.selected()
        stored = None if item is None else self.store.get(item.id)
        if stored is None:
            return
        if stored.pdf_path is None or not Path(stored.pdf_path).is_file():
            self.feedback.setText(self.tr("This PDF is not in the output folder. Use “Write PDF again”."))
            return
        self.store.audit("opened PDF", intake_id=stored.id)
        self.open_file(Path(stored.pdf_path))

    def rewrite_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        path = submission.write_stored_report(self.store, item.id, self.settings, self.paths)
        self.store.audit("reprinted", intake_id=item.id)
        if path is None:
            self.feedback.setText(self.tr("The output folder is not available; the PDF is queued."))
        else:
            self.feedback.setText(self.tr("PDF written: %1").replace("%1", path.name))
        self.refresh()

    def retry_pending(self) -> None:
        written = submission.retry_pending(self.store, self.settings, self.paths)
        self.feedback.setText(self.tr("PDFs written now: %1").replace("%1", str(written)))
        self.refresh()

    def export_shown(self) -> None:
        self.paths.output_dir.mkdir(parents=True, exist_ok=True)
        target = self.paths.output_dir / f"export-{self.clock():%Y%m%d-%H%M%S}.jsonl"
        lines = [self.store.get(s.id) for s in self.shown]
        target.write_text(
            "".join(stored.record_json.replace("\n", "") + "\n" for stored in lines if stored),
            encoding="utf-8",
        )
        self.store.audit("exported", detail=f"{len(self.shown)} intakes")
        self.feedback.setText(
            self.tr("Exported %1 intakes to %2")
            .replace("%1", str(len(self.shown)))
            .replace("%2", target.name)
        )
        self.refresh()

    def toggle_reviewed(self) -> None:
        item = self.selected()
        if item is None:
            return
        self.store.mark_reviewed(item.id, not item.reviewed)
        self.store.audit("marked reviewed" if not item.reviewed else "marked not reviewed", intake_id=item.id)
        self.refresh()

    def delete_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        question = self.tr("Delete the intake of %1? This cannot be undone.").replace(
            "%1", f"{item.first_name} {item.last_name}"
        )
        if not self.ask(self, question):
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
        self.idle_seconds = self._spin(10, 3600)
        self.countdown_seconds = self._spin(5, 600)
        self.retention_days = self._spin(0, 36500)
        self.paper = QComboBox()
        self.paper.addItems(list(PAPER_SIZES))
        self.language = QComboBox()
        self.language.addItems(["en", "es"])
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
