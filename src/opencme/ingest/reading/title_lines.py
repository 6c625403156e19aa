"""A learned check of the title's line: does it read like a title at all?

On sites no rule was written against, the rules' title is right about four times in ten, and a
good part of the misses are lines that are no title of anything: a section heading
("Accreditation", "Learning Objectives"), an address, a schedule line, a provider number, an
archive or category line, an organisation's name. Each site's page furniture is its own, so
rules written from other pages' furniture miss it; its words are shared, so a model of lines
learns them. This one is a logistic regression over a line's lower-cased words and word pairs,
its place among the page's lines, its shape and its page (the line said again, its words used
again, blank lines around it, the first line in title case: on the calibration listings, read
by folds of sites, title F1 0.553 -> 0.562), trained by `opencme train-parser` on the corpus
(a line is a title line when it holds the label's title and little else). `combine` drops the
title when its line (the title line holding it; a title read from inside a sentence has none
and is not judged) scores below a threshold chosen on the calibration listings (pages of sites
no rule was written for: on the corpus the rules find odd titles they were written for, and no
threshold gains), so the draft says "no title read" instead of a wrong one. A title kept has
its confidence averaged with its line's score on the log-odds scale (on the calibration
listings the title's confidence alone told right from wrong no better than chance: AUC 0.49;
with the line's score, 0.65 among the titles kept). The unseen curve is fitted with the check
in place.

Where no title is left (the rules read none, or the check dropped theirs), the line that looks
most like a title is proposed when its score reaches a second threshold chosen on the
calibration listings: of the thresholds within `list_spans.CLOSE` title F1 of the best there,
the highest (a wrong title costs a reader more than a missing one, which the import page asks
for; none gained: never). A line another field was read from is no candidate (an
organisation's name read as the provider).
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from typing import Any

from opencme.ingest.parsing.draft import Diagnostic, Draft
from opencme.ingest.reading import linear

KEY = "_title_lines"
NOTE = "read as the title from how the line looks (the learned title reader)"
FURNITURE = "reads like part of the page (a heading, an address, a schedule line), not a title"
MAX_LINES = 80  # a title stands near the top; a page's first lines are its candidates
_TOK = re.compile(r"[a-z]+|\d+")
_WORD = re.compile(r"[A-Za-z]+")
_POS_EDGES = (0, 1, 2, 4, 8, 16, 32)
_LEN_EDGES = (1, 2, 3, 5, 8, 12, 20, 40)
_L2 = 1.0
_POSITIVE_WEIGHT = 5.0  # about one line in twenty-two is a title line
_KEEP = 0.05  # weights smaller than this are left out of the shipped model
_THRESHOLDS = (0.002, 0.005, 0.01, 0.02, 0.03, 0.05)
_PROPOSE = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def _norm(s: str) -> str:
    return " ".join(s.split()).lower()


def _candidates(listing: str) -> list[tuple[int, str]]:
    """The page's first lines that could hold a title (not blank, 3 to 200 characters), with
    their numbers in the listing's text (`segment.listing_text`, as the import page counts)."""
    lines = ((no, ln.strip()) for no, ln in enumerate(listing.split("\n"), 1))
    return [(no, ln) for no, ln in lines if 3 <= len(ln) <= 200][:MAX_LINES]


@functools.lru_cache(maxsize=2)  # the check and the proposal read the same page
def page_lines(text: str) -> tuple[tuple[int, str, tuple[str, ...]], ...]:
    """Each candidate line as (number, text, features): its own (`features`) and the page's
    context (`_context`)."""
    from opencme.ingest.reading.segment import listing_text

    listing = listing_text(text)
    page = _norm(listing)
    cands = _candidates(listing)
    out = []
    capped_yet = False
    for i, (no, line) in enumerate(cands):
        f = features(line, i)
        f += _context(line, page)
        # a blank line above or below it (a heading stands apart; a line of a block does not)
        above = i == 0 or cands[i - 1][0] < no - 1
        below = i == len(cands) - 1 or cands[i + 1][0] > no + 1
        f.append(f"gap={above:d}{below:d}")
        if not capped_yet and len(line.split()) >= 2 and ("caps=all" in f or "caps=most" in f):
            f.append("firstcaps")  # the page's first line in title case
            capped_yet = True
        out.append((no, line, tuple(f)))
    return tuple(out)


def _context(line: str, page: str) -> list[str]:
    """Whether the page says the line again (a title is repeated: a breadcrumb, an image's
    caption, "About …"), and how many of its longer words the rest of the page uses (a
    title's words come back in the description and the objectives; a navigation line's do
    not). `page`: the page's text, lower-cased, its spaces collapsed."""
    toks = _TOK.findall(line.lower())
    if len(toks) < 2:
        return []
    own = _norm(line)
    f = ["again" if page.count(own) > 1 else "once"]
    content = [t for t in toks if len(t) >= 4]
    if content:
        # the page without the line's first place on it, searched in two parts (no copy)
        at = page.find(own)
        end = at + len(own) if at != -1 else 0
        at = at if at != -1 else 0
        share = sum(page.find(t, 0, at) != -1 or page.find(t, end) != -1 for t in content)
        f.append("echo=" + _share(share / len(content)))
    return f


def _share(x: float) -> str:
    return "all" if x == 1 else "most" if x >= 0.5 else "some" if x else "none"


# the date a stored copy of a page sets before its first line ("date 2031-07-27 <headline>"):
# no word of the line (parsing.description_news reads it so)
_STORED_DATE = re.compile(r"^\s*date\s+\d{4}-\d\d-\d\d\s+")


def features(line: str, index: int) -> list[str]:
    """The line's words and word pairs, its place among the candidates, its shape."""
    line = _STORED_DATE.sub("", line)
    toks = _TOK.findall(line.lower())
    f = [
        "bias",
        "pos=" + linear.bucket(index, _POS_EDGES),
        "len=" + linear.bucket(len(toks), _LEN_EDGES),
    ]
    f += ["w=" + t for t in toks]
    f += ["b=" + a + "_" + b for a, b in itertools.pairwise(toks)]
    if toks:
        f += ["first=" + toks[0], "last=" + toks[-1]]
    if line[:1].isdigit():
        f.append("startdigit")
    if any(c.isdigit() for c in line):
        f.append("hasdigit")
    end = line.rstrip()[-1:]
    f.append("end=" + (end if end in ".:;,?!)|" else "alnum" if end.isalnum() else "other"))
    words = _WORD.findall(line)
    if words:
        caps = sum(w[0].isupper() for w in words) / len(words)
        f.append(
            "caps="
            + ("all" if caps == 1 else "most" if caps > 0.6 else "some" if caps > 0.2 else "few")
        )
    if line.isupper():
        f.append("upper")
    if ":" in line:
        f.append("colon")
    return sorted(set(f))


def is_title_line(line: str, title: str | None) -> bool:
    """The line holds the title and little else (the label's title, for training)."""
    return (
        bool(title)
        and _norm(title or "") in _norm(line)
        and len(line) <= len(title or "") * 1.6 + 15
    )


def fit(pages: list[tuple[str, str | None]]) -> dict[str, float]:
    """Weights of the line model from (text, label title) pairs: L2-penalised logistic
    regression, title lines weighted up (they are few)."""
    rows: list[list[str]] = []
    ys: list[float] = []
    for text, title in pages:
        for _no, line, f in page_lines(text):
            rows.append(list(f))
            ys.append(1.0 if is_title_line(line, title) else 0.0)
    return linear.fit(rows, ys, l2=_L2, positive_weight=_POSITIVE_WEIGHT, keep=_KEEP)


def title_line(weights: dict[str, float], text: str, title: str) -> tuple[float, int, str] | None:
    """The score, number and text of the first candidate line that is the title's line (holds
    it and little else, as in training), or None: a title the rules read from inside a
    sentence stands on no title line, and that line's look says nothing of it (on the corpus
    25 right titles read from inside longer lines were dropped as furniture)."""
    want = _norm(title)
    for no, line, f in page_lines(text):
        if want in _norm(line) and is_title_line(line, title):
            return linear.score(weights, f), no, line
    return None


def title_score(weights: dict[str, float], text: str, title: str) -> float | None:
    found = title_line(weights, text, title)
    return None if found is None else found[0]


def check(draft: Draft, model: dict[str, Any]) -> None:
    """Drop the draft's title, in place, when its line reads like page furniture: the line is
    then marked not understood, with the reason."""
    title = draft.record.get("title")
    found = title_line(model["weights"], draft.text, title) if title else None
    if found is None:
        return
    line_score, no, line = found
    if line_score >= model["below"]:
        conf = draft.confidence.get("title")
        if conf is not None:  # the line's look says how likely a title is, as the way it was read
            draft.confidence["title"] = round(_blend(conf, line_score), 4)
        return
    draft.record["title"] = None
    draft.confidence.pop("title", None)
    draft.diagnostics = [
        d for d in draft.diagnostics if not (d.field == "title" and d.status == "used")
    ]
    draft.diagnostics.append(Diagnostic("title", no, line, "not_understood", FURNITURE))


def best_line(
    weights: dict[str, float], text: str, skip: frozenset[int] = frozenset()
) -> tuple[float, int, str] | None:
    """The score, number and text of the candidate line likeliest to be a title (the first of
    equals), leaving out the lines numbered in `skip`."""
    best: tuple[float, int, str] | None = None
    for no, line, f in page_lines(text):
        if no in skip:
            continue
        s = linear.score(weights, f)
        if best is None or s > best[0]:
            best = (s, no, line)
    return best


def proposal(weights: dict[str, float], draft: Draft) -> tuple[float, int, str, str] | None:
    """The likeliest title line no other field was read from, as (score, number, line,
    title): the title is the line as `clean_title` leaves it."""
    from opencme.ingest.parsing.title_clean import clean_title

    others = frozenset(
        d.line for d in draft.diagnostics if d.status == "used" and d.field != "title"
    )
    found = best_line(weights, draft.text, others)
    if found is None:
        return None
    title = clean_title(found[2])
    return (*found, title) if title else None


def propose(draft: Draft, model: dict[str, Any]) -> None:
    """Where the draft has no title, the likeliest title line from the model's threshold on,
    in place, marked as read by this reader."""
    at = model.get("propose")
    if at is None or draft.record.get("title"):
        return
    found = proposal(model["weights"], draft)
    if found is None or found[0] < at:
        return
    line_score, no, line, title = found
    draft.record["title"] = title
    draft.confidence["title"] = round(line_score, 4)
    draft.diagnostics.append(Diagnostic("title", no, line, "used", NOTE))


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def _blend(confidence: float, line_score: float) -> float:
    """The mean of the two on the log-odds scale."""
    return 1.0 / (1.0 + math.exp(-(_logit(confidence) + _logit(line_score)) / 2))


def threshold(scored: list[tuple[float, bool]], wanted: int) -> float:
    """The threshold under which dropping a title gains most title F1: `scored` holds each
    read title's score (by weights not trained on its page) and whether it was right, `wanted`
    how many pages state a title. No gain: 0 (never drop)."""
    right = sum(ok for _s, ok in scored)
    best, best_f1 = 0.0, _f1(right, len(scored), wanted)
    for t in _THRESHOLDS:
        kept = [(s, ok) for s, ok in scored if s >= t]
        f1 = _f1(sum(ok for _s, ok in kept), len(kept), wanted)
        if f1 > best_f1 + 1e-9:
            best, best_f1 = t, f1
    return best


def _f1(tp: int, read: int, wanted: int) -> float:
    p = tp / read if read else 1.0
    r = tp / wanted if wanted else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


def train(
    examples: list[tuple[str, dict[str, Any]]], unseen: list[tuple[str, dict[str, Any], str]]
) -> dict[str, Any]:
    """The shipped check: weights from every corpus example; the threshold where dropping the
    rules' titles it scores low gains most title F1 on the calibration listings (sites no rule
    was written against, as the confidence curve is fitted on), and the threshold from which
    a line is proposed where no title is left (`propose_threshold`, on the same listings). On
    the corpus, whose titles the rules were written for, no threshold gains: without
    calibration listings the check never drops a title and nothing is proposed."""
    from opencme.ingest.parsing.parser import parse_rules
    from opencme.ingest.reading.score import correct

    weights = fit([(t, r.get("title")) for t, r in examples])
    if not unseen:
        return {"weights": weights, "below": 0.0}
    read = []  # each calibration draft, its label's title and the score of its title's line
    for text, record, _site in unseen:
        draft = parse_rules(text)
        got = draft.record.get("title")
        read.append((draft, record.get("title"), title_score(weights, text, got) if got else None))
    scored = [(s, correct("title", d.record["title"], w)) for d, w, s in read if s is not None]
    wanted = sum(1 for _d, want, _s in read if want)
    below = threshold(scored, wanted)
    kept: list[bool] = []  # whether each title the check keeps is right
    offered: list[tuple[float, bool]] = []  # each proposal's score and whether it is right
    for draft, want, s in read:
        got = draft.record.get("title")
        if got and (s is None or s >= below):
            kept.append(correct("title", got, want))
        elif (found := proposal(weights, draft)) is not None:
            offered.append((found[0], correct("title", found[3], want)))
    model: dict[str, Any] = {"weights": weights, "below": below}
    at = propose_threshold(kept, offered, wanted)
    if at is not None:
        model["propose"] = at
    return model


def propose_threshold(
    kept: list[bool], offered: list[tuple[float, bool]], wanted: int
) -> float | None:
    """The threshold from which proposing a line gains title F1: `kept` says of each title
    kept whether it is right, `offered` holds the best line's score and whether it is right on
    each page left without one. Of the thresholds within `list_spans.CLOSE` of the best F1,
    the highest; None (never propose) when none gains."""
    from opencme.ingest.reading.list_spans import CLOSE

    base = _f1(sum(kept), len(kept), wanted)
    f1s = {}
    for t in _PROPOSE:
        taken = [ok for s, ok in offered if s >= t]
        f1s[t] = _f1(sum(kept) + sum(taken), len(kept) + len(taken), wanted)
    best = max(f1s.values(), default=base)
    if best <= base + 1e-9:
        return None
    return max(t for t, f1 in f1s.items() if f1 >= best - CLOSE and f1 > base + 1e-9)
