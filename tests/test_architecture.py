"""The boundaries that keep the core testable and the UI replaceable, checked mechanically."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "kiosk"


QT = ("PySide6", "shiboken6")
LAYERS: dict[str, tuple[str, ...]] = {
    "kiosk.logic": (*QT, "kiosk.report", "kiosk.submission", "kiosk.ui", "kiosk.jobs"),
    "kiosk.report": (*QT, "kiosk.submission", "kiosk.ui", "kiosk.jobs"),
    "kiosk.submission": (*QT, "kiosk.ui"),
}
"""What each layer may never import: imports run one way, ui -> jobs/cli -> submission -> report ->
logic, and none of these three loads Qt."""


def imported_modules(path: Path, package: str = "") -> set[str]:
    """Every module `path` names in an import, anywhere in the file (also inside functions and
    `if TYPE_CHECKING:`); a relative import is resolved against `package`, the file's own."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def layer_files(layer: str) -> list[Path]:
    """The source files of `kiosk.logic` (a package) or `kiosk.submission` (a module)."""
    path = ROOT.joinpath(*layer.split("."))
    return sorted(path.rglob("*.py")) if path.is_dir() else [path.with_suffix(".py")]


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def wrong_way(files: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    """`file: module` for every import in `files` of a module in (or under) `forbidden`."""
    offenders = []
    for path in files:
        package = module_name(path.parent) if path.is_relative_to(ROOT) else ""
        for module in sorted(imported_modules(path, package)):
            if any(module == name or module.startswith(name + ".") for name in forbidden):
                offenders.append(f"{path.name}: {module}")
    return offenders


def loaded_in_a_fresh_interpreter(modules: list[str], forbidden: tuple[str, ...]) -> list[str]:
    """The modules in (or under) `forbidden` that importing `modules` loads, lazily or not."""
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        f"print(','.join(sorted(m for m in sys.modules if m.startswith({forbidden!r}))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return [name for name in result.stdout.strip().split(",") if name]


@pytest.mark.parametrize("layer", LAYERS)
def test_each_layer_imports_only_the_layers_below_it(layer: str) -> None:
    files = layer_files(layer)
    assert files and all(path.is_file() for path in files)
    assert wrong_way(files, LAYERS[layer]) == []


def test_the_import_direction_check_finds_an_import_the_wrong_way(tmp_path: Path) -> None:
    """A logic module importing upwards, in each way Python allows, is reported."""
    module = tmp_path / "kiosk" / "logic" / "upward.py"
    module.parent.mkdir(parents=True)
    module.write_text(
        "from typing import TYPE_CHECKING\n"
        "import kiosk.report.pdf\n"
        "from kiosk import submission\n"
        "if TYPE_CHECKING:\n"
        "    from kiosk.ui.shell import PatientScreen\n"
        "def later():\n"
        "    from kiosk.jobs import Jobs\n"
        "    from PySide6 import QtCore\n"
        "from kiosk.logic import flow\n",
        encoding="utf-8",
    )
    assert wrong_way([module], LAYERS["kiosk.logic"]) == [
        "upward.py: PySide6",
        "upward.py: PySide6.QtCore",
        "upward.py: kiosk.jobs",
        "upward.py: kiosk.jobs.Jobs",
        "upward.py: kiosk.report.pdf",
        "upward.py: kiosk.submission",
        "upward.py: kiosk.ui.shell",
        "upward.py: kiosk.ui.shell.PatientScreen",
    ]
    assert imported_modules(module, "kiosk.logic") >= {"kiosk.logic.flow"}
    relative = tmp_path / "relative.py"
    relative.write_text("from ..report import pdf\nfrom . import flow\n", encoding="utf-8")
    assert imported_modules(relative, "kiosk.logic") == {
        "kiosk.report", "kiosk.report.pdf", "kiosk.logic", "kiosk.logic.flow"
    }  # fmt: skip


@pytest.mark.parametrize("layer", LAYERS)
def test_each_layer_loads_no_layer_above_it_in_a_fresh_interpreter(layer: str) -> None:
    """Also what is imported lazily, inside a function run at import time, or by a dependency."""
    modules = sorted(module_name(path) for path in layer_files(layer))
    assert len(modules) >= (10 if layer == "kiosk.logic" else 1)
    assert loaded_in_a_fresh_interpreter(modules, LAYERS[layer]) == []


def test_report_and_cli_commands_that_need_no_screen_load_no_qt() -> None:
    code = (
        "import sys, kiosk.cli, kiosk.report.pdf, kiosk.submission\n"
        "print(','.join(sorted(m for m in sys.modules if m.startswith(('PySide6', 'kiosk.ui')))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.strip() == ""


def test_nothing_but_the_entry_point_imports_the_ui() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(ROOT)
        if relative.parts[:2] == ("kiosk", "ui") or relative == Path("kiosk/__main__.py"):
            continue
        if any(m == "kiosk.ui" or m.startswith("kiosk.ui.") for m in imported_modules(path)):
            offenders.append(str(relative))
    assert offenders == []
