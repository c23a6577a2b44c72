"""Keeps `assets/i18n/kiosk_<lang>.ts` in step with the strings the patient can see.

Run from the repository root after changing any patient-facing words:

    .venv/bin/python scripts/extract_translations.py          # update the .ts files (new strings: unfinished)
    .venv/bin/python scripts/extract_translations.py --check  # exit 1 if a .ts is stale or unfinished

`pyside6-lupdate` finds the `self.tr(...)` and `QCoreApplication.translate(...)` calls of the UI, but
not the `translatable(context, text)` marks of `kiosk/logic` (our own name) nor the UI's
`translate(context, text)` helper, so those are read from the source with `ast`. Existing
translations are kept; strings no longer in the code are dropped. The staff screens are not
extracted: they stay in the clinic's language whatever the patient chose.

Both readers see only literal text, so a text built in place never reaches the catalogue and the
patient reads English: `--check` also fails on any translation call whose text is not a plain
literal, or that sits inside an f-string (`unextractable`). A text chosen at run time is marked
where it is written, with `translatable(context, text)`, and translated with `translate`.
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape

from kiosk.logic.vocab import SOURCE_LANGUAGE, Language

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "assets" / "i18n"
LANGUAGES = tuple(language.value for language in Language if language is not SOURCE_LANGUAGE)
"""Every language with a catalogue to keep: all the kiosk's but the source language."""
STAFF_ONLY = frozenset(
    {
        "staff.py",
        "staff_intakes.py",
        "staff_files.py",
        "staff_settings.py",
        "staff_gate.py",
        "staff_badge.py",
        "main_window.py",
        "app.py",
        "demo_patient.py",
    }
)
MARKERS = frozenset({"translatable", "translate"})
MARKS = frozenset({"translatable"})
"""What `kiosk/logic` calls; there `translate` is the caller's own function (or `str.translate`)."""
TRANSLATORS = frozenset({"tr"}) | MARKERS

Key = tuple[str, str]


def _name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def unextractable(source: str, where: str, names: frozenset[str] = TRANSLATORS) -> list[str]:
    """Translation calls neither reader can see, as `where:line: why`, in line order.

    `tr(text)` and the marks need literal text (and marks a literal context). `translate(context,
    text)` may take a looked-up text (`LABELS[key]`, a loop variable) when the texts were marked
    where they are written; a text built in the call (f-string, `+`, `%`, a call such as `.get`) is
    never marked. A call inside an f-string is missed whatever its arguments.
    """
    tree = ast.parse(source)
    in_fstring = {
        id(node)
        for joined in ast.walk(tree)
        if isinstance(joined, ast.JoinedStr)
        for node in ast.walk(joined)
        if node is not joined
    }
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or _name(node) not in names:
            continue
        name = _name(node)
        if id(node) in in_fstring:
            found.append((node.lineno, f"{name}() inside an f-string"))
        if name == "tr":
            literal = bool(node.args) and _is_text(node.args[0])
        elif name == "translate":
            literal = len(node.args) >= 2 and not isinstance(
                node.args[1], (ast.JoinedStr, ast.BinOp, ast.Call, ast.IfExp)
            )
        else:
            literal = len(node.args) == 2 and all(_is_text(arg) for arg in node.args)
        if not literal:
            found.append((node.lineno, f"{name}() text is not a literal the extractor can read"))
    return [f"{where}:{line}: {why}" for line, why in sorted(found)]


def hidden_texts() -> list[str]:
    """`unextractable` over the marks of `kiosk/logic` and every UI file, the staff screens' too."""
    scans = [(path, MARKS) for path in sorted((ROOT / "kiosk" / "logic").rglob("*.py"))]
    scans += [(path, TRANSLATORS) for path in sorted((ROOT / "kiosk" / "ui").rglob("*.py"))]
    return [
        problem
        for path, names in scans
        for problem in unextractable(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)), names)
    ]


def sources() -> list[Path]:
    ui = [p for p in sorted((ROOT / "kiosk" / "ui").rglob("*.py")) if p.name not in STAFF_ONLY]
    return sorted((ROOT / "kiosk" / "logic").glob("*.py")) + ui


def _lupdate() -> Path:
    return Path(sys.executable).with_name("pyside6-lupdate")


def tr_messages(files: list[Path]) -> list[Key]:
    """`self.tr` and `QCoreApplication.translate` strings, as pyside6-lupdate reads them."""
    ui_files = [str(p) for p in files if "ui" in p.relative_to(ROOT).parts]
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "found.ts"
        subprocess.run(
            [str(_lupdate()), "-silent", "-locations", "none", *ui_files, "-ts", str(out)],
            check=True,
            capture_output=True,
        )
        root = ET.parse(out).getroot()
    return [
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def marked_messages(files: list[Path]) -> list[Key]:
    """`translatable(context, text)` marks and `translate(context, text)` calls with literal text."""
    found: list[Key] = []
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or len(node.args) != 2:
                continue
            if _name(node) not in MARKERS:
                continue
            if all(_is_text(a) for a in node.args):
                context, text = (a.value for a in node.args)  # type: ignore[attr-defined]
                found.append((context, text))
    return sorted(set(found), key=found.index)


def messages() -> list[Key]:
    """Every patient-facing (context, English text), each once, in a stable order."""
    files = sources()
    found = tr_messages(files) + marked_messages(files)
    unique = sorted(set(found), key=found.index)
    return sorted(unique, key=lambda key: key[0])


def read_ts(path: Path) -> dict[Key, tuple[str, bool]]:
    """(context, source) -> (translation, finished)."""
    if not path.is_file():
        return {}
    table: dict[Key, tuple[str, bool]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            text = "" if translation is None or translation.text is None else translation.text
            finished = translation is not None and translation.get("type") is None and bool(text)
            table[(name, message.findtext("source", ""))] = (text, finished)
    return table


def render(language: str, keys: list[Key], known: dict[Key, tuple[str, bool]]) -> str:
    def esc(text: str) -> str:
        return escape(text, {'"': "&quot;", "'": "&apos;"})

    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}" sourcelanguage="{SOURCE_LANGUAGE.value}">',
    ]
    context = None
    for name, source in keys:
        if name != context:
            if context is not None:
                lines.append("</context>")
            lines += ["<context>", f"    <name>{esc(name)}</name>"]
            context = name
        text, finished = known.get((name, source), ("", False))
        kind = "" if finished else ' type="unfinished"'
        lines += [
            "    <message>",
            f"        <source>{esc(source)}</source>",
            f"        <translation{kind}>{esc(text)}</translation>",
            "    </message>",
        ]
    if context is not None:
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def ts_file(language: str) -> Path:
    return HERE / f"kiosk_{language}.ts"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="report stale or unfinished files, change nothing"
    )
    args = parser.parse_args(argv)
    keys = messages()
    hidden = hidden_texts()
    for problem in hidden:
        print(problem)
    status = 1 if hidden else 0
    for language in LANGUAGES:
        path = ts_file(language)
        known = read_ts(path)
        text = render(language, keys, known)
        unfinished = [key for key in keys if not known.get(key, ("", False))[1]]
        current = path.read_text(encoding="utf-8") if path.is_file() else ""
        if args.check:
            if text != current or unfinished:
                print(f"{path.name}: {'stale; ' if text != current else ''}{len(unfinished)} unfinished")
                status = 1
        elif text != current:
            path.write_text(text, encoding="utf-8")
            print(f"{path.name}: {len(keys)} strings, {len(unfinished)} unfinished")
    return status


if __name__ == "__main__":
    sys.exit(main())
