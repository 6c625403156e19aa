"""Faculty (R-PE-1..4): the people who teach an activity, each with the credentials written
after the name.

A person is a name (capitalised words, particles, initials, a nickname in quotes or brackets)
with post-nominal letters after it, or after an honorific (Dr, Prof). Where a page writes
faculty is a class of layouts, not of phrases:
- under a role key (data/people_roles.json), one person a line, each possibly followed by lines
  of title and institution (skipped) or a biography (skipped);
- a line that starts with a person and goes on with a role or an affiliation (R-PE-2);
- after an agent phrase in prose: "presented by", "led by", "featuring", "with Dr." (R-PE-3).
Headings of planners, reviewers and disclosures end a list: they are not faculty (R-PE-4).
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.layouts import BULLET, Doc, Line
from opencme.ingest.parsing.vocab import CREDENTIALS, PEOPLE_ROLES

_KNOWN = sorted(set(CREDENTIALS) | set(PEOPLE_ROLES["credentials"]["tokens"]), key=len)[::-1]
_HON = r"(?:(?:Drs?|Prof|Professor|Assoc\.?\s+Prof|Sir|Dame)\.?\s+)"
# a name's word: an initial, a capitalised word (not Jr/Sr), a nickname in quotes or brackets
_WORD = (
    r"(?:[A-Z]\.|(?!(?:Jr|Sr)\b)[A-Z][\w'’-]*[a-z][\w'’-]*|[A-Z](?=\s)"
    r"|“[^”]{1,20}”|\"[^\"]{1,20}\"|\([A-Z][a-z]+\))"
)
_PARTICLE = r"(?:de|da|del|della|van|von|der|den|la|le|di|du|bin|al|dos)"
_NAME = rf"{_HON}*{_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_WORD}){{1,4}}(?:,?\s+(?:Jr|Sr|III|II|IV)\.?)?"
# a post-nominal: a known one, dotted letters (Ph.D., M.S.W), or two or more capitals
# a post-nominal: a known one or dotted letters (Ph.D., M.S.W); after a comma, any token of
# two or more capitals too (LCSW-S, FACS) unless it heads a name ("APA Health Equity ...")
_SURE = (
    r"(?:(?:" + "|".join(re.escape(c) for c in _KNOWN) + r")(?![\w]|-\w)"
    r"|(?:[A-Z][a-z]{0,4}\.){2,4}(?:[A-Z][a-z]?(?![\w.]))?|[A-Z][a-z]{0,4}\.[A-Z][a-z]?(?![\w.]))"
)
_SHAPE = (
    r"(?!(?:LLC|INC|LTD|PLC|CORP|USA|UK)\b)(?=[A-Z][a-z]{0,2}-?[A-Z])(?:[A-Z]+[a-z]{0,2})+(?![a-z])(?:[-/][A-Z][A-Za-z]*)*"
    r"(?!\s+[A-Z][a-z])"
)
# a credential ends at a space, a separator, a full stop or the line's end
_CRED_END = r"[™®]?(?=[\s,;|)(—–-]|\.(?:\s|$)|$)"
_CREDS = (
    rf"(?:,?[ \t]*{_SURE}{_CRED_END}|,[ \t]*{_SHAPE}{_CRED_END})"
    rf"(?:,?[ \t]*(?:{_SURE}|{_SHAPE}){_CRED_END})*"
)
PERSON = re.compile(rf"(?P<name>{_NAME})(?P<creds>{_CREDS})?")
_SEP = re.compile(r"^\s*(?:[,;&|/]|\band\b)[\s,;&|/]*(?:and\s+)?$")
_AGENT = re.compile(
    r"(?:\b(?:presented|led|hosted|moderated|facilitated|taught|delivered|given|written|authored|"
    r"created|developed)\s+by|\bfeaturing|\bwith|\bjoin|\bfrom|\bby|\bspeakers?\s+(?:was|is|will\s+be))"
    r"[\s:]+",
    re.IGNORECASE,
)
_AGENT_LEAD = re.compile(
    r"^(?:(?:presented|led|hosted|moderated|facilitated|taught|written|authored|created)\s+)?"
    r"by\s+|^(?:featuring|with|join)\s+",
    re.IGNORECASE,
)
# a person's tail that makes the line a biography or a disclosure sentence, not a faculty line
_PROSE_TAIL = re.compile(
    r"\b(?:is|are|was|has|have|had|will|reports?|received|serves|disclos\w*|declares?|"
    r"nothing|no\s+relevant|financial)\b",
    re.IGNORECASE,
)
_NOT_NAME = re.compile(
    r"\b(?:University|College|Hospital|Society|Association|Institute|Center|Centre|School|"
    r"Department|Medicine|Health|Care|Clinic|Board|Council|Academy|Foundation|Program|Course|"
    r"Conference|Credit|Credits|Hours?|Online|Activity|Webinar|Series|Objectives?|Learning|"
    r"Education|Home|About|Contact|Help|Login|Register|Newsroom|The|Of|For|And|In|On|To)\b"
)
# words of job titles and institutions: a line of them under a name is no second name
_ROLE = re.compile(
    r"\b(?:Director|Professor|President|Chair|Chairman|Officer|Manager|Coordinator|Clinical|"
    r"Associate|Assistant|Hospice|Group|Management|Medical|Senior|Executive|Dean|Fellow|"
    r"Resident|Lecturer|Consultant|Specialist|Chief|Head|Lead|Team|Service|Services|Unit|"
    r"Nurses?|Pharmacists?|Physicians?|Begin|Start|Now|Your|Claim\w*|Record\w*)\b"
)
# ", NY" / ", Ohio" / ", New Zealand" closing the line: a place, not a list of names
_PLACE_TAIL = re.compile(r",\s*(?:[A-Z]{2}\b|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*$)")
_STOP_HEAD = re.compile(
    r"\b(?:" + "|".join(PEOPLE_ROLES["not_faculty_heads"]["words"]) + r")", re.IGNORECASE
)


def people_at(text: str, lead: bool = False) -> list[str]:
    """The people `text` starts with (after a bullet), each a name with its credentials as
    written; a person needs credentials or an honorific. With `lead`, a bare name counts too
    (under a role key a name alone is a person)."""
    return _people_at(BULLET.sub("", text).strip(), lead)[0]


def _people_at(text: str, lead: bool) -> tuple[list[str], int]:
    text = _AGENT_LEAD.sub("", text)
    out: list[str] = []
    pos = end = bare = 0
    drs = False
    while True:
        m = PERSON.match(text, pos)
        if not m:
            break
        name, creds = m.group("name"), (m.group("creds") or "")
        honorific = re.match(_HON, name) is not None
        drs = drs or name.startswith("Drs")  # "Drs. A and B": both are doctors
        plain = re.sub(_HON, "", name)
        if _NOT_NAME.search(plain) or name.isupper() or len(plain.split()) < 2:
            break
        bare_ok = drs or (lead and bare == len(out))  # a bare name in a run of bare names
        if not (creds.strip() or honorific or bare_ok):
            break
        nxt = text[m.end() :].lstrip()
        if (
            not (creds.strip() or honorific)
            and nxt
            and not nxt.startswith((",", ";", "|", "(", "-", "–", "—", "&", "and ", ". "))
        ):
            break  # a bare name must be alone or followed by a separator
        if not (creds.strip() or honorific) and (_ROLE.search(plain) or _PLACE_TAIL.match(nxt)):
            break  # a title, an institution or a place ("New York, NY"), not a name
        bare += not (creds.strip() or honorific)
        value = re.sub(r"^Drs\.?\s+", "", (name + creds).strip()).rstrip(" ,")
        if value.endswith(".") and not re.search(r"(?:[A-Z][a-z]{0,4}\.){2,}$|\b[JS]r\.$", value):
            value = value[:-1]  # a sentence's full stop, not a credential's own ("M.A.")
        out.append(value)
        end = m.end()
        sep = re.match(r"\s*(?:[,;&|/]|\band\b)[\s,;&|/]*(?:and\s+)?", text[m.end() :])
        if not sep:
            break
        pos = m.end() + sep.end()
    return list(dict.fromkeys(out)), end


def _line_people(text: str) -> list[str]:
    """People of a standalone line: it starts with them and goes on with a role or an
    affiliation at most, never with a sentence about them."""
    text = BULLET.sub("", text).strip()
    found, end = _people_at(text, False)
    if not found or _PROSE_TAIL.search(text[end : end + 80]):
        return []
    return found


def _under(doc: Doc, key_line: Line) -> tuple[list[str], list[Line]]:
    """People listed under a role key: one a line, lines of role, institution or biography
    between them skipped; a non-faculty heading or another field's key ends the list."""
    out: list[str] = []
    used: list[Line] = []
    misses = 0
    for ln in doc.lines[doc.lines.index(key_line) + 1 :][:80]:
        t = ln.text.strip()
        if not t:
            continue
        if ln.key == "faculty" and ln.raw_key and ln.value:
            break
        if ln.raw_key and ln.key not in (None, "faculty"):
            break
        if len(t.split()) <= 5 and _STOP_HEAD.search(t) and not people_at(t):
            break
        found = people_at(t, lead=len(t.split()) <= 5)
        if found:
            out.extend(found)
            used.append(ln)
            misses = 0
            continue
        misses += 1
        if misses > 5:
            break
    return out, used


def extract_faculty(doc: Doc, diags: list[Diagnostic]) -> list[str]:
    """Names under a role key, else lines that start with a person, else persons after an
    agent phrase (module docstring)."""
    out: list[str] = []
    for ln in doc.fields("faculty"):
        value = (ln.value or "").strip()
        inline = bool(ln.text.partition(":")[2].strip())
        if value and inline:
            value = _AGENT.sub("", value, count=1) if _AGENT.match(value) else value
            found = people_at(value, lead=True)
            if found:
                out.extend(found)
                diags.append(Diagnostic("faculty", ln.no, ln.text, "used"))
        if not (value and inline) or len(out) == 0:
            under, lines = _under(doc, ln)
            out.extend(under)
            for u in lines:
                diags.append(Diagnostic("faculty", u.no, u.text, "used", "under a role key"))
    if out:
        return list(dict.fromkeys(out))
    for ln in doc.lines:
        t = ln.text.strip()
        if not t or len(t) > 160 or (ln.raw_key and ln.key):
            continue
        found = _line_people(t)
        if found:
            out.extend(found)
            diags.append(Diagnostic("faculty", ln.no, ln.text, "used", "line starting a person"))
    if out:
        return list(dict.fromkeys(out))
    for ln in doc.lines:
        for m in _AGENT.finditer(ln.text) if len(ln.text) < 1200 else ():
            found = people_at(ln.text[m.end() :])
            if found:
                out.extend(found)
                diags.append(Diagnostic("faculty", ln.no, ln.text, "used", "after an agent"))
                break
    return list(dict.fromkeys(out))
