"""Applies the kiosk's style sheet from `assets/style.qss`."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from kiosk.logic.assets import asset_path


def apply_theme(app: QApplication) -> None:
    app.setStyleSheet(asset_path("style.qss").read_text(encoding="utf-8"))
