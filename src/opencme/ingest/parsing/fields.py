"""Single-value and list fields read from keyed lines, headings and set phrases."""

from __future__ import annotations

import re
from typing import Any

from opencme.ingest.parsing.dates import (
    DATEISH,
    MONTH_TITLE,
    STUDY,
    clock_time,
    event_dated,
    parse_date,
    parse_range,
)
from opencme.ingest.parsing.dates import extract_dates as extract_dates  # parser.py reads it here
from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.layouts import BULLET, KEY_ALIASES, Doc, Line, norm_key
from opencme.ingest.parsing.people import extract_audience
from opencme.ingest.parsing.vocab import (
    CREDENTIALS,
    DESCRIPTION_KEYS,
    FORMAT_RES,
    FORMAT_SIGNALS,
    TITLE_NOISE,
    specialty_of,
    word_class,
)

_BOILERPLATE = re.compile(
    r"^\[?(?:skip to|jump to|image for|menu|home|sign in|log in|breadcrumb|search|"
    r"free cookie|you are on page|share|print|advertisement|download|transcript|idea transcript|"
    r"available\s+(?:until|through|from)|expires?\b|updated\b|posted\b|last\s+revised|"
    r"designat|approved\b|accredited\b)",
    re.IGNORECASE,
)
_QUESTION = re.compile(
    r"^(?:how|what|when|why|where|who|can|do|does|is|are|you|we|i|if|this|these|please)\b",
    re.IGNORECASE,
)
_PROFESSIONS_ONLY = re.compile(
    r"^(?:registered\s+)?(?:physicians?|nurses?|pharmacists?|physician[’']?s?\s+assistants?|"
    r"social\s+workers?|psychologists?|dentists?)$",
    re.IGNORECASE,
)
_GENERIC_HEAD = re.compile(
    r"\b(?:questions?|faq|credits?|accreditation|designation|statements?|information|"
    r"continuing\s+(?:medical\s+)?education|cme|ce|cpd|moc|overview|introduction|summary)\b",
    re.IGNORECASE,
)
_URL = re.compile(r"https?://\S+")
_UAN = re.compile(
    r"\b(?:JA)?\d{4}-\d{4}-\d{2}-\d{3}-[LH]\d{2}(?:-[PT])?\b|"
    r"\b\d{3}-\d{3}-\d{2}-\d{3}-[LH]\d{2}(?:-[PT])?\b"
)
_DESIGNATION_FORMAT = re.compile(
    r"designates\s+this\s+(?P<fmt>(?:[\w-]+\s+){0,4}?)(?:activity\s+)?for\b", re.IGNORECASE
)
_ON_DEMAND = re.compile(r"\bon[\s-]*demand\b", re.IGNORECASE)
_ONLINE = re.compile(
    r"\b(?:virtual|webinar|webcast|livestream|live\s*stream|on[\s-]*demand|"
    r"online\s+(?:course|module|learning|activity|lectures?)|web[\s-]based|"
    r"internet)\b",
    re.IGNORECASE,
)
_IN_PERSON = re.compile(
    r"\bin[\s-]person\s+(?:attendance|activity|event|conference|meeting|course|registration|"
    r"annual|convention|session)|\bconvention\s+cent|\bhotel\b|\bresort\b",
    re.IGNORECASE,
)
_EVENT_FORMAT = re.compile(
    r"\b(?:annual|international|national)\s+(?:convention|meeting|conference|congress)|"
    r"\bthe\s+congress\b|\battend(?:ing)?\s+the\s+conference\b|"
    r"\blive\s+in[\s-]person\b",
    re.IGNORECASE,
)
_LIVE_PART = re.compile(r"\b(?:virtual\s+live|live\s+event|live\s+webinar)\b", re.IGNORECASE)
_OBJ_HINT = re.compile(
    r"bjective|utcome|able\s+to|(?:will|should)\s*:|will\s+(?:learn|understand|know|gain)|"
    r"should\s+(?:learn|understand|know|gain)|prepared\s+to",
    re.IGNORECASE,
)
_OBJ_HINT_WORDS = ("bjective", "utcome", "able", "will", "should", "prepared")
# letters IGNORECASE matches as "i" or "s" that lower() does not turn into them: with one of
# these in a text, a lower-case word test cannot rule `_OBJ_HINT` out
_ODD_CASE = ("ı", "İ", "ſ")
# a heading, or a lead-in sentence ending in ":" ("Upon completion, participants should be able
# to:", "Participants will:", "You will learn") (R-OB-1)
_OBJ_HEAD = re.compile(
    r"^(?:educational|learning|course|activity|session|program)?\s*(?:goals?\s+(?:and|&)\s+)?"
    r"objectives?\b|^learning\s+outcomes?\b|"
    r"\b(?:will|should|shall)\s+(?:be\s+(?:able|prepared)\s+to|learn(?:\s+(?:how\s+)?to)?|"
    r"understand|know|gain)\s*:?$|"
    r"\b(?:participants|attendees|learners|you|students|delegates)\s+(?:will|should)\s*:$",
    re.IGNORECASE,
)
_COMMERCIAL_NO = re.compile(
    r"without\s+(?:any\s+)?(?:bias\s+and\s+without\s+)?commercial\s+support|"
    r"no\s+commercial\s+support|not\s+(?:receive|accept)\w*\s+(?:any\s+)?commercial\s+support|"
    r"without\s+support\s+from\s+any\s+commercial|does\s+not\s+(?:sell\s+advertising\s+or\s+)?"
    r"receive\s+any\s+commercial\s+support|no\s+commercial\s+interest",
    re.IGNORECASE,
)
_COMMERCIAL_YES = re.compile(
    r"supported\s+by\s+(?:an?\s+)?(?:independent\s+)?educational\s+grants?|"
    r"educational\s+grant\s+from|commercial\s+support\s+(?:was\s+)?(?:received|provided)\s+from",
    re.IGNORECASE,
)
EACCME_NOTE = "EACCME statement"
# EACCME's statement template: "The {event}, {city}, {country}, {dates}, has been accredited
# by the European Accreditation Council ..."
_EACCME_EVENT = re.compile(
    r"\bThe\s+(?P<head>[^\n“”\"]{3,200}?),?\s*\d{1,2}/\d{1,2}/\d{4}\s*[–—-]\s*"
    r"\d{1,2}/\d{1,2}/\d{4},?\s+(?:has\s+been|is)\s+accredited\s+by\s+the\s+European"
    r"\s+Accreditation\s+Council"
)
# a city and country glued to the event's year when a page lost their separators
_GLUED_PLACE = re.compile(r"(?:19|20)\d\d(?P<place>(?:[A-Z][a-z]+){2,3})$")
_JOINT_PS = re.compile(
    r"\bjointly\s+provided|\bjoint\s+providership\b|planned\s+and\s+implemented\s+by"
    r"\s+[^.]+?\s+and\s+",
    re.IGNORECASE,
)
_DIRECT_PS = re.compile(r"\bdirectly\s+provided\b|\bdirect\s+providership\b", re.IGNORECASE)
_MINUTES = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s*(?P<u>minutes?|mins?|hours?|hrs?)\b", re.IGNORECASE)


def keyed(doc: Doc, canon: str) -> Line | None:
    for ln in doc.fields(canon):
        if ln.value:
            return ln
    return None


def _used(diags: list[Diagnostic], field: str, ln: Line, note: str = "") -> None:
    diags.append(Diagnostic(field, ln.no, ln.text, "used", note))


def _head_lines(doc: Doc, limit: int = 8) -> list[Line]:
    return [ln for ln in doc.lines if ln.text.strip()][:limit]


_OPEN_END = re.compile(r"\s(?:for|of|and|the|in|to|with|on|a|an)$", re.IGNORECASE)
_BYLINE = re.compile(r"\s+By\s+(?=[A-Z])")


_CONTROL = re.compile(
    r"^\W*(?:"
    + "|".join(r"\s+".join(map(re.escape, w.split())) for w in TITLE_NOISE["controls"])
    + r")(?:\W|$)",
    re.IGNORECASE,
)
_CHROME = word_class(TITLE_NOISE["chrome"])
_SECTION_WORDS = frozenset(TITLE_NOISE["section_words"]) | {
    "and",
    "&",
    "of",
    "the",
    "this",
    "for",
    "a",
}
_CRED_AFTER = re.compile(
    r",\s*(?:" + "|".join(map(re.escape, sorted(CREDENTIALS, key=len, reverse=True))) + r")\b"
)
_AMOUNT_HEAD = re.compile(
    r"^\d+(?:\.\d+)?\s+(?:\w+\s+)?(?:credits?|hours?|CEUs?|CEs?|CME|contact|points?|minutes?|"
    r"units?)\b|^[A-Z][.)]\s",  # an amount of credit; an outline item ("B. Objectives")
    re.IGNORECASE,
)


def _page_noise(t: str) -> bool:
    """Navigation, page controls, section headings, people, dates and amounts (R-TI-2)."""
    words = [w.strip(":,.()").lower() for w in t.split()]
    return bool(
        _CONTROL.match(t)
        or _CHROME.search(t)
        or all(w in _SECTION_WORDS for w in words if w)
        or _CRED_AFTER.search(t)
        or (_AMOUNT_HEAD.match(t) and len(words) <= 4)
        or (parse_date(t) is not None and len(DATEISH.sub("", t).split()) <= 1)
    )


def _not_title(ln: Line) -> bool:
    t = ln.text.strip()
    words = t.split()
    return bool(
        _page_noise(t)
        or _BOILERPLATE.match(t)
        or ln.raw_key
        or BULLET.match(t)
        or _URL.search(t)
        or t.endswith((".", ":", "?", "!"))
        or len(t) < 6
        or len(t) > 160
        or len(words) < 2
        or len(words) > (20 if "(" in t else 12)
        or norm_key(t) in KEY_ALIASES
        or _QUESTION.match(t)
        or (t.upper() == t and any(c.isalpha() for c in t))
        or (len(words) <= 8 and _GENERIC_HEAD.search(t))
        or len(_GENERIC_HEAD.findall(t)) >= 3
        or _PROFESSIONS_ONLY.match(t)
        or sum(c.isdigit() for c in t) * 3 > len(t)
        or t.startswith("$")
        or "|" in t
    )


def extract_title(doc: Doc, diags: list[Diagnostic]) -> str | None:
    """Keyed title, else a quoted title after an issue month, else the first heading (R-TI-1)."""
    ln = keyed(doc, "title")
    if ln and ln.value:
        _used(diags, "title", ln)
        return ln.value
    head = _head_lines(doc)
    for ln in head:
        mt = MONTH_TITLE.match(ln.text.strip())
        if mt:
            _used(diags, "title", ln, "quoted title after issue month")
            return mt.group("title").strip()
    for i, ln in enumerate(head):
        if not _not_title(ln):
            _used(diags, "title", ln, "first heading")
            title = ln.text.strip()
            if _OPEN_END.search(title) and i + 1 < len(head):
                # a heading broken after "for", "of", ...: the next line completes it,
                # up to a byline ("By Jane Roe, RN")
                rest = _BYLINE.split(head[i + 1].text.strip())[0]
                title = f"{title} {rest}".strip()
            return title
    return None


def extract_url(doc: Doc, diags: list[Diagnostic]) -> str | None:
    ln = keyed(doc, "url")
    if ln and ln.value:
        m = _URL.search(ln.value)
        if m:
            _used(diags, "url", ln)
            return m.group(0).rstrip(".,;)")
    return None


def extract_description(doc: Doc, diags: list[Diagnostic]) -> str | None:
    ln = keyed(doc, "description")
    if ln and ln.value and len(ln.value) > 40:
        _used(diags, "description", ln)
        return ln.value.strip()
    if doc.layout == "key_value":  # R-DE-1: a finder record's leading paragraph
        for ln in doc.lines:
            if not ln.text:
                continue
            if ln.raw_key is None and len(ln.text) >= 200:
                _used(diags, "description", ln, "leading paragraph of a record")
                return ln.text.strip()
            break
    return _first_paragraph(doc, diags)


_NOT_DESCRIPTION_WORDS = tuple(w.lower() for w in DESCRIPTION_KEYS["not_description"])


def _first_paragraph(doc: Doc, diags: list[Diagnostic]) -> str | None:
    """The first prose paragraph about the activity, before its objectives and statements
    (R-DE-2): a line of 100+ characters ending a sentence, not a statement, credit, policy or
    page text, and not an objectives lead-in."""
    for ln in doc.lines:
        t = ln.text.strip()
        low = t.lower()
        if ln.key == "objectives" or (
            t
            and (any(h in low for h in _OBJ_HINT_WORDS) or any(c in t for c in _ODD_CASE))
            and _OBJ_HINT.search(t)
            and _OBJ_HEAD.search(t)
        ):
            break
        if len(t) < 100 or ln.raw_key or BULLET.match(t) or not t.endswith((".", "!", "?")):
            continue
        if any(w in low for w in _NOT_DESCRIPTION_WORDS):
            continue
        _used(diags, "description", ln, "first paragraph")
        return t
    return None


def extract_location(doc: Doc, diags: list[Diagnostic]) -> str | None:
    ln = keyed(doc, "location")
    if ln and ln.value:
        _used(diags, "location", ln)
        return ln.value.strip()
    if "european accreditation council" in doc.low:
        place = _eaccme_place(doc, diags)
        if place:
            return place
    lines = doc.lines
    for i, ln in enumerate(lines):
        if ln.year and len(ln.text) <= 40 and parse_range(ln.text) and not ln.raw_key:
            parts = []
            for nxt in lines[i + 1 : i + 3]:
                t = nxt.text.strip()
                if not t or any(c.isdigit() for c in t) or len(t) > 60 or nxt.raw_key:
                    break
                parts.append(t)
            if parts:
                _used(diags, "location", lines[i + 1], "lines under the event dates")
                return ", ".join(parts)
    return None


def _eaccme_place(doc: Doc, diags: list[Diagnostic]) -> str | None:
    """The city and country of an EACCME statement (R-LO-1), or None."""
    m = _EACCME_EVENT.search(doc.flat)
    if not m:
        return None
    head = m["head"].strip().rstrip(",")
    parts = [p.strip() for p in head.split(",")]
    if len(parts) >= 3 and all(parts[-2:]):
        place = ", ".join(parts[-2:])
    else:
        glued = _GLUED_PLACE.search(head)
        if not glued:
            return None
        place = ", ".join(re.findall(r"[A-Z][a-z]+", glued["place"]))
    if any(c.isdigit() for c in place) or len(place) > 80:
        return None
    _used(diags, "location", doc.line_at(m.start("head")), EACCME_NOTE)
    return place


def extract_minutes(doc: Doc, diags: list[Diagnostic]) -> int | None:
    ln = keyed(doc, "estimated_minutes")
    if ln and ln.value:
        m = _MINUTES.search(ln.value)
        if m:
            n = float(m["n"])
            _used(diags, "estimated_minutes", ln)
            return round(n * 60) if m["u"].lower().startswith(("h",)) else round(n)
    return None


def _format_of(text: str) -> str | None:
    for rx, code in FORMAT_RES:
        if rx.search(text):
            return code
    return None


_SIGNAL = {k: word_class(v) for k, v in FORMAT_SIGNALS.items() if isinstance(v, list)}
# the longest token of each phrase, lower case: a cheap substring test before the regex (R-PF-1)
_SIGNAL_HINTS = {
    k: tuple({max(w.lower().replace("-", " ").split(), key=len) for w in v})
    for k, v in FORMAT_SIGNALS.items()
    if isinstance(v, list)
}


def _signal(doc: Doc, name: str) -> bool:
    if not any(h in doc.low for h in _SIGNAL_HINTS[name]):
        return False
    return _SIGNAL[name].search(doc.flat) is not None


def extract_format(doc: Doc, diags: list[Diagnostic]) -> str | None:
    if _signal(doc, "rss"):  # a series is rss even when it "designates this live activity"
        return "rss"
    m = _DESIGNATION_FORMAT.search(doc.flat) if "designates" in doc.low else None
    if m and m.group("fmt").strip():
        code = _format_of(m.group("fmt"))
        if code:
            _used(diags, "format", doc.line_at(m.start()), "designation statement")
            return code
    for ln in doc.fields("format"):
        if ln.value and norm_key(ln.raw_key or "") != "cme finder type":
            code = _format_of(ln.value)
            if code:
                _used(diags, "format", ln)
                return code
    if "demand" in doc.low and _ON_DEMAND.search(doc.flat):
        return "blended" if _LIVE_PART.search(doc.flat) else "enduring"
    if "home study" in doc.low and not _LIVE_PART.search(doc.flat):
        return "enduring"  # ACPE's word for enduring material
    if _guarded(
        _EVENT_FORMAT, doc.flat, doc.low, "annual", "national", "congress", "person", "conference"
    ):
        return "live"
    for ln in doc.lines:  # R-FO-2: a multi-day date range is a live event
        rng = parse_range(ln.text) if ln.year and not ln.raw_key else None
        if rng and rng[0] < rng[1] and not STUDY.search(ln.text):
            return "live"
    return infer_format(doc)


def infer_format(doc: Doc) -> str | None:
    """The format the page implies when it names none (R-FO-3, data/format_signals.json)."""
    dated = event_dated(doc)
    recorded = _signal(doc, "recorded")
    released = bool(doc.fields("expires")) or any(
        ln.key == "start_date" and "releas" in (ln.raw_key or "").lower() for ln in doc.lines
    )
    if _signal(doc, "journal_named") or (
        _signal(doc, "article") and _signal(doc, "test") and not dated
    ):
        return "journal"
    if _signal(doc, "remote_live") and (dated or clock_time(doc)) and not recorded:
        return "internet_live"
    if recorded and (not dated or released or not clock_time(doc)):
        return "enduring"
    if released and not dated:
        return "enduring"
    if (
        not dated
        and not clock_time(doc)
        and _signal(doc, "study_unit")
        and _signal(doc, "study_hint")
    ):
        return "enduring"  # a course taken on one's own, no session dates
    if _signal(doc, "event") and (dated or clock_time(doc)):
        return "live"
    if _signal(doc, "gathering"):
        return "live"
    return "enduring" if recorded else None  # a recording of a past session


def extract_delivery(
    doc: Doc, diags: list[Diagnostic], fmt: str | None, location: str | None
) -> str | None:
    for ln in doc.fields("format"):
        if ln.value and re.search(r"online|internet|web", ln.value, re.IGNORECASE):
            _used(diags, "delivery", ln)
            return "online"
    low = doc.low
    online = _guarded(
        _ONLINE,
        doc.flat,
        low,
        "virtual",
        "webinar",
        "webcast",
        "stream",
        "demand",
        "online",
        "web",
        "internet",
    ) or fmt in ("internet_live", "internet_searching")
    in_person = _guarded(_IN_PERSON, doc.flat, low, "person", "convention", "hotel", "resort") or (
        location is not None and fmt == "live"
    )
    if online and in_person:
        return "hybrid"
    if online:
        return "online"
    if in_person:
        return "in_person"
    return None


def extract_objectives(doc: Doc, diags: list[Diagnostic]) -> list[str]:
    lines = doc.lines
    for i, ln in enumerate(lines):
        low = ln.text.lower()
        if (
            not ln.text
            or not any(h in low for h in _OBJ_HINT_WORDS)
            or not _OBJ_HINT.search(ln.text)
        ):
            continue
        head = (ln.text if ln.raw_key and not ln.value else ln.raw_key or ln.text).strip()
        lead_in = ln.value is not None and ln.value.endswith(":") and _OBJ_HEAD.search(ln.value)
        if not head or not _OBJ_HEAD.search(head) or len(head) > 160:
            continue
        if ln.value and not lead_in:
            return [ln.value.strip()]
        items: list[str] = []
        for nxt in lines[i + 1 :]:
            t = nxt.text.strip()
            if not t:
                continue
            if BULLET.match(t):
                items.append(BULLET.sub("", t).strip())
                _used(diags, "objectives", nxt)
                continue
            if not items and t.endswith(":"):
                continue
            if not items and len(t) > 20 and not nxt.raw_key:
                run = _sentence_run(lines, lines.index(nxt))  # one objective per line
                for r in run:
                    _used(diags, "objectives", r)
                return [r.text.strip() for r in run]
            break
        if items:
            return items
    return []


def _sentence_run(lines: list[Line], start: int) -> list[Line]:
    """The line at `start` and the unkeyed sentence lines right after it."""
    run = [lines[start]]
    if not lines[start].text.strip().endswith("."):
        return run
    for ln in lines[start + 1 :]:
        t = ln.text.strip()
        if not t or ln.raw_key or not t.endswith(".") or len(t) <= 20 or BULLET.match(t):
            break
        run.append(ln)
    return run


def split_list(value: str) -> list[str]:
    """Comma-separated values, keeping commas inside parentheses."""
    out: list[str] = []
    cur: list[str] = []
    depth = 0
    for ch in value:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        if ch in ",;" and depth == 0:
            out.append("".join(cur).strip())
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur).strip())
    return [o for o in out if o]


def extract_simple(doc: Doc, diags: list[Diagnostic]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "registration": None,
        "providership": None,
        "commercial_support": None,
        "specialties": [],
        "measured_outcomes": [],
        "topics": [],
        "uan": [],
    }
    ln = keyed(doc, "registration")
    if ln and ln.value:
        if re.search(r"\bopen\b", ln.value, re.IGNORECASE):
            out["registration"] = "open"
        elif re.search(r"\blimited|restricted|closed|invitation", ln.value, re.IGNORECASE):
            out["registration"] = "limited"
        if out["registration"]:
            _used(diags, "registration", ln)
    ln = keyed(doc, "providership")
    text = (ln.value if ln and ln.value else "") + " " + doc.flat
    low = text.lower()
    if _guarded(_JOINT_PS, text, low, "joint", "planned and implemented"):
        out["providership"] = "joint"
    elif _guarded(_DIRECT_PS, text, low, "direct"):
        out["providership"] = "direct"
    ln = keyed(doc, "commercial_support")
    if ln and ln.value:
        v = ln.value.strip().lower()
        if v.startswith(("no", "none", "false")):
            out["commercial_support"] = False
        elif v.startswith(("yes", "true")) or "grant" in v:
            out["commercial_support"] = True
        _used(diags, "commercial_support", ln)
    elif _guarded(_COMMERCIAL_YES, doc.flat, doc.low, "grant", "commercial support"):
        out["commercial_support"] = True
    elif _guarded(_COMMERCIAL_NO, doc.flat, doc.low, "commercial"):
        out["commercial_support"] = False
    for canon in ("specialties", "measured_outcomes", "topics"):
        for ln in doc.fields(canon):
            if ln.value:
                out[canon].extend(split_list(ln.value))
                _used(diags, canon, ln)
    if not out["specialties"]:  # R-SP-1: specialists named as the audience
        named = [specialty_of(a) for a in extract_audience(doc, [])]
        out["specialties"] = list(dict.fromkeys(s for s in named if s))
    for m in _UAN.finditer(doc.flat) if ("-h" in doc.low or "-l" in doc.low) else ():
        if m.group(0) not in out["uan"]:
            out["uan"].append(m.group(0))
    return out


def _guarded(rx: re.Pattern[str], text: str, low: str, *needles: str) -> bool:
    """Run `rx` only when one of the needles is in the text (speed, R-PF-1)."""
    return any(n in low for n in needles) and rx.search(text) is not None
