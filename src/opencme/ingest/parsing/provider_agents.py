"""The agent wordings of the provider beyond data/provider_cues.json's participles (R-PV-53,
R-PV-54): the open set of English verbs and phrasal verbs a page uses for putting on an
event, passive with "by" ("put on by X", "held by X", "run by X", "brought to you by X",
"convened by X"), and the joint participles ("co-hosted by A and B", "jointly presented by A
and B"). Apart from provider_cues.py, which merges them into its cue table, because they take
a guard the table's cues do not: the clause before the cue must be about the activity."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from opencme.ingest.parsing.layouts import Line
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import PROVIDER_CUES

# R-PV-53: verbs of putting on, holding or running an event (English, any spelling of the
# participle the page writes: "organised", "organized" are in the table already), each an
# organisation only (a person "runs" a session, "conducts" a workshop) and only when the clause
# before it names the activity or the cue opens its line ("This course is run by X", "Put on
# by: X"): "relationships held by X", "a survey conducted by X" name no activity
_PASSIVE_VERBS = (
    "put on",
    "planned",
    "held",
    "run",
    "brought to you",
    "convened",
    "conducted",
    "staged",
    "arranged",
    "coordinated",
    "co-ordinated",
    "facilitated",
    "led",
)
# R-PV-54: a participle of providing or offering made joint by "jointly" or "co-" (ACCME's
# "joint providership"; data/provider_cues.json has "jointly provided/sponsored", "co-provided"
# at rank 1): "co-hosted by A and B", "jointly presented by A and B" name the provider (the
# first) and its partners (R-JP-1) when no other cue does; one organisation alone after them
# is a partner of a provider the page names otherwise, no provider
_JOINT_PARTICIPLES = (
    "hosted",
    "sponsored",
    "presented",
    "organised",
    "organized",
    "offered",
    "delivered",
    "convened",
    "held",
    "run",
    "produced",
    "developed",
    "led",
)
JOINT_PARTICIPLE = (
    r"(?:jointly\s+|co-?\s?)(?:" + "|".join(map(re.escape, _JOINT_PARTICIPLES)) + r")"
)

# the Joint Accreditation statement's "this activity has been planned and implemented by X"
# names the provider when no statement names the jointly accredited one (rank 3, after the
# statements: in "planned and implemented by A and B. B is jointly accredited ..." B provides,
# whatever the order; R-JP-1 reads the plural's partners)
# each group of verbs is one cue with one pattern (`pattern`, tried after the table's own cues:
# "jointly sponsored by" stays the table's rank-1 cue): one alternative each keeps the cue
# pattern short (it runs on every line holding "by")
_PASSIVE = "|".join(r"[\s-]+".join(map(re.escape, v.split())) for v in _PASSIVE_VERBS)
EXTRA_CUES: list[dict[str, Any]] = [
    {"verb": "planned and implemented", "rank": 3, "joint": True, "org_only": False},
    {
        "verb": "put on/held/run by",
        "pattern": rf"(?:{_PASSIVE})",
        "rank": 4,
        "joint": False,
        "org_only": True,
        "about": True,
    },
    {
        "verb": "co-hosted/jointly presented by",
        "pattern": JOINT_PARTICIPLE,
        "rank": 5,
        "joint": True,
        "org_only": True,
        "plural": True,
    },
]

# what makes a clause about the activity: its nouns (data/provider_cues.json activity_nouns,
# activity_mentions, and the parts of a programme's day), or "it" opening the clause ("It is
# run by X"; "this", "which" stand for a study or a relationship as often)
# the activity nouns and the prose words naming one (data/provider_cues.json), as one
# alternation (joint_providers.py's activity sentences use it too)
ACTIVITY_WORDS = "|".join(
    r"\s+".join(map(re.escape, n.split()))
    for n in (*PROVIDER_CUES["activity_nouns"], *PROVIDER_CUES["activity_mentions"])
)
_ABOUT = lazy_compile(
    r"\b(?:"
    + ACTIVITY_WORDS
    + r"|events|day|days|evening|evenings|retreats?|expos?|colloqui(?:um|a))\b|^\s*[Ii]t\b",
    re.IGNORECASE,
)
# the clause before the cue: from the last sentence end, colon or dash
_CLAUSE_START = lazy_compile(r".*(?:[.!?;:]\s|\s[-–—]\s|^)", re.DOTALL)
# a bullet or key mark alone before the cue: the cue opens the line (a byline)
_BYLINE = lazy_compile(r"^[\s\-•*–—|]*$")


def about_activity(text: str, start: int) -> bool:
    """The clause ending at `start` names the activity, or nothing stands before the cue."""
    lo = max(0, start - 200)
    before = text[lo:start]
    m = _CLAUSE_START.match(before)
    clause = before[m.end() :] if m else before
    return _BYLINE.match(clause) is not None or _ABOUT.search(clause) is not None


# a line that is a name only: capitalised words with particles between
_NAME_LINE = lazy_compile(
    r"(?:\(?[A-Z0-9][\w'’.&()-]*,?(?:\s+|$)|(?:of|for|and|the|in|on|at|de|du|la|le|&)\s+)+"
)


def names_below(lines: Sequence[Line], i: int) -> str:
    """The names on the lines under a key or byline alone on line `i` ("Co-hosted by:", "In
    partnership with:"; blank lines between): up to three short lines each a name only,
    joined as a list ("A, B")."""
    names: list[str] = []
    for ln in lines[i + 1 : i + 7]:
        text = ln.text.strip()
        if not text:
            continue
        m = _NAME_LINE.match(text)
        if len(text) > 80 or not m or m.end() < len(text) or len(names) == 3:
            break
        names.append(text)
    return ", ".join(names)
