"""The staff screen's Settings tab: what staff may change here, written back to the settings file.

A mixin of `StaffScreen` (kiosk/ui/staff.py). Saved settings apply from the next patient on: the
screen's `settings_changed(Settings, Paths)` carries them to the patient side.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from kiosk.logic.config import MAX_TIMER_SECONDS, PAPER_SIZES, ConfigError, Paths, Settings, save_settings
from kiosk.logic.storage import Store
from kiosk.logic.vocab import Language
from kiosk.ui.widgets import TOUCH, big_button, body_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget as _Widget
else:
    _Widget = object


class SettingsTab(_Widget):
    """Mixed into `StaffScreen`; the state it reads is the screen's (declared here for the type checker)."""

    store: Store
    settings: Settings
    paths: Paths
    settings_changed: ClassVar[Signal]

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
        self.settings_changed.emit(updated, self.paths)
