"""The activity's title: a keyed title, else the first heading-like line that is not page
chrome (R-TI-1, R-TI-2, data/title_noise.json)."""

from __future__ import annotations

from opencme.ingest.parsing.dates import MONTH_TITLE
from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.keyed import keyed, used
from opencme.ingest.parsing.layouts import Doc, Line
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.title_affix import faq_of
from opencme.ingest.parsing.title_agent import named_as_agent
from opencme.ingest.parsing.title_caps import caps_name, title_cased
from opencme.ingest.parsing.title_category import CATEGORY_NAME, category_named
from opencme.ingest.parsing.title_clean import clean_steps as clean_steps
from opencme.ingest.parsing.title_clean import clean_title as clean_title
from opencme.ingest.parsing.title_clean import is_note, status_noted
from opencme.ingest.parsing.title_cohesion import page_words, unrelated
from opencme.ingest.parsing.title_companion import page_form
from opencme.ingest.parsing.title_credit import OVER_CREDIT, over_credit
from opencme.ingest.parsing.title_fields import IDENTIFIER_HEADS
from opencme.ingest.parsing.title_fields import field_statement as field_statement
from opencme.ingest.parsing.title_forms import short_forms
from opencme.ingest.parsing.title_headline import (
    CAPITAL_NOUN,
    SENTENCE_HEADLINE,
    headline_name,
)
from opencme.ingest.parsing.title_lists import (
    CONTACT_LABELS,
    addresses_reader,
    caption,
    card_caption,
    menu_label,
    numbered_item,
    one_of_parts,
    others_heading,
    points_forward,
    running_head,
    value_row,
)
from opencme.ingest.parsing.title_longer import kind_defined, named_longer, subject_below
from opencme.ingest.parsing.title_named import named_in_prose
from opencme.ingest.parsing.title_noise import URL as URL
from opencme.ingest.parsing.title_noise import capped, generic_heading, not_title
from opencme.ingest.parsing.title_noise import never_title as never_title
from opencme.ingest.parsing.title_people import before_speakers
from opencme.ingest.parsing.title_prose import (
    longer_name,
)
from opencme.ingest.parsing.title_reference import (
    defined_longer,
    offered_name,
    quoted_longer,
)
from opencme.ingest.parsing.title_shapes import dated_entry
from opencme.ingest.parsing.title_site import Page, page_type, site_split
from opencme.ingest.parsing.title_story import news_section, story_name
from opencme.ingest.parsing.title_subject import opening_subject
from opencme.ingest.parsing.title_top import top_heading
from opencme.ingest.parsing.title_wrap import (
    body_paragraph,
    parts_above,
    with_subtitle,
    wrapped_line,
)
from opencme.ingest.parsing.vocab import DESCRIPTION_KEYS

# what a browser-title line sets between the name and the site: a separator or a colon
_SITE_MARKS = lazy_compile(r"\s(?:\||-|–|—|::|»|•)\s|: ")


def _head_lines(doc: Doc, limit: int = 8) -> list[Line]:
    return [ln for ln in doc.lines if ln.text.strip()][:limit]


# a heading cut off after a connective: in title case the connective stays in lower case ("…
# for"), "And"/"For" may be capitalised; a word in capitals ("… Toronto, ON", "Hepatitis A",
# "PART A") is a code or a letter, no connective
_OPEN_END = lazy_compile(
    r"\s(?:[Ff]or|[Oo]f|[Aa]nd|[Tt]he|[Ii]n|[Tt]o|[Ww]ith|[Oo]n|a|[Aa]n|&|FOR|OF|AND|THE|WITH)$"
)
_BYLINE = lazy_compile(r"\s+By\s+(?=[A-Z])")
# one sentence ending and another starting: a line of prose, not a heading's second half
_SENTENCE_BREAK = lazy_compile(r"[a-z]\. [A-Z]")

# what a colon after one word costs a candidate: "Sepsis: Pediatric First Response" is a title
# (docs/corpus.md "Title": a title containing a colon is one title), "Organization: Lakeside
# Learning Group" a field; a line without a colon nearby wins over it
_LABEL_COLON = 0.6
# what a heading costs when the page uses none of its content words again: a slogan, a
# banner, a caption, not the name of what the page is about (title_cohesion.py)
_UNRELATED = 1.0
# what a numbered list's item costs ("2. Falls Screening" / "3. Basics of Splint Care"): an
# outline's or an agenda's line, the name only where no heading names the activity
_LIST_ITEM = 1.5
# what a status after the name gives a candidate ("… - Archived", "… (Sold Out)"): pages mark
# the state of an activity, never of their chrome or sections
_STATUS_NOTED = 1.5
# what a short heading gains when a sentence below opens with it as an activity ("Mastery 2 is
# the second course …"): named again, as a longer heading's recurrence counts (_score)
_NAMED_BELOW = 2.0
# what a heading in sentence case under a paragraph of prose costs: the body has begun, and
# such a line heads one of its sections, not the page
_IN_BODY = 0.5


def _lead_in(key: str) -> bool:
    """A sentence in sentence case before a colon ("The course is divided into"): it opens a
    list; a heading in title case ("Please Review the Following Article") does not."""
    words = key.split()
    return len(words) >= 4 and not capped(words)


def _one_word_label(ln: Line) -> bool:
    """The line reads as one unknown word, a colon and a value ("Sepsis: First Response"), the
    word no category label ("CME: <title>")."""
    raw = ln.raw_key
    return ln.key is None and raw is not None and len(raw.split()) < 2 and not is_note(raw)


def _label_value(ln: Line) -> bool:
    """A one-word label's value that is no name (not in title case): a field's value
    ("Method: Live instruction via Zoom (link sent before the course date)")."""
    return _one_word_label(ln) and not capped((ln.value or "").split())


# a heading in title case glued to the first sentence of the page (text taken from a PDF)
_GLUED = lazy_compile(
    r"(?P<name>[A-Z][\w’'&/-]*(?: (?:of|and|for|in|on|to|the|a|an|with|&|[A-Z0-9][\w’'&/-]*))+)"
    r" This (?:" + "|".join(DESCRIPTION_KEYS["activity_nouns"]) + r")s? (?=[a-z])"
)


def _candidate(ln: Line) -> str | None:
    """The line's title text when it may be a title: the whole line, or, for a line whose colon
    is not a known key ("Opioids: safer prescribing"), the whole line too."""
    if ln.key is not None or not ln.text.strip() or dated_entry(ln.text.lstrip()):
        return None  # a key's line; a dated entry ("14. 5. 2031: 6 CME-Punkte")
    if ln.raw_key is not None:
        # a colon after a one-word label ("Organization: …"), or before a value that is a
        # note or a single word ("Skill Level: Entry-level"), makes a field, not a title
        value = clean_title(ln.value or "")
        if len(value.split()) < 2 or is_note(value):
            return None
        if ln.raw_key.strip().lower() in CONTACT_LABELS:
            return None  # "Contact: Ana Pell": a person or an office
        if len(ln.raw_key.split()) < 2 and is_note(ln.raw_key):
            return clean_title(value)  # "CME: <title>"
        if ln.raw_key.split()[-1].lower().strip(".") in IDENTIFIER_HEADS:
            return None  # an identifier's label: "ACPE Numbers: Various – see listing below"
    text = ln.text
    if "; " in text and (heading := before_speakers(text)):
        text = heading  # "<name>? Pat Doe MD; Lee Roe RN": the speakers after the name
    if " This " in text and (glued := _GLUED.match(text)):
        text = glued["name"]  # "<name> This course has been awarded …": a heading glued to prose
    t = clean_title(text)
    if " " not in t:
        return t
    named = headline_name(t) or offered_name(t)
    if named is None and SENTENCE_HEADLINE.search(t) and not capped(t.split()):
        return None  # a headline in sentence case that names no event ("X holds conference")
    return named or t


# fields whose bare heading opens a list of items, none of them the activity's name
_LIST_SECTIONS = frozenset({"audience", "objectives"})
_LOOK = 20  # lines a title is looked for in: after the site chrome, before the body
# the lowest score of a heading taken as the title: a line neither capitalised as a name nor
# named again on the page, past the first lines, is some section's line (R-TI-8)
_WEAKEST = -0.4
# ... and of a heading in sentence case: past the first lines and never named again, such a
# line is a list item or a clause of prose ("Addressing health inequities")
_WEAKEST_PLAIN = 0.0
# the score of a heading the page names again (R-TI-1): below it, a heading gives way to the
# name an opening paragraph makes its subject (R-TI-11)
_NAMED_AGAIN = 1.0
# EACCME's statement template: "The {event}, {city}, {country}, {dates}, has been accredited by
# the European Accreditation Council for Continuing Medical Education (EACCME®)"
_EACCME_TITLE = lazy_compile(
    r"\bThe\s+(?P<event>[^,\n“”\"]{3,120}),[^\n]{0,160}?(?:has\s+been|is)\s+accredited\s+by"
    r"\s+the\s+European\s+Accreditation\s+Council"
)


_GLUED_PLACE = lazy_compile(r"(?<=(?:19|20)\d\d)[A-Z][a-z][A-Za-z]*\Z")


def _recurs(cand: str, lines: list[str], own: int) -> bool:
    """The candidate's words come back in another line of the page (prose naming the
    activity, a browser-title line): site chrome recurs too, but only as short names."""
    low = cand.lower()
    return len(cand.split()) >= 3 and any(
        low in t for i, t in enumerate(lines) if i != own and len(t) > len(low)
    )


def _two_part_named(ln: Line, idx: int, lines: list[str]) -> str | None:
    """A name in title case whose part after the colon is one word ("Caring for Feet:
    Basics"), which the page names again whole: a title, not a field ("Skill Level: Beginner"
    is never named again)."""
    if ln.raw_key is None or ln.key is not None or len(ln.raw_key.split()) < 2:
        return None
    full = clean_title(ln.text)
    if ": " not in full or not capped(full.split()):
        return None
    return full if _recurs(full, lines, idx) else None


def _score(cand: str, idx: int, lines: list[str]) -> float:
    """How much a candidate line looks like the page's main heading (R-TI-1): early, named
    again elsewhere on the page, in title case, of a title's length."""
    words = cand.split()
    long_words = [w for w in words if len(w) > 3 and w[:1].isalpha()]
    capped = sum(w[:1].isupper() for w in long_words) / max(len(long_words), 1)
    score = -0.15 * idx
    if _recurs(cand, lines, idx) or any(_recurs(f, lines, idx) for f in short_forms(cand)):
        score += 2.0  # named again, whole or in its short form ("… SAE" for "… (SAE)")
    if capped >= 0.6:
        score += 1.0
    if 3 <= len(words) <= 16:
        score += 0.5
    elif len(words) <= 2:
        score -= 0.5  # a very short line: a site name, a menu entry
    return score


# a heading "About the <name ending in an activity noun>" names the page's activity itself
_ABOUT_NAME = 0.5
# a heading "<name> FAQs" names what the page's questions are about (R-TI-25): the name is
# seldom repeated on such a page, and its cohesion penalty is no sign against it
_FAQ_NAME = 1.0
_NAMED_ABOUT = lazy_compile(
    r"^(?:[A-Z0-9][\w’'&/-]*\s+(?:(?:of|and|for|in|on|&)\s+)?){2,10}(?:"
    + "|".join(w.capitalize() for w in DESCRIPTION_KEYS["activity_nouns"])
    + r")s?$"
)


def extract_title(doc: Doc, diags: list[Diagnostic]) -> str | None:
    """_found_title in the page's own fuller or plainer form (title_companion.py, R-TI-27)."""
    return page_form(_found_title(doc, diags), doc.flat)


def _found_title(doc: Doc, diags: list[Diagnostic]) -> str | None:
    """Keyed title, else a quoted title after an issue month, else the best heading-like line
    of the page's first lines (R-TI-1)."""
    ln = keyed(doc, "title")
    if ln and ln.value:
        used(diags, "title", ln)
        return clean_title(ln.value)
    head = _head_lines(doc, _LOOK)
    for ln in head[:8]:
        mt = MONTH_TITLE.match(ln.text.strip())
        if mt:
            used(diags, "title", ln, "quoted title after issue month")
            return mt.group("title").strip()
    if "european accreditation council" in doc.low:
        m = _EACCME_TITLE.search(doc.flat)
        if m:  # the statement names the accredited event (R-TI-4)
            used(diags, "title", doc.line_at(m.start("event")), "EACCME statement")
            # the template's city and country glued to the event's year: "… 2024FrankfurtGermany"
            return _GLUED_PLACE.sub("", m["event"]).strip()
    texts = [" ".join(ln.text.split()).lower() for ln in doc.lines if ln.text]
    raw_lines: list[str] = []

    def raw() -> list[str]:
        """The page's lines with text, as written (built once, when a short heading needs it)."""
        if not raw_lines:
            raw_lines.extend(" ".join(ln.text.split()) for ln in doc.lines if ln.text.strip())
        return raw_lines

    counts = page_words(doc.low)
    best: tuple[float, int, str] | None = None
    section: str | None = None  # the list field a bare heading above opened
    head_texts = [ln.text for ln in head]
    page = Page(texts)
    splits = {
        i: site_split(ln.text, page)
        for i, ln in enumerate(head)
        if ln.key is None
        and (_SITE_MARKS.search(ln.text) is not None or ln.text.startswith("Welcome"))
    }
    sites = frozenset().union(*(found[1] for found in splits.values()))
    for i, ln in enumerate(head):
        if ln.key is not None:
            section = ln.key if ln.key in _LIST_SECTIONS and not ln.value else None
        elif ln.raw_key is not None and not ln.value and _lead_in(ln.raw_key):
            section = "list"  # a sentence that opens a list: "The course is divided into:"
        elif ln.raw_key is not None or (section and generic_heading(ln.text.split())):
            section = None  # another heading or field ends the list
        if section is not None:
            continue  # an item of the audience or objectives under their heading
        if i > 0 and wrapped_line(head[i - 1].text, ln.text):
            continue  # a paragraph's line wrapped in mid-sentence, not a heading
        if others_heading(ln.text):
            break  # "Related Documents": every line below names another item (R-TI-12)
        cand = _candidate(ln) or _two_part_named(ln, i, texts)
        if i in splits:  # "<name> | <site>", "<page> – <name>", "<site>: <name>" (R-TI-20)
            site = splits[i][0]
            if site == "":
                continue  # every part is the site's, the page's type or a place: chrome
            if site and not not_title(ln, site):
                cand = site
        if cand and sites and cand.lower() in sites:
            continue  # the site's name a browser-title line sets beside the activity's
        # the first line over the activity's fields: "Sepsis" / "Contact Hours: 1" (R-TI-10)
        caps = cand is not None and cand.isupper() and caps_name(ln, cand)  # R-TI-22
        if (
            not cand or not_title(ln, title_cased(cand) if caps else cand) or _label_value(ln)
        ) and (i > 0 or len(head) < 2 or not (cand := top_heading(ln, head[1], doc.flat))):
            continue
        if (
            points_forward(cand)
            or running_head(ln.text)
            or value_row(ln.text)
            or caption(cand)
            or addresses_reader(cand)
            or one_of_parts(ln.text, head_texts)
            or news_section(cand)
            or page_type(cand)
            or (i > 0 and menu_label(cand, head_texts[i - 1]))
            or (i > 0 and card_caption(ln.text, head_texts[i - 1]))
            or (i + 1 < len(head) and card_caption(head_texts[i + 1], ln.text))
        ):
            continue  # lines of lists and chrome (R-TI-12, title_lists.py)
        if named_as_agent(cand, head_texts[i + 1 : i + 3]):
            continue  # "<Registry>" / "The X is approved by the <Registry> …" (R-TI-13)
        sc = _score(cand, i, texts) - (_LABEL_COLON if _one_word_label(ln) else 0.0)
        if unrelated(cand, texts[i], counts):
            sc -= _UNRELATED
        if len(cand) < 40 and not _recurs(cand, texts, i) and subject_below(cand, raw()):
            sc += _NAMED_BELOW  # "Mastery 2" / "Mastery 2 is the second course of …"
        if status_noted(ln.text, cand):
            sc += _STATUS_NOTED  # "<name> - Archived": a page marks its activity's state
        if not capped(cand.split()) and any(body_paragraph(t) for t in head_texts[:i]):
            sc -= _IN_BODY  # "Skills stations open before main programme" under a paragraph
        if numbered_item(head_texts, i):
            sc -= _LIST_ITEM  # "3. Basics of Splint Care" in an outline under the name
        if ln.text.startswith("About ") and _NAMED_ABOUT.search(cand):
            sc += _ABOUT_NAME  # "About the Acute Wound Care Portfolio Course": the page's own name
        elif category_named(ln):
            sc += CATEGORY_NAME  # "CME: <name>": the page labels the line as its activity
        elif faq_of(ln.text):
            sc += _FAQ_NAME  # "<name> FAQs": the page's questions are about its activity
        if i + 1 < len(head) and over_credit(head_texts[i + 1]):
            sc += OVER_CREDIT  # "<name>" / "(12.5 CEUs)": the amount under its name (R-TI-16)
        if best is None or sc > best[0]:
            best = (sc, i, cand)
    if best is None:
        return named_in_prose(doc, diags)
    sc, i, title = best
    if sc < _WEAKEST or (sc < _WEAKEST_PLAIN and not capped(title.split())):
        return named_in_prose(doc, diags)  # no line looks like the page's main heading
    if not _recurs(title, texts, -1) and (story := story_name(head, i, title)):
        used(diags, "title", head[i], "the event the story under a headline reports")
        return story  # "Doctors urged to update sepsis skills" / "… the Annual Sepsis Summit"
    if sc < _NAMED_AGAIN and (found := opening_subject(head, doc.flat)):
        used(diags, "title", found[1], "the subject of an opening paragraph")
        return found[0]  # a heading never named again below a paragraph naming the activity
    used(diags, "title", head[i], "heading")
    if i > 0 and head[i - 1].text.rstrip().endswith(":") and (parts := parts_above(head, i)):
        return " ".join([*parts, title])  # "<EVENT>:" / "<Theme>:" / "<name>" (R-TI-19)
    if i > 0 and _OPEN_END.search(prev := head[i - 1].text.strip()) and len(prev.split()) <= 8:
        before = _candidate(head[i - 1])
        if before and not not_title(head[i - 1], before.rstrip(" &")):
            # the heading's first half on the line above: "Knee Pain &" / "Running Injuries"
            return f"{before} {title}"
    if len(title.split()) <= 3:
        below = [ln.text for ln in head[i + 1 : i + 4]]
        if full := defined_longer(title, below) or quoted_longer(title, below):
            return full  # "Wound Closure" + "The Wound Closure/Suturing Certification … is a …"
        if full := kind_defined(title, [ln.text for ln in head[i + 1 : i + 6]]):
            return full  # "Grief Workshop" + "Supporting Families Through Grief is a … workshop"
        if full := named_longer(title, [ln.text for ln in head[i + 1 :]]):
            return full  # "Falls Awareness" + "The Falls Awareness and Prevention course is …"
    if CAPITAL_NOUN.search(title):
        title = longer_name(title, doc.flat)
    if _OPEN_END.search(title) and i + 1 < len(head):
        # a heading broken after "for", "of", ...: the next line completes it, up to a byline
        rest = _BYLINE.split(head[i + 1].text.strip())[0]
        if ". " in rest and _SENTENCE_BREAK.search(rest):
            return None  # prose below a heading cut off after "for": its end is lost (R-TI-12)
        title = f"{title} {rest}".strip()
        i += 1
    if title.endswith(":") and i + 1 < len(head):
        title = with_subtitle(title, head[i + 1])
    return title
