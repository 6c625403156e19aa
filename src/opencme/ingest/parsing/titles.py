"""The activity's title: a keyed title, else the first heading-like line that is not page
chrome (R-TI-1, R-TI-2, data/title_noise.json)."""

from __future__ import annotations

import re

from opencme.ingest.parsing.dates import DATEISH, MONTH_TITLE, parse_date
from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.keyed import keyed, used
from opencme.ingest.parsing.layouts import BULLET, KEY_ALIASES, Doc, Line, norm_key
from opencme.ingest.parsing.vocab import CREDENTIALS, TITLE_NOISE, word_class

URL = re.compile(r"https?://\S+")
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
        or URL.search(t)
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
        used(diags, "title", ln)
        return ln.value
    head = _head_lines(doc)
    for ln in head:
        mt = MONTH_TITLE.match(ln.text.strip())
        if mt:
            used(diags, "title", ln, "quoted title after issue month")
            return mt.group("title").strip()
    for i, ln in enumerate(head):
        if not _not_title(ln):
            used(diags, "title", ln, "first heading")
            title = ln.text.strip()
            if _OPEN_END.search(title) and i + 1 < len(head):
                # a heading broken after "for", "of", ...: the next line completes it,
                # up to a byline ("By Jane Roe, RN")
                rest = _BYLINE.split(head[i + 1].text.strip())[0]
                title = f"{title} {rest}".strip()
            return title
    return None

