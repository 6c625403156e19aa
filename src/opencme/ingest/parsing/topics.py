"""Topics proposed from a listing's text: vocabulary codes a requirement rule would count.

A topic is what an activity is about in the terms rules use (DESIGN.md: "asserted by the
provider, proposed by the importer"). The importer proposes one only where the text states it
(docs/corpus.md "Topics"): the words that name a topic (``data/topic_cues.json``, each class
cited to the rule or statute naming it) found in the activity's own title, learning objectives
or description, in a keyed ``Topics:`` line, or in a sentence saying the activity meets a
requirement ("meets Florida's 2-hour medical errors requirement"). Everywhere else a topic word
is not about this activity: the site's navigation and menus of other courses, disclosure and
policy boilerplate, biographies. Those lines are never read here, because the zones are the
fields the other extractors already isolated (their "used" diagnostics).

Every proposal carries a confidence measured on the corpus for the zone it came from
(``ZONE_CONFIDENCE``); the field's confidence is that of its least sure code, and the import page
shows the codes as "proposed from the listing's text" until a person confirms them.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from opencme.accreditation.topics import TOPICS, VOCABULARY
from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.topic_credits import MOC_PARTS, credit_lines, topic_credit_lines
from opencme.ingest.parsing.topic_lists import topic_list_sentences
from opencme.ingest.parsing.topic_outline import outline_lines
from opencme.ingest.parsing.topic_terms import EXTRA_VERBS, merged

# How often a code proposed from each zone was in the hand-checked labels of the corpus
# (404 listings relabelled under docs/corpus.md "Topics"), smoothed as the reader's calibration
# is ((right + 1) / (n + 2)): title 24 of 25, objectives 20 of 25, description 13 of 22,
# credit lines 2 of 4, requirement sentences 1 of 2; keyed "Topics:" lines none (0.5, unknown).
# The outline zone (``topic_outline``, 2026-12-06) gave 42 codes, all right, on the listings it
# was written against: held at the title's figure, not the in-sample 43 of 44. The sentences
# listing the activity's topics (``topic_lists``, 2026-12-06) gave 5 codes, all right, on the
# listings they were written against: held at the objectives' figure until measured on others.
ZONE_CONFIDENCE: dict[str, float] = {
    "title": 0.93,
    "objectives": 0.78,
    "description": 0.58,
    "credit": 0.5,
    "requirement": 0.5,
    "keyed": 0.5,
    "outline": 0.93,
    "topic_list": 0.78,
}
# The fields whose lines are zones (the extractors' "used" diagnostics name them).
ZONE_FIELDS = {"title": "title", "objectives": "objectives", "description": "description"}
_NEGATION = lazy_compile(r"\b(?:not|n[o’']t|never|no longer)\b", re.IGNORECASE)
# a sentence ends at a stop before a capital, or at a stop glued to the next sentence's first
# word ("... of the course).The content will ...": scraped pages lose the space)
_SENTENCE = lazy_compile(r"(?<=[.!?;])\s+(?=[A-Z(\"“])|(?<=[a-z)][.!?])(?=[A-Z][a-z])")


@dataclass(frozen=True, slots=True)
class Proposal:
    """One topic proposed from the text: its code, how sure, where it was read."""

    code: str
    confidence: float
    zone: str
    line: int
    text: str


def vocabulary() -> dict[str, str]:
    """Topic codes -> labels (the one vocabulary, ``opencme.accreditation.topics``)."""
    return dict(TOPICS)


@cache
def cue_data() -> dict[str, Any]:
    raw = resources.files("opencme.ingest.parsing.data").joinpath("topic_cues.json").read_text()
    data: dict[str, Any] = json.loads(raw)
    data["topics"] = merged(data["topics"])  # topic_terms.py
    data["requirement"]["verbs"] = [*data["requirement"]["verbs"], *EXTRA_VERBS]
    return data


def _alternation(terms: Iterable[str]) -> str:
    return "|".join(sorted(terms, key=len, reverse=True))


def _terms(cues: dict[str, Any]) -> str:
    """One code's terms as one alternation: its words in any case, its acronyms as written."""
    parts = []
    if cues.get("terms"):
        parts.append(r"(?i:" + _alternation(cues["terms"]) + ")")
    if cues.get("case_terms"):
        parts.append(r"(?:" + _alternation(cues["case_terms"]) + ")")
    return "|".join(parts)


def _whole_words(alternation: str) -> re.Pattern[str]:
    return lazy_compile(r"(?<![\w-])(?:" + alternation + r")(?![\w-])")


@cache
def topic_patterns() -> dict[str, re.Pattern[str]]:
    """Per topic code, one pattern: its terms as whole words, any case; acronyms as written."""
    return {code: _whole_words(_terms(cues)) for code, cues in cue_data()["topics"].items()}


def _lead(term: str) -> str:
    """The letter or digit every match of ``term`` starts with, lower case; "" when the term
    opens with a group, an escape, an optional character or holds alternatives of its own."""
    depth = 0
    for c in term:
        depth += (c == "(") - (c == ")")
        if c == "|" and depth == 0:
            return ""
    if term[:1].isascii() and term[:1].isalnum() and term[1:2] not in ("?", "*", "{"):
        return term[0].lower()
    return ""


@cache
def any_topic() -> re.Pattern[str]:
    """Every code's terms in one pattern: it matches a text exactly when some code's pattern
    does, so one scan passes over the many texts that name no topic (the per-code scans were
    most of the proposer's time). The terms are grouped by their first letter behind a
    look-ahead for it, so at a word start the engine tries only the terms that can start there
    (as ``vocab.word_class`` does); the acronyms keep their case inside the case-blind whole."""
    groups: dict[str, list[str]] = {}
    for cues in cue_data()["topics"].values():
        for term in cues.get("terms", []):
            groups.setdefault(_lead(term), []).append(term)
        for term in cues.get("case_terms", []):
            groups.setdefault(_lead(term), []).append(f"(?-i:{term})")
    body = "|".join(
        (f"(?=[{lead}])" if lead else "") + "(?:" + "|".join(alts) + ")"
        for lead, alts in groups.items()
    )
    return lazy_compile(r"(?<![\w-])(?:" + body + r")(?![\w-])", re.IGNORECASE)


@cache
def requirement_pattern() -> re.Pattern[str]:
    """A sentence saying the activity meets a rule: a verb of meeting, then what it meets."""
    req = cue_data()["requirement"]
    return lazy_compile(
        r"\b(?:" + _alternation(req["verbs"]) + r")\b.{0,160}?"
        r"\b(?:" + _alternation(req["objects"]) + r")\b",
        re.IGNORECASE,
    )


@cache
def title_patterns() -> dict[str, re.Pattern[str]]:
    """Per topic code with ``title_terms``, the words that name it only in the activity's own
    title ("MOC Self-Assessment": the activity is one), any case, as whole words."""
    return {
        code: _whole_words(r"(?i:" + _alternation(cues["title_terms"]) + ")")
        for code, cues in cue_data()["topics"].items()
        if cues.get("title_terms")
    }


def title_codes(title: str) -> list[str]:
    """The codes a title names: every code's terms, and the words naming one only there."""
    named = {c for c, rx in title_patterns().items() if rx.search(title)}
    named.update(codes_in(title))
    return [c for c in topic_patterns() if c in named]


def codes_in(text: str) -> list[str]:
    """The topic codes whose terms ``text`` uses, in vocabulary order. A code's pattern can
    match only where ``any_topic`` does (its terms are among the one pattern's): each is tried
    at those few places, not scanned over the whole text."""
    starts = topic_starts(text)
    if not starts:
        return []
    return [
        code
        for code, rx in topic_patterns().items()
        if any(rx.match(text, at) is not None for at in starts)
    ]


def topic_starts(text: str) -> list[int]:
    """Every offset where some code's term starts (``any_topic`` matches there), overlapping
    ones too: the scan goes on one character after each match's start, not after its end."""
    rx = any_topic()
    out = []
    m = rx.search(text)
    while m is not None:
        out.append(m.start())
        m = rx.search(text, m.start() + 1)
    return out


def _field_texts(record: dict[str, Any]) -> list[tuple[str, str]]:
    """(zone, text) of the activity's own fields the other extractors isolated."""
    out: list[tuple[str, str]] = []
    if record.get("title"):
        out.append(("title", str(record["title"])))
    out += [("objectives", str(o)) for o in record.get("objectives") or []]
    return out


# a sentence whose subject is the activity and whose verb says what it contains or covers
# ("The activity includes ... a self-assessment examination", "This course covers ..."): it
# states the activity's subject as the first sentence does; a leading adverbial of up to three
# comma-separated parts may come first ("With two days of practice, this course will teach ...")
_ACTIVITY_COVERS = lazy_compile(
    r"^(?:[^.,]{0,160}(?:,[^.,]{0,160}){0,2},\s+)?"
    r"(?:this|the)\s+(?:[\w-]+\s+){0,2}?(?:activity|course|program|programme|module|webinar|"
    r"workshop|session|series|lecture|training|curriculum)\s+(?:will\s+)?(?:includes?|cover(?:s)?|"
    r"address(?:es)?|focus(?:es)?\s+on|reviews?|examines?|explores?|discuss(?:es)?|consists?\s+of|"
    r"presents?|teach(?:es)?)\b",
    re.IGNORECASE,
)


def _description_codes(sentences: list[str]) -> list[str]:
    """Codes a description states as its subject: named in its first sentence, or in at least
    two of its sentences (a single later mention is more often a neighbouring subject: measured
    on the corpus, 24 of 30 first-sentence codes were right against 40 of 65 for any mention;
    two words of one code in one sentence, "palliative care and hospice" among treatment
    options, are still one mention: 4 wrong codes fewer, none lost, 2026-12-06).
    A sentence left out (the audience's, "") keeps its place: the next is not the first."""
    description = " ".join(sentences)
    if not any_topic().search(description):  # the first sentence is a part of it
        return []
    first = sentences[0] if sentences else ""
    own = set(
        codes_in(" ".join([first] + [s for s in sentences[1:] if _ACTIVITY_COVERS.search(s)]))
    )
    mentions = Counter(code for s in sentences if s for code in codes_in(s))
    return [code for code in topic_patterns() if code in own or mentions[code] >= 2]


def _without_prescribing_risk(codes: list[str], sentences: list[str]) -> list[str]:
    """An opioid-prescribing course (its title says so) speaks of addiction and use disorders as
    the risk of prescribing (docs/corpus.md "Topics": an opioid risk course is
    ``opioid_prescribing``; ``substance_use_disorders`` needs the disorder as a subject): its
    description's later mentions of them are no second subject, only its first sentence is."""
    if "substance_use_disorders" not in codes:
        return codes
    if sentences and topic_patterns()["substance_use_disorders"].search(sentences[0]):
        return codes
    return [c for c in codes if c != "substance_use_disorders"]


# examples listed after "including", "such as", "e.g." to the end of the clause: a passing
# word inside a sentence about something else (docs/corpus.md "Topics": "sepsis prevention,
# including ... infection control measures" is no infection control)
_EXAMPLES = lazy_compile(
    r"(?:,\s*|\s+)(?:including|such\s+as|e\.g\.|for\s+example)\s[^.;:()]*", re.IGNORECASE
)


def _without_audience(description: str, audience: list[str], diags: list[Diagnostic]) -> list[str]:
    """The description's sentences, those the audience was read from (a line the audience
    extractor used, a sentence naming its items) left empty: whom an activity is for is not
    what it teaches ("suited for carers of elderly people" is no geriatrics; docs/corpus.md
    "Topics": never topics in the audience)."""
    sentences = _SENTENCE.split(description)
    heard = [d.text for d in diags if d.field == "audience" and d.status == "used"]
    if not heard or not audience:
        return sentences
    return [
        "" if any(s.strip() in h for h in heard) and any(a in s.lower() for a in audience) else s
        for s in sentences
    ]


def _line_of(doc: Doc, diags: list[Diagnostic], zone: str, text: str) -> int:
    """The line a zone's text was read from (for the import page's highlighting), else 0."""
    probe = text.strip()[:60]
    fields = {zone, "topics"} if zone in ZONE_FIELDS else {"topics"}
    for d in diags:
        if d.field in fields and d.status == "used" and probe and probe in d.text:
            return d.line
    for ln in doc.lines:
        if probe and probe in ln.text:
            return ln.no
    return 0


def _covers_lines(doc: Doc) -> list[tuple[int, str]]:
    """Sentences anywhere whose subject is the activity and whose verb says what it covers
    ("The online course reviews ..."): the activity stating its subject, like the description's
    first sentence, where the description extractor stopped before it."""
    out = []
    for ln in doc.lines:
        low = ln.text.lower()
        if not low.startswith(("this ", "the ")) and ". th" not in low and ", th" not in low:
            continue
        for sentence in _SENTENCE.split(ln.text):
            if _ACTIVITY_COVERS.search(sentence):
                out.append((ln.no, _EXAMPLES.sub("", sentence)))
    return out


def _requirement_lines(doc: Doc) -> list[tuple[str, int, str]]:
    """Sentences anywhere in the text that say the activity meets a requirement."""
    if not any(w in doc.low for w in ("requirement", "mandate", "mate act", "renewal")):
        return []
    rx = requirement_pattern()
    out = []
    for ln in doc.lines:
        for sentence in _SENTENCE.split(ln.text):
            m = rx.search(sentence)
            if m and MOC_PARTS.search(sentence):
                continue  # ABMS MOC boilerplate naming every part (docs/corpus.md "Topics")
            if m and not _NEGATION.search(sentence[: m.end()]):
                out.append(("requirement", ln.no, sentence))
    return out


def propose(doc: Doc, record: dict[str, Any], diags: list[Diagnostic]) -> list[Proposal]:
    """Topics the listing states, one proposal per code (from its surest zone), in vocabulary
    order: from the title and objectives the other extractors kept (``record``), the
    description's subject, a keyed ``Topics:`` line and sentences saying the activity meets a
    requirement."""
    found: list[tuple[str, int, str, list[str]]] = []
    titled: list[str] = []
    for zone, text in _field_texts(record):
        codes = title_codes(text) if zone == "title" else codes_in(_EXAMPLES.sub("", text))
        titled += codes if zone == "title" else []
        if codes:
            found.append((zone, _line_of(doc, diags, zone, text), text, codes))
    description = str(record.get("description") or "")
    if description:
        sentences = _without_audience(description, record.get("audience") or [], diags)
        sentences = ["" if MOC_PARTS.search(x) else _EXAMPLES.sub("", x) for x in sentences]
        codes = _description_codes(sentences)
        if "opioid_prescribing" in titled:
            codes = _without_prescribing_risk(codes, sentences)
        if codes:
            found.append(
                (
                    "description",
                    _line_of(doc, diags, "description", description),
                    description,
                    codes,
                )
            )
    for no, item in outline_lines(doc):
        if codes := codes_in(_EXAMPLES.sub("", item)):
            found.append(("outline", no, item, codes))
    for no, text in topic_list_sentences(doc):
        if codes := codes_in(text):
            found.append(("topic_list", no, text, codes))
    for ln in doc.fields("topics"):
        if ln.value and (codes := codes_in(ln.value)):
            found.append(("keyed", ln.no, ln.value, codes))
    for no, text in credit_lines(doc, diags):
        if MOC_PARTS.search(text):  # the line without the ABMS MOC sentence
            text = " ".join(x for x in _SENTENCE.split(text) if not MOC_PARTS.search(x))
        if codes := codes_in(text):
            found.append(("credit", no, text, codes))
    for no, text in _covers_lines(doc):
        if codes := codes_in(text):
            found.append(("description", no, text, codes))
    for no, words in topic_credit_lines(doc):
        if codes := codes_in(words):
            found.append(("credit", no, words, codes))
    for zone, no, text in _requirement_lines(doc):
        if codes := codes_in(text):
            found.append((zone, no, text, codes))
    best: dict[str, Proposal] = {}
    for zone, no, text, codes in found:
        for code in codes:
            p = Proposal(code, ZONE_CONFIDENCE[zone], zone, no, text)
            if code not in best or p.confidence > best[code].confidence:
                best[code] = p
    # A narrower topic stated (Florida laws and rules) implies its broader one: keep only it.
    implied = {VOCABULARY[c].broader for c in best if c in VOCABULARY}
    order = list(TOPICS)
    return sorted(
        (p for c, p in best.items() if c not in implied),
        key=lambda p: order.index(p.code) if p.code in order else len(order),
    )


def extract_topics(
    doc: Doc, record: dict[str, Any], diags: list[Diagnostic]
) -> tuple[list[str], float | None]:
    """The proposed codes and the field's confidence (its least sure code; None when none);
    each proposal's line is marked as used by ``topics`` with the zone it was read in."""
    proposals = propose(doc, record, diags)
    labels = vocabulary()
    for p in proposals:
        if p.line:
            note = f"proposed: {labels.get(p.code, p.code)} (from the {_ZONE_NAMES[p.zone]})"
            diags.append(Diagnostic("topics", p.line, p.text, "used", note))
    if not proposals:
        return [], None
    return [p.code for p in proposals], min(p.confidence for p in proposals)


_ZONE_NAMES = {
    "requirement": "sentence saying it meets a requirement",
    "keyed": "topics line",
    "outline": "outline of what it covers",
    "topic_list": "sentence listing its topics",
    "credit": "credit designation",
    "title": "title",
    "objectives": "objectives",
    "description": "description",
}
