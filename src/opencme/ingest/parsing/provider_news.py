"""The organisation a page's sentence shows offering an activity where no statement or cue
names its provider (R-PV-37..47): a news headline in title case ("X Announces ... Training
Programs", "A, B Partner on ... Training": A provides, B joins), a line offering an activity by
its title ("A & B offer The Young Knee"), the offerer of a relative clause ("the kinds of
training that X offers"), the owner of the series an activity is part of, the organisation it
was "developed by", the department holding grand rounds, the employer of the
continuing-education director, the organisation whose meeting the event is ("the 20th Congress
of X"), the organisation a heading asks the reader to choose ("Why choose X?"). Apart from
provider_cues.py: these read whole sentences, and only after its patterns found nothing."""

from __future__ import annotations

from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.org_names import ACRONYM_SHAPE as _ACRONYM_SHAPE
from opencme.ingest.parsing.org_names import HEAD_NOUN as _HEAD_NOUN
from opencme.ingest.parsing.org_names import PERSON as _PERSON
from opencme.ingest.parsing.org_names import clean_org as _clean_org
from opencme.ingest.parsing.org_names import good_org as _good_org
from opencme.ingest.parsing.org_names import split_orgs as _split_orgs
from opencme.ingest.parsing.provider_cues import ACT_NOUNS as _ACT_NOUNS
from opencme.ingest.parsing.vocab import is_accreditor

# a name: capitalised words with the particles of names between them
_NAME = r"[A-Z][\w&.'’-]*(?:[ \t]+(?:(?:of|for|and|the|at|&)[ \t]+)*[A-Z][\w&.'’-]*){0,9}"

# --- a news headline: a subject, a verb in title case, an activity --------------------------
# the verbs a headline writes of an organisation offering an activity, in the headline's title
# case (a sentence writes them in lower case), and of organisations joining to offer one
_ONE_VERBS = r"Announces|Offers|Hosts|Launches|Presents|Holds|Unveils|Introduces|Debuts"
_MANY_VERBS = r"Partner|Partners|Team\s+Up|Join\s+Forces|Collaborate"
_HEAD_VERB = lazy_compile(rf"\s(?:{_ONE_VERBS}|{_MANY_VERBS})\s")
_HEADLINE = lazy_compile(
    # a dateline's place in capitals may open it ("ERE CITY: X Announces ...")
    r"^(?:[A-Z][A-Z .,'-]{1,40}[:—–]\s+)?(?:The\s+)?"
    rf"(?P<subj>{_NAME}?(?:(?:,[ \t]+|[ \t]+(?:and|&)[ \t]+){_NAME}?)*?)[ \t]+"
    rf"(?:(?P<one>{_ONE_VERBS})|(?P<many>{_MANY_VERBS}))[ \t]+"
    rf"(?:[\w'’&,:-]+[ \t]+){{0,8}}?{_ACT_NOUNS}\b"
)


def headline_orgs(doc: Doc) -> tuple[list[str], int, str] | None:
    """(the organisations, the provider first; the line's number and text) of the first
    headline saying an organisation offers an activity, or organisations partner on one."""
    for ln in doc.lines:
        text = ln.text.strip()
        if not 10 <= len(text) <= 160 or text.endswith(".") or not _HEAD_VERB.search(text):
            continue
        m = _HEADLINE.match(text)
        if not m:
            continue
        subj = m.group("subj")
        orgs = [_clean_org(o) for o in (_split_orgs(subj) if m.group("many") else [subj])]
        if m.group("many") and len(orgs) < 2:
            continue
        if orgs and all(_good_org(o, True) and not _PERSON.search(o) for o in orgs):
            return orgs, ln.no, ln.text
    return None


# --- an activity offered by its title: "A & B offer The Young Knee" (a line's whole sentence) --
_OFFERS_TITLE = lazy_compile(
    rf"^(?:The\s+)?(?P<subj>{_NAME}?(?:(?:,[ \t]+|[ \t]+(?:and|&)[ \t]+){_NAME}?)*?)[ \t]+"
    r"(?:proudly\s+)?(?:offers?|presents?|hosts?)\s*:?\s+(?:The\s+)?[\"“]?[A-Z][\w'’-]*"
    r"(?:\s+(?:(?:of|for|and|the|in|on|to|&)\s+)*[A-Z][\w'’-]*)*[\"”]?$"
)

_COORD = lazy_compile(r",\s+(?:and\s+)?|\s+(?:and|&)\s+")


def title_offerers(doc: Doc) -> tuple[list[str], int, str] | None:
    """(the organisations, the provider first; the line's number and text) of a short line
    whose subject offers, presents or hosts an activity named by its title in title case."""
    for ln in doc.lines:
        text = ln.text.strip()
        if not 10 <= len(text) <= 120 or not (
            " offer" in text or " present" in text or " host" in text
        ):
            continue
        m = _OFFERS_TITLE.match(text)
        if not m:
            continue
        # "A & B": two names when each side is one ("Training & Research Centre" stays whole)
        parts = [_clean_org(o) for o in _COORD.split(m.group("subj"))]
        orgs = parts if all(_good_org(o, True) for o in parts) else [_clean_org(m.group("subj"))]
        if all(_good_org(o, True) and not _PERSON.search(o) for o in orgs):
            return orgs, ln.no, ln.text
    return None


# --- a relative clause: "the kinds of training that X offers" -------------------------------
_RELATIVE = lazy_compile(
    rf"{_ACT_NOUNS}\b[^.;!?]{{0,60}}?\b(?:that|which)\s+(?:the\s+)?(?P<org>{_NAME})\s+"
    r"(?:now\s+|also\s+|currently\s+|regularly\s+)?(?:offers|hosts|provides|presents|runs|"
    r"delivers|organi[sz]es)\b"
)

# --- the series an activity is part of: "This program is part of the X ... series" ----------
_SERIES = lazy_compile(
    r"\b(?:is|are)\s+(?:a\s+)?(?:part|one)\s+of\s+(?:the\s+|an?\s+)?"
    rf"(?P<org>{_NAME})(?:['’]s?)?\s+(?:[\w-]+\s+){{0,5}}?"
    r"(?:series|curriculum|program|programme)\b"
)
# where an owner's name ends inside the run of capitals: the name of its education or credit
# ("X School of Nursing Continuing Nursing Education credit series")
_NAME_CUT = lazy_compile(
    rf"\s+(?:Continuing|CME|CE|CNE|CPD|Credit|Education|Educational|{_ACT_NOUNS})\b.*$"
)

_POSSESSIVE = lazy_compile(r"['’]s?$")
# a sentence's full stop after the name ("developed by the X Society."), not "Inc." or "Co."
_STOP = lazy_compile(r"(?<!\bInc)(?<!\bLtd)(?<!\bCo)(?<!\bCorp)(?<![A-Z])\.$")
# --- the department holding grand rounds, the employer of the continuing-education director --
# grand rounds and tumour boards are a department's or hospital's own standing conference
_ROUNDS_AT = lazy_compile(
    rf"\b(?i:grand\s+rounds|tumou?r\s+boards?)\s+(?:in|at|of)\s+(?:the\s+)?(?P<org>{_NAME})"
)
# a person answering for the continuing education of an organisation ("the Continuing Education
# Director at X", "Director of Continuing Education at X"), not a faculty member's employer
_CE_DIRECTOR_AT = lazy_compile(
    r"\b(?:(?:Continuing\s+(?:Medical\s+|Nursing\s+|Professional\s+)?Education|CE|CME|CPD)\s+"
    r"(?:Director|Coordinator|Manager)|(?:Director|Coordinator|Manager)\s+of\s+Continuing\s+"
    rf"(?:Medical\s+|Nursing\s+|Professional\s+)?Education)\s+(?:at|for|of)\s+(?:the\s+)?"
    rf"(?P<org>{_NAME})"
)
# --- the maker of the activity: "This course was developed by the X program at Y" -----------
_DEVELOPED = lazy_compile(
    # the activity by its nouns, or as an activity, event or initiative ("This 8-hour continuing
    # education event was developed by X"; R-PV-68)
    rf"(?:{_ACT_NOUNS}|\b(?:activity|activities|event|events|initiative|offering))"
    r"\s+(?:was|were|is|are|has\s+been|have\s+been)\s+(?:jointly\s+)?"
    r"(?:developed|designed|created)\s+by\s+(?:the\s+)?"
    rf"(?P<org>{_NAME})"
)
# the run's own activity noun ends its owner's name ("the X program at Y": X)
_AT_ACTIVITY = lazy_compile(rf"\s+{_ACT_NOUNS}\b.*$")


# cheap tests before the patterns: a capitalised name after the clause's word
_REL_CHEAP = lazy_compile(r"\b(?:that|which)\s+(?:the\s+)?[A-Z]")
_SERIES_CHEAP = lazy_compile(r"\b(?:part|one)\s+of\s+(?:the\s+|an?\s+)?[A-Z]")
_MADE_BY_CHEAP = lazy_compile(r"\b(?:developed|designed|created)\s+by\s+(?:the\s+)?[A-Z]")


def offering_org(doc: Doc) -> tuple[str, int, str] | None:
    """(the organisation, its line's number and text) of the first line saying it offers an
    activity (a relative clause), owns the series the activity is part of, developed it, holds
    grand rounds, or employs the continuing-education director."""
    for ln in doc.lines:
        text = ln.text
        low = text.lower()
        found = []
        if (" that " in low or " which " in low) and _REL_CHEAP.search(text):
            found.append(_RELATIVE.search(text))
        if " of " in low and ("part of" in low or "one of" in low) and _SERIES_CHEAP.search(text):
            found.append(_SERIES.search(text))
        if "grand rounds" in low or "tumor board" in low or "tumour board" in low:
            found.append(_ROUNDS_AT.search(text))
        if ("director" in low or "coordinator" in low or "manager" in low) and (
            "education" in low or "cme" in low or "cpd" in low or "ce " in low
        ):
            found.append(_CE_DIRECTOR_AT.search(text))
        if " by " in low and _MADE_BY_CHEAP.search(text):
            m = _DEVELOPED.search(text)
            if m and not _PERSON.search(text[m.start("org") : m.end("org") + 12]):
                found.append(m)
        for m in found:
            if not m:
                continue
            org = _AT_ACTIVITY.sub("", m.group("org"))
            org = _clean_org(_POSSESSIVE.sub("", _NAME_CUT.sub("", _STOP.sub("", org))))
            # the director's employer is named by the role alone: no organisation word asked
            org_only = m.re.pattern != _CE_DIRECTOR_AT.pattern
            if _good_org(org, org_only) and not _PERSON.search(org) and not is_accreditor(org):
                return org, ln.no, ln.text
    return None


# --- the organisation whose meeting the event is: "the 20th Congress of X" -------------------
_ACR = r"(?:\s+\([A-Z][\w&'’-]{1,12}\))?"
_MEETING_OF = lazy_compile(
    r"\b(?:Conference|Congress|Meeting|Convention|Symposium|Summit|Assembly)"
    rf"{_ACR}\s+of\s+(?:the\s+)?(?P<a>{_NAME}){_ACR}"
    rf"(?:,?\s+and\s+(?:the\s+)?(?P<b>{_NAME}){_ACR})?"
)
_MEETING_CHEAP = ("Conference", "Congress", "Meeting", "Convention", "Symposium", "Summit")


# the members of a governing body ("the Meeting of the Board of Directors")
_BODY = lazy_compile(r"\b(?:Directors|Trustees|Governors|Regents|Delegates|Members|Presidents)$")


def _owner_name(org: str | None) -> str:
    """`org` cleaned when it is an organisation's name: an acronym or a name with a head noun
    ("Congress of Neurological Surgeons" is a society's own name, no meeting of one)."""
    org = _clean_org(org or "")
    if _BODY.search(org) or (" " not in org and _ACRONYM_SHAPE.match(org) is None):
        return ""  # a governing body's sitting, or a kind alone ("the Society"), is no owner
    named = _ACRONYM_SHAPE.match(org) is not None or _HEAD_NOUN.search(org) is not None
    return org if named and _good_org(org, True) and not _PERSON.search(org) else ""


def meeting_owner(doc: Doc) -> tuple[list[str], int, str] | None:
    """(the organisations whose meeting the event is, the first providing; the line's number
    and text) of the first "Conference/Congress/Meeting ... of X [and Y]"."""
    if " of " not in doc.low or not any(w in doc.flat for w in _MEETING_CHEAP):
        return None
    for ln in doc.lines:
        if " of " not in ln.text or not any(w in ln.text for w in _MEETING_CHEAP):
            continue
        for m in _MEETING_OF.finditer(ln.text):
            first = _owner_name(m.group("a"))
            if first:
                second = _owner_name(m.group("b"))
                return [first, second] if second else [first], ln.no, ln.text
    return None


# --- the page asking its reader to choose its owner: "Why choose X?" -------------------------
_WHY_CHOOSE = lazy_compile(
    rf"^Why\s+(?:[Cc]hoose|[Ss]tudy\s+with|[Ll]earn\s+with)\s+(?P<org>{_NAME})\?"
)


def chosen_owner(doc: Doc) -> tuple[str, int, str] | None:
    """(the organisation, its line's number and text) of a heading "Why choose X?" (a page's
    own pitch for itself): an acronym or a name with a head noun."""
    if "why " not in doc.low:
        return None
    for ln in doc.lines:
        text = ln.text.strip()
        if text.startswith("Why ") and text.endswith("?"):
            m = _WHY_CHOOSE.match(text)
            org = _owner_name(m.group("org")) if m else ""
            if org:
                return org, ln.no, ln.text
    return None
