"""Faculty in a programme's narration (R-PE-17): a titled person as the subject of a verb of
presenting in the present tense, as a page tells the order of its talks ("The event begins
with Dr. A … Dr. B follows with a description of …", "Dr. C then presents …", "Ms. D’s
presentation on …", "Prof. E closes the day with …"). The title (Dr, Prof, Mr, Ms, Mrs) is
required: a present-tense subject without one is as often a body or the course itself ("The
course covers …").
"""

from __future__ import annotations

from opencme.ingest.parsing.faculty_titles import HON
from opencme.ingest.parsing.lazyre import lazy_compile

_WORD = r"[A-Z][a-z][\w'’-]*"
_NARRATED = lazy_compile(
    rf"(?P<name>{HON}(?:[A-Z]\.\s+)?{_WORD}(?:\s+(?:[A-Z]\.\s+)?{_WORD}){{1,3}})"
    r"(?:['’]s\s+(?:presentation|talk|lecture|session|keynote)\b"
    r"|\s+(?:then\s+|also\s+|next\s+|later\s+|finally\s+)?(?:presents|follows\s+with|"
    r"discusses|describes|addresses|covers|reviews|explains|demonstrates|outlines|examines|"
    r"explores|closes|opens|concludes|wraps\s+up|shares|speaks|lectures|teaches)\b)"
)
_CHEAP = ("Dr", "Prof", "Mr", "Ms", "Mrs")


def narrated_people(text: str) -> list[str]:
    """The titled people a line narrates presenting, in order."""
    if not any(h in text for h in _CHEAP):
        return []
    out: list[str] = []
    for m in _NARRATED.finditer(text):
        name = m.group("name").strip()
        if name not in out:
            out.append(name)
    return out
