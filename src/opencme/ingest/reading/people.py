"""Person names with their credentials, as faculty lines write them.

The tagger finds the lines; `person_spans` reads the people out of one with the rules' own
reading of a person (`parsing.faculty.people_at`: a name with post-nominal letters or an
honorific, or a bare name alone or in a list of names), after a key ("Speakers:") or an agent
phrase ("Presented by"), so that one definition of a person serves both readers. Role and
affiliation text after a name ("Chair", "University of ...") is left out.

`PERSON` is the tagger's feature pattern (reading/features.py): a name of two to five
capitalised words, optionally after honorifics, optionally followed by credentials. It is kept
as it was so the features, and the shipped model, do not change with the span reader.
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.faculty import people_at
from opencme.ingest.parsing.vocab import CREDENTIALS

_HONORIFIC = r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Sir|Dame|Assoc\.?\s+Prof)\.?\s+)"
_CAP = r"[A-Z][\w'’.-]*"
_PARTICLE = r"(?:de|da|del|della|van|von|der|den|la|le|di|du|bin|al)"
_CRED_ALT = "|".join(re.escape(c) for c in sorted(CREDENTIALS, key=len, reverse=True))
_CRED = rf"(?:{_CRED_ALT}|(?:[A-Z][a-z]?\.){{2,4}}|[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*|[A-Z]-[A-Z]+)"
PERSON = re.compile(
    rf"(?P<name>{_HONORIFIC}*{_CAP}(?:\s+(?:{_PARTICLE}\s+)?{_CAP}){{1,4}})"
    rf"(?P<creds>(?:,?\s+{_CRED}\.?(?=[\s,;)|]|$))*)"
)
_KEY = re.compile(r"^\s*[^:]{1,40}:\s*(?=\S)")


def person_spans(text: str) -> list[str]:
    """The people a faculty line names, each with the credentials written after it."""
    text = _KEY.sub("", text, count=1) if ":" in text[:42] else text
    return people_at(text, lead=True)
