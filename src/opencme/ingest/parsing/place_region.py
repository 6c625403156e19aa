"""What follows a venue's city in prose: a region written out or as its postal code, and a
postcode (R-LO-4; docs/corpus.md "Location": the place as written, its postcode too).

A region is a capitalised name ("Ontario", "Western Australia", "British Columbia") or a code:
two capitals (US states, Canadian provinces: "TX", "ON", "BC") or an Australian state's three
("NSW", "VIC", "QLD", "TAS", "ACT"; "USA", "UAE" as countries). A postcode closes the city or
the region it follows, in the shapes of the English-speaking countries: a US ZIP code ("62701",
"62701-1234"), an Australian one (four digits: "Victoria 3000"), a Canadian one ("T2P 1J9") and
a British one ("SW1A 1AA", "EH1 2AB").
"""

from __future__ import annotations

from opencme.ingest.parsing.place_words import WORDS

CODE = r"(?:[A-Z]{2}|NSW|VIC|QLD|TAS|ACT|USA|UAE)\b"
POSTCODE = (
    r"(?: +(?:\d{5}(?:-\d{4})?|\d{4}|[A-Z]\d[A-Z] ?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})"
    r"(?![\w-]))"
)
# a comma part after the city: a region or its code, and a postcode after it
PART = rf"(?:{CODE}|(?:Co\. +)?{WORDS}){POSTCODE}?"  # an Irish county: "Co. Kerry"
