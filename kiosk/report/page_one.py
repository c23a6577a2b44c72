"""Page 1: what a busy physician needs in thirty seconds, in the order they ask it.

Anything urgent? (red flags first) Could this come from the back? (the lumbar screen) Where does it
hurt? (map and table) What was tried? (treatments) Then the other "yes" answers. The physician
notes sit in the lumbar box beside the level.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Paragraph, Spacer, Table, TableStyle  # type: ignore[import-untyped]

from kiosk.logic.assessment import Assessment
from kiosk.logic.plural import counted
from kiosk.logic.questions import QUESTIONS, Question, QuestionStep
from kiosk.logic.record import IntakeRecord
from kiosk.logic.vocab import (
    RELIEF_LABELS,
    RELIEF_PATTERN_LABELS,
    SEX_LABELS,
    TREATMENT_LABELS,
    Language,
    ReliefPattern,
    Sex,
    TreatmentId,
)
from kiosk.report.screen_boxes import lumbar_screen, red_flags
from kiosk.report.styles import GAP, INK, Styles, grid, text, two_columns
from kiosk.report.where_it_hurts import pain_map
from kiosk.report.words import (
    ANSWER_PHRASES,
    LANGUAGE_IN_ENGLISH,
    format_date,
    format_datetime,
    minutes_words,
)

Flowables = list[Any]
INJECTION_HINT = "expected in plantar fasciitis [S39]"


def header(record: IntakeRecord, clinic: str, width: float, s: Styles) -> Flowables:
    patient = record.patient
    name = f"{patient.first_name} {patient.last_name}"
    sex = "sex not given" if patient.sex is Sex.UNSPECIFIED else SEX_LABELS[patient.sex]
    born = f"Born {format_date(patient.date_of_birth)} · {counted(record.age, 'year')} · {sex}"
    language = f"Patient answered in {LANGUAGE_IN_ENGLISH[record.language]}"
    if record.language is Language.EN:
        language = "Answered in English"
    left = [
        Paragraph(f"{text(clinic)} · Intake summary for the physician", s.title),
        Paragraph(text(name), s.name),
        Paragraph(text(born), s.body),
    ]
    right = [
        Paragraph(f"Completed {format_datetime(record.completed_at)}", s.small),
        Paragraph(f"Intake {record.id[:8]}", s.small),
        Paragraph(f"<b>{language}</b>", s.small),
    ]
    table = Table([[left, right]], colWidths=[width * 0.62, width * 0.38])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LINEBELOW", (0, 0), (-1, 0), 1.6, INK),
            ]
        )
    )
    return [table, Spacer(1, GAP)]


def extra_tags(record: IntakeRecord) -> tuple[str, ...]:
    """Tags the report prints besides the assessment's own: [S12] always, [S39] with the injection hint."""
    hint = any(
        t.treatment is TreatmentId.STEROID_INJECTION and t.relief_pattern is ReliefPattern.LESS_EACH_TIME
        for t in record.treatments
    )
    return ("S12", "S39") if hint else ("S12",)


def treatments(record: IntakeRecord, width: float, s: Styles) -> Flowables:
    tried = record.treatments
    helped = sum(1 for t in tried if not t.relief.failed)
    title = f"TREATMENTS TRIED ({len(tried)}; {helped} helped a lot)" if tried else "TREATMENTS TRIED"
    out: Flowables = [Paragraph(title, s.cell_bold), Spacer(1, 2)]
    if not tried:
        return [*out, Paragraph("None reported.", s.body)]
    rows: list[list[Any]] = [[Paragraph(h, s.label) for h in ("Treatment", "Result", "Times")]]
    for t in tried:
        label = text(TREATMENT_LABELS[t.treatment])
        if t.treatment is TreatmentId.OTHER and t.note:
            label = f"{label}: “{text(t.note)}”"
        result = RELIEF_LABELS[t.relief]
        if t.relief_pattern is not None:
            result += f"; {RELIEF_PATTERN_LABELS[t.relief_pattern].lower()}"
            steroid = t.treatment is TreatmentId.STEROID_INJECTION
            if steroid and t.relief_pattern is ReliefPattern.LESS_EACH_TIME:
                result += f" ({INJECTION_HINT})"
        bold = "" if t.relief.failed else "<b>"
        rows.append(
            [
                Paragraph(label, s.cell),
                Paragraph(f"{bold}{text(result)}{'</b>' if bold else ''}", s.cell),
                Paragraph(f"×{t.count}" if t.treatment.counted else "", s.cell),
            ]
        )
    out.append(grid(rows, [width * 0.44, width * 0.56 - 34, 34]))
    return out


ANSWER_GROUPS = {
    QuestionStep.PATTERN: "Pattern",
    QuestionStep.NERVE: "Nerve/muscle",
    QuestionStep.SAFETY: "Safety",
}
CONDITIONS_TITLE = "Conditions"


def _phrase(record: IntakeRecord, question: Question) -> str | None:
    if question.minutes:
        minutes = record.number(question.id)
        return f"{ANSWER_PHRASES[question.id]}: {minutes_words(minutes).lower()}" if minutes > 0 else None
    return ANSWER_PHRASES[question.id] if record.yes(question.id) else None


def yes_answers(record: IntakeRecord, s: Styles) -> Flowables:
    """The yes answers the boxes above do not already show, by step; the patient's conditions under
    their own label (a diabetes is not a "Safety" answer). The physician notes sit in the lumbar box."""
    groups: dict[str, list[str]] = {}
    for q in QUESTIONS:
        phrase = _phrase(record, q)
        if phrase is not None:
            groups.setdefault(CONDITIONS_TITLE if q.condition else ANSWER_GROUPS[q.step], []).append(phrase)
    out: Flowables = [Paragraph("OTHER “YES” ANSWERS", s.cell_bold), Spacer(1, 2)]
    for title in (*ANSWER_GROUPS.values(), CONDITIONS_TITLE):
        if title in groups:
            out.append(Paragraph(f"<b>{title}:</b> " + "; ".join(groups[title]) + ".", s.small))
    if not groups:
        out.append(Paragraph("No question answered yes.", s.small))
    return out


def page_one(record: IntakeRecord, assessment: Assessment, clinic: str, width: float, s: Styles) -> Flowables:
    story: Flowables = [*header(record, clinic, width, s), *red_flags(assessment, width, s)]
    story += [lumbar_screen(assessment, width, s), Spacer(1, GAP + 2)]
    story += [*pain_map(record, assessment, width, s), Spacer(1, GAP + 2)]
    left_width = width * 0.54 - GAP / 2
    tried, answers = treatments(record, left_width, s), yes_answers(record, s)
    story.append(two_columns(tried, answers, width, left_width, split=True))
    return story
