"""Faculty in prose (R-PE-3): which agent phrases name the people who teach.

A bare "by" names a teacher after a noun or a title ("a lecture by Dr. A", "Knee Pain by Jo
Roe, PT"), not after a participle of another act: "accredited by", "approved by", "signed
by", "edited by", "designed by", "attended by" name an accreditor, an editor, a signatory or
a guest. The participles of teaching ("presented by", "led by", "taught by" …) are agent
phrases of their own (faculty._AGENT); a few more are read here as teaching too. A line that
cites a book or an article (an edition, an ISBN, a DOI) names its authors, not faculty.
"""

from __future__ import annotations

from opencme.ingest.parsing.lazyre import lazy_compile

# participles before "by" that still name who teaches, beyond faculty._AGENT's own
_TEACHING = frozenset(
    {
        "chaired",
        "co-chaired",
        "co-hosted",
        "co-presented",
        "co-authored",
        "co-led",
        "conducted",
        "guided",
        "instructed",
        "coached",
        "mentored",
        "narrated",
        "prepared",
        "compiled",
        "proctored",
        "revised",  # a course "revised and updated by" its author
        "updated",
        "joined",  # "A will be joined by B, MD and C, MD": co-presenters (R-PE-12)
        "headlined",  # "a programme headlined by Dr A": its lead speaker
        "keynoted",
        "spearheaded",
    }
)
# the word before the agent: a participle ends in "-ed" ("accredited", "co-sponsored")
_WORD_BEFORE = lazy_compile(r"([A-Za-z][A-Za-z-]*ed)[\s,]*$")
# a bibliographic citation: an edition, an ISBN or a DOI on the line
_CITATION = lazy_compile(r"\b(?:ISBN|DOI|doi)\b|\b\d+(?:st|nd|rd|th)\s+(?:[Ee]dition|ed\.)")


def other_act_by(line: str, start: int, end: int) -> bool:
    """True when the agent span `line[start:end]` is a bare "by" after a participle of another
    act than teaching ("approved by", "signed by", "edited by"), or the line cites a book."""
    if line[start:end].strip().lower() != "by":
        return False
    cue = "ISBN" in line or "doi" in line.lower() or "dition" in line or "ed." in line
    if cue and _CITATION.search(line):
        return True
    m = _WORD_BEFORE.search(line, max(0, start - 40), start)
    return m is not None and m.group(1).lower() not in _TEACHING


def teaching_act(line: str, start: int, end: int) -> bool:
    """True when the agent span `line[start:end]` is an act of teaching itself: a participle of
    teaching with its "by" ("presented by", "chaired by"), or a role noun and its verb ("our
    speakers include"); not a bare "with", "from", "join", "welcome" or "by" after a noun. Where
    a page lists its faculty on lines, only these add people from its prose (R-PE-21)."""
    span = line[start:end].strip().lower()
    if span in ("with", "from", "join", "welcome"):
        return False
    if span != "by":
        return True
    m = _WORD_BEFORE.search(line, max(0, start - 40), start)
    return m is not None and m.group(1).lower() in _TEACHING
