"""Material taken when the learner likes, in other sites' words (R-FO-7): watched or heard at
any time, a correspondence or distance-learning course, a recording of a past meeting, an
audio episode.

ACCME's glossary (https://accme.org/glossary/): "Enduring material: an activity that is
printed, recorded or accessible online and does not have a specific time or location
designated for participation. Rather, the participant determines whether and when to complete
the activity."
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.format_cues import guarded
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile

# material taken whenever the learner likes ("watch anytime", "listen at your convenience",
# "view on your own schedule", "available to stream at any time", "whenever it suits you")
WATCH_ANYTIME = lazy_compile(
    r"\b(?:watch|view|listen|stream|replay|revisit|start|begin|enrol|enroll)\w*\s+"
    r"(?:(?:it|them|this|the\s+[\w-]+|each\s+[\w-]+|all\s+[\w-]+|the\s+[\w-]+\s+[\w-]+)\s+)?"
    r"(?:from\s+home\s+)?(?:any\s?time|at\s+any\s+time|"
    r"at\s+(?:a\s+time\s+(?:that\s+)?(?:suits|convenient)|your\s+(?:own\s+)?(?:convenience|leisure))|"
    r"on\s+your\s+own\s+(?:time|schedule|timetable)|in\s+your\s+own\s+time|"
    r"whenever\s+(?:you|it\s+suits))\b",
    re.IGNORECASE,
)
_ANYTIME_NEEDLES = (
    "any time",
    "anytime",
    "convenience",
    "leisure",
    "own time",
    "schedule",
    "timetable",
    "whenever",
    "suits",
)


# a course taken by post or at a distance ("this correspondence course", "a distance learning
# package", "self-directed learning module"; not "distance learning" as a subject taught alone)
BY_CORRESPONDENCE = lazy_compile(
    r"\bcorrespondence[\s-]+(?:course|study|program(?:me)?|module|unit|package)s?\b|"
    r"\b(?:distance[\s-]+learning|self[\s-]+directed(?:\s+learning)?|self[\s-]+learning|"
    r"open[\s-]+learning)[\s-]+(?:package|pack|module|course|programme|program|workbook)s?\b",
    re.IGNORECASE,
)
# the page is a recording of a past meeting ("This is a recording of the October 2026 meeting",
# "a recording of our annual lecture")
RECORDING_OF = lazy_compile(
    r"\b(?:is|are|a|an|the)\s+(?:video\s+|audio\s+)?recordings?\s+of\s+(?:a|an|the|our|this|last)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:meeting|session|lecture|webinar|conference|symposium|talk|"
    r"presentation|workshop|seminar|rounds|course|event|broadcast|day)s?\b",
    re.IGNORECASE,
)
# an audio episode ("In this episode, our hosts ...", "Episode 14", "after listening", "listen
# to this episode"); not "this episode of care", a patient's "depressive episode"
AUDIO_EPISODE = lazy_compile(
    r"\b(?:in|on)\s+this\s+episode\b(?!\s+of\b)|\bepisode\s+#?\d+\b|"
    r"\blisten(?:ing)?\s+to\s+(?:this|the|each|all|our)\s+(?:[\w-]+\s+)?"
    r"(?:episodes?|recordings?|audio|podcasts?)\b|\bafter\s+listening\b",
    re.IGNORECASE,
)
_SPAN = r"(?:\d{1,3}|one|two|three|six|twelve)[\s-]+(?:months?|days?|weeks?|years?)"
# a period the learner has the material for ("12 months' access", "access for 90 days", "access
# the course for 90 days after purchase", "one year of unlimited access")
ACCESS_PERIOD = lazy_compile(
    rf"\b{_SPAN}['’]?s?\s+(?:of\s+)?(?:unlimited\s+|online\s+|full\s+)?access\b|"
    r"\b(?:(?:have|get|receive|gives?\s+you|includes?)\s+(?:full\s+|unlimited\s+)?access|"
    r"access\s+(?:to\s+)?(?:(?:the|this|your|our|all)\s+)?(?:[\w-]+\s+)?(?:course|module|"
    r"material|content|recording|programme|program|lesson|activity|e-?learning|webinar|video|"
    r"librar(?:y|ie))s?)\s+(?:is\s+)?(?:available\s+)?(?:for|lasts?)\s+"
    rf"(?:up\s+to\s+)?{_SPAN}\b",
    re.IGNORECASE,
)
# a video the learner watches ("Watch this 30-minute video", "this video lecture", "a
# screencast", "Video | 32 min"); not a video used in care ("video laryngoscopy",
# "video-assisted surgery", "video consultations", "video visits")
VIDEO = lazy_compile(
    r"\bwatch(?:ing)?\s+(?:this|the|our|a|each|all)\s+(?:[\w-]+\s+){0,2}?videos?\b|"
    r"\bvideo[\s-]+(?:lectures?|presentations?|modules?|course|series|talks?|tutorials?|"
    r"lessons?|recordings?|seminars?|webinars?)\b|"
    r"\b(?:screencasts?|vodcasts?|videocasts?)\b|"
    r"^\s*video\s*[|•·(–-]\s*\d{1,3}\s*(?:min|minutes|mins)\b|"
    r"\b\d{1,3}[\s-]+min(?:ute)?s?[\s-]+videos?\b",
    re.IGNORECASE | re.MULTILINE,
)
# the activity itself kept for viewing ("The module is still available to view", "This
# webinar remains available to watch", "The activity is available for playback"); not
# "talks will be posted for replay" beside a gathering (one part, R-FO-4's blended)
VIEWABLE = lazy_compile(
    r"\b(?:this|the)\s+(?:[\w-]+\s+)?(?:program|programme|activity|course|webinar|module|"
    r"presentation|lecture|recording|video)\s+(?:is|remains)\s+(?:still\s+|now\s+)?available\s+"
    r"(?:for|to)\s+(?:viewing|view|watch|watching|playback|replay|stream|streaming)\b",
    re.IGNORECASE,
)


TAKEN_WHEN_LIKED = (
    WATCH_ANYTIME,
    VIEWABLE,
    BY_CORRESPONDENCE,
    RECORDING_OF,
    AUDIO_EPISODE,
    ACCESS_PERIOD,
    VIDEO,
)


def watched_anytime(doc: Doc) -> bool:
    """The learner takes the material when they like (TAKEN_WHEN_LIKED)."""
    key = "taken_when_liked"
    found = doc.memo.get(key)
    if found is None:
        found = (
            guarded(WATCH_ANYTIME, doc, *_ANYTIME_NEEDLES)
            or guarded(BY_CORRESPONDENCE, doc, "correspondence", "learning", "directed")
            or guarded(RECORDING_OF, doc, "recording")
            or guarded(AUDIO_EPISODE, doc, "episode", "listen")
            or guarded(ACCESS_PERIOD, doc, "access")
            or guarded(VIDEO, doc, "video", "cast")
            or guarded(VIEWABLE, doc, "available")
        )
        doc.memo[key] = found
    return bool(found)


# a recording offered after a session taken part in live ("The webinar will be recorded and
# available on demand afterwards", "a replay is available after the live session", "if you
# cannot attend live, the recording will be sent to registrants"): docs/corpus.md 'A live event
# with recordings afterwards' keeps the live session's format
RECORDED_AFTER = lazy_compile(
    r"\b(?:record(?:ed|ing)s?|on[\s-]?demand|replays?|archived?)\b[^.\n]{0,80}?"
    r"\b(?:afterwards|after(?:\s+the)?\s+(?:live\s+)?(?:session|event|webinar|broadcast|meeting|"
    r"lecture|conference|presentation)s?|following\s+the\s+(?:live\s+)?(?:session|event|"
    r"webinar|broadcast|meeting)s?|to\s+(?:all\s+)?registrants|to\s+those\s+who\s+registered)\b|"
    r"\b(?:unable\s+to|cannot|can't|can\s+not)\s+(?:attend|join|make\s+it)\b[^.\n]{0,60}?"
    r"\b(?:record(?:ed|ing)s?|on[\s-]?demand|replays?)\b",
    re.IGNORECASE,
)


def recorded_after(doc: Doc) -> bool:
    """The page offers a recording after its live session (RECORDED_AFTER)."""
    return guarded(
        RECORDED_AFTER,
        doc,
        "after",
        "following",
        "registrants",
        "registered",
        "attend",
        "join",
        "make it",
    )
