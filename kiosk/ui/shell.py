"""The kiosk window: a header, one step page at a time, and big Back / Next buttons.

A thin shell over `kiosk.logic.flow`: the flow decides the order and what is missing; the shell
saves the draft after every change, so a crash loses at most the answer on screen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk import submission
from kiosk.logic import flow
from kiosk.logic.config import Paths, Settings
from kiosk.logic.draft import IntakeDraft
from kiosk.logic.flow import Step
from kiosk.logic.record import IntakeRecord
from kiosk.logic.storage import Store
from kiosk.logic.vocab import Language
from kiosk.ui.idle import IdleWatcher, StillThereOverlay
from kiosk.ui.steps.about import AboutPage
from kiosk.ui.steps.base import StepPage
from kiosk.ui.steps.intensity import IntensityPage
from kiosk.ui.steps.messages import AlertPage, DonePage
from kiosk.ui.steps.painmap import MapPage
from kiosk.ui.steps.questions import QuestionsPage
from kiosk.ui.steps.review import ReviewPage
from kiosk.ui.steps.treatments import TreatmentsPage
from kiosk.ui.steps.welcome import WelcomePage
from kiosk.ui.widgets import big_button, body_text, heading, translate

log = logging.getLogger(__name__)

COUNTED_STEPS = (
    Step.ABOUT, Step.MAP, Step.INTENSITY, Step.PATTERN, Step.NERVE, Step.SAFETY, Step.TREATMENTS, Step.REVIEW,
)  # fmt: skip


class KioskWindow(QWidget):
    """Signals: `submitted(object)` with the `Submitted` result; `alert_raised(str)` with the tier."""

    submitted = Signal(object)
    alert_raised = Signal(str)

    def __init__(
        self,
        store: Store,
        settings: Settings,
        paths: Paths,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now().astimezone(),
        done_reset_ms: int | None = None,
        idle_ms: int | None = None,
        countdown_ms: int | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.settings = settings
        self.paths = paths
        self.clock = clock
        self.setWindowTitle(self.tr("Patient check-in"))
        self.draft = self._fresh_draft()
        self._editing = False
        self._submitted: IntakeRecord | None = None

        self.title = heading("")
        self.progress = body_text("", "progress")
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.progress)

        today = clock().date()
        self.pages: dict[Step, StepPage] = {
            page.step: page
            for page in (
                WelcomePage(settings.clinic_name),
                AboutPage(today),
                MapPage(),
                IntensityPage(),
                QuestionsPage(Step.PATTERN),
                QuestionsPage(Step.NERVE),
                QuestionsPage(Step.SAFETY),
                AlertPage(),
                TreatmentsPage(),
                ReviewPage(),
                DonePage(),
            )
        }
        self.stack = QStackedWidget()
        for page in self.pages.values():
            self.stack.addWidget(page)
            page.changed.connect(self._on_changed)
        review = self.pages[Step.REVIEW]
        assert isinstance(review, ReviewPage)
        review.edit_requested.connect(self._edit)

        self.back = big_button(self.tr("Back"))
        self.back.clicked.connect(self.go_back)
        self.next = big_button(self.tr("Next"), role="primary")
        self.next.setMinimumWidth(220)
        self.next.clicked.connect(self.go_next)
        self.problems = body_text("", "problems")
        footer = QHBoxLayout()
        footer.addWidget(self.back)
        footer.addWidget(self.problems, 1)
        footer.addWidget(self.next)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.setSpacing(16)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)
        layout.addLayout(footer)

        self.reset_timer = QTimer(self)
        self.reset_timer.setSingleShot(True)
        self.reset_timer.setInterval(done_reset_ms or settings.done_reset_seconds * 1000)
        self.reset_timer.timeout.connect(self.reset)
        self.idle = IdleWatcher(idle_ms or settings.idle_seconds * 1000, self)
        self.idle.idle.connect(self._on_idle)
        self.still_there = StillThereOverlay(countdown_ms or settings.idle_countdown_seconds * 1000, self)
        self.still_there.stayed.connect(self.idle.start)
        self.still_there.expired.connect(self._wipe)
        self.step = Step.WELCOME
        self._show(Step.WELCOME)

    # ------------------------------------------------------------------------------------------

    def _fresh_draft(self) -> IntakeDraft:
        return IntakeDraft(language=Language(self.settings.default_language))

    def page(self, step: Step | None = None) -> StepPage:
        return self.pages[step or self.step]

    def current_problems(self) -> list[str]:
        found = flow.problems(self.step, self.draft, self.clock().date())
        return [problem.words(lambda text: translate("flow", text)) for problem in found]

    def _show(self, step: Step) -> None:
        self.step = step
        page = self.pages[step]
        page.load(self.draft)
        self.stack.setCurrentWidget(page)
        self.title.setText(page.title())
        self.title.setAccessibleName(page.title())
        if step in COUNTED_STEPS:
            number = COUNTED_STEPS.index(step) + 1
            self.progress.setText(
                self.tr("Step %1 of %2").replace("%1", str(number)).replace("%2", str(len(COUNTED_STEPS)))
            )
        else:
            self.progress.setText("")
        self.back.setVisible(flow.previous_step(step) is not None and step is not Step.ALERT)
        log.info("step %s", step.value)
        if step is Step.DONE:
            self.reset_timer.start()
        if step in (Step.WELCOME, Step.DONE):
            self.idle.stop()
        else:
            self.idle.start()
        self._update()

    def _next_label(self) -> str:
        if self.step is Step.WELCOME:
            return self.tr("Start")
        if self.step is Step.REVIEW:
            return self.tr("Send my answers")
        if self.step is Step.DONE:
            return self.tr("Finish")
        if self._editing and self.step in flow.EDITABLE:
            return self.tr("Back to review")
        return self.tr("Next")

    def _update(self) -> None:
        problems = self.current_problems()
        self.next.setEnabled(not problems)
        self.next.setText(self._next_label())
        self.next.setAccessibleName(self._next_label())
        self.problems.setText("\n".join(problems))
        self.problems.setAccessibleName(" ".join(problems))

    def _on_changed(self) -> None:
        self.page().store(self.draft)
        if self.step is not Step.WELCOME:
            self.store.save_draft(self.draft)
        self._update()

    # ------------------------------------------------------------------------------------------

    def go_back(self) -> None:
        previous = flow.previous_step(self.step)
        if previous is not None:
            self.page().store(self.draft)
            self._show(previous)

    def go_next(self) -> None:
        self.page().store(self.draft)
        if self.current_problems():
            self._update()
            return
        if self.step is Step.DONE:
            self.reset()
            return
        if self.step is Step.REVIEW:
            self._submit()
            return
        following = flow.next_step(self.step, self.draft, self.clock())
        self.store.save_draft(self.draft)
        if following is Step.ALERT:
            self._raise_alert()
        if self._editing and self.step in flow.EDITABLE and following is not Step.ALERT:
            missing_intensity = flow.problems(Step.INTENSITY, self.draft, self.clock().date())
            following = Step.INTENSITY if missing_intensity else Step.REVIEW
            self._editing = following is not Step.REVIEW
        self._show(following)

    def _edit(self, step: object) -> None:
        self._editing = True
        self._show(Step(str(step)))

    def _raise_alert(self) -> None:
        now = self.clock()
        tier, flags = flow.safety_flags(self.draft, now)
        try:
            submission.write_alert(self.draft, tier, flags, self.paths.output_dir, now)
        except OSError as error:
            log.error("staff alert file not written (%s)", type(error).__name__)
        self.alert_raised.emit(tier.value)

    def _submit(self) -> None:
        try:
            result = submission.submit(self.draft, self.store, self.settings, self.paths, self.clock())
        except Exception:
            log.exception("submit failed")
            self.problems.setText(self.tr("Something went wrong. Please ask the front desk."))
            return
        self._submitted = result.record
        self.submitted.emit(result)
        self._editing = False
        self._show(Step.DONE)

    def _on_idle(self) -> None:
        log.info("idle at step %s", self.step.value)
        self.still_there.begin()

    def _wipe(self) -> None:
        log.info("idle wipe at step %s", self.step.value)
        self.reset()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.still_there.setGeometry(self.rect())

    def reset(self) -> None:
        """Forget this patient: abandon an unsent draft and clear every page."""
        self.reset_timer.stop()
        self.still_there.cancel()
        if self._submitted is None and self.step is not Step.WELCOME:
            self.store.abandon_draft(self.draft.id)
        self.draft = self._fresh_draft()
        self._submitted = None
        self._editing = False
        for page in self.pages.values():
            page.load(self.draft)
        self._show(Step.WELCOME)
