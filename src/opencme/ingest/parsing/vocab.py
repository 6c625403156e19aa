"""Names as listings write them, mapped to the record's codes. Data, not logic."""

from __future__ import annotations

import json
import re
import string
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from opencme.ingest.parsing.lazyre import lazy_compile

# (pattern, code, OTHER label or None, unit implied by the name or None).
# Order matters only for overlapping names starting at the same place: longest first.
CREDIT_NAMES: tuple[tuple[str, str, str | None, str | None], ...] = (
    (
        r"AMA[\s-]*PRA[\s-]*Cat(?:egory|\.)?[\s-]*(?:1|I|One)\b(?:[\s-]*Credits?)?(?:\s*\(s\))?"
        r"(?:\s*(?:™|\(TM\)|TM\b))?",
        "AMA_PRA_1",
        None,
        None,
    ),
    (r"AMA[\s-]*Category[\s-]*1(?:[\s-]*Credits?)?", "AMA_PRA_1", None, None),
    (r"AOA[\s-]*Category[\s-]*1[\s-]*-?\s*A\b(?:[\s-]*Credits?)?", "AOA_1A", None, None),
    (r"AAFP[\s-]*Prescribed(?:[\s-]*Credits?)?", "AAFP_PRESCRIBED", None, None),
    (r"AAPA[\s-]*Category[\s-]*1(?:[\s-]*CME)?(?:[\s-]*Credits?)?", "AAPA_1", None, None),
    (r"PA[\s-]*CME(?:[\s-]*Credits?)?", "AAPA_1", None, None),
    (
        r"Interprofessional\s+Continuing\s+Education\s*(?:\(IPCE\))?(?:[\s-]*Credits?)?",
        "IPCE",
        None,
        None,
    ),
    (r"IPCE(?:[\s-]*Credits?)?", "IPCE", None, None),
    (r"Social[\s-]*Work(?:\s*\(ACE\))?(?:[\s-]*CE)?(?:[\s-]*Credits?)?", "ASWB_ACE", None, None),
    (r"ASWB(?:[\s-]*ACE)?(?:[\s-]*Credits?)?", "ASWB_ACE", None, None),
    (
        # R-CR-121: the education written out between ("Nursing Continuing Professional
        # Development Contact Hours")
        r"Nursing[\s-]*(?:Continuing\s+(?:Professional\s+Development|Education)[\s-]*)?"
        r"Contact[\s-]*Hours?",
        "NURSING",
        None,
        "contact_hour",
    ),
    (r"ANCC[\s-]*Contact[\s-]*Hours?", "ANCC", None, "contact_hour"),
    # a profession's word before an organisation's head noun names the organisation ("the
    # Pharmacy Council"), no credit
    (
        r"Nursing(?:[\s-]*CE)?(?:[\s-]*Credits?)?(?!\s+(?:Council|Board|Society|College))",
        "NURSING",
        None,
        None,
    ),
    (
        r"Pharmacy(?:[\s-]*CE)?(?:[\s-]*Credits?)?(?!\s+(?:Council|Board|Society|College))",
        "ACPE",
        None,
        None,
    ),
    (r"ACPE(?:[\s-]*Credits?)?", "ACPE", None, None),
    # R-CR-46: the credit named by its education: "ACPE accredits providers of continuing
    # pharmacy education (CPE)" (https://www.acpe-accredit.org/continuing-education-provider-
    # accreditation/); "continuing nursing education (CNE)" is the ANCC's term for nursing CE
    # (https://www.nursingworld.org/organizational-programs/accreditation/)
    (r"CPE[\s-]*Credits?|CE\s+for\s+Pharmacists", "ACPE", None, None),
    (r"CNE[\s-]*Contact[\s-]*Hours?", "NURSING", None, "contact_hour"),
    (r"CNE(?:[\s-]*Credits?)?|CE\s+for\s+Nurses\b", "NURSING", None, None),
    (r"BPS(?=\s+and\s+ACPE)|BPS[\s-]*(?:recertification\s+)?credits?", "BPS", None, None),
    (r"ADA[\s-]*CERP(?:[\s-]*Credits?)?", "ADA_CERP", None, None),
    (r"CPEUs?", "CDR", None, None),
    # AGD's Program Approval for Continuing Education (data/accreditors.json, its source)
    (r"AGD[\s-]*PACE(?:[\s-]*(?:Credits?|hours?))?", "OTHER", "AGD PACE", None),
    (r"COPE(?:[\s-]*Credits?)?", "COPE", None, None),
    (r"APA[\s-]*CE(?:[\s-]*Credits?)?", "APA", None, None),
    (r"European\s+CME\s+credits?(?:\s*\(ECMEC®?s?\))?", "OTHER", "ECMEC", None),
    (r"ECMEC®?s?", "OTHER", "ECMEC", None),
    (
        r"Mainpro\+?®?\s*Certified\s+Assessment(?:\s+Activity)?(?:\s+credits?)?",
        "OTHER",
        "Mainpro+ Certified Assessment Activity",
        None,
    ),
    (
        r"Mainpro\+?®?\s*Certified(?:\s+Activity)?(?:\s+credits?)?",
        "OTHER",
        "Mainpro+ Certified Activity",
        None,
    ),
    # R-CR-7: a system's short name as the text writes it; no category the text does not name
    (r"Mainpro\+?[®™]?(?:\s+credits?)?", "OTHER", "Mainpro+", None),
    (r"Category\s+I\s+continuing\s+education\s+contact\s+hours", "OTHER", "CECH", "contact_hour"),
    # NCHEC's abbreviation: "Category I continuing education contact hours (CECH)"
    # (https://www.nchec.org/continuing-education), "12 Category 1 CECHs"
    (r"Category\s+(?:1|I)\s+CECHs?|CECHs?", "OTHER", "CECH", "contact_hour"),
    (r"CPD\s+points?", "OTHER", "CPD points", "point"),
    # "10 CPD hours", "1 hour of CPD": continuing professional development outside the US
    (r"CPD\s+hours?", "OTHER", "CPD", "hour"),
    # the same written in full, with or without its acronym ("7 continuing professional
    # development (CPD) hours"; docs/corpus.md, Credits)
    (
        r"Continuing\s+Professional\s+Development\s*(?:\(CPD\)\s*)?hours?",
        "OTHER",
        "CPD",
        "hour",
    ),
    (r"CPD", "OTHER", "CPD", None),
    # the ABR's Self-Assessment CME: "at least 25 of which must be credits from Self-Assessment
    # CME (SA-CME) activities" (https://www.theabr.org/moc-dr-comp2)
    (r"SA[\s-]*CME(?:[\s-]*Credits?)?", "OTHER", "SA-CME", None),
    # R-CR-121: continuing medical education written in full with its unit ("earn continuing
    # medical education credit", "Continuing Medical Education (CME) credits"); without the
    # unit it is an office's or a council's name, no credit
    (
        r"Continuing\s+Medical\s+Education(?:\s*\(CME\))?[\s-]*(?:Credits?|Units?)",
        "CME",
        None,
        None,
    ),
    (r"CME[\s-]*Credits?|Credits?[\s-]*CME|CME", "CME", None, None),
    (r"contact[\s-]*hours?(?:\s*\(s\))?", "CONTACT", None, "contact_hour"),
)


def top_alternatives(pattern: str) -> list[str]:
    """`pattern` split at its top-level `|`."""
    out, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 1
        elif c == "[":
            i = pattern.index("]", i + 2)
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*out, pattern[start:]]


def _first_letter(alternative: str) -> str:
    """The ASCII letter every match of `alternative` starts with (any case), lower case."""
    first = alternative[:1]
    if not (first.isascii() and first.isalpha()) or alternative[1:2] in ("?", "*", "{"):
        raise ValueError(f"a credit name that does not start with a letter: {alternative!r}")
    return first.lower()


# A look-ahead of the names' first letters lets the engine try the names only where one can
# start (~40% faster; the same matches and groups: a name starts with one of these letters).
_CREDIT_FIRSTS = "".join(
    sorted({_first_letter(a) for p, *_ in CREDIT_NAMES for a in top_alternatives(p)})
)
CREDIT_NAME_RE = lazy_compile(
    rf"(?<![A-Za-z])(?=[{_CREDIT_FIRSTS}])(?:"
    + "|".join(f"({p})" for p, _c, _l, _u in CREDIT_NAMES)
    + r")(?![a-z])",
    re.IGNORECASE,
)
# the same names without a group per name: matches where `CREDIT_NAME_RE` matches, in about
# half the time (groups cost a save per branch tried), for a caller that asks only "is one there"
CREDIT_NAME_ANY = lazy_compile(
    rf"(?<![A-Za-z])(?=[{_CREDIT_FIRSTS}])(?:"
    + "|".join(f"(?:{p})" for p, _c, _l, _u in CREDIT_NAMES)
    + r")(?![a-z])",
    re.IGNORECASE,
)

UNIT_WORDS: dict[str, str] = {
    "contact hour": "contact_hour",
    "contact hours": "contact_hour",
    "hour": "hour",
    "hours": "hour",
    "clock hour": "hour",
    "clock hours": "hour",
    "hr": "hour",
    "hrs": "hour",
    "credit": "credit",
    "credits": "credit",
    "point": "point",
    "points": "point",
}

BOARDS: dict[str, str] = {
    "american board of internal medicine": "ABIM",
    "american board of pediatrics": "ABP",
    "american board of anesthesiology": "ABA",
    "american board of pathology": "ABPATH",
    "american board of surgery": "ABS",
    "american board of orthopaedic surgery": "ABOS",
    "american board of otolaryngology": "ABOHNS",
    "american board of thoracic surgery": "ABTS",
    "american board of ophthalmology": "ABO",
    "american board of family medicine": "ABFM",
}
BOARD_CODE_RE = lazy_compile(
    r"\b(ABIM|ABPath|ABPATH|ABA|ABS|ABOS|ABP|ABOHNS|ABTS|ABO|ABFM|ABPN|ABEM|ABR|ABU|ABAI|"
    r"ABPMR|ABD|ABCRS|ABNS|ABOG|ABPS)\b"
)

# (pattern, format code); first hit wins within one source of evidence
FORMAT_WORDS: tuple[tuple[str, str], ...] = (
    # both formats named ("Other (Live and Enduring Material)"): blended, before either alone
    (
        r"blended|\blive\b[\w\s,-]{0,20}?\band\s+enduring|\benduring\b[\w\s,-]{0,20}?\band\s+live\b",
        "blended",
    ),
    (
        r"internet\s+live|live\s+internet|live\s+webinar|live\s+webcast|live\s+stream",
        "internet_live",
    ),
    (r"regularly\s+scheduled\s+series|\bRSS\b|grand\s+rounds|tumor\s+board", "rss"),
    (r"journal[\s-]*based|journal\s+CME|journal\s+article", "journal"),
    (
        r"enduring|on[\s-]*demand|self[\s-]*study|home[\s-]*study|self[\s-]*paced|podcast|recorded",
        "enduring",
    ),
    (r"searching|point[\s-]*of[\s-]*care", "internet_searching"),
    (r"performance\s+improvement", "performance_improvement"),
    (r"manuscript\s+review", "manuscript_review"),
    (r"test[\s-]*item\s+writing", "test_item_writing"),
    (r"blended", "blended"),
    (r"\blive\b|course|conference|congress|convention|symposium|annual\s+meeting|workshop", "live"),
)
FORMAT_RES = tuple((lazy_compile(p, re.IGNORECASE), code) for p, code in FORMAT_WORDS)

CREDENTIALS = frozenset(
    [
        "MD",
        "DO",
        "PhD",
        "MS",
        "MSc",
        "MSN",
        "BSN",
        "RN",
        "APRN",
        "NP",
        "FNP",
        "FNP-BC",
        "PA",
        "PA-C",
        "PharmD",
        "RPh",
        "BCPS",
        "MPH",
        "MBA",
        "MHA",
        "FACP",
        "FAAFP",
        "FACS",
        "FAAP",
        "CCM",
        "CNS",
        "CRNP",
        "DNP",
        "EdD",
        "JD",
        "LCSW",
        "LICSW",
        "MSW",
        "DDS",
        "DMD",
        "OD",
        "PsyD",
        "FRCPC",
        "FRCP",
        "MBBS",
        "CPhT",
        "CDCES",
        "CDE",
        "RD",
        "RDN",
        "MEd",
        "MA",
        "BA",
        "BS",
        "FASAM",
        "DFAPA",
        "FAANP",
        "ANP-BC",
        "NP-C",
        "CHES",
        "MCHES",
    ]
)


# --- data tables (parsing/data/*.json): classes of words, each entry with its source ---------

_DATA = Path(__file__).with_name("data")


def _table(name: str) -> dict[str, Any]:
    """One JSON table of `parsing/data`; a broken table fails at import, naming the file."""
    path = _DATA / name
    try:
        table: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise RuntimeError(f"{path}: unreadable word table ({exc})") from exc
    return table


@dataclass(frozen=True, slots=True)
class Body:
    """An accreditor or approver and the credit type of the hours it accredits or approves."""

    names: tuple[str, ...]
    abbrevs: tuple[str, ...]
    credit: str
    label: str | None
    pattern: re.Pattern[str]
    cme: bool = False  # a CME authority outside the US: its credit is the page's plain "CME"


def _body(entry: dict[str, Any]) -> Body:
    names = tuple(entry["names"])
    abbrevs = tuple(entry.get("abbrevs", ()))
    alts = [r"\s+".join(re.escape(w) for w in n.split()) for n in names]
    alts += [r"(?-i:" + r"\s+".join(re.escape(w) for w in a.split()) + ")" for a in abbrevs]
    rx = lazy_compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])", re.IGNORECASE)
    return Body(names, abbrevs, entry["credit"], entry.get("label"), rx, bool(entry.get("cme")))


BODIES: tuple[Body, ...] = tuple(_body(e) for e in _table("accreditors.json")["bodies"])


# Every body's pattern in one alternation: it matches the whole of a text when one of them does
# (one match, about five times faster than trying each in turn)
_ANY_BODY = lazy_compile("|".join(f"(?:{b.pattern.pattern})" for b in BODIES), re.IGNORECASE)


def body_named(text: str) -> Body | None:
    """The first accreditor or approver `text` names (earliest in the text), or None."""
    best: tuple[int, Body] | None = None
    for b in BODIES:
        m = b.pattern.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), b)
    return best[1] if best else None


_PROVIDER_NUMBER = re.compile(
    r"\s+(?:approved\s+)?(?:CEU?s?\s+)?provider\s*(?:number|no\.?|#)?\s*[A-Z]{0,3}[-\s]?\d[\w-]*$",
    re.IGNORECASE,
)


def is_accreditor(org: str) -> bool:
    """True when `org` is (only) an accreditor's or approver's name: never a provider."""
    core = re.sub(r"\s*\([^)]*\)\s*$", "", org).strip().removeprefix("the ").removeprefix("The ")
    # the approver's number for a provider after its name ("X Board CEU Provider P123"): X's
    core = _PROVIDER_NUMBER.sub("", core)
    return _ANY_BODY.fullmatch(core) is not None or bool(
        re.match(r"(?i)accreditation\s+council\b|.*\bcredentialing\s+center\b", core)
    )


PROVIDER_CUES = _table("provider_cues.json")
CREDIT_WORDS = _table("credit_words.json")
DATE_KEYS = _table("date_keys.json")
FORMAT_SIGNALS = _table("format_signals.json")
STATEMENT_WORDS = _table("statement_words.json")
TITLE_NOISE = _table("title_noise.json")
PEOPLE_ROLES = _table("people_roles.json")
DESCRIPTION_KEYS = _table("description_keys.json")
AUDIENCE_CUES = _table("audience_cues.json")
SPECIALTIES = _table("specialties.json")


def led_by(first: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`pattern` compiled behind a look-ahead for `first`, a character class body listing
    every character a match can start with (the caller reads that off the pattern). The
    matches are the same; the engine rejects every other position at once instead of trying
    each branch there (a pattern of alternatives over a whole listing: 20-50% faster)."""
    return lazy_compile(rf"(?=[{first}])(?:{pattern})", flags)


_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def word_class(words: list[str]) -> re.Pattern[str]:
    """Any of `words` as whole words, spaces and hyphens interchangeable, any case.

    Longest word first. For speed the words are grouped by their first character behind one
    look-ahead of all first characters, so at a word start the engine tries only the words
    that can start there (~40% faster on listings). The matches are the ones of the plain
    alternation: within a group the order is kept, and words of different groups cannot match
    at one place (ASCII first characters, or symbols; a non-ASCII letter, which case folding
    may tie to an ASCII one, keeps the plain form)."""
    # ASCII capitals written in lower case: the same pattern under IGNORECASE, which a
    # case-sensitive twin can then stand for (fastre.py)
    ordered = [w.translate(_ASCII_LOWER).split() for w in sorted(words, key=len)[::-1]]
    alts = [r"[\s-]+".join(map(re.escape, w)) for w in ordered]
    firsts = [w[0][0] for w in ordered]
    if any(c.isalpha() and not c.isascii() for c in firsts):
        return lazy_compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])", re.IGNORECASE)
    groups: dict[str, list[str]] = {}
    for first, alt in zip(firsts, alts, strict=True):
        groups.setdefault(first.lower(), []).append(alt)
    body = "|".join("(?:" + "|".join(group) + ")" for group in groups.values())
    starts = "".join(re.escape(c) for c in groups)
    return lazy_compile(r"(?<![\w-])(?=[" + starts + r"])(?:" + body + r")(?![\w-])", re.IGNORECASE)
