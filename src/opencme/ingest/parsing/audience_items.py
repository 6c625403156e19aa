"""How an audience list is split into items (R-AU-3, docs/corpus.md "Audience"): at commas,
semicolons, "and", "or", "as well as", never inside brackets; a lone modifier before "and"
shares the next head noun ("marriage and family therapists"); lead-ins ("the following
healthcare professionals:", "including") and a trailing "only" go; a clause after an item goes
(a participle after a people noun too: "nurses working in primary care"), except after
"others", "other X", "anyone", "individuals", "those" and a bare "professionals", whose clause
says who they are; an umbrella before "including" gives way to
the people it names. Kept apart from audience.py, which finds where the list is.
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.audience_heads import names_people, people_word
from opencme.ingest.parsing.audience_serves import PROFESSION_HEAD
from opencme.ingest.parsing.lazyre import lazy_compile

_AUDIENCE_END = lazy_compile(
    r"\s+(?:who|whose|that|seeking|in\s+need\s+of|wishing|looking|as\s+part\s+of|to\s+\w+)\b.*$"
    r"|,\s+regardless\b.*$|,?\s+(?:e\.g|i\.e)\..*$",  # "staff e.g. nurses / paramedics"
    re.IGNORECASE,
)
_AUDIENCE_HEAD = lazy_compile(
    r"^(?:the\s+)?(?:target\s+|intended\s+|primary\s+)?audience\s+(?:of|is|are|includes?|"
    r"for\s+[^,]{0,80}?\s+(?:is|are|includes?))\s+|^an\s+audience\s+of\s+"
    r"|^(?:the\s+|this\s+)?(?:\w+\s+)?(?:is|are)\s+for\s+"
    r"|^(?:the\s+)?following\s+[^:]{0,40}:\s*|^(?:[\w-]+\s+){0,2}(?:professionals\s+)?"
    r"(?:including|such\s+as)(?:\s*,?\s*but\s+not\s+limited\s+to)?,?\s+"
    # a word singling some out, left at an item's start ("especially nurses")
    r"|^(?:most\s+)?(?:especially|particularly|in\s+particular|notably|specifically|namely)"
    r"\s*,?\s+",
    re.I,
)

_SPLIT = lazy_compile(
    r"\s*[,;]\s*(?:and\s+|or\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+or\s+|\s+&\s+|\s+as\s+well\s+as\s+"
    r"|\s+[•·]\s+"  # an inline bulleted list ("Chaplains • Clinical Therapist • Educators")
)
# an item that is the sentence going on, not a profession: it starts with a verb or a pronoun
NOT_ITEM = lazy_compile(
    r"^(?:is|are|was|were|will|can|may|must|features?|involves?|includes?|provides?|to|it|"
    r"this|these|they|we|you|among|attendees|participants\s+must)\b",
    re.IGNORECASE,
)
# what one item goes on with after the profession: "nurses involved in wound care"
_ITEM_END = lazy_compile(
    r"\s+(?:involved\s+in|with\s+(?:a|an|the|current|experience|some|prior|special)\s).*$",
    re.IGNORECASE,
)
_FINITE = lazy_compile(r"\b(?:will|is|are|was|were|can|may|must|has|have)\b")


def split(raw: str) -> list[str]:
    """Split at list separators outside brackets; a lone modifier before "and" joins the next
    item ("marriage and family therapists")."""
    parts: list[str] = []
    depth = 0
    start = 0
    for m in _SPLIT.finditer(raw):
        depth = raw.count("(", 0, m.start()) - raw.count(")", 0, m.start())
        if depth > 0:
            continue
        parts.append(raw[start : m.start()])
        parts.append(m.group(0))
        start = m.end()
    parts.append(raw[start:])
    out: list[str] = []
    k = 0
    while k < len(parts):
        item = parts[k].strip()
        joiner = parts[k + 1].strip() if k + 2 < len(parts) else ""
        joined = joiner in ("and", "&")
        # "or" too, for a lone modifier before people ("medical or dental students"; not
        # "family or general medicine", two fields)
        shared = joined or (joiner == "or" and names_people(parts[k + 2].strip().lower()))
        if shared and (_modifier(item) or (joined and _shares_head(item, parts[k + 2]))):
            parts[k + 2] = f"{item} {parts[k + 1].strip()} {parts[k + 2].strip()}"
        else:
            out.append(item)
        k += 2
    return out


def _shares_head(item: str, following: str) -> bool:
    """A short item naming no people before "and" and one that does ("sales and marketing
    specialists"): a modifier sharing the next item's head noun."""
    words = item.lower().split()
    nxt = following.strip().lower()
    return 0 < len(words) <= 2 and not names_people(item.lower()) and names_people(nxt)


def _modifier(item: str) -> bool:
    """An item ending in a word that is neither a plural nor a profession's head ("child",
    "licensed marriage", "both non-clinical"): it shares the head noun of the item after
    "and" ("child and adolescent psychiatrists")."""
    words = item.lower().split()
    if not words or len(words) > 3 or not all(w.replace("-", "").isalpha() for w in words):
        return False
    last = words[-1]
    collective = last in ("faculty", "staff", "personnel", "team", "public")
    return not last.endswith("s") and not collective and not PROFESSION_HEAD.search(last + "s")


# "others", "other X", "anyone", "individuals", "those" name no one until their clause says
# who ("and others who perform ultrasound", "other health care professionals who manage
# patients with cancer"): the clause is part of that item, as the text writes it
# (a participle or "with" after "others", "anyone", "individuals", "those": "others supporting
# the health of ...", "anyone with an interest in nursing")
_OTHERS_CLAUSE = lazy_compile(
    r"(?:^|[,;]\s*|\s)(?:(?:and|or)\s+)?(?P<tail>(?:(?i:any|all)\s+)?"
    r"(?:(?i:others|other|anyone|individuals|those)\b"
    r"(?:\s+[\w-]+){0,4}?,?\s+(?i:who|that|involved\s+in|working|interested\s+in|with)\b"
    r"|(?i:others|anyone|individuals|those),?\s+"
    r"(?i:with|[a-z]+ing)\s"
    # "all"/"any" and a noun phrase: "all healthcare professionals that encounter patients"
    r"|(?<![\w-])(?i:all|any)\s+(?:(?!(?i:and|or)\b)[\w-]+\s+){0,3}?[\w-]+\s+"
    r"(?i:who|that|involved\s+in|working|interested\s+in)\b).*)$"
)


# "professionals", "practitioners", "clinicians" with no modifier name no one until their
# clause says who, like "individuals": "professionals with a prior background in X, including
# psychologists" keeps "with ..." up to the comma
_BARE_GENERIC = lazy_compile(
    r"(?:^|[,;]\s*(?:(?:and|or)\s+)?|\s(?:and|or)\s+)(?P<tail>(?i:(?:all\s+)?(?:professionals|"
    r"practitioners|clinicians))\s+(?i:with|who|that)\s+[\w-]+\s+\w[^,;]*)"
)


# "healthcare professionals, including cardiologists, internists and pharmacists", "all levels
# of prescribing practitioners – NPs, GPs, RNs": the umbrella before "including", "such as" or
# a dash gives way to the professions it names
# ... and before a word singling some out ("health professionals, especially nurses and
# midwives", "clinicians, in particular GPs and practice nurses"; docs/corpus.md "Audience")
_SINGLING = r"especially|particularly|in\s+particular|notably|specifically|namely|above\s+all"
_INCLUDING = lazy_compile(
    # "including, but not limited to,"; "and in particular"
    r",?\s+(?:(?:and|or)\s+)?(?:(?:most\s+)?(?:(?:including|such\s+as)"
    r"(?:\s*,?\s*but\s+not\s+limited\s+to)?|" + _SINGLING + r"))\s*,?\s+"
    r"|\s+[–—]\s+(?:(?:" + _SINGLING + r")\s*,?\s+)?",
    re.IGNORECASE,
)
_SINGLED = lazy_compile(_SINGLING, re.IGNORECASE)
# the cheap substrings of `_INCLUDING` (R-PF-1)
_INCLUDING_HINTS = ("ing ", "such as", "–", "—", "ly ", "in particular", "above all")
_UMBRELLA = lazy_compile(
    r"\b(?:professionals?|providers?|clinicians?|practitioners?|hcps?|staff|personnel|workers?|"
    r"disciplines|professions|learners)\b",
    re.IGNORECASE,
)


def clause_items(raw: str) -> list[str]:
    """The items of a list, its trailing clause cut (R-AU-3) unless it says who "others" are;
    an umbrella of one phrase before "including" and two or more people goes."""
    inc = _INCLUDING.search(raw) if any(h in raw for h in _INCLUDING_HINTS) else None
    if inc and not re.search(r"[,;(]", raw[: inc.start()]) and _UMBRELLA.search(raw[: inc.start()]):
        named = clause_items(raw[inc.end() :])
        if sum(map(names_people, named)) >= 2:
            return named
    if inc and _SINGLED.search(inc.group(0)):
        # one singled out ("all health professionals – especially those in primary care"):
        # the umbrella and the one, the word no part of either
        return clause_items(raw[: inc.start()]) + clause_items(raw[inc.end() :])
    bare = _BARE_GENERIC.search(raw) if "s " in raw else None
    if bare:
        tail = " ".join(bare["tail"].split()).strip(" .").lower()
        before = clause_items(raw[: bare.start()]) if bare.start() else []
        return before + ([tail] if len(tail) < 200 else []) + clause_items(raw[bare.end() :])
    m = _OTHERS_CLAUSE.search(raw)
    if m is None:
        return items(_AUDIENCE_END.sub("", raw))
    head = items(_AUDIENCE_END.sub("", raw[: m.start()])) if m.start() else []
    tail = " ".join(_TAIL_END.split(m["tail"])[0].split()).strip(" .").lower()
    return head + ([tail] if len(tail) < 200 else [])


# where the clause of "others", "those" ends: a dash, or a second relative clause joined to it
# (", and who wish to ...")
_TAIL_END = lazy_compile(r"\s+[–—]\s+|,\s+and\s+(?:who|that|whose)\b", re.IGNORECASE)


# a participle left at an item's end when the list cut its clause ("other allied healthcare
# professionals specializing" [or certified in ...])
_PARTICIPLE_END = lazy_compile(r"(?<=s)\s+[a-z]+ing$")


def items(raw: str) -> list[str]:
    raw = _AUDIENCE_HEAD.sub("", raw.strip())
    raw = _AUDIENCE_HEAD.sub("", raw)  # "The target audience is professionals including X"
    out = []
    for item in split(raw):
        item = _ITEM_END.sub("", _AUDIENCE_END.sub("", item.strip()))
        item = re.sub(r"\s+only$|^(?:the|a|an)\s+", "", item.strip().strip(".").lower())
        item = _AUDIENCE_HEAD.sub("", item)
        if NOT_ITEM.match(item) or _FINITE.search(item):
            break  # the sentence goes on after the list ("... and features sessions, ...")
        if item.count("(") != item.count(")"):
            continue  # cut inside a bracket ("(and/or nurse practitio")
        item = re.sub(r"^both\s+", "", item)
        item = _PARTICIPLE_END.sub("", _cut_participle(item))
        if item and len(item) < 90:
            out.append(item)
    return out


# a participle after a named profession begins its clause, which goes ("nurses working in
# primary care", "therapists treating veterans", "nurses interested in X"; docs/corpus.md
# "Audience"); not after "others", "all X", a bare "professionals" (their clause says who)
_PAST_PARTICIPLES = frozenset(("interested", "involved", "employed", "engaged", "wanting"))
_GENERIC_FIRST = frozenset(("others", "other", "all", "any", "anyone", "individuals", "those"))
_BARE = frozenset(("professionals", "practitioners", "clinicians"))
# words that go on with the noun phrase before any clause ("deans of schools", "clinicians
# responsible for"): a participle or "with" after them is inside that phrase
_POST_MODIFIERS = frozenset(
    ("of", "for", "in", "at", "on", "to", "from", "by", "within", "across", "responsible")
)


def _cut_participle(item: str) -> str:
    """The item up to a participle that follows a people noun ("quarry nurses working in
    pits" -> "quarry nurses")."""
    if "ing " not in item and "ed " not in item and "wanting" not in item and " with " not in item:
        return item
    words = item.split()
    if not words or words[0] in _GENERIC_FIRST or words[0] in _BARE:
        return item
    for k in range(1, len(words)):
        w = words[k]
        if w in _POST_MODIFIERS:
            return item  # the noun phrase went on first ("clinicians responsible for ...")
        participle = (len(w) > 5 and w.endswith("ing")) or w in _PAST_PARTICIPLES or w == "with"
        # an adverb may stand between ("trainers actively providing X")
        j = k - 1 if k < 2 or not words[k - 1].endswith("ly") else k - 2
        # a plural or a collective: "nurse training coordinators" is a compound, no clause
        head = words[j]
        plural = head.endswith("s") or head in ("staff", "personnel", "faculty", "team")
        if participle and plural and people_word(head, False):
            return " ".join(words[: j + 1])
    return item
