"""A heading set over several lines, each part but the last ending in a colon (R-TI-19):
"HARBOUR 2031 NATIONAL CONFERENCE:" / "The Time Is Now:" / "Caring Together for Children".
The heading chosen is the last part; the parts above it, in title case or capitals and short,
each ending in a colon, are the name's first parts (docs/corpus.md "Title": a heading ending
in a colon takes the subtitle on the next lines)."""

from __future__ import annotations

from opencme.ingest.parsing.layouts import Line
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.title_clean import is_note
from opencme.ingest.parsing.title_lists import points_forward
from opencme.ingest.parsing.title_noise import capped, generic_heading, page_noise

_PARTS = 3  # parts above the chosen line looked at


def _part(ln: Line) -> str | None:
    """The line as a first part of a heading: short, in title case, ending in a colon."""
    t = " ".join(ln.text.split())
    words = t.split()
    if (
        not t.endswith(":")
        or ln.key is not None
        or not 2 <= len(words) <= 10
        or not capped(words)
        or t.endswith("::")
        or points_forward(t)  # "Please Review the Following Article:" opens what follows
        or page_noise(t[:-1])
        or is_note(t[:-1])  # "Featured CME:", "Accredited Webinar:": a label before the name
        or generic_heading(words)
    ):
        return None
    return t


def parts_above(head: list[Line], i: int) -> list[str]:
    """The heading's first parts on the lines right above line i, top first."""
    parts: list[str] = []
    j = i - 1
    while j >= 0 and len(parts) < _PARTS and (p := _part(head[j])):
        parts.append(p)
        j -= 1
    return parts[::-1]


# a byline after a subtitle: the subtitle ends before it
_BYLINE_SPLIT = lazy_compile(r"\s+By\s+(?=[A-Z])")


def with_subtitle(title: str, nxt: Line) -> str:
    """A heading ending in a colon ("<name>:") and its subtitle on the next line, in title
    case and short ("What Should You Reach For First?"): one name (R-TI-1)."""
    sub = nxt.text.strip()
    words = sub.split()
    if (
        2 <= len(words) <= 12
        and capped(words)
        and nxt.raw_key is None
        and nxt.key is None
        and sub[-1] not in ".:;,"
        and _BYLINE_SPLIT.split(sub)[0] == sub
    ):
        return f"{title} {sub}"  # a question stays: subtitles often ask one
    return title


def body_paragraph(t: str) -> bool:
    """A paragraph of the page's body: long prose, not a cookie or privacy banner."""
    return len(t) > 200 and "cookie" not in t.lower() and "privacy" not in t.lower()


def wrapped_line(prev: str, t: str) -> bool:
    """The line goes on with the sentence of a long line of prose above it that stops without
    a sentence's end (text wrapped from a PDF or a narrow column)."""
    prev = prev.rstrip()
    return (
        len(prev) > 80
        and len(t) > 60
        and prev[-1:].isalpha()
        and len(prev.split()) >= 12
        and len(t.split()) >= 10
        and not capped(prev.split())  # a long heading above ends without a stop too
    )
