"""Honorifics and post-nominal letters beyond the US ones of data/people_roles.json (R-PE-9).

A person is a name after an honorific or before post-nominal letters (R-PE-1). Pages of other
English-speaking countries write both in their own ways:
- honorifics: British, Irish and Commonwealth surgeons are "Mr", "Ms", "Mrs" (a surgeon's
  title, not a doctor's: the Royal College of Surgeons' usage), and academic ranks go before a
  name as titles ("Associate Professor", "Assoc Prof", "A/Prof", "Clinical Professor",
  "Emeritus Professor", "Adjunct Professor");
- post-nominals: the memberships and fellowships of the Royal Colleges and of the Australasian,
  Canadian and South African colleges (MRCP, FRCS, FRCPath, FRACP, FRANZCOG, FACEM, CCFP, FCPS),
  British and Commonwealth degrees and registrations (MBChB, MB BCh BAO, BMedSci, DPhil,
  PGCert, RGN, RMN, FHEA), honours (OBE, MBE, ONZM, OAM, FMedSci), and US certifications of
  nurses, pharmacists, therapists and physician assistants (FACC, LPN, PMHNP-BC, BCACP,
  CCC-SLP, LMHC, MPAS), often written without commas
  ("Jane Roe MBBS FRCS", "Li Wei PharmD BCPS").
Only tokens that are nothing else after a name are listed: an acronym of a disease, a unit or a
programme ("DM", "ACP", "CRT", "IP") is left out, so a name's first post-nominal must be one of
these or a known US one, and later ones may be any token of capitals (faculty._CREDS).
A post-nominal's college or specialty in brackets right after it stays with it ("FRCS (Tr &
Orth)", "MRCP(UK)", "CCFP(EM)", "BSc (Hons)"); a role in brackets ("MD (Moderator)") does not.
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.lazyre import lazy_compile

# titles before a name (see the docstring); "Miss" is left out ("Miss Out On …" is a heading)
_RANK = r"(?:Associate|Assoc|Assistant|Asst|Adjunct|Clinical|Emeritus|Emerita|Honorary|Visiting)"
HON = (
    # the plural before two or more names ("Drs. A and B", "Professors A, B and C"; R-PE-13)
    # R-PE-26: a judge's "Hon." ("The Honorable", "Hon. Ann Lee (Ret.)")
    r"(?:(?:Drs?|Professors|Profs|Prof|Professor|Sir|Dame|Mrs?|Ms|Mx|Hon"
    rf"|(?:{_RANK}\.?\s+){{1,2}}Prof(?:essor)?|A/Prof(?:essor)?)\.?\s+)"
)


def _tokens(words: str) -> frozenset[str]:
    return frozenset(words.split())


POSTNOMINALS = _tokens(
    # Royal Colleges (UK, Ireland) and faculties: memberships and fellowships
    "MRCP FRCPE FRCPEd FRCPEdin FRCPI MRCPI FRCPG FRCPGlasg MRCS FRCS FRCSEd FRCSEng "
    "FRCSI FRCSGlasg MRCGP FRCGP MRCPCH FRCPCH MRCPsych FRCPsych MRCOG FRCOG DRCOG DFSRH "
    "MFSRH FRCA FFARCSI FRCR MRCPath FRCPath FRCOphth MRCOphth FRCEM MRCEM FCEM FFICM "
    "FFPH MFPH FFOM MFOM FFPM FFSEM FRCSLT MCSP FCSP MRPharmS FRPharmS MCOptom FCOptom "
    "FDSRCS MFDS MJDF FRCN FRSPH FHEA SFHEA PFHEA FAcadMEd MAcadMEd "
    # Australasian, Canadian, South African and South Asian colleges
    "FRACP FRACS FRANZCOG FRANZCP FRANZCR FRANZCO FACEM FANZCA FCICM FACRRM FRACDS "
    "FAFPHM FAChPM FAFRM FRACMA FRNZCGP MRNZCGP FCFP CCFP MCFP FCPS MCPS "
    # British and Commonwealth degrees and nursing registrations
    "MB MBBCh BMBS ChB BCh BAO BChir BMedSci BMedSc DPhil MPhil ChM BDS BChD PGCert "
    "PGDip MClinPharm MClinEd MMedEd MMed MHSc BHSc BAppSc BNurs MNurs DClinPsy CPsychol "
    "AFBPsS RGN RMN RSCN RNMH RHV SCPHN RPN "
    # honours and learned societies of the Commonwealth ("AM", "AO" are times and words too)
    "OBE MBE CBE KBE DBE OAM ONZM MNZM CNZM FRS FMedSci FRSE FAHMS "
    # US fellowships and certifications of physicians, nurses, pharmacists, therapists
    "FACC FAHA FACOG FACEP FAAN FCCM FIDSA FACG FAASM FAAEM FACR FAAD FAAOS FACOEP "
    "FAAHPM FAPA FAPTA SFHM FACHE FASN FAPhA LPN LVN CPNP PMHNP PMHNP-BC AGACNP-BC "
    "AGPCNP-BC ACNP-BC WHNP-BC AGNP-C CCNS CPEN CNOR CHPN ACHPN CWOCN CWON CWCN OCN "
    "AOCN AOCNP RN-BC NE-BC NEA-BC CNE IBCLC MPT OTD COTA CCC-SLP CCC-A BCBA BCBA-D "
    "CSCS RRT LMHC LPCC LCADC LADC CADC CASAC NCSP ABPP LSW BCACP BCOP BCIDP BCCCP BCGP "
    "BCPP BCNSP BCCP MPAS MSPAS DMSc DHSc MSCR MSCI MHPE MHPEd MPP DSc"
)
# a college, a country or a specialty in brackets right after a post-nominal
QUALIFIER = (
    r"(?:[ \t]?\((?:UK|Lond|London|Edin|Ed|Eng|Glasg|Glas|Irel|I|SA|NZ|Aus|Hons|hons|Oxon|"
    r"Cantab|EM|EC|Tr\s?&\s?Orth|T&O|Orth|Plast|Urol|Gen\s+Surg|Neurosurg|Paed|Paeds|ENT|OMFS|"
    r"Ophth|Vasc|Path|Psych|Surg|Med)\))?"
)
_MR = lazy_compile(r"\bM(?:rs?|s|x)\b")


def may_hold_title(text: str) -> bool:
    """Whether `text` holds a title `faculty_scan.may_hold_person` does not look for (Mr, Ms,
    Mrs, Mx): a cheap test before the agent phrases are read."""
    return ("Mr" in text or "Ms" in text or "Mx" in text) and _MR.search(text) is not None


# words of a credential's spelled-out name ("Registered Nurse", "Certified Diabetes Educator")
_SPELLED = lazy_compile(
    r"\b(?:Registered|Certified|Licensed|Nurse|Nursing|Practitioner|Physician|Pharmacist|"
    r"Educator|Specialist|Therapist|Assistant|Counsel+or|Worker|Master|Bachelor|Doctor|Fellow)\b"
)


def spelled_out(name: str, creds: str) -> bool:
    """Whether `name` is its credential spelled out, not a person: "Nurse Practitioner (NP)",
    or without brackets when the name holds a credential's words ("Registered Nurse RN")."""
    first = (creds.replace(",", " ").split() or [""])[0]
    letters = re.sub(r"[^A-Z]", "", creds if creds.startswith("(") else first)
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    if not letters or initials != letters:
        return False
    return creds.startswith("(") or _SPELLED.search(name) is not None


# words that make a capitalised run no person's name: an institution's, a heading's or an
# address's (faculty.py, faculty_news.py)
NOT_NAME = lazy_compile(
    r"\b(?:University|College|Hospital|Society|Association|Institute|Center|Centre|School|"
    r"Department|Medicine|Health|Care|Clinic|Board|Council|Academy|Foundation|Program|Course|"
    r"Conference|Credit|Credits|Hours?|Online|Activity|Webinar|Series|Objectives?|Learning|"
    r"Education|Home|About|Contact|Help|Login|Register|Newsroom|The|Of|For|And|In|On|To|"
    # heading nouns and address words: a short line of them is no bare name
    r"Description|Summary|Names?|Plaza|Street|Suite|Road|Avenue|Members?|Liaison|Overview|"
    r"Information|Details|Agenda|Schedule|Biography|Bio|Topics?|Session|Presentation|Training|"
    r"Update|Review|Introduction|Part|Module|Day|Week|Date|Time|Location|Fee|Price|Cost|"
    r"Registration|Accreditation|Disclosures?|Statement|Policy|Superior|Inferior|Middle|"
    r"Greater|Anterior|Posterior|"
    # R-PE-26: a requirement's and a certificate's nouns ("Fulfills License Requirements")
    r"Licen[cs]e|Licensure|Requirements?|Certificates?|Certification)\b"
)
