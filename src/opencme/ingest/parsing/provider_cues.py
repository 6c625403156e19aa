"""The cue tables of data/provider_cues.json as patterns: the agents after a cue ("provided by
X", "jointly provided by X and Y"; `cued_agents`, read once per Doc) and the organisations a
line names offering or owning an activity (R-PV-7: "X offers online workshops", "A X
webinar", "X's Annual Conference"; `acting_org`). Apart from the rules that choose among them
(providers.py, joint_providers.py) because the provider and the joint providers both ask
them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.org_names import ACRONYM_SHAPE as _ACRONYM_SHAPE
from opencme.ingest.parsing.org_names import GLUED_PREFIX as _GLUED_PREFIX
from opencme.ingest.parsing.org_names import HEAD_NOUN as _HEAD_NOUN
from opencme.ingest.parsing.org_names import PERSON as _PERSON
from opencme.ingest.parsing.org_names import RECORD_WORDS as _RECORD_WORDS
from opencme.ingest.parsing.org_names import at_host, owner_of
from opencme.ingest.parsing.org_names import clean_org as _clean_org
from opencme.ingest.parsing.org_names import good_org as _good_org
from opencme.ingest.parsing.org_names import split_orgs as _split_orgs
from opencme.ingest.parsing.provider_agents import EXTRA_CUES, about_activity, names_below
from opencme.ingest.parsing.provider_guards import not_an_owner
from opencme.ingest.parsing.title_tails import REGION_NAMES
from opencme.ingest.parsing.vocab import PROVIDER_CUES, is_accreditor


# --- cue phrases (data/provider_cues.json): "provided by X", "jointly provided by X and Y" ----
def _cue_re(cues: list[dict[str, Any]]) -> re.Pattern[str]:
    return lazy_compile(
        r"(?<![\w-])(?:"
        + "|".join(
            "("
            + (c.get("pattern") or r"[\s-]+".join(re.escape(w) for w in c["verb"].split()))
            # an adverb may stand between the participle and "by" ("hosted recently by")
            + (r")\s+" if c.get("no_by") else r")\s+(?:[a-z]{2,}ly\s+)?by\b")
            for c in cues
        )
        + r")\s*:?\s*",
        re.IGNORECASE,
    )


# the English cues, and apart (tried only on a line holding their prepositions) the Romance
CUES = sorted(
    [*(c for c in PROVIDER_CUES["agent_cues"] if not c.get("romance")), *EXTRA_CUES],
    key=lambda c: ("pattern" in c, -len(c["verb"])),
)
CUE_RE = _cue_re(CUES)
_RCUES = sorted(
    (c for c in PROVIDER_CUES["agent_cues"] if c.get("romance")), key=lambda c: -len(c["verb"])
)
_RCUE_RE = _cue_re(_RCUES)
NOT_AFTER = lazy_compile(
    r"\b(?:" + "|".join(map(re.escape, PROVIDER_CUES["not_after"])) + r")\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# where an agent's name ends: sentence end (not the full stop of "Inc.", "Corp." or a Saint's or
# Mount's "St.", "Mt."), clause, or a preposition starting a new phrase
AGENT_END = lazy_compile(
    r"(?<!\bInc)(?<!\bLtd)(?<!\bCorp)(?<!\bSt)(?<!\bMt)(?<!\b[A-Z](?=\.\s[A-Z][a-z]))[.;|!?](?:\s|$)|(?<=\bLtd)\.(?=\s+[^\s(,]|$)|(?<=\bInc\.)(?=\s+[^\s(,]|$)|(?<=\bCorp\.)(?=\s+[^\s(,]|$)|(?<=[a-z]{2})\.(?=[A-Z][a-z])|,\s+(?:which|who|and\s+(?:is|was|supported)|in\s)|\s+(?:in\s+(?:collaboration|"
    r"partnership|association|cooperation|conjunction|joint\s+providership)\s+with|(?:joint\s+"
    r"providership\s+)?with|to|through|under|is|was|has|"
    r"and\s+supported|supported|at\s+(?:the|a|its|our)|on\s+\d+)\s|\s[-–—]\s|\s\((?=[a-z])|\s{2,}|$"
)


# the agent's prepositions of the Romance cues ("organizado pela", "organisé par"): a cheap
# test before the cue pattern on a text with no "by"
_ROMANCE_TAILS = tuple(
    sorted(
        {" " + c["verb"].split()[-1] + " " for c in PROVIDER_CUES["agent_cues"] if c.get("romance")}
    )
)


_ROMANCE_RE = lazy_compile("|".join(map(re.escape, _ROMANCE_TAILS)))


def _romance(low: str) -> bool:
    return _ROMANCE_RE.search(low) is not None


@dataclass(frozen=True, slots=True)
class Cued:
    """Organisations named after a provider cue, the provider first."""

    orgs: list[str]
    joint: bool
    line: int
    text: str


def cued_agents(doc: Doc, max_rank: int) -> Cued | None:
    """The best-ranked "provided by X [and Y]" of the text with a rank up to `max_rank`; read
    once per Doc (the provider and the joint providers both ask; callers only read).

    The page is read once with every rank: the reading with a lower `max_rank` is that one
    when its rank is within it, else None. A match is tried only while no match of its rank or
    a better one was found, the same with any bound, so the bounded reading's best ones are
    the unbounded reading's of a rank within the bound, and the last of them is its best."""
    if "cued_agents" not in doc.memo:
        doc.memo["cued_agents"] = _cued_agents(doc, _ANY_RANK)
    found: tuple[int, Cued] | None = doc.memo["cued_agents"]
    return found[1] if found is not None and found[0] <= max_rank else None


_ANY_RANK = 1_000_000  # above every cue's rank (data/provider_cues.json)


def _cue_matches(
    text: str, english: bool, romance: bool
) -> Iterator[tuple[re.Match[str], dict[str, Any]]]:
    """The cue matches of a line and their cues: the English ones, then the Romance ones."""
    for m in CUE_RE.finditer(text) if english else ():
        yield m, CUES[(m.lastindex or 1) - 1]
    for m in _RCUE_RE.finditer(text) if romance else ():
        yield m, _RCUES[(m.lastindex or 1) - 1]


def _legal_name(org: str, doc: Doc) -> bool:
    """The page also writes `org` with a company suffix ("X Inc." in an address block): an
    organisation though its words name no kind."""
    if " " not in org or not any(x in doc.flat for x in ("Inc", "LLC", "Ltd")):
        return False
    return re.search(re.escape(org) + r",?\s+(?:Inc\b|LLC\b|Ltd\b)", doc.flat) is not None


# a programme's time slot ("8:00 – 11:00 AM Ethics Cases Presented by the X Society")
_TIME_SLOT = lazy_compile(
    r"^\s*\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*[-–—]\s*\d{1,2}[:.]\d{2}"
)


def _timetable_slots(doc: Doc) -> set[int]:
    """The lines of time slots naming an agent when two or more do (R-PV-52): each session's
    presenter, not the activity's provider."""
    slots = {ln.no for ln in doc.lines if " by " in ln.text.lower() and _TIME_SLOT.match(ln.text)}
    return slots if len(slots) >= 2 else set()


def _cued_agents(doc: Doc, max_rank: int) -> tuple[int, Cued] | None:
    romance = _romance(doc.low)
    if " by" not in doc.low and "ship of" not in doc.low and not romance:
        return None
    best: tuple[int, Cued] | None = None
    lines = doc.lines
    slots = _timetable_slots(doc)
    for i, ln in enumerate(lines):
        low = ln.text.lower()
        if not ln.text or not ("by" in low or "ship of" in low or (romance and _romance(low))):
            continue
        if ln.no in slots:
            continue
        english = "by" in low or "ship of" in low
        for m, cue in _cue_matches(ln.text, english, romance and _romance(low)):
            if cue["rank"] > max_rank or (best and best[0] <= cue["rank"]):
                continue
            if NOT_AFTER.search(ln.text[max(0, m.start() - 30) : m.start()]):
                continue
            if cue.get("about") and not about_activity(ln.text, m.start()):
                continue  # "relationships held by X": no activity put on (R-PV-53)
            rest = ln.text[m.end() :]
            if not rest.strip() and cue.get("plural"):  # "Co-hosted by:" over the names
                rest = names_below(lines, i)
            elif not rest.strip():  # the key alone on its line: the agent is on the next one
                nxt = next((x for x in lines[i + 1 : i + 4] if x.text.strip()), None)
                rest = nxt.text if nxt else ""
            end = AGENT_END.search(rest)
            run = rest[: end.start()] if end else rest
            if _PERSON.search(run):
                continue  # a presenter with credentials, not an organisation
            orgs = [owner_of(_clean_org(o)) for o in _split_orgs(run)]
            first = run.lstrip().removeprefix("the ")[:1]
            if (cue.get("about") or cue.get("plural")) and not first.isupper():
                continue  # "run by a team of educators from X": people, no organisation
            # R-PV-80: "presented by experts from X and Y": people, not an agent (a Romance
            # cue's article stands before its agent: "organisé par la Société")
            if first.islower() and not cue.get("romance"):
                continue
            orgs = [
                o
                for o in orgs
                if _good_org(o, cue["org_only"]) or (_good_org(o, False) and _legal_name(o, doc))
            ]
            if cue.get("plural") and len(orgs) < 2:
                continue  # "co-hosted by X" alone: a partner, not the provider (R-PV-54)
            if orgs:
                best = (cue["rank"], Cued(orgs, cue["joint"], ln.no, ln.text))
    return best


# --- an organisation offering or owning an activity (R-PV-7, data/provider_cues.json) -------
# besides the table's nouns, the events a retreat, an expo or a colloquium is (R-PV-67)
_NOUNS = (*PROVIDER_CUES["activity_nouns"], "retreat", "expo", "colloquium")
ACT_NOUNS = r"(?i:" + "|".join(r"\s+".join(map(re.escape, n.split())) for n in _NOUNS) + r")"
# besides the table's verbs of offering, "bring" an activity to the reader ("X brings you a
# webinar series", "X brought a course to ...") and "give" it ("X will be giving a course")
ACT_VERBS = "|".join(
    map(re.escape, (*PROVIDER_CUES["active_verbs"], "bring", "brought", "give", "gave"))
)
# a cheap test first: the first five letters of an activity noun, on the lower-cased text
ACT_CHEAP = lazy_compile("|".join(sorted({re.escape(n.lower()[:5]) for n in _NOUNS})))
# a verb ending in a silent "e" drops it before "-ing" ("organising", "staging", "convening")
_E_STEMS = "|".join(re.escape(v[:-1]) for v in PROVIDER_CUES["active_verbs"] if v.endswith("e"))
# and "run" doubles its consonant ("running"); "giving" drops its "e"
_E_STEMS += "|runn|giv"
ACT_VERB = lazy_compile(rf"\b(?:{ACT_VERBS}|(?:{_E_STEMS})ing)")
_CREDIT_ACRS = frozenset(PROVIDER_CUES["credit_acronyms"])
# a subject of capitalised words (and their connectors), its "(ACR)", the comma'd acronym of
# its institution ("Department of Ophthalmology, KRU, organized a ... program")
_CAP_RUN = r"[A-Z][\w&.'’-]*(?:[ \t]+(?:(?:of|for|and|the|at|&|[-–—])[ \t]+)*[A-Z][\w&.'’-]*){0,8}"
# the credit an activity gives as the object of offering ("is offering 2.5 hours of credit")
_CREDIT_OBJS = (
    r"(?:"
    + "|".join(r"\s+".join(map(re.escape, n.split())) for n in PROVIDER_CUES["credit_objects"])
    + r")"
)
_CREDIT_CHEAP = lazy_compile(
    "|".join(sorted({re.escape(n.lower()[:5]) for n in PROVIDER_CUES["credit_objects"]}))
)
# a verb phrase: a modal or adverb, the progressive "is offering", the perfect "has offered"
# (not "was held": a passive's subject is the event); a subject starts a line, a sentence,
# or follows a news dateline's dash ("PRINCETON, May 22 /PRNewswire/ -- X is hosting ...")
# a fronted adverbial phrase before a sentence's subject ("In addition to ..., X is", "Last May
# 4 to 7, 2025, the X held"): an opener of data/provider_cues.json fronted_openers, no comma
# inside but a year's
FRONTED = (
    r"(?:(?:" + "|".join(PROVIDER_CUES["fronted_openers"]) + r")\b[^,.;:!?\n]{0,120}?"
    r"(?:,\s+\d{4})?,\s+)"
)
_ACTIVE = lazy_compile(
    rf"(?:^|(?<=[.;?!]\s)|(?<=\s--\s)|(?<=\s[—–]\s))(?:{FRONTED}?[Tt]he\s+|{FRONTED})?(?P<org>{_CAP_RUN}(?:\s+\([A-Z][\w&-]{{1,10}}\))?"
    r"(?:,\s+[A-Z][A-Z&-]{1,10}(?=,))?),?\s+"
    # a phrase set off by commas between the subject and its verb ("X, in partnership with Y,
    # offers", "X, with support from Y, is hosting")
    r"(?:(?:in|with|together|along|through|under)\s[^,.;:]{3,80},\s+)?"
    r"(?:(?:will|now|also|recently|annually)\s+|"
    r"(?:is|are|will\s+be)\s+(?=(?:[a-z]{3,}ly\s+)?\w+ing\b)|(?:has|have|had)\s+(?!been\b))?"
    # an adverb of manner or frequency before the verb ("proudly presents", "regularly hosts")
    r"(?:(?:again|once\s+again|[a-z]{3,}ly)\s+)?"
    rf"(?:(?:{ACT_VERBS})(?:s|es|ed|d|ing)?|(?:{_E_STEMS})ing)\s+"
    r"(?:(?:\d+\.\d+|[\w,’'()-]+)\s+){0,6}?"
    rf"(?:{ACT_NOUNS}|{_CREDIT_OBJS})\b"
)
# the organisation's own voice: "X is pleased to announce", "X is excited to welcome"
_PLEASED_ADJ = "|".join(map(re.escape, PROVIDER_CUES["pleased_words"]))
PLEASED_CHEAP = lazy_compile(rf"\b(?:{_PLEASED_ADJ})\s+to\b")
_ANNOUNCE = "|".join(map(re.escape, PROVIDER_CUES["announce_verbs"]))
_ANNOUNCE_ING = "|".join(
    re.escape(v.removesuffix("e")) + "ing" for v in PROVIDER_CUES["announce_verbs"]
)
_PLEASED = lazy_compile(
    rf"(?:^|(?<=[.;?!]\s)|(?<=\s--\s)|(?<=\s[—–]\s))(?:[Tt]he\s+)?(?P<org>{_CAP_RUN}(?:\s+\([A-Z][\w&-]{{1,10}}\))?"
    r"(?:,\s+[A-Z][a-z]+)?)\s+(?:is|are)\s+(?:(?:so|very|truly|especially)\s+)?"
    rf"(?:{_PLEASED_ADJ})\s+to\s+"
    # the progressive too: "proud to be hosting", "honoured to be welcoming"
    rf"(?:be\s+(?:{_ANNOUNCE_ING})|{_ANNOUNCE})\b"
)
_HEADS = _HEAD_NOUN.pattern.removeprefix(r"\b(?:").removesuffix(r")\b")
# a run of capitalised words ending in a head noun, with the head's "of"/"for" complement
# ("Pharmacy Guild of Erewhon"), or in an acronym (a lower-case letter only before a capital:
# "APhA")
_OWNER_RUN = (
    r"(?P<org>(?:[A-Z][\w&.-]*\s+(?:(?:of|for|and|&)\s+)?){0,6}?"
    rf"(?:(?:{_HEADS})(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,2}})?"
    # a company named for its credit trade ("CME Lanterns", org_names.NOT_ORG): no record word
    rf"|(?:CME|CE)\s+(?!(?:{_RECORD_WORDS})\b)[A-Z][a-z]+"
    r"|(?![IVX]+(?![\w&]))[A-Z](?:[A-Z&]|[a-z](?=[A-Z])){1,9})"  # no Roman numeral ("Part II")
    r"(?:(?:\s+[A-Z][\w&.-]*){0,3},?\s+(?:Inc\.?|LLC|Ltd\.?))?)"
    r"(?![\w-])"
)
# "A X (ACR) webinar", "This X podcast"; "X's Annual Conference", "X's curriculum"
_OWNER_DET = lazy_compile(
    rf"(?:\b(?:A|An|This|The)|(?<!with\s)(?<!at\s)(?<!of\s)(?<!from\s)(?<!to\s)(?<!as\s)(?<!\w)the(?:\s+annual)?)\s+{_OWNER_RUN}[®™]?(?:\s+\([A-Z][\w&-]{{1,10}}\))?\s+"
    # the edition before the event's words ("the X 28th Annual Y Conference"; R-PV-68)
    r"(?:\d{1,3}(?:st|nd|rd|th)\s+(?:Annual\s+)?)?"
    rf"(?:(?!(?:and|or|the|of|in|at|to|with|for|on|from|by|about|an?)\s)[\w-]+\s+){{0,2}}?"
    rf"{ACT_NOUNS}\b"
)
# (not "in conjunction with X's Annual Meeting": a partner's event)
# (nor "in conjunction with the X's Annual Meeting", "presented at the X's congress": the
# article between the preposition and the name changes nothing)
_OWNER_POSS = lazy_compile(
    rf"(?<![\w-])(?<!with\s)(?<!with\sthe\s)(?<!\bat\sthe\s){_OWNER_RUN}['’]s?\s+"
    rf"(?:[\w-]+\s+){{0,4}}?{ACT_NOUNS}\b"
)


def acting_org(text: str) -> list[str]:
    """The organisations a line names offering an activity ("X offers online workshops") or
    owning one ("A X webinar", "X's Annual Conference"): organisation-shaped, no person, no
    accreditor."""
    low = text.lower()
    if ACT_CHEAP.search(low) or PLEASED_CHEAP.search(low):
        return list(_acting_orgs(text))
    return []


# a capitalised word right before a match's start: the match begins inside a longer name
# ("with the Northgate Medical Society's meeting" read from "Medical")
_CUT_NAME = lazy_compile(r"(?<![\w-])[A-Z][\w&.'’-]*\s$")
_PRIOR = lazy_compile(r"\b(?:completed|completing|finished|finishing)\s+$")
# two letters around "&" abbreviate a kind of thing ("M&M", "Q&A", "R&D"), not a name
_KIND_ABBREV = lazy_compile(r"^[A-Z]&[A-Z]$")


def defined_term(org: str, text: str) -> bool:
    """`org` is an acronym `text` defines after lower-case words whose initials it is
    ("chronic kidney disease (CKD)"): a term, no organisation's name."""
    if not _ACRONYM_SHAPE.match(org) or f"({org})" not in text:
        return False
    at = text.find(f"({org})")
    words = text[max(0, at - 80) : at].split()[-len(org) :]
    return (
        len(words) == len(org)
        and all(w[:1].islower() for w in words)
        and "".join(w[0] for w in words).upper() == org
    )


@lru_cache(maxsize=4096)
def _acting_orgs(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for m in _acting_matches(text):
        if not_an_owner(text, m.start(), m.end("org"), m.end()):
            continue
        possessive = text[m.end("org") : m.end("org") + 1] in ("'", "’")
        if possessive and _CUT_NAME.search(text, max(0, m.start() - 40), m.start()):
            continue  # the owner's run starts inside a name the pattern turned down
        org = at_host(_clean_org(_GLUED_PREFIX.sub("", m.group("org")).strip()))
        # one word alone ("College", "Trust") is a kind, not a name, unless an acronym
        named = " " in org or _ACRONYM_SHAPE.match(org) is not None
        owner = org.split()[-1] if org else ""  # "The Medical Council CME Programme"
        # a credit acronym after the owner names its credit scheme ("for ABIM's MOC Program")
        tail = m.string[m.end("org") : m.end()].split()
        if owner in _CREDIT_ACRS or is_accreditor(owner) or _CREDIT_ACRS.intersection(tail):
            continue
        if _KIND_ABBREV.match(org):  # "The M&M Conference": a kind of meeting, no name
            continue
        # a country's or a region's possessive ("Ireland’s continuing education scheme"): a
        # place, no organisation
        if org.lower() in REGION_NAMES:
            continue
        # a capitalised noun right after a name's "of"/"for" complement ends the name: "The X
        # Consortium of Addiction Programs" names a body, not its programs (R-PV-7)
        if len(tail) == 1 and tail[0][:1].isupper() and (" of " in org or " for " in org):
            continue
        # a course the learner has completed is a prerequisite, not the one offered ("Doctors
        # who have completed the X certificate courses will gain credit")
        if _PRIOR.search(m.string, max(0, m.start() - 16), m.start()):
            continue
        if named and _good_org(org, org_only=True) and org not in out:
            out.append(org)
    return tuple(out)


# a lower-case "the" before a capitalised name (R-PV-16's owner): a cheap test first
_LOWER_THE = lazy_compile(r"\bthe\s+(?:annual\s+)?[A-Z]")


def _acting_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of the three patterns, each ending at an activity noun: each is tried only
    in a window before a noun's first letters, and only with its anchor in the line (a verb
    of offering, a determiner, an apostrophe)."""
    low = text.lower()
    if PLEASED_CHEAP.search(low):
        m = _PLEASED.search(text)
        if m:
            yield m
    tries = []
    verb = ACT_VERB.search(text) is not None
    if verb:
        tries.append(_ACTIVE)
    if any(d in text for d in ("A ", "An ", "This ", "The ")) or _LOWER_THE.search(text):
        tries.append(_OWNER_DET)
    if "'" in text or "’" in text:
        tries.append(_OWNER_POSS)
    for noun in ACT_CHEAP.finditer(low) if tries else ():
        lo, hi = max(0, noun.start() - 160), noun.start() + 30
        for pat in tries:
            m = pat.search(text, lo, hi)
            if m:
                yield m
    for noun in _CREDIT_CHEAP.finditer(low) if verb else ():  # a credit offered
        m = _ACTIVE.search(text, max(0, noun.start() - 160), noun.start() + 30)
        if m:
            yield m


# --- the organisation awarding the credit (data/provider_cues.json credit_agent_about) -------
_CREDIT_NOUN = "|".join(
    r"\s+".join(map(re.escape, n.split()))
    for n in (*PROVIDER_CUES["credit_objects"], *PROVIDER_CUES["credit_documents"])
)
_CREDIT_AGENT = lazy_compile(
    rf"\b(?:{_CREDIT_NOUN})\s+(?:\([^()]{{0,80}}\)\s+)?(?:(?:will\s+be|are|is|were|was|"
    r"have\s+been|has\s+been)\s+)?(?:" + "|".join(PROVIDER_CUES["credit_agent_verbs"]) + r")\s+"
    r"(?:[a-z]{2,}ly\s+)?by\s+",
    re.IGNORECASE,
)
# a name's words: capitalised words with particles between, up to the first other word
_NAME_WORDS = lazy_compile(
    r"(?:the\s+)?[A-Z0-9][\w'’.&()/-]*(?:[ \t]+(?:(?:of|for|and|the|in|at|on|de|&)[ \t]+)*"
    r"[A-Z0-9(][\w'’.&()/-]*)*"
)
_CREDIT_VERB_CHEAP = tuple(v[:5] for v in PROVIDER_CUES["credit_agent_verbs"])


def credit_awarder(doc: Doc) -> tuple[str, int, str] | None:
    """(the organisation, its line's number and text) of the first "credit awarded by X",
    "CME points (...) issued by X", "a certificate issued by X"; None when no line says so."""
    if " by " not in doc.low or not any(v in doc.low for v in _CREDIT_VERB_CHEAP):
        return None
    for ln in doc.lines:
        low = ln.text.lower()
        if " by " not in low or not any(v in low for v in _CREDIT_VERB_CHEAP):
            continue
        for m in _CREDIT_AGENT.finditer(ln.text):
            rest = ln.text[m.end() :]
            end = AGENT_END.search(rest)
            run = rest[: end.start()] if end else rest
            name = _NAME_WORDS.match(run)
            if not name or _PERSON.search(run):
                continue
            orgs = [_clean_org(o) for o in _split_orgs(name.group(0))]
            # one word alone ("the Board") is a kind, not a name, unless an acronym
            named = orgs and (" " in orgs[0] or _ACRONYM_SHAPE.match(orgs[0]) is not None)
            if named and _good_org(orgs[0], True):
                return orgs[0], ln.no, ln.text
    return None
