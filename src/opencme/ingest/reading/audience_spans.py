"""A learned reading of the audience: which people the page says the activity is for.

On sites no rule was written against the rules read the audience about half the time; most
misses are professions named in a sentence the rules have no pattern for (an invented pair:
"brings midwives and other perinatal staff together to ...", "Applicants should be practising
orthoptists"), or in a list under a heading of the site's own words. The professions themselves
are easy to find: an audience item ends in a word that names people (`audience_heads.
people_word`: a person noun, an agent noun, an abbreviation of one), so every such word is a
place, and its forms are the word with up to five words before it in the same run (no
punctuation between, no "and", "for", "of" ...): "professionals", "care professionals",
"health care professionals", "other health care professionals". Which form, and whether the
page names them as its audience, is what the words around them say ("designed for", a heading
"Who should attend" above, "will be able to" after) and the form's own first word ("other",
"all", "licensed"), and those words are shared across sites. A logistic regression over them
is trained by `opencme train-parser` on the corpus and the calibration listings (`crossfit`;
a form is positive when the label's audience holds it); `check` adds the likeliest form of
each place found likely enough (`list_spans`), the threshold chosen on the calibration listings
with the corpus held at the issue's target.
"""

from __future__ import annotations

import re
from functools import lru_cache

from opencme.ingest.reading import linear, list_spans
from opencme.ingest.reading.list_spans import Described, Found, Place, norm

KEY = "_audience_spans"
NOTE = "read as the audience from the words around it (the learned audience reader)"
MAX_WORDS = 6  # a form's words, the people word among them
# a word, a slash joining words ("LPN/LVN"); any other punctuation stands between words
_TOKEN = re.compile(r"[^\s,;:()\[\]{}•·|/]+(?:/[^\s,;:()\[\]{}•·|/]+)*")
# words an audience item does not start with before its profession: where a run of the
# sentence ends and the item begins (the item splitter's own joints, R-AU-3)
_BREAKS = frozenset(
    (
        *("and", "or", "&", "the", "a", "an", "is", "are", "be", "will", "who", "that"),
        *("for", "to", "of", "by", "with", "in", "at", "on", "from", "as", "including", "such"),
    )
)
_ABBREVIATION_PLURAL = re.compile(r"[A-Z]{2,5}s")  # "PAs", "NPs"
_LINE_EDGES = (2, 5, 10, 20, 40, 80, 160, 320)
_COUNT_EDGES = (1, 2, 3, 5)
_L2 = 1.0
_POSITIVE_WEIGHT = 2.0
_KEEP = 0.05


@lru_cache(maxsize=1 << 16)  # a page's words repeat, and pages share most of theirs
def _names_people(token: str) -> bool:
    from opencme.ingest.parsing.audience_heads import people_word

    word = token.lower().strip(".’'\"")
    if not word:
        return False
    if people_word(word, False):
        return True
    # an abbreviation stands alone only when written as one ("RN", "APRNs", not "Ce")
    bare = token.strip(".")
    shouted = bare.isupper() or bool(_ABBREVIATION_PLURAL.fullmatch(bare))
    return shouted and len(word) >= 2 and people_word(word, True)


def places(text: str) -> list[Place]:
    """Every word that names people, with its forms: the word and up to five words before it
    in the same run."""
    out: list[Place] = []
    for no, index, line, above in list_spans.lines(text):
        toks = list(_TOKEN.finditer(line))
        for h, head in enumerate(toks):
            if not _names_people(head.group()):
                continue
            end = head.start() + len(head.group().rstrip(".’'\""))
            place = Place(no, index, line, head.start(), above)
            s = h
            while s >= 0 and h - s < MAX_WORDS:
                if s < h:
                    between = line[toks[s].end() : toks[s + 1].start()]
                    word = toks[s].group()
                    if between.strip() or word.endswith((".", "!", "?")):
                        break
                    if word.lower() in _BREAKS:
                        break
                start = toks[s].start()
                place.forms.append((norm(line[start:end]).lower(), start, end))
                s -= 1
            out.append(place)
    return out


def features(place: Place, form: str, start: int, end: int, on_line: int, count: int) -> list[str]:
    """The form's words, first word, length and shape; the words beside it and above it; its
    line's place."""
    span = place.line[start:end]
    words = span.split()
    low = [w.lower() for w in words]
    f = {
        "bias",
        "line=" + linear.bucket(place.index, _LINE_EDGES),
        "online=" + linear.bucket(on_line, _COUNT_EDGES),
        "count=" + linear.bucket(count, _COUNT_EDGES),
        "nwords=" + linear.bucket(len(words), (1, 2, 3, 4)),
        "first=" + low[0],
        "head=" + low[-1],
    }
    f.update("w=" + w for w in low[:-1])
    shape = "upper" if span.isupper() else "capital" if words[0][:1].isupper() else "lower"
    f.add("shape=" + shape)
    f |= list_spans.context(place, start, end)
    return sorted(f)


def described(text: str) -> Described:
    """Each place with each form's features."""
    return list_spans.described(places(text), features, norm(text).lower())


def professions(weights: dict[str, float], text: str) -> Found:
    """The likeliest form of each place, with its probability; a form found at several places
    once, at its likeliest."""
    return list_spans.likeliest(weights, described(text))


def _key(item: str) -> str:
    return norm(item).lower()


def fit(pages: list[tuple[str, list[str]]]) -> dict[str, float]:
    return list_spans.fit(
        pages, described, _key, l2=_L2, positive_weight=_POSITIVE_WEIGHT, keep=_KEEP
    )


READER = list_spans.Reader("audience", NOTE, professions, fit)
check = READER.check  # combine: add what the model finds likely enough to the draft's audience
train = READER.train  # train-parser: weights, and the threshold chosen on calibration listings
