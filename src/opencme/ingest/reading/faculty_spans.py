"""A learned reading of the faculty: which people named on the page teach the activity.

On sites no rule was written against the rules find about four in ten of the people a page
names as its faculty; most misses are people in lines no rule reads (a list under a heading of
the site's own words, names in a sentence, a card of name and post). The people themselves are
easy to find, a name with its honorific or post-nominal letters (`people.PERSON`, the rules'
own reading of a person); which of them teach is what the words around them say ("presented
by", a heading "Our speakers" above, "Chair" after), and those words are shared across sites.
Candidates are every person the pattern finds, with and without the letters after the name;
each is described by its shape (words, honorific, which letters), the words beside it, the
short line above it, how many people share its line and where it stands. A logistic
regression over those features is trained by `opencme train-parser` on the corpus (a candidate
is positive when the label's faculty names it). `check` adds to the rules' faculty each person
(the likelier form of each place) the model finds likely enough; the threshold is chosen on
the calibration listings among those that keep the corpus's faculty, read out of fold, at the
issue's target.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from opencme.ingest.parsing.draft import Diagnostic, Draft
from opencme.ingest.reading import linear

KEY = "_faculty_spans"
NOTE = "read as teaching from the words around the name (the learned faculty reader)"
MAX_LINES = 600
_WORD = re.compile(r"[a-z]+|\d+")
_LINE_EDGES = (2, 5, 10, 20, 40, 80, 160, 320)
_COUNT_EDGES = (1, 2, 3, 5)
_L2 = 1.0
_POSITIVE_WEIGHT = 2.0
_KEEP = 0.05
_NEVER = 1.01
_ADD = (0.95, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3)  # a person is added from this probability
FLOOR = 0.85  # the target for every field, on the corpus


@dataclass(slots=True)
class Place:
    no: int  # the line's number in the listing's text
    index: int  # its place among the page's non-blank lines
    line: str
    start: int
    above: str  # the non-blank line before it, when short (a heading)
    forms: list[tuple[str, int]] = field(default_factory=list)  # each form and where it ends


def _norm(s: str) -> str:
    return " ".join(s.split())


def places(text: str) -> list[Place]:
    """Every place a person stands, with the forms of the name there (with the letters after
    it and without)."""
    from opencme.ingest.reading.people import PERSON
    from opencme.ingest.reading.segment import listing_text

    numbered = enumerate(listing_text(text).split("\n"), 1)
    kept = [(no, ln) for no, ln in numbered if ln.strip()][:MAX_LINES]
    out: list[Place] = []
    for index, (no, line) in enumerate(kept):
        above = kept[index - 1][1].strip() if index else ""
        above = above if len(above.split()) <= 5 else ""
        for m in PERSON.finditer(line):
            whole = m.group().rstrip(" ,")
            name = m.group("name")
            place = Place(no, index, line, m.start(), above)
            place.forms.append((_norm(whole), m.start() + len(whole)))
            if _norm(name) != _norm(whole):
                place.forms.append((_norm(name), m.start() + len(name)))
            out.append(place)
    return out


def features(place: Place, form: str, end: int, on_line: int, count: int) -> list[str]:
    """The form's shape, the words beside it and above it, its line's shape and place."""
    from opencme.ingest.parsing.vocab import CREDENTIALS

    words = form.replace(",", " ").split()
    f = {
        "bias",
        "line=" + linear.bucket(place.index, _LINE_EDGES),
        "online=" + linear.bucket(on_line, _COUNT_EDGES),
        "count=" + linear.bucket(count, _COUNT_EDGES),
        "nwords=" + linear.bucket(len(words), (2, 3, 4, 6, 8)),
    }
    creds = [w.rstrip(".") for w in words if w in CREDENTIALS or w.rstrip(".") in CREDENTIALS]
    f.add("creds=" + linear.bucket(len(creds), (0, 1, 2, 3)))
    f.update("cred=" + c.lower() for c in creds[:4])
    if words and words[0].rstrip(".").lower() in ("dr", "prof", "professor", "mr", "mrs", "ms"):
        f.add("honorific=" + words[0].rstrip(".").lower())
    before = place.line[: place.start]
    after = place.line[end:]
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
    f.add("linelen=" + linear.bucket(len(place.line.split()), (3, 6, 10, 20, 40)))
    return sorted(f)


def described(text: str) -> list[tuple[Place, list[tuple[str, list[str]]]]]:
    """Each place with each form's features."""
    found = places(text)
    flat = _norm(text)
    per_line: dict[int, int] = {}
    for p in found:
        per_line[p.no] = per_line.get(p.no, 0) + 1
    return [
        (
            p,
            [
                (form, features(p, form, end, per_line[p.no], flat.count(form)))
                for form, end in p.forms
            ],
        )
        for p in found
    ]


def people(weights: dict[str, float], text: str) -> list[tuple[float, str, Place]]:
    """The likelier form of each place, with its probability; a person named at several
    places once, at its likeliest."""
    best: dict[str, tuple[float, str, Place]] = {}
    for place, forms in described(text):
        p, form = max((linear.score(weights, f), form) for form, f in forms)
        if form not in best or p > best[form][0]:
            best[form] = (p, form, place)
    return sorted(best.values(), key=lambda t: (-t[0], t[1]))


def fit(pages: list[tuple[str, list[str]]]) -> dict[str, float]:
    rows: list[list[str]] = []
    ys: list[float] = []
    for text, faculty in pages:
        want = {_norm(x) for x in faculty}
        for _place, forms in described(text):
            for form, f in forms:
                rows.append(f)
                ys.append(1.0 if form in want else 0.0)
    return linear.fit(rows, ys, l2=_L2, positive_weight=_POSITIVE_WEIGHT, keep=_KEEP)


def added(got: list[str], found: list[tuple[float, str]], threshold: float) -> list[str]:
    """The rules' faculty and, after it, each person found likely enough that the rules'
    faculty does not name already (in any form)."""
    out = list(got)
    seen = [_norm(g) for g in got]
    for p, form in found:
        if p < threshold:
            continue
        if any(form in s or s in form for s in seen):
            continue
        out.append(form)
        seen.append(form)
    return out


def check(draft: Draft, model: dict[str, Any]) -> None:
    """In place: add the people the model finds likely enough to the draft's faculty."""
    if model["add"] >= _NEVER:
        return
    got = list(draft.record.get("faculty") or [])
    found = people(model["weights"], draft.text)
    new = added(got, [(p, form) for p, form, _pl in found], model["add"])
    if len(new) == len(got):
        return
    draft.record["faculty"] = new
    by_form = {form: (p, place) for p, form, place in found}
    for form in new[len(got) :]:
        place = by_form[form][1]
        draft.diagnostics.append(Diagnostic("faculty", place.no, place.line.strip(), "used", NOTE))
    # the whole list is right only when each added person is: the least likely one bounds it
    least = min(by_form[form][0] for form in new[len(got) :])
    draft.confidence["faculty"] = round(min(draft.confidence.get("faculty", 1.0), least), 4)


Row = tuple[list[str], list[tuple[float, str]], list[str]]


def _f1(rows: Sequence[Row], threshold: float) -> float:
    from opencme.ingest.reading.score import compare

    tp = fp = fn = 0
    for got, found, want in rows:
        a, b, c = compare("faculty", added(got, found, threshold), want)
        tp, fp, fn = tp + a, fp + b, fn + c
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def threshold(unseen: Sequence[Row], corpus: Sequence[Row]) -> float:
    """The threshold that gains most faculty F1 on `unseen` while the corpus's, read out of
    fold, stays at the target (or where the rules leave it when under). No gain: never."""
    floor = min(FLOOR, _f1(corpus, _NEVER))
    best, best_f1 = _NEVER, _f1(unseen, _NEVER)
    for t in _ADD:
        f1 = _f1(unseen, t)
        if f1 > best_f1 + 1e-9 and _f1(corpus, t) >= floor - 1e-9:
            best, best_f1 = t, f1
    return best


def _row(weights: dict[str, float], text: str, want: list[str]) -> Row:
    from opencme.ingest.parsing.parser import parse_rules

    got = list(parse_rules(text).record.get("faculty") or [])
    return got, [(p, form) for p, form, _pl in people(weights, text)], list(want or [])


def train(
    examples: list[tuple[str, dict[str, Any]]],
    unseen: list[tuple[str, dict[str, Any], str]],
    groups: list[str] | None = None,
) -> dict[str, Any]:
    """Weights from every corpus example; the threshold by `threshold`, on the calibration
    listings with the corpus read out of fold (folds by `groups`). Without calibration
    listings it adds no one."""
    from opencme.ingest.reading.calibrate import FOLDS, fold_of

    weights = fit([(t, r.get("faculty") or []) for t, r in examples])
    if not unseen:
        return {"weights": weights, "add": _NEVER}
    cal = [_row(weights, t, r.get("faculty") or []) for t, r, _s in unseen]
    folds = fold_of(groups or [str(i) for i in range(len(examples))])
    corpus: list[Row] = []
    for k in range(FOLDS):
        inside = [
            (t, r.get("faculty") or []) for (t, r), f in zip(examples, folds, strict=True) if f != k
        ]
        part = fit(inside)
        corpus += [
            _row(part, t, r.get("faculty") or [])
            for (t, r), f in zip(examples, folds, strict=True)
            if f == k
        ]
    return {"weights": weights, "add": threshold(cal, corpus)}
