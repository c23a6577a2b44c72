"""The reading-grade figures of the patient_time bench: syllables counted right on words whose
count is known (dictionary syllables), and the three formulas on a text worked by hand."""

from __future__ import annotations

import pytest

from bench import reading_grade

ENGLISH = {
    "pain": 1, "heel": 1, "the": 1, "yes": 1, "your": 1, "shoes": 1, "walked": 1, "times": 1, "I'm": 1,
    "don't": 1, "tried": 1, "morning": 2, "stiffness": 2, "little": 2, "ankles": 2, "places": 2,
    "started": 2, "doing": 2, "something": 2, "didn't": 2, "any": 2, "injection": 3, "surgery": 3,
    "numbness": 2, "previous": 3, "usual": 3, "diagram": 3, "everyone": 3, "physician": 3,
}  # fmt: skip
SPANISH = {
    "y": 1, "muy": 1, "hay": 1, "que": 1, "fue": 1, "pie": 1, "dolor": 2, "día": 2, "oír": 2,
    "leer": 2, "aire": 2, "ahí": 2, "cuáles": 2, "ciudad": 2, "talón": 2, "pierna": 2, "guitarra": 3,
    "pingüino": 3, "IZQUIERDO": 3, "prohibir": 3, "Europa": 3, "inyección": 3, "pantorrilla": 4,
    "hormigueo": 4, "fisioterapia": 5,
}  # fmt: skip


@pytest.mark.parametrize(("word", "syllables"), ENGLISH.items())
def test_english_syllables(word: str, syllables: int) -> None:
    assert reading_grade.english_syllables(word) == syllables


@pytest.mark.parametrize(("word", "syllables"), SPANISH.items())
def test_spanish_syllables(word: str, syllables: int) -> None:
    assert reading_grade.spanish_syllables(word) == syllables


def test_a_text_is_a_sentence_unless_it_holds_several() -> None:
    counts = reading_grade.counts(
        ["Where does it hurt? Tap each place.", "Helped a little", "7 of 10"], spanish=False
    )
    # "7 of 10" is one sentence of one word ("of"): the numbers are found, not read
    assert (counts.sentences, counts.words) == (4, 11)


def test_the_formulas_on_a_text_worked_by_hand() -> None:
    english = ["The pain is in my heel.", "It hurts a lot."]  # 10 words, 2 sentences, 10 syllables
    assert reading_grade.flesch_kincaid_grade(english) == pytest.approx(0.39 * 5 + 11.8 * 1 - 15.59)
    spanish = ["Me duele el talón.", "Es un dolor fuerte."]  # 8 words, 2 sentences, 12 syllables
    assert reading_grade.fernandez_huerta(spanish) == pytest.approx(206.84 - 60 * 12 / 8 - 1.02 * 4)
    assert reading_grade.szigriszt_pazos(spanish) == pytest.approx(206.835 - 62.3 * 12 / 8 - 4)


def test_the_grade_is_of_sentences_not_of_labels() -> None:
    shown = ["Where does it hurt? Tap each place.", "Next", "Helped a little", "¿Le duele?", "Ana Martinez"]
    assert reading_grade.sentences(shown) == {"Where does it hurt? Tap each place.", "¿Le duele?"}
