"""The activity's title: a keyed title, else the first heading-like line that is not page
chrome (R-TI-1, R-TI-2, data/title_noise.json)."""

from __future__ import annotations

import re

from opencme.ingest.parsing.audience import PROFESSION_HEAD
from opencme.ingest.parsing.date_grammar import MONTHS
from opencme.ingest.parsing.dates import DATEISH, MONTH_TITLE, parse_date
from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.keyed import keyed, used
from opencme.ingest.parsing.layouts import BULLET, KEY_ALIASES, Doc, Line, norm_key
from opencme.ingest.parsing.vocab import (
    CREDENTIALS,
    DESCRIPTION_KEYS,
    TITLE_NOISE,
    _table,
    word_class,
)

URL = re.compile(r"https?://\S+")
_BOILERPLATE = re.compile(
    r"^\[?(?:skip to|jump to|image for|menu|home|sign in|log in|breadcrumb|search|"
    r"free cookie|you are on page|share|print|advertisement|download|transcript|idea transcript|"
    r"available\s+(?:until|through|from)|expires?\b|updated\b|posted\b|last\s+revised|"
    r"designat|approved\b|accredited\b)",
    re.IGNORECASE,
)
_QUESTION = re.compile(
    r"^(?:how|what|when|why|where|who|can|do|does|is|are|you|we|i|if|this|these|please)\b",
    re.IGNORECASE,
)
_PROFESSIONS_ONLY = re.compile(
    r"^(?:registered\s+)?(?:physicians?|nurses?|pharmacists?|physician[’']?s?\s+assistants?|"
    r"nurse\s+practitioners?|nurse,\s+registered|social\s+workers?|psychologists?|dentists?)"
    r"(?:\s+\([^()]{1,24}\))?$",  # their degrees or a state: "Physicians (MD or DO)"
    re.IGNORECASE,
)
_GENERIC_HEAD = re.compile(
    r"\b(?:questions?|faq|credits?|accreditation|designation|statements?|information|"
    r"continuing\s+(?:(?:medical|nursing|dental|pharmacy|professional)\s+)?education|cme|ce|cpd|moc|overview|introduction|summary)\b",
    re.IGNORECASE,
)


def _head_lines(doc: Doc, limit: int = 8) -> list[Line]:
    return [ln for ln in doc.lines if ln.text.strip()][:limit]


_OPEN_END = re.compile(r"\s(?:for|of|and|the|in|to|with|on|a|an)$", re.IGNORECASE)
_BYLINE = re.compile(r"\s+By\s+(?=[A-Z])")


_CONTROL = re.compile(
    r"^\W*(?:"
    + "|".join(r"\s+".join(map(re.escape, w.split())) for w in TITLE_NOISE["controls"])
    + r")(?:\W|$)",
    re.IGNORECASE,
)
_CHROME = word_class(TITLE_NOISE["chrome"])
_SECTION_WORDS = frozenset(TITLE_NOISE["section_words"]) | {
    "and",
    "&",
    "of",
    "the",
    "this",
    "for",
    "a",
}
_CRED_AFTER = re.compile(
    r",\s*(?:" + "|".join(map(re.escape, sorted(CREDENTIALS, key=len, reverse=True))) + r")\b"
)
_AMOUNT_HEAD = re.compile(
    r"^\d+(?:\.\d+)?\s+(?:\w+\s+)?(?:credits?|hours?|CEUs?|CEs?|CME|contact|points?|minutes?|"
    r"units?)\b|^[A-Z][.)]\s",  # an amount of credit; an outline item ("B. Objectives")
    re.IGNORECASE,
)


_WEEKDAYS = frozenset(
    d + s for d in ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun") for s in ("day", "")
) | {"tue", "wed", "thu", "sat"}
# words a day-and-date line holds besides its calendar words ("Day One (Tuesday 8 June)")
_DAY_WORDS = frozenset({"day", "days", "one", "two", "three", "am", "pm", "at", "to", "from"})


# times of day and their zone alone ("8:00am MST – 5:30pm MST", "9 a.m. to 4 p.m.")
_TIME = r"\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?"
_CLOCK_LINE = re.compile(rf"^{_TIME}\s*(?:[-–—]|to)\s*{_TIME}$", re.IGNORECASE)


def _calendar_line(t: str) -> bool:
    """A day and a date with no year ("Thursday, March 6", "Live Friday February 21"), or a
    span of times of day ("8:00am MST – 5:30pm MST"): a line of weekday and month
    names, numbers and section words (R-TI-2)."""
    if not _DIGIT.search(t):
        return False  # a day and date line or a time span holds a number
    if _CLOCK_LINE.match(t):
        return True
    words = [w.strip(":,.()–-").lower() for w in t.split()]
    calendar = [w for w in words if w in _WEEKDAYS or w in MONTHS]
    return (
        bool(calendar)
        and all(
            w in _WEEKDAYS
            or w in MONTHS
            or w in _DAY_WORDS
            or w in _SECTION_WORDS
            or (w[:1].isdigit() and len(w) <= 4)
            for w in words
            if w
        )
        and any(w[:1].isdigit() for w in words)
    )


def _page_noise(t: str) -> bool:
    """Navigation, page controls, section headings, people, dates and amounts (R-TI-2)."""
    if _CONTROL.match(t) or _CHROME.search(t) or _CRED_AFTER.search(t):
        return True
    # the words are stripped one at a time: most lines fail at their first word
    words = (w.strip(":,.()").lower() for w in t.replace("/", " ").split())
    return bool(
        all(w in _SECTION_WORDS for w in words if w)
        or (_AMOUNT_HEAD.match(t) and len(t.split()) <= 4)
        or (parse_date(t) is not None and len(DATEISH.sub("", t).split()) <= 1)
        or _calendar_line(t)
    )


_TAIL_SEP = re.compile(r"\s+(?:\||-|–|—|::|»|•)\s+")
_PAREN_TAIL = re.compile(r"\s*\((?P<inner>[^()]*)\)\s*$")
_PRICE_TAIL = re.compile(r"\s*[$€£]\s?\d[\d,.]*\s*$")
_NUMBERED = re.compile(r"^(?:\d{1,2}[.)]|#\s*\d+)\s+")
_ABOUT = re.compile(r"^about\s+(?:the|this|our)\s+", re.IGNORECASE)
_STATUS = word_class(TITLE_NOISE["status"])
_NOTE_WORDS = word_class(TITLE_NOISE["note_words"])
_IDENTIFIER_HEADS = frozenset(TITLE_NOISE["identifier_heads"])
_DIGIT = re.compile(r"\d")
# a name in two parts ("Dental Aerosols: How Far Do They Spread?", "Sepsis – a problem?"): a
# question or a long subtitle after the colon or dash belongs to the title
_TWO_PART = re.compile(r"\S:\s+\S|\s[–—-]\s")
# words of generic headings besides _GENERIC_HEAD's ("Continuing Medical Education Information")
_GENERIC_EXTRA = frozenset({"continuing", "medical", "recognition", "to", "in", "on", "with"})


def _note(part: str, dates: bool = True) -> bool:
    """A credit, price, status, date or section note appended to a name ("2 CE Credits",
    "Sold Out!", "November 10, 2025", "CPD Information"), not part of it."""
    p = part.strip(" .:-–—!")
    if not p:
        return True
    words = (w.strip(":,.()!'’").lower() for w in p.split())  # stripped only while needed
    return bool(
        _STATUS.fullmatch(p)
        or (_DIGIT.search(p) and _NOTE_WORDS.search(p) and len(p.split()) <= 8)
        or (dates and parse_date(p) is not None and len(DATEISH.sub("", p).split()) <= 1)
        or (all(w in _SECTION_WORDS or _NOTE_WORDS.fullmatch(w) for w in words if w))
        or _PRICE_TAIL.fullmatch(p) is not None
    )


# What each step of clean_title needs in the text before its pattern can match (the guards:
# `clean_steps(t, guarded=False)` tries every pattern, and a test compares the two):
# _TAIL_SEP one of its separators' characters; _PAREN_TAIL a ")" ending the text (`\s` is
# str.isspace, so `\)\s*$` needs `t.rstrip()` to end with it); _PRICE_TAIL a currency sign;
# the "CME: …" label ": "; _NUMBERED a first character that is a decimal digit or "#" (`\d`
# is str.isdecimal), _ABOUT an "a" (IGNORECASE matches only "a" and "A" as "a").
_SEPARATOR_MARKS = frozenset("|-–—:»•")
_CURRENCY_MARKS = frozenset("$€£")


def clean_title(text: str) -> str:
    """The name without what a page appends or prefixes to it (docs/corpus.md "Title"): a
    credit, price, status or date note after a separator or in a closing parenthesis, a
    category label before a colon ("CME: …"), an item number, "About the …"."""
    return clean_steps(text.strip())


def clean_steps(t: str, guarded: bool = True) -> str:
    """clean_title's steps on a stripped text; unguarded, every pattern is tried."""
    for _ in range(3):
        before = t
        if not guarded or not _SEPARATOR_MARKS.isdisjoint(t):
            parts = _TAIL_SEP.split(t)
            if len(parts) > 1 and _note(parts[-1]):
                t = t[: t.rfind(parts[-1])].rstrip(" |-–—:»•")
            if len(parts) > 1 and _note(parts[0]):
                t = t[len(parts[0]) :].lstrip(" |-–—:»•")
        if not guarded or t.rstrip().endswith(")"):
            m = _PAREN_TAIL.search(t)
            # a date in parentheses names the run of the activity ("… (May 2025)"): it stays
            if m and m.start() > 0 and _note(m.group("inner"), dates=False):
                t = t[: m.start()].rstrip()
        if not guarded or not _CURRENCY_MARKS.isdisjoint(t):
            t = _PRICE_TAIL.sub("", t)
        t = t.rstrip(" ,")
        if not guarded or ": " in t:
            head, colon, rest = t.partition(": ")
            if colon and rest and _note(head):
                t = rest.strip()
        if not guarded or t[:1].isdecimal() or t[:1] == "#":
            t = _NUMBERED.sub("", t)
        if not guarded or t[:1] in ("a", "A"):
            t = _ABOUT.sub("", t)
        if t == before:
            break
    return t.strip()


_HEADLINE_VERB = re.compile(
    r"\s(?:to\s+)?(?:"
    + "|".join(r"\s+".join(map(re.escape, v.split())) for v in TITLE_NOISE["headline_verbs"])
    + r")\s+(?:its\s+|the\s+|their\s+|an?\s+)?(?=[A-Z0-9])",
    re.IGNORECASE,
)


def _headline_name(t: str) -> str | None:
    """The event a news headline reports ("Lakeside Hospital Hosts Annual Wound Symposium in
    Dayton" -> "Annual Wound Symposium"): a capitalised name ending in an activity noun after
    a headline verb (R-TI-6, data/title_noise.json 'headline_verbs')."""
    if len(t.split()) > 16 or t.endswith(".") or ". " in t:
        return None  # a sentence of prose, not a headline
    m = _HEADLINE_VERB.search(t)
    if not m or m.start() == 0:
        return None
    named = _NAMED_LONG.match(t, m.end())
    if named is None or len(named["name"].split()) < 3:
        return None
    return named["name"].strip()


def _candidate(ln: Line) -> str | None:
    """The line's title text when it may be a title: the whole line, or, for a line whose colon
    is not a known key ("Opioids: safer prescribing"), the whole line too."""
    if ln.key is not None or not ln.text.strip():
        return None
    if ln.raw_key is not None:
        # a colon after a one-word label ("Organization: …"), or before a value that is a
        # note or a single word ("Skill Level: Entry-level"), makes a field, not a title
        value = ln.value or ""
        if len(value.split()) < 2 or _note(value):
            return None
        if len(ln.raw_key.split()) < 2:
            return clean_title(value) if _note(ln.raw_key) else None  # "CME: <title>"
        if ln.raw_key.split()[-1].lower().strip(".") in _IDENTIFIER_HEADS:
            return None  # an identifier's label: "ACPE Numbers: Various – see listing below"
    t = clean_title(ln.text)
    return (_headline_name(t) if " " in t else None) or t


def _content_words(words: list[str]) -> int:
    """Words that are neither generic section words nor words of a generic heading."""
    return sum(
        1
        for w in words
        if (lw := w.strip(":,.()").lower())
        and lw not in _SECTION_WORDS
        and not _GENERIC_HEAD.fullmatch(lw)
        and lw not in _GENERIC_EXTRA
    )


def _coded(words: list[str]) -> int:
    """Words that hold a digit: codes and numbers ("Course #Y8001"), not names."""
    return sum(1 for w in words if _DIGIT.search(w))


_ELEMENT_LEAD = re.compile(
    r"^\W*(?:" + "|".join(map(re.escape, TITLE_NOISE["required_elements"])) + r")\b",
    re.IGNORECASE,
)
_ELEMENT_ANY = word_class(TITLE_NOISE["required_elements"])
_CREDIT_PROCEDURE = re.compile(
    r"^(?:how\s+to\s+)?(?:" + "|".join(TITLE_NOISE["credit_verbs"]) + r")\s+(?:for\s+)?"
    r"(?:your\s+|the\s+|a\s+)?(?:[\w/+-]+\s+){0,2}?"
    r"(?:credits?|cpd|cme|ce|cne|ceus?|points?|units?|hours?|certificates?)(?:\(s\))?"
    r"(?:\s+(?:forms?|survey|procedures?|process|instructions))?$",
    re.IGNORECASE,
)
_PARENS = re.compile(r"\s*\([^()]*\)")


def _identifier_dash(t: str) -> bool:
    """An identifier's label, a dash and its code ("Universal Activity Number (UAN) - 0000-…")."""
    parts = _TAIL_SEP.split(t, maxsplit=1)
    if len(parts) < 2 or " " in parts[1].strip() or not _DIGIT.search(parts[1]):
        return False
    label = _PARENS.sub("", parts[0]).split()
    return bool(label) and label[-1].lower().strip(".") in _IDENTIFIER_HEADS


_LIST_SEP = re.compile(r"\s*[,;/]\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+")
_RELATION = re.compile(r"\b(?:for|in|of|to|with|on|at|from|by|about)\b", re.IGNORECASE)


def _professions(t: str) -> bool:
    """A line that only lists professions ("Pharmacist, Pharmacy Technician, Nurse", "Other
    Healthcare Professionals"): each item a short capitalised noun phrase headed by a profession
    noun (audience.PROFESSION_HEAD, singular or plural), none related to anything by a
    preposition ("Wound Care for Practice Nurses" is a title)."""
    if len(t) > 100 or _RELATION.search(t):
        return False
    items = [i for i in _LIST_SEP.split(t) if i]
    for item in items:
        words = item.split()
        if not 1 <= len(words) <= 4 or not item[:1].isupper():
            return False
        head = words[-1].lower().strip(".")
        if not PROFESSION_HEAD.search(head if head.endswith("s") else head + "s"):
            return False
    return bool(items)


# head nouns of an institution's name (data/org_classes.json, its academic, society and
# institute classes) that never head an activity's name
_ORG_HEADS = (
    frozenset(
        w
        for cls in ("academic", "society", "institute")
        for w in _table("org_classes.json")["classes"][cls]
    )
    - {w.capitalize() for w in DESCRIPTION_KEYS["activity_nouns"]}
    - {"Congress", "Academic"}
)
_ACTIVITY_WORD = re.compile(
    r"\b(?:" + "|".join(DESCRIPTION_KEYS["activity_nouns"]) + r")s?\b", re.IGNORECASE
)
_ORG_NAME = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w.’'&-]*\s+){0,4}(?P<head>[A-Z][a-z]+)"
    r"(?:\s+(?:of|for|in)\s+(?:the\s+)?(?:[A-Z][\w’'&-]*\s*){1,5})?$"
)


def _org_name(t: str) -> bool:
    """An institution's name alone ("Canadian Wound Nurses Association", "School of Nursing",
    "Royal College of Wound Nurses"): capitalised words headed by an institution's head noun,
    with no activity noun (R-TI-2: the provider's name, not the activity's)."""
    m = _ORG_NAME.match(t)
    if m is None or _ACTIVITY_WORD.search(t):
        return False
    words = t.split()
    return m["head"] in _ORG_HEADS and (words[-1] == m["head"] or m["head"] in words[:6])


def field_statement(t: str) -> bool:
    """A line that heads or states another field, whole: an element ACCME requires an enduring
    material to state ("Method of Physician Participation in the Learning Process"), how to
    claim credit ("Claiming Your Credits"), professions with their degrees ("Physicians (MD or
    DO)"), an identifier and its code (R-TI-2, data/title_noise.json)."""
    t = t.strip()
    words = len(t.split())
    return bool(
        _ELEMENT_LEAD.match(t)
        or (words <= 5 and _ELEMENT_ANY.search(t))
        or (words <= 7 and _CREDIT_PROCEDURE.match(t))
        or _PROFESSIONS_ONLY.match(t)
        or _professions(t)
        or _identifier_dash(t)
        or _org_name(t)
    )


def never_title(text: str) -> bool:
    """A line no reader should give as the title, whatever its position or look: another
    field's statement or heading, page noise, a sentence or a heading that opens a list (ends
    in "." or ":"), a key with a note for value ("Estimated time: 30 minutes"). The tagger's
    choice is checked with it (reading/extract.py)."""
    t = " ".join(text.split())
    _head, colon, value = clean_title(t).partition(": ")
    words = (w.strip(":,.()").lower() for w in t.replace("/", " ").split())
    return bool(
        t.endswith((".", ":"))
        or _BOILERPLATE.match(t)
        or (colon and _DIGIT.search(value) and _note(value))
        or field_statement(t)
        or _CONTROL.match(t)
        or _CHROME.search(t)
        or all(w in _SECTION_WORDS for w in words if w)
        or _calendar_line(t)
    )


def _not_title(ln: Line, t: str | None = None) -> bool:
    t = (ln.text if t is None else t).strip()
    words = t.split()
    # the shape of the line first, then its words: the cheap tests settle most lines
    return bool(
        len(t) < 6
        or len(t) > 160
        or len(words) < 2
        or t.endswith((".", ":", "!"))
        or t.startswith("$")
        or "|" in t
        or " > " in t
        or (ln.raw_key is not None and (ln.key is not None or not ln.value))
        or (t.upper() == t and any(c.isalpha() for c in t))
        or len(words) > (28 if _TWO_PART.search(t) else 20 if "(" in t else 12)
        or (t.endswith("?") and not _TWO_PART.search(t))
        or BULLET.match(t)
        or URL.search(t)
        or _BOILERPLATE.match(t)
        or _QUESTION.match(t)
        or field_statement(t)
        or norm_key(t) in KEY_ALIASES
        or sum(map(str.isdigit, t)) * 3 > len(t)
        or _page_noise(t)
        or (len(words) <= 8 and _GENERIC_HEAD.search(t) and _content_words(words) <= 1)
        or (len(words) <= 4 and _content_words(words) == _coded(words))
        or _note(t)
        or len(_GENERIC_HEAD.findall(t)) >= 3
    )


_LOOK = 20
# EACCME's statement template: "The {event}, {city}, {country}, {dates}, has been accredited by
# the European Accreditation Council for Continuing Medical Education (EACCME®)"
_EACCME_TITLE = re.compile(
    r"\bThe\s+(?P<event>[^,\n“”\"]{3,120}),[^\n]{0,160}?(?:has\s+been|is)\s+accredited\s+by"
    r"\s+the\s+European\s+Accreditation\s+Council"
)  # lines a title is looked for in: after the site chrome, before the body


def _recurs(cand: str, lines: list[str], own: int) -> bool:
    """The candidate's words come back in another line of the page (prose naming the
    activity, a browser-title line): site chrome recurs too, but only as short names."""
    low = cand.lower()
    return len(cand.split()) >= 3 and any(
        low in t for i, t in enumerate(lines) if i != own and len(t) > len(low)
    )


def _score(cand: str, idx: int, lines: list[str]) -> float:
    """How much a candidate line looks like the page's main heading (R-TI-1): early, named
    again elsewhere on the page, in title case, of a title's length."""
    words = cand.split()
    long_words = [w for w in words if len(w) > 3 and w[:1].isalpha()]
    capped = sum(w[:1].isupper() for w in long_words) / max(len(long_words), 1)
    score = -0.15 * idx
    if _recurs(cand, lines, idx):
        score += 2.0
    if capped >= 0.6:
        score += 1.0
    if 3 <= len(words) <= 16:
        score += 0.5
    elif len(words) <= 2:
        score -= 0.5  # a very short line: a site name, a menu entry
    return score


# a capitalised name ending in an activity noun ("the 2023 Nursing Science Symposium", "the
# Surgical Morbidity and Mortality Educational Conference"), data/description_keys.json
_NAMED = re.compile(
    r"(?P<name>(?:(?:19|20)\d\d\s+|\d{1,2}(?:st|nd|rd|th)\s+)?"
    r"(?:[A-Z][\w’'&/-]*\s+(?:(?:of|and|for|in|on|&)\s+)?){1,8}?"
    r"(?:"
    + "|".join(w.capitalize() for w in DESCRIPTION_KEYS["activity_nouns"])
    + r")s?(?:\s+\([A-Z]{2,8}\))?(?:\s+(?:19|20)\d\d)?)(?![\w-])"
)
# the longest such name from a given start ("Wound Care Certificate Course", not "… Certificate")
_NAMED_LONG = re.compile(_NAMED.pattern.replace("{1,8}?", "{1,8}", 1))
_PROSE_LOOK = 6  # paragraphs a name in prose is looked for in


def _named_in_prose(doc: Doc, diags: list[Diagnostic]) -> str | None:
    """With no heading, a page that names its activity in its first paragraphs ("GHC will host
    the 2023 Nursing Science Symposium at …") gives that name (R-TI-5)."""
    for ln in [x for x in doc.lines if x.text][:_PROSE_LOOK]:
        for m in _NAMED.finditer(ln.text):
            name = re.sub(r"^The\s+", "", m["name"].strip())
            if len(name.split()) >= 3 and not _page_noise(name):
                used(diags, "title", ln, "named in prose")
                return name
    return None


def extract_title(doc: Doc, diags: list[Diagnostic]) -> str | None:
    """Keyed title, else a quoted title after an issue month, else the best heading-like line
    of the page's first lines (R-TI-1)."""
    ln = keyed(doc, "title")
    if ln and ln.value:
        used(diags, "title", ln)
        return clean_title(ln.value)
    head = _head_lines(doc, _LOOK)
    for ln in head[:8]:
        mt = MONTH_TITLE.match(ln.text.strip())
        if mt:
            used(diags, "title", ln, "quoted title after issue month")
            return mt.group("title").strip()
    if "european accreditation council" in doc.low:
        m = _EACCME_TITLE.search(doc.flat)
        if m:  # the statement names the accredited event (R-TI-4)
            used(diags, "title", doc.line_at(m.start("event")), "EACCME statement")
            return m["event"].strip()
    texts = [" ".join(ln.text.split()).lower() for ln in doc.lines if ln.text]
    best: tuple[float, int, str] | None = None
    for i, ln in enumerate(head):
        cand = _candidate(ln)
        if not cand or _not_title(ln, cand):
            continue
        sc = _score(cand, i, texts)
        if best is None or sc > best[0]:
            best = (sc, i, cand)
    if best is None:
        return _named_in_prose(doc, diags)
    _sc, i, title = best
    used(diags, "title", head[i], "heading")
    if _OPEN_END.search(title) and i + 1 < len(head):
        # a heading broken after "for", "of", ...: the next line completes it, up to a byline
        rest = _BYLINE.split(head[i + 1].text.strip())[0]
        title = f"{title} {rest}".strip()
    return title
