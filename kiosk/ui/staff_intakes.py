"""The staff screen's Intakes tab: today's intakes and a search, urgent ones first, the alerts line
and what each row's buttons will do. What the buttons do to the chosen intake in the database is
kiosk/ui/staff_actions.py; what goes to the output folder, kiosk/ui/staff_files.py.

A mixin of `StaffScreen` (kiosk/ui/staff.py): the screen's own state and widgets, in a module of its
own so each file holds one tab. `refresh` reloads the whole screen (this list, and the Unfinished
forms and Activity tabs' lists): one reload after each action.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.jobs import Jobs
from kiosk.logic.assessment import LEVEL_WORDS, Tier
from kiosk.logic.config import Paths, Settings
from kiosk.logic.i18n import translatable
from kiosk.logic.outbox import Delivery
from kiosk.logic.storage import Store
from kiosk.logic.storage_rows import AuditEntry, IntakeSummary
from kiosk.ui.widgets import TOUCH, big_button, body_text, translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget as _Widget
else:
    _Widget = object

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


def activity_line(entry: AuditEntry) -> str:
    """One audit row as staff read it: their local time, and the intake by the short id its PDF's
    name carries (the audit stores UTC and the full id)."""
    parts = [f"{entry.at.astimezone():%Y-%m-%d %H:%M:%S}", entry.action]
    if entry.intake_id:
        parts.append(f"intake {entry.intake_id[:8]}")
    if entry.detail:
        parts.append(entry.detail)
    return "  ".join(parts)


class IntakesTab(_Widget):
    """Mixed into `StaffScreen`, which builds the tab (`_intakes_tab`) and owns what is declared here."""

    store: Store
    settings: Settings
    paths: Paths
    jobs: Jobs
    clock: Callable[[], datetime]
    shown: list[IntakeSummary]
    deliveries: dict[str, Delivery]
    unfinished_alerts: list[str]
    unfinished: QListWidget
    activity: QListWidget

    if TYPE_CHECKING:

        def _reporting(self, action: str) -> AbstractContextManager[None]: ...
        def mark_alerts_seen(self) -> None: ...
        def toggle_reviewed(self) -> None: ...
        def send_selected_again(self) -> None: ...
        def delete_selected(self) -> None: ...
        def open_selected(self) -> None: ...
        def rewrite_selected(self) -> None: ...
        def retry_pending(self) -> None: ...
        def export_days(self) -> None: ...

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

    @Slot(str)
    def _delivery_changed(self, intake_id: str) -> None:
        """The FHIR sender recorded a try: the Chart column of a shown list follows."""
        if self.isVisible() and intake_id in {s.id for s in self.shown}:
            with self._reporting("refresh"):
                self.refresh()
