"""The page's first line over the activity's fields (R-TI-10): a catalogue page opens with the
activity's name and goes on at once with its fields ("Sepsis" / "Contact Hours: 1" / "Cost:
$12.00"; "2 Hour Infection Control" / "- Estimated Time: 120 minutes"; "Disaster Medicine:
Sepsis" / "Training Module Description:"). There the name may have a shape the heading search
takes for something else: one word, an amount of time before its subject, a one-word part
after its colon. The line is read as the title when its words are the page's subject: a word
of it the page's prose uses again in lower case, as a common noun ("sepsis"), not a brand or
a site's name ("Text", "Medscape")."""

from __future__ import annotations

import re

from opencme.ingest.parsing.layouts import Line
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.title_clean import SECTION_WORDS, clean_title
from opencme.ingest.parsing.title_fields import field_statement
from opencme.ingest.parsing.title_noise import capped, page_noise
from opencme.ingest.parsing.vocab import TITLE_NOISE

# a length of time before the subject: "2 Hour Infection Control", "3-Hour Wound Care Update"
_AMOUNT = lazy_compile(r"^\d{1,3}(?:\.\d)?[- ](?:hours?|hrs?|minutes?|days?)\s+(?=[A-Z])", re.I)
_NOTE = frozenset(TITLE_NOISE["note_words"])
_WORD = lazy_compile(r"^[A-Z][a-z]{3,}(?:-[A-Za-z]+)?$")
# how often the page's prose must use a word of the line in lower case
_USES = 2


def _common_noun(word: str, flat: str) -> bool:
    """The page uses the word again in lower case, as a common noun of its subject."""
    low = word.lower()
    return (
        low not in SECTION_WORDS
        and low not in _NOTE
        and len(re.findall(r"(?<![\w-])" + re.escape(low) + r"(?![\w-])", flat)) >= _USES
    )


def _subject(words: list[str], flat: str) -> bool:
    """Capitalised words naming a subject, not notes or section words: each longer word
    capitalised, one of them used again in lower case."""
    long_words = [w for w in words if len(w) > 3]
    return (
        bool(long_words)
        and capped(words)
        and not all(w.lower() in SECTION_WORDS or w.lower() in _NOTE for w in words)
        and any(_common_noun(w.strip(",:"), flat) for w in long_words if _WORD.match(w.strip(",:")))
    )


def top_heading(first: Line, second: Line, flat: str) -> str | None:
    """The first line's name when the second line is one of the activity's fields (a key and
    its value, or a heading ending in a colon) and the first is a name of one of the shapes
    the heading search passes over: one word ("Sepsis"), an amount of time before a subject
    in title case ("2 Hour Infection Control"), a name with a one-word part after its colon
    ("Disaster Medicine: Sepsis")."""
    if second.raw_key is None or first.key is not None:
        return None
    t = " ".join(first.text.split())
    if not t or len(t) > 80 or t[-1] in ".:;!?,|" or "|" in t or not t[:1].isalnum():
        return None
    words = t.split()
    m = None
    if len(words) == 1:
        shaped = _WORD.match(t) is not None and _subject(words, flat)
    elif (m := _AMOUNT.match(t)) is not None:
        rest = t[m.end() :].split()
        shaped = len(rest) >= 2 and _subject(rest, flat) and not page_noise(t[m.end() :])
    elif first.raw_key is not None and first.value and len(first.value.split()) == 1:
        head = first.raw_key.split()
        shaped = (
            2 <= len(head) <= 6
            and _WORD.match(first.value.strip()) is not None
            and _subject([first.value.strip()], flat)
            and capped(head)
        )
    else:
        return None
    if not shaped or field_statement(t) or (m is None and page_noise(t)):
        return None
    title = clean_title(t)
    return title if title == t else None
