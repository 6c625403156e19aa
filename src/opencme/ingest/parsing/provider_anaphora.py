"""The organisation a news report names again by its kind alone as holding the event (R-PV-73).

A report names the organisation in full once ("Key figures gathered at Northgate University
to …") and then by its head noun with "the" as the subject of a verb of holding the activity
("… the University hosted the meeting to …", "The Society held this year's symposium",
"the Trust organised the study day"). The subject is that organisation: the first name on the
page whose own head noun is the noun ("Northgate University", "University of Erewhon",
"Elm Valley Nurses Society"). A noun the page never gives a name to names nobody.
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.org_names import clean_org, good_org
from opencme.ingest.parsing.vocab import PROVIDER_CUES, is_accreditor

_HEADS = (
    "University|College|Society|Association|Trust|Hospital|Institute|Academy|Centre|Center|"
    "Foundation|School|Council|Faculty|Federation|Network|Clinic|Department|Guild|Board"
)
_NOUNS = "|".join(r"\s+".join(map(re.escape, n.split())) for n in PROVIDER_CUES["activity_nouns"])
_HELD = lazy_compile(
    rf"(?:^|(?<=[.;!?]\s)|(?<=,\s))[Tt]he\s+(?P<head>{_HEADS})\s+(?:(?:also|again|then|"
    r"once\s+again|recently)\s+)?(?:held|hosted|organi[sz]ed|ran|convened|staged|put\s+on|"
    r"launched|presented)\s+(?:the|this|its|a|an)\s+(?:[\w'’-]+\s+){0,3}?"
    rf"(?i:{_NOUNS}|study\s+day|event)\b"
)
# a sentence's capitalised opener before a name: a preposition, a determiner, a day, a month
_OPENER = lazy_compile(
    r"On|In|At|By|For|From|With|The|A|An|This|That|Our|Last|Next|Every|Each|Today|Yesterday|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"May|June|July|August|September|October|November|December"
)
_CHEAP = ("held", "hosted", "organised", "organized", "ran ", "convened", "staged", "put on")


def _name_of(head: str) -> re.Pattern[str]:
    """A name whose own head noun is `head`: "X Y University", "University of X (Y)"."""
    word = r"[A-Z][\w&'’.-]*"
    return re.compile(
        rf"(?<![\w-])(?:{word}\s+){{1,5}}{head}\b(?!\s+(?:of|for)\s)"
        rf"|(?<![\w-])(?:{word}\s+){{0,5}}{head}\s+(?:of|for)\s+(?:the\s+)?{word}"
        rf"(?:\s+(?:and\s+)?{word}){{0,4}}"
    )


def named_again(doc: Doc) -> tuple[str, int, str] | None:
    """(the organisation, its line's number and text) a report names again by its kind as
    holding the activity (module docstring)."""
    if not any(w in doc.low for w in _CHEAP):
        return None
    for ln in doc.lines:
        if "he " not in ln.text:
            continue
        m = _HELD.search(ln.text)
        if not m:
            continue
        head = m.group("head")
        names = (n for x in doc.lines for n in _name_of(head).finditer(x.text))
        for name in names:
            words = clean_org(name.group(0)).split()
            if "The" in words:
                words = words[len(words) - words[::-1].index("The") :]  # "Day The X": X
            while len(words) > 1 and _OPENER.fullmatch(words[0]):
                words = words[1:]  # "On Saturday Northgate University": the name
            org = " ".join(words)
            if org == head:
                continue
            if good_org(org, True) and not is_accreditor(org):
                return org, ln.no, ln.text
        return None
    return None
