"""A sample patient (heel pain with S1 features) entered through the real widgets.

Used by `kiosk demo` to prove the whole chain on a machine with no display; every answer is given by
clicking the same buttons a patient would press.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

from kiosk.logic import flow
from kiosk.logic.flow import Step
from kiosk.logic.regions import Group
from kiosk.logic.vocab import Duration, Onset, Quality, Relief, ReliefPattern, Sex, Side, TreatmentId
from kiosk.submission import PdfWrite, Submitted
from kiosk.ui.shell import PatientScreen
from kiosk.ui.steps.about import AboutPage
from kiosk.ui.steps.intensity import IntensityPage
from kiosk.ui.steps.painmap import MapPage
from kiosk.ui.steps.questions import QuestionsPage
from kiosk.ui.steps.treatments import TreatmentsPage

PATIENT = ("Zoë", "Łukasiewicz", date(1971, 3, 14))
MARKS = (
    ("heel_bottom", Side.LEFT, Group.FOOT, 7, (Quality.BURNING, Quality.ACHING)),
    ("calf", Side.LEFT, Group.LEG, 5, (Quality.CRAMPING,)),
    ("back_thigh", Side.LEFT, Group.LEG, 4, (Quality.TINGLING,)),
    ("lower_back", Side.LEFT, Group.BACK, 3, (Quality.ACHING,)),
)
YES = frozenset({"worse_sitting", "cough_sneeze_leg", "toe_rise_weak", "calf_cramps_twitching"})
TREATMENTS = (
    (TreatmentId.ICE, Relief.A_LITTLE, 1),
    (TreatmentId.STRETCHING, Relief.NONE, 1),
    (TreatmentId.ORTHOTICS, Relief.A_LITTLE, 1),
    (TreatmentId.STEROID_INJECTION, Relief.A_LITTLE, 2),
)


def _answer_all(page: QuestionsPage, yes: frozenset[str]) -> None:
    """Every question on the page, as shown: a follow-up only once its yes has brought it in."""
    for answer_id, row in page.questions.items():
        if not row.isHidden():
            row.choice.button_for(answer_id in yes).click()


def complete_sample_intake(
    window: PatientScreen,
    before_next: Callable[[Step], None] | None = None,
    extra_yes: frozenset[str] = frozenset(),
) -> Submitted:
    """Fill every step as the sample patient; `before_next(step)` runs on each filled step.

    `extra_yes` adds yes answers (a safety answer here shows the front-desk alert on the way).
    """
    yes = YES | extra_yes
    results: list[Submitted] = []
    window.submitted.connect(results.append)

    def next_to(expected: Step) -> None:
        if before_next is not None:
            before_next(window.step)
        if not window.next.isEnabled():
            raise RuntimeError(f"step {window.step.value} incomplete: {window.problems.text()}")
        window.next.click()
        if window.step is not expected:
            raise RuntimeError(f"expected step {expected.value}, got {window.step.value}")

    try:
        next_to(Step.ABOUT)

        about = window.page(Step.ABOUT)
        assert isinstance(about, AboutPage)
        about.first_name.setText(PATIENT[0])
        about.last_name.setText(PATIENT[1])
        born = PATIENT[2]
        for button in about.date_of_birth.buttons_for(born):
            button.click()
        about.sex.button_for(Sex.FEMALE).click()
        next_to(Step.MAP)

        painmap = window.page(Step.MAP)
        assert isinstance(painmap, MapPage)
        for region, side, group, _intensity, _qualities in MARKS:
            painmap.list_chips[group].button_for((region, side)).click()
        next_to(Step.INTENSITY)

        intensity = window.page(Step.INTENSITY)
        assert isinstance(intensity, IntensityPage)
        for card, (_region, _side, _group, amount, qualities) in zip(intensity.cards, MARKS, strict=True):
            card.intensity.button_for(amount).click()
            for quality in qualities:
                card.qualities.button_for(quality).click()
        next_to(Step.PATTERN)

        pattern = window.page(Step.PATTERN)
        assert isinstance(pattern, QuestionsPage)
        assert pattern.duration is not None and pattern.onset is not None and pattern.stiffness is not None
        pattern.duration.button_for(Duration.OVER_12_MONTHS).click()
        pattern.onset.button_for(Onset.GRADUAL).click()
        pattern.stiffness.button_for(0).click()
        _answer_all(pattern, yes)
        next_to(Step.NERVE)
        nerve = window.page(Step.NERVE)
        assert isinstance(nerve, QuestionsPage)
        _answer_all(nerve, yes)
        next_to(Step.SAFETY)
        safety = window.page(Step.SAFETY)
        assert isinstance(safety, QuestionsPage)
        _answer_all(safety, yes)
        if flow.next_step(Step.SAFETY, window.draft, window.clock()) is Step.ALERT:
            next_to(Step.ALERT)
        next_to(Step.TREATMENTS)

        treatments = window.page(Step.TREATMENTS)
        assert isinstance(treatments, TreatmentsPage)
        for treatment, relief, count in TREATMENTS:
            row = treatments.rows[treatment]
            row.tried.click()
            row.relief.button_for(relief).click()
            if row.count is not None:
                row.count.button_for(count).click()
            if row.pattern is not None and count >= 2:
                row.pattern.button_for(ReliefPattern.LESS_EACH_TIME).click()
        next_to(Step.REVIEW)
        next_to(Step.DONE)
    finally:
        window.submitted.disconnect(results.append)
    return results[0]


class _Arrived(Exception):
    """Ends `fill_sample_until` at its step."""


def fill_sample_until(window: PatientScreen, step: Step, extra_yes: frozenset[str] = frozenset()) -> None:
    """The sample patient up to `step`, that step filled in too and Next not yet pressed: for tests
    and screenshots of one moment of an intake."""

    def arrive(current: Step) -> None:
        if current is step:
            raise _Arrived

    try:
        complete_sample_intake(window, before_next=arrive, extra_yes=extra_yes)
    except _Arrived:
        return
    raise RuntimeError(f"the sample patient never stopped at {step.value}")


def written_pdf(window: PatientScreen, intake_id: str, timeout_ms: int = 60_000) -> Path | None:
    """The intake's PDF once the output worker has tried to write it (None when that failed): the
    event loop runs meanwhile, as the kiosk's does, until `pdf_written` reports it."""
    outcomes: list[PdfWrite] = []
    loop = QEventLoop()

    def done(written_id: str, written: object) -> None:
        if written_id == intake_id and isinstance(written, PdfWrite):
            outcomes.append(written)
            loop.quit()

    window.jobs.pdf_written.connect(done)
    try:
        stored = window.store.get(intake_id)
        if stored is not None and stored.pdf_status != "pending":  # already reported
            return Path(stored.pdf_path) if stored.pdf_path else None
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        timer.start(timeout_ms)
        loop.exec()
    finally:
        window.jobs.pdf_written.disconnect(done)
    return outcomes[0].path if outcomes else None
