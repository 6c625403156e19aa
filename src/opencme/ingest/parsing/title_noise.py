"""Page noise and the shape of a line that is no title: navigation and page controls, section
headings, sentences and questions, dates, times and amounts (R-TI-2, data/title_noise.json).
`never_title` is the check any reader's choice passes; `not_title` the stricter one the
rules' heading search applies to the lines it looks at."""

from __future__ import annotations

import re

from opencme.ingest.parsing.date_grammar import MONTHS
from opencme.ingest.parsing.dates import DATEISH, parse_date
from opencme.ingest.parsing.description_news import dateline_alone
from opencme.ingest.parsing.layouts import BULLET, KEY_ALIASES, Line, norm_key
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.title_aside import aside_line
from opencme.ingest.parsing.title_clean import DIGIT, SECTION_WORDS, clean_title, is_note
from opencme.ingest.parsing.title_fields import field_statement
from opencme.ingest.parsing.title_shapes import other_shape
from opencme.ingest.parsing.vocab import CREDENTIALS, TITLE_NOISE, word_class

URL = lazy_compile(r"https?://\S+")
_BOILERPLATE = lazy_compile(
    # whole words ("Shared Decision Making" is no share button), then stems ("designat…")
    r"^\[?(?:(?:skip to|jump to|image for|menu|home|sign in|log in|breadcrumb|search|"
    r"free cookie|you are on page|share|print|advertisement|download|transcript|idea transcript)"
    r"s?\b|available\s+(?:until|through|from)|expires?\b|updated\b|posted\b|last\s+revised|"
    r"designat|approved\b|accredited\b)",
    re.IGNORECASE,
)
_QUESTION = lazy_compile(
    r"^(?:how|what|when|why|where|who|can|do|does|is|are|you|we|i|if|this|these|please)\b",
    re.IGNORECASE,
)
_PROFESSIONS_ONLY = lazy_compile(
    r"^(?:registered\s+)?(?:physicians?|nurses?|pharmacists?|physician[’']?s?\s+assistants?|"
    r"nurse\s+practitioners?|nurse,\s+registered|social\s+workers?|psychologists?|dentists?)"
    r"(?:\s+\([^()]{1,24}\))?$",  # their degrees or a state: "Physicians (MD or DO)"
    re.IGNORECASE,
)
_GENERIC_HEAD = lazy_compile(
    r"\b(?:questions?|faq|credits?|accreditation|designation|statements?|information|"
    r"continuing\s+(?:(?:medical|nursing|dental|pharmacy|professional)\s+)?education|cme|ce|cpd|moc|overview|introduction|summary)\b",
    re.IGNORECASE,
)
_CONTROL = lazy_compile(
    r"^\W*(?:"
    + "|".join(r"\s+".join(map(re.escape, w.split())) for w in TITLE_NOISE["controls"])
    + r")(?:\W|$)",
    re.IGNORECASE,
)
_CHROME = word_class(TITLE_NOISE["chrome"])
_CRED_AFTER = lazy_compile(
    r",\s*(?:" + "|".join(map(re.escape, sorted(CREDENTIALS, key=len, reverse=True))) + r")\b"
)
_AMOUNT_HEAD = lazy_compile(
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
_CLOCK_LINE = lazy_compile(rf"^{_TIME}\s*(?:[-–—]|to)\s*{_TIME}$", re.IGNORECASE)


def _calendar_line(t: str) -> bool:
    """A day and a date with no year ("Thursday, March 6", "Live Friday February 21"), or a
    span of times of day ("8:00am MST – 5:30pm MST"): a line of weekday and month
    names, numbers and section words (R-TI-2)."""
    if not DIGIT.search(t):
        return False  # a day and date line or a time span holds a number
    if _CLOCK_LINE.match(t):
        return True
    # a weekday in brackets glued to its day ("September 14(Sat), 2031") is a word of its own
    words = [w.strip(":,.()–-").lower() for w in t.replace("(", " (").split()]
    calendar = [w for w in words if w in _WEEKDAYS or w in MONTHS]
    return (
        bool(calendar)
        and all(
            w in _WEEKDAYS
            or w in MONTHS
            or w in _DAY_WORDS
            or w in SECTION_WORDS
            or (w[:1].isdigit() and len(w) <= 4)
            for w in words
            if w
        )
        and any(w[:1].isdigit() for w in words)
    )


# R-TI-35: a letter's salutation ("Dear colleagues,") and an aside wholly in brackets ("(former
# staff nurse)", "(By 31 October, 23:59 KST)") open or qualify a page; neither names anything
_SALUTATION = lazy_compile(r"^(?:Dear|Greetings)\s+[^.!?]{1,40}[,:!]?\Z", re.IGNORECASE)
_BRACKETED = lazy_compile(r"^[(\[][^()\[\]]*(?:\([^()]*\)[^()\[\]]*)*[)\]]\W*\Z")


def page_noise(t: str) -> bool:
    """Navigation, page controls, section headings, people, dates and amounts (R-TI-2)."""
    if "©" in t or _CONTROL.match(t) or _CHROME.search(t) or _CRED_AFTER.search(t):
        return True  # a copyright notice, navigation, page chrome, a person
    if _SALUTATION.match(t) or _BRACKETED.match(t):
        return True
    # the words are stripped one at a time: most lines fail at their first word
    words = (w.strip(":,.()").lower() for w in t.replace("/", " ").split())
    return bool(
        all(w in SECTION_WORDS for w in words if w)
        or (_AMOUNT_HEAD.match(t) and len(t.split()) <= 4)
        or (parse_date(t) is not None and len(DATEISH.sub("", t).split()) <= 1)
        or _calendar_line(t)
    )


# a name in two parts ("Dental Aerosols: How Far Do They Spread?", "Sepsis – a problem?"): a
# question or a long subtitle after the colon or dash belongs to the title
_TWO_PART = lazy_compile(
    r"\S:\s+\S|\s[–—-]\s"
    # or a question set after the name with a comma: "Knee Pain in Runners, Who Needs Imaging?"
    r"|\w, (?:How|What|Why|When|Where|Who|Which|Is|Are|Can|Do|Does|Should|Will)\s(?=.*\?$)"
)
# words of generic headings besides _GENERIC_HEAD's ("Continuing Medical Education Information")
_GENERIC_EXTRA = frozenset({"continuing", "medical", "recognition", "to", "in", "on", "with"})


def _content_words(words: list[str]) -> int:
    """Words that are neither generic section words nor words of a generic heading."""
    return sum(
        1
        for w in words
        if (lw := w.strip(":,.()").lower())
        and lw not in SECTION_WORDS
        and not _GENERIC_HEAD.fullmatch(lw)
        and lw not in _GENERIC_EXTRA
    )


def _coded(words: list[str]) -> int:
    """Words that hold a digit: codes and numbers ("Course #Y8001"), not names."""
    return sum(1 for w in words if DIGIT.search(w))


def never_title(text: str) -> bool:
    """A line no reader should give as the title, whatever its position or look: another
    field's statement or heading, page noise, a sentence or a heading that opens a list (ends
    in "." or ":"), a key with a note for value ("Estimated time: 30 minutes"), a bullet, a
    note or generic heading alone, a list of credentials. The tagger's choice is checked with
    it (reading/extract.py)."""
    t = " ".join(text.split())
    cleaned = clean_title(t)
    _head, colon, value = cleaned.partition(": ")
    words = (w.strip(":,.()").lower() for w in t.replace("/", " ").split())
    return bool(
        t.endswith((".", ":"))
        or _BOILERPLATE.match(t)
        or (colon and DIGIT.search(value) and is_note(value))
        or field_statement(t)
        or _CONTROL.match(t)
        or _CHROME.search(t)
        or all(w in SECTION_WORDS for w in words if w)
        or _calendar_line(t)
        or BULLET.match(t) is not None
        or t[:1] in _BULLET_GLYPHS  # "•Pathogenesis of …": a bullet glued to its item
        or is_note(cleaned)
        or _generic(t.split())
        or _credentials_only(t)
        or _LABEL_BY.search(t.partition(":")[0]) is not None  # "Apply by: 29 Dec 2031"
        or _LABEL_BY.search(cleaned) is not None
        or _reader_question(t)
        or other_shape(t)
        or dateline_alone(t)
    )


def _generic(words: list[str]) -> bool:
    """A generic heading ("Continuing Education", "CME Information for Learners"): a generic
    heading's word and at most one word of content in a short line."""
    return (
        len(words) <= 8
        and bool(_GENERIC_HEAD.search(" ".join(words)))
        and (_content_words(words) <= 1)
    )


generic_heading = _generic  # for the names other modules find in prose

_BULLET_GLYPHS = frozenset("•▪●◦‣∙")
_CRED_SPLIT = lazy_compile(r"[\s,/;]+")


def _credentials_only(t: str) -> bool:
    """A list of credentials or licences alone ("RN, APRN, LPN/LVN"): an audience or a
    person's letters, never a name."""
    parts = [p.strip(".()") for p in _CRED_SPLIT.split(t) if p.strip(".()")]
    if len(parts) < 2:
        return False
    # letters the vocabulary does not know ("LPN", "LVN") count in a comma list that holds a
    # known credential: capitals alone, two to five of them
    known = sum(1 for p in parts if p in CREDENTIALS)
    return all(
        p in CREDENTIALS
        or p.lower() in ("and", "or")
        or (known and "," in t and _CAPITALS.match(p) is not None)
        for p in parts
    )


_CAPITALS = lazy_compile(r"^[A-Z]{2,5}$")
# a label whose value is on the next line: "Apply by", "Presented by" (a name never ends so)
_LABEL_BY = lazy_compile(r"\s[Bb]y$")
# the reader's own question in a FAQ: "How do I earn MOC?", "Can I claim my hours twice?"
_FIRST_PERSON = lazy_compile(r"\b(?:I|my)\b")


def _reader_question(t: str) -> bool:
    """A question in sentence case the reader asks in the first person (a FAQ's entry); a
    title's question is in title case ("…, Am I Doing It Right?")."""
    return t.endswith("?") and _FIRST_PERSON.search(t) is not None and not capped(t.split())


def capped(words: list[str]) -> bool:
    """A line in title case: four in five of its longer words capitalised (a long name
    in title case is a title; a long line in sentence case is prose)."""
    long_words = [w for w in words if len(w) > 3 and w[:1].isalpha()]
    return bool(long_words) and sum(w[:1].isupper() for w in long_words) * 5 >= len(long_words) * 4


def not_title(ln: Line, t: str | None = None) -> bool:
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
        or (
            len(words) > 12  # every limit below is 12 or more: most lines stop here
            and len(words)
            > (28 if _TWO_PART.search(t) else 20 if "(" in t else 16 if capped(words) else 12)
        )
        or (t.endswith("?") and not _TWO_PART.search(t))
        or BULLET.match(t)
        or URL.search(t)
        or _BOILERPLATE.match(t)
        or _QUESTION.match(t)
        or field_statement(t)
        or norm_key(t) in KEY_ALIASES
        or sum(map(str.isdigit, t)) * 3 > len(t)
        or page_noise(t)
        or _generic(words)
        or (len(words) <= 4 and _content_words(words) == _coded(words))
        or is_note(t)
        or len(_GENERIC_HEAD.findall(t)) >= 3
        or other_shape(t)
        or aside_line(t)  # "7:15 - 7:30 Registration", "My Saved Items", "Dr. Ann Lee" (R-TI-26)
        or dateline_alone(ln.text.strip())  # "LAKESIDE (May 2, 2031)" (R-TI-31)
    )
