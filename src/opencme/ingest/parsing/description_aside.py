"""Paragraphs in a description's shape that speak of something beside the activity, as classes
of other sites' words (docs/corpus.md "Description", R-DE-7; description_refusals.py holds the
older classes):

- the page speaking of itself ("This page lists the forms for chairs", "On this page
  you will find …", "The information below applies to …");
- what a ticket, a registration or a fee includes ("Your pass includes both lunches …", "The course
  fee covers …", "Registration includes …"): the cost's note;
- who may attend as a rule of access ("Attendance is restricted to members …", "Participation
  is restricted to …", "Admission is open to members only");
- where and when a group's meetings are held as a rule, or on-site attendance required ("Chapter
  meetings are usually held at …", "Mandatory in-person attendance runs over …");
- a notice of what happens should the activity not run as planned ("The organisers are closely
  monitoring the situation …", "If the conference is cancelled, …");
- how a learner reaches a course already available ("This webinar is now available on
  demand.", "If you have already registered, please sign in …");
- directions to the venue ("From the highway, take the Elm Street exit and turn left …");
- an FAQ's answer ("No, the videos cannot be downloaded …"), a rule's clause ("(b) No more than …");
- the logistics of taking part: a newsletter, a share button, places limited, discounts and
  early rates, catering, certificates or recordings sent afterwards, and a participant's
  praise quoted with its attribution ("“Practical and well paced.” – Jane, RN");
- a welcome to the website in a paragraph speaking of no one activity;
- a notice of the site: a notice's label ("Update:"), a post's
  byline, what the site uses, prices and payment, help ("Need help?"), a call for sponsors,
  a deadline for abstracts;
- a question standing alone (an FAQ's question, a heading written as one: "What will a
  podiatrist gain from this day?");
- a credit statement naming an identifier and an amount ("<Council> provider
  number 4321: this module is approved for 3 contact hours"), or the statement that no
  commercial interest supported the activity ("… received no commercial support").
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.lazyre import lazy_compile

_ACTIVITY_NOUN = (
    r"(?:activity|course|program|programme|module|webinar|webcast|session|workshop|training"
    r"|conference|congress|symposium|seminar|lecture|event|meeting|class|study\s+day|day"
    r"|masterclass|retreat|summit|forum|series)"
)
# "This page provides …", "On this page you will find …", "The information below applies …"
_PAGE_ITSELF = lazy_compile(
    r"^(?:this\s+(?:page|web\s?page|website|web\s+site|site|section)\s+(?:provides|contains|"
    r"includes|gives|explains|outlines|lists|describes|is\s+(?:for|intended|designed|meant)|has)"
    r"|on\s+this\s+(?:page|website|site)\b|(?:the\s+)?(?:information|details)\s+"
    r"(?:below|on\s+this\s+page|that\s+follows?)\b|(?:the\s+)?(?:below|following)\s+information"
    r"\s+(?:is|applies|does))",
    re.IGNORECASE,
)
# "Your ticket includes …", "The course fee covers …", "Registration includes …"
_INCLUDES = lazy_compile(
    r"^(?:(?:your|the|each|all|a|one)\s+)?(?:[\w-]+\s+){0,2}?(?:tickets?|registration|"
    r"registration\s+fees?|fees?|price|cost|passe?s?|delegate\s+(?:fee|pass|rate)s?)\s+"
    r"(?:also\s+)?(?:includes?|covers?|gives\s+(?:you\s+)?access|entitles)\b",
    re.IGNORECASE,
)
# "Attendance is restricted to members …", "Participation is open only to …"
_ACCESS_RULE = lazy_compile(
    r"^(?:attendance|participation|admission|entry|access|enrol?ment)\s+(?:at\s+[\w\s]{1,40}?)?"
    r"(?:is|will\s+be)\s+(?:only\s+)?(?:a\s+(?:member\s+)?benefit|restricted|limited|reserved"
    r"|open\s+(?:only\s+)?to\s+(?:\w+\s+){0,3}?members|free\s+(?:of\s+charge\s+)?(?:for|to)\s+"
    r"(?:\w+\s+){0,3}?members|by\s+invitation)\b",
    re.IGNORECASE,
)
# "Chapter meetings are usually held at …", "Mandatory in-person attendance runs …"
_MEETINGS_HELD = lazy_compile(
    r"^(?:(?:most|all|our|the|regular)\s+)?(?:(?:monthly|weekly|quarterly|regular|chapter|"
    r"general|branch)\s+)?(?:meetings|classes|sessions|lectures)\s+(?:will\s+be|are|is)\s+"
    r"(?:usually\s+|normally\s+|generally\s+)?(?:held|hosted|run)\s+(?:at|in|on)\b"
    r"|^(?:required|mandatory|compulsory)\s+(?:on-?site\s+|in-?person\s+|face-to-face\s+)?"
    r"attendance\b",
    re.IGNORECASE,
)
# "The organisers are closely monitoring the situation …", "If the course cannot run …",
# "In the event that the workshop cannot go ahead …"
_CONTINGENCY = lazy_compile(
    r"\bclosely\s+(?:following|monitoring|watching|reviewing)\s+(?:the\s+)?(?:[\w’'-]+\s+)"
    r"{0,4}?(?:advice|guidance|guidelines|situation|developments|recommendations)\b"
    r"|^(?:should|if|in\s+the\s+event\s+(?:that\s+)?)\s*(?:the|this|our)\s+(?:[\w-]+\s+){0,2}?"
    + _ACTIVITY_NOUN
    + r"s?\s+(?:not\s+be\s+(?:possible|able)|cannot|can\s+not|be\s+(?:cancelled|canceled|"
    r"postponed)|is\s+(?:cancelled|canceled|postponed|unable))",
    re.IGNORECASE,
)
# a short first sentence: "This course is (now) available (now|on demand|online)."
_AVAILABLE = lazy_compile(
    r"^(?:this|the|our)\s+(?:[\w-]+\s+){0,2}?" + _ACTIVITY_NOUN + r"\s+is\s+(?:now\s+)?"
    r"available(?:\s+(?:now|on\s+demand|online|to\s+view|to\s+watch))?\s*[.!]\Z",
    re.IGNORECASE,
)
# directions to the venue ("From the highway, take the Elm Street exit", "Turn left into …")
_DIRECTIONS = lazy_compile(
    r"\b(?:take|use)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?exit\b|\bturn\s+(?:left|right|into|onto)\b"
    r"|\b(?:head|drive|go)\s+(?:north|south|east|west)\b",
    re.IGNORECASE,
)
# an FAQ's answer ("Yes. Group bookings are possible …", "No, the course …"), or a clause of
# a rule under its letter or number ("(b) No more than six hours …", "§ 12 …")
_ANSWER_OR_CLAUSE = lazy_compile(
    r"^(?:(?:yes|no)\s*[.,!](?:\s|\Z)|\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s|§)", re.I
)
# "If you have already registered, please …", "Please sign in to access …"
_ACCESS_HOW = lazy_compile(
    r"^(?:if\s+you\s+have\s+already\s+(?:registered|enrolled|purchased|signed\s+up)\b|please\s+"
    r"(?:sign|log)\s+in\s+to\s+access\b)",
    re.IGNORECASE,
)
# "<Board> provider no. 12, course #34 approved for 2 contact hours": an identifier, an approval
_IDENTIFIER = lazy_compile(
    r"\b(?:provider|activity|course|program|approval|accreditation)\s*(?:#|no\.|number)\s*:?\s*"
    r"[A-Z0-9-]*\d",
    re.IGNORECASE,
)
_APPROVED_FOR = lazy_compile(r"\b(?:approved|accredited)\s+for\s+\d", re.IGNORECASE)
# "… received no commercial support", "… was planned without financial support from an
# ineligible company"
_NO_SUPPORT = lazy_compile(
    r"\b(?:without|received\s+no|has\s+received\s+no|no)\s+(?:[\w-]+\s+){0,2}?support\s+"
    r"(?:from\s+(?:any|an|a)\s+(?:commercial\s+(?:interest|entity|company|supporter)|ineligible\s+"
    r"(?:company|companies)))|\breceived\s+no\s+commercial\s+support\b",
    re.IGNORECASE,
)
# the provider's catalogue blurb: continuing education in general said to matter ("Lifelong
# learning is vital for every midwife"), or the provider offering
# many activities ("we offer a wide range of courses", "The Academy offers a broad selection
# of …"); a refusal only where no sentence speaks of the activity (description_refusals.py)
_CE_MATTERS = lazy_compile(
    r"\b(?:continuing\s+(?:[\w-]+\s+)?(?:education|development)|CPD|CME|CE|lifelong\s+"
    r"learning|professional\s+development)\s+(?:is|are|remains)\s+(?:an?\s+|the\s+)?(?:most\s+)?"
    r"(?:important|essential|vital|key|integral|crucial|critical|necessary|fundamental)\b",
    re.IGNORECASE,
)
_WE_OFFER = lazy_compile(
    r"\b(?:we|[A-Z][\w&’'-]+)\s+(?:offers?|provides?|runs?|delivers?)\s+(?:an?\s+|the\s+)?"
    r"(?:wide|broad|diverse|large|extensive|comprehensive)\s+(?:variety|range|selection|array"
    r"|number|portfolio|choice)\s+of\b",
    re.IGNORECASE,
)

# an organisation's mission in its verbs ("The Lakeside Learning Unit aims to support …",
# "Lakeside Health strives to …", "The Institute is committed to …")
_ORG_MISSION = lazy_compile(
    r"^(?:The\s+)?[A-Z][\w&’'.-]*(?:\s+(?:[A-Z][\w&’'.-]*|of|for|and|in|on|&|the)){0,8}\s+"
    r"(?:seeks|strives|aims|endeavou?rs|exists|works|is\s+committed|is\s+dedicated)\s+to\b"
)


# a welcome to the website ("Welcome to the Lakeside Learning website. Here you will find …")
_WELCOME_SITE = lazy_compile(
    r"^welcome\s+to\s+(?:the\s+|our\s+)?(?:[\w&’'.-]+\s+){0,6}?(?:website|web\s+site|site|portal"
    r"|homepage|home\s+page|online\s+(?:shop|store|learning\s+platform))\b",
    re.IGNORECASE,
)

# one activity spoken of ("this course", "the forum", "the 2031 Harbour Forum"): a welcome to
# an event's website that goes on to say what the event is stays
_ONE_ACTIVITY = lazy_compile(
    r"\b(?:this|the)\s+(?:[\w'’-]+\s+){0,3}?" + _ACTIVITY_NOUN + r"\b(?!s)", re.IGNORECASE
)


def site_welcome(first: str, text: str) -> bool:
    """A welcome to the website in a paragraph that speaks of no one activity."""
    return (
        first[:1] in "Ww"
        and _WELCOME_SITE.match(first) is not None
        and _ONE_ACTIVITY.search(text) is None
    )


def catalogue_blurb(first: str, text: str) -> bool:
    """Continuing education said to matter in general, the provider's many offerings, or an
    organisation's mission in its verbs."""
    return (
        (
            any(w in text for w in ("mportan", "ssential", "ital", "ey ", "ntegral", "rucial"))
            and _CE_MATTERS.search(first) is not None
        )
        or (
            any(w in text for w in ("variety", "range", "selection", "array", "number", "choice"))
            and _WE_OFFER.search(text) is not None
        )
        or (first[:1].isupper() and _ORG_MISSION.match(first) is not None)
    )


# the logistics of taking part, in a first sentence: a newsletter or a share button, places
# limited, a discount or an early rate, catering, certificates or recordings sent afterwards,
# a participant's quoted praise with its attribution
_LOGISTICS = lazy_compile(
    r"^(?:sign\s+up|subscribe|register)\s+(?:to|for)\s+(?:our|the)\s+(?:[\w-]+\s+)?(?:newsletter|"
    r"mailing\s+list|e-?news|updates)\b"
    r"|^(?:join|stay\s+up\s+to\s+date\s+with)\s+our\s+(?:newsletter|mailing\s+list)\b"
    r"|^share\s+this\s+(?:page|event|course|article)\b"
    r"|^thank\s+you\s+for\s+your\s+interest\b"
    r"|^(?:places|spaces|seats|numbers|spots)\s+(?:are|is)\s+(?:strictly\s+|very\s+)?limited\b"
    r"|^(?:group|team|member|student|early[- ]bird|multi-?booking)\s+(?:discounts?|rates?|prices?"
    r"|pricing|fees?)\s+(?:are|is|will\s+be|ends?|apply|applies|expires?)\b"
    r"|^(?:discounts?|concessions?|reduced\s+rates?)\s+(?:are|is)\s+available\b"
    r"|^(?:a\s+)?(?:light\s+)?(?:lunch|breakfast|dinner|refreshments|catering|meals?|snacks|tea\s+"
    r"and\s+coffee)(?:\s+and\s+(?:light\s+)?(?:refreshments|lunch|snacks|drinks|tea|coffee))?\s+"
    r"(?:will\s+be|are|is)\s+(?:provided|served|included|available)\b"
    r"|^(?:your\s+|the\s+)?(?:certificates?|statements?)(?:\s+of\s+(?:attendance|completion|"
    r"participation))?\s+(?:will\s+be|are|is)\s+(?:e-?mailed|sent|issued|posted|available|"
    r"emailed)\b"
    r"|^(?:the\s+)?(?:[\w-]+\s+)?(?:recordings?|slides|handouts)(?:\s+and\s+(?:the\s+)?(?:slides|"
    r"handouts|recordings?))?\s+(?:will\s+be|are|is)\s+(?:made\s+)?available\s+(?:to|for|after|"
    r"on|via)\b",
    re.IGNORECASE,
)
# notices of the site and its page, in a first sentence: a welcome to the website, a notice's
# label ("Update:", "Important notice:"), a post's byline ("Posted by admin on …"), what the
# site uses or needs ("Our website uses cookies / Google Analytics", "This site is best viewed
# in …"), prices and payment ("All prices include GST", "Payment can be made by …"), help
# ("Need help?", "Questions?"), a call for sponsors or exhibitors, a deadline for abstracts
_NOTICE = lazy_compile(
    r"^(?:update|updated|important(?:\s+(?:notice|update|information))?|notice|announcement"
    r"|reminder|attention|covid-19\s+update)\s*[:!]"
    r"|^(?:posted|published|written)\s+(?:by|on)\s"
    r"|^(?:this|our)\s+(?:web\s?site|site|page)\s+(?:uses|is\s+best\s+viewed|works\s+best|"
    r"requires|may\s+use)\b"
    r"|^(?:all\s+)?(?:prices|fees|rates|costs)\s+(?:are\s+)?(?:include|includes|inclusive|exclusive"
    r"|exclude|excludes|quoted|shown|listed)\b"
    r"|^payment\s+(?:can|may|must|is|should|will)\b"
    r"|^(?:need\s+help|any\s+questions|questions|having\s+trouble|technical\s+(?:issues|problems)"
    r"|problems\s+registering)\s*\?"
    r"|^(?:interested\s+in|would\s+you\s+like\s+to|want\s+to)\s+(?:[\w-]+\s+){0,2}?(?:sponsor|"
    r"sponsoring|exhibit|exhibiting|advertise|advertising)\b"
    r"|^(?:the\s+)?(?:closing\s+date|deadline|due\s+date)\s+for\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:abstracts?|submissions?|proposals?|posters?|nominations?|papers)\b",
    re.IGNORECASE,
)
# a participant's praise in quotation marks, its attribution after a dash ("“…” – Jane, RN")
_TESTIMONIAL = lazy_compile(r"^[“\"‘'][^”\"’]{20,400}[”\"’']\s*[-–—~]\s*[A-Z]")


def logistics(first: str, text: str) -> bool:
    """A first sentence on the logistics of taking part or a notice of the site, or a
    participant's quoted praise."""
    return (
        (
            _LOGISTICS.match(first) is not None
            or _NOTICE.match(first) is not None
            # "Need help? Our support team …": the first sentence split off after its question
            or ("?" in text[:42] and _NOTICE.match(text) is not None)
        )
        or (text[:1] in "“\"‘'" and _TESTIMONIAL.match(text) is not None)
    )


_SENTENCE_END = lazy_compile(r"[.!?][\"”’)]?\s+(?=[A-Z])")
# a question alone on a line, or after one sentence of its case: a heading's or an FAQ's
_QUESTION_MOST = 250
_STATEMENT_MOST = 300  # a statement's paragraph; a longer one says more than the statement


def _question(text: str) -> bool:
    """A question alone ("Why should you take this course?"), or after one sentence of its
    case ("Some boards require a report. Can the course provide one?")."""
    t = text.strip()
    return t.endswith("?") and len(t) <= _QUESTION_MOST and len(_SENTENCE_END.findall(t)) <= 1


def _statement(low: str, first: str, text: str) -> bool:
    """A short credit statement with an identifier, or the absence of commercial support."""
    if len(text) >= _STATEMENT_MOST:
        return False
    return bool(
        (
            ("#" in text or " no." in low or "number" in low)
            and _IDENTIFIER.search(text) is not None
            and _APPROVED_FOR.search(text) is not None
        )
        or ("support" in low and _NO_SUPPORT.search(first) is not None)
    )


def aside(first: str, text: str) -> bool:
    """A paragraph (first sentence `first`) of one of the classes above: never the
    description."""
    low = first[:200].lower()
    return bool(
        (
            any(w in low for w in ("page", "site", "informat", "section"))
            and _PAGE_ITSELF.match(first)
        )
        or (
            any(w in low for w in ("includ", "cover", "access", "entitle"))
            and _INCLUDES.match(first)
        )
        or (low[:1] in "aperi" and _ACCESS_RULE.match(first))
        or (any(w in low for w in ("attendance", " held", " run ")) and _MEETINGS_HELD.match(first))
        or (("closely" in low or low[:1] in "sio") and _CONTINGENCY.search(first))
        or ("available" in low and _AVAILABLE.match(first.strip()))
        or (low[:1] in "ip" and _ACCESS_HOW.match(first))
        or ("?" in text and _question(text))
        or (
            low[:1] in "yn(§"
            and (m := _ANSWER_OR_CLAUSE.match(first)) is not None
            # "Yes, burnout is real: this webinar …" goes on to speak of the activity
            and (m[0].rstrip()[-1:] != "," or _ONE_ACTIVITY.search(text) is None)
        )
        or (
            any(w in low for w in ("exit", "turn ", "north", "south", "east", "west"))
            and _DIRECTIONS.search(first) is not None
        )
        or _statement(low, first, text)
        or logistics(first, text)
        or site_welcome(first, text)
    )
