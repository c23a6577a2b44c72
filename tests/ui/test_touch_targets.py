"""Every control a patient can press is at least 48 x 48 logical pixels, on every screen."""

from __future__ import annotations

from kiosk.ui.shell import PatientScreen
from tests.ui.screens import controls, describe, walk

MINIMUM = 48
EVERY_SCREEN = {
    "welcome", "about", "map", "map-back", "map-soles", "map-legs_front", "map-legs_back", "map-list", "map-editor", "intensity", "pattern", "idle-warning", "nerve",
    "safety", "alert", "treatments", "review", "done",
}  # fmt: skip


def test_every_control_on_every_screen_is_at_least_48_by_48(window: PatientScreen) -> None:
    small: dict[str, list[str]] = {}
    counted: list[int] = []
    no_switch: list[str] = []

    def check(screen: str) -> None:
        found = controls(window)
        counted.append(len(found))
        if not set(window.look_switch.buttons()) <= set(found):
            no_switch.append(screen)  # the text sizes and high contrast belong on every screen
        for control in found:
            if control.width() < MINIMUM or control.height() < MINIMUM:
                small.setdefault(screen, []).append(
                    f"{describe(control)} {control.width()}x{control.height()}"
                )

    assert set(walk(window, check)) == EVERY_SCREEN
    assert small == {}
    assert no_switch == []
    assert min(counted) >= 4
