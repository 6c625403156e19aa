"""Where a live activity is held (`location`), in the order a page is most explicit about it:
a location key ("Location:", "Venue:", "Where:", "Location & Time:", the value on the line
under the key), an EACCME statement (R-LO-1), the lines under the event dates, a city and
country after a date in a heading, a venue line beside a date or time, and a venue or a city
named in a sentence about the event ("held at the X Hotel in Y", "will convene in Y").

Venues are recognised by the head noun of their name (data/venue_words.json, the ACE Facility
class), so no venue name is listed. A meeting tool ("Zoom") is no location (docs/corpus.md).
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.date_place import date_place
from opencme.ingest.parsing.dates import parse_range
from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.keyed import used
from opencme.ingest.parsing.layouts import BULLET, Doc, Line
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.place_address import address_city, inline_address
from opencme.ingest.parsing.place_campus import hosted_campus
from opencme.ingest.parsing.place_country import ends_in_region
from opencme.ingest.parsing.place_dated import cut_off, under_dates
from opencme.ingest.parsing.place_eaccme import EACCME_NOTE as EACCME_NOTE
from opencme.ingest.parsing.place_eaccme import eaccme_place
from opencme.ingest.parsing.place_heading import banner_place, title_place
from opencme.ingest.parsing.place_keys import clean_place, keyed_place
from opencme.ingest.parsing.place_online import webinar_only
from opencme.ingest.parsing.place_region import PART
from opencme.ingest.parsing.place_romance import romance_place
from opencme.ingest.parsing.place_runs import several_runs
from opencme.ingest.parsing.place_settings import setting_place
from opencme.ingest.parsing.place_subject import not_the_activity
from opencme.ingest.parsing.place_venue import venue_named
from opencme.ingest.parsing.place_words import ADDRESS as _ADDRESS
from opencme.ingest.parsing.place_words import CAP as _CAP
from opencme.ingest.parsing.place_words import CITY as _CITY
from opencme.ingest.parsing.place_words import VENUE_NAME as _VENUE_NAME
from opencme.ingest.parsing.place_words import VENUE_WORD as _VENUE_WORD
from opencme.ingest.parsing.place_words import WORDS as _WORDS
from opencme.ingest.parsing.vocab import CREDENTIALS

# English months and weekdays (a named class) and the nouns of "in + noun" idioms: never a city
_NOT_CITY = lazy_compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|The|This|Person|Collaboration|Partnership|"
    # English "in + noun" idioms of titles ("Cardiology in Review", "Ethics in Practice")
    r"Review|Focus|Action|Brief|Depth|Practice|Session|Progress|Context|Motion|Summary|"
    r"Person|Honor|Honour|Memory|Partnership)\b"
)
# verbs that say an event happens somewhere ("held", "take place", "convene", "kicks off")
_EVENT_VERB = (
    r"(?i:held|holds?|hosts?|hosted|takes?\s+place|took\s+place|taking\s+place|convenes?|"
    r"converge|gathers?|commenced|"
    # people assembling, intransitive ("gathered at", not "gathered data at"; R-LO-6)
    r"(?:gathered|assembled|converged|convened)(?=\s+(?:together\s+|here\s+|today\s+)?"
    r"(?:at|in|on|from|for)\b)|"
    r"kicks?\s+off|returns?\s+to|join\s+us|will\s+be(?=\s+(?:at|in)\s)|meets?|"
    r"located|runs|opens)"
)
# R-LO-10: the event beginning at a venue ("is set to begin Sept. 16 at the X Ballroom", "Each
# day commences at 09.30 … at X Hall"); a city it begins in is news of where, not a venue
_BEGIN_VERB = r"(?i:begins?|began|commences?|starts?|started)"
_TIME = r"(?i:\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)|\d{1,2}:\d\d)"
# words of attending in a room ("face-to-face training (at the X Campus in Y)"): a venue after
# them is where the attended part is held
_ATTENDED = r"(?i:face[\s-]to[\s-]face|in[\s-]person|on[\s-]?site|hands[\s-]on)"
_PROSE_VENUE = lazy_compile(
    rf"\b(?:{_EVENT_VERB}|{_BEGIN_VERB}|{_TIME})(?:\b|(?<=\.))(?:(?!\.\s+[A-Z])[^\n]){{0,120}}?"
    rf"(?:\b(?:at|in)\s+(?:the\s+)?|\bon\s+the\s+(?=[a-z]+\s+floor\s+of\s)|"
    rf"(?<=return to )(?:the\s+)?|(?<=returns to )(?:the\s+)?)"
    rf"{_VENUE_NAME}"
    rf"(?:(?:\s+at|,)\s+(?P<addr>{_ADDRESS}))?(?:(?:,? +in +|, +){_CITY})?"
    rf"(?P<region>(?:, +{PART}){{0,2}})"
)
# the venue right after words of attending (within 40 characters: a professor "at X University"
# further on names no venue)
_ATTENDED_VENUE = lazy_compile(
    rf"\b{_ATTENDED}\b[^.\n]{{0,40}}?\b(?:at|in)\s+(?:the\s+)?{_VENUE_NAME}"
    rf"(?:(?:,? +in +|, +){_CITY})?(?P<region>(?:, +{PART}){{0,2}})"
)
# a venue followed by the day it is used ("at Island Hospital on Saturday, December 2")
_VENUE_ON_DAY = lazy_compile(
    rf"\b(?:at|in)\s+(?:the\s+)?{_VENUE_NAME}(?:,? +in +{_CITY})?\s+on\s+"
    r"(?:(?i:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d)"
)
_PROSE_CITY = lazy_compile(
    rf"\b{_EVENT_VERB}\b[^.\n]{{0,60}}?\bin\s+{_CITY}(?P<more>, +{PART})?"
    r"(?=\s+(?:[a-z]|on\b|from\b)|\s*\(|[,.;]|\s*$)",
    re.MULTILINE,
)
# a place named without a venue word, then its city: "runs ... at Te Ara in Northport", "will be
# held at the Corbel Harbourside in Aotearoa New Zealand & Online", "our new facility at Harbour
# Yard in Eastfield, MA" (venue, city: docs/corpus.md)
_NAMED_AT = lazy_compile(
    rf"(?:\b{_EVENT_VERB}\b[^.\n]{{0,60}}?|\b(?:facility|facilities|premises)\s+)"
    rf"\bat\s+(?:the\s+)?(?P<v>{_CAP}(?: +{_CAP}){{0,3}})\s+in\s+"
    rf"{_CITY}(?P<more>, +{PART})?(?=\s+(?:[a-z]|on\b|from\b|&)|[,.;]|\s*$)",
    re.MULTILINE,
)
# a coming month and the city ("its first course for rheumatologists this October in Lakeview",
# "join us next March in Port Avery, Oregon"); a past month ("published last March in X") is none
_MONTH_CITY = lazy_compile(
    r"\b(?i:this|next|coming)\s+(?:January|February|March|April|May|June|July|August|"
    rf"September|October|November|December)\s+in\s+{_CITY}(?P<more>, +{PART})?"
    r"(?=\s+(?:[a-z]|on\b|from\b)|\s*\(|[,.;]|\s*$)",
    re.MULTILINE,
)
# an event's own name ends in its noun: "held at the Annual Meeting in X" names no venue
_EVENT_NOUN_END = lazy_compile(
    r"(?:Meeting|Conference|Congress|Symposium|Convention|Summit|Forum|Workshop|Course|Session|"
    r"Week|Day|Webinar|Event)s?$"
)
# an event noun and the city it is in ("Annual Conference and Expo in Chicago, June 19-23",
# "Diabetes Conference in Abu Dhabi"); a field of study after "in" is no city ("Course in
# Internal Medicine": English field-name endings, -ology, -ics, -iatry, and field nouns)
_NOUN_CITY = lazy_compile(
    r"\b(?i:conference|congress|symposium|convention|summit|meeting|workshop|seminar|forum|"
    r"expo|cme)s?(?:\s+(?:and|&)\s+[A-Z]\w+)?\s+in\s+"
    + _CITY
    + r"(?=\s+(?:on|from|this|next|last|in|during)\b|\s*[,.;:]|[ \t]*$)",
    re.MULTILINE,
)
_FIELD = lazy_compile(
    r"(?:ology|ologies|ics|iatry|medicine|surgery|nursing|care|health|practice|pharmacy|"
    r"dentistry|therapy|therapies|education|research|sciences?|management|imaging)$",
    re.IGNORECASE,
)
_TIME_RX = lazy_compile(_TIME, re.IGNORECASE)
# a street address after a venue's name on its line (", 64 Elm Road")
_STREET_IN = lazy_compile(rf",\s+{_ADDRESS}")
_DIGIT = lazy_compile(r"\d")
_TOKEN = lazy_compile(r"[A-Za-z][A-Za-z-]*")
_VENUE_LINE = lazy_compile(rf"(?:{_VENUE_WORD})(?=\s*(?:$|,|\s[-–|]\s|\())")
# a street address line ("100 Tri County Parkway, Springdale, Ohio 45246", "9630 Gudelsky
# Drive | Rockville") and a place line ending in a two-letter state or country code
_STREET_LINE = lazy_compile(rf"^{_ADDRESS}(?:\s*[,|]\s*{_CAP}(?: +{_CAP})*)*(?: +\d{{5}})?$")
_CODED_PLACE = lazy_compile(rf"^{_CAP}(?: +{_CAP})*(?:, +{_CAP}(?: +{_CAP})*)*, +[A-Z]{{2}}$")
_LEAD_IN = lazy_compile(r"\b(?:location|venue|address|held|meet|where)\w*\b[^:]*:$", re.IGNORECASE)
_ADDRESS_LINE = lazy_compile(rf"^{_ADDRESS}|^{_CAP}(?:\s+{_CAP})*,\s+[A-Z]{{2}}\b")
# a city and a country after a date ending a heading ("Congress of X, February 19-22, 2025,
# Berlin, Germany")
_AFTER_DATE = lazy_compile(
    rf"(?:19|20)\d\d,\s+(?P<place>{_CAP}(?:\s+{_CAP}){{0,2}},\s+{_CAP}(?:\s+{_CAP}){{0,2}})\s*$"
)


def _near_when(lines: list[Line], i: int, blanks: bool = False) -> bool:
    """A date or a time of day within three lines of line `i`; with `blanks`, blank lines not
    counted (a page setting its blocks apart by several blank lines), at most eight away."""
    if blanks:
        near = [ln for ln in lines[max(0, i - 8) : i] if ln.text.strip()][-3:]
        near += [ln for ln in lines[i : i + 9] if ln.text.strip()][:4]
    else:
        near = lines[max(0, i - 3) : i + 4]
    return any(ln.digit and (ln.year or _TIME_RX.search(ln.text)) for ln in near)


def _venue_line(doc: Doc, diags: list[Diagnostic]) -> str | None:
    """The venue line beside the event's date or time; None when sessions beside their times
    are at different venues (R-LO-5: no single place)."""
    found = _venue_lines(doc)
    if not found or any(p.lower() != found[0][0].lower() for p, _ln in found[1:]):
        return None
    used(diags, "location", found[0][1], "a venue beside the event's date or time")
    return found[0][0]


# an event's own name: an ordinal or "Annual" ("16th Annual Clinical Institute"), no venue
_EDITION = lazy_compile(r"^(?:\d{1,3}(?:st|nd|rd|th)\s|(?:[\w-]+\s+)?Annual\s)")


def _venue_lines(doc: Doc) -> list[tuple[str, Line]]:
    out: list[tuple[str, Line]] = []
    lines = doc.lines
    for i, ln in enumerate(lines):
        t = ln.text.strip()
        if " @ " in t:  # "Title – date @ Venue"
            t = t.rsplit(" @ ", 1)[1]
        if not t or len(t) > 90 or ln.raw_key is not None or t.endswith((".", ":")):
            continue
        if BULLET.match(t) or "—" in t:
            continue
        if " " not in t or not _VENUE_LINE.search(t):
            continue
        # a venue line with its street address, or its city and region, may stand farther from
        # the date, blank lines between ("The Elm Centre, 64 Elm Road, Northport" four blank
        # lines under the date; "X School, North Sydney, Australia")
        whole = _STREET_IN.search(t) is not None or ends_in_region(t)
        if not _near_when(lines, i, blanks=whole):
            continue
        if _TIME_RX.search(t) or parse_range(t):
            continue
        if any(w in CREDENTIALS for w in _TOKEN.findall(t)[:-1]):
            continue  # a person and their affiliation ("Jane Roe, MD, Lakeside Hospital")
        if _EDITION.match(t):
            continue
        parts = [t]
        nxt = next((x for x in lines[i + 1 : i + 3] if x.text.strip()), None)
        if nxt is not None and _ADDRESS_LINE.match(nxt.text.strip()):
            parts.append(nxt.text.strip())
        elif "," not in t:
            parts += [c for c in (address_city(lines, i),) if c]
        place = clean_place(" | ".join(parts))
        if place:
            out.append((place, ln))
    return out


def _place_line(doc: Doc, diags: list[Diagnostic]) -> str | None:
    """A street address under a lead-in ("meet us at our location:") or beside the event's
    date or time, with the venue name above it; or a "Place, City, ST" line beside a date."""
    lines = doc.lines
    filled = [i for i, ln in enumerate(lines) if ln.text.strip()]
    for k, i in enumerate(filled):
        t = lines[i].text.strip()
        if len(t) > 100 or lines[i].raw_key is not None:
            continue
        prev = lines[filled[k - 1]].text.strip() if k else ""
        if (
            t[:1].isdigit()
            and _STREET_LINE.match(t)
            and (_LEAD_IN.search(prev) or _near_when(lines, i))
        ):
            parts = [t]
            if prev and not prev.endswith(":") and len(prev) <= 60 and not _DIGIT.search(prev):
                parts.insert(0, prev)
            place = clean_place(" | ".join(parts))
            if place:
                used(diags, "location", lines[i], "a street address")
                return place
        if len(t) <= 60 and t[-4:-2] == ", " and _CODED_PLACE.match(t):
            near = [lines[j] for j in filled[max(0, k - 1) : k + 2] if j != i]
            if any(x.year and parse_range(x.text) for x in near):
                used(diags, "location", lines[i], "a place beside the event's dates")
                return t
    return None


# a recording, or past editions of the event ("the first two courses have been hosted at X in
# Y", "previous meetings were held in Y"): where those were, not this activity
_RECORDED = lazy_compile(
    r"\brecord(?:ed|ing)\b|\b(?:previous|past|prior|earlier)\s+(?:\w+\s+){0,3}?(?:courses?|"
    r"meetings?|conferences?|editions?|events?|symposi\w*|congress\w*)\b|"
    r"\bfirst\s+(?:two|three|four|five|few)\b",
    re.IGNORECASE,
)


def _of_a_recording(flat: str, pos: int) -> bool:
    """The sentence says where a recording was made ("recorded ... at the Midyear Meeting in
    Anaheim") or past editions were held, which is not where this activity is held."""
    start = max(flat.rfind(". ", 0, pos), flat.rfind("\n", 0, pos), pos - 200, 0)
    return _RECORDED.search(flat, start, pos) is not None


# where the prose patterns can match: after "at " or "in " and a capital (each pattern holds
# one). Found with str.find: the patterns, or even one alternation, over a whole listing cost
# ten times more.
def _capital_after(flat: str, at: int) -> bool:
    if flat.startswith("the ", at):
        at += 4
    return at < len(flat) and flat[at].isupper()


def _windows(flat: str, words: tuple[str, ...], before: int, after: int) -> list[tuple[int, int]]:
    """Spans of `flat` around each of `words` followed by a capital, inside its line,
    overlapping spans merged, in text order."""
    hits: list[int] = []
    for word in words:
        at = flat.find(word)
        while at >= 0:
            if _capital_after(flat, at + len(word)):
                hits.append(at)
            at = flat.find(word, at + 1)
    out: list[tuple[int, int]] = []
    for h in sorted(hits):
        ls = flat.rfind("\n", 0, h) + 1
        le = flat.find("\n", h)
        start = max(ls, h - before)
        end = min(len(flat) if le < 0 else le, h + after)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


_HEAD_FIRST = lazy_compile(rf"^(?:{_VENUE_WORD}) +of\b")


def _field_school(v: str) -> bool:
    """A venue word of a field ("the School of Dentistry", "Faculty of Medicine"): an institution's
    part that names no place (docs/corpus.md: an institution's name alone)."""
    return _HEAD_FIRST.match(v) is not None and _FIELD.search(v) is not None


def _prose_place(doc: Doc, diags: list[Diagnostic]) -> str | None:
    flat = doc.flat
    near_venue = _windows(flat, (" at ", " in ", "\nat ", "\nin ", " floor of "), 160, 260)
    m = next(
        (
            x
            for rx in (_PROSE_VENUE, _VENUE_ON_DAY, _ATTENDED_VENUE)
            for start, end in near_venue
            for x in rx.finditer(flat, start, end)
            if not _of_a_recording(flat, x.start())
            and not _field_school(x["v"])
            and not not_the_activity(flat, x.start())  # "her clinic is located at" (R-LO-4)
        ),
        None,
    )
    if m:
        got = m.groupdict()
        region = (got.get("region") or "").strip(" ,")
        venue = m["v"].strip(" ,")
        venue = hosted_campus(flat, venue, m.start("v")) or venue
        parts = [venue] + [p for p in (got.get("addr"), m["city"], region) if p]
        if len(parts) == 1 and not m["city"]:
            parts += _event_city(doc)
        if not (m["city"] and _NOT_CITY.match(m["city"])):
            used(diags, "location", doc.line_at(m.start("v")), "a venue named in the prose")
            return ", ".join(parts)
        used(diags, "location", doc.line_at(m.start("v")), "a venue named in the prose")
        return parts[0]
    near_in = _windows(flat, (" in ", "\nin "), 140, 90)
    for m in (x for start, end in near_in for x in _NAMED_AT.finditer(flat, start, end)):
        v, city = m["v"], m["city"]
        if _NOT_CITY.match(v) or _EVENT_NOUN_END.search(v) or _NOT_CITY.match(city):
            continue
        if (
            _FIELD.search(city)
            or _of_a_recording(flat, m.start())
            or not_the_activity(flat, m.start())
        ):
            continue
        used(diags, "location", doc.line_at(m.start("v")), "a named place and its city")
        more = (m["more"] or "").strip(" ,")
        return ", ".join([v, city] + ([more] if more and not _NOT_CITY.match(more) else []))
    for rx in (_PROSE_CITY, _NOUN_CITY, _MONTH_CITY):
        for m in (x for start, end in near_in for x in rx.finditer(flat, start, end)):
            if _NOT_CITY.match(m["city"]) or _FIELD.search(m["city"]) or cut_off(flat, m.end()):
                continue
            if not _of_a_recording(flat, m.start()) and not not_the_activity(flat, m.start()):
                used(diags, "location", doc.line_at(m.start("city")), "a city named in the prose")
                more = m.groupdict().get("more")
                if more and not _NOT_CITY.match(more.strip(" ,")):
                    return m["city"] + more
                return m["city"]
    return None


# the city an event verb places the event in ("will return to Chattanooga June 22-26",
# "set to converge in Mombasa", "opens in Orlando, Florida")
_RETURN_CITY = lazy_compile(
    rf"\breturns?\s+to\s+{_CITY}(?P<more>, +{_WORDS})?(?=\s+[a-z]|\s+[A-Z][a-z]+\s+\d|[,.;])"
)


def _event_city(doc: Doc) -> list[str]:
    """The city the prose says the event is held in, to follow a venue named without one
    (docs/corpus.md "Location": a venue and its city)."""
    flat = doc.flat
    found = [
        x
        for start, end in _windows(flat, (" in ", "\nin "), 140, 90)
        for x in _PROSE_CITY.finditer(flat, start, end)
    ]
    if " to " in flat:
        found += [x for x in _RETURN_CITY.finditer(flat)]
    for m in sorted(found, key=lambda x: x.start()):
        city = m["city"]
        if _NOT_CITY.match(city) or _FIELD.search(city) or _of_a_recording(flat, m.start()):
            continue
        if not_the_activity(flat, m.start()):
            continue
        more = (m["more"] or "").strip(" ,")
        return [city] + ([more] if more and not _NOT_CITY.match(more) else [])
    return []


def extract_location(doc: Doc, diags: list[Diagnostic]) -> str | None:
    found, place = keyed_place(doc, diags)
    if found:
        return place
    if "european accreditation council" in doc.low:
        place = eaccme_place(doc, diags)
        if place:
            return place
    lines = doc.lines
    found, place = under_dates(doc, diags)  # and the address block under them (R-LO-4, R-LO-5)
    if found:
        return place
    for ln in lines:
        if ln.year and len(ln.text) <= 160:
            m = _AFTER_DATE.search(ln.text)
            if m and not _NOT_CITY.match(m["place"]):
                used(diags, "location", ln, "a city and country after the event's date")
                return m["place"]
            day_town = date_place(ln.text)  # "17 July 2031 - Lakeside, OH" (R-DT-20)
            if day_town and not _NOT_CITY.match(day_town[1]):
                used(diags, "location", ln, "a town after the event's day")
                return day_town[1]
    place = banner_place(doc, diags)
    if place or several_runs(doc):
        return place
    place = (
        _venue_line(doc, diags)
        or _place_line(doc, diags)
        or inline_address(doc, diags)
        or _prose_place(doc, diags)
        or venue_named(doc, diags)
        or setting_place(doc, diags)
        or romance_place(doc, diags)
        or title_place(doc, diags)
    )
    return None if place and webinar_only(doc) else place
