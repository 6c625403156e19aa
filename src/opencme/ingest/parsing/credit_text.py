"""Shared pieces of the credit readers: sentences, the refusal of numbers that are no
designation (R-CR-2, R-CR-3), a mention of a credit system, and what the page says about its
professions (the context the generic names resolve against, R-CR-4..7)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import BODIES, CREDIT_WORDS, UNIT_WORDS, led_by

# words that may stand between an amount and the credit's name or its CE words, as a pattern's
# alternation (data/credit_words.json "modifiers"; R-CR-16, R-CR-99, R-CR-128)
MODIFIER = "|".join(r"[\s-]+".join(map(re.escape, w.split())) for w in CREDIT_WORDS["modifiers"])

# R-CR-40: an amount spelled out in words ("one nursing contact hour"); only a numeral present
# in the text gives a value (data/credit_words.json `number_word_values`)
WORD_VALUES: dict[str, float] = {w: float(v) for w, v in CREDIT_WORDS["number_word_values"].items()}
WORD_NUM = r"(?<![\w-])(?:" + "|".join(sorted(WORD_VALUES, key=len)[::-1]) + r")(?![\w-])"

SENTENCE_SPLIT = lazy_compile(r"(?<=[.!?])\s+(?=[A-Z(])")
# refused wherever they stand in the sentence (R-CR-2)
STRONG_NEG = led_by(  # the first characters of its words
    "=abcefhnptuw",
    r"=|\bequals?\b|\bequivalent\b|\bconvert|\bconversion\b|\bformulas?\b|"
    r"\bevery\s+(?:\w+\s+)?(?:years?|months?)\b|\btypically\b|\bwill\s+be\s+(?:determined|"
    r"announced)|\bTBD\b|\bno\s+longer\b|\bhours\s+of\s+participation\b|\bbasis\b|"
    r"\bfor\s+\d+\s+minutes\b|\bup\s+from\b|\bat\s+a\s+rate\s+of\b|"
    r"\b(?:for\s+(?:each|every)|each)\s+(?:[\w-]+\s+){0,5}?(?:query|search|submission|question|case|"
    r"article|module|session|lecture|poster)\b",
    re.IGNORECASE,
)
# a rate of credit ("0.5 credit for each query", "at a rate of 2 credits per student"): the
# system is offered, the amount is no designation (docs/corpus.md: point-of-care credit)
RATE = lazy_compile(
    r"\bat\s+a\s+rate\s+of\b|\bfor\s+each\s+(?:[\w-]+\s+){0,5}?(?:query|search|submission|"
    r"question|case|article)\b|\bper\s+(?:search|query|submission|question|article)\b|"
    # R-CR-117: credit for each or every session attended ("Each lecture attended in full earns
    # you 1 CPD point", "1 CE hour for every 50-minute module completed")
    r"\b(?:for\s+(?:each|every)|each)\s+(?:[\w-]+\s+){0,5}?(?:session|lecture|module|poster)s?"
    r"\s+(?:attended|you\s+attend|completed|you\s+complete|viewed|you\s+view)\b",
    re.IGNORECASE,
)
# a number that ends a name, not an amount: "Category 1 CME", "Part 2", "Level 3"
NAME_NUMBER = lazy_compile(
    r"\b(?:Category|Cat\.?|Part|Level|Section|Class|Group)\s*$", re.IGNORECASE
)
# a rate refuses the amount it follows ("2.0 CEUs per session"), not another amount of the
# sentence ("Earn: 4.0 CEUs (2.0 CEUs per session)") (R-CR-2)
PER = lazy_compile(
    r"\bper\s+(?:hour|search|session|day|week|month|year|module|article|question|credit)\b",
    re.IGNORECASE,
)
# R-CR-70: "an application has been submitted to <body> for 2 contact hours": pending
PENDING = lazy_compile(
    r"\bapplication\s+(?:has\s+been|is\s+being|will\s+be|was)\s+(?:made|submitted|filed)\b|"
    # R-CR-115: "have been applied for", "(applied for)", "approval pending", "pending
    # accreditation", "awaiting approval", "subject to approval", "is being sought"
    r"\b(?:has|have)\s+been\s+applied\s+for\b|\(\s*applied\s+for\s*\)|"
    r"\b(?:approval|accreditation)\s+(?:is\s+)?pending\b|\bpending\s+(?:approval|accreditation)\b|"
    r"\b(?:awaiting|subject\s+to)\s+(?:approval|accreditation)\b|"
    r"\b(?:is|are|being|has\s+been|have\s+been)\s+sought\b",
    re.IGNORECASE,
)
PENDING_HINTS = ("appli", "pending", "awaiting", "subject to", "sought")


def pending(sentence: str) -> bool:
    low = sentence.lower()
    return any(h in low for h in PENDING_HINTS)


ANY_NUM = lazy_compile(r"\d+(?:\.\d+)?")
# R-CR-114: unnamed contact hours written with the CE words before them ("CE Contact Hours: 2",
# "Continuing Education Contact Hours: 2"): the label keeps them, as "2 CE Credits" does
CE_BEFORE = lazy_compile(
    r"(?<![\w-])(CE|CNE|Continuing\s+(?:Nursing\s+|Medical\s+|Pharmacy\s+)?Education(?:\s+\(CE\))?)"
    r"\s+$",
    re.IGNORECASE,
)
CLAUSE_BREAK = lazy_compile(r";|\s[-–—]\s")
# refused only when they come before the number (R-CR-3)
WEAK_NEG = lazy_compile(
    r"\brequire\w*|\bmust\b|\bat\s+least\b|\bminimum\b|\brenew\w*|\btriennium\b|\bcycle\b|"
    r"\bmandat\w*|\bstatute\b|\bAct\b",
    re.IGNORECASE,
)

# R-CR-45: the pharmacy accreditor, and the accreditors of nursing credit (the ANCC, a board of
# nursing, Joint Accreditation's interprofessional credit, nursing credit named as such)
ACPE_NAMED = led_by(
    "AC", r"\bACPE\b|Accreditation\s+Council\s+for\s+Pharmacy\s+Education", re.IGNORECASE
)
NURSING_ACCREDITOR = led_by(
    "abcjinr",
    r"\bANCC\b|American\s+Nurses\s+Credentialing|board\s+of\s+(?:registered\s+)?nursing|"
    r"\bjoint(?:ly)?\s+accredit|\bIPCE\b|interprofessional\s+continuing|"
    r"\bnursing\s+(?:contact\s+hours?|credits?|CE\b|continuing)|\bCNE\b|\bCNEs\b",
    re.IGNORECASE,
)
# the pharmacy profession, not a subject of study ("pharmacology hours", "pharmacotherapy",
# "pharmaceutical companies")
PHARM_CTX = led_by(
    "acp",
    r"pharmac(?!olog|otherap|eutic|okinetic|odynamic|ogenomic|ovigilance)|\bCPE\b|\bACPE\b",
    re.IGNORECASE,
)
NURSE_CTX = led_by("n", r"\bnurs", re.IGNORECASE)


# R-CR-35: "the Sicilian Regional Commission for Continuing Medical Education" (a national or
# regional CME authority outside the US, named by its own capitalised words)
CME_COMMISSION = lazy_compile(
    r"(?:(?-i:[A-Z][a-z]+)\s+){1,4}(?:Commission|Council|Agency|Committee)\s+for\s+"
    r"Continuing\s+Medical\s+Education\b",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Mention:
    code: str
    label: str | None
    amount: float | None
    unit: str | None  # explicit unit when the text names one
    line: int
    text: str


def unit_of(word: str | None) -> str | None:
    if not word:
        return None
    key = re.sub(r"[\s-]+", " ", word.lower()).strip()
    return UNIT_WORDS.get(key)


def number(text: str) -> float:
    """A figure, or a spelled-out numeral of the closed class (R-CR-40)."""
    word = WORD_VALUES.get(text.lower())
    return word if word is not None else float(text)


def sentences(text: str) -> list[str]:
    return SENTENCE_SPLIT.split(text)


# names that say no system: resolved against the page (R-CR-4..7)
GENERIC_NAMES = frozenset({"CME", "CONTACT", "NURSING"})
# the physician, nurse and pharmacist systems are read from the whole text (R-CR-4..7)
CONTEXT_CODES = frozenset({"AMA_PRA_1", "ANCC", "ACPE", "IPCE", "AAFP_PRESCRIBED", "AOA_1A"})


@dataclass(slots=True)
class Ctx:
    ama: bool
    ancc: bool
    pharmacy_only: bool = False  # names ACPE or pharmacists and no nurse anywhere
    nurses: bool = True  # names nurses or nursing somewhere
    others: bool = False  # names another profession (dentists, psychologists) and no physician
    board: str | None = None  # a state board the text says approved the provider or activity
    flat: str = ""  # the whole text, for the page-level approver
    acpe_alone: bool = False  # names ACPE and no nursing or joint accreditor (R-CR-45)
    _only: tuple[str, str | None] | bool | None = False  # not yet asked

    def cme_authority(self) -> tuple[str, str | None] | None:
        """The one CME authority outside the US (data/accreditors.json `cme`) the page names,
        whose credit its plain "CME credits" are (R-CR-35); else the one commission, council,
        agency or committee "for Continuing Medical Education" it names that is not the US
        accreditor of providers (ACCME): `OTHER` with its name as written."""
        named = {(b.credit, b.label) for b in BODIES if b.cme and b.pattern.search(self.flat)}
        if len(named) == 1:
            return next(iter(named))
        if named or "for continuing medical education" not in self.flat.lower():
            return None
        orgs = {
            m.group(0)
            for m in CME_COMMISSION.finditer(self.flat)
            if not m.group(0).startswith("Accreditation ")
        }
        return ("OTHER", next(iter(orgs))) if len(orgs) == 1 else None

    def only_approver(self) -> tuple[str, str | None] | None:
        """The credit of the one approver (data/accreditors.json, not a physician, nurse or
        pharmacist accreditor) the page names, when it names exactly one (R-CR-12)."""
        if self._only is False:
            named = {
                (b.credit, b.label)
                for b in BODIES
                if b.credit not in CONTEXT_CODES and b.pattern.search(self.flat)
            }
            self._only = next(iter(named)) if len(named) == 1 else None
        return self._only if isinstance(self._only, tuple) else None


# R-CR-96: "This lecture is equal to 1 CE Contact Hour, ..." gives the activity's amount: the
# subject before "is equal/equivalent to" holds no credit or time word and no "each", so it is
# no conversion of one amount into another ("1 hour of learning is equivalent to 1 CME credit",
# "Each CEU is equal to 10 contact hours", "60 minutes equals 1 credit" stay refused); a count of
# something else there ("spans one day and is equivalent to 5 CPD hours") is no
# amount converted
_DESIGNATING_EQUAL = lazy_compile(r"\b(?:is|are)\s+(?:equal|equivalent)\s+to\s+\d", re.IGNORECASE)
_CONVERTED = lazy_compile(
    r"\beach\b|\b(?:CEUs?|credits?|hours?|hrs?|minutes?|mins?|points?|units?|CMEs?|CPD|CE)\b",
    re.IGNORECASE,
)


def _strong_neg(sentence: str) -> re.Match[str] | None:
    m = STRONG_NEG.search(sentence)
    while m is not None and m.group(0)[:3].lower() == "equ":
        d = _DESIGNATING_EQUAL.search(sentence, max(0, m.start() - 4))
        if d is None or d.end() < m.end() or _CONVERTED.search(sentence, 0, d.start()):
            return m
        m = STRONG_NEG.search(sentence, d.end())
    return m


# R-CR-132: CEUs in parentheses after hours that they convert ("3 Hours (0.3 CEUs)"): IACET,
# http://iacet.org/ceus/about-the-ceu: "One CEU equals ten contact hours of participation"
_HOURS = r"(?P<hours>\d{1,3}(?:\.\d{1,2})?)\s*(?:contact\s+|clock\s+)?(?:hours?|hrs?)"
_CEUS = r"(?P<ceu>\d{0,2}\.?\d{1,2})\s*"
_HOURS_OPEN = lazy_compile(_HOURS + r"\.?\s*\(\s*$", re.IGNORECASE)
_CEU_AMOUNT = lazy_compile(_CEUS + r"CEUs?\b", re.IGNORECASE)
# and the other way: the hours in parentheses after the CEUs ("0.2 ABC CEU (2 contact hours)")
_CEU_OPEN = lazy_compile(_CEUS + r"(?:(?-i:[A-Z]{2,6})\s+)?CEUs?\s*\(\s*$", re.IGNORECASE)
_HOURS_AMOUNT = lazy_compile(_HOURS + r"\b", re.IGNORECASE)


def _ten_to_one(hours: str, ceu: str) -> bool:
    return abs(float(hours) - 10 * float(ceu)) < 0.01


def converts_hours(sentence: str, num_pos: int) -> bool:
    """The amount at `num_pos` is CEUs in parentheses converting the hours before them, or
    hours in parentheses converting the CEUs before them."""
    if num_pos <= 0:
        return False
    start = max(0, num_pos - 30)
    h = _HOURS_OPEN.search(sentence, start, num_pos)
    c = _CEU_AMOUNT.match(sentence, num_pos) if h else None
    if h and c:
        return _ten_to_one(h.group("hours"), c.group("ceu"))
    c = _CEU_OPEN.search(sentence, start, num_pos)
    h = _HOURS_AMOUNT.match(sentence, num_pos) if c else None
    return bool(c and h and _ten_to_one(h.group("hours"), c.group("ceu")))


def neg(sentence: str, num_pos: int) -> str | None:
    m = _strong_neg(sentence) if "qu" in sentence else STRONG_NEG.search(sentence)
    if m:
        return m.group(0)
    if "(" in sentence and converts_hours(sentence, num_pos):
        return "a conversion of the hours"
    for p in PER.finditer(sentence):
        if num_pos < 0 or p.start() < num_pos:
            return p.group(0)
        # the amounts before the rate, leaving out numbers that end a name ("Category 1")
        nums = [
            n.start()
            for n in ANY_NUM.finditer(sentence, num_pos, p.start())
            if not NAME_NUMBER.search(sentence, max(0, n.start() - 12), n.start())
        ]
        if not nums or nums[-1] == num_pos:
            return p.group(0)
    w = WEAK_NEG.search(sentence, 0, max(num_pos, 0))
    # a requirement word governs its own clause: not an amount after a dash or a semicolon
    # ("... CPD Requirements: What You Need to Know - 2 APA CE Credits")
    if w and CLAUSE_BREAK.search(sentence, w.end(), max(num_pos, 0)):
        return None
    return w.group(0) if w else None


# R-CR-121: a verb of earning and up to two words before the credit it earns ("receive
# complimentary CME credits", "gain continuing education credits"); "required" or "mandatory"
# there makes it a requirement, no offer. Shared by the named and the unnamed credit readers.
EARN_VERB = (
    r"(?i:receive|obtain(?:ing)?|earn(?:ing)?|gain|claim)\s+"
    r"(?:(?!(?i:required|mandatory)\b)[\w-]+\s+){0,2}?"
)
