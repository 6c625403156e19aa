"""The short forms a page uses for a name that ends in its acronym (R-TI-1): "Pediatric
Pharmacology Self-Assessment Exercise (SAE)" is named again in the page's prose as
"Pediatric Pharmacology SAE" (the acronym for the words it stands for) or without the
acronym; a heading named again so is the name the page goes on to speak of."""

from __future__ import annotations

from opencme.ingest.parsing.lazyre import lazy_compile

# a name ending in its acronym in parentheses: "… Self-Assessment Exercise (SAE)"
_ACRONYM_END = lazy_compile(r"^(?P<name>.+\S) \((?P<acr>[A-Z][A-Za-z]{1,7})\)$")


def _initials(words: list[str]) -> str:
    """The capitals that open each word and each part of a hyphenated word."""
    return "".join(p[:1] for w in words for p in w.split("-") if p[:1].isupper())


def short_forms(cand: str) -> list[str]:
    """The name without its acronym, and the name with the acronym in place of the words it
    stands for (their initials make the acronym), when that leaves two words or more."""
    if not cand.endswith(")"):
        return []
    m = _ACRONYM_END.match(cand)
    if m is None:
        return []
    words = m["name"].split()
    acr = m["acr"]
    forms = [m["name"]]
    for k in range(1, min(len(words), len(acr)) + 1):
        if _initials(words[-k:]).upper() == acr.upper():
            if len(words) - k >= 1:
                forms.append(" ".join([*words[:-k], acr]))
            break
    return forms
