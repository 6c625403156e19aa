"""Statement sentences a description never is, as classes (docs/corpus.md "Description": never
statements, policies or instructions; R-DE-4): an approval statement, a requirement put
on the reader, a disclaimer, and account text (data/description_keys.json "statement_classes").

These complete the word list of `descriptions.statement_like`, which matches substrings: these
need a pattern (a form of "to be" before "approved", "not … reflect").
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.description_refusals import other_statement
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import DESCRIPTION_KEYS, STATEMENT_WORDS, word_class

_CLASSES: dict[str, list[str]] = DESCRIPTION_KEYS["statement_classes"]


def _alt(words: list[str]) -> str:
    """The words as alternatives, longest first, a space matching spaces or a hyphen."""
    return "|".join(r"[\s-]+".join(map(re.escape, w.split())) for w in sorted(words, key=len)[::-1])


# an approval (R-ST-3's wording, data/statement_words.json): "The X Course is approved by the
# board", "has been approved for", "an Approved Provider", "has approved this"; not in a relative
# clause ("the protocol that was approved by the board" says what the course covers)
_APPROVAL = lazy_compile(
    r"(?<!\bthat\s)(?<!\bwhich\s)\b(?:is|are|was|were|has\s+been|have\s+been)\s+"
    r"(?:[\w-]+\s+){0,3}?approved\s+(?:by|as|for|through|under)\b"
    r"|\bapproved\s+providers?\b|\bhas\s+approved\s+this\b",
    re.IGNORECASE,
)
# a course meeting a board's rule: "This course meets the criteria for continuing education
# as defined by …", "meets the mandatory CE training" (a paragraph's opening only: a description
# may say so in passing, "… a four-day course that meets the requirements of the board")
_MEETS = lazy_compile(
    r"\bmeets?\s+the\s+(?:[\w-]+\s+){0,2}?(?:" + _alt(_CLASSES["meets_objects"]) + r")\b",
    re.IGNORECASE,
)
# funding (R-ST-4): "funded by", "educational grant from", "financial support"
_FUNDING = word_class(STATEMENT_WORDS["funding"])
_FUNDING_GUARDS = ("fund", "grant", "support", "cooperative")
# a disclaimer (R-ST-1: not-medical-advice / views-not-endorsed text)
_DISCLAIMER = lazy_compile(r"\b(?:" + _alt(_CLASSES["disclaimer"]) + r")", re.IGNORECASE)
# account and logistics words of the page ("password", "username")
_ACCOUNT = lazy_compile(r"\b(?:" + _alt(_CLASSES["account"]) + r")\b", re.IGNORECASE)
# a page's rules ("our cancellation policy", "the policy on substitutions", "Policy: …"), not a
# subject ("health policy", "programs that transform policy"): a determiner or a rule's topic
# before it (data/description_keys.json statement_classes "policy_topics"), or a colon after it
_POLICY = lazy_compile(
    r"\b(?:our|this|the|" + _alt(_CLASSES["policy_topics"]) + r")\s+polic(?:y|ies)\b"
    r"|\bpolic(?:y|ies)\s*:",
    re.IGNORECASE,
)
# a requirement put on the reader ("An evaluation is required before …", "Registration
# required:"), not a participle after a noun ("the skills required to assess wounds")
_REQUIRED = lazy_compile(
    r"\b(?:is|are|be|been|was|were|not)\s+(?:\w+\s+)?required\b|\brequired\s*:", re.IGNORECASE
)
# a cheap guard: every pattern above holds one of these
_GUARDS = (
    "approved",
    "required",
    "password",
    "username",
    "polic",
    *_CLASSES["disclaimer_guards"],
)


# the test's pass mark ("Participants need a 75% pass mark for the final quiz", "a passing
# score"): how the assessment is taken for credit, beside the not-description word "credit"
_CREDIT_TERMS = ("pass mark", "passing score")


def statement_sentence(low: str) -> bool:
    """A sentence or paragraph (any case) holding an approval, a requirement put on the reader,
    a disclaimer, account text, a page's policy or a test's pass mark: a statement or
    instruction, never the description."""
    if any(t in low for t in _CREDIT_TERMS) or other_statement(low):
        return True  # other_statement: other countries' wordings (R-DE-7)
    if not any(g in low for g in _GUARDS):
        return False
    return bool(
        _APPROVAL.search(low)
        or _REQUIRED.search(low)
        or _DISCLAIMER.search(low)
        or _ACCOUNT.search(low)
        or ("polic" in low and _POLICY.search(low) is not None)
    )


# an instruction to the learner: the learner the subject that opens the sentence, then a duty or
# a credit claimed ("Participants should keep their certificate …", "Conference registrants
# should log on to the app …", "You can claim …"); "Participants will learn …" says what the
# course does, and "the skills you need to give injections" is no instruction
_INSTRUCTION = lazy_compile(
    r"^(?:[\w-]+\s+){0,2}?(?:"
    + _alt(_CLASSES["learners"])
    + r")\s+(?:should|need\s+to|will\s+need\s+to|"
    r"(?:can|may)\s+claim|are\s+(?:asked|expected|reminded)\s+to)\b",
    re.IGNORECASE,
)


# a providership statement: "This activity is jointly provided by …", "co-sponsored by",
# "This course is offered in partnership with …" (who puts it on, not what it is)
_PROVIDERSHIP = lazy_compile(
    # the activity's full name as the subject too ("The Hill Symposium: Advancing Care—A
    # Primary Care Collaboration is co-sponsored by …"), not a relative clause in it
    r"^(?:this|the)\s+(?:(?!(?:which|that|who)\b)[^\s.!?]+\s+){0,20}?(?:is|are)\s+(?:(?:jointly|co-?)\s*(?:provided|"
    r"sponsored|presented|offered)|(?:offered|provided|presented)\s+in\s+(?:partnership|"
    r"collaboration|conjunction)\s+with\b"
    # R-DE-11: the whole sentence names the provider ("This activity is provided by X, LLC.")
    r"|provided\s+by\s+[^.!?]{3,80}[.!?]?$)"
    # the providership statements of ACCME's and Joint Accreditation's templates ("In support of
    # improving patient care, this activity has been planned and implemented by …", "… planned
    # and implemented in accordance with the accreditation requirements …")
    r"|\b(?:has\s+been|was|were|is|are)\s+planned\s+and\s+implemented\s+(?:by|in\s+accordance)\b",
    re.IGNORECASE,
)
_PROVIDERSHIP_GUARDS = ("provided", "sponsored", "offered", "presented", "planned")


def statement_opening(first: str) -> bool:
    """A paragraph's first sentence that says the course meets a board's rule ("This course
    meets the criteria for …"), who provides it jointly ("This activity is jointly provided
    by …"), tells the learner what to do, or who funds it ("This course has been fully funded
    by the regional health board"; R-ST-4, data/statement_words.json "funding"): the paragraph
    is a statement. Said later, after the course is described, any of these is in passing."""
    return (
        ("meet" in first and _MEETS.search(first) is not None)
        or (any(g in first for g in _FUNDING_GUARDS) and _FUNDING.search(first) is not None)
        or _INSTRUCTION.search(first) is not None
        or (
            any(g in first for g in _PROVIDERSHIP_GUARDS)
            and _PROVIDERSHIP.search(first) is not None
        )
    )


# a sum in millions or more ("costing $2 billion per year", "US$3.8 million"): a figure of the
# subject (what an illness costs), no price of the activity (the "$" of the not-description words)
_BIG_SUM = lazy_compile(r"(?:US|A|C|NZ)?\$\s?\d[\d.,]*\s*(?:million|billion|trillion)\b", re.I)


def without_sums(text: str) -> str:
    """`text` with its sums in millions or more written "a sum", and a hotel named as the
    activity's venue written "the venue" (without_venues)."""
    return without_venues(_BIG_SUM.sub("a sum", text) if "$" in text else text)


# a hotel's name, capitalised ("at the Grand Harbour Hotel", "at Lakeside Park Hotel")
_VENUE_HOTEL = lazy_compile(r"\b[A-Z][\w'’-]*\s+Hotel\b")
# what an accommodation statement speaks of (the "hotel" of the not-description words)
_LODGING = lazy_compile(
    r"\b(?:rooms?|accommodations?|reserv\w*|rates?|book\w*|nights?|stay\w*|lodging)\b",
    re.IGNORECASE,
)


def without_venues(text: str) -> str:
    """`text` with a hotel named as the activity's venue ("The conference was held on Friday
    at the Grand Harbour Hotel", "commenced at the … Hotel in Dubai") written "the venue": a
    place, no accommodation statement (docs/corpus.md "Description": never the accommodation
    text), unless the paragraph speaks of rooms, rates, booking or a stay."""
    if "Hotel" not in text or _LODGING.search(text) is not None:
        return text
    return _VENUE_HOTEL.sub("the venue", text)
