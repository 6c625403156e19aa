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
regression over those features is trained by `opencme train-parser` on the corpus and the
calibration listings (`crossfit`; a candidate is positive when the label's faculty names it).
`check` adds to the rules' faculty each person (the likelier form of each place) the model finds
likely enough; the threshold is chosen on the calibration listings among those that keep the
corpus's faculty, read out of fold, at the issue's target.
"""

from __future__ import annotations

from opencme.ingest.reading import linear, list_spans
from opencme.ingest.reading.list_spans import Described, Found, Place, norm

KEY = "_faculty_spans"
NOTE = "read as teaching from the words around the name (the learned faculty reader)"
_LINE_EDGES = (2, 5, 10, 20, 40, 80, 160, 320)
_COUNT_EDGES = (1, 2, 3, 5)
_L2 = 1.0
_POSITIVE_WEIGHT = 2.0
_KEEP = 0.05


def places(text: str) -> list[Place]:
    """Every place a person stands, with the forms of the name there (with the letters after
    it and without)."""
    from opencme.ingest.reading.people import PERSON

    out: list[Place] = []
    for no, index, line, above in list_spans.lines(text):
        for m in PERSON.finditer(line):
            whole = m.group().rstrip(" ,")
            name = m.group("name")
            place = Place(no, index, line, m.start(), above)
            place.forms.append((norm(whole), m.start(), m.start() + len(whole)))
            if norm(name) != norm(whole):
                place.forms.append((norm(name), m.start(), m.start() + len(name)))
            out.append(place)
    return out


def features(place: Place, form: str, start: int, end: int, on_line: int, count: int) -> list[str]:
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
    f |= list_spans.context(place, place.start, end)
    return sorted(f)


def described(text: str) -> Described:
    """Each place with each form's features."""
    return list_spans.described(places(text), features, norm(text))


def people(weights: dict[str, float], text: str) -> Found:
    """The likelier form of each place, with its probability; a person named at several
    places once, at its likeliest."""
    return list_spans.likeliest(weights, described(text))


def fit(pages: list[tuple[str, list[str]]]) -> dict[str, float]:
    return list_spans.fit(
        pages, described, norm, l2=_L2, positive_weight=_POSITIVE_WEIGHT, keep=_KEEP
    )


READER = list_spans.Reader("faculty", NOTE, people, fit)
check = READER.check  # combine: add what the model finds likely enough to the draft's faculty
train = READER.train  # train-parser: weights, and the threshold chosen on calibration listings
