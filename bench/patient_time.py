"""How long a patient spends on the intake: scripted patients driven through the real wizard at
1280 x 800, counted step by step, and estimated with the keystroke-level model (issue 15).

What is counted, per step (from arriving on it to pressing Next):
- taps: every button a finger presses (answers, the map's place and view buttons, date pad, Next);
  typed characters are counted apart (one key of the on-screen keyboard each), and so is the tap
  that puts the finger in a text field.
- words: every distinct text shown on the page at any moment of the step (checked on arrival and
  after every tap): titles, sentences, instructions and button labels, each counted once per page
  however often it repeats; a word is a run of letters (numbers are found, not read). Not counted: the names painted on the body picture (looked at, not
  read), the patient's own typing, and the "Please answer N more" line (a count that changes with
  every answer, read only when Next is refused).
- scrolls: page-heights beyond the first that the step's scroll area holds at its tallest, i.e.
  the finger swipes needed to see it all (0 when it fits).
The estimate: 1.1 s a tap (an older adult), 1 s a typed character, 1.5 s a scroll, reading at 150
words a minute.

The reading grade (`bench/reading_grade.py`) is of the same texts, every one the scripted patients
are shown, each once: in English, and again in Spanish (the patients driven again with Español
chosen before the count starts, for the texts only).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QScrollArea

from bench import reading_grade
from bench.figures import Figure, Judged
from bench.qt import patient_screen, settle
from kiosk.logic.flow import Step
from kiosk.logic.intake_time import ESTIMATE, TYPICAL_MINUTES
from kiosk.logic.regions import View, catalogue
from kiosk.logic.vocab import (
    Duration,
    Language,
    Onset,
    Quality,
    Relief,
    ReliefPattern,
    Sex,
    Side,
    TreatmentId,
)
from kiosk.ui.shell import PatientScreen
from kiosk.ui.steps.about import AboutPage
from kiosk.ui.steps.intensity import IntensityPage
from kiosk.ui.steps.painmap import MapPage
from kiosk.ui.steps.questions import QuestionsPage
from kiosk.ui.steps.treatments import TreatmentsPage

PATIENTS = Path(__file__).with_name("scripted_patients.json")
WORD = re.compile(r"[^\W\d_]+")
"""A word has a letter: a number on a button is found, not read."""
VIEW_PREFERENCE = (View.SOLES, View.LEGS_BACK, View.LEGS_FRONT, View.BACK, View.FRONT)
"""The view a patient opens for a place: the closest one that shows it."""


@dataclass
class StepCount:
    step: str
    taps: int = 0
    typed: int = 0
    scrolls: int = 0
    texts: set[str] = field(default_factory=set)

    @property
    def words(self) -> int:
        return sum(len(WORD.findall(text)) for text in self.texts)

    @property
    def seconds(self) -> float:
        return ESTIMATE.seconds(taps=self.taps, typed=self.typed, scrolls=self.scrolls, words=self.words)


@dataclass
class Count:
    patient: str
    steps: list[StepCount] = field(default_factory=list)

    def total(self, attribute: str) -> float:
        return sum(getattr(step, attribute) for step in self.steps)

    @property
    def minutes(self) -> float:
        return self.total("seconds") / 60

    def texts(self) -> set[str]:
        return set().union(*(step.texts for step in self.steps))


def load_patients() -> list[dict[str, Any]]:
    patients: list[dict[str, Any]] = json.loads(PATIENTS.read_text(encoding="utf-8"))["patients"]
    return patients


class _Counter:
    """Taps through the real widgets and keeps the counts of the step on screen."""

    def __init__(self, window: PatientScreen, patient: str) -> None:
        self.window = window
        self.count = Count(patient)
        self._arrive()

    @property
    def here(self) -> StepCount:
        return self.count.steps[-1]

    def _arrive(self) -> None:
        self.count.steps.append(StepCount(self.window.step.value))
        self.look()

    def look(self) -> None:
        """What the page shows now: its texts and how many swipes its scroll area needs."""
        settle()
        page = self.window.page()
        chrome = [self.window.title, self.window.progress, self.window.back, self.window.next]
        chrome += self.window.look_switch.buttons()
        for widget in chrome + page.findChildren(QLabel) + page.findChildren(QAbstractButton):
            if not widget.isVisibleTo(self.window):
                continue
            if text := widget.text().strip():
                self.here.texts.add(text)
        for area in page.findChildren(QScrollArea):
            if area.isVisibleTo(self.window) and area.widget() is not None:
                self.here.scrolls = max(self.here.scrolls, _swipes(area))

    def tap(self, button: QAbstractButton) -> None:
        if not button.isVisibleTo(self.window) or not button.isEnabled():
            raise RuntimeError(f"step {self.window.step.value}: {button.text()!r} cannot be tapped")
        button.click()
        self.here.taps += 1
        self.look()

    def call(self, action: Callable[[], None]) -> None:
        """A tap that the widget turns into a call (a place on the picture)."""
        action()
        self.here.taps += 1
        self.look()

    def type(self, field_setter: Callable[[str], None], text: str) -> None:
        self.here.taps += 1  # the finger in the field
        field_setter(text)
        self.here.typed += len(text)
        self.look()

    def next(self) -> None:
        before = self.window.step
        if not self.window.next.isEnabled():
            raise RuntimeError(f"Next refused on {before.value}: {self.window.problems.text()}")
        self.window.next.click()
        self.here.taps += 1
        if self.window.step is before:
            raise RuntimeError(f"Next refused on {before.value}: {self.window.problems.text()}")
        self._arrive()


def _swipes(area: QAbstractScrollArea) -> int:
    viewport = area.viewport().height()
    content = area.widget().sizeHint().height() if isinstance(area, QScrollArea) and area.widget() else 0
    content = max(content, area.verticalScrollBar().maximum() + viewport)
    return max(0, math.ceil((content - viewport) / viewport - 0.05)) if viewport > 0 else 0


def _view_for(region: str) -> View:
    views = catalogue()[region].views
    return next(view for view in VIEW_PREFERENCE if view in views)


def drive(window: PatientScreen, patient: dict[str, Any], language: Language = Language.EN) -> Count:
    """One scripted patient from Welcome to Done; raises if the wizard will not go on."""
    if language is not Language.EN:
        window.page(Step.WELCOME).languages.button_for(language).click()
    counter = _Counter(window, patient["key"])
    yes = set(patient["yes"])
    counter.next()  # Start

    about = window.page(Step.ABOUT)
    assert isinstance(about, AboutPage)
    counter.type(about.first_name.setText, patient["first_name"])
    counter.type(about.last_name.setText, patient["last_name"])
    for button in about.date_of_birth.buttons_for(date.fromisoformat(patient["date_of_birth"])):
        counter.tap(button)
    counter.tap(about.sex.button_for(Sex(patient["sex"])))
    counter.next()

    painmap = window.page(Step.MAP)
    assert isinstance(painmap, MapPage)
    for mark in patient["pain"]:
        region, side = mark["region"], Side(mark["side"])
        view = _view_for(region)
        if painmap.view_choice.value() != view:
            counter.tap(painmap.view_choice.button_for(view))
        counter.call(lambda r=region, s=side: painmap.tap(r, s))
        counter.tap(painmap.editor.intensity.button_for(mark["intensity"]))
        for quality in mark["qualities"]:
            counter.tap(painmap.editor.qualities.button_for(Quality(quality)))
        counter.tap(painmap.editor.done)
    counter.next()

    if window.step is Step.INTENSITY:  # only when a place was left without its number
        intensity = window.page(Step.INTENSITY)
        assert isinstance(intensity, IntensityPage)
        raise RuntimeError(f"the map left {len(intensity.cards)} places without a number")

    for step in (Step.PATTERN, Step.NERVE, Step.SAFETY):
        page = window.page(step)
        assert isinstance(page, QuestionsPage) and window.step is step
        if page.duration is not None and page.onset is not None:
            counter.tap(page.duration.button_for(Duration(patient["duration"])))
            counter.tap(page.onset.button_for(Onset(patient["onset"])))
        if page.stiffness is not None:
            counter.tap(page.stiffness.button_for(patient["morning_stiffness_minutes"]))
        for answer_id, row in page.questions.items():
            if row.isVisibleTo(page):
                counter.tap(row.choice.button_for(answer_id in yes))
        counter.next()
        if window.step is Step.ALERT:
            counter.next()

    treatments = window.page(Step.TREATMENTS)
    assert isinstance(treatments, TreatmentsPage) and window.step is Step.TREATMENTS
    for tried in patient["treatments"]:
        row = treatments.rows[TreatmentId(tried["treatment"])]
        counter.tap(row.tried)
        counter.tap(row.relief.button_for(Relief(tried["relief"])))
        if row.count is not None:
            counter.tap(row.count.button_for(tried["count"]))
        if row.pattern is not None and row.pattern.isVisibleTo(row):
            counter.tap(row.pattern.button_for(ReliefPattern(tried["relief_pattern"])))
    counter.next()

    if window.step is not Step.REVIEW:
        raise RuntimeError(f"expected review, got {window.step.value}")
    counter.next()  # Send my answers
    counter.count.steps.pop()  # Done: the patient hands the tablet back
    return counter.count


def counted_patients(language: Language = Language.EN) -> Iterator[Count]:
    with patient_screen() as window:
        for patient in load_patients():
            yield drive(window, patient, language)
            window.reset()
            settle()


READING = (
    ("en.flesch_kincaid_grade", "reading grade, English (Flesch-Kincaid)", "grade", 6.0, "en"),
    (
        "es.fernandez_huerta",
        "reading ease, Spanish (Fernández-Huerta; 70-80 fairly easy)",
        "points",
        None,
        "es",
    ),
    (
        "es.inflesz",
        "reading ease, Spanish (Szigriszt-Pazos; INFLESZ 65-80 fairly easy)",
        "points",
        None,
        "es",
    ),
)
"""Key, title, unit, target (grade 6 or below for patient material; the ease scores are shown
against their bands) and language of each reading figure."""
FORMULAS = {
    "en.flesch_kincaid_grade": reading_grade.flesch_kincaid_grade,
    "es.fernandez_huerta": reading_grade.fernandez_huerta,
    "es.inflesz": reading_grade.szigriszt_pazos,
}


def reading_figures(english: list[Count], spanish: list[Count]) -> list[Figure]:
    """The grade of the sentences the scripted patients read (questions, instructions, messages:
    the texts that end as a sentence does), with the questions alone and every text (button labels
    and names too, each a one-line "sentence") beside it."""
    shown = {
        "en": set().union(*(count.texts() for count in english)),
        "es": set().union(*(count.texts() for count in spanish)),
    }
    figures = []
    for key, title, unit, target, language in READING:
        formula = FORMULAS[key]
        sentences = reading_grade.sentences(shown[language])
        questions = {text for text in sentences if text.endswith("?")}
        grade = formula(sentences)
        details = {
            "questions_alone": round(formula(questions), 1),
            "every_text": round(formula(shown[language]), 1),
            "questions": len(questions),
        } | vars(reading_grade.counts(sentences, spanish=language == "es"))
        print(
            f"{title}: {grade:.1f} (questions alone {details['questions_alone']}, every text {details['every_text']})"
        )
        judged: Judged = "value" if target is not None else "none"
        figures.append(
            Figure(f"patient_time.reading.{key}", title, unit, [grade], target, judged, details=details)
        )
    return figures


def report(counts: list[Count]) -> str:
    lines = []
    for count in counts:
        lines.append(f"{count.patient}: step      taps typed scrolls words   seconds")
        for step in count.steps:
            lines.append(
                f"  {step.step:<14}{step.taps:>5}{step.typed:>6}{step.scrolls:>8}{step.words:>6}{step.seconds:>10.0f}"
            )
        lines.append(
            f"  {'total':<14}{count.total('taps'):>5.0f}{count.total('typed'):>6.0f}"
            f"{count.total('scrolls'):>8.0f}{count.total('words'):>6.0f}{count.total('seconds'):>10.0f}"
        )
    return "\n".join(lines)


def measure() -> list[Figure]:
    patients = {p["key"]: p for p in load_patients()}
    counts = list(counted_patients())
    print(report(counts))
    figures = reading_figures(counts, list(counted_patients(Language.ES)))
    for count in counts:
        patient = patients[count.patient]
        details = {"steps": [vars(s) | {"texts": sorted(s.texts), "words": s.words} for s in count.steps]}
        figures.append(
            Figure(
                f"patient_time.{count.patient}.minutes",
                f"intake time, {patient['title']} (estimate)",
                "min",
                [count.minutes],
                target=patient["target_minutes"],
                judged="value",
                details=details | {"typical_minutes_on_welcome": TYPICAL_MINUTES[Language.EN]},
            )
        )
        figures.append(
            Figure(
                f"patient_time.{count.patient}.taps",
                f"taps, {patient['title']}",
                "taps",
                [count.total("taps")],
                target=patient["target_taps"],
                judged="value",
            )
        )
    return figures
