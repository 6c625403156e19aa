"""What the learned readers of list fields share: places on the page, the words around them,
and adding to the rules' list what a model finds likely enough.

A list field (the faculty, the audience) is read by the rules first; a reader of its own
(`faculty_spans`, `audience_spans`) finds every place on the page where an item could stand,
each with one or more forms (a name with and without its letters; a profession with one, two
or more of the words before it), scores each form by a logistic regression over features
(`context` gives the words beside it, the short line above it and its line's length), and
`check` adds to the rules' list the likeliest form of each place the model finds likely
enough, unless the list names it already. The threshold is chosen by `train` on the
calibration listings (sites no rule was written against) among those that keep the corpus's
field, read out of fold, at the issue's target (or where the rules leave it when under it).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from opencme.ingest.parsing.draft import Diagnostic, Draft

MAX_LINES = 600
NEVER = 1.01
ADD = (0.95, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3)  # an item is added from this probability
FLOOR = 0.85  # the target for every field, on the corpus
CLOSE = 0.01  # F1 on the calibration listings closer than this to the best is as good
_WORD = re.compile(r"[a-z]+|\d+")
_LEN_EDGES = (3, 6, 10, 20, 40)
_WINDOW = 120

Weights = dict[str, float]
Found = list[tuple[float, str, "Place"]]
Described = list[tuple["Place", list[tuple[str, list[str]]]]]  # each place, each form's features
# a form's features: (place, form, start, end, places on its line, times the page has it)
Features = Callable[["Place", str, int, int, int, int], list[str]]
Row = tuple[list[str], list[tuple[float, str]], list[str]]  # the rules' list, found, the label


@dataclass(slots=True)
class Place:
    no: int  # the line's number in the listing's text
    index: int  # its place among the page's non-blank lines
    line: str
    start: int
    above: str  # the non-blank line before it, when short (a heading)
    forms: list[tuple[str, int, int]] = field(default_factory=list)  # form, start, end


def norm(s: str) -> str:
    return " ".join(s.split())


def lines(text: str) -> list[tuple[int, int, str, str]]:
    """The page's non-blank lines (number in the listing's text, index among them, the line,
    the line above it when short)."""
    from opencme.ingest.reading.segment import listing_text

    numbered = enumerate(listing_text(text).split("\n"), 1)
    kept = [(no, ln) for no, ln in numbered if ln.strip()][:MAX_LINES]
    out = []
    for index, (no, line) in enumerate(kept):
        above = kept[index - 1][1].strip() if index else ""
        out.append((no, index, line, above if len(above.split()) <= 5 else ""))
    return out


def context(place: Place, start: int, end: int) -> set[str]:
    """The words and marks beside the span [start, end) of the place's line, the words of the
    line above, the line's length."""
    from opencme.ingest.reading import linear

    f = set()
    # three words either side stand well within this many characters of a line
    before = place.line[max(0, start - _WINDOW) : start]
    after = place.line[end : end + _WINDOW]
    left = _WORD.findall(before.lower())[-3:]
    right = _WORD.findall(after.lower())[:3]
    if left:
        f.add("l1=" + left[-1])
    if len(left) > 1:
        f.add("l2=" + left[-2] + "_" + left[-1])
    f.update("lw=" + w for w in left)
    if right:
        f.add("r1=" + right[0])
    f.update("rw=" + w for w in right)
    b, a = before.strip(), after.strip()
    f.add("lmark=" + (b[-1:] if b and not b[-1:].isalnum() else "word" if b else "start"))
    f.add("rmark=" + (a[:1] if a and not a[:1].isalnum() else "word" if a else "end"))
    f.update("above=" + w for w in _WORD.findall(place.above.lower())[:5])
    if not place.above:
        f.add("above=none")
    f.add("linelen=" + linear.bucket(len(place.line.split()), _LEN_EDGES))
    return f


def described(places: list[Place], features: Features, flat: str) -> Described:
    """Each place with each form's features (`flat`: the page's text the forms are counted in)."""
    per_line = Counter(p.no for p in places)
    return [
        (
            p,
            [
                (form, features(p, form, start, end, per_line[p.no], flat.count(form)))
                for form, start, end in p.forms
            ],
        )
        for p in places
    ]


def fit(
    pages: list[tuple[str, list[str]]],
    describe: Callable[[str], Described],
    key: Callable[[str], str],
    *,
    l2: float,
    positive_weight: float,
    keep: float,
) -> Weights:
    """Weights of a list reader from (text, label list) pairs: a form is positive when the
    label holds it (each compared by `key`)."""
    from opencme.ingest.reading import linear

    rows: list[list[str]] = []
    ys: list[float] = []
    for text, items in pages:
        want = {key(x) for x in items}
        for _place, forms in describe(text):
            for form, f in forms:
                rows.append(f)
                ys.append(1.0 if form in want else 0.0)
    return linear.fit(rows, ys, l2=l2, positive_weight=positive_weight, keep=keep)


def likeliest(
    weights: Weights, described: list[tuple[Place, list[tuple[str, list[str]]]]]
) -> Found:
    """The likelier form of each place, with its probability; a form found at several places
    once, at its likeliest."""
    from opencme.ingest.reading import linear

    best: dict[str, tuple[float, str, Place]] = {}
    for place, forms in described:
        p, form = max((linear.score(weights, f), form) for form, f in forms)
        if form not in best or p > best[form][0]:
            best[form] = (p, form, place)
    return sorted(best.values(), key=lambda t: (-t[0], t[1]))


def added(got: list[str], found: list[tuple[float, str]], threshold: float) -> list[str]:
    """The rules' list and, after it, each form found likely enough that the list does not
    hold already (in any form: neither holds the other)."""
    out = list(got)
    seen = [norm(g) for g in got]
    for p, form in found:
        if p < threshold:
            continue
        if any(form in s or s in form for s in seen):
            continue
        out.append(form)
        seen.append(form)
    return out


def check(
    draft: Draft,
    model: dict[str, Any],
    *,
    field: str,
    found: Callable[[Weights, str], Found],
    note: str,
) -> None:
    """In place: add the forms the model finds likely enough to the draft's list `field`."""
    if model["add"] >= NEVER:
        return
    got = list(draft.record.get(field) or [])
    places = found(model["weights"], draft.text)
    new = added(got, [(p, form) for p, form, _pl in places], model["add"])
    if len(new) == len(got):
        return
    draft.record[field] = new
    by_form = {form: (p, place) for p, form, place in places}
    for form in new[len(got) :]:
        place = by_form[form][1]
        draft.diagnostics.append(Diagnostic(field, place.no, place.line.strip(), "used", note))
    # the whole list is right only when each added item is: the least likely one bounds it
    least = min(by_form[form][0] for form in new[len(got) :])
    draft.confidence[field] = round(min(draft.confidence.get(field, 1.0), least), 4)


def f1(rows: Sequence[Row], threshold: float, field: str) -> float:
    from opencme.ingest.reading.score import compare

    tp = fp = fn = 0
    for got, found, want in rows:
        a, b, c = compare(field, added(got, found, threshold), want)
        tp, fp, fn = tp + a, fp + b, fn + c
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def threshold(unseen: Sequence[Row], corpus: Sequence[Row], field: str) -> float:
    """The threshold that gains most F1 of `field` on `unseen` while the corpus's, read out
    of fold, stays at the target (or where the rules leave it when under). Thresholds within
    `CLOSE` of the best gain on `unseen` are as good (a few pages' difference): of those, the
    one the corpus reads best. No gain: never."""
    floor = min(FLOOR, f1(corpus, NEVER, field))
    never = f1(unseen, NEVER, field)
    allowed = [(f1(unseen, t, field), t) for t in ADD if f1(corpus, t, field) >= floor - 1e-9]
    gains = [(score, t) for score, t in allowed if score > never + 1e-9]
    if not gains:
        return NEVER
    best = max(score for score, _t in gains)
    close = [t for score, t in gains if score >= best - CLOSE - 1e-9]
    return max(close, key=lambda t: (f1(corpus, t, field), t))


def train(
    examples: list[tuple[str, dict[str, Any]]],
    unseen: list[tuple[str, dict[str, Any], str]],
    groups: list[str] | None,
    *,
    field: str,
    fit: Callable[[list[tuple[str, list[str]]]], Weights],
    found: Callable[[Weights, str], Found],
) -> tuple[dict[str, Any], list[Weights]]:
    """Weights from every corpus and calibration example, and by calibration fold
    (`crossfit`); the threshold by `threshold`, on the calibration listings and the corpus,
    each read out of fold (folds by site, by `groups` in the corpus). Without calibration
    listings it adds nothing."""
    from opencme.ingest.parsing.parser import parse_rules
    from opencme.ingest.reading.crossfit import fits

    def row(weights: Weights, text: str, want: list[str]) -> Row:
        got = list(parse_rules(text).record.get(field) or [])
        return got, [(p, form) for p, form, _pl in found(weights, text)], list(want)

    pages = [(t, list(r.get(field) or [])) for t, r in examples]
    if not unseen:
        return {"weights": fit(pages), "add": NEVER}, []
    held = [(t, list(r.get(field) or [])) for t, r, _site in unseen]
    both = fits(
        fit, pages, groups or [str(i) for i in range(len(pages))], held, [s for *_x, s in unseen]
    )
    cal = both.held_rows(lambda w, i: row(w, *held[i]), len(held))
    corpus = both.corpus_rows(lambda w, i: row(w, *pages[i]), len(pages))
    return {"weights": both.weights, "add": threshold(cal, corpus, field)}, both.held


@dataclass(frozen=True, slots=True)
class Reader:
    """One list field's learned reader: what `combine` checks a draft with and `train-parser`
    trains (`found` scores a page's places, `fit` learns weights from labelled pages)."""

    field: str
    note: str
    found: Callable[[Weights, str], Found]
    fit: Callable[[list[tuple[str, list[str]]]], Weights]

    def check(self, draft: Draft, model: dict[str, Any]) -> None:
        """In place: add the forms the model finds likely enough to the draft's list."""
        check(draft, model, field=self.field, found=self.found, note=self.note)

    def train(
        self,
        examples: list[tuple[str, dict[str, Any]]],
        unseen: list[tuple[str, dict[str, Any], str]],
        groups: list[str] | None = None,
    ) -> tuple[dict[str, Any], list[Weights]]:
        """The model and its weights by calibration fold (`train`)."""
        return train(examples, unseen, groups, field=self.field, fit=self.fit, found=self.found)
