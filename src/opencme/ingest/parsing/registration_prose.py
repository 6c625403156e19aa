"""``registration`` from prose beyond "limited to" (R-RG-2, R-RG-3; docs/corpus.md).

Three classes of sentence whose subject is the activity (an activity noun of
data/provider_cues.json, a noun of taking part, or "this"/"these"/"it"):

- open to anyone: "is (free and) open to the (general) public / to all / to everyone / to
  anyone", "is open for public enrolment", "is open to members of the public" -> ``open``;
  "open to all <people>" is an audience, not an openness ("open to all registered nurses");
- restricted to the members of an institution: "are open to the fellows and trainees of <Name>",
  "is available to all at the Faculty of <Name>", "is open only to employees of <Name>"
  -> ``limited`` (a region, "nurses in Ontario", is an audience, not a membership);
- only a group's members admitted: "only <Name> members will be approved / may attend / can
  register / are eligible" -> ``limited`` (members earning credit, "only members can earn the
  credit", restricts the credit, not taking part).
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.audience_serves import PROFESSION_HEAD
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import PROVIDER_CUES

_PART = ["attendance", "registration", "enrollment", "enrolment", "participation", "admission"]
_SUBJECT = "|".join(
    re.escape(w)
    for w in sorted(
        {*_PART, *PROVIDER_CUES["activity_nouns"], "this", "these", "it", "rounds", "event"},
        key=len,
        reverse=True,
    )
)
# the subject, up to 40 characters of its name, the copula
_LEAD = rf"(?i:\b(?:{_SUBJECT})\b[^.;:\n]{{0,40}}?\b(?:is|are|will\s+be|remains?)\s+)"

_OPEN = lazy_compile(
    _LEAD + r"(?:(?:free|freely|entirely)\s+(?:and\s+)?)?(?:open|available)\s+(?:to|for)\s+"
    r"(?:(?:the\s+)?(?:general\s+)?public\b|members\s+of\s+the\s+(?:general\s+)?public\b|"
    r"public\s+(?:enrol|enroll|regist|participation|access)\w*|"
    r"general\s+(?:enrol|enroll|regist|admission)\w*|"
    r"(?:anyone|everyone|everybody|all\s+comers)\b|"
    # "all" standing alone: "open to all", "open to all, free of charge", "open to all but …"
    r"all(?=\s*(?:[.,;:!)\]–—]|\s-\s|$)|\s+(?:but|and|who|regardless|free|welcome)\b))",
    re.IGNORECASE,
)

# the members of an institution: staff, students ... of/at a capitalised name
_MEMBERS = (
    r"(?:staff|employees|students|faculty|trainees|members|fellows|clinicians|physicians|"
    r"doctors|nurses|colleagues)"
)
_INSTITUTION = lazy_compile(
    _LEAD + r"(?i:(?:only\s+)?(?:open|available|restricted|limited)\s+(?:only\s+)?(?:to|for)\s+)"
    r"(?:(?i:(?:all\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?" + _MEMBERS + r"(?:\s*(?:,|and|&)\s*"
    r"(?:the\s+)?[\w-]+){0,4}\s+(?:of|at)\s+(?:the\s+)?)[A-Z]|"
    r"(?i:all\s+(?:in|at)\s+(?:the\s+)?)[A-Z])",
)

# "only <Name> (and <Name>) members will be approved / may attend"
_ONLY_MEMBERS = lazy_compile(
    r"\b(?i:only)\s+(?:(?:[A-Z][\w&-]*|and|&)\s+){1,5}(?:members|staff|employees|students|fellows)\s+"
    r"(?:(?:will|shall)\s+be\s+(?:approved|admitted|accepted|registered)|"
    r"(?:may|can|are\s+(?:eligible|permitted|allowed)\s+to)\s+(?:attend|register|enrol|enroll|"
    r"join|take\s+part|participate|book)\b|are\s+(?:eligible|admitted))",
)


# R-RG-5: the activity said to be for a group only ("This training is for county providers
# only", "is for certified therapists ONLY with a valid licence", "is open to members only"),
# or closed to anyone signing up alone ("is not available for individual registration")
_FOR_ONLY = lazy_compile(
    _LEAD + r"(?i:(?:for|open\s+to|available\s+to|offered\s+to)\s+"
    r"(?:the\s+)?(?P<group>[^.;:!?\n]{2,60}?)\s+only\b|not\s+(?:open|available)\s+(?:to|for)\s+"
    r"individual\s+(?:registration|enrol(?:l)?ment|participants|learners)\b)"
)
# the credit restricted, not taking part ("open to all but CPD points are available for
# members only"; an audience "intended for" a group is no restriction either)
_CREDIT_ONLY = lazy_compile(
    r"\b(?:credits?|points?|hours?|certificates?)\s+(?:is|are|will\s+be)\b", re.IGNORECASE
)
_GROUP_TAIL = lazy_compile(r"\s*\([^()]*\)$|['’]s$")


def _people(group: str | None) -> bool:
    """The group before "only" ends in a noun of people ("county providers", "certified
    therapists (ABC's)", "members"), not of time ("one day")."""
    if group is None:
        return True  # "not available for individual registration"
    words = _GROUP_TAIL.sub("", group.strip()).split()
    last = words[-1].lower() if words else ""
    return last in ("members", "employees") or PROFESSION_HEAD.search(last) is not None


# a subject counted or set apart is other programmes, not the activity ("Three evening
# lectures will also be open to the public beside the congress")
_OTHER_SUBJECT = lazy_compile(
    r"(?:\b(?:\d+|two|three|four|five|several|some|other|additional|separate)\s+"
    r"(?:[\w-]+\s+){0,2})$",
    re.IGNORECASE,
)


def _own(flat: str, m: re.Match[str]) -> bool:
    return _OTHER_SUBJECT.search(flat, max(0, m.start() - 30), m.start()) is None


# what every `_OPEN` and `_INSTITUTION` match holds: the predicate, found first (speed)
_PREDICATE = lazy_compile(
    r"(?:open|available|restricted|limited)\s+(?:only\s+)?(?:to|for)\b", re.IGNORECASE
)
_WINDOW = 60  # characters before the predicate: room for the subject, its name, the copula


def prose_registration(flat: str, low: str) -> tuple[str, int] | None:
    """(value, offset of the sentence read) or None."""
    if "only " in low:
        at = low.find("only ")
        while at >= 0:
            m = _ONLY_MEMBERS.match(flat, at)
            if m:
                return "limited", m.start()
            at = low.find("only ", at + 5)
    if "only" in low or "individual" in low:
        m = _FOR_ONLY.search(flat)
        if m and _own(flat, m) and _people(m["group"]) and not _CREDIT_ONLY.search(m[0]):
            return "limited", m.start()
    if not ("open" in low or "available" in low or "restricted" in low or "limited" in low):
        return None
    opened: int | None = None
    for p in _PREDICATE.finditer(flat):
        start, end = max(0, p.start() - _WINDOW), min(len(flat), p.end() + 160)
        m = _INSTITUTION.search(flat, start, end)
        if m and _own(flat, m):
            return "limited", m.start()
        if opened is None:
            m = _OPEN.search(flat, start, end)
            if m and _own(flat, m):
                opened = m.start()
    return ("open", opened) if opened is not None else None
