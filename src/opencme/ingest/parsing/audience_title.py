"""A title naming whom its activity is for by abbreviations or a list (R-AU-2, docs/corpus.md
"Audience"): "Voice Therapy Basics for SLTs - Level 2", "Splinting Intensive for OTAs and
Hand Therapists", "Record Keeping for Licensed Associates (AMFTs, APCCs, & ASWs) - 2031",
"Airway Skills for Paramedics, EMTs and Flight Nurses". Each item is a capitalised phrase
ending in a plural profession noun or a plural abbreviation of a profession (PROFESSION_ABBR:
a word list of the field, as accreditors and colleges abbreviate them; "CEUs", "ICUs", "EDs"
are credits and places, no people); brackets after the list spell its items out and are no
item. Read only when audience.py's own title patterns find none.
"""

from __future__ import annotations

from opencme.ingest.parsing.lazyre import lazy_compile

# professions as the field abbreviates them (singular stems; a title writes them plural:
# "GPs", "NPs", "SLTs"): medicine, nursing, pharmacy, dentistry, allied health, counselling
_ABBREVIATIONS = (
    "gp np rn en lpn lvn cna hca aprn crna cnm cns pa md do dds dmd rdh oht dt pt pta ot ota "
    "cota slp slt salt at atc emt ahp hcp hcw rd rdn dtr pharmd cpht rph lcsw lmsw msw asw "
    "lpc lpcc apcc mft lmft amft cadc bcba rbt rt rrt crt mlt mls cma rma ma od dpt dc lmt "
    "np-c fnp pmhnp cnl app ap ctr chw cpss psw ssw rmn rgn hv dn anp acp ppn oda odp"
)
PROFESSION_ABBR = frozenset(_ABBREVIATIONS.split())
# a capitalised phrase ending in a profession noun or a plural abbreviation
_HEAD = (
    r"(?:[A-Z][\w-]*(?:ists|ians|ers|ors|ants|ents|ners|ates|ics|wives)"
    r"|(?i:nurses|professionals|clinicians|providers|staff|teams)"
    r"|[A-Z][A-Za-z-]{0,5}[A-Z]s)"
)
_PHRASE = r"(?:[A-Z][\w&-]*\s+){0,3}" + _HEAD
_TITLE_FOR = lazy_compile(
    r"\bfor\s+(?:the\s+)?(?P<list>"
    + _PHRASE
    + r"(?:(?:\s*,\s*|\s+)(?:and\s+|&\s+|or\s+)?"
    + _PHRASE
    + r"){0,5})(?:\s*\([^()]{1,60}\))?(?![\w-])(?!\s+[a-z])"
)
_SPLIT = lazy_compile(r"\s*,\s*(?:and\s+|&\s+|or\s+)?|\s+(?:and|&|or)\s+")
_ABBR = lazy_compile(r"^[A-Z][A-Za-z-]{0,5}[A-Z]s$")


def title_professions(title: str) -> list[str]:
    """The items of a title's "for <professions>", each naming people; else none."""
    if " for " not in title:
        return []
    m = _TITLE_FOR.search(title)
    if m is None:
        return []
    out: list[str] = []
    for item in _SPLIT.split(m["list"]):
        last = item.split()[-1]
        if _ABBR.match(last) and last[:-1].lower() not in PROFESSION_ABBR:
            return []  # "for ICUs", "for CEUs": a place or a credit, no people
        out.append(item.lower())
    return out
