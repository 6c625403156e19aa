"""More words naming a topic as the activity's subject, beside data/topic_cues.json (
docs/corpus.md "Topics").

- self_assessment: credit "toward the CME and Self-Assessment requirements" of a board (its
  own wording of an SA-CME credit), read as a requirement sentence;
- laws_and_rules: law named as the subject of the activity, with ethics or by the field it
  governs ("Ethics and Law Seminar", "Pharmacy Ethics and Law Symposium", "Nursing Law
  Update", "a law webinar"); the rule's "laws and rules" (Florida), "pharmacy law" (Texas)
  written in other words. "legal and ethical aspects of X" names ethics only, and "law" alone
  ("by law", "law enforcement") none.
"""

from __future__ import annotations

# "enables the learner to earn credit toward the CME and Self-Assessment requirements of the
# American Board of Surgery" (the ABS's own wording of its SA-CME credit): a verb of meeting
# a requirement, and the requirement named in the plural
EXTRA_VERBS = [r"(?:earn|earns|earning|receive|claim)\s+credit\s+(?:toward|towards)"]
EXTRA_TERMS: dict[str, list[str]] = {
    "self_assessment": [r"self[- ]assessment requirements"],
    "laws_and_rules": [
        r"laws? (?:and|&) ethics",
        r"ethics (?:and|&) (?:the )?laws?",
        r"(?:health ?care|health|medical|dental|nursing|mental health|veterinary|optometry) laws?",
        r"laws? (?:webinars?|courses?|updates?|reviews?|seminars?|lectures?|conferences?|modules?)",
    ],
}


# "pain and opioids" names both subjects, but "pain and opioid use disorder" (misuse, abuse,
# addiction, dependence, withdrawal) names the disorder (docs/corpus.md "Topics": "prescription
# opioid misuse … names the disorder, not opioid_prescribing")
NARROWED = {
    ("opioid_prescribing", "pain (?:and|&) opioids?"): "pain (?:and|&) opioids?(?!\\s+(?:use\\s+"
    "disorders?|misuse|abuse|addiction|dependence|withdrawal|overdoses?)\\b)",
}


def merged(topics: dict[str, dict[str, object]]) -> dict[str, dict[str, object]]:
    """The cue data's topics with EXTRA_TERMS added to their terms and NARROWED terms
    replaced (a copy)."""
    out = dict(topics)
    for (code, term), narrow in NARROWED.items():
        cues = dict(out[code])
        terms = list(cues.get("terms") or [])  # type: ignore[call-overload]
        cues["terms"] = [narrow if t == term else t for t in terms]
        out[code] = cues
    for code, terms in EXTRA_TERMS.items():
        cues = dict(out[code])
        cues["terms"] = [*list(cues.get("terms") or []), *terms]  # type: ignore[call-overload]
        out[code] = cues
    return out
