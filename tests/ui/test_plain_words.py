"""Plain words: the English questions and help texts read at grade 6 on average, none above grade 8.

Flesch–Kincaid grade = 0.39 (words / sentences) + 11.8 (syllables / words) − 15.59, with a simple
syllable counter (vowel groups, a silent final e), as readability tools do.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from statistics import mean

import pytest

from kiosk.logic.questions import QUESTIONS, QUESTIONS_BY_ID

ROOT = Path(__file__).resolve().parents[2]
MAX_GRADE = 8.0
MEAN_GRADE = 6.0


def syllables(word: str) -> int:
    letters = re.sub(r"[^a-z]", "", word.lower())
    if not letters or word.isdigit():
        return 1
    if len(letters) <= 3:
        return 1
    letters = re.sub(r"(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$", "", letters)
    letters = re.sub(r"^y", "", letters)
    return max(1, len(re.findall(r"[aeiouy]{1,2}", letters)))


def grade(text: str) -> float:
    words = re.findall(r"[A-Za-z0-9'’]+", text)
    sentences = max(1, len(re.findall(r"[.?!]+", text)))
    return 0.39 * len(words) / sentences + 11.8 * sum(map(syllables, words)) / len(words) - 15.59


def question_texts() -> dict[str, str]:
    texts = {f"{q.id}/text": q.text for q in QUESTIONS}
    texts.update({f"{q.id}/help": q.help for q in QUESTIONS if q.help})
    return texts


def ui_sentences() -> list[str]:
    """Every other patient-facing English string of three words or more (buttons, titles, messages)."""
    spec = importlib.util.spec_from_file_location("extract", ROOT / "scripts" / "extract_translations.py")
    assert spec is not None and spec.loader is not None
    extract = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(extract)
    return [text for context, text in extract.messages() if context != "questions" and len(text.split()) >= 3]


def test_the_counter_and_the_formula() -> None:
    assert [syllables(w) for w in ("the", "pain", "walking", "numbness", "osteoporosis")] == [1, 1, 2, 2, 5]
    assert grade("The cat sat on the mat.") < 0
    assert grade("Do you have psoriasis, Crohn's disease, colitis or uveitis?") > MAX_GRADE


def test_questions_and_help_read_at_grade_6_on_average() -> None:
    grades = [grade(text) for text in question_texts().values()]
    assert mean(grades) <= MEAN_GRADE


@pytest.mark.parametrize("key", list(question_texts()))
def test_no_question_or_help_text_is_above_grade_8(key: str) -> None:
    assert grade(question_texts()[key]) <= MAX_GRADE


@pytest.mark.parametrize(
    "answer", ["pain_travels_down_leg", "calf_swollen_new", "toe_rise_weak", "calf_size_difference"]
)
def test_the_questions_new_or_reworded_in_rule_set_1_1_read_at_grade_6(answer: str) -> None:
    question = QUESTIONS_BY_ID[answer]
    assert grade(question.text) <= MEAN_GRADE
    assert grade(question.help or "Yes.") <= MEAN_GRADE
