"""The activity's description: one paragraph, verbatim (docs/corpus.md "Description", R-DE-1,
R-DE-2, data/description_keys.json)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from opencme.ingest.parsing.description_captions import repeated_captions
from opencme.ingest.parsing.description_excerpt import cut_paragraph, ends_sentence
from opencme.ingest.parsing.description_invite import PLEASE_JOIN, opens_with_activity
from opencme.ingest.parsing.description_need import (
    BACKGROUND_KEYS,
    about_the_activity,
    background,
    background_section,
    noted_value,
)
from opencme.ingest.parsing.description_news import (
    NEWS_LEAD_MIN,
    dateline_end,
    lead_names_activity,
    news_decks,
    news_item,
)
from opencme.ingest.parsing.description_other import SENTENCE_GAP as _SENTENCE_GAP
from opencme.ingest.parsing.description_other import other_field
from opencme.ingest.parsing.description_programme import part_abstracts
from opencme.ingest.parsing.description_records import participation_record
from opencme.ingest.parsing.description_refusals import refused_paragraph
from opencme.ingest.parsing.description_sections import answer_sections
from opencme.ingest.parsing.description_self import (
    IS_AN_ACTIVITY as _IS_AN_ACTIVITY,
)
from opencme.ingest.parsing.description_self import (
    defines_activity,
    describes_the_activity,
    names_the_activity,
)
from opencme.ingest.parsing.description_shapes import NAME_MAX as _NAME_MAX
from opencme.ingest.parsing.description_shapes import lead_in as _lead_in
from opencme.ingest.parsing.description_shapes import named as _named
from opencme.ingest.parsing.description_shapes import sentence_like as _sentence_like
from opencme.ingest.parsing.description_statements import (
    statement_opening,
    statement_sentence,
    without_sums,
)
from opencme.ingest.parsing.description_tagline import tagline
from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.keyed import used
from opencme.ingest.parsing.layouts import BULLET, KEY_ALIASES, Doc, Line, norm_key
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.objectives import OBJECTIVES_HEAD, objectives_start
from opencme.ingest.parsing.vocab import DESCRIPTION_KEYS


def extract_description(doc: Doc, diags: list[Diagnostic]) -> str | None:
    found = _under_key(doc)
    if found is not None:
        ln, text = found
        used(diags, "description", ln)
        return text
    if doc.layout == "key_value":  # R-DE-1: a finder record's leading paragraph
        for ln in doc.lines:
            if not ln.text:
                continue
            if ln.raw_key is None and len(ln.text) >= 200:
                used(diags, "description", ln, "leading paragraph of a record")
                return ln.text.strip()
            break
    return _first_paragraph(doc, diags)


# lines with text looked at under a description heading whose own value is no paragraph
_UNDER_WINDOW = 6


def _under_key(doc: Doc) -> tuple[Line, str] | None:
    """The paragraph of the first description key or heading that is no background heading
    (docs/corpus.md "Description": where it starts): its value when that is a paragraph, else
    the first paragraph under the heading that is prose (a heading repeating the title, or a
    blank line before the paragraph, leaves the value empty, a name or a title-case tagline:
    `_named`), skipping statements
    ("Skip them and take the next paragraph that qualifies"), up to the next key."""
    keys = [norm_key(ln.raw_key or "") for ln in doc.fields("description")]
    # a heading repeated is one part's of many (each session's "Session Summary"), unless the
    # page repeats the same key and value (R-DE-12); a background heading's paragraph is no
    # description
    said: dict[str, set[str]] = {}  # each key's values
    for ln, k in zip(doc.fields("description"), keys, strict=True):
        said.setdefault(k, set()).add((ln.value or "").strip())
    fields = [
        ln
        for ln, k in zip(doc.fields("description"), keys, strict=True)
        if (keys.count(k) == 1 or (len(said[k]) == 1 and ln.value)) and k not in BACKGROUND_KEYS
    ]
    # a lead-in, or a paragraph not about the activity (R-DE-7: a call for proposals, …)
    fields = [
        ln
        for ln in fields
        if not (ln.value and (_lead_in(ln.value) or refused_paragraph(ln.value)))
    ]
    for ln in fields:
        if ln.value and len(ln.value) > 40 and _sentence_like(ln.value) and not _named(ln.value):
            return ln, paragraph_cut(ln.value)
    for ln in fields:
        below = _paragraph_below(doc, ln)
        if below is not None:
            return below
    for ln in fields:  # a value that is a name or has no sentence end: the old reading
        if ln.value and len(ln.value) > 40:
            return ln, paragraph_cut(ln.value)
    return None


def _paragraph_below(doc: Doc, head: Line) -> tuple[Line, str] | None:
    """The first prose paragraph in the few lines with text under a description heading (blank
    lines not counted), before the next key or heading: no bullet, no statement
    (statement_like), of a sentence or more."""
    try:
        i = next(j for j, x in enumerate(doc.lines) if x is head)
    except StopIteration:
        return None
    seen = 0
    for ln in doc.lines[i + 1 :]:
        if not ln.text:
            continue
        seen += 1
        if seen > _UNDER_WINDOW:
            return None
        if ln.key is not None or KEY_ALIASES.get(norm_key(ln.text)) or BULLET.match(ln.text):
            return None  # the next key, heading or list: the heading had no paragraph
        t = paragraph_cut(ln.text)
        if len(t) >= 80 and _sentence_like(t) and not never_description(t):
            return ln, t
    return None


# a key glued after the paragraph on its line ("… treatment plan. LEARNING OBJECTIVES: After …")
_GLUED_KEY = lazy_compile(r"(?<=[.!?])\s+(?P<key>[A-Z][A-Za-z/&' ]{2,40}):\s")
# the last sentence of a paragraph
_LAST_SENTENCE = lazy_compile(r"(?<=[.!?])\s+(?P<s>[^.!?]+)$")


def paragraph_cut(text: str, guarded: bool = True) -> str:
    """The description part of a paragraph (docs/corpus.md "Description"): without a news
    item's dateline before it, up to a key glued after it on the same line, without a last
    sentence that opens the objectives. Unguarded, the patterns are tried on every text (what
    a test compares the guards with)."""
    t = text.strip()
    t = t[dateline_end(t, guarded) :]
    # every glued key holds ": " (a colon, then `\s`), so a text without a colon has none
    if not guarded or ":" in t:
        for m in _GLUED_KEY.finditer(t):
            if KEY_ALIASES.get(norm_key(m["key"])) or _OBJ_KEY.search(m["key"]):
                t = t[: m.start()].rstrip()
                break
    # the last sentence runs to the end of `t`, which has no trailing space (`$` then is the
    # end): it ends with ":" only when `t` does, so other texts skip the search
    if not guarded or t.endswith(":"):
        last = _LAST_SENTENCE.search(t)
        if last and last["s"].endswith(":") and OBJECTIVES_HEAD.search(last["s"]):
            t = t[: last.start()].rstrip()  # the objectives' lead-in (R-OB-1)
    return t


# headings whose paragraph below is another field's value (layouts._headed_fields)
_OTHER_HEADED = frozenset({"audience", "objectives"})
# "this course", "the workshop", "our program": a paragraph about the activity itself
# (and the nouns of a qualification's or a gathering's kind pages use besides: "this part-time
# postgraduate diploma", "this masterclass", "the study day")
_MORE_NOUNS = ("diploma", "masterclass", "master class", "bootcamp", "study day", "retreat")
_SELF = lazy_compile(
    r"\b(?:(?:"
    + "|".join(map(re.escape, DESCRIPTION_KEYS["self_reference"]))
    + r")\s+(?:[\w-]+\s+){0,3}?|this\s+(?:[\w-]+,?\s+){1,3}?)(?:"
    + "|".join(map(re.escape, [*DESCRIPTION_KEYS["activity_nouns"], *_MORE_NOUNS]))
    + r")s?\b",
    re.IGNORECASE,
)
# qualifying paragraphs a paragraph about the activity is looked for in
_SELF_WINDOW = 3
_OBJ_KEY = lazy_compile(r"objective|outcome|goal", re.I)
_NOT_DESCRIPTION_WORDS = tuple(w.lower() for w in DESCRIPTION_KEYS["not_description"])
# "registered" names a profession's licence ("registered nurses"), not a registration
_REGISTERED = lazy_compile(r"\bregistered\b")


def statement_like(text: str, lenient: bool = False) -> bool:
    """A paragraph of statement, credit, policy or page text (docs/corpus.md "Description":
    never the description): one holding a not-description word. Lenient, only one whose
    first sentence or most of whose sentences hold one: a description may say in passing
    that the course is accredited or what learners must do ("The program reviews the issues
    pharmacists must consider …"), the second pass when no paragraph passes the strict test;
    a first sentence that describes the activity ("This 40 contact hour course provides …",
    description_self.describes_the_activity) mentions its word in passing too.
    "Registered" before a profession ("registered dental hygienists") is no registration."""
    text = without_sums(text)  # "costing $2 billion a year": a figure, no price
    low = PLEASE_JOIN.sub("", _REGISTERED.sub("licensed", text.lower()))
    if not any(w in low for w in _NOT_DESCRIPTION_WORDS) and not statement_sentence(low):
        # no such word: a statement only when it opens as one (a board's rule met, funding)
        return statement_opening(_SENTENCE_GAP.split(text, 1)[0].lower())
    if not lenient:
        return True
    raw = _SENTENCE_GAP.split(text)
    sentences = [PLEASE_JOIN.sub("", _REGISTERED.sub("licensed", s.lower())) for s in raw]
    if statement_opening(sentences[0]):
        return True
    marked = [
        any(w in s for w in _NOT_DESCRIPTION_WORDS) or statement_sentence(s) for s in sentences
    ]
    if marked[0] and (describes_the_activity(raw[0]) or defines_activity(raw[0])):
        # "This 40 contact hour course provides …", "<Name> is a 2-day workshop designed for
        # social workers and approved by <board> for 10 CPD": credit in passing
        marked[0] = False
    return marked[0] or sum(marked) * 2 > len(marked)


def _sentence_colon(raw_key: str) -> bool:
    """A "key" that is the start of a sentence about the activity, its colon opening a list
    ("This two-day course is divided into two parts: …", "The aim of this webinar is to: …"):
    the line is prose, not a key and its value."""
    return len(raw_key.split()) >= 4 and _SELF.search(raw_key) is not None


def _titled_sentence(ln: Line) -> bool:
    """A paragraph opening with the activity's title whose colon is the title's own ("Grief and
    Loss: Supporting Bereaved Families is a six-session course that …"): no known key, and the
    words after the colon say what the activity is. The line is prose, the title with it."""
    return ln.key is None and _IS_AN_ACTIVITY.match(ln.value or "") is not None


def _dateline(ln: Line) -> str | None:
    """The paragraph after a capitalised lead before a colon that is no known key: a news
    dateline or a heading in capitals ("LONDON: The college will …", "GENERAL AIM: To …")."""
    raw, value = ln.raw_key or "", (ln.value or "").strip()
    if ln.key is None and raw.isupper() and len(raw.split()) <= 3 and len(value) >= 120:
        return value
    return None


def never_description(text: str) -> bool:
    """A paragraph no reader should give as the description: a statement, credit, policy or
    instruction paragraph (its first sentence or most of its sentences: statement_like,
    lenient), the audience statement or the objectives (other_field), a short text that ends
    no sentence (a title, a heading, a job title: no paragraph). The tagger's choice is checked
    with it (reading/extract.py)."""
    t = " ".join(text.split())
    return (
        (len(t) < _NAME_MAX and not t.endswith((".", "!", "?", '."', ".”")))
        or _breadcrumb(t)
        or statement_like(t, lenient=True)
        or other_field(t)
        or refused_paragraph(t)
    )


def _breadcrumb(text: str) -> bool:
    """A breadcrumb trail ("Home > Journals > Issue 3 > Course Test …"): the page's
    navigation, never the description, however long and whatever its end."""
    return text.count(" > ") >= 2


# the shortest paragraph read when it opens by speaking of the activity itself
_SELF_MIN = 60
# "This course …", "The event …": the page's own activity ("Our ethics webinar, offered next
# month, …" may be another one the page advertises); or its aim ("To provide nurses with …")
_SHORT_SELF = lazy_compile(
    r"to\s+(?:provide|give|equip|offer)\b|(?:this|the)\s+(?:[\w-]+\s+){0,3}?(?:"
    + "|".join(map(re.escape, DESCRIPTION_KEYS["activity_nouns"]))
    + r")s?\b",
    re.IGNORECASE,
)


def _short_lead(ln: Line, text: str) -> bool:
    """A paragraph under 120 characters that may still be the description: a news item's lead
    after its dateline (from 80), or a sentence opening with the page's activity itself ("The
    event will focus on …", "This educational activity consists of …"; from 60)."""
    if len(text) >= NEWS_LEAD_MIN and dateline_end(ln.text.strip()):
        return True
    return len(text) >= _SELF_MIN and (
        _SHORT_SELF.match(text) is not None or opens_with_activity(text)
    )


def _prose(
    ln: Line, text: str, headed: set[str], lenient: bool = False, cut: Line | None = None
) -> bool:
    """A paragraph that may be the description: 120+ characters ending a sentence (or the
    excerpt's `cut` last paragraph, description_excerpt.py), not keyed, not a bullet, not the
    audience paragraph, not a statement (statement_like)."""
    summary = text[:1] == "A" and tagline(text)  # "A practical guide to …", no full stop
    return not (
        ln.text in headed
        # a news item's lead after its dateline may be shorter
        or (len(text) < 120 and not _short_lead(ln, text) and not summary)
        or (
            ln.raw_key
            and not _sentence_colon(ln.raw_key)
            and _dateline(ln) is None
            and noted_value(ln) is None
            and not _titled_sentence(ln)
        )
        or BULLET.match(text)
        or not (ends_sentence(text) or ln is cut or summary)
        or statement_like(text, lenient)
        or (lenient and participation_record(text))  # "… will be tracked via your badge"
        or other_field(text)
        or refused_paragraph(text)
        or _breadcrumb(text)
    )


def _first_paragraph(doc: Doc, diags: list[Diagnostic]) -> str | None:
    """The first prose paragraph about the activity, before its objectives (R-DE-2); among the
    first three, one that speaks of the activity itself wins. A paragraph that ends by opening
    the objectives is the last one looked at, without its lead-in (R-DE-3). With none, the
    same search again with the lenient statement test (statement_like, R-DE-4), over the same
    lines (cut once, on demand: most pages end the first search early)."""
    headed = {
        ln.value
        for ln in doc.lines
        if ln.value
        and (
            ln.key in _OTHER_HEADED
            or (ln.key == "description" and background(ln) and not about_the_activity(ln.value))
        )
    }
    headed.update(background_section(doc))
    headed.update(answer_sections(doc))
    headed.update(news_decks(doc))  # a news item's deck above its dateline and lead
    headed.update(repeated_captions(doc))  # a photograph's caption set twice in a row
    # a part's abstract in a programme, read only when no other paragraph is (R-DE-9)
    parts = set(part_abstracts(doc)) - headed
    cache: list[tuple[Line, str]] = []
    source = _paragraphs(doc)

    def walk() -> Iterator[tuple[Line, str]]:
        i = 0
        while True:
            if i == len(cache):
                nxt = next(source, None)
                if nxt is None:
                    return
                cache.append(nxt)
            yield cache[i]
            i += 1

    leads: dict[int, bool] = {}  # the two passes' first paragraphs, often one line

    def news_lead(lead: Line) -> bool:
        """`lead`, the first paragraph, is a news item's lead naming the activity."""
        if id(lead) not in leads:
            first = _SENTENCE_GAP.split(paragraph_cut(lead.text), 1)[0]
            leads[id(lead)] = lead_names_activity(first) and news_item(
                doc, lead, _dateline(lead) is not None
            )
        return leads[id(lead)]

    first = headed | parts
    found = _search(walk(), first, diags, False, news=news_lead) or _search(
        walk(), first, diags, True, news=news_lead
    )
    if found is None and parts:
        found = _search(walk(), headed, diags, False, news=news_lead) or _search(
            walk(), headed, diags, True, news=news_lead
        )
    if found is None and (cut := cut_paragraph(doc)) is not None:  # the excerpt's last resort
        return _search(walk(), headed, diags, True, cut)
    return found


def _paragraphs(doc: Doc) -> Iterator[tuple[Line, str]]:
    """The lines a description is looked for in, each with its cut text: up to the objectives'
    heading or lead-in line, or the paragraph that ends by opening them (R-DE-3)."""
    for ln in doc.lines:
        lead_in = objectives_start(ln)
        t = paragraph_cut(_dateline(ln) or noted_value(ln) or ln.text)
        if lead_in and len(t) == len(ln.text.strip()):
            return  # a heading or lead-in line of the objectives
        yield ln, t
        if lead_in:
            return  # the objectives follow this paragraph


def _search(
    lines: Iterator[tuple[Line, str]],
    headed: set[str],
    diags: list[Diagnostic],
    lenient: bool,
    cut: Line | None = None,
    news: Callable[[Line], bool] | None = None,
) -> str | None:
    """One pass of _first_paragraph's search. A news item's lead whose first sentence names
    the activity is the description, whoever its subject (`news`; docs/corpus.md
    "Description": a news item's lead)."""
    first: Line | None = None
    seen = 0
    for ln, t in lines:
        if _prose(ln, t, headed, lenient, cut):
            first = first or ln
            seen += 1
            if seen == 1 and news is not None and news(ln):
                used(diags, "description", ln, "a news item's lead")
                return t
            # speaks of the activity itself
            if seen <= _SELF_WINDOW and (
                _SELF.search(t)
                or _IS_AN_ACTIVITY.match(t)
                or names_the_activity(t)
                or (t[:1] == "A" and tagline(t))
            ):
                used(diags, "description", ln, "first paragraph about the activity")
                return t
    if first is not None:
        used(diags, "description", first, "first paragraph")
        return paragraph_cut(_dateline(first) or noted_value(first) or first.text)
    return None
