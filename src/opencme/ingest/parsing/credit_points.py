"""CME in other languages. German CME points (R-CR-87): "6 CME-Punkte/Kategorie B", "mit 8
Fortbildungspunkten der Kategorie A". A German medical chamber (Landesärztekammer) certifies CME
in points of lettered categories (the Bundesärztekammer's "(Muster-)Fortbildungsordnung"): no
US CME unit, `OTHER` in the text's words (as R-CR-24 reads "CME points"), the category part of
the label (R-CR-32). Certification applied for ("Die Zertifizierung ist beantragt") and none
granted: the points are not designated yet, amount null (R-CR-70). Italian ECM credits
(R-CR-92)."""

from __future__ import annotations

from opencme.ingest.parsing.credit_text import Mention
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile

_POINTS = lazy_compile(
    r"(?<![\d.,])(?P<num>\d{1,3}(?:,\d{1,2})?)\s*(?P<name>CME-Punkte?n?|Fortbildungspunkte?n?)\b"
    r"(?:\s*/\s*|\s+der\s+|\s+\(?)?(?:Kategorie\s+(?P<cat>[A-K])\b)?"
)
# applied for at the chamber, not granted yet (R-CR-70)
_APPLIED = lazy_compile(r"\bbeantragt\b")
_GRANTED = lazy_compile(
    r"\b(?:anerkannt|zertifiziert\s+mit|wurde\s+(?:mit\s+)?\S+\s+zertifiziert)\b"
)


def _label(name: str, category: str | None) -> str:
    base = "CME-Punkte" if name.startswith("CME") else "Fortbildungspunkte"
    return f"{base} Kategorie {category}" if category else base


def read_points(doc: Doc, mentions: list[Mention]) -> None:
    """R-CR-87: each line's German CME points, the first amount of each label kept by the merge
    (R-CR-8)."""
    pending = _APPLIED.search(doc.flat) is not None and _GRANTED.search(doc.flat) is None
    for ln in doc.lines:
        if not ln.digit or "unkt" not in ln.text:
            continue
        for m in _POINTS.finditer(ln.text):
            amount = None if pending else float(m.group("num").replace(",", "."))
            label = _label(m.group("name"), m.group("cat"))
            mentions.append(Mention("OTHER", label, amount, "point", ln.no, ln.text))


def is_german_points(sentence: str, name_end: int) -> bool:
    """A "CME" followed by "-Punkte": R-CR-87's points, not US CME."""
    return sentence[name_end : name_end + 6].lower() == "-punkt"


# R-CR-92: Italian CME, "Educazione Continua in Medicina" (the national programme Agenas runs,
# https://ape.agenas.it): "12 crediti ECM", "4,5 crediti formativi ECM", "Crediti ECM: 8"
_ECM = lazy_compile(
    r"(?<![\d.,])(?P<num>\d{1,3}(?:,\d{1,2})?)\s+(?i:crediti)\s+(?:(?i:formativi)\s+)?ECM\b|"
    r"\b(?i:crediti)\s+ECM\s*:\s*(?P<num2>\d{1,3}(?:,\d{1,2})?)(?![\d.,])"
)


def read_ecm(doc: Doc, mentions: list[Mention]) -> None:
    """R-CR-92: Italian ECM credits, `OTHER` "ECM" (the programme's short name, docs/corpus.md)."""
    for ln in doc.lines:
        if not ln.digit or "ECM" not in ln.text:
            continue
        for m in _ECM.finditer(ln.text):
            num = m.group("num") or m.group("num2")
            amount = float(num.replace(",", "."))
            mentions.append(Mention("OTHER", "ECM", amount, "credit", ln.no, ln.text))
