"""Heel-pain intake kiosk: a Qt-free core (`kiosk.logic`), a PDF report and a Qt wizard (`kiosk.ui`)."""

__version__ = "0.2.0"
