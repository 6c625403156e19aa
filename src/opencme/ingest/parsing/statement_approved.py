"""Accreditation said without "is … by" (R-ST-11; docs/corpus.md "Statements"), beside
statements.py's and statement_classes.py's wordings:

- the approval as a participle after an activity noun: "This activity is provided by X and
  accredited by the Y Council", "the nursing programme, accredited by the State Board",
  "a course endorsed by the College of …" (a comma, "and", "which is", or the noun itself
  before the participle; the body a name with a capital). "instructors certified by the Heart
  Foundation" (no activity noun before) and "a hospital accredited by …" are none;
- the provider as "we": "We're accredited by the Pharmacy Council to provide …";
- a template naming the accreditor: "is an Accredited Group Learning Activity (Section 1) as
  defined by the … Program of the Royal College";
- credits certified (accredited, approved) by a named body: "Mainpro+ certified credits from
  the College of …" (not "non-certified credits");
- an accreditor's provider or activity number on a line approving credit: "Board of Nursing -
  Provider #12345, approved for 2 contact hours";
- a body approving the activity in the active voice (R-ST-13): "the College has accredited
  our spring meeting", "confirming it will accredit the yearly symposium" (not "has accredited
  over 200 courses": no determiner of this activity);
- the approval before the activity's noun or before a provider named with its approver, and
  the review templates of the physician assistants' and the family physicians' accreditors
  (R-ST-14), and their earlier "has been reviewed and is acceptable/approved for … credit by
  the …" (R-ST-15).
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.lazyre import lazy_compile

_NOUN = (
    r"(?:course|courses|programme|programmes|program|programs|activity|activities|event|events"
    r"|workshop|conference|congress|meeting|symposium|seminar|webinar|module|session|training"
    r"|lecture|series|masterclass|study\s+day|CNE|CME|CPD|CE)"
)
_VERB = r"(?:accredited|approved|endorsed|certified|validated|recogni[sz]ed)"
# after a comma or "and" a person may be the one certified ("led by Jo Roe, certified by the
# Board"): there only the words that approve an activity
_PARTICIPLE = r"(?:accredited|approved|endorsed|validated)"
_ADV = r"(?:(?:fully|duly|jointly|officially|formally|also|both)\s+)?"
_BODY = r"\s+by\s+(?:the\s+)?(?-i:[A-Z])"
_NUM = r"(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
_PATTERN = lazy_compile(
    # an activity noun, then the participle after ",", "and", "which/that is", or at once
    rf"\b{_NOUN}\b(?:[^.;]{{0,140}}?(?:,\s*|\band\s+|\b(?:which|that)\s+(?:is|are|was|were|"
    rf"has\s+been|have\s+been)\s+){_ADV}{_PARTICIPLE}|\s+(?:\([^)]{{0,40}}\)\s+)?(?:is\s+)?"
    rf"{_ADV}{_VERB}){_BODY}"
    # "We're accredited by", "They’re approved by"
    rf"|\b(?:we|they)['’]re\s+{_ADV}{_VERB}\s+(?:by|as)\b"
    # the Royal College's template: "is an Accredited Group Learning Activity (Section 1) as
    # defined by the …"
    r"|\b(?:is|are)\s+an?\s+accredited\s+(?:[\w-]+\s+){0,4}?(?:activity|program|programme)\b"
    r"[^.]{0,30}?\bas\s+defined\s+by\s+(?:the\s+)?(?-i:[A-Z])"
    # "Mainpro+ certified Self-Learning credits from the College of Family Physicians"
    rf"|(?<![\w-]){_VERB}\s+(?:[\w+®™-]+\s+){{0,3}}?(?:credits?|points?|hours?)\s+(?:from|by)"
    r"\s+(?:the\s+)?(?-i:[A-Z])"
    # R-ST-13: a body approving the activity in the active voice ("the Dietetics Board
    # has accredited our spring meeting", "confirming it will accredit the yearly symposium",
    # "The Board approves this course")
    rf"|\b(?:(?:has|have|had)\s+(?:now\s+|also\s+)?(?:accredited|approved|endorsed)|"
    r"(?:will|to)\s+(?:also\s+)?(?:accredit|approve|endorse)|accredits|approves|endorses)\s+"
    rf"(?:our|the|this|these|its|their)\s+(?:[\w-]+\s+){{0,3}}?{_NOUN}\b"
    # R-ST-14: the approval before the activity's noun ("an approved program by the National
    # Board of …"), and before a provider named with its approver ("is an approved Ohio Board
    # of Nursing continuing education (CE) provider": of education, not "an approved foster
    # care provider")
    rf"|(?<![\w-])(?:approved|accredited|endorsed)\s+{_NOUN}{_BODY}"
    r"|\b(?:is|are)\s+an?\s+(?:approved|accredited)\s+(?:[\w&-]+\s+){1,8}?"
    r"(?:education|CE|CME|CNE|CPD|CPE)\s+(?:\((?-i:[A-Z]{2,4})\)\s+)?providers?\b"
    # the physician assistants' accreditor's template ("This activity has been reviewed by the
    # AAPA Review Panel and is compliant with AAPA CME Criteria") and the family physicians'
    # ("The AAFP has reviewed … and deemed it acceptable for up to 1 … credit")
    r"|\breviewed\s+by\s+the\s+[^.]{0,60}?\breview\s+panel\b"
    r"|\bhas\s+reviewed\b[^.]{0,200}?\band\s+deemed\s+it\s+acceptable\s+for\b"
    # R-ST-15: their earlier templates ("has been reviewed and is acceptable for up to 1.25
    # Prescribed credit(s) by the American Academy of …"; "has been reviewed and is approved
    # for a maximum of 1.0 hour of … Category 1 CME credit by the … Review Panel")
    r"|\bhas\s+been\s+reviewed\s+and\s+is\s+(?:acceptable|approved)\s+for\s+(?:[^.]|\.\d){0,160}?"
    r"\bcredit(?:s|\(s\))?\s+by\s+the\s+(?-i:[A-Z])",
    re.IGNORECASE,
)
# an accreditor's provider / activity number and credit approved on the same line
_NUMBER = lazy_compile(
    r"\b(?:provider|activity|approval|course)\s*(?:#|no\.|number|num\.|id)\s*:?\s*#?\s*"
    r"(?-i:[A-Z]{0,4})[\s-]?\d[\d-]{2,}",
    re.IGNORECASE,
)
_APPROVED_FOR = lazy_compile(
    rf"\bapproved\s+for\s+(?:up\s+to\s+|a\s+maximum\s+of\s+)?{_NUM}\b", re.IGNORECASE
)
_GUARDS = ("accredit", "approv", "endors", "certif", "validat", "recogni", "reviewed")


def approved_by_body(text: str) -> bool:
    """An accreditation said as a participle, by "we", in the Royal College's template, as
    credits certified by a body, or by a provider number on an approving line (R-ST-11)."""
    low = text.lower()
    if not any(g in low for g in _GUARDS):
        return False
    if _PATTERN.search(text):
        return True
    return "approved for" in low and bool(_NUMBER.search(text)) and bool(_APPROVED_FOR.search(text))
