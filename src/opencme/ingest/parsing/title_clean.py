"""A title's own words: what a page appends or prefixes to an activity's name (a credit,
price, status or date note, a category label, an item number) is cut off (docs/corpus.md
"Title", data/title_noise.json 'status' and 'note_words')."""

from __future__ import annotations

import re

from opencme.ingest.parsing.dates import DATEISH, parse_date
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.title_affix import trim_affixes
from opencme.ingest.parsing.title_aside import capped
from opencme.ingest.parsing.title_tails import cut_where, date_part, place_after_date, place_part
from opencme.ingest.parsing.title_venue import STREET_WORDS, cut_venue
from opencme.ingest.parsing.vocab import (
    CREDENTIALS,
    DESCRIPTION_KEYS,
    TITLE_NOISE,
    is_accreditor,
    word_class,
)

SECTION_WORDS = frozenset(TITLE_NOISE["section_words"]) | {
    "and",
    "&",
    "of",
    "the",
    "this",
    "for",
    "a",
}
TAIL_SEP = lazy_compile(r"\s+(?:\||-|–|—|::|»|•)\s+")
_PAREN_TAIL = lazy_compile(r"\s*\((?P<inner>[^()]*)\)\s*$")
_PRICE_TAIL = lazy_compile(r"\s*[$€£]\s?\d[\d,.]*\s*$")
_NUMBERED = lazy_compile(r"^(?:\d{1,2}[.)]|#\s*\d+)\s+")
_ACTIVITY = r"(?:" + "|".join(DESCRIPTION_KEYS["activity_nouns"]) + r")s?"
# "About the …", or "About <a name ending in an activity noun>" ("About Psychiatry Grand Rounds")
_ABOUT = lazy_compile(
    r"^about\s+(?:(?:the|this|our)\s+|(?=(?:[A-Z][\w’'&-]*\s+){0,6}" + _ACTIVITY.title() + r"\Z))",
    re.IGNORECASE,
)
# an editorial note in square brackets after the name ("… [2017 new]", "… [archived]")
_BRACKET_TAIL = lazy_compile(r"\s*\[[^\[\]]*\]\s*\Z")
# a section heading's last words after the name ("<name> CPE Information", "<name> Course Details")
_INFO_TAIL = lazy_compile(
    r"\s+(?:CME|CE|CPE|CPD|CEU|CNE|Credit|Course|Program|Programme|Activity|Event|Presentation"
    r"|Session)\s+(?:Information|Info|Details|Overview)\Z"
)
_INFO_ENDS = ("Information", "Info", "Details", "Overview")
# a site's skip link or content label before a colon ("Main Content: <name>")
_CHROME_LABELS = frozenset(TITLE_NOISE["skip_labels"])
# a recording's or broadcast's kind in lower case after a name in title case ("<Name> webinar")
_MEDIA_TAIL = lazy_compile(r"\s+(?:webinar|webcast|podcast|video|recording)\Z")
_MEDIA_ENDS = ("webinar", "webcast", "podcast", "video", "recording")
_FORMAT_LABELS = frozenset(TITLE_NOISE["format_labels"])
_CATEGORY_LABELS = frozenset(TITLE_NOISE["category_labels"])
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?)?"
# a date with its year opening a part ("27 February 2017 @ …", "February 19-22, 2025, Berlin")
_LEAD_DATE = lazy_compile(rf"(?:{_DAY}\s+{_MONTH}|{_MONTH}\s+{_DAY},?)\s+(?:19|20)\d\d\b")
# a byline after the name: "by", "presented by", "featuring" or "with", then a person (a
# title before the name, or credentials after it: vocab's, or a short run of capitals): "…
# featuring Dr. Ann Lee, DDS", "… by Jo M. Park, MS 2 CE Credits"; all from the byline word
# on is the page's note, not the name (R-TI-3)
_CRED = "|".join(map(re.escape, sorted(CREDENTIALS, key=len, reverse=True)))
_BYLINE_TAIL = lazy_compile(
    r"[ ,]+(?:presented by|featuring|with|by) +"
    r"(?=(?:Dr|Prof)\.?\s+[A-Z]|(?:[A-Z][\w’'-]*\.?\s+){1,3}[A-Z][\w’'-]+,\s*(?:"
    + _CRED
    + r"|[A-Z][a-z]?[A-Z]{1,4})\b)"
)
_BYLINE_MOST = 10  # words after the byline word: a person, credentials, a credit note
_BYLINE_WORDS = ("by ", "featuring ", "with ")  # the guard: the pattern needs one of them
# what follows a name's closing parenthesis: a catalogue code ("PB25") or only status and
# format words ("New Online Course") is the page's label, not the name's
_AFTER_PAREN = lazy_compile(r"\) (?P<tail>[^()]+)\Z")
_CODE = lazy_compile(r"[A-Z]{1,4}-?\d{1,4}")
# a catalogue number before the name and a separator ("Course # 91411 • <name>", "No. 12 –")
_LEAD_CODE = lazy_compile(r"(?:[A-Z][a-z]+ )?(?:#|No\.?) ?\d[\w-]*\Z")
# an image's alternative text glued after a name in title case: words in lower case ending in
# an image word ("… for Pharmacists anti website banner")
_ALT_ENDS = ("banner", "logo", "image", "icon", "photo", "graphic")
_ALT_TAIL = lazy_compile(r"(?: [a-z][\w-]*)* (?:" + "|".join(_ALT_ENDS) + r")\Z")
_QUOTE_PAIRS = {"‘": "’", "“": "”", '"': '"', "'": "'"}
_STATUS = word_class(TITLE_NOISE["status"])
# a status after a dash spaced on one side only, glued to the name or to the status ("<name>-
# Archived", "<name> -Cancelled"): the page's note, as after a spaced separator
_LOPSIDED_STATUS = lazy_compile(
    r"(?:(?<=\S)[-–—]\s+|\s+[-–—](?=\S))(?P<status>[A-Z][A-Za-z ]{2,24})\Z"
)
# a credit note after a dash spaced on one side only ("<name> -NREMT 60 Hours")
_LOPSIDED_NOTE = lazy_compile(r"(?:(?<=\S)[-–—]\s+|\s+[-–—](?=\S))(?P<note>[A-Z0-9][\w .]{2,30})\Z")
# a status and "!" before the name ("New! <name>", "Sold Out! <name>")
_LEAD_EXCLAIMED = lazy_compile(r"(?P<status>[A-Z][A-Za-z ]{1,20})!\s+(?=\S)")
# words of a note on the activity's availability or price a page sets after its name ("… – Save
# the Date", "… – Now Available", "… (Free)", "… – CME Accredited"), and of its form as a
# recording ("… — Webinar Recording", "… - Self-Study"; a form's label, kept in parentheses as
# format labels are): R-TI-23
_AVAILABILITY = frozenset(
    {"free", "now", "available", "save", "coming", "soon", "accredited", "enrolling", "open"}
)
_FORM_WORDS = frozenset({"recording", "recordings", "replay", "self-study", "home-study"})
_NOTE_WORDS = word_class(TITLE_NOISE["note_words"])
DIGIT = lazy_compile(r"\d")
# an accreditor's credit category alone after a separator ("… - Category 2": AMA PRA Category 1,
# RACGP's QI&CPD Category 1/2); a number or a roman numeral up to three, nothing after it
_CREDIT_CATEGORY = lazy_compile(r"Category\s+(?:[1-3]|I{1,3})")
# a credit program's abbreviations joined by "&" or "/" ("QI&CPD", "CME/MOC"): each piece a
# note word or "QI" (quality improvement, RACGP's QI&CPD Program)
_JOINED = lazy_compile(r"\s*[&/]\s*")


def _credit_program(p: str) -> bool:
    pieces = _JOINED.split(p.lower())
    return len(pieces) > 1 and all(x == "qi" or _NOTE_WORDS.fullmatch(x) for x in pieces)


def _subject_words(p: str) -> int:
    """Capitalised words of a subject in a part holding an amount: not note, section or
    format words ("Type 2 Diabetes CME Module": Type, Diabetes, Module)."""
    return sum(
        1
        for w in p.split()
        if len(w) > 3
        and w[:1].isupper()
        and w.isalpha()
        and (lw := w.lower()) not in SECTION_WORDS
        and lw not in _FORMAT_LABELS
        and not _NOTE_WORDS.fullmatch(lw)
    )


# an accreditor's or approver's name and its approval after a name ("(ANCC Approved)"): R-TI-29
_APPROVED = lazy_compile(r"(?P<body>[A-Z][\w&/ -]{1,30}?)[ -](?:Approved|Accredited)")


def _approved_by(p: str) -> bool:
    m = _APPROVED.fullmatch(p) if p.endswith(("Approved", "Accredited")) else None
    return m is not None and is_accreditor(m["body"])


def is_note(part: str, dates: bool = True, formats: bool = True) -> bool:
    """A credit, price, status, date or section note appended to a name ("2 CE Credits",
    "Sold Out!", "November 10, 2025", "CPD Information"), not part of it."""
    p = part.strip(" .:-–—!")
    if not p:
        return True
    # stripped only while needed; a joining sign ("Video + Print") is no word
    words = (w.strip(":,.()!'’+").lower() for w in p.split())
    return bool(
        _STATUS.fullmatch(p)
        or (
            DIGIT.search(p)
            and _NOTE_WORDS.search(p)
            and len(p.split()) <= 8
            and _subject_words(p) < 2  # "2 Hour Infection Control" names its subject
        )
        or (dates and parse_date(p) is not None and len(DATEISH.sub("", p).split()) <= 1)
        or (
            all(
                (w in SECTION_WORDS and (formats or w not in _FORMAT_LABELS))
                or (formats and (w in _FORMAT_LABELS or w in _FORM_WORDS))
                or w in _AVAILABILITY
                or _NOTE_WORDS.fullmatch(w)
                for w in words
                if w
            )
        )
        or _PRICE_TAIL.fullmatch(p) is not None
        or (len(p) <= 12 and p[:1].isupper() and is_accreditor(p))  # "… - COPE"
        or _approved_by(p)  # "… (ANCC Approved)", "… – CAPCE-Accredited"
        or (dates and _LEAD_DATE.match(p) is not None)  # "… – 27 February 2017 @ …"
        or (p[:1] == "C" and _CREDIT_CATEGORY.fullmatch(p) is not None)  # "… - Category 2"
        or (("&" in p or "/" in p) and len(p) <= 16 and _credit_program(p))  # "… - QI&CPD"
    )


# What each step of clean_title needs in the text before its pattern can match (the guards:
# `clean_steps(t, guarded=False)` tries every pattern, and a test compares the two):
# TAIL_SEP one of its separators' characters; _PAREN_TAIL a ")" ending the text (`\s` is
# str.isspace, so `\)\s*$` needs `t.rstrip()` to end with it); _PRICE_TAIL a currency sign;
# the "CME: …" label ": "; _NUMBERED a first character that is a decimal digit or "#" (`\d`
# is str.isdecimal), _ABOUT an "a" (IGNORECASE matches only "a" and "A" as "a");
# _BRACKET_TAIL a "]" ending the text; _INFO_TAIL and _MEDIA_TAIL one of their end words ending
# the text (`\Z`).
_SEPARATOR_MARKS = frozenset("|-–—:»•")
_CURRENCY_MARKS = frozenset("$€£")


def clean_title(text: str) -> str:
    """The name without what a page appends or prefixes to it (docs/corpus.md "Title"): a
    credit, price, status or date note after a separator or in a closing parenthesis, a
    category label before a colon ("CME: …") or a format label after one, an item number,
    "About the …", an editorial note in brackets, a section heading's last words."""
    return clean_steps(text.strip())


def _format_words(part: str) -> bool:
    """Only status and format words ("New Online Course", "Recorded Webinar")."""
    words = part.lower().split()
    return bool(words) and all(w in _FORMAT_LABELS or _STATUS.fullmatch(w) for w in words)


def _unquote(t: str) -> str:
    """A name the page sets in quotation marks, whole ("‘Knee Pain in Runners’"): the marks go."""
    close = _QUOTE_PAIRS.get(t[:1])
    if close and len(t) > 2 and t.endswith(close) and close not in t[1:-1]:
        return t[1:-1].strip()
    return t


def _date_run(t: str) -> int | None:
    """Where the last two parts start when they are one date whose days a dash joins ("… -
    September 13 - 14, 2031"), else None."""
    seps = list(TAIL_SEP.finditer(t))
    if len(seps) < 2:
        return None
    tail = t[seps[-2].end() :]
    return seps[-2].start() if len(tail) <= 40 and _LEAD_DATE.fullmatch(tail.strip()) else None


# a person named with an honorific, alone in a part of a title's line (R-TI-33)
_SPEAKER = lazy_compile(
    r"(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?\s+[A-Z][\w’'-]*\.?(?:\s+[A-Z][\w’'.-]*){1,3}"
)


def clean_steps(t: str, guarded: bool = True) -> str:
    """clean_title's steps on a stripped text; unguarded, every pattern is tried."""
    for _ in range(3):
        before = t
        if not guarded or any(c in t for c in _SEPARATOR_MARKS):
            parts = TAIL_SEP.split(t)
            if len(parts) > 2 and place_after_date(parts, date_part(parts[-2])):
                t = t[: t.rfind(parts[-1])].rstrip(" |-–—:»•")  # "… – June 5, 2031 – Hobart"
                parts = parts[:-1]
            if len(parts) > 2 and (cut := _date_run(t)) is not None:
                t = t[:cut].rstrip(" |-–—:»•")  # "… - September 13 - 14, 2031"
                parts = parts[:-2]
            elif len(parts) > 1 and (is_note(parts[-1]) or _SPEAKER.fullmatch(parts[-1].strip())):
                # R-TI-33: a speaker after the last separator ("<name> – Dr. Ann Lee")
                t = t[: t.rfind(parts[-1])].rstrip(" |-–—:»•")
            if len(parts) > 1 and (is_note(parts[0]) or _LEAD_CODE.match(parts[0])):
                t = t[len(parts[0]) :].lstrip(" |-–—:»•")
        if not guarded or "-" in t or "–" in t or "—" in t:
            m = _LOPSIDED_STATUS.search(t)
            if m and _STATUS.fullmatch(m["status"]) and len(t[: m.start()].split()) >= 2:
                t = t[: m.start()]  # "<name>- Archived", "<name> -Cancelled"
            m = _LOPSIDED_NOTE.search(t)
            if (
                m
                and DIGIT.search(m["note"])
                and len(t[: m.start()].split()) >= 2
                and is_note(m["note"], dates=False)
            ):
                t = t[: m.start()]  # "<name> -NREMT 60 Hours": a credit note
        if not guarded or "!" in t:
            m = _LEAD_EXCLAIMED.match(t)
            if m and _STATUS.fullmatch(m["status"]) and len(t[m.end() :].split()) >= 2:
                t = t[m.end() :]  # "New! <name>"
        if not guarded or t.rstrip().endswith(")"):
            m = _PAREN_TAIL.search(t)
            # a date in parentheses names the run of the activity ("… (May 2025)"), a format
            # label there is the name's ("… (Recorded Webinar)", the corpus's labels): they stay
            if m and m.start() > 0 and is_note(m.group("inner"), dates=False, formats=False):
                t = t[: m.start()].rstrip()
        if not guarded or any(c in t for c in _CURRENCY_MARKS):
            t = _PRICE_TAIL.sub("", t)
        t = t.rstrip(" ,")
        if not guarded or any(w in t for w in _BYLINE_WORDS):
            m = _BYLINE_TAIL.search(t)
            if m and m.start() > 0 and len(t[m.end() :].split()) <= _BYLINE_MOST:
                t = t[: m.start()]
        t = _unquote(t)
        if not guarded or ", " in t:
            name, comma, tail = t.rpartition(", ")
            if comma and name and DIGIT.search(tail) and is_note(tail, dates=False):
                t = name  # "<name>, 8 hour", "<name>, 2 CE Credits"
        if not guarded or ": " in t:
            head, colon, rest = t.partition(": ")
            low = head.lower()
            labelled = low in _CATEGORY_LABELS or low in _CHROME_LABELS
            if colon and rest and (labelled or is_note(head)):
                t = rest.strip()
            elif colon and len(rest.split()) >= 2 and ", " in head and place_part(head):
                # "<City>, <ST>: <name>": where this run is held (R-TI-23); a state or a country
                # alone names a state's course ("Michigan: Implicit Bias"), and stays
                t = rest.strip()
            name, colon, tail = t.rpartition(": ")
            if colon and name and len(tail.split()) >= 2 and is_note(tail):
                t = name.rstrip()  # "<name>: Zoom Workshop Presentation"
        if not guarded or t.endswith(_ALT_ENDS):
            m = _ALT_TAIL.search(t)
            if m and len(t[: m.start()].split()) >= 2:
                t = t[: m.start()]  # "<name> anti website banner": an image's alt text
        if not guarded or t.rstrip().endswith("]"):
            m = _BRACKET_TAIL.search(t)
            if m and m.start() > 0:
                t = t[: m.start()]
        if not guarded or t.endswith(_MEDIA_ENDS):
            m = _MEDIA_TAIL.search(t)
            if m and len(t[: m.start()].split()) >= 2 and capped(t[: m.start()].split()):
                t = t[: m.start()]  # "<Name> webinar": the kind of broadcast, in lower case
        if not guarded or t.endswith(_INFO_ENDS):
            m = _INFO_TAIL.search(t)
            if m and len(t[: m.start()].split()) >= 2:
                t = t[: m.start()]
        if not guarded or " @ " in t or ", " in t:
            t = cut_where(t, guarded)  # "… 2031 @ <venue>", "… 2031, Hobart, Tasmania"
        if not guarded or any(w in t for w in STREET_WORDS):
            t = cut_venue(t)  # "<name> Course <Venue> Center 12 Elm Road, <City> …"
        if not guarded or t[:1].isdecimal() or t[:1] == "#":
            t = _NUMBERED.sub("", t)
        if not guarded or t[:1] in ("a", "A"):
            t = _ABOUT.sub("", t)
        if not guarded or ") " in t:
            m = _AFTER_PAREN.search(t)
            if m and (_CODE.fullmatch(m["tail"]) or _format_words(m["tail"])):
                t = t[
                    : m.start("tail")
                ].rstrip()  # "… (Recorded Webinar) PB25", "… New Online Course"
        t = _unglued(t)  # "Practice CertificateIndependent Prescribing …": a label glued
        t = trim_affixes(t)  # "K30 – <name>", "<Forum> 2031 Program", "<name> - 2031" (R-TI-25)
        if t == before:
            break
    return t.strip()


_BRACKETED = lazy_compile(r"\[[^\[\]]*\]|\([^()]*\)")


def status_noted(raw: str, name: str) -> bool:
    """The line sets a status after the name ("<name> - Archived", "<name> (Sold Out)"): a
    page marks an activity so, never its chrome or a section."""
    raw = raw.strip()
    if not name or not raw.startswith(name) or len(raw) == len(name):
        return False
    rest = raw[len(name) :]
    inner = [x.strip("()[] ") for x in _BRACKETED.findall(rest)] if "(" in rest else []
    rest = _BRACKETED.sub(" ", rest).strip(" -–—|:!?.,")
    return any(_STATUS.fullmatch(x) for x in [rest, *inner] if x)


# two texts glued with no space, a word in lower case then a capital ("Practice CertificateSafe
# Prescribing in Practice"): a label set above the name, run into it when the page was copied
_GLUE = lazy_compile(r"(?<=[a-z]{5})(?=[A-Z][a-z]{2,})")
_GLUE_SHORTEST = 20
_GLUE_BEFORE = 2  # words of the label before the glue (a brand's "HealthStream" is one)
_GLUE_AFTER = 3  # words of the name after it


def _unglued(t: str) -> str:
    """The name after a label glued before it (above)."""
    m = _GLUE.search(t) if len(t) > _GLUE_SHORTEST else None
    if m is None:
        return t
    before, after = t[: m.start()], t[m.start() :]
    if len(before.split()) >= _GLUE_BEFORE and len(after.split()) >= _GLUE_AFTER:
        return after
    return t
