"""A sample patient (heel pain with S1 features) entered through the real widgets.

Used by `kiosk demo` to prove the whole chain on a machine with no display; every answer is given by
clicking the same buttons a patient would press.
"""

from __future__ import annotations

from datetime import date

from kiosk.logic.flow import Step
from kiosk.logic.regions import Group
from kiosk.logic.vocab import Duration, Onset, Quality, Relief, ReliefPattern, Sex, Side, TreatmentId
from kiosk.submission import Submitted
from kiosk.ui.shell import KioskWindow
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
YES = {"worse_sitting", "cough_sneeze_leg", "toe_rise_weak", "calf_cramps_twitching"}
TREATMENTS = (
    (TreatmentId.ICE, Relief.A_LITTLE, 1),
    (TreatmentId.STRETCHING, Relief.NONE, 1),
    (TreatmentId.ORTHOTICS, Relief.A_LITTLE, 1),
    (TreatmentId.STEROID_INJECTION, Relief.A_LITTLE, 2),
)


def _next(window: KioskWindow, expected: Step) -> None:
    if not window.next.isEnabled():
        raise RuntimeError(f"step {window.step.value} incomplete: {window.problems.text()}")
    window.next.click()
    if window.step is not expected:
        raise RuntimeError(f"expected step {expected.value}, got {window.step.value}")


def _answer_all(page: QuestionsPage) -> None:
    for answer_id, row in page.questions.items():
        row.choice.button_for(answer_id in YES).click()


def complete_sample_intake(window: KioskWindow) -> Submitted:
    results: list[Submitted] = []
    window.submitted.connect(results.append)
    _next(window, Step.ABOUT)

    about = window.page(Step.ABOUT)
    assert isinstance(about, AboutPage)
    about.first_name.setText(PATIENT[0])
    about.last_name.setText(PATIENT[1])
    born = PATIENT[2]
    picker = about.date_of_birth
    for combo, value in ((picker.year, born.year), (picker.month, born.month), (picker.day, born.day)):
        combo.setCurrentIndex(combo.findData(value))
    about.sex.button_for(Sex.FEMALE).click()
    _next(window, Step.MAP)

    painmap = window.page(Step.MAP)
    assert isinstance(painmap, MapPage)
    for region, side, group, _intensity, _qualities in MARKS:
        painmap.list_chips[group].button_for((region, side)).click()
    _next(window, Step.INTENSITY)

    intensity = window.page(Step.INTENSITY)
    assert isinstance(intensity, IntensityPage)
    for card, (_region, _side, _group, amount, qualities) in zip(intensity.cards, MARKS, strict=True):
        card.intensity.button_for(amount).click()
        for quality in qualities:
            card.qualities.button_for(quality).click()
    _next(window, Step.PATTERN)

    pattern = window.page(Step.PATTERN)
    assert isinstance(pattern, QuestionsPage)
    assert pattern.duration is not None and pattern.onset is not None and pattern.stiffness is not None
    pattern.duration.button_for(Duration.OVER_12_MONTHS).click()
    pattern.onset.button_for(Onset.GRADUAL).click()
    pattern.stiffness.button_for(0).click()
    _answer_all(pattern)
    _next(window, Step.NERVE)
    nerve = window.page(Step.NERVE)
    assert isinstance(nerve, QuestionsPage)
    _answer_all(nerve)
    _next(window, Step.SAFETY)
    safety = window.page(Step.SAFETY)
    assert isinstance(safety, QuestionsPage)
    _answer_all(safety)
    _next(window, Step.TREATMENTS)

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
    _next(window, Step.REVIEW)
    _next(window, Step.DONE)
    return results[0]
