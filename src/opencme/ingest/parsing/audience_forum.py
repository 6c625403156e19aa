"""An activity described as a place or a chance for people to learn (R-AU-2, docs/corpus.md
"Audience"): "The Reading Circle is a home for hygienists to learn and share", "Branch
days are useful opportunities for nurses to connect", "Pebble Rounds provides a safe forum
for care staff to reflect ...", "The congress offers a chance for midwives to
hear ...". The activity is the sentence's subject (a name or a noun phrase of up to six words;
not an objective's "To create an opportunity for fellows to present", which speaks of one
part), a copula or a verb of giving links it to the noun, and the people are followed by "to"
and a verb; whoever comes by name ("delegates", "participants"), patients and sponsors name no
audience. Read only when nothing else names it; audience.py decides when.
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.audience_heads import names_people
from opencme.ingest.parsing.audience_items import clause_items
from opencme.ingest.parsing.lazyre import lazy_compile

# subject, linking verb, a determiner and up to three modifiers, a noun of place or chance,
# "for", the people, "to" and a verb
_FORUM = lazy_compile(
    r"(?:^|(?<=[.!?]\s))(?P<subject>(?!To\s)(?:[A-Z][\w’'&-]*(?:\s+[\w’'&-]+){0,5}?\s+(?:is|are|provides?|offers?|creates?|"
    r"serves\s+as|acts\s+as|remains?|has\s+become|have\s+become|will\s+be|will\s+provide|"
    r"will\s+offer)))\s+"
    r"(?:(?:a|an|the)\s+)?(?:[\w-]+,?\s+){0,3}?(?:community|forum|platform|space|place|venue|"
    r"hub|network|opportunit(?:y|ies)|chance|setting|environment|home)\s+for\s+"
    r"(?P<list>[^.;:!?]{3,120}?)\s+to\s+(?:[a-z]+ly\s+)?(?:learn|network|share|connect|discuss|"
    r"meet|gain|hear|engage|update|interact|come\s+together|exchange|collaborate|refresh|"
    r"improve|explore|develop|reflect|keep|stay|build|grow|earn|practi[cs]e|study|deepen|"
    r"present|debate|consider)\b"
)
# whoever comes by name, patients, and people there for another part than learning
_NOT_AUDIENCE = frozenset(
    (
        "delegates",
        "participants",
        "attendees",
        "learners",
        "patients",
        "families",
        "people",
        "everyone",
        "sponsors",
        "exhibitors",
        "vendors",
        "members",
        "us",
        "you",
        "them",
    )
)


def forum_for(text: str) -> list[str]:
    """The people an activity is a community, forum or opportunity for, to learn or meet."""
    if " for " not in text or len(text) > 2000:
        return []
    m = _FORUM.search(text)
    if m is None or not _names_activity(m["subject"]):
        return []
    items = clause_items(m["list"])
    if items and all(names_people(i) and i.split()[-1] not in _NOT_AUDIENCE for i in items):
        return items
    return []


# the nouns of a subject that is the activity ("The Study Club", "Regional days", "Our journal
# club"), or a name: every word capitalised ("Pebble Rounds"); not "The website", "Our app"
_ACTIVITY_NOUN = lazy_compile(
    r"\b(?:club|clubs|rounds|days?|conferences?|conventions?|congress|symposium|summit|"
    r"meetings?|workshops?|courses?|programm?e?s?|series|sessions?|seminars?|webinars?|events?|"
    r"forums?|retreats?|masterclass(?:es)?|training|network|group|circle|collaborative|academy|"
    r"institute|school|residency|fellowship|echo)\b",
    re.IGNORECASE,
)
_VERB_END = lazy_compile(
    r"\s+(?:is|are|provides?|offers?|creates?|serves\s+as|acts\s+as|remains?|has\s+become|"
    r"have\s+become|will\s+be|will\s+provide|will\s+offer)$"
)


def _names_activity(subject: str) -> bool:
    words = _VERB_END.sub("", subject).split()
    named = [w for w in words if w.lower() not in ("the", "our", "this", "these", "a", "an")]
    return bool(named) and (
        _ACTIVITY_NOUN.search(" ".join(named)) is not None
        or all(w[:1].isupper() or not w[:1].isalpha() for w in named)
    )
