"""Another field's paragraph in a description's shape, never the description (docs/corpus.md
"Description"): the target audience statement, the objectives or outcomes written as a
paragraph, a faculty biography and a faculty statement. And the sentence end the description
reader splits paragraphs at."""

from __future__ import annotations

import re

from opencme.ingest.parsing.description_schedule import schedule_only
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.title_fields import is_objective_verb
from opencme.ingest.parsing.vocab import CREDENTIALS, DESCRIPTION_KEYS

# a sentence end: not the point of a title or an initial before a name ("Dr. Lee", "J. Smith")
SENTENCE_GAP = lazy_compile(
    r"(?<=[.!?])(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bProf\.)(?<!\bSt\.)"
    r"(?<!\b[A-Z]\.)\s+(?=[A-Z(\"“])"
)


# another field's paragraph in a description's shape: the target audience statement ("This
# activity is intended for …", ACCME's "designed to meet the educational needs of …") and
# the objectives ("Participants will be able to …", "Describe the role of …")
_AUDIENCE_STATEMENT = lazy_compile(
    r"^(?:this|the)\s+(?:[\w,-]+\s+){0,3}?(?:is|are|has\s+been)\s+(?:(?:intended|designed|suited|"
    r"geared|tailored)\s+(?:\w+ly\s+)?for|(?:suitable|appropriate)\s+for|designed\s+to"
    r"\s+meet\s+the\s+(?:educational\s+)?needs)\b",
    re.IGNORECASE,
)
# the audience invited: the people as subject, "are invited to attend / join / participate"
# ("All staff of the Lakeside wards are invited to attend the discussion …")
# ("You are warmly invited to join us for …" names no people: an invitation, R-DE-8)
_INVITED = lazy_compile(
    r"^(?!you\s)(?:[\w'’-]+\s+){1,8}?(?:are|is)\s+(?:\w+\s+)?invited\s+to\s+(?:attend|join|participate)\b",
    re.IGNORECASE,
)
_OUTCOMES = lazy_compile(r"\bwill\s+(?:\w+\s+and\s+)?be\s+(?:better\s+)?able\s+to\b", re.IGNORECASE)


# a biography's opening: a person's name, then a credential after a comma ("Ann Lee, MD, is
# professor of …"; the credentials are vocab.CREDENTIALS, the faculty reader's)
_BIOGRAPHY = lazy_compile(
    r"^(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+,\s+(?:"
    + "|".join(map(re.escape, sorted(CREDENTIALS, key=len, reverse=True)))
    + r")\b"
)


# a faculty statement: the activity's people as the first sentence's subject ("The course
# lead is Ann Lee, RN", "The author and presenter for this program is Dr. Lee", "Our speakers
# are …"; description_keys.json "faculty_roles")
_FACULTY_STATEMENT = lazy_compile(
    r"^(?:the|our|your)\s+(?:[\w-]+\s+){0,2}?(?:"
    + "|".join(map(re.escape, DESCRIPTION_KEYS["faculty_roles"]))
    + r")s?(?:\s+(?:and|&)\s+(?:"
    + "|".join(map(re.escape, DESCRIPTION_KEYS["faculty_roles"]))
    + r")s?)?(?:\s+(?:for|of)\s+(?:this|the)\s+[\w-]+)?\s+(?:is|are|will\s+be)\b",
    re.IGNORECASE,
)


def other_field(text: str) -> bool:
    """The audience statement or the objectives written as a paragraph (docs/corpus.md
    "Description": never the target audience paragraph nor the objectives): a paragraph of
    one sentence stating the audience, or one opening with the outcomes or an objective."""
    first = SENTENCE_GAP.split(text, maxsplit=1)
    words = text.split(maxsplit=2)
    return bool(
        (len(first) == 1 and _AUDIENCE_STATEMENT.match(text))  # nothing but the audience
        or (len(first) == 1 and "invited" in text and _INVITED.match(text) is not None)
        or _OUTCOMES.search(first[0])
        or (len(words) > 2 and is_objective_verb(words[0]) and words[1][:1].islower())
        or _BIOGRAPHY.match(text) is not None  # a faculty biography
        or _FACULTY_STATEMENT.match(text) is not None  # who leads or presents it
        or schedule_only(text)  # when it meets, one sentence with a clock time
    )
