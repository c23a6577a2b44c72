"""Screens and widgets only; they read and write the intake through `kiosk.logic`."""
