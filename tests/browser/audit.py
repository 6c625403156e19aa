"""Every page of a story at a desk and on a phone: no axe violations, no sideways scroll.

axe is injected as a script, which the site's strict CSP refuses, so the pages are opened again
in a context that bypasses the CSP, signed in with the story's cookies.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from tests.browser.test_finder import axe_violations, shoot

WIDTHS = (1280, 390)


def sideways(page: Any) -> tuple[int, int]:
    """The page's scroll width and its viewport's width."""
    scroll, client = page.evaluate(
        "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    return int(scroll), int(client)


def look_at_every_width(
    chromium: Callable[..., Any],
    cookies: Any,
    pages: Iterable[tuple[str, str]],
    *,
    prefix: str,
    widths: tuple[int, ...] = WIDTHS,
) -> None:
    """Open each ``(url, name)`` at each width: it fits without sideways scroll and axe finds
    nothing; a screenshot ``<prefix>-<name>-<width>`` is kept when screenshots are asked for."""
    pages = list(pages)
    for width in widths:
        audit = chromium(bypass_csp=True, width=width)
        audit.add_cookies(cookies)
        look = audit.new_page()
        for url, name in pages:
            look.goto(url)
            scroll, client = sideways(look)
            assert scroll <= client, (width, url, scroll, client)
            shoot(look, f"{prefix}-{name}-{width}")
            assert axe_violations(look) == [], (width, url)
        audit.close()
