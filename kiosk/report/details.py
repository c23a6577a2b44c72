"""Pages 2 and on: every answer exactly as asked and given, the references cited, the rules version.

Page 1 summarises; these pages are the record a physician can check it against, so nothing is left
out: the safety "no" answers are listed too, an unanswered question shows as "not answered", and one
the kiosk skipped (for the places marked, `questions.AskedOf`, or a follow-up with no yes before it)
as "not asked", with which.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import CondPageBreak, PageBreak, Paragraph, Spacer  # type: ignore[import-untyped]

from kiosk.logic.assessment import Assessment
from kiosk.logic.questions import QUESTIONS, Question, QuestionStep, is_asked
from kiosk.logic.record import IntakeRecord
from kiosk.logic.regions import describe
from kiosk.logic.vocab import (
    DURATION_LABELS,
    ONSET_LABELS,
    QUALITY_LABELS,
    RELIEF_LABELS,
    RELIEF_PATTERN_LABELS,
    TREATMENT_LABELS,
    Language,
)
from kiosk.report.sources import Reference, normalize_tag, references
from kiosk.report.styles import Styles, grid, text
from kiosk.report.words import LANGUAGE_IN_ENGLISH, format_datetime, minutes_words

Flowables = list[Any]
STEP_TITLES = {
    QuestionStep.PATTERN: "Pain pattern",
    QuestionStep.NERVE: "Nerve and muscle",
    QuestionStep.SAFETY: "Safety and health",
}
NOT_ANSWERED = "<font color='#555555'>Not answered (= no)</font>"
NOT_ANSWERED_MINUTES = "<font color='#555555'>Not answered (= 0 minutes)</font>"
"""What the rules read for a question left unanswered: no, or no minutes."""


def _section(title: str, s: Styles) -> Flowables:
    return [CondPageBreak(60), Paragraph(title, s.section)]


NOT_ASKED = "<font color='#555555'>Not asked: cannot apply to the places marked</font>"
NOT_ASKED_FOLLOW_UP = (
    "<font color='#555555'>Not asked: none of the questions it follows was answered yes</font>"
)


def _answer(record: IntakeRecord, question: Question) -> str:
    question_id, minutes = question.id, question.minutes
    if question_id not in record.answers:
        regions = {p.region for p in record.pain}
        if is_asked(question, regions, record.answers):
            return NOT_ANSWERED_MINUTES if minutes else NOT_ANSWERED
        # Asked if what it follows were yes: then that is why it was not.
        by_places = is_asked(question, regions, dict.fromkeys(question.follows, True))
        return NOT_ASKED_FOLLOW_UP if by_places else NOT_ASKED
    if minutes:
        return text(minutes_words(record.number(question_id)))
    return "<b>Yes</b>" if record.yes(question_id) else "No"


def answers(record: IntakeRecord, width: float, s: Styles) -> Flowables:
    intro = "Every question as the kiosk asked it, with the patient's answer."
    if record.language is not Language.EN:
        intro += f" Shown in English; the patient answered in {LANGUAGE_IN_ENGLISH[record.language]}."
    out: Flowables = [PageBreak(), Paragraph("All answers, as given", s.big), Paragraph(intro, s.muted)]

    out += _section("The pain map", s)
    if record.pain:
        rows: list[list[Any]] = [[Paragraph(h, s.label) for h in ("Marked", "Pain", "What it feels like")]]
        for entry in record.pain:
            feel = "; ".join(QUALITY_LABELS[q] for q in entry.qualities) or "–"
            rows.append(
                [
                    Paragraph(text(describe(entry.region, entry.side)), s.cell),
                    Paragraph(f"{entry.intensity} out of 10", s.cell),
                    Paragraph(text(feel), s.cell),
                ]
            )
        out.append(grid(rows, [width * 0.36, 62, width * 0.64 - 62]))
    else:
        out.append(Paragraph("No region marked.", s.body))
    course = [
        [Paragraph("How long has it hurt?", s.cell), Paragraph(DURATION_LABELS[record.duration], s.cell)],
        [Paragraph("How did it begin?", s.cell), Paragraph(ONSET_LABELS[record.onset], s.cell)],
    ]
    out += [Spacer(1, 3), grid(course, [width * 0.36 + 62, width * 0.64 - 62], header=False)]

    for step, title in STEP_TITLES.items():
        out += _section(title, s)
        rows = [[Paragraph(h, s.label) for h in ("Question", "Answer")]]
        for q in QUESTIONS:
            if q.step is step:
                rows.append([Paragraph(text(q.text), s.cell), Paragraph(_answer(record, q), s.cell)])
        out.append(grid(rows, [width * 0.74, width * 0.26]))

    out += _section("Treatments", s)
    if record.treatments:
        head = ("Treatment", "How it helped", "Times", "Over repeated shots")
        rows = [[Paragraph(h, s.label) for h in head]]
        for t in record.treatments:
            label = TREATMENT_LABELS[t.treatment] + (f": “{t.note}”" if t.note else "")
            rows.append(
                [
                    Paragraph(text(label), s.cell),
                    Paragraph(RELIEF_LABELS[t.relief], s.cell),
                    Paragraph(str(t.count) if t.treatment.counted else "–", s.cell),
                    Paragraph(RELIEF_PATTERN_LABELS[t.relief_pattern] if t.relief_pattern else "–", s.cell),
                ]
            )
        out.append(grid(rows, [width * 0.42, width * 0.22, 36, width * 0.36 - 36]))
    else:
        out.append(Paragraph("None reported.", s.body))
    return out


def _reference(ref: Reference, s: Styles) -> Paragraph:
    parts = [f"<b>[{ref.tag}]</b>&nbsp;&nbsp;{text(ref.citation.text)}"]
    parts += [f"<font color='#555555'>{text(url)}</font>" for url in ref.citation.urls]
    for item in ref.items:
        parts.append("• " + text(item.text))
        parts += [f"<font color='#555555'>{text(url)}</font>" for url in item.urls]
    return Paragraph(" ".join(parts), s.reference)


def sources_and_version(
    record: IntakeRecord, assessment: Assessment, tags: tuple[str, ...], version: str, s: Styles
) -> Flowables:
    out = _section("Sources cited", s)
    if not tags:
        out.append(Paragraph("No source is cited in this report.", s.small))
    known = references()
    for tag in tags:
        ref = known.get(normalize_tag(tag))
        if ref is None:
            out.append(Paragraph(f"<b>[{text(tag)}]</b> reference not found", s.reference))
        else:
            out.append(_reference(ref, s))
    out += _section("About this report", s)
    lines = [
        f"Lumbar screen rules {text(assessment.rules_version)}; record format kiosk-intake/1.",
        f"Intake {record.id}, completed {format_datetime(record.completed_at)}.",
        f"Made by the heel-pain intake kiosk {text(version)}. Point weights and thresholds are design "
        "choices, versioned so that a later calibration can change them; each rule's direction is sourced.",
        "Screening aid for the physician, not a diagnosis. Drawings cannot tell one nerve root from "
        "another [S12]; the root sets are supporting detail only.",
    ]
    out += [Paragraph(line, s.small) for line in lines]
    return out
