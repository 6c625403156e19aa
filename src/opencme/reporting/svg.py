"""Bar charts for the outcomes pages: the labels and numbers are page text (they wrap, whole,
at any width, and read aloud in order); each bar is a small SVG drawn at the width of its
column (``viewBox`` 0-100, stretched to 100%), so a chart fits a phone and prints as shown.
The templates ``reporting/_bars.html`` and ``reporting/_pre_post.html`` draw these rows; no
script and no inline style (the CSP allows neither)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str  # the value as shown beside the bar
    width: str  # of 100, for the SVG's rect

    @property
    def empty(self) -> bool:
        return not self.value


def number(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"


def _bar(label: str, value: float, top: float, text: str) -> Bar:
    width = 100 * float(value) / top if top else 0.0
    return Bar(label, float(value), text, f"{width:.1f}")


def bars(items: Sequence[tuple[str, float]], *, unit: str = "") -> list[Bar]:
    """One bar per (label, value), scaled to the largest value."""
    top = max((float(v) for _, v in items), default=0.0)
    return [_bar(label, v, top, number(v) + unit) for label, v in items]


@dataclass(frozen=True)
class PrePost:
    label: str
    learners: int
    before: Bar
    after: Bar
    change: str
    pre_label: str = ""  # the pre-test question, when its words differ from the post-test's

    @property
    def bars(self) -> list[Bar]:
        return [self.before, self.after]


def pre_post(items: Sequence[tuple[str, str, float, float, int]]) -> list[PrePost]:
    """Per question (label, pre-test question, percent before, percent after, learners): two
    bars of 100."""
    out = []
    for label, pre_text, pre, post, learners in items:
        change = post - pre
        sign = "+" if change > 0 else ""
        out.append(
            PrePost(
                label,
                learners,
                _bar("Before", pre, 100, f"{number(pre)}%"),
                _bar("After", post, 100, f"{number(post)}%"),
                f"{sign}{number(change)} points",
                pre_text if pre_text != label else "",
            )
        )
    return out
