"""The organisation a page names as the activity's owner in the words other sites use
(R-PV-55..57): "an educational activity of X", "a course from X", "A X event", "a
X-sponsored webinar", a heading "X presents", and the holder of a footer's copyright notice
in its other shapes ("© 2025 X", "X – All rights reserved"). Each finder gives (name, line
number, line text) or None; providers.py asks them after the cues and statements."""

from __future__ import annotations

import re

from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.org_names import GENERIC_BODY, HEAD_NOUN, PERSON
from opencme.ingest.parsing.org_names import clean_org as _clean_org
from opencme.ingest.parsing.org_names import good_org as _good_org
from opencme.ingest.parsing.org_names import split_orgs as _split_orgs
from opencme.ingest.parsing.provider_cues import _CAP_RUN, _OWNER_RUN, ACT_NOUNS
from opencme.ingest.parsing.vocab import is_accreditor

# R-PV-55: "an educational activity of X", "This is a CME initiative of the X", "a free course
# from X": an indefinite article (or "this is a") and an activity's noun (data/provider_cues.json
# activity_nouns, or the record's "activity", "event", "initiative", "offering"), up to two
# modifiers before it, and "of"/"from" its owner. "program(me)" is left out: "X is a program of
# Y" names a unit of Y, not the activity. The owner is a name with an organisation's word.
_MODIFIER = r"(?:[A-Za-z][\w-]*\s+){0,2}?"
_OWNED_NOUN = rf"(?:activity|activities|event|events|initiative|offering|{ACT_NOUNS})"
_OF_OWNER = lazy_compile(
    rf"(?<![\w-])(?:[Aa]n?|[Oo]ne|(?:[Tt]his|[Ii]t)\s+is\s+an?)\s+{_MODIFIER}{_OWNED_NOUN}\s+"
    rf"(?:of|from)\s+(?:the\s+)?(?P<org>{_CAP_RUN})"
)
_NOT_PROGRAM = lazy_compile(r"(?i:\bprogram(?:me)?s?\s+(?:of|from)\s)")
# R-PV-56: "A X event", "This X-sponsored webinar", "an X hosted workshop": the owner a run of
# capitalised words holding an organisation's head noun (org_names.HEAD_NOUN; a bare acronym
# may be a place, "a UK event"), after an indefinite or demonstrative article (a definite one
# may name a partner's event: "at the X event")
_EVENT_OWNER = lazy_compile(
    rf"(?<![\w-])(?:A|An|This|a|an|this)\s+{_OWNER_RUN}"
    r"(?:(?:-|\s+)(?:sponsored|hosted|organi[sz]ed|run|led|presented|endorsed))?\s+"
    rf"(?:(?!(?:and|or|the|of|in|at|to|with|for|an?)\s)[\w-]+\s+){{0,2}}?"
    rf"(?:events?\b|{ACT_NOUNS}\b)"
)
# "A webinar by the X Society", "Workshop by X College": an activity's noun and "by" its
# owner (a head noun in the name: a lecture "by Dr X" names a speaker)
_BY_OWNER = lazy_compile(rf"(?<![\w-]){ACT_NOUNS}\s+by\s+(?:the\s+)?(?P<org>{_CAP_RUN})")
_HYPHEN_OWNER = lazy_compile(
    rf"(?<![\w-])(?:A|An|This|a|an|this|[Tt]he)\s+(?P<org>{_CAP_RUN})-"
    r"(?:sponsored|hosted|organi[sz]ed|run|led|presented)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:events?\b|{ACT_NOUNS}\b)"
)


# a sentence's full stop after the name ("... of the X Society."), not a company's "Inc."
_STOP = lazy_compile(r"(?<!\bInc)(?<!\bLtd)(?<!\bCo)(?<!\bCorp)\.$")


def _named(org: str) -> bool:
    return (
        bool(org)
        and GENERIC_BODY.match(org) is None
        and " " in org
        and HEAD_NOUN.search(org) is not None
        and _good_org(org, True)
        and not PERSON.search(org)
        and not is_accreditor(org)
    )


def owned_activity(doc: Doc) -> tuple[str, int, str] | None:
    """The first organisation a line names owning the activity: "an educational activity of
    X", "a course from X" (R-PV-55), "A X event", "a X-sponsored webinar" (R-PV-56)."""
    low = doc.low
    of = " of " in low or " from " in low
    hyphen = "-sponsored" in low or "-hosted" in low or "-organi" in low or "-led " in low
    event = "event" in low or "sponsored" in low or "hosted" in low or "organi" in low
    if not (of or hyphen or event or " by " in low):
        return None
    for ln in doc.lines:
        text = ln.text
        if len(text) > 3000:
            continue
        tl = text.lower()
        pats = []
        if " of " in tl or " from " in tl:
            pats.append(_OF_OWNER)
        if "-" in text:
            pats.append(_HYPHEN_OWNER)
        if "event" in tl or "sponsored" in tl or "hosted" in tl or "organi" in tl:
            pats.append(_EVENT_OWNER)
        if " by " in tl:
            pats.append(_BY_OWNER)
        for pat in pats:
            for m in pat.finditer(text):
                if pat is _OF_OWNER and _NOT_PROGRAM.search(m.group(0)):
                    continue
                # "a joint initiative of A and B": A (R-JP-1 reads B)
                first = _split_orgs(_STOP.sub("", m.group("org")))
                org = _clean_org(first[0]) if first else ""
                if _named(org):
                    return org, ln.no, text
    return None


# R-PV-57: a heading "X presents" ("X proudly presents", "X presents:") alone on its line, the
# activity's title after it: the organisation presenting it
_PRESENTS = lazy_compile(
    rf"^\s*(?:[Tt]he\s+)?(?P<org>{_CAP_RUN})\s+(?:(?:[Pp]roudly|[Aa]lso)\s+)?[Pp]resents?"
    # alone, or its title after a colon or a dash ("X Presents: Winter School 2026")
    r"(?:\s*[:.…-]?\s*$|\s*(?::|\s[-–—])\s+\S)"
)


def presenting_heading(doc: Doc) -> tuple[str, int, str] | None:
    """The organisation of a line "X presents" whose next line is the activity's title."""
    if "present" not in doc.low:
        return None
    for ln in doc.lines:
        if "resent" not in ln.text or len(ln.text) > 120:
            continue
        m = _PRESENTS.match(ln.text)
        org = _clean_org(m.group("org")) if m else ""
        if org and _good_org(org, True):
            return org, ln.no, ln.text
    return None


# R-PV-58: a footer's copyright notice in the shapes besides "Copyright 2025, X. All Rights
# Reserved." (providers.py): the sign and year alone ("© 2025 X", "Copyright © 2019-2025 X
# Inc.", "X © 2025"), or the reservation without the sign ("X – All rights reserved"), each a
# short line of its own; an article's or a picture's notice is the material's
# ("Unauthorized reproduction of this article", "used with permission")
_SIGN = r"(?:©|\([Cc]\)|Copyright(?:\s*©)?)"
_YEARS = r"\d{4}(?:\s*[-–]\s*\d{4})?"
_NOTICE = lazy_compile(
    rf"^\s*{_SIGN}\s*(?:{_YEARS},?\s+)?(?:by\s+)?(?:[Tt]he\s+)?"
    r"(?P<org>[A-Z][^|•·©\n]{1,80}?)\s*(?:[.,]?\s*(?:[|•·].*|(?i:all\s+rights\s+reserved)\.?)?)$"
    rf"|^\s*(?:[Tt]he\s+)?(?P<org2>[A-Z][^|•·©\n]{{1,80}}?),?\s*{_SIGN}\s*{_YEARS}\.?\s*$"
    r"|^\s*(?:[Tt]he\s+)?(?P<org3>[A-Z][^|•·©\n]{1,80}?)\s*[-–—.,|]\s*(?i:all\s+rights\s+"
    r"reserved)\.?\s*$"
)
_NOTICE_WORDS = ("©", "opyright", "(c)", "rights reserved")
_MATERIAL = lazy_compile(r"(?i:article|permission|reprint|image|photo|figure|journal)")


def footer_notice(doc: Doc) -> tuple[str, int, str] | None:
    """The holder of a short copyright line (R-PV-58): an organisation's name or a domain."""
    if not any(w in doc.low for w in _NOTICE_WORDS):
        return None
    for ln in doc.lines:
        text = ln.text
        if len(text) > 160 or not any(w in text.lower() for w in _NOTICE_WORDS):
            continue
        if _MATERIAL.search(text):
            continue
        m = _NOTICE.match(text)
        if not m:
            continue
        raw = m.group("org") or m.group("org2") or m.group("org3") or ""
        org = _clean_org(re.sub(r"\s*[-–—.,]?\s*$", "", raw))
        if org and (_good_org(org, True) or _DOMAIN.match(org)):
            return org, ln.no, text
    return None


_DOMAIN = lazy_compile(r"^[\w.-]+\.(?:org|com|net|edu|gov|ca|uk|eu|au|nz)$", re.IGNORECASE)
