"""A news story about an activity: the site's news section over the story ("Hospital News",
"Latest News", "Press Releases") is no title, and a headline in sentence case that names no
event ("Local nurses gather to learn about wound healing", "Doctors urged to update sepsis
skills") gives way to the event its opening paragraph reports ("… welcomed 200 nurses to the
Harbour Wound Care Symposium on Friday" → "Harbour Wound Care Symposium"; docs/corpus.md
"Title": a news headline around the activity gives the name of the event it reports; R-TI-21)."""

from __future__ import annotations

import re

from opencme.ingest.parsing.layouts import Line, build_doc
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.title_named import named_in_prose
from opencme.ingest.parsing.vocab import DESCRIPTION_KEYS

# the last words of a news section's heading: a site's newsroom and its kinds of story
_NEWS_ENDS = lazy_compile(
    r"(?:\bnews(?:room)?|\bannouncements?|\b(?:press|media)\s+releases?|\bblog|"
    r"\bnews\s+(?:&|and)\s+(?:events|updates|stories)|\bin\s+the\s+news)\Z",
    re.IGNORECASE,
)
_ACTIVITY = lazy_compile(
    r"\b(?:" + "|".join(DESCRIPTION_KEYS["activity_nouns"]) + r")s?\b", re.IGNORECASE
)


# news a course teaches to tell, not a site's section: "Delivering Bad News", "Breaking
# Difficult News to Families"
_TOLD = frozenset(
    {"bad", "difficult", "hard", "unwelcome", "serious", "delivering", "breaking", "sharing"}
    | {"giving", "telling", "communicating", "disclosing"}
)


def news_section(text: str) -> bool:
    """A short heading ending in a news word ("Hospital News", "Latest News", "Media
    Releases", "News & Events"): the site's news section, never the activity's name."""
    t = text.strip()
    words = t.split()
    return (
        1 <= len(words) <= 5
        and t[:1].isupper()
        and _NEWS_ENDS.search(t) is not None
        and _ACTIVITY.search(t) is None
        and _TOLD.isdisjoint(w.lower() for w in words)
    )


_LEAD_LOOK = 3  # the lines below a headline its story's first paragraph is looked for in
_LEAD_MIN = 60  # characters of a paragraph of prose (a sentence or more)
# a headline: a sentence-case clause, four words or more, not a name with a colon or a question
_HEADLINE_MIN = 4


def _headline(title: str) -> bool:
    """A news headline in sentence case: four words or more, its first word capitalised, most
    of its other longer words not, half at least (a clause, not a name in title case), no colon, no
    question."""
    words = title.split()
    if len(words) < _HEADLINE_MIN or ":" in title or title.endswith("?") or not title[:1].isupper():
        return False
    longer = [w for w in words[1:] if len(w) > 3 and w[:1].isalpha()]
    return bool(longer) and sum(w[:1].islower() for w in longer) * 2 >= len(longer)


# the verbs a news headline puts after its subject when it reports people meeting or learning
# (headline style: present tense for what has happened, "to" + verb for the future, a bare past
# participle for the passive: "Nurses Gather …", "Experts Discuss …", "Doctors Urged to …",
# "Record Turnout Expected …"); the organiser's verbs (hosts, holds, launches …) are R-TI-6's
_CLAUSE_VERBS = (
    "gather|meet|discuss|debate|explore|tackle|celebrate|gear|head|flock|converge|unite|"
    "convene|descend|hone|sharpen|attend|learn|focus|return|call|urge|mark|weigh|reflect|"
    "upskill|network|train|brush"
)
# participles that also name things in course titles ("Nationally Recognised Training", "Skill
# Set", "Board Certified") are left out
_PASSIVE = (
    "urged|trained|honoured|honored|invited|told|expected|encouraged|equipped|briefed|taught|"
    "welcomed|tipped|challenged|asked|reminded"
)
# a plural noun as the subject (capitalised, ending in s: "Nurses", "Midwives", "Experts"),
# then a verb of the clause; or any capitalised subject, then a passive participle
_TITLE_HEADLINE = lazy_compile(
    r"^(?:[A-Z][\w’'&-]*\s+){0,4}?[A-Z][\w’'-]*[^s\W]s\s+(?:(?:to|will|to\s+be)\s+)?(?:"
    + _CLAUSE_VERBS
    + r")\b"
    r"|^(?:[A-Z][\w’'&-]*\s+){1,5}(?:" + _PASSIVE + r")\b",
    re.IGNORECASE,
)


def _title_headline(title: str) -> bool:
    """A headline in title case: a clause, its subject then a verb of meeting or learning or a
    passive participle ("Nurses Gather to Learn About X", "Doctors Urged to Update X"), not a
    name's noun phrase ("Managing X in Older Adults", "Wound Care Essentials for Nurses")."""
    words = title.split()
    if len(words) < _HEADLINE_MIN or ":" in title or title.endswith("?"):
        return False
    m = _TITLE_HEADLINE.match(title)
    # the verb is written as a word of the headline (capitalised in title case)
    return m is not None and m.group(0).split()[-1][:1].isupper()


def story_name(head: list[Line], i: int, title: str) -> str | None:
    """The event the story under a headline reports, named in its lead paragraph (R-TI-5's
    names in prose, read there only); None when the headline is none or its lead names no
    event."""
    if not (_headline(title) or _title_headline(title)):
        return None
    # the story's lead: its first paragraph of prose, a byline or a dateline above it at most
    # (an article's title in sentence case opens on its subject, a story on what happened)
    lead = next(
        (
            t
            for ln in head[i + 1 : i + 1 + _LEAD_LOOK]
            if len(t := ln.text.strip()) >= _LEAD_MIN and t[-1:] in '.!"”’'
        ),
        None,
    )
    if lead is None:
        return None
    name = named_in_prose(build_doc(lead), [])
    if name is None or len(name.split()) < 2 or name.lower() in title.lower():
        return None
    return name
