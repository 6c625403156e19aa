"""More words naming a topic as the activity's subject, beside data/topic_cues.json (
docs/corpus.md "Topics").

- laws_and_rules: law named as the subject of the activity, with ethics or by the field it
  governs ("Law and Ethics Webinar", "Healthcare Ethics and Law Conference", "Nursing Law
  Update", "a law webinar"); the rule's "laws and rules" (Florida), "pharmacy law" (Texas)
  written in other words. "legal and ethical aspects of X" names ethics only, and "law" alone
  ("by law", "law enforcement") none.
"""

from __future__ import annotations

EXTRA_TERMS: dict[str, list[str]] = {
    "laws_and_rules": [
        r"laws? (?:and|&) ethics",
        r"ethics (?:and|&) (?:the )?laws?",
        r"(?:health ?care|health|medical|dental|nursing|mental health|veterinary|optometry) laws?",
        r"laws? (?:webinars?|courses?|updates?|reviews?|seminars?|lectures?|conferences?|modules?)",
    ],
}


def merged(topics: dict[str, dict[str, object]]) -> dict[str, dict[str, object]]:
    """The cue data's topics with EXTRA_TERMS added to their terms (a copy)."""
    out = dict(topics)
    for code, terms in EXTRA_TERMS.items():
        cues = dict(out[code])
        cues["terms"] = [*list(cues.get("terms") or []), *terms]  # type: ignore[call-overload]
        out[code] = cues
    return out
