"""From tagged segments to field values, each with the tagger's confidence (its marginal).

Span rules here are general: a provider is the organisation named after a provider cue or
before an accreditation verb, or a whole short line; an audience is the list after an
"intended for"-class lead; a title loses a trailing site name. No phrase of one listing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from opencme.ingest.parsing import descriptions, titles
from opencme.ingest.parsing.audience_heads import names_people
from opencme.ingest.parsing.objective_items import tidy_objectives
from opencme.ingest.reading import cues
from opencme.ingest.reading.align import strip_bullet
from opencme.ingest.reading.people import person_spans
from opencme.ingest.reading.segment import Segment

_TAIL = re.compile(r"\s+(?:\||-|–|—|::|»)\s+(?P<tail>[^|–—»]{2,60})$")
_ORG_VERB = re.compile(
    r"^(?:.*?\b)?(?:the\s+)?(?P<org>[A-Z][\w&.,'’()\- ]{2,120}?)\s*(?:\([A-Z]{2,10}\)\s*)?\s+"
    r"(?:designates|(?:is|are)\s+(?:jointly\s+)?accredited|awards|is\s+approved|"
    r"(?:is|are)\s+an?\s+(?:[\w-]+\s+){0,3}provider)\b"
)
# every `_ORG_VERB` match holds one of these (the pattern is case-sensitive): a cheap test first
_ORG_VERB_WORDS = ("designates", "accredited", "awards", "approved", "provider")
_CUE_SPAN = re.compile(
    r"(?:jointly\s+provided|provided|presented|sponsored|co-sponsored|offered|hosted|developed|"
    r"produced|organi[sz]ed|brought\s+to\s+you)\s+by\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w&.'’()\- ]{1,100}?)(?=\s+(?:and|in|for|with)\s|[.,;:]|$)"
)
_AUD_LEAD = re.compile(
    r"(?:intended|designed|developed|suitable|appropriate|aimed|targeted|geared|open|relevant|"
    r"tailored)\s+(?:for|to|at)\s+(?:meet\s+the\s+(?:educational\s+)?needs\s+of\s+)?"
    r"(?:all\s+)?(?P<list>[^.]+)",
    re.IGNORECASE,
)
_AUD_END = re.compile(r"\s+(?:who|that|seeking|in\s+need|wishing|looking|to\s+\w+)\b.*$", re.I)
_SPLIT = re.compile(r"\s*[,;/]\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*&\s*")
# the tagger labels extraction reads marginals of
EXTRACTED = ("title", "provider", "description", "objective", "faculty", "audience", "specialty")
# a field every listing has: its best segment is taken even when not the tagger's first choice
_FALLBACK = 0.15
_FALLBACK_TITLE = 0.05
_PRICE_TAIL = re.compile(r"\s*[$€£]\s?\d[\d,.]*\s*$")
_PAREN_TAIL = re.compile(
    r"\s*\([^()]*\d[^()]*\b(?:credits?|hours?|CEs?|CE's|CMEs?|points?)\)\s*$", re.I
)
_KHEAD = re.compile(r"^[^:]{1,40}:\s+")


@dataclass(slots=True)
class Found:
    """A field value the tagger proposes, its confidence and the lines it came from."""

    value: object
    confidence: float
    lines: list[int] = field(default_factory=list)


def clean_title(text: str) -> str:
    """Drop a trailing site name (`Course | Site`, `Course - Site Name`), then a trailing
    price or credit parenthesis (`Course (1 CE Hour)`, `Course $48.00`)."""
    m = _TAIL.search(text)
    if m:
        tail = m.group("tail")
        if cues.ORG_RE.search(tail) or "." in tail or (len(tail.split()) <= 2 and tail.isupper()):
            text = text[: m.start()]
    return titles.clean_title(_PRICE_TAIL.sub("", _PAREN_TAIL.sub("", text.strip())).strip())


def provider_span(seg: Segment) -> str | None:
    t = seg.text.strip()
    if seg.key == "provider":
        return t.rstrip(".") or None
    m = _CUE_SPAN.search(t) if "by" in t else None  # every match holds "by" (case-sensitive)
    if m:
        return m.group("org").strip()
    m = _ORG_VERB.search(t) if any(w in t for w in _ORG_VERB_WORDS) else None
    if m:
        org = re.sub(r"^.*?[a-z](?=The\s+[A-Z])", "", m.group("org")).strip()
        org = re.sub(r"^(?:The|the)\s+", "", org)
        return org or None
    if len(t.split()) <= 10 and not t.endswith("."):
        return t
    return None


def audience_items(text: str) -> list[str]:
    """The audience items of a line the tagger read as audience: only those whose head names
    people (the rules' R-AU-3; "meet the needs", "spark conversations" are none)."""
    return [i for i in _audience_phrases(text) if names_people(i)]


def _audience_phrases(text: str) -> list[str]:
    if len(text.split()) <= 5 and not text.endswith(":"):
        return [_KHEAD.sub("", text).strip(" .;,").lower()]  # one item per line
    m = _AUD_LEAD.search(text)
    raw = m.group("list") if m else text.split(".")[0]
    if not m and len(raw.split()) > 12:
        return []
    raw = _AUD_END.sub("", _KHEAD.sub("", raw))
    items = [i.strip().strip(".:").lower() for i in _SPLIT.split(raw)]
    return [re.sub(r"^(?:the|all|other)\s+", "", i) for i in items if i and len(i) < 80]


def _best(segs: list[Segment], marg: list[dict[str, float]], lab: str) -> int | None:
    scores = [(m.get(lab, 0.0), -i) for i, m in enumerate(marg) if len(segs[i].text) <= 400]
    if not scores:
        return None
    score, neg = max(scores)
    return -neg if score > 0.0 else None


_TITLE_TRIES = 3


def _best_title(segs: list[Segment], tags: list[str], marg: list[dict[str, float]]) -> int | None:
    """The segment the tagger most likely calls the title, passing over a line that is never
    a title (titles.never_title: a credit statement, a section heading, a sentence); the
    next best is tried, a few times at most. None also when that segment would be too unsure
    to take (`_sure_title`)."""
    order = sorted(
        (j for j, m in enumerate(marg) if m.get("title", 0.0) > 0.0 and len(segs[j].text) <= 400),
        key=lambda j: (-marg[j]["title"], j),
    )[:_TITLE_TRIES]
    if not any(_sure_title(tags, marg, j) for j in order):
        return None  # whichever of them is chosen is not taken: never_title need not be asked
    for j in order:
        if not titles.never_title(segs[j].text):
            return j if _sure_title(tags, marg, j) else None
    return None


def _sure_title(tags: list[str], marg: list[dict[str, float]], j: int) -> bool:
    """Segment j is tagged title, or its title marginal reaches the fallback's."""
    return tags[j] == "title" or marg[j]["title"] >= _FALLBACK_TITLE


def extract(
    segs: list[Segment],
    tags: list[str],
    marg: list[dict[str, float]],
    rule: dict[str, object] | None = None,
) -> dict[str, Found]:
    """Fields the tagger reads: title, provider, description, objectives, faculty, audience,
    specialties. A field appears only when some segment was tagged with it. `rule` is the
    rules' record of the same listing: their cut of a value inside the tagged line is kept."""
    out: dict[str, Found] = {}
    i = _best_title(segs, tags, marg)
    if i is not None:
        title = clean_title(segs[i].text)
        ruled = str((rule or {}).get("title") or "")
        if len(ruled) >= 8 and ruled.lower() in title.lower() and ruled != title:
            title = ruled  # the tagger found the line, the rules cut the title out of it
        out["title"] = Found(title, marg[i]["title"], list(segs[i].lines))
    prov = [j for j, t in enumerate(tags) if t == "provider"]
    prov.sort(key=lambda j: -marg[j]["provider"])
    for j in prov:
        span = provider_span(segs[j])
        if span:
            out["provider"] = Found(span, marg[j]["provider"], list(segs[j].lines))
            break
    runs: list[list[int]] = []
    for j, t in enumerate(tags):
        if t == "description":
            if runs and runs[-1][-1] == j - 1:
                runs[-1].append(j)
            else:
                runs.append([j])
    if not runs:
        best = _best(segs, marg, "description")
        if best is not None and marg[best]["description"] >= _FALLBACK:
            runs.append([best])
    # one paragraph (docs/corpus.md "Description"): the pieces of one line of a run, the first
    # that is no statement, audience statement or objectives (descriptions.never_description)
    for run in (r for r0 in runs for r in _by_line(r0, segs)):
        text = descriptions.paragraph_cut(" ".join(segs[j].text for j in run))
        if descriptions.never_description(text):
            continue
        conf = min(marg[j]["description"] for j in run)
        out["description"] = Found(text, conf, [ln for j in run for ln in segs[j].lines])
        break
    _list_field(out, "objectives", segs, tags, marg, "objective", lambda s: [strip_bullet(s.text)])
    if "objectives" in out:  # as the rules keep them (R-OB-2..4)
        obj = out["objectives"]
        listed = obj.value if isinstance(obj.value, list) else []
        kept = tidy_objectives([str(v) for v in listed], segs[-1].text)
        if kept:
            obj.value = kept
        else:
            del out["objectives"]
    _list_field(out, "faculty", segs, tags, marg, "faculty", lambda s: person_spans(s.text))
    _list_field(out, "audience", segs, tags, marg, "audience", lambda s: audience_items(s.text))
    if "audience" not in out and "description" in out:
        # a description often says whom it is for ("designed for family physicians")
        m = _AUD_LEAD.search(str(out["description"].value))
        if m:
            items = audience_items(m.group(0))
            if items:
                desc = out["description"]
                out["audience"] = Found(items, desc.confidence, desc.lines)
    _list_field(
        out,
        "specialties",
        segs,
        tags,
        marg,
        "specialty",
        lambda s: [i.strip(" .") for i in _SPLIT.split(_KHEAD.sub("", s.text)) if i.strip(" .")],
    )
    for name in ("faculty", "audience", "specialties"):  # objectives: one per line already
        _prefer_rule_cut(out, name, segs, rule)
    return out


def _by_line(run: list[int], segs: list[Segment]) -> list[list[int]]:
    """A run of segments cut where their line changes: one paragraph each."""
    out: list[list[int]] = []
    for j in run:
        if out and segs[out[-1][-1]].lines == segs[j].lines:
            out[-1].append(j)
        else:
            out.append([j])
    return out


def _prefer_rule_cut(
    out: dict[str, Found], name: str, segs: list[Segment], rule: dict[str, object] | None
) -> None:
    """When every item the rules read lies in the lines the tagger chose, the rules' cut of
    those lines wins: the tagger is better at finding lines, the rules at splitting them."""
    found = out.get(name)
    items = (rule or {}).get(name)
    if found is None or not isinstance(items, list) or not items:
        return
    lines = set(found.lines)
    text = " ".join(s.text for s in segs if lines & set(s.lines)).lower()
    text = " ".join(text.split())
    if all(" ".join(str(i).lower().split()) in text for i in items):
        out[name] = Found(list(items), found.confidence, found.lines)


def _list_field(
    out: dict[str, Found],
    name: str,
    segs: list[Segment],
    tags: list[str],
    marg: list[dict[str, float]],
    lab: str,
    items: Callable[[Segment], list[str]],
) -> None:
    """Every segment tagged `lab` gives its items; the field's confidence is the weakest."""
    values: list[str] = []
    confs: list[float] = []
    lines: list[int] = []
    for j, t in enumerate(tags):
        if t != lab:
            continue
        got = [v for v in items(segs[j]) if v and v not in values]
        if got:
            values.extend(got)
            confs.append(marg[j][lab])
            lines.extend(segs[j].lines)
    if values:
        out[name] = Found(values, min(confs), lines)
