"""The building blocks of a place's name in prose (places.py, R-LO-1..4): a venue's head noun
(data/venue_words.json, the ACE Facility class, and a few head nouns of British and New
Zealand venues: an infirmary, a guildhall, a racecourse, a showground, a marae), a venue's
name, a street address, a city and a run of capitalised words."""

from __future__ import annotations

import json
import re
from pathlib import Path

_TABLE = json.loads(
    (Path(__file__).with_name("data") / "venue_words.json").read_text(encoding="utf-8")
)


def _title_alts(words: list[str]) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w.capitalize()) for w in p.split()) for p in ordered)


# head nouns of British and New Zealand venues beyond the table's
_MORE = ["infirmary", "guildhall", "racecourse", "showground", "showgrounds", "marae"]
VENUE_WORD = _title_alts(_TABLE["building"] + _TABLE["room"] + _MORE)
STREET = "|".join(re.escape(w.capitalize()) for w in _TABLE["street_suffixes"])
CAP = r"(?:(?:[A-Z]\.){1,3}|[A-ZÀ-Ý][\w’'&-]*)"  # a word or initials ("B.C.")
# a venue named by a capitalised run ending in a venue word ("Orange County Convention
# Center", "Birchwood Science Hall Amphitheater"), with what may follow it in the name; a second
# venue after "and" or "&" ("the Lake Hotel and the Hospital Queen Anne") may open with its word
_SECOND_VENUE = rf"(?:{CAP} +){{0,4}}(?:{VENUE_WORD})\b(?: +(?!In\b|On\b|At\b){CAP}){{0,3}}"
VENUE_NAME = (
    rf"(?P<v>(?:[a-z]+ +floor +of +(?:the +)?)?"  # a part of the building ("third floor of")
    rf"(?:(?:{CAP} +(?:(?:of|and|&|the|de|at) +)?){{1,5}}?(?:{VENUE_WORD})\b"
    rf"(?: +(?!In\b|On\b|At\b){CAP}){{0,3}}"
    rf"|(?:{VENUE_WORD}) +of +(?:the +)?{CAP}(?: +{CAP}){{0,2}})"  # "University of Riverton"
    rf"(?: +of +(?:the +)?{CAP}(?: +{CAP}){{0,2}})?"
    rf"(?: +[–-] +{CAP}(?: +{CAP}){{0,3}})?"
    rf"(?: +(?:and|&) +(?:the +)?{_SECOND_VENUE})?"
    rf"(?: +on +the +{CAP}(?: +{CAP}){{0,3}} +campus)?)"  # "... on the Elm Hospital campus"
)
ADDRESS = rf"\d+\s+(?:(?:{CAP}|\d+(?:st|nd|rd|th))\s+){{1,4}}(?:{STREET})\b\.?"
CITY = r"(?P<city>[A-ZÀ-Ý][a-zà-ÿ][\w’'-]*(?: +[A-ZÀ-Ý][a-zà-ÿ][\w’'-]*){0,2})"
WORDS = r"[A-ZÀ-Ý][a-zà-ÿ][\w’'-]*(?: +[A-ZÀ-Ý][a-zà-ÿ][\w’'-]*){0,2}"
