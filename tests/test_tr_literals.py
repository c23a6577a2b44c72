"""Every translated text is one the extractor can read, so none can reach a patient in English.

pyside6-lupdate and the extractor's ast pass read only literal text: a tr() call inside an f-string,
or one whose text is an f-string, a variable or a concatenation, never reaches kiosk_es.ts (the
review found 'Did each shot help less?' that way). `extract_translations.py --check` fails on them.
"""

from __future__ import annotations

from types import ModuleType


def test_the_scan_finds_each_text_the_extractor_cannot_read(extract: ModuleType) -> None:
    source = "\n".join(
        [
            "a = f\"{label}: {self.tr('Did each shot help less?')}\"",
            "b = self.tr(f'{n} seconds')",
            "c = self.tr(text)",
            "d = [self.tr(c) for c in COLUMNS]",
            "e = self.tr('Hello ' + name)",
            "f = translate('vocab', 'a' + name)",
            "g = translate('questions', LABELS.get(minutes, str(minutes)))",
            "h = translatable('flow', TEXT)",
            "i = translatable(context, 'Seen')",
            "j = f\"{translate('vocab', LABELS[k])}\"",
        ]
    )
    assert extract.unextractable(source, "s.py") == [
        "s.py:1: tr() inside an f-string",
        "s.py:2: tr() text is not a literal the extractor can read",
        "s.py:3: tr() text is not a literal the extractor can read",
        "s.py:4: tr() text is not a literal the extractor can read",
        "s.py:5: tr() text is not a literal the extractor can read",
        "s.py:6: translate() text is not a literal the extractor can read",
        "s.py:7: translate() text is not a literal the extractor can read",
        "s.py:8: translatable() text is not a literal the extractor can read",
        "s.py:9: translatable() text is not a literal the extractor can read",
        "s.py:10: translate() inside an f-string",
    ]


def test_the_scan_accepts_literal_texts_and_texts_marked_where_written(extract: ModuleType) -> None:
    source = "\n".join(
        [
            "LABELS = {1: translatable('vocab', 'Ice'), 2: translatable('vocab', 'Stretching')}",
            "a = self.tr('Seen %1').replace('%1', str(n))",
            "b = translate('vocab', LABELS[k])",
            "c = [translate('StaffScreen', text) for text in COLUMNS]",
            "less = self.tr('Did each shot help less?')",
            "d = f'{label}: {less}'",
        ]
    )
    assert extract.unextractable(source, "s.py") == []
    # in kiosk/logic only the marks are translation calls: there `translate` is str's or a parameter
    logic = "a = text.casefold().translate(FOLD)\nb = translate(self.text)\nc = translatable('flow', 'Go')"
    assert extract.unextractable(logic, "s.py", extract.MARKS) == []


def test_no_text_in_the_kiosk_is_hidden_from_the_extractor(extract: ModuleType) -> None:
    assert extract.hidden_texts() == []
