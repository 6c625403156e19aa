"""Ways of taking part other sites write (R-FO-7, R-DL-5): the meeting tools and remote
session nouns of a live activity taken part in at a distance, attending in the room or remotely
offered as two ways of one gathering, a page restricting attendance to the room.

ACCME's glossary (https://accme.org/glossary/): "Live activity: an activity that occurs at a
specific time as scheduled by the accredited CME provider. Participation may be in person or
remotely as is the case of teleconferences or live internet webinars"; "Enduring material: ...
does not have a specific time or location designated for participation. Rather, the participant
determines whether and when to complete the activity."
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.format_cues import _signal, guarded
from opencme.ingest.parsing.format_scope import foreign
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile

# a meeting or webinar tool ("via Webex", "on GoToWebinar", "using Microsoft Teams", "join on
# Teams", "Google Meet", "Adobe Connect"); "teams" alone is people ("care teams") unless a
# preposition of joining leads it
_TOOLS = (
    r"web[\s-]?ex|go[\s-]?to[\s-]?(?:webinar|meeting|training)|google\s+meet|skype|"
    r"adobe\s+connect|blackboard\s+collaborate|blue\s?jeans|ms\s+teams|microsoft\s+teams|zoom"
)
# a session held at a distance ("an online seminar", "a web seminar", "the virtual session",
# "teleseminar", "tele-lecture", "tele-ECHO"; not telehealth or telemedicine, the subjects
# taught), or a live broadcast ("streamed live", "broadcast live", "live-streamed")
_SESSIONS = r"seminars?|sessions?|meetings?|conferences?|symposi(?:um|a)|workshops?|summits?"
REMOTE_TOOL = lazy_compile(
    rf"\b(?:{_TOOLS})\b|"
    r"\b(?:via|on|through|using|over|in)\s+(?:ms\s+|microsoft\s+)?teams\b(?!\s+(?:of|who|that|which|to|across))|"
    rf"\b(?:online|web|internet|remote)[\s-]+(?:live\s+|interactive\s+)?(?:{_SESSIONS})\b|"
    r"\btele[\s-]?(?:conferences?|seminars?|lectures?|class(?:es)?|sessions?|"
    r"echo|webinars?)\b|"
    r"\b(?:streamed|broadcast|webcast|delivered|presented|held)\s+live\s+(?:online|via|on|over)\b|"
    r"\b(?:streamed|broadcast)\s+live\b|"
    r"\b(?:dial[\s-]in|call[\s-]in)\s+(?:number|details|information|instructions)\b|"
    r"\b(?:zoom|webinar|meeting|joining)\s+link\b|\blink\s+to\s+join\b|"
    r"\bvideo[\s-]?links?\b|\b(?:online|virtual|remote)[\s-]+only\b|"
    r"\b(?:virtually|remotely)\s+only\b",
    re.IGNORECASE,
)
_TOOL_NEEDLES = (
    "web",
    "goto",
    "go to",
    "go-to",
    "meet",
    "skype",
    "connect",
    "collaborate",
    "jeans",
    "teams",
    "zoom",
    "online",
    "internet",
    "remote",
    "tele",
    "live",
    "dial",
    "call",
    "link",
    "only",
)


def remote_tool(doc: Doc) -> bool:
    """The page names a tool or session of taking part at a distance (REMOTE_TOOL), not in
    a refusal of it ("will not be streamed live": in_person_only)."""
    key = "remote_tool"
    found = doc.memo.get(key)
    if found is None:
        found = guarded(REMOTE_TOOL, doc, *_TOOL_NEEDLES) and any(
            not _NEGATED.search(doc.flat, max(0, m.start() - 40), m.start())
            and not foreign(doc, m.start())
            for m in REMOTE_TOOL.finditer(doc.flat)
        )
        doc.memo[key] = found
    return bool(found)


def remote_live(doc: Doc) -> bool:
    """A word of taking part remotely: format_signals.json remote_live, REMOTE_TOOL or a
    place keyed as remote (REMOTE_PLACE)."""
    return (
        (_signal(doc, "remote_live") and not in_person_only(doc))
        or remote_tool(doc)
        or remote_place(doc)
    )


# a refusal just before a cue ("will not be", "no", "cannot be", "isn't")
_NEGATED = lazy_compile(
    r"\b(?:not|no|never|cannot|can't|won't|isn't|aren't)\s+(?:be\s+|been\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)

_ROOM = r"in[\s-]person|face[\s-]to[\s-]face|on[\s-]?site|in\s+the\s+room|on[\s-]campus"
_AT_A_DISTANCE = (
    r"online|virtual(?:ly)?|remotely|digitally|live[\s-]?stream(?:ed|ing)?|"
    rf"(?:via|on|through|by)\s+(?:the\s+)?(?:{_TOOLS}|livestream|live[\s-]stream|video\s?link|"
    r"web(?:cast|inar)|teams)"
)
# one gathering attended either way ("attend in person or online", "in-person and virtual
# options", "join us in the room or via livestream", "livestreamed and in person", "onsite or
# virtually", "face-to-face or via Zoom"); the remote word names no registration or payment
_JOIN = r"\s*(?:,\s*)?(?:or|and|and/or|/|\||&|\+)\s*(?:(?:join|attend|participate|take\s+part)\s+)?"
EITHER_WAY = lazy_compile(
    rf"\b(?:both\s+)?(?:{_ROOM}){_JOIN}(?:{_AT_A_DISTANCE})\b"
    r"(?!\s+(?:registration|payment|application|booking|evaluation|form|enrol\w*|store|shop))|"
    rf"(?<!register )(?<!registration )(?<!apply )(?<!pay )(?<!book )(?<!enrol )(?<!enroll )"
    rf"\b(?:both\s+)?(?:{_AT_A_DISTANCE}){_JOIN}(?:{_ROOM})\b"
    r"(?!\s+(?:registration|payment|application|booking|evaluation|form|enrol\w*))",
    re.IGNORECASE,
)
_EITHER_NEEDLES = ("person", "face", "site", "room", "campus")


# the activity said to be hybrid ("This event is hybrid.", "offered as a hybrid", "Delivery:
# Hybrid", "Location: Hybrid - Civic Centre and Zoom"); not a hybrid thing taught ("hybrid
# closed-loop systems", "the hybrid operating room")
HYBRID_SAID = lazy_compile(
    r"\b(?:is|are|will\s+be|be|being|runs?\s+as|offered\s+as|delivered\s+as|held\s+as)\s+"
    r"(?:a\s+|fully\s+)?hybrid\b(?=\s*(?:[.,;:!()\n–-]|$|(?:event|format|meeting|course|"
    r"conference|session|program|programme|workshop|model|delivery|mode|offering|option)))|"
    r"^\s*(?:delivery|format|mode|attendance|location|venue|setting|type)\b[^:\n]{0,25}:\s*"
    r"hybrid\b",
    re.IGNORECASE | re.MULTILINE,
)


def either_way(doc: Doc) -> bool:
    """One gathering attended in the room or at a distance (EITHER_WAY, HYBRID_SAID): hybrid,
    and live (ACCME: participation in person or remotely)."""
    found = doc.memo.get("either_way")
    if found is None:
        found = (
            guarded(EITHER_WAY, doc, *_EITHER_NEEDLES) or guarded(HYBRID_SAID, doc, "hybrid")
        ) and not in_person_only(doc)
        doc.memo["either_way"] = found
    return bool(found)


# attendance restricted to the room ("in-person only", "This is an onsite-only event", "only
# available face-to-face", "will not be live-streamed", "no virtual option", "there is no
# online attendance"): it overrides stray remote cues
IN_PERSON_ONLY = lazy_compile(
    rf"\b(?:{_ROOM})[\s-]+(?:attendance\s+|participation\s+|event\s+|course\s+)?only\b|"
    rf"\bonly\s+(?:be\s+)?(?:available\s+|offered\s+|held\s+|run\s+|delivered\s+)?(?:{_ROOM})\b|"
    r"\b(?:not|no|never|won't)\s+(?:be\s+)?(?:live[\s-]?stream(?:ed)?|stream(?:ed)?(?:\s+live)?|"
    r"webcast|broadcast(?:\s+live)?|available\s+(?:online|virtually|remotely)|"
    r"offered\s+(?:online|virtually|remotely))\b|"
    r"\bno\s+(?:virtual|online|remote|livestream|live[\s-]stream|streaming|zoom|hybrid)\s+"
    r"(?:option|attendance|participation|access|component|version)s?\b|"
    # "There will not be a virtual registration option", "won't be any virtual access", "will not
    # offer a livestream version" (R-DL-6)
    r"\b(?:not|won['’]t)\s+(?:(?:be|offer|provide|have)\s+)?(?:an?\s+|any\s+)?(?:virtual|online|remote|"
    r"livestream|live[\s-]stream|streaming|zoom|hybrid)\s+(?:\w+\s+)?(?:option|attendance|"
    r"participation|access|component|version|registration)s?\b",
    re.IGNORECASE,
)
_ONLY_NEEDLES = ("only", "not ", "no ", "never", "won't", "won’t")


def in_person_only(doc: Doc) -> bool:
    """The page restricts taking part to the room (IN_PERSON_ONLY)."""
    key = "in_person_only"
    found = doc.memo.get(key)
    if found is None:
        found = guarded(IN_PERSON_ONLY, doc, *_ONLY_NEEDLES)
        doc.memo[key] = found
    return bool(found)


# a place keyed as remote ("Location: Online", "Venue: Online via MS Teams", "Where: Virtual
# (Zoom)", "Location: Webinar", "Location: Distance Learning"): the way of taking part, not a
# venue
REMOTE_PLACE = lazy_compile(
    r"\s*(?:online|virtual(?:ly)?|web[\s-]?based|(?:live\s+)?webinar|web\s?cast|remote(?:ly)?|"
    rf"internet|live[\s-]?stream(?:ed)?|{_TOOLS}|(?:ms\s+|microsoft\s+)?teams|"
    r"virtual\s+(?:event|meeting|classroom|session|conference)|"
    # a course taken at a distance ("Location: Distance Learning", "Where: By distance")
    r"distance[\s-](?:learning|education|study)|by\s+distance|e-?learning)\b"
    r"(?:\s*(?:\(|[-–:,/]|via\b|on\b|through\b|using\b|only\b)[^\n]{0,60})?\s*$",
    re.IGNORECASE,
)
_ROOM_WORD = lazy_compile(rf"\b(?:{_ROOM})\b|\bhybrid\b", re.IGNORECASE)


def remote_place_value(value: str) -> bool:
    """A keyed place that is only a way of taking part at a distance (REMOTE_PLACE)."""
    return REMOTE_PLACE.match(value) is not None and _ROOM_WORD.search(value) is None


def remote_place(doc: Doc) -> bool:
    """The page keys its place as remote ("Location: Online"), or gives it as an item of the
    line of its date ("Online | 3 June 2027 | 7pm - 8pm")."""
    found = doc.memo.get("remote_place")
    if found is None:
        found = _remote_place(doc)
        doc.memo["remote_place"] = found
    return bool(found)


def _remote_place(doc: Doc) -> bool:
    return any(ln.value and remote_place_value(ln.value) for ln in doc.fields("location")) or any(
        ln.year and any(remote_place_value(p) for p in _BANNER_SPLIT.split(ln.text))
        for ln in doc.lines
        if ln.year and any(s in ln.text for s in "|•·–")
    )


_BANNER_SPLIT = lazy_compile(r"\s+[|•·–]\s+|\s*\|\s*")


# the line of a place keyed as remote, for the note of what decided the format (explain)
PLACE_LINE = lazy_compile(
    r"^\s*(?:location|venue|where|place)\b[^\n]{0,3}?\s*(?:online|virtual|webinar|remote|zoom|"
    r"teams|webex|internet|live[\s-]?stream)|^\s*(?:online|virtual)\s*[|•·–]",
    re.IGNORECASE | re.MULTILINE,
)


# people taking part said to be in the room ("Join us in the room", "Delegates in the room
# will ...", "attendees in the room"); not a person of care there ("the nurse in the room")
IN_THE_ROOM = lazy_compile(
    r"\b(?:join\s+us|attend(?:ing|ees)?|participants?|delegates?|learners?|audience|those|"
    r"registrants?)\s+(?:[\w-]+\s+){0,2}?in\s+the\s+room\b",
    re.IGNORECASE,
)


def in_the_room(doc: Doc) -> bool:
    """People taking part are said to be in the room (IN_THE_ROOM)."""
    return guarded(IN_THE_ROOM, doc, "in the room")


# a key of how the activity is taken valued online ("Delivery: Self-paced online", "Delivery
# method: Online", "Mode of delivery: Virtual", "Attendance: Remote")
KEYED_ONLINE = lazy_compile(
    r"^\s*(?:delivery|mode\s+of\s+delivery|delivery\s+(?:mode|method|format|type)|"
    r"learning\s+mode|course\s+type|attendance)\s*:\s*(?:[\w-]+,?\s+){0,2}?"
    r"(?:online|virtual|web-based|e-?learning|remote)\b",
    re.IGNORECASE | re.MULTILINE,
)


def keyed_online(doc: Doc) -> bool:
    """A key of how the activity is taken is valued online (KEYED_ONLINE)."""
    return guarded(KEYED_ONLINE, doc, "delivery", "mode", "course type", "attendance")
