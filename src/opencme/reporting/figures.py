"""Every figure of the outcomes pages as a table: its title, columns and rows. The page draws
them; each downloads as its own CSV with the same numbers (``figure_csv``), and all of them as
one CSV with a figure column (``all_figures_csv``)."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from opencme.accreditation.templatetags.accreditation_tags import credit_type_name
from opencme.core.csvsafe import safe_cell
from opencme.reporting.outcomes import ActivityOutcomes, ProviderActivityRow, QuestionSummary


class Writable(Protocol):
    def write(self, text: str, /) -> object: ...


@dataclass
class Figure:
    key: str
    title: str
    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)


def _percent(value: float) -> float:
    return round(value, 1)


def _answers(prefix: str, summaries: list[QuestionSummary]) -> list[Figure]:
    out = []
    for s in summaries:
        if s.type == "text":
            figure = Figure(f"{prefix}-{s.question_id}", s.text, ["Answer"], [[t] for t in s.texts])
        else:
            figure = Figure(
                f"{prefix}-{s.question_id}",
                s.text,
                ["Answer", "Learners"],
                [[label, n] for label, n in s.counts],
            )
        out.append(figure)
    return out


def activity_figures(o: ActivityOutcomes) -> list[Figure]:
    """The figures of one activity's outcomes, in page order."""
    figures = [
        Figure(
            "participation",
            "Participation",
            ["Measure", "Learners"],
            [["Enrolled", o.enrollments], ["Completed", o.completions]],
        ),
        Figure(
            "claims",
            "Claims by credit type",
            ["Credit type", "Code", "Claims", "Credit claimed"],
            [[credit_type_name(code), code, n, total] for code, n, total in o.claims],
        ),
        Figure(
            "knowledge",
            "Correct answers before and after",
            [
                "Question",
                "Before question",
                "Learners",
                "Correct before",
                "Correct after",
                "Before (%)",
                "After (%)",
                "Change (points)",
            ],
            [
                [
                    k.text,
                    k.pre_text,
                    k.learners,
                    k.pre_correct,
                    k.post_correct,
                    _percent(k.pre_percent),
                    _percent(k.post_percent),
                    _percent(k.change),
                ]
                for k in o.knowledge
            ],
        ),
        *_answers("answers", o.responses),
        Figure(
            "follow-up-rate",
            "Follow-up response rate",
            ["Measure", "Follow-up surveys"],
            [
                ["Sent", o.follow_ups_sent],
                ["Answered", o.follow_ups_answered],
                ["Response rate (%)", _percent(o.follow_up_rate)],
            ],
        ),
        *_answers("follow-up", o.follow_up),
    ]
    return figures


def provider_figures(rows: list[ProviderActivityRow]) -> list[Figure]:
    return [
        Figure(
            "activities",
            "Enrollments, completions and claims by activity",
            ["Activity", "Enrolled", "Completed", "Claims"],
            [[r.title, r.enrollments, r.completions, r.claims] for r in rows],
        )
    ]


def _cells(row: Iterable[Any]) -> list[Any]:
    return [safe_cell(v) if isinstance(v, str) else v for v in row]


def figure_csv(figure: Figure, out: Writable) -> None:
    writer = csv.writer(out)
    writer.writerow(_cells(figure.columns))
    for row in figure.rows:
        writer.writerow(_cells(row))


def all_figures_csv(figures: list[Figure], out: Writable) -> None:
    """One table: figure, row (the row's first cell), measure (a column), value."""
    writer = csv.writer(out)
    writer.writerow(["figure", "row", "measure", "value"])
    for figure in figures:
        for row in figure.rows:
            for column, value in zip(figure.columns[1:], row[1:], strict=True):
                writer.writerow(_cells([figure.title, row[0], column, value]))
            if len(figure.columns) == 1:
                writer.writerow(_cells([figure.title, "", figure.columns[0], row[0]]))
