"""registration's page guard changes no output: every `_RESTRICTED` match holds a match of
`_PREDICATE`, so a page the guard turns away has no restriction to read (texts built from the
words the patterns look for, in odd cases too: "ı", "İ" and "ſ" under IGNORECASE)."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from opencme.ingest.parsing.layouts import build_doc
from opencme.ingest.parsing.registration import _PREDICATE, _RESTRICTED

_PIECES = st.sampled_from(
    [
        "Attendance",
        "registration",
        "the course",
        " is ",
        " are ",
        "strictly ",
        "limited",
        "LIMITED",
        "lımıted",
        "restricted",
        "only open",
        "only\navailable",
        " to",
        " to ",
        "members",
        "by invitation only",
        "Invitation-Only",
        "ınvitation",
        " ",
        "\n",
        ".",
        "20",
    ]
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(_PIECES, max_size=9).map("".join))
@example("Registration is limited to members")
@example("attendance ıs lımıted to nurses")
def test_every_restriction_holds_the_predicate(text: str) -> None:
    doc = build_doc(text)
    if _RESTRICTED.search(doc.flat):
        assert doc.has(_PREDICATE)
