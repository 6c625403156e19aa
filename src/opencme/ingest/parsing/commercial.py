"""Commercial support: whether an ineligible company pays for the activity (issue 18).

Read from the keyed field first (its value a yes/no or a sentence read like prose), then from
sentences that give an educational grant or support from industry (True) or deny commercial
support (False). The company classes and their source: data/commercial_support.json.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.formats import guarded
from opencme.ingest.parsing.keyed import keyed, used
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile

_DATA = json.loads((Path(__file__).parent / "data" / "commercial_support.json").read_text())


def _alt(words: list[str]) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len)[::-1])


_QUAL1 = rf"(?:{_alt(_DATA['grant_qualifiers'])})"
_QUAL = rf"(?:{_QUAL1}\s+)*"
# "educational grant(s)", or "education grant" after a qualifier ("independent education grant");
# a bare "Education grant" is a named award ("Institute for Dermatologic Education grant")
_GRANT = rf"(?:{_QUAL}educational|(?:{_QUAL1}\s+)+education)\s+grants?\b"
# support from industry denied (R-ST-7): "no (other, outside, additional) commercial support
# (funding, sponsorship)", "no industry support", "is not commercially supported", "was not
# sponsored by any pharmaceutical company"
_DENIED = (
    r"\bno\s+(?:known\s+|other\s+|outside\s+|additional\s+|further\s+|external\s+|direct\s+)?"
    r"(?:commercial|industry|pharmaceutical)\s+(?:support|funding|sponsorship)\b|"
    r"\bnot\s+(?:been\s+)?commercially\s+(?:supported|funded|sponsored)\b|"
    r"\bnot\s+(?:been\s+)?(?:supported|funded|sponsored)\s+by\s+(?:any\s+)?(?:a\s+)?"
    r"(?:commercial|industry|pharmaceutical)\b|"
)
COMMERCIAL_NO = lazy_compile(
    _DENIED + r"without\s+(?:any\s+)?(?:bias\s+and\s+without\s+)?commercial\s+support|"
    r"not\s+(?:receive|accept)\w*\s+(?:any\s+)?(?:[\w-]+\s+or\s+)?commercial\s+(?:support|funding)|"
    r"without\s+support\s+from\s+any\s+commercial|does\s+not\s+(?:sell\s+advertising\s+or\s+)?"
    r"receive\s+any\s+commercial\s+support|no\s+commercial\s+interest",
    re.IGNORECASE,
)
# an educational grant given for the activity, in its usual wordings: "supported in part by an
# independent education grant from", "through educational grants from", "educational grant
# support", "commercial support was received from"; or support "from pharmaceutical companies"
COMMERCIAL_YES = lazy_compile(
    rf"\b{_GRANT}\s+(?:support|from|provided|funding)\b|"
    rf"\bsupport(?:ed)?\b[^.\n]{{0,40}}\b(?:an?|by|through|with|from)\s+{_GRANT}|"
    r"commercial\s+support\s+(?:was\s+)?(?:received|provided)\s+from|"
    rf"\bsupport\s+(?:was\s+)?(?:received\s+)?from\s+(?:\w+\s+){{0,2}}"
    rf"(?:{_alt(_DATA['industry'])})\s+(?:companies|company|manufacturers?|firms?|partners?|sponsors?)\b",
    re.IGNORECASE,
)


_ORG = json.loads((Path(__file__).parent / "data" / "org_classes.json").read_text())["classes"]
# head nouns of an institution's name (data/org_classes.json): a university, society,
# foundation or agency is no ineligible company; a grant from it is funding (docs/corpus.md)
_INSTITUTION = frozenset(
    w for c in ("academic", "society", "institute", "government") for w in _ORG[c]
)
_COMPANY = frozenset(w.rstrip(".") for w in _ORG["company"])
_KINDS = ("compan", "manufacturer", "firm", "partner", "sponsor")
_GRANTORS_END = lazy_compile(r"[.;\n(]")
_GRANTORS_SPLIT = lazy_compile(r",|\band\b|&")


def company_support(text: str) -> bool:
    """The text gives commercial support (COMMERCIAL_YES) other than grants only from
    institutions ("an educational grant from the American College of X" is funding)."""
    low = text.lower()
    if "grant" not in low and "commercial" not in low and not any(w in low for w in _KINDS):
        return False  # COMMERCIAL_YES needs a grant, "commercial" or a kind of company
    for m in COMMERCIAL_YES.finditer(text):
        if not _institutions_only(text[m.end() : m.end() + 160]):
            return True
    return False


def _institutions_only(tail: str) -> bool:
    """The grantors named after a grant ("from X, Y and the Z Society") are all institutions."""
    tail = tail.split("from", 1)[1] if "from" in tail[:12] else tail
    cut = _GRANTORS_END.search(tail)
    names = [n.split() for n in _GRANTORS_SPLIT.split(tail[: cut.start()] if cut else tail)]
    names = [n for n in names if n and n != ["the"]]
    return bool(names) and all(
        any(w in _INSTITUTION for w in n) and not any(w.rstrip(".,") in _COMPANY for w in n)
        for n in names
    )


def extract_commercial_support(doc: Doc, diags: list[Diagnostic]) -> bool | None:
    """True, False or None (the page does not say)."""
    ln = keyed(doc, "commercial_support")
    if ln and ln.value:
        v = ln.value.strip().lower()
        found: bool | None = None
        if v.startswith(("no", "none", "false")) or COMMERCIAL_NO.search(ln.value):
            found = False
        elif v.startswith(("yes", "true")) or "grant" in v or COMMERCIAL_YES.search(ln.value):
            found = True
        used(diags, "commercial_support", ln)
        if found is not None:
            return found
    if guarded(COMMERCIAL_YES, doc, "grant", "support") and company_support(doc.flat):
        return True
    if guarded(COMMERCIAL_NO, doc, "commercial", "industry", "pharmaceutical"):
        return False
    return None
