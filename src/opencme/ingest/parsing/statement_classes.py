"""Statements in the words of other sites and countries, as small grammars (R-ST-8, R-ST-9,
R-ST-10; docs/corpus.md "Statements"), beside statements.py's ACCME/ANCC wordings:

- accreditation: a credit amount approved by a named body, in either order ("This course has
  been approved for 6 CPD points by the Medical Council of …", "accredited with 12 CPD points
  by the Pharmacy Council", "6 CPD points have been awarded by the College", "The Council has
  allocated 4 points to …"); the body after "by" is a name (a capital), and a credit unit is
  named, so "approved for use by regulators" and "accredited for 12 hours" (no accreditor,
  R-ST-5) are none;
- funding: money given for the activity in other verbs ("funded in part by", "financed by",
  "supported in part by", "made possible by a grant / the generous support of …", "thanks to
  funding from …");
- disclaimer: "the views expressed … are those of …", "for educational purposes only", "does
  not constitute medical advice", "should not be construed as medical advice".

A sentence that only names a body ("Dr Lee is a member of the Medical Council") is none: each
class needs its verb of approving, funding or disclaiming.
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.lazyre import lazy_compile

# a credit unit of any country: CPD/CME/CE points, credits, hours, CEUs, PDUs, units
_UNIT = (
    r"(?:points?|credits?|hours?|hrs?|CEUs?|CPDs?|CMEs?|CPD|CME|CE|units?|PDUs?|credit\s+points?"
    r"|contact\s+hours?|credit\s+hours?|category\s+\w+)"
)
_NUM = r"(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
_APPROVE_VERB = (
    r"(?:approved|accredited|awarded|allocated|assigned|granted|endorsed|recogni[sz]ed|"
    r"validated|certified|rated)"
)
# the body after "by": a name with a capital ("by the Medical Council", "by HPCSA", "by Eastland
# College"), not "by the regulators"
_NO_MONTH = (
    r"(?!(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
)
_BY_BODY = r"(?:by|from)\s+(?:the\s+)?(?-i:[A-Z])"
_ACCREDITATION = lazy_compile(
    # "is approved for (up to) 6 CPD points by the Council", "accredited with 12 points by …"
    r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?"
    + _APPROVE_VERB
    + r"\s+(?:(?:for|with)\s+)?(?:up\s+to\s+|a\s+maximum\s+of\s+|a\s+total\s+of\s+)?"
    + _NUM
    + r"\s+(?:[\w()-]+\s+){0,3}?"
    + _UNIT
    + r"\b[^.;]{0,60}?\b"
    + _BY_BODY
    # "6 CPD points have been approved by the Council", "12 CEUs awarded by the Board"
    + r"|\b"
    + _NUM
    + r"\s+(?:[\w()-]+\s+){0,2}?"
    + _UNIT
    + r"\s+(?:(?:has|have)\s+been\s+|(?:is|are|was|were)\s+)?"
    + _APPROVE_VERB
    + r"\s+"
    + _BY_BODY
    # "The Council has awarded / allocated 4 points", "has accredited this programme"
    + r"|\bha(?:s|ve)\s+(?:awarded|allocated|assigned|accredited|endorsed|approved)\s+(?:"
    + _NUM
    + r"\s+(?:[\w()-]+\s+){0,2}?"
    + _UNIT
    + r"\b|this\s+(?:[\w-]+\s+){0,2}?"
    r"(?:course|programme|program|activity|event|module|webinar|workshop|conference|meeting"
    r"|symposium|seminar|session|training|masterclass)\b)"
    # "The course carries / attracts 6 CPD points from the Medical Council", "is worth 3 CEUs
    # approved by the Board" (not "from January": a month is no body)
    + r"|\b(?:carries|carry|attracts?|is\s+worth|are\s+worth)\s+(?:up\s+to\s+)?"
    + _NUM
    + r"\s+(?:[\w()-]+\s+){0,2}?"
    + _UNIT
    + r"\s+(?:(?:approved|accredited|awarded)\s+)?(?:by|from)\s+(?:the\s+)?"
    + _NO_MONTH
    + r"(?-i:[A-Z])"
    # a line opening "Approved by the Council for 6 CPD points"
    + r"|^\s*(?:approved|accredited|endorsed)\s+by\s+(?:the\s+)?(?-i:[A-Z])[^.;]{0,100}?\bfor\s+"
    + r"(?:up\s+to\s+)?"
    + _NUM
    + r"\s+(?:[\w()-]+\s+){0,2}?"
    + _UNIT
    + r"\b"
    # an accreditation code or number given for the activity ("Accreditation code: A2201-QLD",
    # "HPCSA accreditation number: MDB015/123/01"): its accreditor has approved it; a code in
    # capitals and digits, a digit in it ("Accreditation number: to follow" is none)
    + r"|\baccreditation\s+(?:code|number|no\.?|#|id|reference|ref\.?)\s*[:#.]?\s*"
    + r"(?-i:(?=[A-Z0-9/.-]*\d)[A-Z0-9][A-Z0-9/.-]{3,})",
    re.IGNORECASE,
)
# the same in a lower-case text (the description reader's sentences): any word after "by"
_LOWER_ACCREDITATION = lazy_compile(
    _ACCREDITATION.pattern.replace(_BY_BODY, r"(?:by|from)\s+(?:the\s+)?\w"), re.IGNORECASE
)
_ACCREDITATION_GUARDS = (
    "accreditation",
    "carr",
    "attract",
    "worth",
    "approved", "accredited", "awarded", "allocated", "assigned", "granted", "endorsed",
    "recogni", "validated", "certified", "rated",
)  # fmt: skip

_FUNDING = lazy_compile(
    # "funded in part by", "financed by", "supported in part by", "wholly funded through"
    r"\b(?:(?:funded|financed|underwritten|bankrolled)(?:\s+(?:in\s+(?:part|full|whole)|partly|"
    r"partially|wholly|fully|jointly|entirely|generously|primarily|mainly))?"
    r"|supported\s+(?:in\s+(?:part|full|whole)|partly|partially|wholly|fully|financially|"
    r"generously))\s+(?:by|through|from)\b"
    # "made possible (in part) by / through / thanks to a grant / the generous support of"
    r"|\bmade\s+possible\s+(?:in\s+part\s+)?(?:by|through|thanks\s+to|with)\s+(?:[\w'’-]+\s+)"
    r"{0,4}?(?:grants?|support|funding|contributions?|donations?|sponsorship|generosity|gifts?"
    r"|bursar(?:y|ies)|endowment)\b"
    # "thanks to funding from", "with the generous financial support of", "with a grant from"
    r"|\b(?:thanks\s+to|with)\s+(?:the\s+|a\s+|an\s+)?(?:generous\s+|kind\s+)?(?:(?:financial|"
    r"educational)\s+support|funding|grants?|sponsorship|bursar(?:y|ies))\s+(?:of|from)\b"
    # "With thanks to the Harbour Trust for its generous funding of this event", "We thank the
    # Lakeside Charity for the bursary"
    r"|\bthanks?(?:\s+to)?\s+(?:the\s+)?(?-i:[A-Z])[^.]{0,80}?\s+for\s+(?:(?:their|its|the|his|her|a)\s+)?"
    r"(?:generous\s+|kind\s+)?(?:funding|financial\s+support|sponsorship|grant|bursar(?:y|ies))\b"
    # "The project received / was awarded a grant from the Lakeside Foundation"
    r"|\b(?:received?|receives|was\s+awarded|has\s+been\s+awarded|secured|obtained)\s+(?:an?\s+)?"
    r"(?:[\w-]+\s+){0,2}?grants?\s+from\b",
    re.IGNORECASE,
)
_FUNDING_GUARDS = ("fund", "financ", "underwrit", "bankroll", "supported", "possible", "thank",
                   "grant", "sponsorship", "bursar")  # fmt: skip

_DISCLAIMER = lazy_compile(
    # "The views expressed … are those of the speakers", "opinions presented remain solely
    # the responsibility of the authors"
    r"\b(?:views|opinions)(?:\s+(?:and|or)\s+(?:views|opinions))?\s+(?:\w+\s+)?(?:expressed|"
    r"presented|stated|given|shared|voiced)\b[^.]{0,120}?\b(?:are|is|remain|reflect)\s+"
    r"(?:solely\s+|entirely\s+|strictly\s+|only\s+)?(?:those|the\s+views|the\s+opinions|the\s+"
    r"responsibility|their\s+own|his\s+own|her\s+own)\b"
    # "The information on this site is (provided) for educational purposes only": content as
    # the subject, or "provided"; "This program is for informational purposes only" says a
    # course whose credit expired gives none
    r"|\b(?:information|content|contents|materials?|site|website|page|images?|videos?|slides"
    r"|handouts|recordings?|publication|resources?|provided)\b[^.]{0,80}?\bfor\s+(?:general\s+)?(?:educational|education|information(?:al)?|teaching|training|"
    r"learning)(?:\s+and\s+\w+)?\s+purposes\s+only\b"
    # "does not constitute medical advice", "is not intended to replace professional advice"
    r"|\b(?:not|never)\s+(?:\w+\s+)?(?:constitutes?|replaces?|serves?\s+as|to\s+be\s+"
    r"(?:construed|relied\s+(?:up)?on|used|considered|taken)\s+as|be\s+(?:construed|relied\s+"
    r"(?:up)?on|used|considered|taken)\s+as|intended\s+(?:to\s+(?:replace|substitute\s+for|"
    r"provide|be)|as))\s+(?:an?\s+|the\s+)?(?:substitute\s+for\s+)?(?:\w+\s+){0,2}?"
    r"(?:(?:medical|professional|clinical|legal|health|individual)\s+)advice\b"
    # "Nothing in this course constitutes medical advice"
    r"|\bnothing\b[^.]{0,60}?\b(?:constitutes?|is\s+intended\s+(?:as|to\s+be))\s+(?:an?\s+)?"
    r"(?:\w+\s+){0,2}?advice\b"
    # "The Society does not endorse any products or services mentioned" (not "the guideline
    # does not endorse the use of …": a product, service or company is named)
    # or "Neither the Society nor the Council endorse(s) …", "endorses no products", "is not
    # (should not be construed as) an endorsement of any product"
    r"|\b(?:(?:does|do)\s+not\s+(?:\w+\s+)?endorse|neither\b[^.]{0,80}?\bnor\b[^.]{0,80}?"
    r"\bendorses?|endorses?\s+no|not\s+(?:\w+\s+){0,3}?an?\s+endorsement\s+of)\s+"
    r"(?:any\s+|the\s+|specific\s+)?(?:[\w-]+\s+)?"
    r"(?:products?|services?|compan(?:y|ies)|brands?|manufacturers?|commercial)\b"
    # what the activity does not confer: "It … does not provide certification in MI or
    # substitute for formal training", "Completing this course does not confer licensure",
    # "The webinar is not a substitute for clinical supervision" (R-ST-11)
    r"|\b(?:course|program(?:me)?|training|activity|workshop|webinar|module|it|this)\b[^.]{0,60}?"
    r"\b(?:(?:does|do|will)\s+not\s+(?:\w+\s+)?(?:provide|confer|grant|lead\s+to|award)\s+"
    r"(?:any\s+|a\s+)?(?:formal\s+)?(?:certification|licensure|licence|license|credential)"
    r"(?!\s+of\s+(?:attendance|completion))|(?:is|are)\s+not\s+(?:a|an|intended\s+as\s+a)\s+"
    r"substitute\s+for\s+(?:\w+\s+){0,3}?(?:training|supervision|certification|education"
    r"|consultation))\b",
    re.IGNORECASE,
)
_DISCLAIMER_GUARDS = (
    *("views", "opinions", "purposes only", "advice", "endorse", "substitute"),
    *("certification", "licensure", "licence", "license", "credential"),
)


def accreditation_sentence(text: str) -> bool:
    """A credit amount approved, accredited or awarded by a named body (either order), or a
    body that has awarded points or accredited this activity (R-ST-8)."""
    return (
        any(g in text.lower() for g in _ACCREDITATION_GUARDS)
        and _ACCREDITATION.search(text) is not None
    )


def lower_accreditation(low: str) -> bool:
    """accreditation_sentence in a lower-case text, the body after "by" any word."""
    return (
        any(g in low for g in _ACCREDITATION_GUARDS)
        and _LOWER_ACCREDITATION.search(low) is not None
    )


def funding_sentence(text: str) -> bool:
    """Money given for the activity in other verbs: "funded in part by", "made possible by a
    grant", "thanks to funding from" (R-ST-9)."""
    low = text.lower()
    return any(g in low for g in _FUNDING_GUARDS) and _FUNDING.search(text) is not None


def disclaimer_sentence(text: str) -> bool:
    """The speakers' views are theirs, educational purposes only, no medical advice (R-ST-10)."""
    low = text.lower()
    return any(g in low for g in _DISCLAIMER_GUARDS) and _DISCLAIMER.search(text) is not None
