"""The page's own fuller or plainer form of a title found (docs/corpus.md "Title", R-TI-27):

- an event's name keeps the event held with it, as the page writes it after the name ("the
  12th Annual Harbour Conference and AGM", "… Congress & Exhibition", "… Summit and Trade
  Show", "… Symposium and Awards");
- an event's name found without its edition keeps the ordinal the page writes before it
  ("Annual Sepsis Summit" and "… hosted the 12th annual Sepsis Summit" → "12th annual Sepsis
  Summit");
- an event's name found shorter than the page writes it elsewhere keeps the capitalised words
  the page's fuller form has inside it ("14th Annual Hand Surgery Symposium" and "… hosted
  the 14th Annual Lakeside Hand Surgery Symposium" → the fuller form);
- a country or a state before the name is dropped when the page names the rest alone ("Ohio
  Basics of Fetal Heart Monitoring" and "Basics of Fetal Heart Monitoring is …");
- a series position before a name ("Activity 2: <name>", "Module 3 – <name>", "Session 4.
  <name>") is dropped when the page names the rest alone elsewhere ("In this activity, <name>,
  faculty …"); a page that never does keeps it ("Part 1: How Group Therapy Works").
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.title_places import PLACES

_EVENT_END = lazy_compile(
    r"(?:Conference|Congress|Symposium|Summit|Meeting|Convention|Forum|Expo|Assembly)\Z"
)
_COMPANION = lazy_compile(
    r"\s+(?:and|&)\s+(?P<with>(?:the\s+)?(?:AGM|Annual\s+General\s+Meeting|Exhibition|Trade\s+"
    r"(?:Show|Exhibition|Fair)|Expo|Exhibits?|Awards(?:\s+(?:Dinner|Ceremony|Gala))?|Gala"
    r"(?:\s+Dinner)?))(?![\w-])"
)
_POSITION = lazy_compile(
    r"^(?:Activity|Module|Session|Part|Lesson|Unit|Episode|Webinar|Chapter|Week|Day|Program"
    r"|Programme)\s+(?:\d{1,2}|[IVX]{1,4}|[A-Z]|One|Two|Three|Four|Five|Six)\s*[:.–—-]\s+"
)
_REST_MIN = 3  # words of the name after the position


def with_companion(title: str, flat: str) -> str:
    """The title and the event the page says is held with it, when the page writes them
    together right after the title."""
    if not _EVENT_END.search(title):
        return title
    at = flat.find(title)
    while at >= 0:
        m = _COMPANION.match(flat, at + len(title))
        if m:
            return f"{title}{flat[at + len(title) : m.end()]}"
        at = flat.find(title, at + 1)
    return title


def without_position(title: str, flat: str) -> str:
    """The name without its series position when the page names it alone elsewhere."""
    m = _POSITION.match(title)
    if m is None:
        return title
    rest = title[m.end() :].strip()
    if len(rest.split()) < _REST_MIN:
        return title
    return rest if flat.count(rest) > flat.count(title) else title


_ORDINAL = r"\b\d{1,3}(?:st|nd|rd|th)\s+"


def with_edition(title: str, flat: str) -> str:
    """The name found without its edition ("Annual Sepsis Summit") where the page writes it
    with its ordinal before ("the 12th annual Sepsis Summit"): the fuller name, as written."""
    first, _, rest = title.partition(" ")
    if not rest or first[:1].isdigit() or not _EVENT_END.search(title):
        return title
    pat = lazy_compile(
        _ORDINAL + "(?i:" + re.escape(first) + ")" + r"\s+" + re.escape(rest) + r"(?![\w-])"
    )
    found = {m[0] for m in pat.finditer(flat)}
    # one edition named; two ("the 11th … last year, the 12th … this year") leave the name
    return found.pop() if len(found) == 1 else title


# a capitalised word, not an owner's letters ("2031 ACME National Forum" names its owner)
_INSERTED = r"(?:\s+[A-Z][a-z][\w’'-]*){0,2}?"
_INSERT_MOST = 2  # words the fuller name adds
_INSERT_MIN_WORDS = 3  # words of a name read with words inserted


def with_inserted(title: str, flat: str) -> str:
    """An event's name found shorter than the page writes it elsewhere, with capitalised words
    inside it ("14th Annual Hand Surgery Symposium" and "hosted the 14th Annual Lakeside
    Hand Surgery Symposium"): the one fuller form the page writes after "the", as written
    (a headline's "Lakeside Health Hosts Two-Day Kidney Conference" is no name)."""
    words = title.split()
    if len(words) < _INSERT_MIN_WORDS or not _EVENT_END.search(title) or title not in flat:
        return title
    pat = lazy_compile(
        r"\b[Tt]he\s+(?P<name>" + (_INSERTED + r"\s+").join(map(re.escape, words)) + r")(?![\w-])"
    )
    found = {
        m["name"]
        for m in pat.finditer(flat)
        if 0 < len(m["name"].split()) - len(words) <= _INSERT_MOST
    }
    return found.pop() if len(found) == 1 else title


_PLACE_REST_MIN = 4  # words of the name after the place


def without_place(title: str, flat: str) -> str:
    """The name without a country or a state before it ("Ohio Basics of Fetal Heart
    Monitoring", a catalogue's edition for one state's learners) when the page names the rest
    alone elsewhere ("Basics of Fetal Heart Monitoring is an overview of …")."""
    words = title.split()
    for n in (1, 2, 3):  # "Ohio", "New York", "New South Wales"
        if len(words) - n < _PLACE_REST_MIN or " ".join(words[:n]).lower() not in PLACES:
            continue
        rest = " ".join(words[n:])
        if rest[:1].isupper() and flat.count(rest) > flat.count(title):
            return rest
    return title


_PART_NOUNS = r"(?:session|plenary|lecture|keynote|talk|address|panel|debate|oration)"


def without_session(title: str, flat: str) -> str:
    """An event's name and, after a colon, one of its sessions the page calls so ("Medicine
    2031: Care across borders" and "… began with a plenary ‘Care across
    borders’"): the event's name, which the page also writes alone."""
    head, colon, tail = title.partition(": ")
    if not colon or len(tail) < 4 or flat.count(head) <= flat.count(title):
        return title
    pat = lazy_compile(
        r"\b"
        + _PART_NOUNS
        + r"s?,?\s+(?:titled\s+|entitled\s+|called\s+)?[‘'\"“]"
        + re.escape(tail)
        + r"[’'\"”]",
        re.IGNORECASE,
    )
    return head if pat.search(flat) else title


def page_form(title: str | None, flat: str) -> str | None:
    """with_companion and without_position on a title found."""
    if not title:
        return title
    if title[:1] in "AMSPLUEWCD":
        title = without_position(title, flat)
    title = without_place(title, flat)
    if ": " in title:
        title = without_session(title, flat)
    if " " in title and title[-1:].isalpha():
        title = with_companion(with_inserted(with_edition(title, flat), flat), flat)
    return title
