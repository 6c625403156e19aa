"""A learned choice of the description's paragraph: which line of the page says what it is.

On sites no rule was written against, the rules' description is the labelled paragraph about
two times in three (198 of the 301 calibration pages that have one; 80 times another paragraph,
23 times none), and the labelled paragraph is a line of the page on 282 of those 301. Which
paragraph describes an activity shows in words shared across sites (what it "will" do, whom it
is "designed for", a heading such as "About" above it) more than in any one site's layout, so a
model of lines learns it where rules do not. Candidates are the page's lines of at least
`MIN_WORDS` words; each is described by its words, its first words, its place among them, its
length, the short line above it and the fields other rules read from it. A conditional logit
chooses among one page's lines and "none of them" (`linear.fit_choice`), trained by `opencme
train-parser` on the corpus and the calibration listings (`crossfit`). The rules' own choice
is no feature: on the corpus, whose descriptions the rules were written for, the model would
learn to copy it.

`check` puts the likeliest line in the description where it is likely enough and far likelier
than the line of the rules' description (or the rules read none): `provider_spans.decide`, the
provider reader's rule. The two thresholds are chosen on the calibration listings among
those that cost the corpus's description, read out of fold, no more than `list_spans.CLOSE`
of F1 (a tighter floor than the other readers' target of 0.85: `thresholds`); of the pairs
within `CLOSE` of the best there, the one the corpus reads best.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from opencme.ingest.parsing.draft import Diagnostic, Draft
from opencme.ingest.reading import linear
from opencme.ingest.reading.provider_spans import decide

KEY = "_description_lines"
NOTE = "read as the description from how the paragraph reads (the learned description reader)"
DOUBT = "another paragraph reads more like the description"
MIN_WORDS = 8
MAX_LINES = 150  # candidate lines a page is read for
_WORDS_SEEN = 40  # a line's first words describe it
_HEADING_WORDS = 6  # a line above of at most this many words is a heading
_TOK = re.compile(r"[a-z]+|\d+")
# a key of up to four words in title case before a colon, or a heading of two or more words
# in capitals, that starts the line: the paragraph is what follows it
_KEY_WORD = r"[A-Z][\w'’&/-]*"
_KEY = rf"{_KEY_WORD}(?: (?:{_KEY_WORD}|of|the|and|for|&)){{0,3}}:"
_CAPS_HEADING = r"(?:[A-Z]{2,} ){2,}(?=[A-Z][a-z])"
_LEAD = re.compile(rf"(?:{_KEY}|{_CAPS_HEADING})\s*")
_POS_EDGES = (0, 1, 2, 3, 5, 8, 12, 20)
_LEN_EDGES = (10, 15, 20, 30, 45, 70, 120)
_L2 = 1.0
_KEEP = 0.05
_NEVER = 1.01
_PROPOSE = (0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3)  # the best line is taken from this probability
_RATIOS = (1e9, 30.0, 10.0, 5.0, 2.0)  # ... when this many times likelier than the rules' line

Line = tuple[int, str, str]  # its number in the listing's text, the line, the non-blank line above


def _norm(s: str) -> str:
    return " ".join(s.split()).lower()


def paragraph(line: str) -> str:
    """The line as a description: its spaces joined, a key or a heading in capitals before
    it cut ("Course Description: X", "PROGRAM OVERVIEW X" -> X)."""
    text = " ".join(line.split())
    lead = _LEAD.match(text)
    return text[lead.end() :] if lead and lead.end() < len(text) else text


def candidates(text: str) -> list[Line]:
    """The page's lines of at least `MIN_WORDS` words, each with the non-blank line above."""
    from opencme.ingest.reading.segment import listing_text

    out: list[Line] = []
    above = ""
    for no, raw in enumerate(listing_text(text).split("\n"), 1):
        line = raw.strip()
        if not line:
            continue
        if len(line.split()) >= MIN_WORDS:
            out.append((no, line, above))
            if len(out) == MAX_LINES:
                break
        above = line
    return out


def features(line: str, above: str, index: int, used: set[str], title: str | None) -> list[str]:
    """The line's first words, its place among the candidates and its length, the heading
    above it, how it ends, the fields other rules read from it, whether it holds the title."""
    toks = _TOK.findall(line.lower())
    f = {
        "bias",
        "pos=" + linear.bucket(index, _POS_EDGES),
        "len=" + linear.bucket(len(toks), _LEN_EDGES),
    }
    f.update("w=" + t for t in toks[:_WORDS_SEEN])
    if toks:
        f.add("first=" + toks[0])
    if len(toks) > 1:
        f.add("first2=" + toks[0] + "_" + toks[1])
    heading = _TOK.findall(above.lower())
    if len(heading) <= _HEADING_WORDS:
        f.update("above=" + t for t in heading)
    else:
        f.add("above=sentence")
    if above.endswith(":"):
        f.add("above_colon")
    end = line[-1:]
    if end in ":?":
        f.add("end=" + end)
    f.update("used=" + u for u in used)
    if title and _norm(title) in _norm(line):
        f.add("title")
    return sorted(f)


def described(draft: Draft) -> list[tuple[Line, list[str]]]:
    """Each candidate line of the draft's text with its features; the fields other rules
    read from each line come from the draft's diagnostics."""
    used: dict[int, set[str]] = {}
    for d in draft.diagnostics:
        if d.status == "used" and d.field not in ("description", "?"):
            used.setdefault(d.line, set()).add(d.field)
    title = draft.record.get("title")
    return [
        (c, features(c[1], c[2], i, used.get(c[0], set()), title))
        for i, c in enumerate(candidates(draft.text))
    ]


def ranked(weights: dict[str, float], draft: Draft) -> list[tuple[float, Line]]:
    """Candidate lines by probability of being the description, best first (the earlier of
    equals); what is left to 1 is "none of them"."""
    found = described(draft)
    probs = linear.choice(weights, [f for _c, f in found]) if found else []
    scored = [(p, c) for p, (c, _f) in zip(probs, found, strict=True)]
    return sorted(scored, key=lambda sc: (-sc[0], sc[1][0]))


def _first_allowed(best: list[tuple[float, Line]]) -> tuple[float, Line] | None:
    """The likeliest line a description may be: not a paragraph the rules say no reader
    should give (a statement, a policy or claim instruction, the organisation's blurb, a
    biography, the audience or the objectives: `descriptions.never_description`)."""
    from opencme.ingest.parsing.descriptions import never_description

    return next((b for b in best if not never_description(paragraph(b[1][1]))), None)


def is_description_line(line: str, description: str | None) -> bool:
    """The line is the description, or holds it with little else (the label's, for training)."""
    if not description:
        return False
    want, have = _norm(description), _norm(line)
    return want in have and len(want) >= 0.8 * len(have)


def fit(pages: list[tuple[Draft, str | None]]) -> dict[str, float]:
    """A choice among each page's lines, "none of them" included; a page whose label's
    description is no candidate line is left out."""
    choices: list[tuple[list[list[str]], int | None]] = []
    for draft, want in pages:
        found = described(draft)
        right = next(
            (k for k, (c, _f) in enumerate(found) if is_description_line(c[1], want)), None
        )
        if want and right is None:
            continue
        choices.append(([f for _c, f in found], right))
    return linear.fit_choice(choices, l2=_L2, keep=_KEEP)


def _probability(best: list[tuple[float, Line]], text: str | None) -> float | None:
    """The probability of the first line holding `text`, None when no candidate does."""
    if not text:
        return None
    want = _norm(text)
    in_order = sorted(best, key=lambda sc: sc[1][0])
    return next((p for p, c in in_order if want in _norm(c[1])), None)


Row = tuple[str | None, float | None, str | None, float, str | None]


def row(weights: dict[str, float], draft: Draft, want: str | None) -> Row:
    """What the thresholds are chosen on: the rules' description and its line's probability,
    the best line and its probability, the label's description."""
    best = ranked(weights, draft)
    got = draft.record.get("description")
    p, top = _first_allowed(best) or (0.0, None)
    return (got, _probability(best, got), paragraph(top[1]) if top else None, p, want)


def check(draft: Draft, model: dict[str, Any]) -> None:
    """In place: put the best line in the description when `decide` says so; the rules'
    description's lines are then marked not understood, with the reason."""
    if model["propose"] >= _NEVER:
        return
    best = ranked(model["weights"], draft)
    allowed = _first_allowed(best)
    if allowed is None:
        return
    got = draft.record.get("description")
    p, (no, line, _above) = allowed
    text = paragraph(line)
    if _value(got, _probability(best, got), text, p, model) in (got, None):
        return  # the rules' description stays (it may be the best paragraph itself)
    replaced = [d for d in draft.diagnostics if d.field == "description" and d.status == "used"]
    draft.diagnostics = [d for d in draft.diagnostics if d not in replaced]
    for d in replaced:
        draft.diagnostics.append(Diagnostic("description", d.line, d.text, "not_understood", DOUBT))
    draft.record["description"] = text
    draft.confidence["description"] = round(p, 4)
    draft.diagnostics.append(Diagnostic("description", no, line, "used", NOTE))


def _value(
    got: str | None, mine: float | None, best: str | None, p: float, model: dict[str, Any]
) -> str | None:
    """The description `check` gives and the thresholds are chosen by: the rules' when the
    best paragraph holds it (they read that line already), else `decide`'s."""
    if best is None or (got and _norm(got) in _norm(best)):
        return got
    return decide(got, mine, best, p, model)


def _f1(rows: Sequence[Row], model: dict[str, Any]) -> float:
    from opencme.ingest.reading.score import compare

    tp = fp = fn = 0
    for got, mine, best, p, want in rows:
        a, b, c = compare("description", _value(got, mine, best, p, model), want)
        tp, fp, fn = tp + a, fp + b, fn + c
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def thresholds(unseen: Sequence[Row], corpus: Sequence[Row]) -> dict[str, float]:
    """The pair that gains most description F1 on `unseen` (pages of sites no rule was
    written for) while the corpus's, read out of fold, stays within `list_spans.CLOSE` of
    where the rules leave it: with the other readers' floor
    alone (the target, 0.85) the folds of the grouped cross-validation chose pairs that cost
    the corpus's description 0.879 -> 0.843. Pairs within `CLOSE` of the best gain are as
    good, and of those the one the corpus reads best (then the higher thresholds). No gain:
    never."""
    from opencme.ingest.reading.list_spans import CLOSE

    never = {"propose": _NEVER, "ratio": _RATIOS[0]}
    floor = _f1(corpus, never) - CLOSE
    base = _f1(unseen, never)
    gains = []
    for propose in _PROPOSE:
        for ratio in _RATIOS:
            model = {"propose": propose, "ratio": ratio}
            f1 = _f1(unseen, model)
            if f1 > base + 1e-9 and _f1(corpus, model) >= floor - 1e-9:
                gains.append((f1, model))
    if not gains:
        return never
    top = max(f1 for f1, _m in gains)
    close = [m for f1, m in gains if f1 >= top - CLOSE - 1e-9]
    return max(close, key=lambda m: (_f1(corpus, m), m["propose"], m["ratio"]))


def train(
    examples: list[tuple[str, dict[str, Any]]],
    unseen: list[tuple[str, dict[str, Any], str]],
    groups: list[str] | None = None,
) -> tuple[dict[str, Any], list[dict[str, float]]]:
    """The shipped choice and its weights by calibration fold (`crossfit`): weights from every
    corpus and calibration example (read with the rules' draft of it); the thresholds chosen
    by `thresholds` on the calibration listings and the corpus, each read out of fold (folds
    by site, by `groups` in the corpus). Without calibration listings it never changes the
    rules' description."""
    from opencme.ingest.parsing.parser import parse_rules
    from opencme.ingest.reading.crossfit import fits

    pages = [(parse_rules(t), r.get("description")) for t, r in examples]
    if not unseen:
        return {"weights": fit(pages), "propose": _NEVER, "ratio": _RATIOS[0]}, []
    held = [(parse_rules(t), r.get("description")) for t, r, _site in unseen]
    found = fits(
        fit, pages, groups or [str(i) for i in range(len(pages))], held, [s for *_x, s in unseen]
    )
    cal = found.held_rows(lambda w, i: row(w, *held[i]), len(held))
    corpus = found.corpus_rows(lambda w, i: row(w, *pages[i]), len(pages))
    return {"weights": found.weights, **thresholds(cal, corpus)}, found.held
