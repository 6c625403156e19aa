"""Paragraphs in a description's shape that are not about the activity, as classes in the
words of other sites (docs/corpus.md "Description": never statements, instructions, the
organisation's blurb, biographies; R-DE-7):

- a statement in other countries' words (statement_classes.py: a credit amount approved by a
  body, funding in other verbs, a disclaimer), read in lower case here;
- an instruction for claiming credit: a sentence opening with the purpose ("To claim your CPD
  points, …", "To obtain / receive / earn / be awarded the certificate, …") or with the learner
  who wishes to claim ("Learners who wish to claim points should …", "Delegates wanting a
  certificate must …");
- eligibility or admission rules ("To be eligible, …", "Entry requirements: …", "Applicants
  should hold …");
- the organisation's general blurb: its first sentence has an organisation as subject and says
  what it is ("The Lakeside Society is a not-for-profit organisation …", "We are a charity …",
  "Founded in 1987, …", "Our mission is to …"), and no sentence speaks of the activity;
- a biography: a person with an honorific as subject ("Dr Ann Lee is a consultant …",
  "Professor Lee has …").
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.description_aside import aside, catalogue_blurb
from opencme.ingest.parsing.description_other import SENTENCE_GAP
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.statement_classes import (
    disclaimer_sentence,
    funding_sentence,
    lower_accreditation,
)

# what is claimed: credit in any country's words, or the certificate
_CLAIMED = (
    r"(?:credits?|points?|hours?|CEUs?|CPD|CME|CE|certificates?|certification|PDUs?|units?"
    r"|statements?\s+of\s+(?:attendance|completion))"
)
_CLAIM_VERB = r"(?:claim|obtain|receive|earn|gain|collect|get|record|log|be\s+awarded|be\s+issued)"
# "To claim your CPD points, …", "In order to receive the certificate …"
_CLAIM_PURPOSE = lazy_compile(
    r"^(?:in\s+order\s+)?to\s+" + _CLAIM_VERB + r"\s+(?:[\w'’-]+\s+){0,4}?" + _CLAIMED + r"\b",
    re.IGNORECASE,
)
# "Learners who wish to claim points …", "Delegates wanting a certificate must …"
_LEARNERS = (
    r"(?:participants|attendees|learners|delegates|registrants|candidates|applicants|students"
    r"|trainees|entrants|those|anyone|you|nurses|doctors|physicians|pharmacists|members)"
)
_CLAIMANT = lazy_compile(
    r"^(?:[\w-]+\s+){0,2}?" + _LEARNERS + r"\s+(?:who\s+(?:wish|want|would\s+like|need|intend)"
    r"|wishing|wanting|needing|intending)\s+(?:to\s+)?(?:" + _CLAIM_VERB + r"\s+)?"
    r"(?:[\w'’-]+\s+){0,4}?" + _CLAIMED + r"\b",
    re.IGNORECASE,
)
# "To be eligible, …", "Entry requirements: …", "Applicants should / must hold …"
_ELIGIBILITY = lazy_compile(
    r"^(?:to\s+be\s+eligible\b|(?:only\s+)?eligible\s+(?:for|to)\b|(?:eligibility|entry|admission|enrol?ment)\s+(?:criteria|"
    r"requirements?)\b|(?:[\w-]+\s+){0,2}?(?:applicants|entrants|candidates)\s+(?:should|must|"
    r"will\s+need\s+to|need\s+to|are\s+required\s+to)\s+(?:hold|have|be|possess|provide|submit)\b)",
    re.IGNORECASE,
)
# "By attending the conference you can claim the following CPD hours", "On completing this
# module, participants will earn 2 CPD points": the credit a learner gains, no description
_CLAIM_BY = lazy_compile(
    r"^(?:by|after|on|upon|when)\s+(?:attending|completing|participating|taking|finishing)\b"
    r"[^.]{0,100}?\b" + _LEARNERS + r"\s+(?:can|may|will|could|are\s+able\s+to|are\s+eligible"
    r"\s+to)\s+(?:be\s+able\s+to\s+)?(?:"
    + _CLAIM_VERB
    + r"|earn|be\s+awarded)\b[^.]{0,40}?\b"
    + _CLAIMED
    + r"\b",
    re.IGNORECASE,
)
# R-DE-13: the credit the learner can earn as the paragraph's first words ("You can earn up to
# 29.5 Professional Development Hours …", "Participants may earn 6 CE points per day …"): an
# offer of credit, read by the credit readers, no description of the activity
_CAN_EARN = lazy_compile(
    r"^" + _LEARNERS + r"\s+(?:can|may|will|could)\s+(?:" + _CLAIM_VERB + r"|earn)\s+"
    r"(?:up\s+to\s+|a\s+maximum\s+of\s+|a\s+total\s+of\s+)?\d",
    re.IGNORECASE,
)
# a call for contributions ("We are now accepting abstract submissions for …", "Call for
# Papers: …", "Submit your proposal by …", "invites proposals for …"): not the activity
_CALL = lazy_compile(
    r"\b(?:accepting|inviting|invites?|welcomes?|welcoming|seeking|calls?\s+for)\s+(?:[\w-]+\s+)"
    r"{0,2}?(?:proposals?|abstracts?|submissions?|papers|posters|nominations)\b"
    r"|^submit\s+(?:an?|your)\s+(?:[\w-]+\s+)?(?:proposals?|abstracts?|papers?|posters?)\b",
    re.IGNORECASE,
)
# a definition of continuing education in general ("Continuing medical education consists of
# educational activities which …", "CPD is the means by which …"): the accreditor's words, not
# the activity's (none when the sentence speaks of the activity)
_DEFINITION = lazy_compile(
    r"^(?:continuing\s+(?:medical|professional|nursing|pharmacy|dental)?\s*(?:education|"
    r"development)|CME|CPD|CNE|CE)\s+(?:\([A-Z]+\)\s+)?(?:is|are|consists\s+of|refers\s+to|"
    r"comprises|means|includes)\b",
    re.IGNORECASE,
)
_CLAIM_GUARDS = (
    "earn",
    "to ",
    "who",
    "wish",
    "want",
    "need",
    "intend",
    "eligib",
    "requirement",
    "applic",
    "by ",
    "on ",
    "after ",
    "upon ",
    "when ",
)

# an organisation's head noun after "is a/an/the …" ("is a not-for-profit organisation", "is the
# professional body for", "is one of the largest charities", "is a leading provider of")
_ORG_NOUN = (
    r"(?:organi[sz]ations?|charit(?:y|ies)|not-for-profit|non-profit|nonprofit|societ(?:y|ies)"
    r"|associations?|colleges?|foundations?|institutes?|body|bodies|networks?|compan(?:y|ies)"
    r"|providers?|federations?|alliances?|agenc(?:y|ies)|trusts?|universit(?:y|ies)"
    r"|hospitals?|membership|councils?|academ(?:y|ies)|group|cooperative|co-operative)"
)
_ORG_BLURB = lazy_compile(
    # a capitalised name (or "We") as subject, saying what it is
    r"^(?:(?:The\s+)?(?:[A-Z][\w'’&.()-]*\s+(?:(?:of|for|and|in|&|the)\s+)*){1,8}|We\s+)"
    r"(?:is|are|was|has\s+been|have\s+been)\s+(?:an?|the|one\s+of\s+the)\s+(?:[\w'’,-]+\s+){0,5}?"
    + _ORG_NOUN
    + r"\b"
    # "Founded in 1987, …", "Established in 1990 by …", "Since 1975, the …"
    r"|^(?:Founded|Established|Formed|Incorporated|Created)\s+in\s+(?:\d{4}|the\s+\d{4}s)\b"
    r"|^Since\s+(?:its\s+(?:founding|foundation|inception)|\d{4}),"
    # "Our mission is to …", "The Society's vision is …"
    r"|^(?:Our|Its|Their|(?:The\s+)?(?:[A-Z][\w'’&.-]*\s+){1,6}?[A-Z][\w&.-]*['’]s?)\s+"
    r"(?:mission|vision|purpose|aim|goal)\s+(?:is|has\s+been)\b"
)
# the activity spoken of in a sentence of the paragraph ("this course", "our annual conference",
# "Join us for …"): a blurb that also says what the activity is stays
_ACTIVITY = lazy_compile(
    r"\b(?:this|the|our|each|these|its|their|an?)\s+(?:[\w'’-]+\s+){0,3}?(?:activity|course|"
    r"program|programme|module|webinar|webcast|session|workshop|training|conference|congress"
    r"|symposium|seminar|lecture|series|podcast|event|meeting|curriculum|masterclass|bootcamp"
    r"|study\s+day|forum|summit|rounds|retreat|colloquium|tutorial)s?\b|\bjoin\s+us\b",
    re.IGNORECASE,
)
# a person with an honorific as subject ("Dr Ann Lee is a consultant", "Professor Lee has …")
_BIOGRAPHY = lazy_compile(
    r"^(?:Dr|Drs|Prof|Professor|Associate\s+Professor|Assoc\.?\s+Prof|A/Prof|Mr|Mrs|Ms|Miss|"
    r"Dame|Sir)\.?\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:\([^)]{1,40}\)\s+)?(?:is|was|has|holds|"
    r"joined|completed|trained|qualified|graduated|leads|works|received)\b"
)


# a person's name (two to four capitalised words) or a pronoun as subject, then a job title
# ("Jane Okafor is a nurse consultant at …", "She is an associate professor of …"); the first
# sentence naming no activity ("… is a nurse-led course" is the activity; "a guide for nurses"
# names people, no post)
_JOBS = (
    r"(?:consultant|professor|lecturer|nurse|physician|surgeon|pharmacist|director|researcher"
    r"|scientist|specialist|practitioner|fellow|physiotherapist|therapist|midwife|dietitian"
    r"|psychologist|psychiatrist|manager|head|chair|dean|registrar|GP|doctor|dentist|hygienist"
    r"|optometrist|paramedic|educator|clinician|epidemiologist|oncologist|cardiologist"
    r"|dermatologist|paediatrician|pediatrician|anaesthetist|anesthesiologist|radiologist"
    r"|podiatrist|social\s+worker|counsellor|counselor|chief|president|founder|CEO|officer|partner|owner)"
)
_PERSON = lazy_compile(
    r"^(?:(?:[A-Z][a-z'’-]+\s+){1,3}[A-Z][a-z'’-]+|She|He)\s+(?:is|was|has\s+been|serves\s+as)\s+"
    r"(?:an?|the)\s+(?:[\w'’,-]+\s+){0,4}?"
    + _JOBS
    # one person's post, then where or what it is in ("… consultant at", "… professor of")
    + r"(?:\s+(?:at|in|of|with|and|who|from|based|within)\b|\s*[,.;(])"
)


def claim_instruction(first: str) -> bool:
    """A first sentence telling the learner how to claim credit, or the rules of eligibility."""
    low = first[:160].lower()
    if not any(g in low for g in _CLAIM_GUARDS):
        return False
    return bool(
        _CLAIM_PURPOSE.match(first)
        or _CLAIMANT.match(first)
        or _ELIGIBILITY.match(first)
        or _CLAIM_BY.match(first)
        or _CAN_EARN.match(first)
    )


def org_blurb(first: str, text: str) -> bool:
    """The organisation's general blurb (its first sentence says what the organisation is) in
    a paragraph that never speaks of the activity."""
    return _ORG_BLURB.match(first) is not None and _ACTIVITY.search(text) is None


def biography(first: str) -> bool:
    """A faculty member's biography opening with an honorific and a name, or with a name or
    a pronoun and a job title, its first sentence naming no activity."""
    if first[:1] in "DPAMSd" and _BIOGRAPHY.match(first) is not None:
        return True
    return _PERSON.match(first) is not None and _ACTIVITY.search(first) is None


# the end of a lower-case sentence (SENTENCE_GAP asks for a capital after it)
_LOW_SENTENCE_END = lazy_compile(r"(?<=[.!?])\s+")


def other_statement(low: str) -> bool:
    """A statement of statement_classes.py in a lower-case sentence or paragraph. Funding counts
    only in the first sentence: a paragraph about the activity that thanks its funder in passing
    is still its description (R-DE-4)."""
    first = _LOW_SENTENCE_END.split(low, maxsplit=1)[0]
    return lower_accreditation(low) or funding_sentence(first) or disclaimer_sentence(low)


def call_or_definition(first: str) -> bool:
    """A call for contributions, or a definition of continuing education in general."""
    low = first.lower()
    return (
        any(w in low for w in ("propos", "abstract", "submi", "paper", "poster", "nominat"))
        and _CALL.search(first) is not None
    ) or (
        any(w in low[:40] for w in ("educat", "develop", "cme", "cpd", "cne", "ce "))
        and _DEFINITION.match(first) is not None
        and _ACTIVITY.search(first) is None  # "CPD is the focus of this session"
    )


def refused(first: str, text: str) -> bool:
    """A paragraph whose first sentence `first` is an instruction for claiming credit, the
    rules of eligibility, a call for contributions, a definition of continuing education, the
    organisation's blurb, a biography, or a paragraph beside the activity (description_aside.py):
    never the description."""
    return (
        claim_instruction(first)
        or call_or_definition(first)
        or org_blurb(first, text)
        or biography(first)
        or aside(first, text)
        or (catalogue_blurb(first, text) and _ACTIVITY.search(text) is None)
    )


def refused_paragraph(text: str) -> bool:
    """`refused` on a paragraph, its first sentence split off."""
    return refused(SENTENCE_GAP.split(text, 1)[0], text)
