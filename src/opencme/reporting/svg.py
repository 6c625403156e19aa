"""Small server-rendered SVG charts: no script, print as they show. Text is escaped; colours come
from presentation attributes and classes (the CSP allows no inline style)."""

from __future__ import annotations

from collections.abc import Sequence

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

BAR = 18
GAP = 8
LABEL_W = 220
CHART_W = 560


def _label(text: str, limit: int = 34) -> str:
    return escape(text if len(text) <= limit else text[: limit - 1] + "…")


def bar_chart(items: Sequence[tuple[str, float]], *, title: str, unit: str = "") -> SafeString:
    """Horizontal bars, one per (label, value), scaled to the largest value."""
    top = max((v for _, v in items), default=0) or 1
    width = CHART_W - LABEL_W - 60
    height = len(items) * (BAR + GAP) + GAP
    parts = [
        f'<svg class="chart" role="img" aria-label="{escape(title)}" viewBox="0 0 {CHART_W} '
        f'{height}" width="{CHART_W}" height="{height}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
    ]
    for i, (label, value) in enumerate(items):
        y = GAP + i * (BAR + GAP)
        w = round(width * value / top, 1)
        parts.append(
            f'<text x="{LABEL_W - 6}" y="{y + BAR - 5}" text-anchor="end" class="chart__label"'
            f' font-size="12" fill="#222">{_label(label)}</text>'
            f'<rect x="{LABEL_W}" y="{y}" width="{w}" height="{BAR}" class="chart__bar"'
            f' fill="#2b6cb0"/>'
            f'<text x="{LABEL_W + w + 4}" y="{y + BAR - 5}" font-size="12" fill="#222">'
            f"{escape(_number(value))}{escape(unit)}</text>"
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every text above is escaped


def pre_post_chart(items: Sequence[tuple[str, float, float]], *, title: str) -> SafeString:
    """Paired bars per question: before (light) and after (dark), in percent."""
    width = CHART_W - LABEL_W - 60
    row = 2 * BAR + GAP * 2
    height = len(items) * row + GAP + 20
    parts = [
        f'<svg class="chart" role="img" aria-label="{escape(title)}" viewBox="0 0 {CHART_W} '
        f'{height}" width="{CHART_W}" height="{height}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
        f'<text x="{LABEL_W}" y="12" font-size="11" fill="#222">light: before · dark: after</text>',
    ]
    for i, (label, pre, post) in enumerate(items):
        y = 20 + GAP + i * row
        parts.append(
            f'<text x="{LABEL_W - 6}" y="{y + BAR}" text-anchor="end" font-size="12"'
            f' fill="#222">{_label(label)}</text>'
        )
        for j, (value, fill, cls) in enumerate(
            ((pre, "#90cdf4", "chart__bar--pre"), (post, "#2c5282", "chart__bar--post"))
        ):
            w = round(width * value / 100, 1)
            yy = y + j * BAR
            parts.append(
                f'<rect x="{LABEL_W}" y="{yy}" width="{w}" height="{BAR - 2}" class="{cls}"'
                f' fill="{fill}"/><text x="{LABEL_W + w + 4}" y="{yy + BAR - 6}" font-size="11"'
                f' fill="#222">{escape(_number(value))}%</text>'
            )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every text above is escaped


def _number(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"
