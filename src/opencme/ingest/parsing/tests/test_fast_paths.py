"""The rule extractors' cheap guards change no output: each guarded path is compared with the
straightforward one (every pattern tried) on texts built from the pieces the patterns look for,
so that a guard that skips a needed pattern (a separator, a currency sign, a lead-in's last
word left out of its list) fails here."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from opencme.ingest.parsing.descriptions import paragraph_cut
from opencme.ingest.parsing.objectives import OBJECTIVES_HEAD, may_head
from opencme.ingest.parsing.titles import clean_steps, clean_title

# pieces of titles and of what pages add to them
_TITLE_PIECES = [
    "Opioid Safety",
    "Sepsis",
    " ",
    "  ",
    "\t",
    ",",
    " - ",
    " – ",
    " — ",
    " | ",
    " :: ",
    " » ",
    " • ",
    ": ",
    ":",
    "(",
    ")",
    " (2 CE Credits)",
    " (May 2025)",
    "$25",
    " $ 1,200.00",
    "€40",
    "£15",
    "2 CE Credits",
    "Sold Out!",
    "November 10, 2025",
    "CME",
    "CPD Information",
    "About the ",
    "about our ",
    "About",
    "1. ",
    "12) ",
    "#3 ",
    "٣. ",
    "a",
    "A",
    "Free",
]
_TEXT_PIECES = [
    "The course covers sepsis.",
    " ",
    "\n",
    ".",
    "!",
    "?",
    ":",
    ": ",
    " Learning Objectives: ",
    " Learning Objectives:",
    "\t",
    " Target Audience: ",
    " Goals: ",
    "Participants will be able to:",
    " At the end, you will learn how to",
    " Upon completion, learners should:",
    "Outcome",
    "objectives",
    "Objectives",
]
_HEAD_PIECES = [
    "Learning ",
    "Objectives",
    "OBJECTIVE",
    "Learning Outcomes",
    "Educational ",
    "Goals and ",
    "Participants ",
    "Attendees ",
    "You ",
    "will ",
    "should ",
    "shall ",
    "be able to",
    "be prepared to",
    "learn",
    "learn how to",
    "understand",
    "know",
    "gain",
    "\u212anow",  # the Kelvin sign: IGNORECASE reads it as "k"
    "ſhould ",  # a long s: lower() keeps it, IGNORECASE reads it as "s"
    "obİective",
    ":",
    " :",
    " ",
    ".",
    "sepsis",
]


def _joined(pieces: list[str], most: int) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=most).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_joined(_TITLE_PIECES, 7))
@example("Sepsis Update\t–\t2 CE Credits")
def test_clean_title_guards_change_nothing(text: str) -> None:
    assert clean_title(text) == clean_steps(text.strip(), guarded=False)


@settings(max_examples=800, deadline=None)
@given(_joined(_TEXT_PIECES, 6))
@example("The course covers sepsis. Learning Objectives:\tName its signs.")
def test_paragraph_cut_guards_change_nothing(text: str) -> None:
    assert paragraph_cut(text) == paragraph_cut(text, guarded=False)


@settings(max_examples=1500, deadline=None)
@given(_joined(_HEAD_PIECES, 6))
def test_objectives_head_needs_what_may_head_checks(text: str) -> None:
    t = text.strip()
    if OBJECTIVES_HEAD.search(t):
        assert may_head(t, t.lower())


def test_guards_skip_the_patterns_on_plain_text() -> None:
    """The fast paths are taken: a plain heading is returned as it is, a plain sentence is
    no objectives head (and the examples the properties rest on do pass the patterns)."""
    assert clean_title("  Opioid Safety in Practice ,") == "Opioid Safety in Practice"
    assert clean_title("About the Sepsis Course") == "Sepsis Course"
    assert clean_title("Sepsis Update | 2 CE Credits") == "Sepsis Update"
    assert clean_title("Sepsis Update $25") == "Sepsis Update"
    assert not may_head("This course covers sepsis.", "this course covers sepsis.")
    assert OBJECTIVES_HEAD.search("Participants will gain")
    assert OBJECTIVES_HEAD.search("You will \u212anow")
