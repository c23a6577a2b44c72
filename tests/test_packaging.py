"""The built wheel carries every asset, and the installed package finds them from any folder."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VIGNETTE = ROOT / "tests" / "data" / "vignettes" / "v05-l5-with-new-foot-drop.json"


def test_wheel_ships_assets_and_runs_outside_the_checkout(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path / "dist")],
        check=True,
        capture_output=True,
    )  # fmt: skip
    (wheel,) = (tmp_path / "dist").glob("heel_kiosk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {name.removeprefix("kiosk/assets/") for name in names if name.startswith("kiosk/assets/")}
    in_checkout = {
        str(path.relative_to(ROOT / "assets")).replace("\\", "/")
        for path in (ROOT / "assets").rglob("*")
        if path.is_file() and path.suffix not in {".qm", ".pyc"} and "__pycache__" not in path.parts
    }
    assert in_checkout <= shipped
    assert not any(name.startswith(("tests/", "assets/")) for name in names)

    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    record = json.loads(VIGNETTE.read_text(encoding="utf-8"))["record"]
    (tmp_path / "intake.json").write_text(json.dumps(record), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", "import sys, kiosk.__main__ as m; sys.exit(m.main(sys.argv[1:]))",
         "assess", "intake.json"],
        cwd=tmp_path,
        env={"PYTHONPATH": str(site), "PATH": ""},
        capture_output=True,
        text=True,
        check=True,
    )  # fmt: skip
    assert json.loads(result.stdout)["red_flags"] == ["U2"]
    where = subprocess.run(
        [sys.executable, "-c", "from kiosk.logic.assets import assets_dir; print(assets_dir())"],
        cwd=tmp_path,
        env={"PYTHONPATH": str(site), "PATH": ""},
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(where.stdout.strip()) == site / "kiosk" / "assets"
