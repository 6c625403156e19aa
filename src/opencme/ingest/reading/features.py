"""Generic per-segment features for the tagger: layout, shape and word classes, no phrases.

Features are strings (crfsuite attributes). They describe where a segment sits, what it looks
like, which known key or heading it is under, and which word classes (`cues`) and value
detectors (the rule modules' date and credit-name patterns) fire in it. Neighbours' key,
heading and shape are copied in with a `-1:`/`+1:` prefix so the chain sees its context.
"""

from __future__ import annotations

import re

from opencme.ingest.parsing import dates
from opencme.ingest.parsing.vocab import CREDENTIALS, CREDIT_NAME_ANY
from opencme.ingest.reading import cues
from opencme.ingest.reading.people import PERSON
from opencme.ingest.reading.segment import Segment

_MONEY = re.compile(
    r"(?:US\$|\$|€|£|\bUSD|\bEUR|\bGBP|\bCAD|\bAUD)\s?\d|\bfree\b|\bno\s+charge\b", re.I
)
# one of these is in the lower-cased text of a currency-and-digit match ("uſd": the long s,
# which IGNORECASE matches as "s" and lower() keeps)
_CURRENCY_WORDS = ("$", "€", "£", "usd", "uſd", "eur", "gbp", "cad", "aud")
_AMOUNT = re.compile(
    r"\b\d{1,3}(?:\.\d{1,2})?\s*(?:contact\s+hours?|credits?|hours?|points?|CEUs?)\b", re.I
)
_URL = re.compile(r"https?://|www\.|\.(?:com|org|net|edu)\b", re.I)
# Cheap tests before a pattern: each match of `_AMOUNT` (`_URL`) holds one of these words in
# lower case, so a segment without any needs no search. They leave out the optional "s"; of
# their letters only "i" is matched by IGNORECASE beyond what lower() gives (by "ı" and "İ",
# `_ODD_CASE`), and only the amount words hold one.
_AMOUNT_WORDS = ("hour", "credit", "point", "ceu")
_URL_WORDS = ("http", "www.", ".com", ".org", ".net", ".edu")
_EMAIL = re.compile(r"\S+@\S+\.\w+")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_DATE_RES = (dates.MDY, dates.DMY, dates.SLASH, dates.ISO, dates.MY)
# A credential after a space or a comma (", MD"). Searched as the credentials alone, then the
# character before each match is checked: a case-sensitive alternation of literals lets the
# regex engine skip to the letters credentials start with, where a leading `(?:,\s*|\s)` made
# it try every space (tests/test_credential_fast.py compares the two).
_CRED_ALONE = re.compile("(?:" + "|".join(re.escape(c) for c in sorted(CREDENTIALS)) + r")\b")
_SCAN = 240
# letters IGNORECASE matches as "i" or "s" that lower() does not turn into them
_ODD_CASE = ("ı", "İ", "ſ")


# `CREDIT_NAME_ANY` in lower case, searched case-sensitively in a lower-cased ASCII text: the
# same answer in about a third of the time (as fastre.py's twins; `[A-Za-z]` becomes `[a-za-z]`).
_CREDIT_NAME_TWIN = re.compile(CREDIT_NAME_ANY.pattern.lower())
# an upper-case escape, a flag turned off, a named group: lower() would change their meaning
_NO_TWIN = re.compile(r"\\[A-Z]|\(\?[a-zA-Z]*-|\(\?P")
if _NO_TWIN.search(CREDIT_NAME_ANY.pattern) or not CREDIT_NAME_ANY.flags & re.IGNORECASE:
    raise ValueError("CREDIT_NAME_ANY has no lower-case twin")
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"\d{4}")  # every pattern of `_DATE_RES` needs four digits in a row
_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "and",
        "for",
        "to",
        "in",
        "on",
        "with",
        "by",
        "this",
        "is",
        "are",
        "at",
        "from",
    ]
)


def has_credential(text: str) -> bool:
    """A known credential after a space or a comma: what `(?:,\\s*|\\s)(?:CREDENTIAL)\\b`
    finds, faster (`_CRED_ALONE`)."""
    m = _CRED_ALONE.search(text)
    while m is not None:
        q = m.start()
        if q and (text[q - 1] == "," or text[q - 1].isspace()):  # `\s` is str.isspace()
            return True
        m = _CRED_ALONE.search(text, q + 1)  # from the next character: no start is skipped
    return False


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return "more"


def _shape(text: str, words: list[str]) -> list[str]:
    """Shape features of `text`, whose `_WORD` words are `words`."""
    out: list[str] = []
    if not words:
        out.append("shape=nowords")
        return out
    caps = len([w for w in words if w[0].isupper()]) / len(words)
    out.append(
        "caps="
        + ("all" if caps == 1 else "most" if caps > 0.6 else "some" if caps > 0.2 else "few")
    )
    if text.isupper():
        out.append("upper")
    if text[:1].islower():
        out.append("startlower")
    end = text.rstrip()[-1:]
    out.append("end=" + (end if end in ".:;,?!)|" else "alnum" if end.isalnum() else "other"))
    if ":" in text:
        out.append("colon")
    return out


def _own(seg: Segment, words: list[str]) -> list[str]:
    """Features of one segment on its own (copied to neighbours with a prefix); `words` are
    the `_WORD` words of its text."""
    t = seg.text
    low = t.lower()
    f = [f"len={_bucket(len(t.split()), (1, 2, 4, 7, 12, 20, 40, 80))}"]
    f += _shape(t, words)
    if seg.bullet:
        f.append("bullet")
    if seg.numbered:
        f.append("numbered")
    if seg.key:
        f.append("key=" + seg.key)
    if seg.heading:
        f.append("heading")
        f.append("hkey=" + (seg.heading_key or "unk"))
    if len(seg.lines) > 1:
        f.append("attached")
    if seg.piece:
        f.append("piece")
    # detectors read the start of a segment: what a line is shows early, and long paragraphs
    # would make inference slow
    t = t[:_SCAN]
    digit = _DIGIT.search(t) is not None
    if digit and _YEAR.search(t) and any(r.search(t) for r in _DATE_RES):
        f.append("date")
    if (
        (digit and any(w in low for w in _CURRENCY_WORDS)) or "free" in low or "charge" in low
    ) and _MONEY.search(t):
        f.append("money")
    tl = t.lower()
    if (
        digit
        and (any(w in tl for w in _AMOUNT_WORDS) or any(c in t for c in _ODD_CASE))
        and _AMOUNT.search(t)
    ):
        f.append("amount")
    if (_CREDIT_NAME_TWIN.search(tl) if t.isascii() else CREDIT_NAME_ANY.search(t)) is not None:
        f.append("creditname")
    if any(w in tl for w in _URL_WORDS) and _URL.search(t):
        f.append("url")
    if "@" in t and _EMAIL.search(t):
        f.append("email")
    if has_credential(t):
        f.append("credential")
    m = PERSON.match(t)
    if m and len(m.group("name").split()) <= 4:
        f.append("person_cred" if m.group("creds") else "person")
    f += cues.classes_in(tl)
    if low.strip(" .:>»›") in cues.PAGE_CONTROLS:
        f.append("control")
    return f


def _words(seg: Segment, all_words: list[str]) -> list[str]:
    words = [w.lower() for w in all_words[:3]]
    f = [f"w{i}={w}" for i, w in enumerate(words[:2])]
    if len(words) >= 2:
        f.append(f"w01={words[0]}_{words[1]}")
    if words and words[0] in cues.OBJECTIVE_VERBS:
        f.append("objverb")
    head, colon, _rest = seg.text.partition(":")
    if colon and not seg.key and 0 < len(head.split()) <= 6:
        f.append("khead")
        f += ["kw=" + w.lower() for w in _WORD.findall(head) if w.lower() not in _STOP]
    if seg.heading:
        for w in words:
            if w not in _STOP:
                f.append("hw=" + w)
    return f


def _repeats(segs: list[Segment], own: list[list[str]]) -> None:
    """A short line whose words come back elsewhere on the page (a heading repeated, a name
    reused in prose) is the page's subject: titles and names repeat, boilerplate rarely does."""
    lows = [s.text.lower() for s in segs]
    whole = "\n".join(lows)
    for i, low in enumerate(lows):
        if 10 <= len(low) <= 150 and whole.count(low) >= 2:
            own[i].append("repeat")
            if any(low in other and low != other for other in lows):
                own[i].append("inside")


def sequence_features(segs: list[Segment], marks: list[list[str]] | None = None) -> list[list[str]]:
    """One feature list per segment, for crfsuite; `marks` are the rules' (`stack.py`)."""
    seg_words = [_WORD.findall(s.text) for s in segs]
    own = [_own(s, w) for s, w in zip(segs, seg_words, strict=True)]
    _repeats(segs, own)
    if marks is not None:
        for o, m in zip(own, marks, strict=True):
            o.extend(m)
    n = len(segs)
    out: list[list[str]] = []
    first_long = next((i for i, s in enumerate(segs) if len(s.text.split()) >= 3), -1)
    # what a segment shows its neighbours: its own features but caps and end (each segment's
    # list is filtered once, then read by the segment before and the one after)
    shown = [[x for x in o if not x.startswith(("caps", "end"))] for o in own]
    for i, seg in enumerate(segs):
        f = ["bias", f"idx={_bucket(i, (0, 1, 2, 4, 8, 16))}", f"rel={int(10 * i / max(n, 1))}"]
        if i == first_long:
            f.append("firstlong")
        f += own[i]
        f += _words(seg, seg_words[i])
        f.append("under=" + (seg.under or "none"))
        if i > 0:
            f += ["-1:" + x for x in shown[i - 1]]
        else:
            f.append("-1:edge")
        if i + 1 < n:
            f += ["+1:" + x for x in shown[i + 1]]
        else:
            f.append("+1:edge")
        out.append(f)
    return out
