"""Faculty classes of the sixteenth session (R-PE-9): people written in the words of other
English-speaking countries and sites. Invented text only; each class in five or more wordings
and near misses that must give no one."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules

_HEAD = "Cardiac Imaging Day\n\nA one-day update on imaging of the heart for clinicians.\n\n"


def faculty(body: str) -> list[str]:
    out: list[str] = parse_rules(_HEAD + body, "t").record["faculty"]
    return out


def test_commonwealth_post_nominals_without_commas() -> None:
    assert faculty("Speaker: Tova Brann FRCS\n") == ["Tova Brann FRCS"]
    assert faculty("Speaker: Tova Brann MB ChB FRCS\n") == ["Tova Brann MB ChB FRCS"]
    assert faculty("Tova Brann FRACS, Consultant Vascular Surgeon, Elm Hospital\n") == [
        "Tova Brann FRACS"
    ]
    assert faculty("Presented by Ilse Marr BPharm MClinPharm, senior pharmacist.\n") == [
        "Ilse Marr BPharm MClinPharm"
    ]
    assert faculty("Faculty\nOren Vale MRCP(UK)\nConsultant Physician\n") == ["Oren Vale MRCP(UK)"]
    assert faculty("Faculty\nOren Vale FRCS (Tr & Orth)\nConsultant Surgeon\n") == [
        "Oren Vale FRCS (Tr & Orth)"
    ]
    assert faculty("Presenter: Pia Lund LPN, wound care lead\n") == ["Pia Lund LPN"]
    # a role in brackets is no qualifier of the post-nominal
    assert faculty("Speaker: Oren Vale FRCS (Chair)\n") == ["Oren Vale FRCS"]


def test_a_credential_spelled_out_before_its_letters_is_no_person() -> None:
    assert faculty("Registered Nurse RN Program\n") == []
    assert faculty("Certified Diabetes Educator CDE Review\n") == []
    # a person whose initials are their credential's letters stays one
    assert faculty("Speaker: Mark Dunn MD\n") == ["Mark Dunn MD"]


def test_british_and_commonwealth_titles() -> None:
    assert faculty("Featuring Mr Tam Oduya, consultant orthopaedic surgeon.\n") == ["Mr Tam Oduya"]
    assert faculty("This session is facilitated by Ms Ilse Marr, consultant surgeon.\n") == [
        "Ms Ilse Marr"
    ]
    assert faculty("Presented by Associate Professor Ilse Marr.\n") == [
        "Associate Professor Ilse Marr"
    ]
    assert faculty("Speakers: Dr Pia Lund, Prof Oren Vale and A/Prof Ilse Marr\n") == [
        "Dr Pia Lund",
        "Prof Oren Vale",
        "A/Prof Ilse Marr",
    ]
    assert faculty("With Emeritus Professor Tova Brann\n") == ["Emeritus Professor Tova Brann"]
    assert faculty("The course is run by Mr Tam Oduya and Mrs Pia Lund.\n") == [
        "Mr Tam Oduya",
        "Mrs Pia Lund",
    ]
    # near misses: a title before no name, a disclosure sentence
    assert faculty("Mr Tam Oduya has nothing to disclose.\n") == []
    assert faculty("Led by Associate Professors from Elm University.\n") == []


def test_role_nouns_in_apposition_and_with_their_verb() -> None:
    assert faculty("Our keynote speaker, Professor Tova Brann, will open the day.\n") == [
        "Professor Tova Brann"
    ]
    assert faculty("Your tutor for the day is Mr Tam Oduya, consultant surgeon.\n") == [
        "Mr Tam Oduya"
    ]
    assert faculty("Our presenter, Assoc Prof Ilse Marr, is a vascular surgeon.\n") == [
        "Assoc Prof Ilse Marr"
    ]
    assert faculty("Your instructor: Oren Vale RN MN\n") == ["Oren Vale RN MN"]
    assert faculty("This year's guest lecturer — Dr Pia Lund — joins from Elm.\n") == [
        "Dr Pia Lund"
    ]
    assert faculty("The workshop is convened by Dr Pia Lund.\n") == ["Dr Pia Lund"]
    assert faculty("Sessions are co-facilitated by Oren Vale PhD.\n") == ["Oren Vale PhD"]
    # near misses: the noun before no person
    assert faculty("Our speakers, drawn from across the region, will share cases.\n") == []
    assert faculty("Your instructor will send the reading list.\n") == []
    assert faculty("The presenter, a nurse with 20 years of experience, will share cases.\n") == []
    assert faculty("Our host: Elm Hospital Trust\n") == []


def test_several_people_on_a_line_each_with_a_post() -> None:
    assert faculty("Speaker: Tova Brann MD with Oren Vale RN\n") == [
        "Tova Brann MD",
        "Oren Vale RN",
    ]
    assert faculty(
        "Speakers: Tova Brann MD, Professor of Medicine, Elm University; "
        "Oren Vale RN, Nurse Manager, Birch Hospital\n"
    ) == ["Tova Brann MD", "Oren Vale RN"]
    assert faculty(
        "Speaker: Tova Brann MD Professor of Medicine, Elm University Oren Vale RN Nurse "
        "Manager, Birch Hospital\n"
    ) == ["Tova Brann MD", "Oren Vale RN"]
    assert faculty(
        "Tova Brann MD Professor of Medicine, Elm University Oren Vale RN Nurse Manager\n"
    ) == ["Tova Brann MD", "Oren Vale RN"]
    assert faculty(
        "Presenters\nDr Pia Lund MBBS FRACP - Cardiologist, Elm Hospital; "
        "Dr Ilse Marr MBBS - GP, Marlow\n"
    ) == ["Dr Pia Lund MBBS FRACP", "Dr Ilse Marr MBBS"]
    assert faculty(
        "Faculty: Dr Pia Lund, Cardiology, Elm Hospital, and Prof Ilse Marr, Radiology\n"
    ) == ["Dr Pia Lund", "Prof Ilse Marr"]
    # near misses: a sentence between, or a place word before the next name
    assert faculty(
        "Speaker: Tova Brann MD, Professor of Medicine; she has worked with Oren Vale RN\n"
    ) == ["Tova Brann MD"]
    assert faculty("Speaker: Tova Brann MD Professor of Medicine, Marlow Oren Vale RN\n") == [
        "Tova Brann MD"
    ]


def test_staff_and_contacts_are_no_faculty() -> None:
    assert faculty("Enquiries\nMrs Ann Lee, Course Administrator\nann@elm.example\n") == []
    assert faculty("Mrs Ann Lee\nEducation Coordinator\nTel 555 0100\n") == []
    assert faculty("Contact Us\nMs Ann Lee\n") == []
    assert faculty("Dr Ann Lee, Programme Secretary\n") == []
    # a teacher whose post names a coordinator, with credentials, stays faculty
    assert faculty("Ann Lee RN, Clinical Education Coordinator\n") == ["Ann Lee RN"]
    # a registrar is a doctor's grade
    assert faculty("Dr Ann Lee, Specialty Registrar in Cardiology\n") == ["Dr Ann Lee"]


def test_news_subjects_with_credentials_and_titles() -> None:
    news = "Elm Nurses Meet in Dunmore\n\nThe annual meeting of the Elm Guild opens on Friday.\n"

    def people(line: str) -> list[str]:
        out: list[str] = parse_rules(news + line, "t").record["faculty"]
        return out

    assert people("Prof Li Wei MBBS PhD FRCPath will speak on biopsy technique.\n") == [
        "Prof Li Wei MBBS PhD FRCPath"
    ]
    assert people("Mr Tam Oduya will present the latest data on hip surgery.\n") == ["Mr Tam Oduya"]
    assert people("Associate Professor Ilse Marr will facilitate the workshop.\n") == [
        "Associate Professor Ilse Marr"
    ]
    assert people("A/Prof Ilse Marr will speak about frailty.\n") == ["A/Prof Ilse Marr"]
    assert people("Pia Lund RN and Oren Vale RN will present on rosters.\n") == [
        "Pia Lund RN",
        "Oren Vale RN",
    ]
    # near misses: awards presented, attendance
    assert people("The minister said Pia Lund will present the awards.\n") == []
    assert people("Mr Tam Oduya will be present at the dinner.\n") == []


def test_a_convenor_heading_names_teachers() -> None:
    assert faculty("Course convenor: Dr Pia Lund\n") == ["Dr Pia Lund"]
    assert faculty("Convenors\nOren Vale RN\nIlse Marr RGN\n") == ["Oren Vale RN", "Ilse Marr RGN"]
    assert faculty("Workshop Convener: Tova Brann\n") == ["Tova Brann"]
    assert faculty("Programme Convenors: Pia Lund MSc; Oren Vale PhD\n") == [
        "Pia Lund MSc",
        "Oren Vale PhD",
    ]
    assert faculty("Course Convenor\nMr Tam Oduya FRCS\n") == ["Mr Tam Oduya FRCS"]
    # near misses: a body that convenes, a convenor heading over no person
    assert faculty("Convened by the Elm Nurses Association\n") == []
    assert faculty("Course convenor: to be announced\n") == []


def test_commonwealth_honours_are_post_nominals() -> None:
    assert faculty("Speaker: Professor Dame Tova Brann DBE FRCP\n") == [
        "Professor Dame Tova Brann DBE FRCP"
    ]
    assert faculty("Speaker: Oren Vale OBE\n") == ["Oren Vale OBE"]
    assert faculty("Presented by Pia Lund ONZM, Elm Health.\n") == ["Pia Lund ONZM"]
    assert faculty("Speakers: Ilse Marr OAM FRACP\n") == ["Ilse Marr OAM FRACP"]
    assert faculty("Featuring Professor Tam Oduya CBE FMedSci.\n") == [
        "Professor Tam Oduya CBE FMedSci"
    ]
    assert faculty("Faculty\nOren Vale MBE RGN\nWard Sister\n") == ["Oren Vale MBE RGN"]
    # near misses: a time after a name, a title's words before its letters
    assert faculty("Welcome Drinks AM Session\n") == []
    assert faculty("Order Of The British Empire OBE Medal\n") == []
