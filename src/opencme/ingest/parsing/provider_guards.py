"""Owners that are none (R-PV-7's precision): the three shapes a line names an organisation
before an activity noun without offering the activity.

- A line in capitals ("TAKE A CLOSER LOOK AT THE COURSE", "REGISTER FOR THE WORKSHOP"): every
  word there has an acronym's shape, so no word of it can be told to be a name.
- A credential's programme after the name ("credit toward the Northgate Board of Surgery's
  Continuous Certification program", "X's Maintenance of Licensure Programme"): a scheme the
  learner's credit counts toward, not the activity.
- A governing body's sitting ("X's House of Delegates will conduct its annual meeting").
- A supporter's gift toward the activity ("X gave a grant to the course").
- A post's unit after a person's post ("Program Director for the Elm Valley IM Residency
  Program", "Chair of the Riverside Annual Conference"): where the person works, not who offers
  this activity.
"""

from __future__ import annotations

from opencme.ingest.parsing.lazyre import lazy_compile

# the programme a credential is kept in: certification, licensure, revalidation (English and
# its spellings); "MOC" is its acronym; the programme's noun ends the match
_CREDENTIAL = lazy_compile(
    r"(?:\b(?i:(?:re-?)?certification|licensure|licensing|revalidation)|\bMOC)\s+"
    r"(?i:program|programme|scheme)s?$"
)
# a person's post and the preposition to its unit ("Director for the", "Dean of the")
_POST_BEFORE = lazy_compile(
    r"\b(?i:director|co-?director|coordinator|manager|chair|chairman|chairwoman|chairperson|"
    r"head|dean|lead|leader|professor|lecturer|fellow|resident|president|officer|"
    r"administrator|founder|member|graduate|alumn(?:us|a|i))s?\s+(?:for|of|at|in|with)\s+$"
)


# money or help given toward the activity ("X gave a grant to the course", "X offers support
# for the workshop"): a supporter's act, no offering (R-PV-67)
_SUPPORT = lazy_compile(
    r"\b(?i:grants?|funding|funds|donations?|sponsorship|support|scholarships?|bursar(?:y|ies)|"
    r"awards?|prizes?|money|space|venue|catering)\b"
)


# a governing body's members ending the name: its sitting is a business meeting (R-PV-68)
_BODY = lazy_compile(r"\b(?:Directors|Trustees|Governors|Regents|Delegates|Senate)['’]?s?$")
_GIVES_CREDIT = lazy_compile(
    r"\bg(?:ive|ives|ave|iving)\b.*\b(?i:credits?|contact\s+hours|hours|CEUs|points)$"
)


def not_an_owner(text: str, start: int, org_end: int, end: int) -> bool:
    """The match `text[start:end]` (its organisation ending at `org_end`) names no owner of the
    activity: a line in capitals, a credential's programme, a post's unit, a supporter's gift."""
    if not any(c.islower() for c in text):
        return True
    if _BODY.search(text, start, org_end):
        return True  # a governing body's sitting ("X's House of Delegates will conduct its …")
    if _CREDENTIAL.search(text, org_end, end) or _SUPPORT.search(text, org_end, end):
        return True
    if _GIVES_CREDIT.search(text, org_end, end):
        return True  # a credit scheme "gives points": giving is teaching, not crediting
    return _POST_BEFORE.search(text[max(0, start - 40) : start]) is not None
