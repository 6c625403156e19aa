"""Who: provider, joint providers, faculty, audience."""

from __future__ import annotations

import itertools
import re

from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.vocab import CREDENTIALS

_DESIGNATES = re.compile(
    r"(?:^|(?<=[.;?!]\s)|(?<=care,\s))(?:The\s+)?(?P<org>[A-Z][\w&.'’()\- ]{2,110}?)\s+"
    r"(?:designates|(?P<are>is|are)\s+(?:jointly\s+)?accredited\s+(?:by|as)|awards|"
    r"is\s+approved\s+by\s+the\s+American\s+Psychological|"
    r"is\s+an?\s+(?:[\w-]+\s+){0,3}(?:education\s+)?provider\s+under)\b"
)
# page chrome glued to the sentence ("ACPE logoThe American Society ...")
_GLUED_PREFIX = re.compile(r"^.*[a-z](?=The\s+[A-Z])")
_JOINT = re.compile(
    r"planned\s+and\s+implemented\s+by\s+(?:the\s+)?(?P<a>[A-Z][\w&.'’\- ]{2,100}?)\s+and\s+"
    r"(?:the\s+)?(?P<b>[A-Z][\w&.'’\- ]{2,100}?)(?:\s+for\b|\.|,|\s+is\b)"
)
_ACCREDITED_BY_WHICH = re.compile(
    r"activity\s+is\s+accredited\s+by\s+(?:the\s+)?(?P<org>[A-Z][^.]{2,150}?),\s+which\s+is\s+"
    r"accredited"
)
_COMPANY_HEAD = re.compile(
    r"^(?P<org>[A-Z][\w&.'’\- ]{1,60}?,?\s+(?:Inc\.|LLC|Ltd\.?|L\.L\.C\.|Corporation))"
)
_DOMAIN = re.compile(r"^[\w.-]+\.(?:org|com|net|edu|gov|ca|uk|eu)$", re.IGNORECASE)
_NOT_ORG = re.compile(
    r"^(?:This|It|Each|All|Credit|Physicians|Nurses|Participants|"
    r"CME|CE|Activity|The activity)\b"
)
_AUDIENCE_LEAD = re.compile(
    r"(?:designed\s+(?:for|to\s+meet\s+the\s+educational\s+needs\s+of)|intended\s+for)\s+"
    r"(?P<list>[^.]+)",
    re.IGNORECASE,
)
_AUDIENCE_END = re.compile(
    r"\s+(?:who|that|seeking|in\s+need\s+of|wishing|looking)\b.*$", re.IGNORECASE
)
_AUDIENCE_NOT = re.compile(r"\bnot\s+(?:designed|intended)\b", re.IGNORECASE)
_AUDIENCE_SUBJECT = re.compile(
    r"\b(?:this|the|these)\s+(?:[\w-]+\s+)?(?:activit(?:y|ies)|course|program|lesson|series|"
    r"module|conference)s?\b",
    re.IGNORECASE,
)
_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+")


def extract_provider(doc: Doc, diags: list[Diagnostic]) -> str | None:
    for ln in doc.fields("provider"):
        if ln.value:
            diags.append(Diagnostic("provider", ln.no, ln.text, "used"))
            return ln.value.strip()
    has_statement = any(w in doc.low for w in ("designates", "accredited", "awards", "approved"))
    for ln in doc.lines if has_statement else ():
        m = _DESIGNATES.search(ln.text)
        if m and not _NOT_ORG.match(m.group("org")):
            org = _GLUED_PREFIX.sub("", m.group("org").strip().rstrip(","))
            if m.group("are") == "are":  # "A and B are accredited by": the first one provides
                org = org.split(" and ")[0]
            org = org.removeprefix("The ").strip()
            diags.append(Diagnostic("provider", ln.no, ln.text, "used", "designation statement"))
            return org
    m = _ACCREDITED_BY_WHICH.search(doc.flat)
    if m:
        diags.append(Diagnostic("provider", doc.line_at(m.start()).no, m.group(0), "used"))
        return m.group("org").strip()
    # R-PV-2: a footer block `Name` followed by its own domain (`PCSS-MOUD` / `PCSS-MOUD.org`)
    texts = [ln for ln in doc.lines if ln.text]
    for a, b in itertools.pairwise(texts):
        name = a.text.strip()
        nxt = b.text.strip()
        if 2 <= len(name) <= 60 and _DOMAIN.match(nxt) and nxt.lower().startswith(name.lower()):
            diags.append(Diagnostic("provider", a.no, a.text, "used", "footer name + domain"))
            return name
    first = texts[0].text if texts else ""
    m = _COMPANY_HEAD.match(first)
    if m:
        diags.append(Diagnostic("provider", texts[0].no, first, "used", "company heading"))
        return m.group("org").strip()
    return None


def extract_joint_providers(doc: Doc, provider: str | None) -> list[str]:
    m = _JOINT.search(doc.flat)
    if not m:
        return []
    out = []
    for org in (m.group("a"), m.group("b")):
        org = org.strip()
        if provider and (org in provider or provider in org):
            continue
        out.append(org)
    return out


def split_people(value: str) -> list[str]:
    """`Jane Roe, MD, PhD; John Doe, RN` -> two people with their credentials (R-PE-1)."""
    people: list[str] = []
    for chunk in re.split(r"\s*;\s*|\s+and\s+|\s*\|\s*", value):
        current = ""
        for part in [p.strip() for p in chunk.split(",") if p.strip()]:
            is_cred = part.replace(".", "") in CREDENTIALS or (
                " " not in part and sum(c.isupper() for c in part) >= 2
            )
            if current and is_cred:
                current += ", " + part
            else:
                if current:
                    people.append(current)
                current = part
        if current:
            people.append(current)
    return [p.rstrip(".") for p in people if any(c.isalpha() for c in p)]


def extract_faculty(doc: Doc, diags: list[Diagnostic]) -> list[str]:
    out: list[str] = []
    for ln in doc.fields("faculty"):
        if ln.value:
            out.extend(split_people(ln.value))
            diags.append(Diagnostic("faculty", ln.no, ln.text, "used"))
    return out


def extract_audience(doc: Doc, diags: list[Diagnostic]) -> list[str]:
    for ln in doc.fields("audience"):
        if not ln.value:
            continue
        m = _AUDIENCE_LEAD.search(ln.value)
        raw = m.group("list") if m else ln.value.split(".")[0]
        raw = _AUDIENCE_END.sub("", raw)
        diags.append(Diagnostic("audience", ln.no, ln.text, "used"))
        return _items(raw)
    if "designed" not in doc.low and "intended" not in doc.low:
        return []
    for ln in doc.lines:
        m = _AUDIENCE_LEAD.search(ln.text)
        if m and _AUDIENCE_SUBJECT.search(ln.text) and not _AUDIENCE_NOT.search(ln.text):
            diags.append(Diagnostic("audience", ln.no, ln.text, "used"))
            return _items(_AUDIENCE_END.sub("", m.group("list")))
    return []


def _items(raw: str) -> list[str]:
    items = [i.strip().strip(".").lower() for i in _LIST_SPLIT.split(raw)]
    return [i for i in items if i and len(i) < 60]
