"""Choosing between the rule extractors and the tagger, field by field, with confidences.

For each field the situation is one of: both agree, only one read it, or they disagree (with
the tagger's marginal in a bucket). The calibration table, measured out of fold when the model
is trained (`calibrate.py`), gives for each situation how often each source was right; the
combiner takes the likelier source and reports that rate as the field's confidence. A rate is
shrunk toward its field's pooled rate by its sample count (a Beta prior), so a situation seen
four times never claims the certainty of one seen four hundred times. A model trained with
the confidence model (`confidence.py`, stored in the table under its KEY) then replaces those
rates by per-field calibrated probabilities over more signals, and a last curve measured on
listings from sites no rule was written against (`unseen.py`) says how sure those are on a new
site; neither changes a value.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from opencme.ingest.parsing.draft import Diagnostic, Draft
from opencme.ingest.parsing.faculty import tidy
from opencme.ingest.reading import (
    audience_spans,
    description_lines,
    faculty_spans,
    provider_spans,
    title_lines,
)
from opencme.ingest.reading.confidence import KEY, refine
from opencme.ingest.reading.extract import Found
from opencme.ingest.reading.score import filled, norm
from opencme.ingest.reading.segment import Segment
from opencme.ingest.reading.title_lines import KEY as TITLE_LINES
from opencme.ingest.reading.unseen import KEY as UNSEEN
from opencme.ingest.reading.unseen import adjust, curve_key

TAGGER_FIELDS: tuple[str, ...] = (
    "title",
    "provider",
    "description",
    "objectives",
    "faculty",
    "audience",
    "specialties",
)
# a tagger value alone is taken when it was right at least this often out of fold
TAKE_ALONE = 0.25
# fields whose rules read a value in several ways of very different precision (titles.py: a
# key, a heading chosen by shape, an EACCME statement, a name in prose): their situation names
# the way, the note of the rules' "used" diagnostic, instead of only key or prose
BY_WAY: frozenset[str] = frozenset({"title"})
# pseudo-listings of the pooled rate a situation's own counts start from (a Beta prior's
# weight): a situation seen n times moves n / (n + PRIOR_WEIGHT) of the way to its own rate
PRIOR_WEIGHT = 10.0


def bucket(p: float) -> str:
    return "lo" if p < 0.5 else "mid" if p < 0.8 else "hi" if p < 0.95 else "top"


def way(field: str, diags: Sequence[Diagnostic]) -> str:
    """How the rules read a field: the note of their first "used" diagnostic of it, as a
    slug ("heading", "eaccme-statement"); "key" for a plain keyed line, "other" for none."""
    for d in diags:
        if d.field == field and d.status == "used":
            return "-".join(d.note.lower().split()) or "key"
    return "other"


def situation(
    field: str,
    rule: Any,
    found: Found | None,
    segs: list[Segment],
    diags: Sequence[Diagnostic] = (),
) -> str | None:
    """Which case a field is in; None when neither source read anything. A case notes whether
    the page names the field with a known key (`Cost: $20`), the strongest evidence there is,
    or, for a field in BY_WAY, how the rules read it (`diags`, the rule draft's diagnostics)."""
    has_rule = filled(field, rule)

    def keyed() -> str:  # asked only in the cases that name it (a scan of every segment)
        if field in BY_WAY:
            return way(field, diags)
        return "key" if any(s.key == field for s in segs) else "prose"

    if field not in TAGGER_FIELDS:
        return f"rule|{keyed()}" if has_rule else None
    if found is None:
        return f"rule|{keyed()}" if has_rule else None
    b = bucket(found.confidence)
    if not has_rule:
        return "tag|" + b
    if norm(rule) == norm(found.value):
        return "agree|" + b
    return f"disagree|{b}|{keyed()}"


def shrunk(hits: float, seen: float, prior: float, weight: float = PRIOR_WEIGHT) -> float:
    """The posterior mean of a rate under a Beta prior of mean `prior` and `weight` samples."""
    return (hits + weight * prior) / (seen + weight)


_PRIORS: dict[int, tuple[dict[str, Any], dict[tuple[str, str, str, int], float]]] = {}


def _priors(cal: dict[str, Any]) -> dict[tuple[str, str, str, int], float]:
    """Pooled rates per (field, source) and per (field, kind of situation, source), for the
    whole-field rate (`part` 0: right of seen) and item precision (`part` 2: right of claimed),
    each kind's shrunk toward its field's; computed once per table."""
    hit = _PRIORS.get(id(cal))
    if hit is not None and hit[0] is cal:
        return hit[1]
    sums: dict[tuple[str, str, str, int], list[float]] = {}
    for field, sits in cal.items():
        if field.startswith("_"):  # the confidence model and curve, not a field's table
            continue
        for sit, cells in sits.items():
            kind = sit.split("|")[0]
            for source, c in cells.items():
                for part, (a, b) in ((0, (c[0], c[1])), (2, (c[2], c[2] + c[3]))):
                    for k in ((field, "*", source, part), (field, kind, source, part)):
                        acc = sums.setdefault(k, [0.0, 0.0])
                        acc[0] += a
                        acc[1] += b
    out: dict[tuple[str, str, str, int], float] = {}
    for (field, kind, source, part), (a, b) in sorted(sums.items(), key=lambda kv: kv[0][1]):
        # "*" sorts first: every field's pooled rate exists before its kinds are shrunk to it
        if kind == "*":
            out[(field, kind, source, part)] = (a + 1) / (b + 2)
        else:
            out[(field, kind, source, part)] = shrunk(a, b, out[(field, "*", source, part)])
    if len(_PRIORS) > 8:
        _PRIORS.clear()
    _PRIORS[id(cal)] = (cal, out)
    return out


def _rate(cal: dict[str, Any], field: str, sit: str, source: str, part: int) -> float | None:
    cell = cal.get(field, {}).get(sit, {}).get(source)
    if cell is None:
        return None
    hits, seen = (cell[0], cell[1]) if part == 0 else (cell[2], cell[2] + cell[3])
    prior = _priors(cal)[(field, sit.split("|")[0], source, part)]
    return shrunk(hits, seen, prior)


def rate(cal: dict[str, Any], field: str, sit: str, source: str) -> float | None:
    """How often the whole field was right out of fold, shrunk toward the rate of its kind of
    situation (agree, disagree, rule or tagger alone) by its sample count: the confidence."""
    return _rate(cal, field, sit, source, 0)


def item_precision(cal: dict[str, Any], field: str, sit: str, source: str) -> float | None:
    """The share of its items (list elements, or the value) a source got right (shrunk)."""
    return _rate(cal, field, sit, source, 2)


def net_items(cal: dict[str, Any], field: str, sit: str, source: str) -> float | None:
    """Items right minus items wrong per listing, out of fold: what a source adds to F1."""
    cell = cal.get(field, {}).get(sit, {}).get(source)
    if cell is None:
        return None
    return (cell[2] - cell[3]) / max(cell[1], 1)


def choose(cal: dict[str, Any], field: str, sit: str) -> tuple[str, float] | None:
    """(source, confidence) for a situation: "rule" or "tag"; None to leave the field empty."""
    kind = sit.split("|")[0]
    r = rate(cal, field, sit, "rule")
    t = rate(cal, field, sit, "tag")
    ri = item_precision(cal, field, sit, "rule")
    ti = item_precision(cal, field, sit, "tag")
    rn = net_items(cal, field, sit, "rule")
    tn = net_items(cal, field, sit, "tag")
    if kind == "agree" or (kind == "disagree" and (tn is None or (rn or 0) >= tn)):
        return "rule", r if r is not None else 0.5
    if kind == "disagree":
        return "tag", t or 0.5
    if kind == "rule":
        # a reader field the rules read alone is dropped when its items were mostly wrong out
        # of fold; the rest stay with the rules (their owners decide), with the measured rate
        keep = field not in TAGGER_FIELDS or ri is None or ri >= TAKE_ALONE
        return ("rule", r if r is not None else 0.5) if keep else None
    if ti is not None and ti >= TAKE_ALONE:
        return "tag", t or 0.5
    return None


_CHOICES: dict[int, tuple[dict[str, Any], dict[tuple[str, str], tuple[str, float] | None]]] = {}


def _choice(cal: dict[str, Any], field: str, sit: str) -> tuple[str, float] | None:
    """`choose`, read once per table, field and situation (a table is not changed once read,
    as `_priors` assumes; a page has a dozen fields and a table a few hundred situations)."""
    hit = _CHOICES.get(id(cal))
    if hit is None or hit[0] is not cal:
        if len(_CHOICES) > 8:
            _CHOICES.clear()
        hit = _CHOICES[id(cal)] = (cal, {})
    chosen = hit[1]
    key = (field, sit)
    if key not in chosen:
        chosen[key] = choose(cal, field, sit)
    return chosen[key]


def combine(
    draft: Draft,
    segs: list[Segment],
    found: dict[str, Found],
    cal: dict[str, Any],
    marginals: Sequence[dict[str, float]] = (),
) -> None:
    """Fill the draft's record and confidence from both sources, in place; `marginals`, the
    tagger's label marginals per segment, are one of the confidence model's signals."""
    record = draft.record
    sits: dict[str, str] = {}
    for field in list(record):
        f = found.get(field)
        sit = situation(field, record[field], f, segs, draft.diagnostics)
        if sit is None:
            continue
        sits[field] = sit
        picked = _choice(cal, field, sit)
        if picked is None:
            record[field] = [] if isinstance(record[field], list) else None
            continue
        source, conf = picked
        if source == "tag" and f is not None:
            record[field] = f.value
            for no in sorted(set(f.lines)):
                draft.diagnostics.append(
                    Diagnostic(field, no, _line(draft.text, no), "used", "reader")
                )
        if filled(field, record[field]):
            draft.confidence[field] = round(conf, 4)
    provider = record.get("provider")
    joint = record.get("joint_providers")
    if provider and isinstance(joint, list) and provider in joint:
        # the reader chose one of the rules' joint providers as the provider: it is not also
        # a joint provider of its own activity
        record["joint_providers"] = [j for j in joint if j != provider]
    model = cal.get(KEY)
    if model:  # a model trained before the confidence model keeps the table's rates
        refine(draft, segs, found, sits, model, marginals)
    lines = cal.get(TITLE_LINES)
    if lines:  # a title whose line reads like the page's furniture is dropped; where none is
        title_lines.check(draft, lines)  # left, the line that looks most like one is proposed
        title_lines.propose(draft, lines)
    names = cal.get(provider_spans.KEY)
    if names:  # the likeliest name supplies the provider, or replaces a far less likely one
        provider_spans.check(draft, names)
    paragraphs = cal.get(description_lines.KEY)
    if paragraphs:  # the paragraph that reads most like a description, where far likelier
        description_lines.check(draft, paragraphs)
    people = cal.get(faculty_spans.KEY)
    if people:  # people the words around them say teach, that no rule read
        faculty_spans.check(draft, people)
        if record.get("faculty"):  # each person once, as the rules' list is (R-PE-22)
            record["faculty"] = tidy(record["faculty"])
    professions = cal.get(audience_spans.KEY)
    if professions:  # professions the words around them say the activity is for
        audience_spans.check(draft, professions)
    curve = cal.get(UNSEEN)
    if curve:  # how sure such fields were right on sites no rule was written against
        for field, conf in draft.confidence.items():
            how = way(field, draft.diagnostics)
            draft.confidence[field] = round(adjust(curve, curve_key(draft, field), conf, how), 4)


def _line(text: str, no: int) -> str:
    lines = text.split("\n")
    return lines[no - 1].strip() if 0 < no <= len(lines) else ""
