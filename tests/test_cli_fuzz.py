"""Mutated intake files through `kiosk assess` and `kiosk report` (issue 13 item 9): whatever one place
of a valid record is replaced by, removed or repeated, the file is either accepted (a result, a PDF) or
refused with exit 2 and one short line, and a refused report writes no PDF. Hypothesis picks the
mutations from `bench.hostile_records` and shrinks a failure to the one place and value that cause it;
the `bad_input` bench runs every mutation of that catalogue and times them (under a second each).
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench import bad_input
from bench.bad_input import LINE_MAX, problem
from bench.hostile_records import ACTIONS, HOSTILE, PLACES, Mutation

MUTATIONS = st.builds(
    Mutation, st.sampled_from(PLACES), st.sampled_from(ACTIONS), st.sampled_from(sorted(HOSTILE))
)


@settings(max_examples=60, deadline=None)
@given(MUTATIONS)
def test_a_mutated_file_is_a_result_or_one_short_line(mutation: Mutation) -> None:
    with tempfile.TemporaryDirectory() as folder:
        found, _ = problem(mutation, Path(folder))
    assert found is None, str(mutation)


@pytest.mark.parametrize(
    ("fake", "words"),
    [
        (lambda argv: print(argv[1] + "x" * (LINE_MAX + 1), file=sys.stderr) or 2, "1 lines"),
        (lambda argv: print("one\ntwo", file=sys.stderr) or 2, "2 lines"),
        (lambda argv: 1 / 0, "exit None"),
        (lambda argv: 1, "exit 1"),
        (lambda argv: _write_pdf(argv) or print("no", file=sys.stderr) or 2, "a PDF was written"),
    ],
)
def test_the_judge_flags_each_way_to_fail(
    fake: Callable[[list[str]], int], words: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fuzz test's judge, judged: a traceback, another exit, a long or second line, or a PDF
    left by a refused report each count as a problem."""
    monkeypatch.setattr(bad_input, "main", fake)
    found, _ = problem(Mutation(("patient", "first_name"), "replace", "NUL"), tmp_path)
    assert found is not None and words in found


def _write_pdf(argv: list[str]) -> None:
    if "-o" in argv:
        Path(argv[argv.index("-o") + 1]).write_bytes(b"%PDF")
