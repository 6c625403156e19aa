"""`orgs._pieces` answers "does this part of a run look like an organisation" for the parts of
two words or more from a running count of head nouns; this checks it against the plain code
(`_org_like` on every part) on generated runs, so that a head noun before a comma or a full
stop left out of the count fails here."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from opencme.ingest.reading import orgs

_WORDS = [
    "American",
    "College",
    "College,",
    "College.",
    "Hospital",
    "Hospital,",
    "University",
    "of",
    "for",
    "and",
    "the",
    "in",
    "on",
    "-",
    "–",
    "y",
    "Delta",
    "Surgeons",
    "Division",
    "Education",
    "Saturday",
    "ABC",
    "MedBridge",
    "www.x.org",
    "Inc.",
    "Smith,",
    "Center's",
]


def _plain_pieces(span: str) -> tuple[tuple[str, str, str | None, str | None], ...]:
    """The loop as it was: `_org_like` called on every part."""
    cut = orgs._POSS.sub("", span)
    poss = "'s" if cut != span else None
    words = cut.split()
    if len(words) > 16:
        words, poss = words[:16], None
    n = len(words)
    out: list[tuple[str, str, str | None, str | None]] = []
    if orgs._org_like(words):
        out.append((" ".join(words), "span", None, poss))
    starts, ends = {0}, {len(words)}
    for k in range(1, len(words)):
        a, b = words[k - 1], words[k]
        if b[0].isupper() and a[0].isupper() and not a.endswith(","):
            starts.add(k)
            ends.add(k)
        elif b in orgs._BREAKS:
            ends.add(k)
            starts.add(k + 1)
        elif a in orgs._BREAKS:
            starts.add(k)
    for i in sorted(starts):
        if i >= n or not words[i][0].isupper():
            continue
        for j in sorted(ends):
            if i < j and (i, j) != (0, n) and orgs._org_like(words[i:j]):
                left = words[i - 1].lower() if i else None
                right = words[j].lower() if j < n else poss
                out.append((" ".join(words[i:j]), "part", left, right))
    return tuple(out)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=18).map(" ".join))
@example("Delta Surgeons College, Smith")
@example("Delta Surgeons Hospital. Smith Delta")
def test_pieces_is_the_plain_loop(span: str) -> None:
    assert orgs._pieces.__wrapped__(span) == _plain_pieces(span)


def test_pieces_finds_the_parts_of_a_joined_run() -> None:
    got = [
        p[0] for p in orgs._pieces.__wrapped__("American College of Surgeons Division of Education")
    ]
    assert "American College of Surgeons" in got
