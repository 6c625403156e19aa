"""Who: provider, joint providers, faculty, audience."""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from opencme.ingest.parsing.audience import extract_audience as extract_audience
from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.faculty import extract_faculty as extract_faculty
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.vocab import CREDENTIALS, PROVIDER_CUES, is_accreditor

JOINT_CUES = json.loads(Path(__file__).with_name("data").joinpath("joint_cues.json").read_text())

# a statement's subject: a name (dashes inside, "Acme Seminars, LLC" with its company suffix)
# at a line's start (after a bullet), a sentence's start, or after the Joint Accreditation
# statement's lead-in "In support of improving patient care, the X ..."
_SUBJECT = (
    r"(?:^(?:[-•*–]\s+)?|(?<=[.;?!]\s)|(?<=care,\s)|(?<=[™®]))(?:[Tt]he\s+)?"
    r"(?P<org>[A-Z][\w&.'’()\-–— ]{2,110}?(?:,\s+(?:Inc\.?|LLC|Ltd\.?|L\.L\.C\.))?)"
)
_DESIGNATES = re.compile(
    _SUBJECT + r"(?:\s+"
    r"(?:designates|(?P<are>is|are)\s+(?:jointly\s+)?accredited\s+(?:by|as)|awards|"
    r"is\s+approved\s+by\s+the\s+American\s+Psychological|"
    # "X is an AOTA Approved Provider of ...", "X is the sole provider and sponsor of ..."
    # (a provider "of", "under" or "and": "a primary care provider for" names a person's job)
    # or "in" a field of education ("a leading provider in continuing professional development")
    r"is\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:education\s+)?[Pp]rovider(?=\s+(?:under|of|and)\b"
    r"|\s+in\s+(?:continuing|professional|medical|nursing|CPD|CME|CE|education|training)\b)|"
    # a status in title case ends the sentence: "X, LLC is an ADA CERP Recognized Provider."
    r"is\s+an?\s+(?:[\w-]+\s+){0,3}Provider(?=[.,]))"
    # the apposition "X, the provider of this continuing education, is ..."
    r"|,\s+the\s+(?:[\w-]+\s+){0,2}provider\s+of)\b"
)
# the accredited provider resolves its planners' conflicts of interest (ACCME Standards for
# Integrity and Independence, Standard 3, https://accme.org/standards: "the accredited
# provider must ... mitigate relevant financial relationships"): "X has identified and
# resolved all ... conflicts", "Neither X nor any authors, planners ... have"
_RESOLVER = re.compile(
    r"(?:^|(?<=[.;?!]\s))(?:Neither\s+(?:the\s+)?(?P<nor>[A-Z][\w&.'’()\-–— ]{2,110}?)\s+nor\b"
    r"|(?:The\s+)?(?P<org>[A-Z][\w&.'’()\-–— ]{2,110}?(?:,\s+(?:Inc\.?|LLC|Ltd\.?))?),?\s+has\s+"
    r"(?:identified\s+and\s+)?(?:resolved|mitigated)\s+all\b)"
)
# "As an ACCME accredited provider of CME, X complies with ...": the provider after the clause
_AS_PROVIDER = re.compile(
    r"\bAs\s+an?\s+(?:[\w-]+\s+){0,4}[Pp]rovider\b[^,]{0,100},\s+(?:[Tt]he\s+)?"
    r"(?P<org>[A-Z][\w&.'’()\-–— ]{1,110}?(?:,\s+(?:Inc\.?|LLC|Ltd\.?|L\.L\.C\.))?)\s+(?=[a-z])"
)
# page chrome glued to the sentence ("ACPE logoThe American Society ...", "acpePostgraduate
# Healthcare ..."): a lower-case word run into a capitalised one ("VisionEdSeminars" stays)
_GLUED_PREFIX = re.compile(r"^(?:.*[a-z](?=The\s+[A-Z])|.*?(?<!\w)[a-z]{2,}(?=[A-Z][a-z]))")
_JOINT = re.compile(
    r"planned\s+and\s+implemented\s+by\s+(?:the\s+)?(?P<a>[A-Z][\w&.'’\- ]{2,100}?)\s+and\s+"
    r"(?:the\s+)?(?P<b>[A-Z][\w&.'’\- ]{2,100}?)(?:\s+for\b|\.|,|\s+is\b)"
)
_ACCREDITED_BY_WHICH = re.compile(
    r"activity\s+is\s+accredited\s+by\s+(?:the\s+)?(?P<org>[A-Z][^.]{2,150}?),\s+which\s+is\s+"
    r"accredited"
)
_COMPANY_HEAD = re.compile(
    r"^(?P<org>[A-Z][\w&.'’\- ]{1,60}?,?\s+(?:Inc\.|LLC|Ltd\.?|L\.L\.C\.|Corporation))"
)
_DOMAIN = re.compile(r"^[\w.-]+\.(?:org|com|net|edu|gov|ca|uk|eu)$", re.IGNORECASE)
_NOT_ORG = re.compile(
    r"^(?:This|It|Each|All|Credit|Physicians|Nurses|Participants|"
    r"CME|CE|Activity|The activity)\b"
)


def extract_provider(doc: Doc, diags: list[Diagnostic]) -> str | None:
    """The provider (R-PV-1..5), its name spelled out when the page gives it (R-PV-6)."""
    org = _extract_provider(doc, diags)
    return spelled_out(org, doc.flat) if org else org


def _extract_provider(doc: Doc, diags: list[Diagnostic]) -> str | None:
    for ln in doc.fields("provider"):
        if ln.value and not is_accreditor(ln.value):
            diags.append(Diagnostic("provider", ln.no, ln.text, "used"))
            return ln.value.strip()
    cued = cued_agents(doc, max_rank=2)
    if cued:
        diags.append(Diagnostic("provider", cued.line, cued.text, "used", "provided/sponsored by"))
        return cued.orgs[0]
    found = _statement_provider(doc, diags)
    if found:
        return found
    cued = cued_agents(doc, max_rank=9)
    if cued:
        diags.append(Diagnostic("provider", cued.line, cued.text, "used", "offered/organised by"))
        return cued.orgs[0]
    for ln in doc.lines if _ACT_CHEAP.search(doc.low) or _PLEASED_CHEAP.search(doc.low) else ():
        acted = _acting_org(ln.text)
        if acted:
            diags.append(Diagnostic("provider", ln.no, ln.text, "used", "offers/owns an activity"))
            return acted[0]
    lead = collaboration_lead(doc)
    if lead:
        diags.append(Diagnostic("provider", 0, lead, "used", "leads a collaboration"))
        return lead
    return _layout_provider(doc, diags)


def _statement_provider(doc: Doc, diags: list[Diagnostic]) -> str | None:
    """The subject of a designation, accreditation or approval statement (R-PV-1)."""
    has_statement = any(
        w in doc.low
        for w in (
            "designates",
            "accredited",
            "awards",
            "approved",
            "provider",
            "resolved",
            "mitigated",
            "neither",
        )
    )
    for ln in doc.lines if has_statement else ():
        text = ln.value if ln.raw_key and ln.value else ln.text
        m = (
            (_DESIGNATES.search(text) if any(w in text for w in _DESIGNATES_WORDS) else None)
            or (_APPROVED_SUBJECT.search(text) if any(w in text for w in _APPROVAL_WORDS) else None)
            or (_AS_PROVIDER.search(text) if "As a" in text else None)
            or (_RESOLVER.search(text) if "Neither" in text or "has " in text else None)
        )
        if m and m.groupdict().get("nor"):
            org = _clean_org(m.group("nor"))
            if org and not is_accreditor(org) and not _PERSON.search(org):
                diags.append(Diagnostic("provider", ln.no, ln.text, "used", "conflict resolver"))
                return org
        elif m and not _NOT_ORG.match(m.group("org")):
            org = _GLUED_PREFIX.sub("", m.group("org").strip().rstrip(","))
            if m.groupdict().get("are") == "are":  # "A and B are accredited by": the first
                org = org.split(" and ")[0]
            org = _clean_org(org)
            if not org or not org[0].isupper() or is_accreditor(org) or _EVENT_NAME.search(org):
                continue
            diags.append(Diagnostic("provider", ln.no, ln.text, "used", "designation statement"))
            return org
    m = _ACCREDITED_BY_WHICH.search(doc.flat)
    if m:
        diags.append(Diagnostic("provider", doc.line_at(m.start()).no, m.group(0), "used"))
        return m.group("org").strip()
    return None


# an event's name, not an organisation's: it ends in an activity noun (data/provider_cues.json),
# a year or edition after it ("The X World Congress 2021 is approved by ..."; its owner X may
# still be read by R-PV-7); "Congress of Obstetricians" goes on past the noun and stays a
# name, and so does a company named for its product ("X Seminars", an organisation word)
_EVENT_NAME = re.compile(
    r"\b(?i:"
    + "|".join(
        r"\s+".join(map(re.escape, n.split()))
        for n in PROVIDER_CUES["activity_nouns"]
        if n.lower() not in {w.lower() for w in PROVIDER_CUES["org_words"]}  # "X Seminars"
    )
    + r")(?:\s+(?:\d{4}|\d+(?:st|nd|rd|th)?))?$"
)


def _layout_provider(doc: Doc, diags: list[Diagnostic]) -> str | None:
    # R-PV-2: a footer block `Name` followed by its own domain (`PCSS-MOUD` / `PCSS-MOUD.org`)
    texts = [ln for ln in doc.lines if ln.text]
    for a, b in itertools.pairwise(texts):
        name = a.text.strip()
        nxt = b.text.strip()
        if 2 <= len(name) <= 60 and _DOMAIN.match(nxt) and nxt.lower().startswith(name.lower()):
            diags.append(Diagnostic("provider", a.no, a.text, "used", "footer name + domain"))
            return name
    first = texts[0].text if texts else ""
    m = _COMPANY_HEAD.match(first)
    if m and " by " not in m.group("org"):  # "Supported by a grant from X, Inc." names a funder
        diags.append(Diagnostic("provider", texts[0].no, first, "used", "company heading"))
        return m.group("org").strip()
    return None


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
    out.extend(_collaborators(doc))
    return _others(out, provider)


def _others(orgs: list[str], provider: str | None) -> list[str]:
    """`orgs` without the provider (in any spelling one holds of the other) and repeats."""
    kept: list[str] = []
    prov = _letters(provider or "")
    for org in orgs:
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


_COLLAB = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(r"[\s-]+".join(map(re.escape, c.split())) for c in JOINT_CUES["cues"])
    + r")\s+(?:the\s+)?",
    re.IGNORECASE,
)
_COLLAB_HINTS = (
    "collaborat",
    "partnership",
    "conjunction",
    "cooperation",
    "association with",
    "joint",
    "co-",
    "cosponsor",
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
    for ln in doc.lines:
        if len(ln.text) > 2000:
            continue
        for m in _COLLAB.finditer(ln.text):
            before = re.split(r"[.!?]\s", ln.text[: m.start()])[-1]
            if _RELATIVE.search(before):
                continue
            rest = ln.text[m.end() :]
            end = _AGENT_END.search(rest)
            run = _NAME_ONLY.match(rest[: end.start()] if end else rest)
            if not run or _PERSON.search(run.group(0)):
                continue
            after = rest[run.end() :].lstrip()
            sm = _COLLAB_SUBJECT.search(before)
            subject = _clean_org(sm.group("org")) if sm else None
            if subject and not _good_org(subject, True):
                subject = None  # "Through a partnership between": no organisation before it
            about = _ACTIVITY.search(before) or _ACT_VERB.search(before)
            # a byline: the phrase and the names make the whole line ("In collaboration with X")
            byline = not before.strip() and not after.strip(" .")
            if not (about or byline) and not (subject and _ACTIVITY.search(after.split(". ")[0])):
                continue
            if _EVENT.match(after.title()):
                continue  # "in conjunction with the WONCA Europe 2024 conference": an event
            orgs = [_clean_org(o) for o in _split_orgs(run.group(0))]
            orgs = [o for o in orgs if _good_org(o, True) and not _EVENT.search(o)]
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
_COLLAB_SUBJECT = re.compile(
    r"(?:^|,\s+)(?:[Tt]he\s+)?(?P<org>[A-Z][\w&.'’-]*(?:[ \t]+(?:(?:of|for|and|the|&)[ \t]+)*"
    r"[A-Z][\w&.'’-]*){0,8})(?:\s+\([A-Z][\w&-]{1,10}\))?,?\s*$"
)


# a sentence about an activity: one of the activity nouns (R-PV-7's table) or a word of prose
# naming one ("activity", "event", "a CME"), one table for both (data/provider_cues.json)
_ACTIVITY = re.compile(
    r"\b(?:"
    + "|".join(
        r"\s+".join(map(re.escape, n.split()))
        for n in (*PROVIDER_CUES["activity_nouns"], *PROVIDER_CUES["activity_mentions"])
    )
    + r")\b",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r"\b(?:which|who|whose)\b", re.IGNORECASE)
# the capitalised words of a name (particles and "&" between them), up to the first other word
_NAME_ONLY = re.compile(
    r"(?:\(?[A-Z0-9][\w'’.&()-]*,?(?:\s+|$)|(?:of|for|and|the|in|on|at|de|du|la|le|&)\s+)+"
)
_EVENT = re.compile(
    r"(?:^|\b)(?:Conference|Meeting|Congress|Symposium|Summit|Convention|Annual)\b|'s\b|’s\b"
)


# --- cue phrases (data/provider_cues.json): "provided by X", "jointly provided by X and Y" ----
_CUES = sorted(PROVIDER_CUES["agent_cues"], key=lambda c: -len(c["verb"]))
_CUE_RE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(
        "("
        + r"[\s-]+".join(re.escape(w) for w in c["verb"].split())
        # an adverb may stand between the participle and "by" ("hosted recently by")
        + (r")\s+" if c.get("no_by") else r")\s+(?:[a-z]{2,}ly\s+)?by\b")
        for c in _CUES
    )
    + r")\s*:?\s*",
    re.IGNORECASE,
)
_NOT_AFTER = re.compile(
    r"\b(?:" + "|".join(map(re.escape, PROVIDER_CUES["not_after"])) + r")\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_ORG_WORD = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in PROVIDER_CUES["org_words"]) + r")(?!\w)"
    r"|\b[A-Z](?:[A-Z&]|[a-z](?=[A-Z]))+[a-z]*\b"  # an acronym, "APhA" too
)
_APPROVAL = "|".join(map(re.escape, PROVIDER_CUES["approval_words"]))
# words one of which every match holds (both patterns are case-sensitive): cheap tests first
_DESIGNATES_WORDS = ("designates", "accredited", "awards", "approved", "provider", "Provider")
_APPROVAL_WORDS = tuple(PROVIDER_CUES["approval_words"])
_APPROVED_SUBJECT = re.compile(
    r"(?:^|(?<=[.;?!]\s))(?:The\s+)?"
    r"(?P<org>[A-Z][\w&.'’()\-–— ]{1,110}?(?:,\s+(?:Inc\.?|LLC|Ltd\.?|L\.L\.C\.))?)"
    r"(?:,\s+(?:provider\s+)?(?:#|No\.?\s*)\s*\w+,)?\s+(?:is|has\s+been)\s+(?:an?\s+)?"
    rf"(?:[\w-]+\s+){{0,3}}?(?:{_APPROVAL})\s+(?:by|as|provider|to\s+(?:offer|sponsor|provide))\b"
)
# where an agent's name ends: sentence end, clause, or a preposition starting a new phrase
_AGENT_END = re.compile(
    r"[.;|!?](?:\s|$)|(?<=[a-z]{2})\.(?=[A-Z][a-z])|,\s+(?:which|who|and\s+(?:is|was|supported)|in\s)|\s+(?:in\s+(?:collaboration|"
    r"partnership|association|cooperation|conjunction)\s+with|with|to|through|under|is|was|has|"
    r"and\s+supported|supported|at\s+(?:the|a|its|our)|on\s+\d+)\s|\s[-–—]\s|\s\((?=[a-z])|\s{2,}|$"
)
_SUFFIX = re.compile(r"^(?:Inc\.?|LLC|L\.L\.C\.|Ltd\.?|PLC|Corp\.?|P\.?C\.?)(?:\s*\([^)]*\))?$")
_CRED_ALT = "|".join(map(re.escape, sorted(CREDENTIALS, key=len, reverse=True)))
# a person, not an organisation: a title, a credential after the name, or a credential alone
_PERSON = re.compile(rf"^(?:Dr\.?\s|Prof(?:\.|essor)?\s)|(?:^|[,\s])(?:{_CRED_ALT})\b")
_TRAIL = re.compile(r"\s*(?:\((?-i:[A-Z][\w&/-]{1,11})\)|logo|®|™)\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Cued:
    """Organisations named after a provider cue, the provider first."""

    orgs: list[str]
    joint: bool
    line: int
    text: str


def _clean_org(org: str) -> str:
    """An organisation's name without a leading "the", a logo caption, a mark or a trailing
    "(ACRONYM)" (the name as the label convention writes it)."""
    org = org.strip().strip(",:;").strip()
    prev = None
    while prev != org:
        prev = org
        org = _TRAIL.sub("", org).strip()
    for art in ("the ", "The "):
        org = org.removeprefix(art)
    return org.strip()


def _split_orgs(run: str) -> list[str]:
    """`A, Inc., B and C` -> [`A, Inc.`, `B`, `C`]; "Society of X and Related Disorders" stays
    one name (an "and" inside an "of"/"for" complement, before words naming no organisation)."""
    pieces = re.split(r"(,\s*(?:and\s+)?|\s+and\s+|\s*&\s+(?=the\s))", run)
    out: list[str] = []
    for k in range(0, len(pieces), 2):
        p = pieces[k].strip()
        sep = pieces[k - 1].strip() if k else ""
        if not p:
            continue
        if out and _SUFFIX.match(p):
            out[-1] += ", " + p
        elif out and sep.startswith(",") and _DEPARTMENT.match(out[-1]) and _INSTITUTION.search(p):
            out[-1] += ", " + p  # "College of Pharmacy, Northgate University": one name
        elif out and sep == "and" and _continues(out[-1], p):
            out[-1] += " and " + p
        else:
            out.append(p)
    return out


# a unit of an institution named by its head noun alone ("College of Pharmacy") and the
# institution itself ("Northgate University", "University of X", "X Hospital")
_DEPARTMENT = re.compile(
    r"^(?:[Tt]he\s+)?(?:College|School|Faculty|Department|Division)\s+(?:of|for)\s"
)
_INSTITUTION = re.compile(
    r"^(?!(?:College|School|Faculty|Department|Division|Institute|Cent(?:er|re))\b)[A-Z].*"
    r"\b(?:University|College|Hospital)\b"
)


def _continues(left: str, right: str) -> bool:
    """`right` ends the name `left` began: `left` is inside an "of"/"for" complement and
    `right` has several words, none an organisation's head noun or an acronym."""
    if " of " not in left and " for " not in left:
        return False
    right = _TRAIL.sub("", right).strip()  # "Research in Pain (AMERP)": the name, not its acronym
    if len(right.split()) >= 2 and _ORG_WORD.search(right) is None:
        return True
    # "Institute for Medical and Nursing Education", "College of Physicians and Surgeons":
    # the right part has no head noun of its own (an organisation's kind, not a field)
    words = right.split()
    if len(words) == 1 and not re.fullmatch(r"[A-Z][a-z]+s", right):
        return False  # one word is a name of its own ("Rockpointe", "DKBmed") unless a plural
    return _HEAD_NOUN.search(right) is None and not re.search(r"[A-Z]{2,}", right)


# the nouns that head an organisation's name (its kind), as against the field words
# ("Education", "Medical", "Nursing") data/provider_cues.json's org_words also holds
_HEAD_NOUN = re.compile(
    r"\b(?:Association|Society|College|University|Institute|Academy|Cent(?:er|re)|Foundation|"
    r"Hospital|Department|School|Council|Board|Federation|Alliance|Network|Inc\.?|LLC|Ltd|"
    r"Corporation|Company|Committee|Clinic|Organi[sz]ation|Commission|Agency|Press|Group|"
    r"Partners|Trust|League|Guild|Division|Faculty|Ministry|Service|Services|Systems?)\b"
)


def _good_org(org: str, org_only: bool) -> bool:
    if not (2 <= len(org) <= 110) or not (org[0].isupper() or org[0].isdigit()):
        return False
    if _NOT_ORG.match(org) or is_accreditor(org) or _PERSON.search(org):
        return False
    if org.count("(") != org.count(")"):
        return False
    return not org_only or _ORG_WORD.search(org) is not None


def cued_agents(doc: Doc, max_rank: int) -> Cued | None:
    """The best-ranked "provided by X [and Y]" of the text with a rank up to `max_rank`; read
    once per Doc and rank (the provider and the joint providers both ask; callers only read)."""
    key = f"cued_agents:{max_rank}"
    if key not in doc.memo:
        doc.memo[key] = _cued_agents(doc, max_rank)
    cued: Cued | None = doc.memo[key]
    return cued


def _cued_agents(doc: Doc, max_rank: int) -> Cued | None:
    if " by" not in doc.low and "ship of" not in doc.low:
        return None
    best: tuple[int, Cued] | None = None
    lines = doc.lines
    for i, ln in enumerate(lines):
        low = ln.text.lower()
        if not ln.text or not ("by" in low or "ship of" in low):
            continue
        for m in _CUE_RE.finditer(ln.text):
            cue = _CUES[(m.lastindex or 1) - 1]
            if cue["rank"] > max_rank or (best and best[0] <= cue["rank"]):
                continue
            if _NOT_AFTER.search(ln.text[max(0, m.start() - 30) : m.start()]):
                continue
            rest = ln.text[m.end() :]
            if not rest.strip():  # the key alone on its line: the agent is on the next one
                nxt = next((x for x in lines[i + 1 : i + 4] if x.text.strip()), None)
                rest = nxt.text if nxt else ""
            end = _AGENT_END.search(rest)
            run = rest[: end.start()] if end else rest
            if _PERSON.search(run):
                continue  # a presenter with credentials, not an organisation
            orgs = [_clean_org(o) for o in _split_orgs(run)]
            orgs = [o for o in orgs if _good_org(o, cue["org_only"])]
            if orgs:
                best = (cue["rank"], Cued(orgs, cue["joint"], ln.no, ln.text))
    return best[1] if best else None


# --- an organisation offering or owning an activity (R-PV-7, data/provider_cues.json) -------
_ACT_NOUNS = (
    r"(?i:"
    + "|".join(r"\s+".join(map(re.escape, n.split())) for n in PROVIDER_CUES["activity_nouns"])
    + r")"
)
_ACT_VERBS = "|".join(map(re.escape, PROVIDER_CUES["active_verbs"]))
# a cheap test first: the first five letters of an activity noun, on the lower-cased text
_ACT_CHEAP = re.compile(
    "|".join(sorted({re.escape(n.lower()[:5]) for n in PROVIDER_CUES["activity_nouns"]}))
)
_ACT_VERB = re.compile(rf"\b(?:{_ACT_VERBS})")
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
_CREDIT_CHEAP = re.compile(
    "|".join(sorted({re.escape(n.lower()[:5]) for n in PROVIDER_CUES["credit_objects"]}))
)
# a verb phrase: a modal or adverb, the progressive "is offering", the perfect "has offered"
# (not "was held": a passive's subject is the event); a subject starts a line, a sentence,
# or follows a news dateline's dash ("PRINCETON, May 22 /PRNewswire/ -- X is hosting ...")
_ACTIVE = re.compile(
    rf"(?:^|(?<=[.;?!]\s)|(?<=\s--\s)|(?<=\s[—–]\s))(?:[Tt]he\s+)?(?P<org>{_CAP_RUN}(?:\s+\([A-Z][\w&-]{{1,10}}\))?"
    r"(?:,\s+[A-Z][A-Z&-]{1,10}(?=,))?),?\s+(?:(?:will|now|also|recently|annually)\s+|"
    r"(?:is|are)\s+(?=\w+ing\b)|(?:has|have|had)\s+(?!been\b))?"
    rf"(?:{_ACT_VERBS})(?:s|es|ed|d|ing)?\s+(?:(?:\d+\.\d+|[\w,’'()-]+)\s+){{0,6}}?"
    rf"(?:{_ACT_NOUNS}|{_CREDIT_OBJS})\b"
)
# the organisation's own voice: "X is pleased to announce", "X is excited to welcome"
_PLEASED_ADJ = "|".join(map(re.escape, PROVIDER_CUES["pleased_words"]))
_PLEASED_CHEAP = re.compile(rf"\b(?:{_PLEASED_ADJ})\s+to\b")
_PLEASED = re.compile(
    rf"(?:^|(?<=[.;?!]\s)|(?<=\s--\s)|(?<=\s[—–]\s))(?:[Tt]he\s+)?(?P<org>{_CAP_RUN}(?:\s+\([A-Z][\w&-]{{1,10}}\))?"
    r"(?:,\s+[A-Z][a-z]+)?)\s+(?:is|are)\s+(?:(?:so|very|truly|especially)\s+)?"
    rf"(?:{_PLEASED_ADJ})\s+to\s+"
    rf"(?:{'|'.join(map(re.escape, PROVIDER_CUES['announce_verbs']))})\b"
)
_HEADS = _HEAD_NOUN.pattern.removeprefix(r"\b(?:").removesuffix(r")\b")
# a run of capitalised words ending in a head noun, with the head's "of"/"for" complement
# ("Pharmacy Guild of Erewhon"), or in an acronym (a lower-case letter only before a capital:
# "APhA")
_OWNER_RUN = (
    r"(?P<org>(?:[A-Z][\w&.-]*\s+(?:(?:of|for|and|&)\s+)?){0,6}?"
    rf"(?:(?:{_HEADS})(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,2}})?"
    r"|[A-Z](?:[A-Z&]|[a-z](?=[A-Z])){1,9})"
    r"(?:(?:\s+[A-Z][\w&.-]*){0,3},?\s+(?:Inc\.?|LLC|Ltd\.?))?)"
    r"(?![\w-])"
)
# "A X (ACR) webinar", "This X podcast"; "X's Annual Conference", "X's curriculum"
_OWNER_DET = re.compile(
    rf"\b(?:A|An|This|The)\s+{_OWNER_RUN}(?:\s+\([A-Z][\w&-]{{1,10}}\))?\s+"
    rf"(?:(?!(?:and|or|the|of|in|at|to|with|for|an?)\s)[\w-]+\s+){{0,2}}?{_ACT_NOUNS}\b"
)
# (not "in conjunction with X's Annual Meeting": a partner's event)
_OWNER_POSS = re.compile(
    rf"(?<![\w-])(?<!with\s){_OWNER_RUN}['’]s?\s+(?:[\w-]+\s+){{0,4}}?{_ACT_NOUNS}\b"
)


def _acting_org(text: str) -> list[str]:
    """The organisations a line names offering an activity ("X offers online workshops") or
    owning one ("A X webinar", "X's Annual Conference"): organisation-shaped, no person, no
    accreditor. Read once per line (the rules and the ranker's mentions both ask)."""
    low = text.lower()
    if _ACT_CHEAP.search(low) or _PLEASED_CHEAP.search(low):
        return list(_acting_orgs(text))
    return []


@lru_cache(maxsize=4096)
def _acting_orgs(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for m in _acting_matches(text):
        org = _clean_org(_GLUED_PREFIX.sub("", m.group("org")).strip())
        # one word alone ("College", "Trust") is a kind, not a name, unless an acronym
        named = " " in org or _ACRONYM_SHAPE.match(org) is not None
        owner = org.split()[-1] if org else ""  # "... for ABIM's MOC Program": a board's
        if owner in _CREDIT_ACRS or is_accreditor(owner):
            continue
        if named and _good_org(org, org_only=True) and org not in out:
            out.append(org)
    return tuple(out)


def _acting_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of the three patterns, each ending at an activity noun: each is tried only
    in a window before a noun's first letters, and only with its anchor in the line (a verb
    of offering, a determiner, an apostrophe)."""
    low = text.lower()
    if _PLEASED_CHEAP.search(low):
        m = _PLEASED.search(text)
        if m:
            yield m
    tries = []
    verb = _ACT_VERB.search(text) is not None
    if verb:
        tries.append(_ACTIVE)
    if any(d in text for d in ("A ", "An ", "This ", "The ")):
        tries.append(_OWNER_DET)
    if "'" in text or "’" in text:
        tries.append(_OWNER_POSS)
    for noun in _ACT_CHEAP.finditer(low) if tries else ():
        lo, hi = max(0, noun.start() - 160), noun.start() + 30
        for pat in tries:
            m = pat.search(text, lo, hi)
            if m:
                yield m
    for noun in _CREDIT_CHEAP.finditer(low) if verb else ():  # a credit offered
        m = _ACTIVE.search(text, max(0, noun.start() - 160), noun.start() + 30)
        if m:
            yield m


# --- an acronym spelled out (R-PV-6): "California Medical Association (CMA)" -> the name -----
_ACRONYM_SHAPE = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Z][A-Za-z&-]{1,9}$")
_NAME_RUN = re.compile(
    r"(?<![\w'’])[A-Z][\w'’.&—–-]*(?:[ \t]+(?:(?:of|for|and|the|in|on|at|de|du|la|le|di|&)"
    r"[ \t]+)*[A-Z][\w'’.&—–-]*)+"
)
_DASHES = re.compile(r"[—–-]")


def _initials(words: list[str]) -> str:
    """Capitals starting words, a dash starting a word too ("Otolaryngology—Head": O, H)."""
    return "".join(p[0] for w in words for p in _DASHES.split(w) if p and p[0].isupper())


def spelled_out(org: str, text: str) -> str:
    """The organisation's full name when `org` is an acronym the text spells out: the name
    written before "(ACRONYM)", else a run of capitalised words whose initials are the
    acronym's capitals. The labels name an organisation in full when the page does
    (docs/corpus.md "Provider"); an acronym the page never expands stays."""
    if not _ACRONYM_SHAPE.match(org) or org not in text:
        return org
    caps = "".join(c for c in org if c.isupper())
    best: str | None = None
    for m in _NAME_RUN.finditer(text):
        run = m.group(0).split()
        # the run may start before the name ("Join the California Medical Association") or
        # run on after it ("... Association NZNO conference")
        cut = next(
            (
                (k, e)
                for k in range(len(run) - 1)
                for e in range(len(run), k + 1, -1)
                if run[k][0].isupper() and run[k] != "The" and _initials(run[k:e]) == caps
            ),
            None,
        )
        if cut is None:
            continue
        name = " ".join(run[cut[0] : cut[1]])
        after = text[m.end() : m.end() + len(org) + 6] if cut[1] == len(run) else ""
        if "(" + org in after.replace(" ", "").replace('"', "").replace("“", ""):
            return name  # written as "Name (ACR)": the page's own expansion
        best = best or name
    return best or org


# --- every provider mention of a line, for the reader's provider ranker (reading/orgs.py) ----
@dataclass(frozen=True, slots=True)
class Mention:
    """An organisation a line names in a provider role: `how` is the cue's verb
    ("provided", "jointly provided", ...) or "subject" (of an accreditation, designation or
    approval statement); `order` is its place among the agents after one cue (0 = first)."""

    org: str
    how: str
    order: int


# the first four letters of every cue's verb: a line holding none of them has no cue
_CUE_STEMS = tuple(sorted({c["verb"][:4].lower() for c in _CUES}))


def provider_mentions(text: str) -> list[Mention]:
    """All cue agents and statement subjects of one line, unranked: candidates, not answers
    (the rules' `extract_provider` picks one; the ranker weighs them all)."""
    out: list[Mention] = []
    low = text.lower()
    if ("by" in low or "ship of" in low) and any(s in low for s in _CUE_STEMS):
        for m in _CUE_RE.finditer(text):
            cue = _CUES[(m.lastindex or 1) - 1]
            if _NOT_AFTER.search(text[max(0, m.start() - 30) : m.start()]):
                continue
            rest = text[m.end() :]
            end = _AGENT_END.search(rest)
            run = rest[: end.start()] if end else rest
            if _PERSON.search(run):
                continue
            orgs = [_clean_org(o) for o in _split_orgs(run)]
            for n, org in enumerate(o for o in orgs if _good_org(o, False)):
                out.append(Mention(org, cue["verb"], n))
    # an organisation offering or owning an activity (R-PV-7): the ranker weighs the cue
    out.extend(Mention(org, "offers", n) for n, org in enumerate(_acting_org(text)))
    pats = []
    if any(w in text for w in _DESIGNATES_WORDS):
        pats.append(_DESIGNATES)
    if any(w in text for w in _APPROVAL_WORDS):
        pats.append(_APPROVED_SUBJECT)
    if "As a" in text:
        pats.append(_AS_PROVIDER)
    for pat in pats:
        sm = pat.search(text)
        if sm and not _NOT_ORG.match(sm.group("org")):
            org = _GLUED_PREFIX.sub("", sm.group("org").strip().rstrip(","))
            parts = org.split(" and ") if sm.groupdict().get("are") else [org]
            for n, part in enumerate(parts):
                part = _clean_org(part)
                if part and part[0].isupper() and not is_accreditor(part):
                    out.append(Mention(part, "subject", n))
    return out


# --- providership (data/provider_cues.json "providership") -----------------------------------
def _phrases(words: list[str]) -> str:
    return "|".join(r"[\s-]+".join(map(re.escape, re.split(r"[\s-]+", w))) for w in words)


_PS = PROVIDER_CUES["providership"]
_JOINTLY = re.escape(_PS["joint_adverb"])
_JOINT_WORDING = re.compile(
    rf"(?<![\w-])(?:{_phrases(_PS['joint'])}|{_JOINTLY}\s+(?:{_ACT_VERBS})\w*)(?![\w-])",
    re.IGNORECASE,
)
_DIRECT_WORDING = re.compile(rf"(?<![\w-])(?:{_phrases(_PS['direct'])})(?![\w-])", re.IGNORECASE)


def extract_providership(doc: Doc, found: str | None) -> str | None:
    """`joint` or `direct` as the page words its providership (ACCME's terms; a joint
    wording wins), else what the keyed rule found (`found`)."""
    low = doc.low
    cheap = "joint" in low or "co-" in low or "co " in low or "have planned" in low
    if cheap and _JOINT_WORDING.search(doc.flat):
        return "joint"
    if found is None and ("direct" in low or "sole" in low) and _DIRECT_WORDING.search(doc.flat):
        return "direct"
    return found
