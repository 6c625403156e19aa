"""Audience (R-AU-1..3): the professions or roles a listing says an activity is for, in its
words, lower case (docs/corpus.md "Audience").

Where a page says it is a class of layouts, not of phrases:
- an audience key or heading (data/audience_cues.json) with the list on its line, in bullets
  under it, on the next line after a blank, or one item a line (R-AU-1);
- a lead phrase ("designed for", "intended for", "is for") in a sentence about the activity
  (R-AU-2);
- a title naming whom it is for: "... for Dental Hygienists" (R-AU-2), when nothing else does.
A list is split at commas, semicolons, "and", "or", never inside brackets, and "child and
adolescent psychiatrists" stays one item: a lone uncountable modifier before "and" shares the
head noun after it (R-AU-3). Lead-ins ("the following healthcare professionals:",
"including") and a trailing "only" are not items; a clause after the list is cut (R-AU-3).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from opencme.ingest.parsing.audience_activity_for import activity_for
from opencme.ingest.parsing.audience_attend import attendees
from opencme.ingest.parsing.audience_benefit import benefit_list
from opencme.ingest.parsing.audience_completing import completing
from opencme.ingest.parsing.audience_forum import forum_for
from opencme.ingest.parsing.audience_grows import grown
from opencme.ingest.parsing.audience_heads import names_people, people_word
from opencme.ingest.parsing.audience_invited import invited_subject
from opencme.ingest.parsing.audience_is import audience_is
from opencme.ingest.parsing.audience_items import NOT_ITEM, clause_items, split
from opencme.ingest.parsing.audience_items import items as _items
from opencme.ingest.parsing.audience_lead import AUDIENCE_LEAD as _AUDIENCE_LEAD
from opencme.ingest.parsing.audience_lead import IS_FOR as _IS_FOR
from opencme.ingest.parsing.audience_lead import LEAD_HINTS as _LEAD_HINTS
from opencme.ingest.parsing.audience_lead import LIST_TEXT, lead_about_activity
from opencme.ingest.parsing.audience_lead_keys import lead_key, names_no_learners
from opencme.ingest.parsing.audience_mind import colon_list, in_mind
from opencme.ingest.parsing.audience_serves import PROFESSION_HEAD as PROFESSION_HEAD
from opencme.ingest.parsing.audience_serves import SERVES, provided_with, served
from opencme.ingest.parsing.audience_taking_part import taking_part
from opencme.ingest.parsing.audience_title import title_professions
from opencme.ingest.parsing.audience_welcomed import welcome_more
from opencme.ingest.parsing.audience_why import why_should
from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.fastre import literal_alternation
from opencme.ingest.parsing.layouts import BULLET, KEY_ALIASES, Doc, Line, norm_key
from opencme.ingest.parsing.lazyre import lazy_compile

_AUDIENCE_NOT = lazy_compile(r"\bnot\s+(?:designed|intended)\b", re.IGNORECASE)
# under an audience key: "This activity provides continuing education for X, Y"
_ACTIVITY_FOR = lazy_compile(
    r"^(?:this|the|our)\s+(?:[\w-]+\s+){0,2}(?:activit(?:y|ies)|course|program|programme|"
    r"module|conference|training|webinar|session|series)\s+[^.]{0,60}?\bfor\s+(?P<list>"
    + LIST_TEXT
    + ")",
    re.IGNORECASE,
)
# a profession's head noun, plural ("hygienists", "physicians", "nurses", "professionals")
_PROFESSION = lazy_compile(
    r"\bfor\s+(?:the\s+)?(?P<list>(?:[A-Z][\w-]*\s+){0,3}(?:[A-Z][\w-]*(?:ists|ians|ers|ors|"
    r"ants|ents|ners)|(?i:nurses|professionals|clinicians|providers|staff|teams)))\b(?!\s+[a-z])"
)


def extract_audience(doc: Doc, diags: list[Diagnostic]) -> list[str]:
    """The audience items, those whose head names people (R-AU-3); its diagnostics added to
    `diags` on every call."""
    return [i for i in audience_phrases(doc, diags) if names_people(i)]


def audience_phrases(doc: Doc, diags: list[Diagnostic]) -> list[str]:
    """Every item of the audience list as read, fields of practice included ("gynecology",
    "ophthalmology and optometry": no audience, but a specialty, R-SP-1). Read once per Doc
    (specialties ask for it too)."""
    memo: tuple[list[str], list[Diagnostic]] | None = doc.memo.get("audience")
    if memo is None:
        found: list[Diagnostic] = []
        memo = (_audience(doc, found), found)
        doc.memo["audience"] = memo
    items, found = memo
    diags.extend(found)
    return list(items)


# a key announcing people ("The following HCPs:", "The following healthcare professionals:")
_FOLLOWING_PEOPLE = lazy_compile(
    r"^the\s+following\s+(?:[\w-]+\s+){0,2}(?:hcps|professionals|clinicians|providers|"
    r"practitioners|learners|participants|disciplines|professions)$",
    re.IGNORECASE,
)


def _audience(doc: Doc, diags: list[Diagnostic]) -> list[str]:
    # a bare heading the layout left unkeyed (its next line introduces a list: "... including:")
    heads = [
        ln
        for ln in doc.lines
        if ln.key == "audience"
        or (not ln.key and len(ln.text) <= 40 and KEY_ALIASES.get(norm_key(ln.text)) == "audience")
        or (not ln.key and ln.raw_key and _FOLLOWING_PEOPLE.match(ln.raw_key))
        or (not ln.key and ln.text.endswith(":") and _ends_with_key(ln.text))
    ]
    # a heading written as a lead phrase or a question ("Suitable for: X", "Who will
    # benefit?"; audience_lead_keys.py), after the audience keys, when it names people
    heads += [ln for ln in doc.lines if lead_key(ln) and _lead_list(doc, ln)]
    fields: tuple[Line, list[str], str] | None = None  # a keyed list naming no people
    for ln in heads:
        keyed = _keyed(doc, ln)
        if keyed and not any(map(names_people, keyed[0])):
            fields = fields or (ln, *keyed)  # fields of practice; people may be named later
        elif keyed:
            diags.append(Diagnostic("audience", ln.no, ln.text, "used", keyed[1]))
            return keyed[0]
    if fields:
        later = _audience_unkeyed(doc, diags)
        if later:
            return later
        diags.append(Diagnostic("audience", fields[0].no, fields[0].text, "used", fields[2]))
        return fields[1]
    return _audience_unkeyed(doc, diags)


def _ends_with_key(text: str) -> bool:
    """A line whose last words are an audience key and a colon ("July 12, 2022 primary
    audience:"): a heading the page ran onto the line above; its list is under it."""
    words = text[:-1].split()
    if len(text) > 120 or len(words) < 2:
        return False
    return any(
        KEY_ALIASES.get(norm_key(" ".join(words[-n:]))) == "audience" for n in (1, 2, 3)
    ) and not text[:-1].strip().lower().startswith(("the ", "this ", "our "))


# a lead phrase's hint or " for " in the lower-cased line (one search, not one per hint)
_HINT = lazy_compile(literal_alternation((*_LEAD_HINTS, " for ")))


def _audience_unkeyed(doc: Doc, diags: list[Diagnostic]) -> list[str]:
    """R-AU-2: a lead phrase, a title, an activity serving a profession, a line of them."""
    prev = ""  # the last sentence of the line before: what "It is intended for" refers to
    for ln in doc.lines:
        low = ln.text.lower()
        if not _HINT.search(low) and "in mind" not in low:
            prev = ln.text if ln.text.strip() else prev
            continue
        m = lead_about_activity(ln.text, prev) if not _AUDIENCE_NOT.search(ln.text) else None
        items, end = _lead_items(m, ln.text) if m else in_mind(ln.text, prev)
        prev = ln.text
        if any(map(names_people, items)):  # else the lead phrase was about something else
            diags.append(Diagnostic("audience", ln.no, ln.text, "used"))
            return items + [i for i in welcome_more(ln.text[end:]) if i not in items]
    return (
        _from_title(doc, diags)
        or _first_line(doc, diags, audience_is, "audience is")
        or _serves(doc, diags)
        or _list_line(doc, diags)
        or _invited(doc, diags)
        or _first_line(doc, diags, _benefit, "will benefit")
        or _activity_for(doc, diags)
        or _taking_part(doc, diags)
        or _first_line(doc, diags, why_should, "why should")
        or _first_line(doc, diags, grown, "activity grows")
        or _first_line(doc, diags, forum_for, "a forum for")
        or _first_line(doc, diags, attendees, "attendees")
        or _first_line(doc, diags, completing, "who take it or earn its credit")
    )


# after a lead opening its sentence, the comma before the sentence's subject ends the list
# ("Intended for readers with some clinical grounding, this certificate covers ...")
_FRONTED_END = lazy_compile(r",\s+(?=(?:this|these|our|the|it|its|we)\s)", re.IGNORECASE)


def _lead_items(m: re.Match[str], text: str) -> tuple[list[str], int]:
    """The items after a lead phrase (an umbrella giving way to the people a colon lists after
    it: "dietitians of every setting: clinic dietitians, ..."), and where they end."""
    raw = m.group("list")
    if not text[: m.start()].strip() or text[: m.start()].rstrip()[-1:] in ".!?:":
        raw = _FRONTED_END.split(raw, maxsplit=1)[0]  # "Designed for X, this course ..."
    items = clause_items(raw)
    listed = colon_list(text[m.end() :]) if len(items) == 1 else []
    return (listed or items) + _also_for(text[m.end() :]), m.start("list")


def _first_line(
    doc: Doc, diags: list[Diagnostic], read: Callable[[str], list[str]], note: str
) -> list[str]:
    """The items `read` finds on the first line (under 2,000 characters) it finds any on."""
    for ln in doc.lines:
        items = read(ln.text) if len(ln.text) < 2000 else []
        if items:
            diags.append(Diagnostic("audience", ln.no, ln.text, "used", note))
            return items
    return []


def _benefit(text: str) -> list[str]:
    """R-AU-2: the people a sentence says will benefit from the activity (audience_benefit.py)."""
    listed = benefit_list(text)
    items = clause_items(listed) if listed else []
    return items if items and all(map(names_people, items)) else []


def _taking_part(doc: Doc, diags: list[Diagnostic]) -> list[str]:
    """R-AU-2: "To participate in this activity, physicians must ..." (audience_taking_part.py)."""
    return _first_line(doc, diags, taking_part, "taking part")


def _activity_for(doc: Doc, diags: list[Diagnostic]) -> list[str]:
    """R-AU-2: the professions an activity named as subject is "for" (audience_activity_for.py)."""
    return _first_line(doc, diags, activity_for, "activity for")


def _invited(doc: Doc, diags: list[Diagnostic]) -> list[str]:
    """R-AU-2: the people a sentence invites or welcomes to attend (audience_invited.py)."""
    for ln in doc.lines:
        subject = invited_subject(ln.text) if len(ln.text) < 2000 else None
        items = clause_items(subject) if subject else []
        if items and all(map(names_people, items)):
            diags.append(Diagnostic("audience", ln.no, ln.text, "used", "invited to attend"))
            return items
    return []


def _serves(doc: Doc, diags: list[Diagnostic]) -> list[str]:
    """R-AU-2: the professions an activity equips, prepares or helps, each up to its head
    noun, joined by "and", "or" or commas ("equip nurse practitioners and primary care
    physicians with")."""
    for ln in doc.lines:
        for m in SERVES.finditer(ln.text) if len(ln.text) < 2000 else ():
            items = provided_with(m["obj"]) if m["provide"] else served(m["obj"])
            if items and not NOT_ITEM.match(items[0]):
                diags.append(Diagnostic("audience", ln.no, ln.text, "used", "activity serves"))
                return items
            if not m["provide"]:
                break  # as before: the first serving verb of a line decides
    return []


def _list_line(doc: Doc, diags: list[Diagnostic]) -> list[str]:
    """R-AU-2: a line that is only a list of professions ("Counselors, Social Workers,
    Marriage and Family Therapists, and Psychologists"): three or more items, each a short
    noun phrase headed by a plural profession noun."""
    for ln in doc.lines:
        t = ln.text.strip()
        if not t or ln.raw_key or len(t) > 160 or t.endswith((".", ":", "?")):
            continue
        items = split(BULLET.sub("", t))
        if len(items) < 3 or any(len(i.split()) > 4 or not i for i in items):
            continue
        low = [i.lower() for i in items]
        if all(PROFESSION_HEAD.search(i) for i in low) and all(i[:1].isupper() for i in items):
            diags.append(Diagnostic("audience", ln.no, ln.text, "used", "a line of professions"))
            return low
    return []


def _lead_list(doc: Doc, ln: Line) -> bool:
    """The list under a lead-phrase heading names people, none of them patients."""
    keyed = _keyed(doc, ln)
    return bool(keyed and any(map(names_people, keyed[0])) and not names_no_learners(keyed[0]))


def _keyed(doc: Doc, ln: Line) -> tuple[list[str], str] | None:
    """The items of one audience key: its value, the bullets under it, or the lines under it."""
    value = (ln.value or "").strip()
    bare = not value or ln.text.strip().rstrip(":").strip() == ln.raw_key
    if bare:  # the value, if any, came from the line below: a list may go on after it
        under = _bullets_under(doc, ln)
        if len(under) > 1 or (under and not value):
            return [i for u in under for i in _items(u)], "list under heading"
        lines = _lines_under(doc, ln)
        if len(lines) > 1:
            items = [u.strip(" .").lower() if len(u) <= 40 else _items(u) for u in lines]
            flat = [x for i in items for x in ([i] if isinstance(i, str) else i)]
            return flat, "one item a line"
        if not value and lines:
            value = lines[0]
    if not value:
        return None
    value = value.lstrip(":").strip()
    m = _AUDIENCE_LEAD.search(value) or _IS_FOR.search(value) or _ACTIVITY_FOR.match(value)
    raw = m.group("list") if m else value.split(". ")[0]
    first = clause_items(raw) + _also_for(value)
    return first + [i for i in welcome_more(value) if i not in first], "used"


# a lead-in ending in a relative pronoun: the bullets under it complete a clause
_RELATIVE_LEAD = lazy_compile(r"\b(?:who|that|whose|which)\s*:$", re.IGNORECASE)


def _bullets_under(doc: Doc, key_line: Line) -> list[str]:
    """The bulleted lines right under a heading (`Who Should Attend` / `• Residency directors`),
    blank lines between them allowed (a page's list items set apart, one a paragraph)."""
    out: list[str] = []
    lead_in = False
    for ln in doc.lines[doc.lines.index(key_line) + 1 :]:
        t = ln.text.strip()
        if not t:
            continue  # the list goes on only with another bullet (below)
        if not out and not lead_in and t.endswith(":") and not BULLET.match(t):
            lead_in = True  # "... all practitioners who care for X, including:" / bullets
            if _RELATIVE_LEAD.search(t):
                return []  # "Clinicians who:" / "- want X": the bullets are clauses, no people
            continue
        if not BULLET.match(t) or len(t) > 200:
            break
        out.append(BULLET.sub("", t).strip())
    return out


def _lines_under(doc: Doc, key_line: Line) -> list[str]:
    """The lines under a bare audience key: one line that may be the whole list, or short
    lines, one item each (blank lines between them allowed), up to a longer line, a key or a
    heading."""
    out: list[str] = []
    for ln in doc.lines[doc.lines.index(key_line) + 1 :][:40]:
        t = ln.text.strip()
        if not t:
            continue
        if (ln.raw_key and (out or ln.key or len(t) <= 40)) or t.endswith(":"):
            break  # another key or a heading (a long first line with a colon is the list)
        if len(t) > 400 or (out and len(t) > 40):
            break
        out.append(t)
        if len(t) > 40:
            break
    return out


def _from_title(doc: Doc, diags: list[Diagnostic]) -> list[str]:
    """R-AU-2: a title ending "for <profession>" names its audience."""
    texts = [ln for ln in doc.lines if ln.text.strip()][:3]
    for ln in texts:
        t = ln.text.strip()
        if len(t) > 160 or t.endswith("."):
            continue
        m = _PROFESSION.search(t) or _ONE_PROFESSION.search(t)
        if m and (m.re.pattern == _PROFESSION.pattern or people_word(m["head"].lower(), False)):
            diags.append(Diagnostic("audience", ln.no, ln.text, "used", "title names whom for"))
            return _items(m.group("list"))
    for ln in texts:  # a list or abbreviations ("for SLTs", "for OTAs and Hand Therapists")
        t = ln.text.strip()
        listed = title_professions(t) if len(t) <= 160 and not t.endswith(".") else []
        if listed:
            diags.append(Diagnostic("audience", ln.no, ln.text, "used", "title names whom for"))
            return listed
    return []


# "... for the Dental Hygienist": one member of a profession, singular after "the"
_ONE_PROFESSION = lazy_compile(
    r"\bfor\s+the\s+(?P<list>(?:[A-Z][\w-]*\s+){0,3}(?P<head>[A-Z][a-z-]*(?:ist|ian|er|or|ant|"
    r"ent|(?i:nurse|professional|clinician|provider|surgeon))))$"
)


_ALSO = lazy_compile(r"\balso\b", re.IGNORECASE)


def _also_for(rest: str) -> list[str]:
    """Items of a later sentence that adds to the list ("It is also intended for primary care
    physicians and other members of the team."), after the first list."""
    if "also" not in rest.lower():
        return []
    out: list[str] = []
    for sentence in re.split(r"(?<=[.!?])\s+", rest)[1:]:
        m = _AUDIENCE_LEAD.search(sentence) if _ALSO.search(sentence) else None
        if m and _ALSO.search(sentence[: m.start()]):
            out += [i for i in clause_items(m.group("list")) if i not in out]
    return out
