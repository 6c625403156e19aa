"""A person's card stored as text (R-PE-10): the name on its own line, then the same name glued
to the card's caption with no space ("Ana Roe" / "Ana RoeSocial Worker, BSW MSW, 12 years
experience", "Dr. Bo Li" / "Dr. Bo LiOwner of Elm Practice (PhD)"). A page that shows a photo,
the name under it and, on hover, the name and a caption stores both; the first line is the
person (a bare name too: the card says it is one), the glued line is its caption and names no
one. The caption must read as a person's: a credential, or a word of a post or a practice.
A bare name-shaped line over a paragraph that never names it is a title over its text
(R-PE-15); a person alone on a line over a biography opening with the same person is a card
(R-PE-16).

A team's cards stored as text (R-PE-25): each name alone on a line of two or three capitalised
words, its caption on the next line, short and without a full stop, naming a post or a trade
("Ana Roe" / "Accredited Hand Therapist"); two such cards in a row at least, so a heading over a
line that happens to hold a trade's word is no card.
"""

from __future__ import annotations

import re
from itertools import pairwise

from opencme.ingest.parsing.layouts import BULLET, Line
from opencme.ingest.parsing.lazyre import lazy_compile

# words of a caption about a person: a post, a practice, a trade ("Owner of", "Social Worker")
_CAPTION = lazy_compile(
    r"\b(?:Owner|Founder|Co-?founder|Director|Professor|Lecturer|Consultant|Specialist|Manager|"
    r"Worker|Therapist|Psychologist|Counsel+or|Practitioner|Nurse|Physician|Pharmacist|"
    r"Educator|Trainer|Coach|Surgeon|Dentist|Midwife|Clinician|Researcher|Fellow|Chair|Head|"
    r"Lead|Private\s+Practice|experience)\b"
)


def name_cards(lines: list[Line], cred: re.Pattern[str]) -> tuple[dict[int, str], set[int]]:
    """The lines that are a card's name (index -> the name) and those that are its glued
    caption (indexes): `cred` finds a credential in a caption."""
    names: dict[int, str] = {}
    captions: set[int] = set()
    prev = -1
    for i, ln in enumerate(lines):
        t = ln.text.strip()
        if not t:
            continue
        if prev >= 0:
            p = lines[prev].text.strip()
            if (
                5 <= len(p) <= 60
                and len(t) > len(p) + 1
                and t.startswith(p)
                and t[len(p)].isupper()
                and p[-1].isalpha()
            ):
                rest = t[len(p) :]
                if _CAPTION.search(rest) or cred.match(rest):
                    names[prev] = p
                    captions.add(i)
        prev = i
    return names, captions


# a bare name of two or three words, with an honorific or a middle initial maybe
_BARE_NAME = lazy_compile(
    r"(?:(?:Dr|Prof)\.?\s+)?[A-Z][a-z’'-]+(?:\s+[A-Z]\.)?(?:\s+(?:Mc|Mac|O’|O')?[A-Z][a-z’'-]+){1,2}"
)


def captioned_cards(lines: list[Line]) -> tuple[dict[int, str], set[int]]:
    """The name lines of a team's cards (index -> the name) and their caption lines (R-PE-25)."""
    texts = [(i, ln.text.strip()) for i, ln in enumerate(lines) if ln.text.strip()]
    pairs = []
    for (i, name), (j, caption) in pairwise(texts):
        if (
            lines[i].raw_key is None
            and _BARE_NAME.fullmatch(name)
            and not _CAPTION.search(name)
            and len(caption.split()) <= 6
            and not caption.endswith(".")
            and _CAPTION.search(caption)
        ):
            pairs.append((i, name, j))
    if len(pairs) < 2:
        return {}, set()
    return {i: name for i, name, _ in pairs}, {j for _, _, j in pairs}


def heading_over_text(lines: list[Line], ln: Line, name: str) -> bool:
    """A bare name-shaped line (no credentials, no title) with a paragraph right under it that
    never names it: a session's title over its description ("Simple Wound Closure" /
    "Participants will practise airway skills …"), not a person (R-PE-15). A person's line
    under a role key is followed by a post, an institution or a biography naming the person."""
    i = lines.index(ln)
    nxt = next((x.text.strip() for x in lines[i + 1 : i + 4] if x.text.strip()), "")
    if len(nxt) < 60 or not nxt.endswith((".", "!", "?")):
        return False
    words = name.split()
    return not any(w in nxt for w in words)


_BIO_VERB = lazy_compile(r"\b(?:is|was|has|serves|holds|joined|leads|works|teaches)\b")


def bio_follows(lines: list[Line], i: int, person: str) -> bool:
    """The line after line `i` (a person alone) opens a biography of the same person ("Dr. Bo
    Li" / "Dr. Bo K. Li is Emeritus Professor of …"): the first and last words of the name
    open it, a middle initial allowed, and a verb of a biography follows (R-PE-16). A page's
    card and biography stand on their own, even after a disclosure section."""
    t = BULLET.sub("", lines[i].text).strip()
    if t != person or len(person.split()) < 2:
        return False
    nxt = next((x.text.strip() for x in lines[i + 1 : i + 4] if x.text.strip()), "")
    words = person.split(",")[0].split()
    head = nxt[: len(person) + 12]
    if not nxt.startswith(words[0]) or words[-1] not in head:
        return False
    return _BIO_VERB.search(nxt, 0, len(person) + 40) is not None
