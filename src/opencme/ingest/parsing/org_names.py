"""What an organisation's name is, as the provider rules read it: a name cleaned of its
article, logo caption and "(ACRONYM)", a run of names split at its commas and "and"s (one name
kept whole when its "and" is inside it), a name told from a person's, and an acronym spelled
out (R-PV-6). Apart from the provider rules (providers.py) because the cue patterns
(provider_cues.py) and the joint providers (joint_providers.py) ask the same."""

from __future__ import annotations

import re

from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import CREDENTIALS, PROVIDER_CUES, is_accreditor

# page chrome glued to the sentence ("ACPE logoThe American Society ...", "acpePostgraduate
# Healthcare ..."): a lower-case word run into a capitalised one ("VisionEdSeminars" stays)
GLUED_PREFIX = lazy_compile(r"^(?:.*[a-z](?=The\s+[A-Z])|.*?(?<!\w)[a-z]{2,}(?=[A-Z][a-z]))")
# a credit acronym opens a sentence about the credit ("CE credit", "CME Activity"), but also a
# company named for its trade ("CE Zenith Seminars, LLC", "CME Lanterns"): a capitalised word
# after it other than a record word makes a name
RECORD_WORDS = (
    "Credits?|Hours?|Activit(?:y|ies)|Accreditation|Information|Statements?|Certificates?|"
    "Programs?|Programmes?|Courses?|Units?|Points?|Requirements?|Approval|Provider"
)
NOT_ORG = lazy_compile(
    # R-PV-81: a determiner of the page's own voice opens no name ("Our certification course")
    r"^(?:(?:This|These|It|Each|All|Our|Your|Their|My|Credit|Physicians|Nurses|Participants|"
    r"Activity|The activity)\b"
    rf"|(?:CME|CE)\b(?!\s+(?!(?:{RECORD_WORDS})\b)[A-Z][a-z]))"
)
# more nouns that make a name an organisation's (its kind: an authority, a consortium, a
# hospice; a company's legal form in British, Australian and German use: "Limited", "Pty",
# "PLC", "GmbH"; plural heads, "X Hospitals NHS Trust"), besides data/provider_cues.json's
EXTRA_ORG_WORDS = (
    "Authority",
    "Agency",
    "Commission",
    "Ministry",
    "Consortium",
    "Collaborative",
    "Coalition",
    "Institution",
    "Infirmary",
    "Hospice",
    "Polyclinic",
    "Limited",
    "Pty",
    "PLC",
    "GmbH",
    "Hospitals",
    "Societies",
    "Associations",
    "Universities",
    "Colleges",
    "Clinics",
    "Institutes",
    "Centers",
    "Centres",
)
ORG_WORD = lazy_compile(
    r"\b(?:"
    + "|".join(re.escape(w) for w in (*PROVIDER_CUES["org_words"], *EXTRA_ORG_WORDS))
    + r")(?!\w)"
    # an acronym, "APhA" too; not a Roman numeral ("Part II", "Level IV"), which numbers a part
    r"|\b(?![IVX]+\b)[A-Z](?:[A-Z&]|[a-z](?=[A-Z]))+[a-z]*\b"
)
_SUFFIX = lazy_compile(r"^(?:Inc\.?|LLC|L\.L\.C\.|Ltd\.?|PLC|Corp\.?|P\.?C\.?)(?:\s*\([^)]*\))?$")
_CRED_ALT = "|".join(map(re.escape, sorted(CREDENTIALS, key=len, reverse=True)))
# a person, not an organisation: a title, a credential after the name, or a credential alone
PERSON = lazy_compile(rf"^(?:Dr\.?\s|Prof(?:\.|essor)?\s)|(?:^|[,\s])(?:{_CRED_ALT})\b")
_TRAIL = lazy_compile(r"\s*(?:\((?-i:[A-Z][\w&/-]{1,11})[®™]?\)|logo|®|™)\s*$", re.IGNORECASE)


_ARTICLE = lazy_compile(r"^(?:(?:la|le|el|les|los|las|il|lo|o|a|os|as)\s+|l['’]\s*)(?=[A-Z])")


_EDUCATION_UNIT = lazy_compile(
    r"(?<=\w)\s+(?:Office|Division)\s+(?:of|for)\s+(?:Continuing\s+)?(?:Medical\s+|Nursing\s+|"
    r"Professional\s+)?Education$"
)


# a date the name's run ran into ("X Pharmacists November 7 8", "X Society Sept. 3"): English
# month names and their abbreviations, then a day
_DATE_TAIL = lazy_compile(
    r"\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}\b.*$"
)
# text decoded in the wrong encoding: a word holding an ordinal sign, a superscript digit or a
# Latin-1 sign no name spells with ("Ã¤ºÂ¹ Elmhurst School"); the word goes (R-PV-70)
_MOJIBAKE_CHARS = lazy_compile(r"[º¹²³ª¼½¾¤¦¨¬¯±µ¶·¸]")
_MOJIBAKE_HEAD = lazy_compile(r"^(?:\S*[º¹²³ª¼½¾¤¦¨¬¯±µ¶·¸]\S*\s+)+")
# an "(ACRONYM)" inside the run, words after it ("X College of Nursing (XCN) Kakryal")
_ACR_INSIDE = lazy_compile(r"\s*\((?P<acr>[A-Z][A-Za-z&]{1,11})\)\s+\S")


def _cut_at_acronym(org: str) -> str:
    """The name up to its own "(ACRONYM)": one or two words after it that name no unit (a
    town) are not the name when the acronym's capitals are the initials of the capitalised
    words before it."""
    m = _ACR_INSIDE.search(org)
    if not m:
        return org
    caps = "".join(c for c in m.group("acr") if c.isupper())
    before = [w for w in org[: m.start()].split() if w[:1].isupper() and w != "The"]
    tail = org[m.end("acr") + 1 :].split()
    if len(tail) > 2 or HEAD_NOUN.search(org, m.end()) or _UNIT.search(org, m.end()):
        return org  # a unit of it ("X (HMS) Department of Surgery"): one name
    if len(caps) >= 2 and "".join(w[0] for w in before[-len(caps) :]) == caps:
        return org[: m.start()]
    return org


_UNIT = lazy_compile(r"\b(?:Office|Unit|Programs?|Programmes?|Section|Branch|Chapter|Campus)\b")
# a possessive closing a name ("X Training Center’s")
_POSSESSIVE = lazy_compile(r"[’']s$")


# a name and its possessive: "X’s" closing the name, or before words of its own
_OWNER = lazy_compile(r"^(?P<owner>[^’']{2,}?)[’']s(?:\s+(?P<unit>\S.*))?$")


def owner_of(org: str) -> str:
    """An organisation's possessive is its owner (R-PV-7, R-PV-76): the agent of a cue named as
    "X Medical Center’s trauma center", "XYZA's Bereavement Sections" is the organisation,
    when the part before "'s" ends in an organisation's head noun or an acronym and the part
    after it is no named body of its own ("X Department’s Training Academy" stays whole)."""
    owner = _OWNER.match(org) if "s" in org else None
    if owner is None or not _OWNER_HEAD.search(owner["owner"]):
        return org
    unit = owner["unit"] or ""
    if unit[:1].isupper() and _OWNER_HEAD.search(unit):
        return org  # a named body of its own ("X Department’s Training Academy")
    return str(owner["owner"])


# R-PV-83: a short form of two or three words in brackets after the name, an acronym with words
# of the name ("American Gastroenterological Association Institute (AGA Institute)", "South
# Texas Health System McAllen (STHS McAllen)", "… Pediatrics (Ohio AAP)")
_SHORT_FORM = lazy_compile(r"\s*\((?P<short>[^()]{3,30})\)\Z")
_ACRONYM_WORD = lazy_compile(r"[A-Z]{2,6}")


def _short_form_cut(org: str) -> str:
    """The name without its short form in brackets (R-PV-83)."""
    m = _SHORT_FORM.search(org)
    if not m:
        return org
    words = m["short"].split()
    name = org[: m.start()]
    acronyms = [w for w in words if _ACRONYM_WORD.fullmatch(w)]
    others = [w for w in words if not _ACRONYM_WORD.fullmatch(w)]
    if not 2 <= len(words) <= 3 or len(acronyms) != 1 or not all(w in name for w in others):
        return org
    return name.rstrip()


def clean_org(org: str) -> str:
    """An organisation's name without a leading "the", a logo caption, a mark or a trailing
    "(ACRONYM)" (the name as the label convention writes it), nor a date or the words after
    its own "(ACRONYM)" that its run ran into."""
    org = org.strip().strip(",:;").strip()
    if _MOJIBAKE_CHARS.search(org):
        org = _MOJIBAKE_HEAD.sub("", org)
    if any(c.isdigit() for c in org):
        org = _DATE_TAIL.sub("", org)
    if "(" in org:
        org = _cut_at_acronym(org)
    prev = None
    while prev != org:
        prev = org
        org = _TRAIL.sub("", org).strip()
    if org.endswith(")"):
        org = _short_form_cut(org)
    for art in ("the ", "The "):
        org = org.removeprefix(art)
    # a Romance article in lower case before a name ("por la Sociedad X", "par la Société X")
    org = _ARTICLE.sub("", org).strip()
    # an organisation's education office is the organisation ("X Division of Education")
    unit = _EDUCATION_UNIT.search(org)
    if unit and ORG_WORD.search(org[: unit.start()]):
        org = org[: unit.start()].strip()
    return org


# where a name's run went on into its sentence (R-PV-75): a verb, a relative pronoun or a
# participle in lower case after the name ("X offers CME sessions ... that", "X Program focused
# on ..."); none of these words stands inside an organisation's name
_CLAUSE = lazy_compile(
    r"\s+(?:offers?|provides?|presents?|hosts?|organi[sz]es|delivers?|runs|sponsors|that|which|"
    r"who|whose|focused|dedicated|committed|designed|aimed|located|founded|established|is|are|"
    r"was|were|has|have|will|receives?)\b.*$",
    re.DOTALL,
)
# a sentence's end inside the run: a full stop after a word of three lower-case letters or a
# plural of capitals ("... receive 12 CEUs. Harbour Council ...", "Maple Board of Nursing.
# The"), not after an abbreviation ("Inc.", "St.", "Corp.")
_SENTENCE_END = lazy_compile(r"(?<=[a-z]{3}|[A-Z]{2}s)(?<!Corp)\.\s+(?=[A-Z])")
# a lone determiner or a person's pronoun is no organisation ("She has received ...")
_DETERMINER = lazy_compile(r"^(?:The|This|These|Our|Its|Their|A|An|She|He|They|We|It|You)$")
# a section's heading the text ran onto a statement's subject, in title case or in capitals
# ("Accreditation X is accredited by …", "ACCREDITATION STATEMENT X is …"): the heading words
# of an accreditation section (R-PV-70, R-PV-75)
HEADING_GLUE = lazy_compile(
    r"^(?i:(?:Joint\s+)?Accreditation(?:\s+(?:Statement|Information|and\s+(?:Credit\s+)?"
    r"Designation))?|Accredited\s+Provider|Provider\s+Statement|Sponsorship)\s+(?=\S)"
    # not a name's own first word ("Accreditation Council for …", "Sponsorship Board of X")
    r"(?!(?i:Council|Board|Commission|Committee|Agency|Association|Society|Institute|Cent(?:er|re)|"
    r"of|for|and)\b)"
)


def name_run(org: str) -> str:
    """`org` cut where its run went on into a sentence (R-PV-75): the last sentence's part of
    it, without a lone determiner; before a lower-case verb, relative pronoun or participle;
    without a possessive's "'s" and a heading in capitals before it."""
    parts = [p.strip() for p in _SENTENCE_END.split(org)]
    parts = [p for p in parts if p and not _DETERMINER.match(p)]
    org = parts[-1] if parts else org
    org = HEADING_GLUE.sub("", org)
    org = _POSSESSIVE.sub("", _CLAUSE.sub("", org)).strip()
    return "" if _DETERMINER.match(org) else org


# an organisation located in its institution in prose: "at the" or "within (the)" and a name
# with a head noun of its own ("Elm Sleep Centre at the Northgate School of Medicine"); a name's
# own "at" takes no article ("University of Texas at Austin", "College of Pharmacy at
# University of the Sciences") and stays whole
_AT_HOST = lazy_compile(r"\s+(?:at\s+the|within(?:\s+the)?)\s+(?=[A-Z])")


def at_host(org: str) -> str:
    """`org` without the institution it is "at the" or "within" (above), when both parts are
    organisations' names (each with a head noun)."""
    if " at the " not in org and " within " not in org:
        return org
    m = _AT_HOST.search(org)
    if m and HEAD_NOUN.search(org, m.end()) and HEAD_NOUN.search(org[: m.start()]):
        return org[: m.start()]
    return org


_LAST_AND = lazy_compile(r"\s+(?:and|&)\s*$")


def split_orgs(run: str) -> list[str]:
    """`A, Inc., B and C` -> [`A, Inc.`, `B`, `C`]; "Society of X and Related Disorders" stays
    one name (an "and" inside an "of"/"for" complement, before words naming no organisation)."""
    # a date ends the names: the run went on into the event's line ("X Pharmacists October 18
    # 19, 2031 St. Elm University, ..."); an "and" closing the run joins the next clause ("X,
    # Inc. (XE) and is accredited"), no name
    if any(c.isdigit() for c in run):
        run = _DATE_TAIL.sub("", run)
    run = _LAST_AND.sub("", run)
    pieces = re.split(r"(,\s*(?:and\s+)?|\s+and\s+|\s*&\s+(?=the\s))", run)
    out: list[str] = []
    for k in range(0, len(pieces), 2):
        p = pieces[k].strip()
        sep = pieces[k - 1].strip() if k else ""
        if not p:
            continue
        if out and _SUFFIX.match(p):
            out[-1] += ", " + p
        elif out and sep.startswith(",") and _DEPARTMENT.match(out[-1]) and _INSTITUTION.search(p):
            out[-1] += ", " + p  # "College of Pharmacy, Northgate University": one name
        elif (
            out
            and sep == "and"
            and not (k + 2 < len(pieces) and _SUFFIX.match(pieces[k + 2].strip()))
            and (_continues(out[-1], p) or _acronym_spans(out[-1], p))
        ):  # (a company's suffix after the right part makes it a name of its own)
            out[-1] += " and " + p
        else:
            out.append(p)
    return out


_ACR_TAIL = lazy_compile(r"\((?P<acr>[A-Z][A-Za-z&]{1,11})\)\s*$")


def _acronym_spans(left: str, right: str) -> bool:
    """`right`'s "(ACRONYM)" spells more than `right`: its first letters are the initials of
    `left`'s last words ("Texas Health" + "Human Services Commission (HHSC)": one name)."""
    m = _ACR_TAIL.search(right)
    if not m:
        return False
    caps = "".join(c for c in m.group("acr") if c.isupper())
    own = "".join(w[0] for w in right[: m.start()].split() if w[0].isupper())
    if len(caps) <= len(own) or not caps.endswith(own):
        return False
    words = [w for w in left.split() if w[0].isupper() and w != "The"]
    need = caps[: len(caps) - len(own)]
    return len(need) < len(words) + 1 and "".join(w[0] for w in words[-len(need) :]) == need


# a unit of an institution named by its head noun alone ("College of Pharmacy") and the
# institution itself ("Northgate University", "University of X", "X Hospital")
_DEPARTMENT = lazy_compile(
    r"^(?:[Tt]he\s+)?(?:College|School|Faculty|Department|Division)\s+(?:of|for)\s"
)
_INSTITUTION = lazy_compile(
    r"^(?!(?:College|School|Faculty|Department|Division|Institute|Cent(?:er|re))\b)[A-Z].*"
    r"\b(?:University|College|Hospital)\b"
)


# a field of study or practice as one word: it ends an "of"/"for" complement (R-PV-71)
_FIELD_WORD = lazy_compile(
    r"Science|Sciences|Medicine|Surgery|Health|Research|Technology|Education|Practice|Nursing|"
    r"Midwifery|Pharmacy|Dentistry|Policy|Management|Innovation|Learning|Development|Training|"
    r"Wellbeing|Wellness|Rehabilitation|Therapeutics|Toxicology|Psychiatry|Psychology|Care"
)


_LOCATED = lazy_compile(r"\s+(?:in|at|within)\s+the\s+[A-Z].*$")


def _continues(left: str, right: str) -> bool:
    """`right` ends the name `left` began: `left` is inside an "of"/"for" complement and
    `right` has several words, none an organisation's head noun or an acronym."""
    if " of " not in left and " for " not in left:
        return False
    right = _TRAIL.sub("", right).strip()  # "Research in Pain (AMERP)": the name, not its acronym
    # the institution the whole name is "in the"/"at the" ("Centre for X and Y Research in the
    # Z Institute"): where the centre is, not a second organisation's head
    right = _LOCATED.sub("", right)
    if len(right.split()) >= 2 and ORG_WORD.search(right) is None:
        return True
    # "Institute for Medical and Nursing Education", "College of Physicians and Surgeons":
    # the right part has no head noun of its own (an organisation's kind, not a field)
    words = right.split()
    if len(words) == 1 and _FIELD_WORD.fullmatch(right):
        return True  # "Institute of Medicine and Science", "School of Nursing and Midwifery"
    if len(words) == 1 and not re.fullmatch(r"[A-Z][a-z]+s", right):
        return False  # one word is a name of its own ("Rockpointe", "DKBmed") unless a plural
    return HEAD_NOUN.search(right) is None and not re.search(r"[A-Z]{2,}", right)


# the nouns that head an organisation's name (its kind), as against the field words
# ("Education", "Medical", "Nursing") data/provider_cues.json's org_words also holds
HEAD_NOUN = lazy_compile(
    r"\b(?:Association|Society|College|University|Institute|Academy|Cent(?:er|re)|Foundation|"
    r"Hospital|Department|School|Council|Board|Federation|Alliance|Network|Inc\.?|LLC|Ltd|"
    r"Corporation|Company|Committee|Clinic|Organi[sz]ation|Commission|Agency|Press|Group|"
    r"Partners|Trust|League|Guild|Division|Faculty|Ministry|Service|Services|Systems?|"
    r"Authority|Consortium|Collaborative|Coalition|Institution|Infirmary|Hospice|Polyclinic|"
    r"Limited|Pty|PLC|GmbH|Hospitals|Societies|Associations|Universities|Colleges|Clinics|"
    r"Institutes|Cent(?:er|re)s)\b"
)
# an owner before its possessive: a name ending in an organisation's head noun or an acronym
_OWNER_HEAD = lazy_compile(rf"(?:{HEAD_NOUN.pattern}|\b[A-Z]{{3,}})$")


# a health profession's abbreviation ("the GP's conference"): a job, no organisation
_PROFESSIONS = frozenset(PROVIDER_CUES["profession_abbreviations"])


def good_org(org: str, org_only: bool) -> bool:
    if not (2 <= len(org) <= 110) or not (org[0].isupper() or org[0].isdigit()):
        return False
    if org in _PROFESSIONS:
        return False
    if NOT_ORG.match(org) or is_accreditor(org) or PERSON.search(org):
        return False
    if org.count("(") != org.count(")"):
        return False
    if _MAKER.search(org):
        return False  # "Elm Pharmaceuticals Ltd": a commercial supporter, never the provider
    if _STATUTE.search(org):
        return False  # "the framework provided by the Opticians Act": a law (R-PV-82)
    if (
        (" I" in org or " V" in org or " X" in org)
        and _NUMBERED_PART.search(org)
        and not HEAD_NOUN.search(org)
    ):
        return False  # "Lead II ECG": a course's numbered part or level, no body's name
    return not org_only or ORG_WORD.search(org) is not None or _PEOPLE_OF.match(org) is not None


# a maker of healthcare products by its name's last word (ACCME Standards for Integrity and
# Independence, "ineligible companies": those "whose primary business is producing, marketing,
# selling, re-selling, or distributing healthcare products", https://accme.org/standards): a
# commercial supporter, which docs/corpus.md 'Provider' never makes the provider
_MAKER = lazy_compile(
    r"\s(?:Pharma|Pharmaceuticals?|Pharmaceutica|Therapeutics|Biosciences|Biotech|Biopharma|"
    r"Biologics|Medical\s+Devices)(?:,?\s+(?:Inc\.?|Ltd\.?|LLC|plc|PLC|AG|GmbH|S\.?A\.?|"
    r"Corp(?:oration|\.)?|Co\.|Limited|Pty\s+Ltd))?$"
)


# a statute's name: "<Name> Act", with its year ("Health Practitioners Act 2031")
_STATUTE = lazy_compile(r"\sAct(?:\s+(?:of\s+)?(?:19|20)\d\d)?$")


# a Roman numeral after a word numbers a part, a level or a grade ("Lead II", "Level III"): a
# name holding one and no head noun of an organisation is a title's ("Elm VIII Hospital" stays)
_NUMBERED_PART = lazy_compile(r"\s(?:I{2,3}|IV|VI{0,3}|IX|XI{0,2})(?![\w&.-])")


# a body named for its members and their country or region ("Dietitians of Canada", "Doctors
# of Northland", "Friends of Elm Hospital"): a profession's plural, "of" and a capital (R-PV-67)
_PEOPLE_OF = lazy_compile(
    r"^(?:[A-Z][a-z]+(?:ists|icians|ians)|Nurses|Doctors|Surgeons|Midwives|Paramedics|"
    r"Counsell?ors|Friends|Dentists|Pharmacists|Physicians)\s+of\s+[A-Z]"
)


# --- an acronym spelled out (R-PV-6): "California Medical Association (CMA)" -> the name -----
ACRONYM_SHAPE = lazy_compile(r"^(?=(?:.*[A-Z]){2})[A-Z][A-Za-z&-]{1,9}$")
# a slash joining two words of a name's field ("Hematology/Oncology", "Obstetrics/Gynaecology"):
# between a lower-case letter and a plain capitalised word, never in "CME/CE", "and/or" or a
# company's brand after its parent's name ("Acme Group/MedBrandCE")
NAME_SLASH = r"(?<=[a-z])/(?=[A-Z][a-z]+(?!\w))"
_NAME_RUN = lazy_compile(
    rf"(?<![\w'’])[A-Z](?:[\w'’.&—–-]|{NAME_SLASH})*(?:[ \t]+"
    r"(?:(?:of|for|and|the|in|on|at|de|du|la|le|di|&)"
    rf"[ \t]+)*[A-Z](?:[\w'’.&—–-]|{NAME_SLASH})*)+"
)
_DASHES = lazy_compile(r"[—–/-]")  # a word's parts each give an initial ("Head/Neck": H, N)
# three lower-case letters in a row make a word, not an acronym ("CEimpact", "MedLantern";
# "APhA" is an acronym)
_WORDLIKE = lazy_compile(r"[a-z]{3}")


def _initials(words: list[str]) -> str:
    """Capitals starting words, a dash starting a word too ("Otolaryngology—Head": O, H)."""
    return "".join(p[0] for w in words for p in _DASHES.split(w) if p and p[0].isupper())


# the acronym first and the name it spells in brackets ("NHSA (Northgate Heart Society of
# Avalon)"): the name, as when it is written first (R-PV-6)
_ACR_FIRST = lazy_compile(r"^(?P<acr>[A-Z][A-Za-z&-]{1,9})\s*\((?P<full>[A-Z][^()]{4,100})\)$")


def _acronym_first(org: str) -> str:
    m = _ACR_FIRST.match(org)
    if not m or not ACRONYM_SHAPE.match(m.group("acr")):
        return org
    full = m.group("full").strip().removeprefix("The ")
    caps = "".join(c for c in m.group("acr") if c.isupper())
    return full if _initials(full.split()) == caps else org


def spelled_out(org: str, text: str) -> str:
    """The organisation's full name when `org` is an acronym the text spells out: the name
    written before "(ACRONYM)", else a run of capitalised words whose initials are the
    acronym's capitals. The labels name an organisation in full when the page does
    (docs/corpus.md "Provider"); an acronym the page never expands stays."""
    if "(" in org:
        return _acronym_first(org)  # "NHSA (Northgate Heart Society of Avalon)"
    if not ACRONYM_SHAPE.match(org) or org not in text or _WORDLIKE.search(org):
        return org
    caps = "".join(c for c in org if c.isupper())
    best: str | None = None
    for m in _NAME_RUN.finditer(text):
        run = m.group(0).split()
        # the run may start before the name ("Join the California Medical Association") or
        # run on after it ("... Association NZNO conference")
        cut = next(
            (
                (k, e)
                for k in range(len(run) - 1)
                for e in range(len(run), k + 1, -1)
                if run[k][0].isupper() and run[k] != "The" and _initials(run[k:e]) == caps
            ),
            None,
        )
        if cut is None:
            continue
        # without the possessive of its last word ("... Training Center’s Basic Training")
        name = _POSSESSIVE.sub("", " ".join(run[cut[0] : cut[1]]))
        after = text[m.end() : m.end() + len(org) + 6] if cut[1] == len(run) else ""
        if "(" + org in after.replace(" ", "").replace('"', "").replace("“", ""):
            return name  # written as "Name (ACR)": the page's own expansion
        best = best or name
    return best or org


# a body named by its role alone ("the Organising Committee", "Scientific Committee", "Local
# Organizing Board"): a part of whoever holds the event, no organisation's name
GENERIC_BODY = lazy_compile(
    r"^(?:(?:Local|Scientific|Organi[sz]ing|Organi[sz]ation|Program(?:me)?|Planning|Executive|"
    r"Steering|Advisory|Education(?:al)?|Course|Conference|Congress|Meeting|Event|Faculty|CME|CPD|"
    r"CE)\s+)+(?:Committee|Committees|Board|Council|Team|Group|Office|Secretariat)$"
)
