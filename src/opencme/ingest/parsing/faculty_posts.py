"""A bare name made a person by the post after it (R-PE-20).

A name without credentials or a title is a person when the words right after it, set off by a
comma or a dash, give a person's post: a noun of a health or teaching job ("Ana Roe, wound
care nurse specialist at Elm Hospital", "Bo Li, a tissue viability nurse", "Cy Ngata –
Clinical Lead for Wound Care", "Jo Amadi, Professor of Midwifery"). Read where a teacher is
expected only: after an agent phrase of teaching ("presented by", "delivered by", "your trainer
is") and on a programme's session line after its title ("09:00 Dressings – Bo Li,
Podiatrist"). An organisation, a room or a place after such a phrase has no post after it
("presented by Elm Pharmacy", "09:00 Registration – Main Hall") and gives none.
"""

from __future__ import annotations

from opencme.ingest.parsing.lazyre import lazy_compile

# a capitalised word of a name (an initial, a hyphen or an apostrophe inside)
_NAME_WORD = r"(?:[A-Z]\.|[A-Z][a-z][\w'’-]*)"
# the nouns of a person's job in health care and teaching, British and American
_POST_NOUN = (
    r"(?:nurses?|physicians?|doctors?|surgeons?|pharmacists?|specialists?|consultants?|"
    r"leads?|leaders?|directors?|professors?|lecturers?|educators?|therapists?|"
    r"physiotherapists?|practitioners?|midwi(?:fe|ves)|dietitians?|dieticians?|psychologists?|"
    r"psychiatrists?|counsell?ors?|social\s+workers?|podiatrists?|paramedics?|dentists?|"
    r"hygienists?|optometrists?|clinicians?|researchers?|scientists?|registrars?|fellows?|"
    r"residents?|managers?|chief|head|founder|trainers?|instructors?|facilitators?|"
    r"cardiologists?|oncologists?|dermatologists?|paediatricians?|pediatricians?|"
    r"anaesthetists?|anesthesiologists?|radiologists?|pathologists?|neurologists?|"
    r"geriatricians?|gynaecologists?|gynecologists?|obstetricians?|(?:general\s+)?practitioners?|"
    r"GP|sonographers?|radiographers?|audiologists?|chiropractors?|osteopaths?|sister|matron)"
)
_POSTED = lazy_compile(
    rf"^(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})(?:,\s+|\s+[–—-]\s+)"
    r"(?:(?:a|an|the|our|senior|lead)\s+)?"
    # up to six words of the post before its noun ("wound care nurse specialist", "Clinical
    # Lead for Wound Care", "Professor of Midwifery")
    rf"(?:[\w'’/&-]+\s+){{0,5}}?(?i:{_POST_NOUN})\b"
)
# words that make the "name" a body or a thing, not a person
_NOT_PERSON = lazy_compile(
    r"\b(?:University|College|Hospital|Society|Association|Institute|Center|Centre|School|"
    r"Department|Health|Clinic|Board|Council|Academy|Foundation|Trust|Group|Pharmacy|Hall|Room|"
    r"Suite|Building|Campus|Street|Road|Avenue|Session|Workshop|Module|Lunch|Break|"
    r"Registration|Welcome|Introduction|Panel|Team|Staff|Faculty|The|Our|Your)\b"
)


def posted(text: str, agent: str) -> list[str]:
    """The bare name a post follows, after an agent phrase of teaching (`agent`) or on a
    session's line (`agent` empty); not after "from", "with", "join", "welcome" (a sender, a
    guest)."""
    if agent.strip().lower() in ("from", "with", "join", "welcome"):
        return []
    person = posted_person(text)
    return [person] if person else []


def posted_person(text: str) -> str | None:
    """The bare name `text` starts with when a post follows it (module docstring)."""
    if len(text) < 8 or not text[:1].isupper():
        return None
    m = _POSTED.match(text)
    if not m or _NOT_PERSON.search(m.group("name")):
        return None
    return m.group("name")


# a substring each post noun's match holds (lower case): a cheap test before the agent phrases
_POST_HINTS = (
    "nurse",
    "physician",
    "doctor",
    "surgeon",
    "pharmacist",
    "specialist",
    "consultant",
    "lead",
    "director",
    "professor",
    "lecturer",
    "educator",
    "therapist",
    "practitioner",
    "midwi",
    "dietitian",
    "dietician",
    "psycholog",
    "psychiatr",
    "counsel",
    "social worker",
    "podiatr",
    "paramedic",
    "dentist",
    "hygienist",
    "optometr",
    "clinician",
    "research",
    "scientist",
    "registrar",
    "fellow",
    "resident",
    "manager",
    "chief",
    "head",
    "founder",
    "trainer",
    "instructor",
    "facilitator",
    "ologist",
    "ician",
    "gp",
    "grapher",
    "chiropract",
    "osteopath",
    "sister",
    "matron",
    "anaesthetist",
)


def may_hold_post(text: str) -> bool:
    """Whether `text` may hold a name with a post after it (a cheap test, module docstring)."""
    if "," not in text and " – " not in text and " - " not in text and " — " not in text:
        return False
    low = text.lower()
    return any(h in low for h in _POST_HINTS)
