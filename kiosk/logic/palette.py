"""Colours shared by the on-screen pain map and the PDF, so both read the same.

Intensity fills follow ColorBrewer's sequential YlOrRd scale, which stays ordered for the common
colour-vision deficiencies and in greyscale; every marked region also shows its number, so colour is
never the only carrier of the value.
"""

from __future__ import annotations

INTENSITY_FILLS = (
    "#ffffcc",  # 0
    "#ffeda0",
    "#fed976",
    "#feb24c",
    "#fd8d3c",
    "#fc6d33",  # 5
    "#fc4e2a",
    "#e31a1c",
    "#c40a22",
    "#a50026",
    "#800026",  # 10
)
BODY_FILL = "#f3ede6"
BODY_OUTLINE = "#6b5e55"
REGION_BORDER = "#b9aca1"
MARK_OUTLINE = "#1f1f1f"


def intensity_fill(intensity: int) -> str:
    return INTENSITY_FILLS[max(0, min(10, intensity))]


def text_on(intensity: int) -> str:
    """Black or white, whichever reads better on that intensity's fill."""
    return "#000000" if intensity <= 5 else "#ffffff"
