"""A self-study page that is itself where the activity is taken (R-DL-2).

docs/corpus.md 'Delivery': an enduring course's page says it is taken on the web when it starts
the activity itself ("Begin this course", "View the module"), puts it behind a login ("Login
required", "log in to access the modules"), offers it from anywhere, or has the learner work
through its material online ("complete this book online"). A test, evaluation or certificate
offered online says how credit is claimed, not how one learns, and is never read here.
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile

# the material a learner works through (not a test, evaluation, quiz or certificate)
_MATERIAL = (
    r"(?:course|module|activity|lesson|program(?:me)?|training|tutorial|book|e-?book|"
    r"presentation|lecture|recording)s?"
    # not the first word of another thing's name ("view the course worksheet")
    r"(?![\s-]+(?:worksheet|test|exam|evaluation|quiz|certificate|handout|outline|catalog|page))"
)
# the page starts the activity: "Begin this course", "Launch the module", "View the Module"
_STARTS = lazy_compile(
    rf"\b(?:begin|start|launch|view|access|enter)\s+(?:this|the|our)\s+"
    rf"(?:(?:online|e-?learning|self-paced|self-study|free|cme|ce)\s+)?{_MATERIAL}\b",
    re.IGNORECASE,
)
# the activity behind the provider's login: "Login required", "log in to access the modules"
_LOGIN = lazy_compile(
    r"\b(?:log[\s-]?in|sign[\s-]?in)\s+(?:is\s+)?required\b|"
    r"\b(?:log[\s-]?in|sign[\s-]?in)\s+(?:to\s+)?(?:[\w-]+\s+){0,4}?to\s+"
    rf"(?:access|begin|start|take|view)\s+(?:this|the|our|your)\s+(?:\w+\s+)?{_MATERIAL}\b",
    re.IGNORECASE,
)
# taken wherever the learner is: "learn from anywhere", "anytime, anywhere"
_ANYWHERE = lazy_compile(
    r"\b(?:learn|study|learning)\s+(?:from\s+)?anywhere\b|\banytime,?\s+anywhere\b",
    re.IGNORECASE,
)
# the material itself worked through online: "complete this book online", "read the chapters
# online or in the printable PDF", "view the course materials online"
_WORKED = lazy_compile(
    rf"\b(?:complete|read|take|watch|view|access|study)\s+(?:this|the|our|all)\s+(?:[\w-]+\s+)?"
    rf"(?:{_MATERIAL}|content|materials?|text|chapters?|slides)\s+online\b",
    re.IGNORECASE,
)
# the material taken on the provider's learning platform ("Complete the module on our Moodle
# platform", "hosted on the e-learning portal", "accessed through our learning management
# system"); not registering or paying there ("register via our portal")
_PLATFORM = lazy_compile(
    r"\b(?:complete|completed|take|taken|access|accessed|study|view|watch|work\s+through|"
    r"hosted|delivered|available)\b[^.\n]{0,40}?\b(?:on|via|through|in)\s+(?:our|the|its|your)\s+"
    r"(?:[\w'’-]+\s+)?(?:online\s+|e-?learning\s+|learning\s+)?(?:platform|portal|lms|"
    r"learning\s+management\s+system|moodle|learning\s+hub|virtual\s+learning\s+environment)\b",
    re.IGNORECASE,
)
PATTERNS = (_STARTS, _LOGIN, _ANYWHERE, _WORKED, _PLATFORM)
# cheap substring tests before the patterns (R-PF-1)
_NEEDLES = (
    "begin",
    "start",
    "launch",
    "view",
    "access",
    "enter",
    "log",
    "sign",
    "anywhere",
    "platform",
    "portal",
    "lms",
    "management system",
    "moodle",
    "hub",
    "environment",
    "online",
)


def taken_on_web(doc: Doc) -> bool:
    """The page is where the (self-study) activity is taken (R-DL-2)."""
    low = doc.low
    if not any(n in low for n in _NEEDLES):
        return False
    return any(doc.has(rx) for rx in PATTERNS)
