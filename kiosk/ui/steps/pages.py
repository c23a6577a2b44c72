"""Every step page after Welcome, by step.

Kept apart from the shell so that the shell, and so the first screen, loads none of them: they are
imported when the first of them is built, after Welcome has been painted (the map page alone pulls
in the body-map geometry and its drawing).
"""

from __future__ import annotations

from datetime import date

from kiosk.logic.flow import Step
from kiosk.ui.steps.about import AboutPage
from kiosk.ui.steps.base import StepPage
from kiosk.ui.steps.intensity import IntensityPage
from kiosk.ui.steps.messages import AlertPage, DonePage
from kiosk.ui.steps.painmap import MapPage
from kiosk.ui.steps.questions import QuestionsPage
from kiosk.ui.steps.review import ReviewPage
from kiosk.ui.steps.treatments import TreatmentsPage


def new_page(step: Step, today: date) -> StepPage:
    """The page of any step but Welcome, in the current language; `today` bounds the birth date."""
    if step is Step.ABOUT:
        return AboutPage(today)
    if step is Step.MAP:
        return MapPage()
    if step is Step.INTENSITY:
        return IntensityPage()
    if step in (Step.PATTERN, Step.NERVE, Step.SAFETY):
        return QuestionsPage(step)
    if step is Step.ALERT:
        return AlertPage()
    if step is Step.TREATMENTS:
        return TreatmentsPage()
    if step is Step.REVIEW:
        return ReviewPage()
    if step is Step.DONE:
        return DonePage()
    raise ValueError(f"no page for step {step}")
