"""The joint providers (R-JP-1): the organisations other than the provider that provide the
activity with it, after a joint cue ("jointly provided by A and B"), in "planned and
implemented by A and B", or after a collaboration phrase (data/joint_cues.json); and the
organisation leading a collaboration, which the provider rules ask (R-PV-10). Apart from
providers.py: a statement's partners, read by a table and tests of their own."""

from __future__ import annotations

import json
import re
from pathlib import Path

from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.org_names import PERSON as _PERSON
from opencme.ingest.parsing.org_names import clean_org as _clean_org
from opencme.ingest.parsing.org_names import good_org as _good_org
from opencme.ingest.parsing.org_names import spelled_out
from opencme.ingest.parsing.org_names import split_orgs as _split_orgs
from opencme.ingest.parsing.provider_agents import (
    ACTIVITY_WORDS,
    JOINT_PARTICIPLE,
    about_activity,
    names_below,
)
from opencme.ingest.parsing.provider_cues import ACT_CHEAP as _ACT_CHEAP
from opencme.ingest.parsing.provider_cues import ACT_NOUNS as _ACT_NOUNS
from opencme.ingest.parsing.provider_cues import ACT_VERB as _ACT_VERB
from opencme.ingest.parsing.provider_cues import ACT_VERBS as _ACT_VERBS_ALT
from opencme.ingest.parsing.provider_cues import AGENT_END as _AGENT_END
from opencme.ingest.parsing.provider_cues import CUE_RE as _CUE_RE
from opencme.ingest.parsing.provider_cues import FRONTED as _FRONTED
from opencme.ingest.parsing.provider_cues import cued_agents
from opencme.ingest.parsing.vocab import PROVIDER_CUES

JOINT_CUES = json.loads(Path(__file__).with_name("data").joinpath("joint_cues.json").read_text())
_JOINT = lazy_compile(
    r"planned\s+and\s+implemented\s+by\s+(?:the\s+)?(?P<a>[A-Z][\w&.'’\- ]{2,100}?)\s+and\s+"
    r"(?:the\s+)?(?P<b>[A-Z][\w&.'’\- ]{2,100}?)(?:\s+for\b|\.|,|\s+is\b)"
)


def extract_joint_providers(doc: Doc, provider: str | None) -> list[str]:
    """The organisations other than the provider that provide the activity with it (R-JP-1):
    "jointly provided by A and B", "provided by A and B", "planned and implemented by A and
    B", and the organisations it is made "in collaboration with" (data/joint_cues.json)."""
    out: list[str] = []
    cued = cued_agents(doc, max_rank=2)
    if cued and len(cued.orgs) > 1:
        out.extend(cued.orgs)
    else:
        m = _JOINT.search(doc.flat)
        if m:
            out.extend(org.strip() for org in (m.group("a"), m.group("b")))
        else:
            # "A and B are accredited by ... as providers" (providers.py read the statement)
            # or the partners of a headline or a meeting ("A, B Partner on ... Training", "the
            # Congress of A and B", providers.py)
            out.extend(
                doc.memo.get("statement_partners")
                or doc.memo.get("sentence_partners")
                or jointly_offering(doc)
                or _organised_by_several(doc, provider)
            )
    out.extend(_collaborators(doc))
    return _others(out, provider)


def _organised_by_several(doc: Doc, provider: str | None) -> list[str]:
    """The organisations after "organised / hosted / put on by" when the cue names two or
    more ("organised by A and the B (a partnership with C)") and the first is the provider
    (providers.py read no statement naming another): the others provide with it (R-JP-5)."""
    cued = cued_agents(doc, max_rank=9)
    if not cued or len(cued.orgs) < 2 or provider is None:
        return []
    return list(cued.orgs) if spelled_out(cued.orgs[0], doc.flat) == provider else []


# a coordinated subject of "jointly" and a verb of offering: "A (ACR) and the B (ACR) will
# jointly host the conference", "A and B jointly offer a workshop" (R-PS-1's wording)
_JOINTLY_SUBJECT = lazy_compile(
    r"(?:^|(?<=[.;?!]\s))(?:The\s+)?(?P<subj>[A-Z][\w&.'’(),\- ]{4,220}?)\s+"
    r"(?:(?:will|have|has|are|also|now)\s+)?jointly\s+(?:" + _ACT_VERBS_ALT + r")"
)
# where a coordinated subject divides: after an "(ACRONYM)", or at "and the"
_SUBJECT_SPLIT = lazy_compile(r"(?<=\))\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?|\s+and\s+the\s+")


# a coordinated subject with a plural verb of offering and an activity after it: "(To support
# ..., ) the A (ACR) and the B (ACR) are offering a free CME program", "A and B host a webinar"
_PRESENT = [v for v in PROVIDER_CUES["active_verbs"] if v not in ("held", "ran")]
_STEMS = "|".join(v[:-1] if v.endswith("e") else v for v in _PRESENT)
_PLURAL_OFFER = lazy_compile(
    rf"(?:^|(?<=[.;?!]\s))(?:{_FRONTED})?(?:[Tt]he\s+)?(?P<subj>[A-Z][\w&.'’(),\- ]{{4,220}}?)\s+"
    # "co-" before the verb too: "A and B co-host the symposium", "are co-hosting"
    rf"(?:are\s+(?:co-?)?(?:{_STEMS})\w*ing|(?:will|have)\s+(?:co-?)?(?:{_STEMS})\w*|"
    # their own voice: "A and B are pleased / proud / delighted to present the symposium"
    r"are\s+(?:(?:so|very|truly)\s+)?(?:pleased|proud|delighted|excited|honou?red|happy|"
    r"thrilled)\s+to\s+(?:present|host|co-?host|offer|bring\s+you|deliver|launch|announce|"
    r"invite\s+you\s+to)|"
    rf"(?:co-?)?(?:{'|'.join(_PRESENT)}))\s+"
    rf"(?:[\w,()-]+\s+){{0,8}}?(?:{_ACT_NOUNS}|CME|CE)\b"
)


# each part of the subject a name: capitalised words, particles between ("East, Central and
# West X College of Physicians" too), no verb ("... worldwide were also")
_ORG_NAME = lazy_compile(
    r"[A-Z][\w&.'’-]*(?:,?\s+(?:(?:of|for|and|the|&|in|at|on|de)\s+)*[A-Z][\w&.'’-]*)*"
)


def jointly_offering(doc: Doc) -> list[str]:
    """The organisations of a coordinated subject that jointly offers the activity, the first
    the provider; [] when no sentence says so. Read once per Doc."""
    if "jointly_offering" not in doc.memo:
        doc.memo["jointly_offering"] = _jointly_offering(doc)
    found: list[str] = doc.memo["jointly_offering"]
    return found


def _jointly_offering(doc: Doc) -> list[str]:
    """'A and B (will) jointly host ...', else 'A and B are offering a program': each name
    with an organisation word."""
    pats = []
    if "jointly" in doc.low:
        pats.append((_JOINTLY_SUBJECT, "jointly"))
    if " and " in doc.low or "&" in doc.low:
        pats.append((_PLURAL_OFFER, " and "))
    for pat, cheap in pats:
        for ln in doc.lines:
            if cheap not in ln.text and (cheap != " and " or "&" not in ln.text):
                continue
            # a plural offering needs a verb of offering and an activity on its line
            if pat is _PLURAL_OFFER and not (
                _ACT_VERB.search(ln.text)
                and (_ACT_CHEAP.search(ln.text.lower()) or "CE" in ln.text)
            ):
                continue
            m = pat.search(ln.text)
            if not m or (" and " not in m.group("subj") and "&" not in m.group("subj")):
                continue
            subj = m.group("subj")
            if ")" in subj:
                parts = _SUBJECT_SPLIT.split(subj)
            else:
                parts = re.split(r"\s+(?:and|&)\s+(?:the\s+)?", subj)
            orgs = [_clean_org(p) for p in parts]
            if len(orgs) > 1 and all(
                _good_org(o, True) and not _PERSON.search(o) and _ORG_NAME.fullmatch(o)
                for o in orgs
            ):
                return orgs
    return []


def _others(orgs: list[str], provider: str | None) -> list[str]:
    """`orgs` without the provider (in any spelling one holds of the other) and repeats, each
    written in the provider's one form (`clean_org`: no leading "The", no trailing "(ACRONYM)",
    docs/corpus.md "Provider")."""
    kept: list[str] = []
    prov = _letters(provider or "")
    for org in (_clean_org(o) for o in orgs):
        if not org:
            continue
        low = _letters(org)
        if prov and (low in prov or prov in low):
            continue
        if any(low in _letters(k) for k in kept):
            continue
        kept.append(org)
    return kept


def _letters(name: str) -> str:
    """A name's letters and digits, lower case: one name however its dashes and spaces run
    ("College of Medicine-Eastvale" and "College of Medicine – Eastvale")."""
    return re.sub(r"[^a-z0-9]+", "", name.lower())


# R-JP-2: besides the table's phrases, the joint participles of provider_agents.py with their
# agents ("jointly presented by", "co-convened by", "co-delivered by"), the same participles
# with "with" ("co-organised with X", "co-hosted with X"), and "together/jointly with X"
_JOINT_GRAMMAR = (
    rf"{JOINT_PARTICIPLE}\s+(?:by|with)|(?:together|jointly)\s+with|co-?\s?(?:operation)\s+with"
    # an organisation partnering with another for the activity: "X has teamed up with Y to
    # deliver a workshop", "X partners with Y to offer ...", "X joined forces with Y"
    r"|(?:teamed\s+up|team\s+up|teams\s+up|partnered|partners|partnering|joined\s+forces|"
    r"joins\s+forces|collaborated|collaborates|collaborating)\s+with"
)
_JOINT_BY = lazy_compile(rf"(?i:{JOINT_PARTICIPLE}\s+by)")
_COLLAB = lazy_compile(
    r"(?<![\w-])(?:"
    + "|".join(r"[\s-]+".join(map(re.escape, c.split())) for c in JOINT_CUES["cues"])
    + "|"
    + _JOINT_GRAMMAR
    # a byline's phrase may end its line, with a colon or without ("In partnership with:")
    + r")(?:\s*:\s*|\s+|\s*$)(?:the\s+)?",
    re.IGNORECASE,
)
_COLLAB_HINTS = (
    "together with",
    "team",
    "partner",
    "forces with",
    "collaborat",
    "partnership",
    "conjunction",
    "cooperation",
    "association with",
    "joint",
    "co-",
    "cosponsor",
    "cohost",
    "copresent",
    "coorgani",
    "co-operation",
)


# a professional society that also approves credit (data/accreditors.json: "American Academy of
# X") may co-sponsor an activity like any society: named after a collaboration phrase it is a
# partner; an accrediting council, center or board never is
_SOCIETY_APPROVER = lazy_compile(
    r"^(?:[A-Z][\w&.'’-]*\s+){0,3}(?:Academy|Association|Society|College)\s+(?:of|for)\s+[A-Z]"
)


def _collaborators(doc: Doc) -> list[str]:
    """R-JP-1: the organisations after the first collaboration phrase about the activity."""
    return _collaboration(doc)[0]


def collaboration_lead(doc: Doc) -> str | None:
    """The organisation leading a collaboration (R-PV-10): the first of "a collaboration
    between A and B", or the subject of "A (ACR) in association with B is organising ...";
    None when the sentence names no such organisation."""
    return _collaboration(doc)[1]


def _collaboration(doc: Doc) -> tuple[list[str], str | None]:
    """(the organisations after a collaboration phrase, the leading organisation) of the
    first such statement about the activity; read once per Doc."""
    if "collaboration" not in doc.memo:
        doc.memo["collaboration"] = _read_collaboration(doc)
    found: tuple[list[str], str | None] = doc.memo["collaboration"]
    return found


def _read_collaboration(doc: Doc) -> tuple[list[str], str | None]:
    """R-JP-1: organisations after a collaboration phrase in a sentence about the activity
    (not "a society which works in partnership with X"), each an organisation's name: its
    words capitalised but for particles, no event ("in conjunction with the WONCA
    conference"). The sentence is about the activity when it names one or a verb of offering
    before the phrase, or when an organisation is its subject and the activity follows."""
    if not any(h in doc.low for h in _COLLAB_HINTS):
        return [], None
    out: list[str] = []
    lead: str | None = None
    for i, ln in enumerate(doc.lines):
        if len(ln.text) > 2000:
            continue
        for m in _COLLAB.finditer(ln.text):
            before = re.split(r"[.!?]\s", ln.text[: m.start()])[-1]
            rel = _RELATIVE.search(before)
            # a relative clause about the activity names its organiser by a cue first ("which
            # was organized by A (in partnership with B")
            if rel and not _CUE_RE.search(before, rel.end()):
                continue
            rest = ln.text[m.end() :]
            key = ln.text.rstrip().endswith(":")
            if not rest.strip() and (key or not before.strip(" -•*|")):
                rest = names_below(doc.lines, i)  # "In partnership with:" over the names
            end = _AGENT_END.search(rest)
            run = _NAME_ONLY.match(rest[: end.start()] if end else rest)
            if not run or _PERSON.search(run.group(0)):
                continue
            after = rest[run.end() :].lstrip()
            sm = _COLLAB_SUBJECT.search(before)
            subject = _clean_org(sm.group("org")) if sm else None
            if subject and not _good_org(subject, True):
                subject = None  # "Through a partnership between": no organisation before it
            # a participle of offering opens a byline too ("Presented in partnership with X")
            about = (
                "providership" in m.group(0).lower()  # the ACCME's term: providing an activity
                or _ACTIVITY.search(before)
                or _ACT_VERB.search(before.lower())
                or (_JOINT_BY.match(m.group(0)) and about_activity(ln.text, m.start()))
            )
            # a byline: the phrase and the names make the whole line ("In collaboration with X")
            byline = not before.strip() and not after.strip(" .")
            if not (about or byline) and not (subject and _ACTIVITY.search(after.split(". ")[0])):
                continue
            if _EVENT.match(after.title()):
                continue  # "in conjunction with the WONCA Europe 2024 conference": an event
            # a particle ending the run starts the next phrase ("with X on a conference")
            names = _TRAILING_PARTICLE.sub("", run.group(0).strip())
            orgs = [_clean_org(o) for o in _split_orgs(names)]
            orgs = [
                o
                for o in orgs
                if (_good_org(o, True) or _SOCIETY_APPROVER.match(o)) and not _EVENT.search(o)
            ]
            out.extend(orgs)
            if lead is None:  # the subject leads even when its partners are no names
                if "between" in m.group(0).lower() and len(orgs) > 1:
                    lead = orgs[0]
                elif subject:
                    lead = subject
        if out:
            break  # the first statement of it; later ones spell the same names again
    return out, lead


# an organisation as the subject just before the phrase: "..., X (ACR) in association with"
_COLLAB_SUBJECT = lazy_compile(
    r"(?:^|,\s+)(?:[Tt]he\s+)?(?P<org>[A-Z][\w&.'’-]*(?:[ \t]+(?:(?:of|for|and|the|&)[ \t]+)*"
    r"[A-Z][\w&.'’-]*){0,8})(?:\s+\([A-Z][\w&-]{1,10}\))?"
    # an auxiliary or adverb before a verb of partnering ("X has teamed up with Y")
    r"(?:\s+(?:has|have|had|is|are|will|also|now|recently|proudly))*,?\s*$"
)


# a sentence about an activity: one of the activity nouns (R-PV-7's table) or a word of prose
# naming one ("activity", "event", "a CME"), one table for both (data/provider_cues.json)
_ACTIVITY = lazy_compile(
    r"\b(?:" + ACTIVITY_WORDS + r")\b",
    re.IGNORECASE,
)
_RELATIVE = lazy_compile(r"\b(?:which|who|whose)\b", re.IGNORECASE)
# the capitalised words of a name (particles and "&" between them), up to the first other word
_NAME_ONLY = lazy_compile(
    r"(?:\(?[A-Z0-9][\w'’.&()-]*,?(?:\s+|$)|(?:of|for|and|the|in|on|at|de|du|la|le|&)\s+)+"
)
_TRAILING_PARTICLE = lazy_compile(r"(?:\s+(?:of|for|and|the|in|on|at|de|du|la|le|&))+$")
# an event's name: an event noun, a possessive, or a year ending it ("X Europe 2024")
_EVENT = lazy_compile(
    r"(?:^|\b)(?:Conference|Meeting|Congress|Symposium|Summit|Convention|Annual)\b|'s\b|’s\b"
    r"|\s(?:19|20)\d\d$"
)
