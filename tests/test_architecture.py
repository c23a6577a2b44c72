"""The boundaries that keep the core testable and the UI replaceable, checked mechanically."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "kiosk"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_logic_runs_without_qt_in_a_fresh_interpreter() -> None:
    logic = PACKAGE / "logic"
    modules = sorted(
        ".".join(p.relative_to(logic).with_suffix("").parts)
        for p in logic.rglob("*.py")
        if p.stem != "__init__"
    )
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module('kiosk.logic.' + name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6') or m.startswith('kiosk.ui'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.strip() == ""
    assert len(modules) >= 10


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


def test_logic_and_report_never_import_qt_or_ui_statically() -> None:
    offenders = []
    for folder in ("logic", "report"):
        for path in (PACKAGE / folder).rglob("*.py"):
            for module in imported_modules(path):
                if module.split(".")[0] in ("PySide6", "shiboken6") or module.startswith("kiosk.ui"):
                    offenders.append(f"{path.name}: {module}")
    assert offenders == []
