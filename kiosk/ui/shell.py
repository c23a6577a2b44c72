"""The patient screen: a header, one step page at a time, and big Back / Next buttons.

A thin shell over `kiosk.logic.flow`: the flow decides the order and what is missing; the shell
saves the draft after every change, so a crash loses at most the answer on screen. It also holds
what each patient may change about the screen itself: the language (the pages are rebuilt in it),
the text size and high contrast (a style sheet on this screen); `reset()` restores the clinic's.
Where Back, Next and Send lead, and what they save, is kiosk/ui/routing.py; kiosk/ui/lazy_pages.py
builds the pages when first wanted. What is left is over 350 lines on purpose: one widget's own
state (header and footer, the page on screen, the patient's language and look, the idle watch), each
a few methods on the same few widgets, none an idea that would read better elsewhere.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QHideEvent,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QHBoxLayout,
    QScrollArea,
    QScroller,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.jobs import Jobs
from kiosk.logic import flow
from kiosk.logic.config import Paths, Settings
from kiosk.logic.draft import IntakeDraft
from kiosk.logic.flow import Step
from kiosk.logic.record import IntakeRecord
from kiosk.logic.storage import Store
from kiosk.logic.vocab import Language
from kiosk.ui.header import header_layout
from kiosk.ui.i18n import Translations
from kiosk.ui.idle import IdleWatcher, StillThereOverlay
from kiosk.ui.lazy_pages import LazyPages
from kiosk.ui.routing import StepRouting
from kiosk.ui.steps.base import StepPage
from kiosk.ui.steps.welcome import WelcomePage
from kiosk.ui.theme import Look, LookSwitch, style_sheet
from kiosk.ui.widgets import big_button, body_text, enable_finger_scrolling, heading, translate

log = logging.getLogger(__name__)

SHOW_MARGIN = 120
"""Room kept above a question brought into view, so the words that lead into it show too."""
ALERT_IDLE_MS = 10 * 60 * 1000
"""How long the front-desk alert waits before the usual "Are you still there?": it sends the patient
to the desk and promises the form will wait, yet a patient who never comes back (sent on to an
emergency room) must not leave their answers one tap from the next person."""
COUNTED_STEPS = (
    Step.ABOUT, Step.MAP, Step.INTENSITY, Step.PATTERN, Step.NERVE, Step.SAFETY, Step.TREATMENTS, Step.REVIEW,
)  # fmt: skip


class PatientScreen(QWidget, StepRouting):
    """The patient side of the kiosk, shown inside `MainWindow` (it is no window of its own).

    Signals: `submitted(object)` with the `Submitted` result; `alert_raised(str)` with the tier;
    `pages_built()` once every page exists (after the first frame, and again after a language change);
    `storage_failed(str)` with what is wrong when the database refuses a write (for staff).
    """

    submitted = Signal(object)
    alert_raised = Signal(str)
    pages_built = Signal()
    storage_failed = Signal(str)

    def __init__(
        self,
        store: Store,
        settings: Settings,
        paths: Paths,
        *,
        jobs: Jobs,
        clock: Callable[[], datetime] = lambda: datetime.now().astimezone(),
        done_reset_ms: int | None = None,
        idle_ms: int | None = None,
        countdown_ms: int | None = None,
        alert_idle_ms: int = ALERT_IDLE_MS,
        translations: Translations | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.settings = settings
        self.paths = paths
        self.jobs = jobs
        jobs.alert_delivered.connect(self._alert_delivered)
        self.clock = clock
        self.translations = translations or Translations(self)
        self.draft = self._fresh_draft()
        self.translations.use(self.draft.language)
        self.draft.language = self.translations.language
        self.journey = flow.Journey()
        self._submitted: IntakeRecord | None = None

        self.title = heading("")
        self.progress = body_text("", "progress")
        self.look_switch = LookSwitch()
        self.look_switch.changed.connect(lambda: self.set_look(self.look_switch.look()))
        header = header_layout(self.progress, self.look_switch, self.title)

        self.stack = QStackedWidget()
        self.pages = LazyPages(self.stack, self._new_page, self._add_page, self)
        self.pages.all_built.connect(self.pages_built)

        self.back = big_button("")
        self.back.clicked.connect(self.go_back)
        self.next = big_button("", role="primary")
        self.next.setMinimumWidth(220)
        self.next.clicked.connect(self.go_next)
        self.problems = body_text("", "problems")
        self.show_missing = big_button("")
        self.show_missing.clicked.connect(self._show_missing)
        footer = QHBoxLayout()
        footer.addWidget(self.back)
        footer.addWidget(self.problems, 1)
        footer.addWidget(self.show_missing)
        footer.addWidget(self.next)

        # The kiosk's screen does not grow: an explicit minimum stops Qt from enlarging the window to
        # the height its word-wrapped content would need at its narrowest; pages reflow and scroll
        # instead (tests/ui/test_text_fits.py checks nothing is cut off at 1280 x 800).
        self.setMinimumSize(640, 480)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)
        layout.addLayout(footer)

        self.reset_timer = QTimer(self)
        self.reset_timer.setSingleShot(True)
        self.reset_timer.setInterval(done_reset_ms or settings.done_reset_seconds * 1000)
        self.reset_timer.timeout.connect(self.reset)
        self._idle_ms = idle_ms or settings.idle_seconds * 1000
        self._alert_idle_ms = alert_idle_ms
        self.idle = IdleWatcher(self._idle_ms, self)
        self.idle.idle.connect(self._on_idle)
        self.still_there = StillThereOverlay(countdown_ms or settings.idle_countdown_seconds * 1000, self)
        self.still_there.stayed.connect(self.idle.start)
        self.still_there.expired.connect(self._wipe)
        self.look = Look()
        self.step = Step.WELCOME
        self._build_pages()
        self._retranslate()
        self._show(Step.WELCOME)

    # ------------------------------------------------------------------------------------------

    def _build_pages(self) -> None:
        """Start over in the current language (kiosk/ui/lazy_pages.py): the page on screen now, the
        others after the first frame."""
        self.pages.rebuild(self.step)
        self.update()  # the next paint starts the builder

    def _new_page(self, step: Step) -> StepPage:
        if step is Step.WELCOME:
            welcome = WelcomePage(self.settings.clinic_name, self.translations.language)
            welcome.language_chosen.connect(lambda value: self.set_language(Language(value)))
            return welcome
        from kiosk.ui.steps import pages, review  # noqa: PLC0415 - loaded after the first frame (see pages)

        page = pages.new_page(step, self.clock().date())
        if isinstance(page, review.ReviewPage):
            page.edit_requested.connect(self._edit)
        return page

    def _add_page(self, page: StepPage) -> None:
        page.load(self.draft)
        page.changed.connect(self._on_changed)
        # Focus moves into a scroll area's content and the area follows it, so the areas
        # themselves are no tab stops (an unnamed stop would only puzzle a screen reader).
        for area in page.findChildren(QAbstractScrollArea):
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            area.verticalScrollBar().setAccessibleName(self.tr("Scroll up or down"))
            area.horizontalScrollBar().setAccessibleName(self.tr("Scroll left or right"))
        enable_finger_scrolling(page)

    def _order_focus(self, page: StepPage) -> None:
        """Tab order follows reading order: title, the page on screen, Back, Next, then text size
        and contrast.

        A page, and any control it makes when shown (cards, review sections), joins Qt's focus
        chain after the footer; so the footer is moved behind the page's last control that Tab can
        reach (Qt ignores a tab order set on a widget that takes no focus, such as a label).
        """
        last_in_page: QWidget = self.title
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self:
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and page.isAncestorOf(widget):
                last_in_page = widget
            widget = widget.nextInFocusChain()
        chain = [last_in_page, self.back, self.show_missing, self.next, *self.look_switch.buttons()]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Patient check-in"))
        # The arrow tells the way back from the map's "Back" view, a button of the same word nearby.
        self.back.setText(self.tr("\u2190 Back"))
        self.back.setAccessibleName(self.tr("Back"))
        self.show_missing.setText(self.tr("Show me where"))
        self.show_missing.setAccessibleName(self.tr("Show the first question still to answer"))
        self.look_switch.retranslate()
        self.still_there.retranslate()

    def set_language(self, language: Language, *, chosen: bool = True) -> None:
        """The patient's language for the rest of this intake: chosen on Welcome, or the clinic's at reset."""
        self.draft.language = language
        if language is not self.translations.language:
            log.info("language %s", language.value)
            self.translations.use(language)
            self.draft.language = self.translations.language
            self._build_pages()
            self._retranslate()
            self._show(self.step)
        welcome = self.page(Step.WELCOME)
        assert isinstance(welcome, WelcomePage)
        welcome.languages.set_value(self.draft.language if chosen else None)
        if chosen and self.step is Step.WELCOME:
            welcome.languages.button_for(self.draft.language).setFocus(Qt.FocusReason.OtherFocusReason)

    def set_look(self, look: Look) -> None:
        """Text size and contrast, for this screen only (the staff screens keep the clinic's)."""
        if look != self.look:
            log.info("look %s%s", look.size.name.lower(), " high contrast" if look.high_contrast else "")
            self.look = look
            self.setStyleSheet("" if look == Look() else style_sheet(look))
        if self.look_switch.look() != look:
            self.look_switch.set_look(look)

    def apply_settings(self, settings: Settings, paths: Paths) -> None:
        """Settings saved on the staff screen, from the next patient on: the clinic's folder and
        PDF options, the clinic's name on Welcome, and the idle, countdown and thank-you times."""
        renamed = settings.clinic_name != self.settings.clinic_name
        self.settings = settings
        self.paths = paths
        if renamed:
            self._build_pages()
        self._idle_ms = settings.idle_seconds * 1000
        self.idle.timer.setInterval(self._idle_ms)
        self.still_there.set_countdown(settings.idle_countdown_seconds * 1000)
        self.reset_timer.setInterval(settings.done_reset_seconds * 1000)

    def _fresh_draft(self) -> IntakeDraft:
        return IntakeDraft(language=Language(self.settings.default_language))

    def page(self, step: Step | None = None) -> StepPage:
        """The page of `step` (default: the one on screen), built now if its turn has not come yet."""
        return self.pages.get(step or self.step)

    def current_problems(self) -> list[str]:
        found = flow.problems(self.step, self.draft, self.clock().date())
        return [problem.words(lambda text, count: translate("flow", text, count)) for problem in found]

    def _show(self, step: Step) -> None:
        self.step = step
        page = self.page(step)
        page.load(self.draft)
        self.stack.setCurrentWidget(page)
        self._order_focus(page)
        self.title.setText(page.title())
        self.title.setAccessibleName(page.title())
        if step in COUNTED_STEPS:
            number = COUNTED_STEPS.index(step) + 1
            self.progress.setText(
                self.tr("Step %1 of %2").replace("%1", str(number)).replace("%2", str(len(COUNTED_STEPS)))
            )
        else:
            self.progress.setText("")
        self.progress.setAccessibleName(self.progress.text())
        self.title.setAccessibleDescription(self.progress.text())
        self.back.setVisible(flow.previous_step(step) is not None and step is not Step.ALERT)
        log.info("step %s", step.value)
        if step is Step.DONE:
            self.reset_timer.start()
        self._watch_idle()
        self._update()
        # A new page is read from its title; the next Tab goes to the page's first control.
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)

    def _next_label(self) -> str:
        if self.step is Step.WELCOME:
            return self.tr("Start")
        if self.step is Step.REVIEW:
            return self.tr("Send my answers")
        if self.step is Step.DONE:
            return self.tr("Finish")
        if self.journey.editing and self.step in flow.EDITABLE:
            return self.tr("Back to review")
        return self.tr("Next")

    def _update(self) -> None:
        problems = self.current_problems()
        self.next.setEnabled(not problems)
        self.next.setText(self._next_label())
        self.next.setAccessibleName(self._next_label())
        said = "\n".join(problems)
        if said != self.problems.text() and said and QAccessible.isActive():
            # Read out when it changes ("Please answer 2 more questions"), not only shown.
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.problems, " ".join(problems)))
        self.problems.setText(said)
        self.show_missing.setVisible(bool(problems) and self.page().first_missing() is not None)
        self.problems.setAccessibleName(" ".join(problems))
        self.next.setAccessibleDescription(" ".join(problems))

    @Slot()
    def _show_missing(self) -> None:
        """Scroll the first unanswered question into view: on a long page, "Please answer 1 more
        question" alone leaves the patient hunting for it. The keyboard focus goes to its first
        control too, so a screen reader reads the question out and Tab carries on from there."""
        target = self.page().first_missing()
        if target is None:
            return
        area = target.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if isinstance(area, QScrollArea):
            area.ensureWidgetVisible(target, 0, SHOW_MARGIN)
        controls = [
            w for w in (target, *target.findChildren(QWidget)) if w.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        if controls:
            controls[0].setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------------------------------

    def _watch_idle(self) -> None:
        """Watch for a patient who walked away, wherever answers are on screen (not on Welcome, and
        Done resets itself); the alert waits longer (`ALERT_IDLE_MS`)."""
        if self.step in (Step.WELCOME, Step.DONE):
            self.idle.stop()
        else:
            self.idle.start(self._alert_idle_ms if self.step is Step.ALERT else self._idle_ms)

    @Slot()
    def _on_idle(self) -> None:
        log.info("idle at step %s", self.step.value)
        self.still_there.begin()

    @Slot()
    def _wipe(self) -> None:
        log.info("idle wipe at step %s", self.step.value)
        self.reset()

    def hideEvent(self, event: QHideEvent) -> None:
        """A hidden (or closed) screen watches for no patient."""
        super().hideEvent(event)
        self.idle.stop()

    def showEvent(self, event: QShowEvent) -> None:
        """Also puts the focus back on the title: the window this screen is placed in (or the first
        activation) would otherwise give it to the first button it finds, the text-size "A", whose
        focus frame looks like a choice the patient never made."""
        super().showEvent(event)
        if not event.spontaneous():
            self.title.setFocus(Qt.FocusReason.OtherFocusReason)
        self._watch_idle()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.pages.build_the_rest()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.still_there.setGeometry(self.rect())

    @Slot()
    def reset(self) -> None:
        """Forget this patient: abandon an unsent draft, clear every page, and restore the clinic's
        language, text size and contrast for the next one."""
        self.reset_timer.stop()
        self.still_there.cancel()
        if self._submitted is None and self.step is not Step.WELCOME:
            with self._saving("abandon draft"):  # else left open, and abandoned at the next start
                self.store.abandon_draft(self.draft.id)
        self.draft = self._fresh_draft()
        self._submitted = None
        self.journey = flow.Journey()
        for page in self.pages.built.values():
            page.load(self.draft)
            for area in page.findChildren(QAbstractScrollArea):  # the next patient starts at the top
                QScroller.scroller(area.viewport()).stop()  # a fling left by the last patient ends
                area.verticalScrollBar().setValue(0)
        self.step = Step.WELCOME
        self.set_look(Look())
        self.set_language(self.draft.language, chosen=False)
        self._show(Step.WELCOME)
