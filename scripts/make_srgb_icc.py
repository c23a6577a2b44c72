"""Writes `assets/color/sRGB.icc`, the output-intent profile of the archival PDF (PDF/A-2b).

Little CMS (inside Pillow) builds the standard sRGB (IEC 61966-2.1) matrix/curve profile. Two header
fields are then fixed so that the file is the same on every run: the creation date (the ICC header
holds the build time) and the version, lowered from 4.4 to 4.2, the newest PDF 1.7 (and so PDF/A-2)
knows; the tags of a matrix/curve profile are the same in both.

    .venv/bin/python scripts/make_srgb_icc.py
"""

from __future__ import annotations

import struct
from pathlib import Path

from PIL import ImageCms

TARGET = Path(__file__).resolve().parents[1] / "assets" / "color" / "sRGB.icc"
VERSION_4_2 = bytes.fromhex("04200000")
DATE = struct.pack(">6H", 2026, 1, 1, 0, 0, 0)


def main() -> None:
    data = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    data[8:12] = VERSION_4_2
    data[24:36] = DATE
    TARGET.write_bytes(bytes(data))
    print(f"{TARGET} ({len(data)} bytes)")


if __name__ == "__main__":
    main()
