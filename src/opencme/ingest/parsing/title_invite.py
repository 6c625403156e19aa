"""The name an invitation gives (R-TI-14): "Join us at the Harbour Nursing Forum 2031 …", "Join
our 2031 Advanced Wound Care Certification Cohort beginning in May". An opening invitation to
take part names the activity in title case after "join (us at/for/in) the/our"; a list or a
community one joins ("our Waiting List", "join Lumio today") is two words or fewer, or no name."""

from __future__ import annotations

from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.title_noise import never_title, page_noise

_INVITED = lazy_compile(
    r"\b[Jj]oin\s+(?:us\s+(?:at|for|in)\s+)?(?:the|our)\s+"
    r"(?P<name>[A-Z0-9][\w’'&/-]*(?: (?:of|and|for|in|on|the|&|[A-Z0-9][\w’'&/-]*"
    r"|\([A-Z][\w-]{1,9}\))){2,14})(?=[ ,.;:“\"]|$)"
)

_SMALL = frozenset({"of", "and", "for", "in", "on", "the", "&"})


def invited_name(text: str) -> str | None:
    """The name in title case an invitation to join gives: "Join our 2031 Wound Care Cohort"."""
    if "oin " not in text:
        return None
    m = _INVITED.search(text)
    if m is None:
        return None
    words = m["name"].split()
    while words and words[-1] in _SMALL:
        words.pop()  # "… Forum of the" before a word in lower case
    name = " ".join(words)
    if len(words) < 3:
        return None
    return None if page_noise(name) or never_title(name) else name
