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
from opencme.ingest.parsing.faculty_agents import AGENT
from opencme.ingest.parsing.faculty_cards import (
    bio_follows,
    captioned_cards,
    heading_over_text,
    name_cards,
)
from opencme.ingest.parsing.faculty_chain import chained
from opencme.ingest.parsing.faculty_glue import undouble, without_owner
from opencme.ingest.parsing.faculty_heads import role_keys as _role_keys
from opencme.ingest.parsing.faculty_lists import listed_after_appositives, parts_people
from opencme.ingest.parsing.faculty_posts import may_hold_post, posted
from opencme.ingest.parsing.faculty_programme import from_speaker
from opencme.ingest.parsing.faculty_prose import other_act_by, teaching_act
from opencme.ingest.parsing.faculty_scan import may_hold_person
from opencme.ingest.parsing.faculty_staff import contact_head, contacting, staff_line
from opencme.ingest.parsing.faculty_titles import HON as _HON
from opencme.ingest.parsing.faculty_titles import NOT_NAME as _NOT_NAME
from opencme.ingest.parsing.faculty_titles import (
    POSTNOMINALS,
    QUALIFIER,
    may_hold_title,
    spelled_out,
)
from opencme.ingest.parsing.fastre import Folded, literal_alternation
from opencme.ingest.parsing.layouts import BULLET, Doc, Line
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import CREDENTIALS, PEOPLE_ROLES

_KNOWN = sorted(set(CREDENTIALS) | set(PEOPLE_ROLES["credentials"]["tokens"]) | POSTNOMINALS)
_KNOWN = sorted(_KNOWN, key=len)[::-1]  # Commonwealth ones too (faculty_titles, R-PE-9)
# a name's word: an initial, a capitalised word (not Jr/Sr, not a credential written in mixed
# case: "Mia Lo PharmD"), a nickname in quotes or brackets
_MIXED = literal_alternation(c for c in _KNOWN if not c.isupper())  # fastre: faster
_WORD = (
    rf"(?:[A-Z]\.|(?!(?:Jr|Sr|{_MIXED})\b)[A-Z][\w'’-]*[a-z][\w'’-]*|[A-Z](?=\s)"
    r"|“[^”]{1,20}”|\"[^\"]{1,20}\"|\([A-Z][a-z]+\))"
)
_PARTICLE = r"(?:de|da|del|della|van|von|der|den|la|le|di|du|bin|al|dos)"
_NAME = (
    rf"{_HON}*{_WORD}(?:\s+(?:{_PARTICLE}\s+){{0,2}}{_WORD}){{1,4}}"
    r"(?:,?\s+(?:Jr|Sr|III|II|IV)\.?)?"
)
# a post-nominal: a known one or dotted letters (Ph.D., M.S.W); after a comma, any token of
# two or more capitals too (LCSW-S, FACS) unless it heads a name ("APA Health Equity ...")
_SURE = (
    r"(?:(?:"
    + literal_alternation(_KNOWN)  # grouped by first letter (fastre): same matches, faster
    + r")(?![\w]|-\w)"
    + QUALIFIER
    + r"|(?:[A-Z][a-z]{0,4}\.){2,4}(?:[A-Z][a-z]?(?![\w.]))?|[A-Z][a-z]{0,4}\.[A-Z][a-z]?(?![\w.]))"
)
_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|"
    "NM|NY|NC|ND|OH|OK|OR|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC"
)
_SHAPE = (
    r"(?!(?:LLC|INC|LTD|PLC|CORP|USA|UK)\b)"  # a company
    rf"(?!(?:{_STATES})\b(?!-))"  # a US state after a city ("Boston, MA"), USPS codes
    # a name's prefix and its stem is a surname ("McKay", "DeLuca"), no post-nominal
    r"(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)[A-Z][a-z]+\b)"
    # R-PE-23: up to four small letters between capitals ("DipClinPharm", "FRPharmS"), and a
    # number after a hyphen ("TRM-1")
    r"(?=[A-Z][a-z]{0,2}-?[A-Z])(?:[A-Z]+[a-z]{0,4})+(?![a-z])(?:[-/](?:[A-Z][A-Za-z]*|\d{1,2}\b))*"
    r"(?!\s+(?!(?:Drs?|Prof|Mrs?|Ms|Assoc)\.?\s)[A-Z][a-z])"  # no name's first word but a title
    # nor a post's first word: "RCP president", "StR in geriatrics" (an employer, a grade; R-PE-10)
    r"(?!\s+(?:in|of|at|for|from|with)\s|\s+(?:president|chair\w*|director|lead|consultant|"
    r"registrar|trainee|fellow|member|chief|officer|secretary|dean|head|manager|spokes\w+|vice)\b)"
)
# a credential ends at a space, a separator, a full stop or the line's end
_CRED_END = r"[™®]?(?:\.(?=,))?(?=[\s,;|)(—–-]|\.(?:\s|$)|$)"
# a credential's qualifier in brackets, another credential after it ("BCPS (AQ Cardiology),
# CLS", "FAAO (Dipl), FSLS"); a role in brackets closing the list stays out ("MD (Moderator)")
_QUAL = rf"(?:[ \t]*\([A-Z][\w .]{{0,24}}\)(?=[ \t]*,[ \t]*(?:{_SURE}|{_SHAPE})))?"
# post-nominals in brackets after the name or its credentials ("Richard Roe (OD, FAAO)",
# "Ann Lee, MD (MSc FRCPC)"): only credential tokens inside, so a role ("(Moderator)") stays out
_PAREN_CREDS = (
    rf"[ \t]*\([ \t]*(?:{_SURE}{_QUAL}(?:[ \t]*,?[ \t]*(?:{_SURE}|{_SHAPE}){_QUAL})*"
    r"|[Rr]et\.?)[ \t]*\)"  # R-PE-26: a retired judge's or officer's "(Ret.)"
    r"(?=[\s,;.]|$)"
)
_CREDS = (
    rf"(?:[ \t]?,?[ \t]*{_SURE}{_CRED_END}|[ \t]?,[ \t]*{_SHAPE}{_CRED_END}|{_PAREN_CREDS})"
    rf"(?:{_QUAL},?[ \t]*(?:{_SURE}|{_SHAPE}){_CRED_END})*(?:{_PAREN_CREDS})?"
)
_CRED_WORD = lazy_compile(rf"(?:{_SURE}|{_SHAPE})[™®.]?")
# a line of credentials only ("BSN, RN"): a bare name's post-nominals wrapped onto its own line
_CREDS_LINE = lazy_compile(rf"(?:{_SURE}|{_SHAPE})[™®.]?(?:\s*,\s*(?:{_SURE}|{_SHAPE})[™®.]?)*")
PERSON = lazy_compile(rf"(?P<name>{_NAME})(?P<creds>{_CREDS})?")
# a card's line of known credentials and then a post ("MD, Professor of Surgery, Elm University")
_CREDS_POST = lazy_compile(
    rf"({_SURE}[™®.]?(?:\s*,?\s*(?:{_SURE}|{_SHAPE})[™®.]?)*),\s+(?=[A-Z][a-z])"
)
_SEP = lazy_compile(r"^\s*(?:[,;&|/]|\band\b)[\s,;&|/]*(?:and\s+)?$")
_AGENT = AGENT  # participles, role nouns and their verbs, a role in apposition
_AGENT_FOLDED = Folded(_AGENT)  # the same spans, faster on ASCII lines (fastre.py)
# a sentence's end, not an honorific's or an initial's full stop
_SENTENCE_END = lazy_compile(
    r"(?<!\bDr)(?<!\bDrs)(?<!\bProf)(?<!\bM[rs])(?<!\bMrs)(?<!\b[A-Z])\.\s+(?=[A-Z])"
)
_BEFORE_NAME = lazy_compile(r"^(?:(?:[a-z][\w-]*|me),?\s+){1,2}(?=[A-Z])")
_HON_RE = lazy_compile(_HON)
_LAST_BRACKET = lazy_compile(r"\s+\([A-Z][a-z]+\)$")
_ROLE_WORDS = lazy_compile(r"(?:[a-z][\w-]*\s+){1,2}(?=[A-Z])")  # "course co-directors "
_COMMA_HON = lazy_compile(rf",[”\"’]?\s+(?:and\s+)?(?={_HON})")
_DRS = lazy_compile(r"^(?:Drs|Professors|Profs)\.?\s+")  # a plural title goes (R-PE-13)
_SPACE_COMMA = lazy_compile(r"\s+,")
_OWN_DOT = lazy_compile(r"(?:[A-Z][a-z]{0,4}\.){2,}$|\b[JS]r\.$")  # "M.A.", "Jr." keep their dot
# what goes between two people: a separator ("," ";" "and"), after a parenthetical role
_SEP_RUN = lazy_compile(
    r"(?:\s*\([^()]{1,30}\))?\s*(?:[,;&|/]|\b(?:and|with)\b)[\s,;&|/]*(?:(?:and|with)\s+)?"
)
_SEP_SPACE = lazy_compile(r"(?:\s*\([^()]{1,30}\))?\s+(?=[A-Z][a-z])")  # "A, PhD B, MD"
_AGENT_LEAD = lazy_compile(
    r"^(?:(?:presented|led|hosted|moderated|facilitated|taught|written|authored|created)\s+)?"
    r"by\s+|^(?:featuring|with|join)\s+",
    re.IGNORECASE,
)
# a person's tail that makes the line a biography or a disclosure sentence, not a faculty line
_PROSE_TAIL = lazy_compile(
    r"\b(?:is|are|was|has|have|had|will|reports?|received|serves|disclos\w*|declares?|said|says|"
    r"set|added|noted|explained|announced|stated|emphasi[sz]ed|welcomed|opened|appointed|named|"
    r"elected|wins?|won|receives?|attended|attends|joins|joined|retires|retired|honou?red|"
    r"nothing|no\s+relevant|financial)\b",
    re.IGNORECASE,
)
# words of job titles and institutions: a line of them under a name is no second name
_ROLE = lazy_compile(
    r"\b(?:Director|Professor|President|Chair|Chairman|Officer|Manager|Coordinator|Clinical|"
    r"Associate|Assistant|Hospice|Group|Management|Medical|Senior|Executive|Dean|Fellow|"
    r"Resident|Lecturer|Consultant|Specialist|Chief|Head|Lead|Team|Service|Services|Unit|"
    r"Nurses?|Pharmacists?|Physicians?|Sister|Matron|Registrar|Begin|Start|Now|Your|Claim\w*|Record\w*)\b"
)
# ", NY" / ", Ohio" / ", New Zealand" closing the line: a place, not a list of names
_PLACE_TAIL = lazy_compile(r",\s*(?:[A-Z]{2}\b|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*$)")
_ROLE_WORD = lazy_compile(
    r"\b(?:" + "|".join(PEOPLE_ROLES["role_heads"]["words"]) + r")\b", re.IGNORECASE
)
# a substring every section or role word holds: a cheap test before the two patterns
_SECTION_HINT = lazy_compile(
    "|".join(
        sorted(
            {re.escape(w[:5]) for w in PEOPLE_ROLES["not_faculty_sections"]["words"]}
            | {re.escape(w[:5]) for w in PEOPLE_ROLES["role_heads"]["words"]}
        )
    )
)
_SECTION_STOP = lazy_compile(
    r"\b(?:" + "|".join(PEOPLE_ROLES["not_faculty_sections"]["words"]) + r")\b", re.IGNORECASE
)
_STOP_HEAD = lazy_compile(
    r"\b(?:" + "|".join(PEOPLE_ROLES["not_faculty_heads"]["words"]) + r")", re.IGNORECASE
)


def people_at(text: str, lead: bool = False) -> list[str]:
    """The people `text` starts with (after a bullet), each a name with its credentials as
    written; a person needs credentials or an honorific. With `lead`, a bare name counts too
    (under a role key a name alone is a person)."""
    text = undouble(BULLET.sub("", text).strip())
    found, end = _people_at(text, lead)
    return _unique(found + chained(text, end, _people_at)) if found else found


def _people_at(text: str, lead: bool) -> tuple[list[str], int]:
    text = _AGENT_LEAD.sub("", text)
    text = without_owner(text)  # "Elm Hospital’s Ana Roe, RN": Ana Roe (faculty_glue)
    out: list[str] = []
    pending: list[tuple[str, int]] = []  # bare names waiting for a sure person after them
    pos = end = 0
    drs = False
    need_sure = False  # after a role phrase between two people, only a sure person counts
    while True:
        m = PERSON.match(text, pos)
        if not m and out and not need_sure:
            # "A, MD and course co-directors B, MD": a role's words before the next person
            role = _ROLE_WORDS.match(text, pos)
            m = PERSON.match(text, role.end()) if role else None
            need_sure = m is not None
        if not m:
            break
        name, creds = m.group("name"), (m.group("creds") or "").strip()
        honorific = _HON_RE.match(name) is not None
        drs = drs or _DRS.match(name) is not None  # "Drs. A and B": both are doctors
        plain = _HON_RE.sub("", name)
        if _NOT_NAME.search(plain) or name.isupper() or len(plain.split()) < 2:
            break
        if spelled_out(plain, creds):
            break  # "Nurse Practitioner (NP)": the name's own abbreviation, no person
        nxt = text[m.end() :].lstrip()
        sure = bool(creds or honorific)
        if need_sure and not sure:
            break
        need_sure = False
        if not sure:
            if drs and nxt in (".", ""):
                pass  # "… Drs. A and B.": the plural title's last name ends the sentence
            elif not nxt.startswith((",", ";", "|", "(", "-", "–", "—", "&", "and ", ". ")) and nxt:
                break  # a bare name must be alone or followed by a separator
            if _ROLE.search(plain) or _PLACE_TAIL.match(nxt):
                break  # a title, an institution or a place ("New York, NY"), not a name
        # a bracketed word closing the name is a place or a role ("(Austria)"), a nickname
        # stands inside it ("Kathleen (Micki) McDonough")
        name = name if m.group("creds") else _LAST_BRACKET.sub("", name)
        value = _DRS.sub("", (name + (m.group("creds") or "")).strip()).rstrip(" ,")
        value = _SPACE_COMMA.sub(",", value)  # "Roe , MD": a stray space before a comma goes
        if value.endswith(".") and not _OWN_DOT.search(value):
            value = value[:-1]  # a sentence's full stop, not a credential's own ("M.A.")
        if sure or drs:
            out.extend(v for v, _e in pending)  # "A and B, MD": A is a person too
            pending = []
            out.append(value)
            end = m.end()
        else:
            pending.append((value, m.end()))
        # the next person after a separator, or right after a credential ("A, PhD B, MD")
        sep = _SEP_RUN.match(text, m.end())
        if not sep and creds:  # "A, PhD B, MD" / "A, MD (Co-Chair) B, MD"
            sep = _SEP_SPACE.match(text, m.end())
        if not sep:
            break
        pos = sep.end()
    if pending and lead and not out:  # under a role key, names alone are people
        out = [v for v, _e in pending]
        end = pending[-1][1]
    return _unique(out), end


# R-PE-22: what a list's item carries that is no part of the person's name: a role's word
# before it ("Instructor Dr. A"), a number glued to the surname ("Dr. A Breen17", a schedule's
# slot), a dash left at its end ("Prof B-")
_ROLE_BEFORE = lazy_compile(
    r"^(?:Instructor|Speaker|Presenter|Moderator|Facilitator|Faculty|Chair|Panelist|Lecturer|"
    r"Keynote)\s+(?=(?:Dr|Prof|Professor|Mr|Mrs|Ms|Dr\.|Prof\.)\b|[A-Z][a-z]+\s+[A-Z])"
)
_GLUED_NUMBER = lazy_compile(r"(?<=[a-z])\d{1,3}$")
# R-PE-24: a chief officer's post after the credentials ("A, PhD, CEO", "B, MD, CMO"): a job's
# title, no credential (chief executive, medical, nursing, operating, financial officer)
_CHIEF_POST = lazy_compile(r",\s*C[A-Z]{1,2}O$")
_DASH_END = lazy_compile(r"\s*[-–—]+$")
# a credential written "Pharm D" or "Pharm.D." (Pharmacy's doctorate), split where its space is
_SPLIT_CREDENTIAL = lazy_compile(r"^Pharm\.?\s*D\.?(?=,|$)")


def tidy(people: list[str]) -> list[str]:
    """R-PE-22: each item without a role's word before it, a number glued to its end or a
    dash left there; an item of credentials only ("Pharm D, RPh") is the previous person's;
    each person once (`_unique`)."""
    out: list[str] = []
    for p in people:
        p = _DASH_END.sub("", _GLUED_NUMBER.sub("", _ROLE_BEFORE.sub("", p.strip())))
        p = _CHIEF_POST.sub("", p)
        if out and (_CREDS_LINE.fullmatch(p) or _SPLIT_CREDENTIAL.match(p)):
            out[-1] = f"{out[-1]}, {p}"
            continue
        if p:
            out.append(p)
    return _unique(out)


def _unique(people: list[str]) -> list[str]:
    """Each person once: a later mention with the same surname ("Dr. Green" after "Jeffrey
    P. Green, M.D.") is the same person."""
    out: list[str] = []
    seen: set[str] = set()
    for p in people:
        words = re.sub(r"\(.*?\)|“.*?”", "", p.split(",")[0]).split()
        names = [w for w in words if not _CRED_WORD.fullmatch(w)] or words
        surname = names[-1].lower().strip(".") if names else p
        if surname in seen:
            continue
        seen.add(surname)
        out.append(p)
    return out


def _line_people(text: str) -> list[str]:
    """People of a standalone line: it starts with them and goes on with a role or an
    affiliation at most, never with a sentence about them."""
    line = BULLET.sub("", text).strip()
    text = undouble(from_speaker(line))  # a session's line too
    found, end = _people_at(text, False)
    if not found:
        return posted(text, "") if text != line else []  # "9:00 X – Bo Li, Podiatrist"
    found = _unique(found + chained(text, end, _people_at))  # "A MD, Prof of X; B RN, …"
    clause = re.split(r"\.\s+(?=[A-Z])", text[end : end + 300])[0]
    return [] if _PROSE_TAIL.search(clause) else found


def _is_bare(person: str) -> bool:
    """A name with no credentials after it (nor an honorific before it)."""
    m = PERSON.fullmatch(person)
    return m is not None and not m.group("creds") and _HON_RE.match(person) is None


# under a role key, a name going on after a comma with a position, at any length ("Jo Roe,
# Field Education Coordinator", "Al Day, Chief Executive Officer, Hill Trust."), never a sentence
_POSITION_TAIL = lazy_compile(
    rf"^{_WORD}(?:\s+{_WORD}){{1,3}}(?:,|\s[–—-])\s+(?=[^.]*?\b(?:Coordinator|Chief|"
    r"Executive|Director|Officer|Manager|Professor|President|Chair|Lecturer|Consultant|"
    r"Specialist|Head|Lead|Dean|Fellow|Nurse|Physician|Pharmacist|Educator|Therapist))"
    r"(?![^.]*\b(?:is|was|has|have|will|joined|serves)\b)"
)


def _under(doc: Doc, key_line: Line) -> tuple[list[str], list[Line]]:
    """People listed under a role key: one a line, lines of role, institution or biography
    between them skipped; a non-faculty heading or another field's key ends the list."""
    out: list[str] = []
    used: list[Line] = []
    misses = 0
    prev: Line | None = None  # the last non-empty line read
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
        bare = out and used and used[-1] is prev and _is_bare(out[-1])
        whole = _CREDS_LINE.fullmatch(t.rstrip(" .")) if bare else None
        lead = _CREDS_POST.match(t) if bare and not whole else None
        if whole or lead:
            creds = whole.group(0) if whole else lead.group(1) if lead else ""
            out[-1] = f"{out[-1]}, {creds.rstrip(' .')}"
            used.append(ln)  # "Jo Roe" then "BSN, RN" (or "MD, Professor of Surgery")
            prev = ln
            continue
        prev = ln
        found = people_at(
            t, lead=len(t.split()) <= 5 or _POSITION_TAIL.match(BULLET.sub("", t)) is not None
        )
        if found and _is_bare(found[0]) and heading_over_text(doc.lines, ln, found[0]):
            found = []  # a session's title over its description (R-PE-15)
        if found:
            out.extend(found)
            used.append(ln)
            misses = 0
            continue
        misses += 1
        if misses > 8:
            break
    return out, used


def extract_faculty(doc: Doc, diags: list[Diagnostic]) -> list[str]:
    """Names under a role key, else lines that start with a person, else persons after an
    agent phrase (module docstring)."""
    out: list[str] = []
    for ln in _role_keys(doc):
        value = (ln.value or "").strip()
        inline = bool(ln.text.partition(":")[2].strip())
        if value and inline:
            value = _AGENT.sub("", value, count=1) if _AGENT.match(value) else value
            found = people_at(value, lead=True)
            if found and ";" in value:  # "A, Elm Institute; and B, Harbor College" (R-PE-14)
                found += parts_people(value, people_at)
            if found:
                out.extend(found)
                diags.append(Diagnostic("faculty", ln.no, ln.text, "used"))
        if True:  # the list may go on under the key ("Speakers: A, MD" / "B, RN")
            under, lines = _under(doc, ln)
            out.extend(under)
            for u in lines:
                diags.append(Diagnostic("faculty", u.no, u.text, "used", "under a role key"))
    if out:
        return tidy(out)
    blocked = False  # inside a planners', reviewers' or disclosures' section (R-PE-4)
    cards, captions = name_cards(doc.lines, _CRED_WORD)  # "Ana Roe" / "Ana RoeOwner of X" (R-PE-10)
    team, team_captions = captioned_cards(doc.lines)  # "Ana Roe" / "Hand Therapist" (R-PE-25)
    cards.update(team)
    captions |= team_captions
    for i, ln in enumerate(doc.lines):
        t = ln.text.strip()
        if not t or len(t) > 400 or (ln.raw_key and ln.key) or i in captions:
            continue
        found = people_at(cards[i], lead=True) if i in cards else _line_people(t)
        low = t.lower()
        if not found and _SECTION_HINT.search(low) and len(t.split()) <= 20:
            role = _ROLE_WORD.search(t) is not None
            if role or _SECTION_STOP.search(t):
                blocked = not role  # "Presenters/Planners" opens a faculty list
        blocked = blocked or (not found and contact_head(t))  # staff, contacts (faculty_staff)
        if found and blocked and bio_follows(doc.lines, i, found[0]):
            blocked = False  # a person's card and biography end the section (R-PE-16)
        if found and not blocked and not staff_line(doc.lines, i, found):
            out.extend(found)
            diags.append(Diagnostic("faculty", ln.no, ln.text, "used", "line starting a person"))
    listed = bool(out)  # people listed on lines: prose adds only who an act of teaching names
    for ln in doc.lines:
        if len(ln.text) >= 3000 or not (
            may_hold_person(ln.text) or may_hold_title(ln.text) or may_hold_post(ln.text)
        ):
            continue
        for start, end in _AGENT_FOLDED.spans(ln.text):
            if other_act_by(ln.text, start, end) or (
                listed and not teaching_act(ln.text, start, end)
            ):
                continue  # "approved by", "edited by", a citation; a list's page: only teaching
            # "by transplant surgeon Jo Roe, MD", "with me, Tam Day, LCSW": a word or two first
            rest = _BEFORE_NAME.sub("", ln.text[end:], count=1)
            if contacting(ln.text[end : len(ln.text) - len(rest)]):
                continue  # "Register by calling Bo Li, RN at …": a contact (faculty_staff)
            found = people_at(rest) or posted(rest, ln.text[start:end])  # R-PE-20
            if found:
                # the sentence may go on with more people, each after its own appositive:
                # "by Dr. A, director of X; Dr. B, chief of Y; and Dr. C, ..."
                sentence = _SENTENCE_END.split(rest, maxsplit=1)[0]
                for part in sentence.split(";")[1:]:
                    found += people_at(re.sub(r"^\s*(?:and\s+)?", "", part))
                # "... include Dr A, on X, Dr B, of Y, and Prof C": each after a comma with
                # an honorific
                for hon in _COMMA_HON.finditer(sentence):
                    found += people_at(sentence[hon.end() :])
                # "A, MD, general surgery resident at X, and B, MD, MPH, ...": each after its
                # own appositive, with credentials (R-PE-12)
                found += listed_after_appositives(sentence, people_at)
                out.extend(sorted(found, key=lambda p: rest.find(p) % (len(rest) + 1)))
                diags.append(Diagnostic("faculty", ln.no, ln.text, "used", "after an agent"))
    return tidy(out)
