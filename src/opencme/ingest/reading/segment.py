"""Listing text -> segments: the units the reader tags, each with its source line numbers.

Why segments and not raw lines: pages glue several fields onto one line (` | `, ` • `,
`Release Date: ... Expires: ...`), put a key alone on one line and its value on the next, or
use a lone bullet character as its own line. Segmentation undoes those layouts generically so
the tagger sees one field per unit. Known keys come from `parsing.layouts.KEY_ALIASES`; a
colon after anything else (a title such as "Opioids: safer prescribing") is not a key.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from opencme.ingest.parsing.layouts import KEY_ALIASES, norm_key
from opencme.ingest.parsing.text import clean_text, html_to_text, looks_like_html

_GLUE = re.compile(r"\s+(?:\||--|•|·|–\s—)\s+")
_BULLET = re.compile(r"^\s*(?:[•▪●◦‣∙·*–-]|\(?\d{1,2}[.)]|[a-h][.)])\s+")
_LONE_MARK = re.compile(r"^\s*[•▪●◦‣∙·*–-]\s*$")
_KEY = re.compile(r"^(?P<key>[^:]{1,50}?)\s*:\s*(?P<value>.*)$")
_END_PUNCT = (".", ",", ";", ":", "!", "?")
_MAX_KEY_WORDS = 6
_WORD_RUN = re.compile(r"\S+")
_NOT_KEY = re.compile(r"[.;,!?\d]")  # a line's own key holds none of these


@dataclass(slots=True)
class Segment:
    """One unit of a listing: `text` is the value (key and bullet removed)."""

    lines: tuple[int, ...]
    text: str
    raw: str
    key: str | None = None  # canonical key when the segment is `Key: value` with a known key
    bullet: bool = False
    numbered: bool = False
    heading: bool = False
    heading_key: str | None = None  # canonical key of a heading that is a known key
    under: str | None = None  # heading_key of the nearest heading above ("unk" if unknown)
    piece: int = 0  # index of the piece within its source line (glued runs)


def listing_text(raw: str) -> str:
    """The text line numbers count in: HTML turned into text, else cleaned text."""
    return html_to_text(raw) if looks_like_html(raw) else clean_text(raw)


def _known(key: str) -> str | None:
    return KEY_ALIASES.get(norm_key(key)) if key and len(key) <= 50 else None


def _split_keys(text: str) -> list[str]:
    """Split before a known key that starts mid-line (`... 2027 Expires: ...`)."""
    if ":" not in text:
        return [text]  # every cut is before a colon
    cuts: list[int] = []
    # where the words of `text` start: the words of a head before a colon start at the same
    # places (a word the colon cuts keeps its start), so they are found once, not per colon
    word_starts: list[int] | None = None
    colon = text.find(":")
    n = -1
    while colon >= 0:
        n += 1
        head = text[:colon]
        colon = text.find(":", colon + 1)
        if n == 0 and len(head.split()) <= _MAX_KEY_WORDS and not _NOT_KEY.search(head):
            continue  # the line's own key, known or not, starts the line
        if word_starts is None:
            word_starts = [w.start() for w in _WORD_RUN.finditer(text)]
        starts = word_starts[: bisect_left(word_starts, len(head))][-_MAX_KEY_WORDS:]
        for s in starts:
            cand = head[s:]
            if s > 0 and cand[:1].isupper() and _known(cand):
                cuts.append(s)
                break
    if not cuts:
        return [text]
    out, prev = [], 0
    for c in cuts:
        if text[prev:c].strip():
            out.append(text[prev:c].strip())
        prev = c
    out.append(text[prev:].strip())
    return [p for p in out if p]


def _glued(line: str) -> bool:
    """Whether `line` may hold a `_GLUE` separator: every one holds one of these characters
    (most lines hold none, and need no split)."""
    return "|" in line or "•" in line or "·" in line or "–" in line or "--" in line


def _pieces(line: str) -> list[str]:
    out: list[str] = []
    for part in _GLUE.split(line) if _glued(line) else (line,):
        out.extend(_split_keys(part.strip()))
    return [p for p in out if p.strip(" |")]


def _make(no: int, piece: str, idx: int) -> Segment:
    seg = Segment(lines=(no,), text=piece, raw=piece, piece=idx)
    m = _BULLET.match(piece)
    if m:
        seg.bullet = True
        seg.numbered = any(c.isdigit() for c in m.group(0)) or m.group(0).strip()[:1].isalpha()
        seg.text = piece[m.end() :].strip()
    k = _KEY.match(seg.text) if ":" in seg.text else None
    if k:
        canon = _known(k.group("key"))
        if canon:
            seg.key = canon
            seg.text = k.group("value").strip()
            if not seg.text:
                seg.heading_key = canon
    elif not seg.bullet:
        canon = _known(seg.text)
        if canon:
            seg.heading_key = canon
    return seg


def segment(text: str) -> list[Segment]:
    """Segments of listing text already made plain by `listing_text`."""
    segs: list[Segment] = []
    pending_bullet = False
    prev_no = -1
    for no, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip()
        if not stripped:
            continue
        if _LONE_MARK.match(stripped):
            pending_bullet = True
            continue
        last = segs[-1] if segs else None
        if last is not None and prev_no == no - 1 and _continues(last, stripped):
            # a line wrapped mid-sentence (PDF text): the next line goes on in lower case
            last.text += " " + stripped
            last.raw += " " + stripped
            last.lines += (no,)
            prev_no = no
            continue
        prev_no = no
        for idx, piece in enumerate(_pieces(stripped)):
            seg = _make(no, piece, idx)
            if pending_bullet and idx == 0:
                seg.bullet = True
            segs.append(seg)
        pending_bullet = False
    segs = _attach_values(segs)
    _mark_headings(segs)
    return segs


def _continues(last: Segment, line: str) -> bool:
    return (
        line[:1].islower()
        and " " in line
        and last.key is None
        and not last.heading_key
        and len(last.text) >= 30
        and not last.text.endswith((".", ":", "!", "?", ";", "|"))
        and not _BULLET.match(line)
        and ":" not in line[:40]
    )


def _attach_values(segs: list[Segment]) -> list[Segment]:
    """A lone key followed by one short value segment becomes one `Key: value` segment."""
    out: list[Segment] = []
    i = 0
    while i < len(segs):
        seg = segs[i]
        nxt = segs[i + 1] if i + 1 < len(segs) else None
        after = segs[i + 2] if i + 2 < len(segs) else None
        if (
            seg.heading_key
            and nxt is not None
            and not nxt.bullet
            and nxt.key is None
            and nxt.heading_key is None
            and (after is None or after.key or after.heading_key or after.bullet is False)
            and len(nxt.text) <= 200
            and (after is None or after.key is not None or after.heading_key is not None)
        ):
            out.append(
                Segment(
                    lines=seg.lines + nxt.lines,
                    text=nxt.text,
                    raw=seg.raw + " " + nxt.raw,
                    key=seg.heading_key,
                    piece=seg.piece,
                )
            )
            i += 2
            continue
        out.append(seg)
        i += 1
    return out


def _mark_headings(segs: list[Segment]) -> None:
    under: str | None = None
    last = len(segs) - 1
    for i, seg in enumerate(segs):
        text = seg.text
        if seg.heading_key or (
            i < last  # a heading has something under it
            and len(text) <= 60
            and seg.key is None
            and not seg.bullet
            and not text.endswith(_END_PUNCT)
            and (segs[i + 1].bullet or len(segs[i + 1].text) > 2 * max(len(text), 20))
            and len(text.split()) <= 8
        ):
            seg.heading = True
            seg.under = under
            under = seg.heading_key or "unk"
            continue
        seg.under = under
