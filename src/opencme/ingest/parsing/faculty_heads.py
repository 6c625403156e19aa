"""Headings that name the people who teach (R-PE-1), beyond the role nouns of
data/people_roles.json.

A heading may close its role noun with a word for what follows about them ("Speaker
Information", "Presenter Bio", "Faculty Details", "Course Instructor(s)"): without that word
it is a role heading. A few role nouns of other English-speaking countries and of workshops
name teachers too ("Tutors", "Course Leader", "Panel Members", "Expert Panel", "Course
Convenor"; R-PE-9).
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.layouts import KEY_ALIASES, Doc, Line, norm_key
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import PEOPLE_ROLES

# what follows about the people, after the role noun (and the "(s)" of a plural, as "s")
_INFO_TAIL = lazy_compile(
    r"(?:\s+(?:s|information|info|details|bio|bios|biography|biographies|profile|profiles))+$"
)
_MORE_HEADS = lazy_compile(
    r"(?:^|\s)(?:tutors?|(?:course|workshop|session|programme|program)\s+leaders?|"
    r"panel\s+members?|expert\s+panel|convenors?|conveners?)$"
)


def role_head(key: str, head_end: re.Pattern[str]) -> bool:
    """Whether the normalised heading or key `key` names teaching people: it ends in a role
    noun (`head_end`), before an information word or not, or in one of the nouns above."""
    if head_end.search(key) or _MORE_HEADS.search(key):
        return True
    bare = _INFO_TAIL.sub("", key)
    return bare != key and bool(bare) and head_end.search(bare) is not None


_HEAD_END = lazy_compile(
    r"(?:^|\s)(?:"
    + "|".join(sorted(map(re.escape, PEOPLE_ROLES["role_heads"]["words"]), key=len)[::-1])
    + r")$"
)


def role_keys(doc: Doc) -> list[Line]:
    """Faculty keys (layouts' aliases) and other keys ending in a role noun (R-PE-1)."""
    return [
        ln
        for ln in doc.lines
        if ln.key == "faculty"
        or (  # a bare heading ("PROGRAM FACULTY", "Instructor Biography")
            not ln.raw_key
            and 0 < len(ln.text) <= 40
            and (
                KEY_ALIASES.get(norm_key(ln.text)) == "faculty"
                or role_head(norm_key(ln.text), _HEAD_END)
            )
            and len(ln.text.split()) <= 4
        )
        or (
            ln.raw_key
            and ln.key is None
            and len(ln.raw_key) <= 50
            and role_head(norm_key(ln.raw_key), _HEAD_END)
        )
    ]
