"""One measured figure: its samples, the baseline taken in the same run, the target, pass or fail.

Machines differ, so a figure that has a baseline is judged by its ratio to that baseline (measured
in the same run, interleaved with it) rather than by its absolute value; the others are judged by
their median (or, for memory, by the single value a soak produces).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from typing import Any, Literal

Judged = Literal["median", "ratio", "value", "none"]


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def p95(samples: list[float]) -> float:
    """The 95th percentile, interpolated between the two nearest samples (the median for one sample)."""
    if len(samples) < 2:
        return samples[0]
    return statistics.quantiles(samples, n=20, method="inclusive")[18]


@dataclass
class Figure:
    """`judged` names what is compared with `target`: the median, the ratio to the baseline, or a value."""

    key: str
    title: str
    unit: str
    samples: list[float]
    target: float | None = None
    judged: Judged = "median"
    baseline: list[float] | None = None
    baseline_title: str = ""
    with_p95: bool = False
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def median(self) -> float:
        return median(self.samples)

    @property
    def p95(self) -> float | None:
        return p95(self.samples) if self.with_p95 else None

    @property
    def baseline_median(self) -> float | None:
        return median(self.baseline) if self.baseline else None

    @property
    def ratio(self) -> float | None:
        base = self.baseline_median
        return self.median / base if base else None

    @property
    def judged_value(self) -> float | None:
        if self.judged == "ratio":
            return self.ratio
        if self.judged in ("median", "value"):
            return self.median
        return None

    @property
    def passed(self) -> bool | None:
        value = self.judged_value
        if self.target is None or value is None:
            return None
        return value <= self.target

    def target_text(self) -> str:
        if self.target is None:
            return "–"
        if self.judged == "ratio":
            return f"≤ {self.target:g}× baseline"
        return f"≤ {self.target:g} {self.unit}"

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "unit": self.unit,
            "median": self.median,
            "p95": self.p95,
            "min": min(self.samples),
            "max": max(self.samples),
            "n": len(self.samples),
            "baseline": self.baseline_title or None,
            "baseline_median": self.baseline_median,
            "ratio": self.ratio,
            "target": self.target,
            "judged": self.judged,
            "passed": self.passed,
            "samples": self.samples,
            "baseline_samples": self.baseline,
            "details": self.details,
        }


def _number(value: float | None, unit: str = "") -> str:
    if value is None:
        return "–"
    text = f"{value:.1f}" if abs(value) < 100 else f"{value:.0f}"
    return f"{text} {unit}".rstrip()


def table(figures: list[Figure]) -> str:
    """A plain-text table: figure, median, p95, baseline, ratio, target, result."""
    header = ("figure", "median", "p95", "baseline", "ratio", "target", "result")
    rows = [header]
    for figure in figures:
        result = {True: "pass", False: "FAIL", None: "info"}[figure.passed]
        ratio = figure.ratio
        rows.append(
            (
                figure.title,
                _number(figure.median, figure.unit),
                _number(figure.p95, figure.unit),
                _number(figure.baseline_median, figure.unit),
                "–" if ratio is None else f"{ratio:.2f}×",
                figure.target_text(),
                result,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = []
    for index, row in enumerate(rows):
        cells = [
            cell.ljust(width) if i == 0 else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
        if index == 0:
            lines.append("  ".join("-" * width for width in widths))
    return "\n".join(lines)
