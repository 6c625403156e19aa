"""A learned reading of the provider: which organisation named on the page runs the activity.

On sites no rule was written against the rules name the right provider about one time in
three, and most misses are no provider at all: the page names it in words no rule lists ("a
program of", "brought to you by", a footer's copyright line, the organisation's initials in a
heading). The names are capitalised runs of words and initials, and the words around them are
shared across sites, so a model of names learns them where rules do not. Candidates are the
capitalised runs in the page's lines and the parts of them that start or end with them; each
is described by its own words and shape, the words beside each place it stands, how often and
how early it appears, and whether its initials (or the name they spell) stand on the page too.
A conditional logit chooses among one page's candidates and "none of them"
(`linear.fit_choice`), trained by `opencme train-parser` on the corpus and the calibration
listings (`crossfit`). `check` puts the likeliest name in the provider when it is likely
enough and far likelier than the rules' name (or the rules read none). The two thresholds are
chosen on the calibration listings, pages of sites no rule was written for, among those that
keep the corpus's provider, read out of fold, at the issue's target: on the corpus the rules
find the providers they were written for, and the model scores a third of them low.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from opencme.ingest.parsing.draft import Diagnostic, Draft
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.reading import linear

KEY = "_provider_spans"
NOTE = "read from the words around the name (the learned provider reader; no rule read one)"
DOUBT = "the words around this name do not read like a provider's"
MAX_WORDS = 10
MAX_LINES = 400
_TOK = re.compile(r"[A-Za-z0-9][\w'’.&-]*|&")
_UPPER = re.compile(r"[A-Z]")
_JOIN = frozenset({"of", "and", "&", "for", "the", "at", "in", "on", "de", "du", "des", "la"})
_LINE_EDGES = (0, 2, 5, 10, 20, 40, 80, 160)
_COUNT_EDGES = (1, 2, 3, 5, 10)
_LEN_EDGES = (1, 2, 3, 4, 6, 8)
_OCCURRENCES = 4  # the first places a name stands describe it
_L2 = 1.0
_KEEP = 0.05
_NEVER = 1.01
_PROPOSE = (0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3)  # the best name is taken from this probability
_RATIOS = (1e9, 30.0, 10.0, 5.0, 2.0)  # ... when this many times likelier than the rules' name
FLOOR = 0.85  # the target for every field, on the corpus


@dataclass(slots=True)
class Line:
    no: int  # its number in the listing's text, as the import page counts
    text: str
    words: list[str]  # each token lower-cased, its edges' punctuation cut
    marks: list[str]  # what stands between the previous token and this one, stripped


@dataclass(slots=True)
class Candidate:
    span: str
    places: list[tuple[Line, int, int, int, bool]] = field(default_factory=list)
    # the line, its index, the first and last token, whether the run goes on past either end


# a company's legal form, the last part of its name after a comma (R-PV-83)
_LEGAL_FORMS = frozenset(
    ("llc", "inc", "ltd", "plc", "gmbh", "pty", "pty ltd", "corp", "co", "llp", "lp", "limited")
)


def _capital(word: str) -> bool:
    return word[:1].isupper()


def _ends_sentence(word: str) -> bool:
    """A word ending a sentence: a full stop after a word that is no initial or short form."""
    return word.endswith(".") and len(word) > 4 and not word[:-1].isupper() and "." not in word[:-1]


def candidates(text: str) -> dict[str, Candidate]:
    """Every capitalised run (words, initials, joined by "of", "and", "&" ...) and each part of
    it that starts or ends with it, on a capitalised word, up to ten words, by its text (a
    provider stands in the middle of a longer run on 8 of 273 corpus and calibration pages)."""
    from opencme.ingest.reading.segment import listing_text

    found: dict[str, Candidate] = {}
    numbered = enumerate(listing_text(text).split("\n"), 1)
    kept = [(no, ln) for no, ln in numbered if ln.strip()][:MAX_LINES]
    for index, (no, text_line) in enumerate(kept):
        if not _UPPER.search(text_line):
            continue  # no capital, no name
        toks = list(_TOK.finditer(text_line))
        line = Line(
            no,
            text_line,
            [m.group().strip(".'’-").lower() for m in toks],
            [
                text_line[(toks[k - 1].end() if k else 0) : m.start()].strip()
                for k, m in enumerate(toks)
            ],
        )
        for run in _runs(toks, line.marks):
            caps = [k for k in run if _capital(toks[k].group())]
            for a in caps:
                for b in caps:
                    if b < a or b - a >= MAX_WORDS or (a != caps[0] and b != caps[-1]):
                        continue
                    span = " ".join(
                        text_line[toks[a].start() : toks[b].end()].rstrip(".,:;").split()
                    )
                    if len(span) < 2 or span.lower().rstrip(".") in _LEGAL_FORMS:
                        continue  # a company's legal form alone names no one ("…®, LLC")
                    c = found.get(span)
                    if c is None:
                        c = found[span] = Candidate(span)
                    if len(c.places) < _OCCURRENCES:
                        c.places.append((line, index, a, b, a > run[0] or b < run[-1]))
    return found


def _runs(toks: list[re.Match[str]], marks: list[str]) -> list[list[int]]:
    """Token indices of each capitalised run of a line."""
    runs: list[list[int]] = []
    cur: list[int] = []
    for k, m in enumerate(toks):
        word = m.group()
        joins = cur and not marks[k] and not _ends_sentence(toks[cur[-1]].group())
        if (_capital(word) and (joins or not cur)) or (
            joins and (word.lower() in _JOIN or word[:1].isdigit())
        ):
            cur.append(k)
        else:
            if cur:
                runs.append(cur)
            cur = [k] if _capital(word) else []
    if cur:
        runs.append(cur)
    return [run for run in runs if run]


def features(c: Candidate, count: int) -> list[str]:
    """The name's words and shape, the words beside each place it stands, how often and how
    early it appears."""
    words = [w.strip(".,'") for w in c.span.lower().replace("’", "'").split()]
    f = {
        "bias",
        "len=" + linear.bucket(len(words), _LEN_EDGES),
        "count=" + linear.bucket(count, _COUNT_EDGES),
    }
    f.update(["w=" + w for w in words])
    if words:
        f.add("first=" + words[0])
        f.add("last=" + words[-1])
    if " " not in c.span and c.span.isupper():
        f.add("initials")
    elif " " not in c.span:
        f.add("oneword")
    f.add("line=" + linear.bucket(c.places[0][1], _LINE_EDGES))
    for line, _index, a, b, inner in c.places:
        if inner:
            f.add("inner")
        left = line.words[max(0, a - 3) : a]
        right = line.words[b + 1 : b + 4]
        if left:
            f.add("l1=" + left[-1])
            if line.marks[a]:
                f.add("lmark=" + line.marks[a][-1:])
        if len(left) > 1:
            f.add("l2=" + left[-2] + "_" + left[-1])
        f.update(["lw=" + w for w in left])
        if right:
            f.add("r1=" + right[0])
        if b + 1 < len(line.marks) and line.marks[b + 1]:
            f.add("rmark=" + line.marks[b + 1][:1])
        if len(right) > 1:
            f.add("r2=" + right[0] + "_" + right[1])
        f.update(["rw=" + w for w in right])
        if a == 0 and b == len(line.words) - 1:
            f.add("wholeline")
        elif a == 0:
            f.add("linestart")
        elif b == len(line.words) - 1:
            f.add("lineend")
        if "©" in line.marks[a] or (left and left[-1] == "c" and "(" in line.text):
            f.add("copyright")
    return sorted(f)


def _initials(span: str) -> str:
    return "".join(w[0] for w in span.split() if w[:1].isupper() and w.lower() not in _JOIN)


_ACRONYM = lazy_compile(r"\s*\((?P<acr>[A-Z][A-Za-z&-]{1,10})\)")


def _defined_as_accreditor(span: str, flat: str) -> bool:
    """The page gives the name an accreditor's acronym in parentheses ("National Board of
    Harbour Counselors (NBCC)"): the name is that accreditor's, however the page spells it."""
    from opencme.ingest.parsing.vocab import is_accreditor

    if " " not in span:
        return False
    at = flat.find(span)  # a plain search: a pattern per name would cost a compile each
    while at != -1:
        m = _ACRONYM.match(flat, at + len(span))
        if m is not None and is_accreditor(m["acr"]):
            return True
        at = flat.find(span, at + 1)
    return False


def described(text: str) -> list[tuple[Candidate, list[str]]]:
    """Each candidate with its features, and three that look across the page or the rules'
    tables: a name whose initials stand on the page as a name of their own, initials that spell
    another name, a name the rules know as an accreditor's or approver's (a provider only on
    its own pages: 5 of 1,045 labels), itself or by the acronym the page gives it."""
    from opencme.ingest.parsing.vocab import is_accreditor

    found = candidates(text)
    flat = " ".join(text.split())
    initials = {span: _initials(span) for span in found if " " in span}
    spelt = set(initials.values())
    out = []
    for span, c in found.items():
        f = features(c, flat.count(span))
        if len(initials.get(span, "")) > 1 and initials[span] in found:
            f.append("has_initials")
        if " " not in span and span.isupper() and span in spelt:
            f.append("spells_name")
        if is_accreditor(span) or _defined_as_accreditor(span, flat):
            f.append("accreditor")  # the rules' table of accreditors and approvers (R-PV-78)
        out.append((c, f))
    return out


def ranked(weights: dict[str, float], text: str) -> list[tuple[float, Candidate]]:
    """Candidates by probability of being the provider, best first (ties by text, so the
    order is the same every run); what is left to 1 is "none of them"."""
    found = described(text)
    probs = linear.choice(weights, [f for _c, f in found]) if found else []
    scored = [(p, c) for p, (c, _f) in zip(probs, found, strict=True)]
    return sorted(scored, key=lambda sc: (-sc[0], sc[1].span))


def span_score(weights: dict[str, float], text: str, span: str) -> float | None:
    """The probability of one name, or None when it is no candidate of the page."""
    want = " ".join(span.split())
    for p, c in ranked(weights, text):
        if c.span == want:
            return p
    return None


def fit(pages: list[tuple[str, str | None]]) -> dict[str, float]:
    """A choice among each page's names, "none of them" included; a page whose label names a
    provider that is no candidate is left out."""
    choices: list[tuple[list[list[str]], int | None]] = []
    for text, provider in pages:
        want = " ".join(provider.split()) if provider else None
        found = described(text)
        spans = [c.span for c, _f in found]
        if want is not None and want not in spans:
            continue
        choices.append(([f for _c, f in found], spans.index(want) if want else None))
    return linear.fit_choice(choices, l2=_L2, keep=_KEEP)


Row = tuple[str | None, float | None, str | None, float, str | None]


def row(weights: dict[str, float], text: str, got: str | None, want: str | None) -> Row:
    """What the thresholds are chosen on: the rules' provider and its probability, the best
    name and its probability, the label's provider."""
    best = ranked(weights, text)
    top = best[0] if best else (0.0, None)
    return (got, _probability(best, got), top[1].span if top[1] else None, top[0], want)


def _probability(best: list[tuple[float, Candidate]], name: str | None) -> float | None:
    """The probability of `name` among the ranked candidates, None when it is none of them."""
    norm = " ".join(name.split()) if name else None
    return next((p for p, c in best if c.span == norm), None) if norm else None


def decide(
    got: str | None, mine: float | None, best: str | None, p: float, model: dict[str, Any]
) -> str | None:
    """The provider: the best name when it is likely enough and far likelier than the rules'
    name (or the rules read none), else the rules'."""
    if best is None or p < model["propose"]:
        return got
    if got is None or (mine is not None and mine * model["ratio"] < p):
        return best
    return got


def check(draft: Draft, model: dict[str, Any]) -> None:
    """In place: put the best name in the provider when `decide` says so; the rules' name's
    lines are then marked not understood, with the reason."""
    record = draft.record
    got = record.get("provider")
    best = ranked(model["weights"], draft.text)
    if not best:
        return
    p, c = best[0]
    if c.span == got or decide(got, _probability(best, got), c.span, p, model) != c.span:
        return
    replaced = [d for d in draft.diagnostics if d.field == "provider" and d.status == "used"]
    draft.diagnostics = [d for d in draft.diagnostics if d not in replaced]
    for d in replaced:
        draft.diagnostics.append(Diagnostic("provider", d.line, d.text, "not_understood", DOUBT))
    record["provider"] = c.span
    joint = record.get("joint_providers")
    if isinstance(joint, list) and c.span in joint:
        record["joint_providers"] = [j for j in joint if j != c.span]
    draft.confidence["provider"] = round(p, 4)
    line = c.places[0][0]
    draft.diagnostics.append(Diagnostic("provider", line.no, line.text.strip(), "used", NOTE))


def _f1(rows: Sequence[Row], model: dict[str, Any]) -> float:
    from opencme.ingest.reading.score import compare

    tp = fp = fn = 0
    for got, mine, best, p, want in rows:
        a, b, c = compare("provider", decide(got, mine, best, p, model), want)
        tp, fp, fn = tp + a, fp + b, fn + c
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def thresholds(unseen: Sequence[Row], corpus: Sequence[Row]) -> dict[str, float]:
    """The pair that gains most provider F1 on `unseen` (pages of sites no rule was written
    for) while the corpus's, read out of fold, stays at the target (0.85) or, when the rules
    are under it already, where the rules leave it. No gain: never."""
    never = {"propose": _NEVER, "ratio": _RATIOS[0]}
    floor = min(FLOOR, _f1(corpus, never))
    best, best_f1 = never, _f1(unseen, never)
    for propose in _PROPOSE:
        for ratio in _RATIOS:
            model = {"propose": propose, "ratio": ratio}
            f1 = _f1(unseen, model)
            if f1 > best_f1 + 1e-9 and _f1(corpus, model) >= floor - 1e-9:
                best, best_f1 = model, f1
    return best


def train(
    examples: list[tuple[str, dict[str, Any]]],
    unseen: list[tuple[str, dict[str, Any], str]],
    groups: list[str] | None = None,
) -> tuple[dict[str, Any], list[dict[str, float]]]:
    """The shipped choice and its weights by calibration fold (`crossfit`): weights from every
    corpus and calibration example; the thresholds chosen by `thresholds` on the calibration
    listings and the corpus, each read out of fold (folds by site, by `groups` in the
    corpus). Without calibration listings it never changes the rules' provider."""
    from opencme.ingest.parsing.parser import parse_rules
    from opencme.ingest.reading.crossfit import fits

    pages = [(t, r.get("provider")) for t, r in examples]
    if not unseen:
        return {"weights": fit(pages), "propose": _NEVER, "ratio": _RATIOS[0]}, []
    held = [(t, r.get("provider")) for t, r, _site in unseen]
    found = fits(
        fit, pages, groups or [str(i) for i in range(len(pages))], held, [s for *_x, s in unseen]
    )

    def rows(weights: dict[str, float], text: str, want: str | None) -> Row:
        return row(weights, text, parse_rules(text).record.get("provider"), want)

    cal = found.held_rows(lambda w, i: rows(w, *held[i]), len(held))
    corpus = found.corpus_rows(lambda w, i: rows(w, *pages[i]), len(pages))
    return {"weights": found.weights, **thresholds(cal, corpus)}, found.held
