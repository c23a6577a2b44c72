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

A text with a count says `%n` and is translated with it (`self.tr("%n seconds", "", n)`,
`translate(context, text, n)`, marked in logic with `translatable_plural`), so each language
gives one form per plural ("1 segundo", "2 segundos"). English is the source, written in the
plural, so `kiosk_en.ts` holds just those messages, with their singular; the staff screens' are
there too, as English is the clinic's language.
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import NamedTuple
from xml.sax.saxutils import escape

from kiosk.logic.vocab import SOURCE_LANGUAGE, Language

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "assets" / "i18n"
LANGUAGES = tuple(language.value for language in Language)
"""Every language with a catalogue to keep: the translations, and the source language's singulars."""
PLURAL_FORMS = {Language.EN: 2, Language.ES: 2}
"""How many forms a text with a count takes (Qt's rule for each language: one, and the rest)."""
STAFF_ONLY = frozenset(
    {
        "staff.py",
        "staff_intakes.py",
        "staff_actions.py",
        "staff_files.py",
        "staff_settings.py",
        "staff_gate.py",
        "staff_badge.py",
        "main_window.py",
        "app.py",
        "demo_patient.py",
    }
)
COUNTED_MARKS = frozenset({"translatable_plural"})
MARKS = frozenset({"translatable"}) | COUNTED_MARKS
"""What `kiosk/logic` calls; there `translate` is the caller's own function (or `str.translate`)."""
MARKERS = MARKS | {"translate"}
TRANSLATORS = frozenset({"tr"}) | MARKERS

Key = tuple[str, str]


class Entry(NamedTuple):
    forms: tuple[str, ...]
    finished: bool


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


def sources(*, staff: bool = False) -> list[Path]:
    """The files of the patient's words (and with `staff`, of the staff screens' too)."""
    ui = [p for p in sorted((ROOT / "kiosk" / "ui").rglob("*.py")) if staff or p.name not in STAFF_ONLY]
    return sorted((ROOT / "kiosk" / "logic").glob("*.py")) + ui


def _lupdate() -> Path:
    return Path(sys.executable).with_name("pyside6-lupdate")


def tr_messages(files: list[Path]) -> list[tuple[Key, bool]]:
    """`self.tr` and `QCoreApplication.translate` strings, as pyside6-lupdate reads them, each with
    whether it is translated with a count (`self.tr(text, "", n)`)."""
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
        ((context.findtext("name", ""), message.findtext("source", "")), message.get("numerus") == "yes")
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def marked_messages(files: list[Path]) -> list[tuple[Key, bool]]:
    """`translatable(context, text)` marks and `translate(context, text)` calls with literal
    text; `translatable_plural` marks and `translate(context, text, n)` are translated with a count."""
    found: list[tuple[Key, bool]] = []
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _name(node) not in MARKERS:
                continue
            counted = _name(node) in COUNTED_MARKS or (_name(node) == "translate" and len(node.args) == 3)
            texts = node.args[:2]
            if len(node.args) in (2, 3) and all(_is_text(a) for a in texts):
                context, text = (a.value for a in texts)  # type: ignore[attr-defined]
                found.append(((context, text), counted))
    return found


class Found(NamedTuple):
    """The messages of a catalogue, each once, sorted by context (in a stable order within one)."""

    keys: list[Key]
    counted: frozenset[Key]
    """Those translated with a count: one translation per plural form of the language."""


def found_in(files: list[Path]) -> Found:
    pairs = tr_messages(files) + marked_messages(files)
    keys = [key for key, _counted in pairs]
    unique = sorted(set(keys), key=keys.index)
    return Found(sorted(unique, key=lambda key: key[0]), frozenset(key for key, counted in pairs if counted))


def messages() -> list[Key]:
    """Every patient-facing (context, English text), each once, in a stable order."""
    return found_in(sources()).keys


def wanted(language: str) -> Found:
    """What a language's catalogue holds. A translation: every patient-facing message. English,
    the source text: only the messages with a count, whose singular it gives ("1 second"), the
    staff screens' too (Qt's way: the source text of a count is written in the plural)."""
    if language != SOURCE_LANGUAGE:
        return found_in(sources())
    every = found_in(sources(staff=True))
    return Found([key for key in every.keys if key in every.counted], every.counted)


def read_ts(path: Path) -> dict[Key, Entry]:
    """(context, source) -> (translation forms, finished): one form, or one per plural form."""
    if not path.is_file():
        return {}
    table: dict[Key, Entry] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                forms: tuple[str, ...] = ("",)
            elif message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            finished = translation is not None and translation.get("type") is None and all(forms)
            table[(name, message.findtext("source", ""))] = Entry(forms, finished)
    return table


def entry(language: str, found: Found, known: dict[Key, Entry], key: Key) -> Entry:
    """The translation to keep for `key`: none when the text gained or lost its count (a plain
    translation is not a set of plural forms)."""
    size = PLURAL_FORMS[language] if key in found.counted else 1
    kept = known.get(key)
    return kept if kept is not None and len(kept.forms) == size else Entry(("",) * size, False)


def render(language: str, found: Found, known: dict[Key, Entry]) -> str:
    def esc(text: str) -> str:
        return escape(text, {'"': "&quot;", "'": "&apos;"})

    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}" sourcelanguage="{SOURCE_LANGUAGE.value}">',
    ]
    context = None
    for name, source in found.keys:
        if name != context:
            if context is not None:
                lines.append("</context>")
            lines += ["<context>", f"    <name>{esc(name)}</name>"]
            context = name
        forms, finished = entry(language, found, known, (name, source))
        kind = "" if finished else ' type="unfinished"'
        if (name, source) in found.counted:
            lines += [
                '    <message numerus="yes">',
                f"        <source>{esc(source)}</source>",
                f"        <translation{kind}>",
                *(f"            <numerusform>{esc(form)}</numerusform>" for form in forms),
                "        </translation>",
                "    </message>",
            ]
        else:
            lines += [
                "    <message>",
                f"        <source>{esc(source)}</source>",
                f"        <translation{kind}>{esc(forms[0])}</translation>",
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
    hidden = hidden_texts()
    for problem in hidden:
        print(problem)
    status = 1 if hidden else 0
    for language in LANGUAGES:
        path = ts_file(language)
        found = wanted(language)
        known = read_ts(path)
        text = render(language, found, known)
        unfinished = [key for key in found.keys if not entry(language, found, known, key).finished]
        current = path.read_text(encoding="utf-8") if path.is_file() else ""
        if args.check:
            if text != current or unfinished:
                print(f"{path.name}: {'stale; ' if text != current else ''}{len(unfinished)} unfinished")
                status = 1
        elif text != current:
            path.write_text(text, encoding="utf-8")
            print(f"{path.name}: {len(found.keys)} strings, {len(unfinished)} unfinished")
    return status


if __name__ == "__main__":
    sys.exit(main())
