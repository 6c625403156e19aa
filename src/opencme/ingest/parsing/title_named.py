"""A name the page's first paragraphs give its activity when no heading is taken (R-TI-5,
R-TI-14, R-TI-18): a quoted name before or after an activity noun, a paragraph defining its
subject, a capitalised name ending in an activity noun, a name before a lower-case noun, an
invitation's, an unquoted name after "titled", a Romance-language event's name, an acronym and
year the page repeats."""

from __future__ import annotations

import re

from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.keyed import used
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.title_headline import CAPITAL_NOUN, NAMED
from opencme.ingest.parsing.title_held import held_name
from opencme.ingest.parsing.title_invite import invited_name
from opencme.ingest.parsing.title_lists import value_row
from opencme.ingest.parsing.title_noise import generic_heading, never_title, page_noise
from opencme.ingest.parsing.title_prose import (
    DETERMINERS,
    acronym_year,
    appositive_name,
    defined_name,
    drop_owner,
    lower_noun_name,
    on_name,
    quoted_after_noun,
)
from opencme.ingest.parsing.title_quoted import SINGLE_MARKS as _SINGLE_MARKS
from opencme.ingest.parsing.title_quoted import single_quoted
from opencme.ingest.parsing.title_reference import elsewhere, run_on
from opencme.ingest.parsing.title_romance import romance_name
from opencme.ingest.parsing.title_titled import titled_name
from opencme.ingest.parsing.vocab import DESCRIPTION_KEYS

_QUOTES = frozenset('“"')


def heading_the(text: str, start: int, name: str) -> bool:
    """The name opens a heading line with "The" (after a bullet at most) and the line is no
    sentence (it ends without a full stop): docs/corpus.md "Title" keeps the heading's "The"."""
    return (
        text.startswith("The ", start)
        and not text[:start].strip(" •·-–*")
        and not text.rstrip().endswith(".")
        and not name.startswith("The ")
    )


_PROSE_LOOK = 6  # paragraphs a name in prose is looked for in
_QUOTED_LOOK = 12  # ... and one quoted after "called", "entitled" (a strong mark)
_PROSE_LOOK_LOWER = 8  # ... and one before a lower-case noun or after a noun and a comma
_QUOTES_ANY = frozenset('“"‘')
_NOUNS = "|".join(DESCRIPTION_KEYS["activity_nouns"])
# a name in quotation marks before an activity noun ("the “Memory Lane” workshop", "offer “Memory
# Lane” as a full-day workshop") or after one
# and a naming verb, maybe a colon after it ("this year's conference, entitled “Caring
# Together”", "the course, titled: “Caring Together”")
_QUOTED_NAME = lazy_compile(
    r"[“\"](?P<before>[A-Z][^”\"]{2,80})[”\"]\s+(?:as\s+an?\s+(?:[\w-]+\s+){0,2}?)?(?:"
    + _NOUNS
    + r")s?\b"
    r"|\b(?:" + _NOUNS + r")s?,?\s+(?:entitled|titled|called|named):?\s+"
    r"[“\"](?P<after>[A-Z][^”\"]{2,80})[”\"]",
    re.IGNORECASE,
)


def named_in_prose(doc: Doc, diags: list[Diagnostic]) -> str | None:
    """With no heading, a page that names its activity in its first paragraphs ("GHC will host
    the 2023 Nursing Science Symposium at …") gives that name (R-TI-5)."""
    lines = [x for x in doc.lines if x.text]
    for ln in lines[:_PROSE_LOOK]:
        if "©" in ln.text:
            continue  # a copyright footer or running head: "<series> 1 ©<owner> 2015" (R-TI-12)
        if value_row(ln.text):
            continue  # a table's row: "<Pre-conference Course> — 6.25" beside other rows
        # each pattern needs its marks: a quotation mark; a capitalised activity noun
        q = _QUOTED_NAME.search(ln.text) if _QUOTES.intersection(ln.text) else None
        if q:
            used(diags, "title", ln, "quoted name in prose")
            return (q["before"] or q["after"]).strip()
        if _SINGLE_MARKS.intersection(ln.text) and (single := single_quoted(ln.text)):
            used(diags, "title", ln, "quoted name in prose")
            return single  # "the ‘X’ conference", "“X”, a two-day course" (R-TI-24)
        if named := titled_name(ln.text):
            used(diags, "title", ln, "unquoted name after a naming verb")
            return named  # "a CME program titled <Name>." (R-TI-18)
        if CAPITAL_NOUN.search(ln.text) is None:
            continue
        # a paragraph that opens by defining its subject: "The Tumor Conference is a …"
        if name := defined_name(ln.text):
            used(diags, "title", ln, "the subject a paragraph defines")
            return name
        for m in NAMED.finditer(ln.text):
            name = re.sub(r"^The\s+", "", m["name"].strip())
            if name.split()[0] in DETERMINERS:
                continue  # "These Grand Rounds offer …": a reference back, not a name
            if elsewhere(ln.text, m.start("name"), m.end("name"), name):
                continue  # a credit type, a target, an umbrella, another event, an institution
            if (end := run_on(ln.text, m.end("name"))) > m.end("name"):
                name = re.sub(r"^The\s+", "", ln.text[m.start("name") : end].strip())
            name = drop_owner(name)  # "ACR’s Knee Ultrasound Course": the owner's possessive
            if (
                len(name.split()) >= 3
                and not page_noise(name)
                and not generic_heading(name.split())
                and not never_title(name)
            ):
                used(diags, "title", ln, "named in prose")
                if heading_the(ln.text, m.start("name"), name):
                    return "The " + name  # "• The X Course Online Now!": the heading states it
                return name
    for ln in lines[:_QUOTED_LOOK]:
        if held := held_name(ln.text):
            used(diags, "title", ln, "the event a paragraph says is held")
            return held  # "The 11th Lakeside Review Course will be held …" (title_held.py)
    for ln in lines[:_PROSE_LOOK_LOWER]:
        # a quoted name after an activity noun; a name before one in lower case (title_prose)
        found = quoted_after_noun(ln.text) if _QUOTES_ANY.intersection(ln.text) else None
        if found is None:
            found = appositive_name(ln.text) or on_name(ln.text) or invited_name(ln.text)
        if found is None and "he " in ln.text:
            found = lower_noun_name(ln.text)
        if found and not page_noise(found):
            used(diags, "title", ln, "named in prose before a lower-case noun")
            return found
    for ln in lines[_PROSE_LOOK:_QUOTED_LOOK]:
        # a name the page quotes after a naming verb further down: "a course called “X”"
        q = _QUOTED_NAME.search(ln.text) if _QUOTES.intersection(ln.text) else None
        if q and q["after"]:
            used(diags, "title", ln, "quoted name after a naming verb")
            return q["after"].strip()
    if romance := romance_name(doc.flat):  # "43º Congresso Brasileiro de Patologia Clínica"
        used(diags, "title", doc.line_at(romance[1]), "named in prose")
        return romance[0]
    return acronym_year(doc.flat)  # "ECR 2023", named again and again
