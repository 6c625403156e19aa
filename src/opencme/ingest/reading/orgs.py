"""Candidate organisations for an activity's provider, each with generic features.

Candidates come from where pages name who offers an activity: the agents of provider cues and
the subjects of accreditation, designation and approval statements (the rules' own patterns,
`parsing.providers.provider_mentions`), a `Provider:` key, organisation-shaped names (capitalised
runs holding a head noun of `parsing/data/org_classes.json`, or an acronym) anywhere in the
text, short lines at the top and bottom of the page (title area, footer), copyright lines.
Features say where and how a candidate appears, never what it is called: the cue, the place
(top, bottom, heading, key), the organisation classes of its words, how often it recurs,
whether it is an accreditor (never the provider), its shape. `rank.py` learns the weights.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from opencme.ingest.parsing.providers import provider_mentions
from opencme.ingest.parsing.vocab import BODIES, PROVIDER_CUES, _table, is_accreditor
from opencme.ingest.reading.segment import Segment

ORG_CLASSES: dict[str, frozenset[str]] = {
    name: frozenset(words) for name, words in _table("org_classes.json")["classes"].items()
}
_CLASS_OF: dict[str, tuple[str, ...]] = {}
for _name, _words in sorted(ORG_CLASSES.items()):
    for _w in _words:
        _CLASS_OF[_w] = (*_CLASS_OF.get(_w, ()), _name)
_HEADS = frozenset(_CLASS_OF)
# the nouns naming an educational event or product (data/provider_cues.json activity_nouns,
# "Rounds" of grand rounds): a name holding one is often the event's, not its provider's
_EVENT_WORDS = frozenset(
    w.capitalize() for n in PROVIDER_CUES["activity_nouns"] for w in n.split()
) | {"Rounds"}
SPAN_CHARS = 250  # names are looked for in a segment's opening (its subject, its heading)

_CAPW = r"(?:[A-Z][\w'’.&/-]*|\d+(?:st|nd|rd|th)\b)"
_CONN = r"(?:of|for|and|the|in|on|at|de|do|da|des|du|la|le|di|der|y|&|[-–—])"
_SPAN = re.compile(
    rf"(?<![\w'’]){_CAPW}(?:\s+(?:{_CONN}\s+){{0,2}}{_CAPW})*"
    r"(?:,?\s+(?:Inc\.?|LLC|L\.L\.C\.|Ltd\.?|PLC|GmbH)(?!\w))?"
)
_ACRONYM = re.compile(r"^(?=.*[A-Z].*[A-Z])[A-Z][A-Za-z0-9&-]{1,13}$")
_PAREN_ACR = re.compile(r"\s*\(([A-Z][A-Za-z0-9&-]{1,9})\)$")
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(?:by\s+)?(?P<org>[A-Z][^.|]{1,80})",
    re.IGNORECASE,
)
_BREAKS = frozenset(("and", "in", "on", "at", "the", "-", "–", "—", "y"))
_CAMEL = re.compile(r"^[A-Z]*[a-z]+[A-Z][A-Za-z]+$|^[A-Z]{2,}[a-z]{3,}$")
_AFTER_ACR = re.compile(r"\s*\(([A-Z][A-Za-z0-9&-]{1,13})\)")
_LAST_WORD = re.compile(r"(?<![\w-])([a-z]{1,12})$")
_FIRST_WORD = re.compile(r"([a-z]{1,12})(?![\w-])")
_DIGIT = re.compile(r"\d")
# a full stop after a word of three lower-case letters or more, then a capital: a sentence
# ends there (not "Inc.", "Co.", "St.", "Corp.", "Dept.")
_SENT_END = re.compile(r"(?<=[a-z]{3})(?<!Corp)(?<!Dept)(?<!Assoc)\.\s+(?=[A-Z])")
# a word (at the start of a run or after a space or comma) shaped like a name of its own
_SHORT_NAME = re.compile(
    r"(?:^|(?<=[\s,]))(?:[A-Z][A-Za-z0-9&-]*[A-Z]|[A-Z]*[a-z]+[A-Z]|(?i:www\.))"
)
_POSS = re.compile(r"['’]s\b.*$")
_LEAD_THE = re.compile(r"^(?:The|the)\s+")
_TRAIL_CONN = re.compile(rf"(?:\s+{_CONN})+$|[\s,:;-]+$")
_KEEP_DOT = re.compile(r"(?:\b(?:Inc|Ltd|Corp|Co)|\b[A-Z])\.$")
_WWW = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+\.(?:org|com|net|edu|gov|ca|uk|au)\b", re.I)
_CROSSED = ("class=", "acronym", "accreditor")  # shape features crossed with how a name is found
EDGE = 6  # lines from the top or bottom of a page that count as its title area or footer


@dataclass(slots=True)
class Candidate:
    """One organisation name and what the page says around it."""

    name: str
    feats: set[str] = field(default_factory=set)
    hows: set[str] = field(default_factory=set)  # how it was found (cue, key, span, line)
    lines: list[int] = field(default_factory=list)
    count: int = 0
    first: int = 10**9  # index of the first segment it appears in


# first words of every accreditor's names: a name starting otherwise is no accreditor's
_ACC_FIRST = frozenset(
    n.split()[0].lower() for b in BODIES for n in (*b.names, *b.abbrevs) if n.split()
) | {"accreditation", "the"}


def _accreditor(name: str) -> bool:
    words = name.split()
    if words and words[0].lower() not in _ACC_FIRST and "redentialing" not in name:
        return False
    return is_accreditor(name)


_SEGS = tuple(f"segs={k}" for k in range(6))
_MOST = ("most=1", "most=2")


@lru_cache(maxsize=4096)
def _crossed(how: str, shape: tuple[str, ...]) -> tuple[str, ...]:
    """How a name was found, alone and crossed with its class, acronym and accreditor marks."""
    return (how, *(f"{how}&{g}" for g in shape if g.startswith(_CROSSED)))


def _named(shape: tuple[str, ...]) -> bool:
    """A name with a head noun or an acronym, not an accreditor's: one that may recur as
    the page's own organisation."""
    return "accreditor" not in shape and ("class=none" not in shape or "acronym" in shape)


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper())


# what `_TRAIL_CONN` can take off a name's end: a connector word after a space, or one of these
_CONN_WORDS = frozenset(_CONN[3:-1].split("|")[:-1]) | {"-", "–", "—"}
_TRAIL_CHARS = frozenset(" \t\n\r\f\v,:;-.")


@lru_cache(maxsize=8192)
def _tidy(name: str, keep_the: bool = False) -> str:
    name = " ".join(name.split())
    if not keep_the and name.startswith(("The", "the")):
        name = _LEAD_THE.sub("", name)
    if name[-1:] not in _TRAIL_CHARS and name.rpartition(" ")[2] not in _CONN_WORDS:
        return name.strip(" ,;:")  # nothing at its end to take off: the loop would not change it
    prev = None
    while prev != name:
        prev = name
        name = _TRAIL_CONN.sub("", name)
        if name.endswith(".") and not _KEEP_DOT.search(name):
            name = name[:-1]
    return name.strip(" ,;:")


_WORDS = tuple(f"words={k}" for k in range(8))
_CLASS_FEAT = {c: f"class={c}" for c in ORG_CLASSES}


@lru_cache(maxsize=4096)
def _shape(name: str) -> tuple[str, ...]:
    """Features of a name's own form (cached: names recur within and across pages)."""
    words = name.split()
    out = [_WORDS[min(len(words), 7)]]
    if _ACRONYM.match(name):
        out.append("acronym")
    if "." in name and _WWW.match(name):
        out.append("domain")
    if _accreditor(name):
        out.append("accreditor")
    if _DIGIT.search(name):
        out.append("digit")
    if name.isupper() and len(words) > 1:
        out.append("allcaps")
    heads = [w for w in (w.strip(",.") for w in words) if w in _CLASS_OF]
    if heads:
        out += sorted({_CLASS_FEAT[c] for w in heads for c in _CLASS_OF[w]})
    else:
        out.append("class=none")
    if words and words[-1].strip(",.") in _CLASS_OF:
        out.append("head_last")
    if any(w.strip(",.") in _EVENT_WORDS for w in words):
        out.append("event_word")
    return tuple(out)


def _org_like(words: list[str]) -> bool:
    """A head noun with a name to it ("Delta Hospital", not "Hospital"), or one word shaped
    like a name of its own (an acronym, "MedBridge", "www.x.org")."""
    if len(words) == 1:
        w = words[0]
        return (
            _ACRONYM.match(w) is not None
            or _CAMEL.match(w) is not None
            or (_WWW.match(w) is not None)
        )
    return not _HEADS.isdisjoint(words) or any(w[-1] in ",." and w[:-1] in _HEADS for w in words)


@lru_cache(maxsize=4096)
def _pieces(span: str) -> tuple[tuple[str, str, str | None, str | None], ...]:
    """An organisation-shaped run and its parts: a run of names often joins two ("American
    College of Surgeons Division of Education") or runs on into a date ("X Hospital on
    Saturday"), so its parts between breaks (one capitalised word after another, or a
    connector other than "of"/"for"/"&") that still look like organisations are candidates."""
    cut = _POSS.sub("", span)
    poss = "'s" if cut != span else None
    words = cut.split()
    if len(words) > 16:
        words, poss = words[:16], None
    n = len(words)
    out: list[tuple[str, str, str | None, str | None]] = []
    if _org_like(words):
        out.append((" ".join(words), "span", None, poss))
    starts, ends = {0}, {len(words)}
    for k in range(1, len(words)):
        a, b = words[k - 1], words[k]
        if b[0].isupper() and a[0].isupper() and not a.endswith(","):
            starts.add(k)
            ends.add(k)
        elif b in _BREAKS:
            ends.add(k)
            starts.add(k + 1)
        elif a in _BREAKS:
            starts.add(k)
    ordered_ends = sorted(ends)
    # _org_like of a part of two words or more is "one of its words is a head noun, bare or
    # before a comma or full stop": the count of such words before each position answers it
    # for every part at once (a one-word part is tested as it is)
    heads_before = [0]
    for w in words:
        heads_before.append(
            heads_before[-1] + (w in _HEADS or (w[-1] in ",." and w[:-1] in _HEADS))
        )
    for i in sorted(starts):
        if i >= n or not words[i][0].isupper():
            continue
        for j in ordered_ends:
            if i < j and (i, j) != (0, n):
                part = words[i:j]
                if heads_before[j] > heads_before[i] if j - i > 1 else _org_like(part):
                    left = words[i - 1].lower() if i else None
                    right = words[j].lower() if j < n else poss
                    out.append((" ".join(part), "part", left, right))
    return tuple(out)


def _cut_modifier(run: str, part: str) -> bool:
    """`part` starts with a head noun that a capitalised word of the same run modifies:
    "School of Nursing" out of "Yale School of Nursing" is a department without its
    institution (docs/corpus.md 'Provider': the name as the page writes it in full)."""
    first = part.split(" ", 1)[0]
    if first not in _HEADS:
        return False
    before = run[: run.find(part)].split()
    return bool(before) and before[-1][:1].isupper() and before[-1] not in _CONN_WORDS


def _context(raw: str, start: int, end: int) -> tuple[str, str]:
    """The words either side of a name, when they are lower-case words (a verb, a
    preposition: "offered by X", "X presents", "at X"); "^"/"$" at the line's ends."""
    head = raw[:start].rstrip()
    tail = raw[end:].lstrip()
    b = _LAST_WORD.search(head)
    a = _FIRST_WORD.match(tail)
    before = "^" if not head else b.group(1) if b else "_"
    after = "$" if not tail else a.group(1) if a else "_"
    return before, after


def candidates(segs: list[Segment], rule: dict[str, Any] | None = None) -> list[Candidate]:
    """Every candidate of a listing's segments, in order of first appearance."""
    found: dict[str, Candidate] = {}
    n = len(segs)

    place: tuple[str, ...] = ()

    def add(raw: str, i: int, seg: Segment, how: str, extra: tuple[str, ...] = ()) -> None:
        name = _tidy(raw)
        if not (2 <= len(name) <= 120) or not name[0].isalnum():
            return
        variants = [name]
        m = _PAREN_ACR.search(name) if name[-1] == ")" else None
        if m:  # "Name (ACR)": the name and the acronym are candidates (labels drop "(ACR)")
            variants = [name[: m.start()].strip(), m.group(1)]
        for v in variants:
            c = found.get(v)
            if c is None:
                c = found[v] = Candidate(v)
            c.hows.add(how)
            c.feats.update(extra)
            c.feats.update(place)
            c.count += 1
            if i < c.first:
                c.first = i
            if seg.lines[0] not in c.lines:
                c.lines.append(seg.lines[0])

    for i, seg in enumerate(segs):
        raw = seg.raw.strip()
        place = (f"key={seg.key or seg.heading_key or '-'}", f"under={seg.under or '-'}")
        if seg.key == "provider" and seg.text.strip():
            add(seg.text.strip().rstrip("."), i, seg, "keyed")
        for men in provider_mentions(raw):
            add(men.org, i, seg, f"cue={men.how}")
            add(men.org, i, seg, "cue_first" if men.order == 0 else "cue_later")
        top, bottom = i < EDGE, i >= n - EDGE
        where = "top" if top else "bottom" if bottom else "body"
        prev_end, prev_span = -1, ""
        for m in _SPAN.finditer(raw, 0, SPAN_CHARS):
            run, start, stop = m.group(0), m.start(), m.end()
            if ". " in run:  # a sentence ends inside the run ("... University. He is"): cut
                cut = _SENT_END.search(run)
                if cut:
                    run, stop = run[: cut.start()], start + cut.start()
            words = run.replace(",", " ").split()
            if _HEADS.isdisjoint(words) and not _SHORT_NAME.search(run):
                continue  # no head noun and no acronym in the run: no organisation in it
            before, after = _context(raw, start, stop)
            for span, how, left, right in _pieces(run):
                ctx: tuple[str, ...] = (f"before={left or before}", f"after={right or after}")
                if how == "part" and left and _cut_modifier(run, span):
                    ctx += ("cut_modifier",)
                add(span, i, seg, f"{how}_{where}", ctx)
            if _AFTER_ACR.match(raw, stop):  # "Name (ACR)": the name is introduced
                add(run, i, seg, "introduced")
            if prev_span and raw[prev_end:start] == ", ":  # "Dept of X, University Y"
                add(f"{prev_span}, {run}", i, seg, f"comma_{where}")
            prev_end, prev_span = stop, run
        cm = _COPYRIGHT.search(raw) if len(raw) <= 300 else None
        if cm:
            add(cm.group("org"), i, seg, "copyright")
        words = raw.split()
        if (top or bottom or seg.heading) and 1 <= len(words) <= 8 and not raw.endswith("."):
            add(raw, i, seg, "line_heading" if seg.heading else f"line_{where}")
    rule = rule or {}
    ruled = " ".join(str(rule.get("provider") or "").split())
    title = " ".join(str(rule.get("title") or "").split())
    out = list(found.values())
    joined = "\n".join(c.name for c in out)
    shapes = [_shape(c.name) for c in out]  # once per candidate: the cache overflows on a corpus
    popular = sorted(
        (c for c, shape in zip(out, shapes, strict=True) if _named(shape)),
        key=lambda c: (-len(c.lines), c.first),
    )
    top_names = [c.name for c in popular[:2]]
    inits = {c.name: _initials(c.name) for c in out}
    initials = {inits[c.name] for c in out if " " in c.name}
    acronyms = {c.name for c, shape in zip(out, shapes, strict=True) if "acronym" in shape}
    last = max(n, 1)
    for c, shape in zip(out, shapes, strict=True):
        name, feats, first = c.name, c.feats, c.first
        feats.update(shape)
        feats.add(_SEGS[min(len(c.lines), 5)])
        if name in top_names:
            feats.add(_MOST[top_names.index(name)])
        pos = first / last
        feats.add(
            "pos=0"
            if first < 3
            else "pos=q1"
            if pos < 0.25
            else "pos=q2"
            if pos < 0.5
            else "pos=q3"
            if pos < 0.75
            else "pos=q4"
        )
        if ruled:
            if name == ruled:
                feats.add("rule=same")
            elif name in ruled:
                feats.add("rule=inside")
            elif ruled in name:
                feats.add("rule=around")
        if title and name in title:
            feats.add("title_start" if title.startswith(name) else "in_title")
        if name in initials:
            feats.add("acronym_of_other")
        if inits[name] in acronyms:
            feats.add("has_acronym")
        # a second occurrence not overlapping the first (as `joined.count(name) > 1` says)
        if joined.find(name, joined.find(name) + len(name)) >= 0:
            feats.add("in_longer")
        for f in c.hows:
            feats.update(_crossed(f, shape))
    return out


def null_features(cands: list[Candidate], rule: dict[str, Any] | None = None) -> set[str]:
    """Features of the choice "no provider": what the page as a whole offers."""
    feats = {"null"}
    kinds = {f.split("=")[0].split("_")[0] for c in cands for f in c.hows}
    for k in ("cue", "keyed", "copyright", "span", "line"):
        feats.add(f"null&has_{k}={k in kinds}")
    feats.add(f"null&cands={min(len(cands), 10) // 3}")
    feats.add(f"null&rule={bool((rule or {}).get('provider'))}")
    return feats
