"""Round 17 (development listings of batch 5): lines naming a person are never the title, a
quoted name after "titled:" is, invented wordings and near misses."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules
from opencme.ingest.parsing.title_aside import aside_line
from opencme.ingest.parsing.title_byline import person_line
from opencme.ingest.parsing.title_clean import clean_title
from opencme.ingest.parsing.title_companion import with_inserted, without_place, without_session
from opencme.ingest.parsing.title_headline import SENTENCE_HEADLINE
from opencme.ingest.parsing.title_held import held_name
from opencme.ingest.parsing.title_lists import card_caption
from opencme.ingest.parsing.title_longer import kind_defined, subject_below
from opencme.ingest.parsing.title_prose import acronym_year


@pytest.mark.parametrize(
    "line",
    [
        # a byline alone on its line
        "by Orla Penhallow MRPharmS",
        "By Tamsin Quarrel",
        "Written by Dr Ivo Marchetti, PhD",
        "Posted by Hester Vane RN",
        "Reported by Prof. Ansel Trew",
        "Hosted by Dr Corin Dale",
        "Facilitated by Hester Vane",
        "Moderated by Tamsin Quarrel RN",
        "Featuring Dr. Ivo Marchetti",
        "With Prof. Ansel Trew, PhD",
        # a caption or a speaker's card: a name, a comma and a post
        "Orla Penhallow, Associate Professor in Podiatry and Clinical Lead at Tern University",
        "Dr Ivo Marchetti, a regional social work adviser for Harbour Children's Services",
        "Tamsin Quarrel, RN, Director of Nursing, Lakeside Hospital",
        "Hester Vane, Senior Lecturer in Paramedicine",
        "Ansel Trew, founder of the Quay Street Clinic",
        "Mr Corin Dale, Consultant Orthopaedic Surgeon at Northgate",
    ],
)
def test_person_lines(line: str) -> None:
    assert person_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "By the Numbers: Statistics for Nurses",  # "by" and no person: a name
        "With Love Comes Healing",  # "With" and no honorific: a name
        "Led by Example: Leadership for Charge Nurses",
        "Wound Care, Lead Nurse Update",  # the words of a subject before the comma
        "Diabetes Management, Director's Cut Edition",  # no person's name
        "Harbour Forum 2031",
        "Knee Pain in Runners, Who Needs Imaging?",
    ],
)
def test_not_person_lines(line: str) -> None:
    assert not person_line(line)


def test_byline_is_not_the_title() -> None:
    text = (
        "by Orla Penhallow MRPharmS\n\n"
        "The harbour pharmacists' guild has fixed this year's conference for 3 May 2031 and "
        "recommends that all members attend.\n\n"
        "The conference, titled: “a fresh look at dispensing” has keynote speakers from the "
        "whole sector.\n"
    )
    assert parse_rules(text).record["title"] == "a fresh look at dispensing"


def test_caption_is_not_the_title() -> None:
    text = (
        "Podiatrists and orthotists met at Tern University to talk over the new appraisal "
        "scheme and how to meet its demands in busy clinics.\n\n"
        "Hester Vane, Senior Lecturer in Podiatry and Appraisal Lead at Tern University\n"
    )
    assert parse_rules(text).record["title"] != (
        "Hester Vane, Senior Lecturer in Podiatry and Appraisal Lead at Tern University"
    )


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The workshop, titled: “Caring for the Carer” runs all day.", "Caring for the Carer"),
        ("This year's seminar, entitled: “Gut Feelings” is free.", "Gut Feelings"),
        (
            "The course titled “Sleep and the Shift Worker” opens soon.",
            "Sleep and the Shift Worker",
        ),
    ],
)
def test_quoted_after_naming_verb(sentence: str, name: str) -> None:
    text = f"Welcome\n\n{sentence} It is run by the harbour nurses' guild for its members.\n"
    assert parse_rules(text).record["title"] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a status after a dash spaced on one side only
        ("Sepsis in the Emergency Room- Archived [?]", "Sepsis in the Emergency Room"),
        ("Knee Taping for Runners -Cancelled", "Knee Taping for Runners"),
        ("Pain After Surgery– Postponed", "Pain After Surgery"),
        # a course's syllabus, outline, flyer or policy page after its name
        ("HARBOUR SUTURING COURSE SYLLABUS", "HARBOUR SUTURING COURSE"),
        ("Lakeside Wound Care Course Outline", "Lakeside Wound Care Course"),
        ("Tern Point Study Club Policy", "Tern Point Study Club"),
        ("Harbour Journal Club Handbook", "Harbour Journal Club"),
        ("Quay Street Symposium Flyer", "Quay Street Symposium"),
        # what the page says the activity is, after a separator
        ("Grief in General Practice – A Workshop in Hobart", "Grief in General Practice"),
        ("Sleep and Shift Work - An Online Course", "Sleep and Shift Work"),
        ("Feeding the Preterm Infant – A One-Day Seminar", "Feeding the Preterm Infant"),
        ("Supporting Carers at Home - HNG workshop", "Supporting Carers at Home"),
        ("Managing Gout | A Lecture at Tern Point", "Managing Gout"),
    ],
)
def test_around_the_name(text: str, name: str) -> None:
    assert clean_title(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "Refund Policy",  # a page's section: no activity's name before "Policy"
        "Harbour Nursing Conference PROGRAM",  # capitals after a name in title case
        "Self-Care for Night Nurses",  # a hyphen inside a word
        "Cardiac Care – ACLS Course",  # letters and a capitalised noun: a subject's course
        "Sepsis – A Silent Killer",  # no activity noun after the article
        "Dementia – A Conference for Carers",  # more than a place after the noun
    ],
)
def test_around_the_name_near_misses(text: str) -> None:
    assert clean_title(text) == text


def test_numbered_outline_item_is_not_the_title() -> None:
    text = (
        "Pressure Injury Course\n\nShare Course\n\nAbout Course\n\n"
        "Topics covered include prevention of pressure injuries, staging of pressure injuries "
        "and dressing selection for pressure injuries.\n\n"
        "Course Outline\n\n  1.  Patient Assessment\n  2.  Staging of Pressure Injuries\n"
        "  3.  Dressing Selection\n"
    )
    assert parse_rules(text).record["title"] == "Pressure Injury Course"


def test_numbered_item_without_a_heading_stays() -> None:
    text = (
        "Learn the skills that matter in practice\n\n"
        "This class carries 6 CEUs and suits newcomers.\n\n"
        "Course curriculum\n\n    1. Welcome!\n\n"
        "    2. Grief Work Part 1: Becoming a Confident Grief Counsellor (6 CE's)\n\n"
        "    3. Grief Work Part 1: Becoming a Confident Grief Counsellor (6 CE's)\n\n"
        "    4. Course Handouts\n"
    )
    assert parse_rules(text).record["title"] == (
        "Grief Work Part 1: Becoming a Confident Grief Counsellor"
    )


def test_status_marks_the_activity() -> None:
    text = (
        "• Video\n  • Course\n\n10 minutes\n\n\nGout in practice- Archived [?]\n\n"
        "A practical guide to the causes of gout and when to treat it\n\n"
        "Learning outcomes\n\nBy the end of this unit you will know about:\n\n"
        "  • The causes of gout\n"
    )
    assert parse_rules(text).record["title"] == "Gout in practice"


def test_opening_subject_without_its_article() -> None:
    text = (
        "Nursing Circles\n\n"
        "The Study Circle is a community for nurses to learn and share through monthly online "
        "case reviews. On signing up, members accept these terms:\n\n"
        "1. Monthly Sessions\n\n  • The Study Circle meets once per month.\n"
    )
    assert parse_rules(text).record["title"] == "Study Circle"


@pytest.mark.parametrize(
    ("title", "line", "name"),
    [
        ("Grief Workshop", "Supporting Families Through Grief is a 2-day workshop for…", None),
        ("Trauma Course", "Effective Responses to Trauma is an online course for …", None),
        ("Sleep Seminars", "Night Shifts and Sleep are a series of seminars for …", None),
        ("Suturing Masterclass", "Safe Suturing in Rural Clinics is a hands-on masterclass", None),
        ("Gout Webinar", "Managing Gout in Primary Care is a free webinar for GPs …", None),
    ],
)
def test_kind_defined(title: str, line: str, name: None) -> None:
    assert kind_defined(title, ["Share this page", line]) == line.split(" is ")[0].split(" are ")[0]


@pytest.mark.parametrize(
    ("title", "line"),
    [
        ("Grief Workshop", "The Grief and Loss Workshop is a 2-day workshop for nurses"),
        ("Grief Workshop", "Caring for Carers is a 2-day workshop for nurses"),  # no "grief"
        ("Grief Support", "Supporting Families Through Grief is a 2-day workshop"),  # no noun
        ("Grief Workshop", "Supporting Families Through Grief is a charity in Hobart"),
    ],
)
def test_kind_defined_near_misses(title: str, line: str) -> None:
    assert kind_defined(title, [line]) is None


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("HARBOUR SUTURING COURSE SYLLABUS", "HARBOUR SUTURING COURSE"),
        ("KNEE TAPING FOR RUNNERS WORKSHOP - SOLD OUT", "KNEE TAPING FOR RUNNERS WORKSHOP"),
        ("TERN POINT WOUND CARE COURSE OUTLINE", "TERN POINT WOUND CARE COURSE"),
    ],
)
def test_name_in_capitals_with_a_tail(heading: str, name: str) -> None:
    subject = name.title().rsplit(" ", 1)[0]
    text = (
        f"{heading}\nCOURSE DURATION: 15 hours\nCOURSE DESCRIPTION:\n"
        f"The {subject} course reviews the basics and teaches safe practice.\n"
    )
    assert parse_rules(text).record["title"] == name


@pytest.mark.parametrize(
    ("title", "flat", "name"),
    [
        (
            "14th Annual Rowing Injuries Symposium",
            "The program hosted the 14th Annual Lakeside Rowing Injuries Symposium in May.",
            "14th Annual Lakeside Rowing Injuries Symposium",
        ),
        (
            "Annual Wound Care Conference",
            "Welcome to the Annual Harbour Wound Care Conference, now in its fifth year.",
            "Annual Harbour Wound Care Conference",
        ),
        (
            "Rural Nursing Summit",
            "Nurses met at the Rural Nursing Winter Summit in Tern Point.",
            "Rural Nursing Winter Summit",
        ),
        (
            "Spring Paediatric Forum",
            "Book now for the Spring Paediatric Skills Forum.",
            "Spring Paediatric Skills Forum",
        ),
        (
            "National Midwifery Congress",
            "The National Midwifery Research Congress opens on Monday.",
            "National Midwifery Research Congress",
        ),
    ],
)
def test_fuller_form_with_words_inside(title: str, flat: str, name: str) -> None:
    assert with_inserted(title, f"{title}\n{flat}") == name


@pytest.mark.parametrize(
    ("title", "flat"),
    [
        # an owner's letters inside the name
        ("2031 National Preceptors Conference", "at the 2031 ACME National Preceptors Conference"),
        # two fuller forms: no one name
        (
            "Annual Wound Care Conference",
            "the Annual Harbour Wound Care Conference and the Annual Tern Wound Care Conference",
        ),
        # no event's noun at the end
        ("Basic ECG Rhythms Course", "the Basic Cardiac ECG Rhythms Course"),
    ],
)
def test_fuller_form_near_misses(title: str, flat: str) -> None:
    assert with_inserted(title, f"{title}\n{flat}") == title


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Practice CertificateSafe Prescribing for Pharmacists - Conversion Course",
            "Safe Prescribing for Pharmacists - Conversion Course",
        ),
        ("Short Course DetailsWound Care for Practice Nurses", "Wound Care for Practice Nurses"),
        ("Online Learning ModuleManaging Gout in Primary Care", "Managing Gout in Primary Care"),
        (
            "Postgraduate DiplomaClinical Dermatology Online Study",
            "Clinical Dermatology Online Study",
        ),
        ("Upcoming EventsHarbour Sepsis Summit 2031", "Harbour Sepsis Summit 2031"),
    ],
)
def test_label_glued_before_the_name(text: str, name: str) -> None:
    assert clean_title(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "HealthStream Wound Care Course",  # a brand's capitals: one word before
        "Rural HealthStream Training",  # too few words after
        "Using PowerPoint in Teaching Nurses",
        "McKenzie Method for the Lumbar Spine",
    ],
)
def test_glue_near_misses(text: str) -> None:
    assert clean_title(text) == text


def test_cards_and_contacts_are_not_the_title() -> None:
    text = (
        "Retrieving course detail\nPlease wait …\n\n"
        "Dr. Ivo Marchetti\nDr. Ivo MarchettiOwner of Harbour Play Therapy (BA) SW (PhD)\n"
        "Hester Vane\nHester VaneCounsellor in Independent Practice, BA MA, 9 years\n"
        "Contact: Tamsin Quarrel\n"
    )
    title = parse_rules(text).record["title"]
    assert title is None or not any(
        w in title for w in ("Retrieving", "Marchetti", "Vane", "Quarrel", "wait")
    )


@pytest.mark.parametrize(
    ("line", "card"),
    [
        ("Hester VaneCounsellor in Independent Practice", "Hester Vane"),
        ("Dr. Ivo MarchettiOwner of Harbour Play Therapy", "Dr. Ivo Marchetti"),
        ("Tamsin QuarrelRN, BSc (Hons), Clinical Lead", "Tamsin Quarrel"),
    ],
)
def test_card_caption(line: str, card: str) -> None:
    assert card_caption(line, card)
    assert not card_caption(card, line)
    assert not card_caption("Hester Vane and Friends Workshop", "Hester Vane")  # a space: a name
    assert not card_caption("Harbour Sepsis SummitRegister now", "Harbour Sepsis Summit")


@pytest.mark.parametrize(
    "line",
    ["Retrieving course detail", "Loading events", "Fetching the sessions", "Please wait …"],
)
def test_loading_messages(line: str) -> None:
    assert aside_line(line)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The 9th Lakeside Review Course in O&G will be held Apr 2 to Apr 8, 2031 at X.",
            "9th Lakeside Review Course in O&G",
        ),
        (
            "The Frontiers Congress on Wound Research takes place in Hobart in May.",
            "Frontiers Congress on Wound Research",
        ),
        ("Harbour Sepsis Summit 2031 was held at the Quay Centre.", "Harbour Sepsis Summit 2031"),
        (
            "Our guild is proud. The Tern Point Paediatric Study Day will take place online.",
            "Tern Point Paediatric Study Day",
        ),
        (
            "The Northgate Midwifery Conference will again be held in Avonford this spring.",
            "Northgate Midwifery Conference",
        ),
        (
            "The Rural Nursing Forum is being held at the Quay Hotel on 3 May.",
            "Rural Nursing Forum",
        ),
    ],
)
def test_held_name(text: str, name: str) -> None:
    assert held_name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "This conference will be held in Hobart on 3 May.",  # a reference back
        "The Lakeside Nursing Society will be held to account.",  # an institution
        "Registration will take place at the door from 8 am.",  # no activity's noun
        "Lunch and the Poster Viewing will take place in the foyer.",  # no activity's noun
    ],
)
def test_held_name_near_misses(text: str) -> None:
    assert held_name(text) is None


def test_held_name_gives_the_title_without_a_heading() -> None:
    text = (
        "Frequently Asked Questions\n"
        "The Frontiers Congress on Wound Research will take place in-person at the Quay "
        "Hotel in Hobart from 15-17 September 2031. There is no online option this "
        "year.\n"
        "The Society keeps its safety measures under review.\n"
    )
    assert parse_rules(text).record["title"] == "Frontiers Congress on Wound Research"


@pytest.mark.parametrize(
    "line",
    [
        "Region’s first diploma course in wound care begins in Hobart",
        "New sepsis training series opens at Lakeside Hospital",
        "Annual diabetes day kicks off in Dayton",
        "Regional nursing conference starts next week",
        "Free suturing workshop launches this month",
    ],
)
def test_sentence_case_headline(line: str) -> None:
    assert SENTENCE_HEADLINE.search(line)


@pytest.mark.parametrize(
    "line",
    [
        "Care that begins at home",  # a clause in a title
        "Wound Care Begins at Home",  # title case
        "Sepsis: the first hour in the emergency room",  # no headline verb
    ],
)
def test_sentence_case_headline_near_misses(line: str) -> None:
    assert not SENTENCE_HEADLINE.search(line)


@pytest.mark.parametrize(
    "row",
    [
        "Harbour Wound Care Instructor Course — 6.25",
        "Lakeside Suturing Skills Workshop – up to 7.5 hours",
        "Tern Point Paediatric Sepsis Symposium - 3",
        "Quay Street Pre-Conference Course — 12,5",
        "Northgate Advanced Airway Workshop – 4.0",
    ],
)
def test_a_credit_table_row_is_not_named_in_prose(row: str) -> None:
    text = (
        "Continuing Nursing Education\n\n"
        "The guild is accredited as a provider of continuing nursing education.\n\n"
        "The most contact hours each activity offers are shown below.\n\n"
        f"{row}\nEducational conference activities — 40.25\nEvaluating 30 posters — 3\n"
    )
    assert parse_rules(text).record["title"] != clean_title(row)


@pytest.mark.parametrize(
    ("title", "flat", "name"),
    [
        (
            "Indiana Reading and Naming of Common Heart Rhythms",
            "Course summary: Reading and Naming of Common Heart Rhythms is a short review",
            "Reading and Naming of Common Heart Rhythms",
        ),
        (
            "Ohio Safe Opioid Prescribing for Dentists",
            "Safe Opioid Prescribing for Dentists reviews the state's rules.",
            "Safe Opioid Prescribing for Dentists",
        ),
        (
            "New South Wales Wound Care for Practice Nurses",
            "In Wound Care for Practice Nurses you will learn …",
            "Wound Care for Practice Nurses",
        ),
        (
            "Ontario Pain Management in Long-Term Care",
            "About Pain Management in Long-Term Care: a course for nurses.",
            "Pain Management in Long-Term Care",
        ),
        (
            "Kenya Infection Prevention and Control Update",
            "The Infection Prevention and Control Update runs online.",
            "Infection Prevention and Control Update",
        ),
    ],
)
def test_place_before_the_name(title: str, flat: str, name: str) -> None:
    assert without_place(title, f"{title}\n{flat}") == name


@pytest.mark.parametrize(
    ("title", "flat"),
    [
        # the page never names the rest alone
        (
            "Texas Infection Control for Dental Offices",
            "Texas Infection Control for Dental Offices",
        ),
        # too short a rest: the place is the name's ("Ohio Nursing Conference")
        ("Ohio Nursing Conference", "the Nursing Conference opens"),
        # no place before the name
        ("Harbour Reading of Common Heart Rhythms", "Reading of Common Heart Rhythms is …"),
    ],
)
def test_place_before_the_name_near_misses(title: str, flat: str) -> None:
    assert without_place(title, f"{title}\n{flat}") == title


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "We no longer offer “Grief Work: Part 1” as an in-person training day this year.",
            "Grief Work: Part 1",
        ),
        (
            "The guild now offers “Knee Pain in Runners” as an online course.",
            "Knee Pain in Runners",
        ),
        ("We are delivering “Safer Sleep” as a two-day workshop in May.", "Safer Sleep"),
        ('Our team will run "Wound Care Today" as a free webinar.', "Wound Care Today"),
        ("The board approved “Feeding Matters” as a CPD module for nurses.", "Feeding Matters"),
    ],
)
def test_quoted_name_as_an_activity(sentence: str, name: str) -> None:
    text = f"{sentence}\n\nIf you booked, you should have received an email about it.\n"
    assert parse_rules(text).record["title"] == name


@pytest.mark.parametrize(
    "sentence",
    [
        "Certificate showing completion of State Certified 6-Hour Radiation Safety Course.",
        "Applicants must have completed the Basic Life Support Provider Course.",
        "Prerequisite: Introductory Wound Assessment Workshop (online).",
        "You can enrol after completing the Harbour Sepsis Essentials Module.",
        "Learners having successfully passed the Lakeside Suturing Skills Course may apply.",
    ],
)
def test_a_prerequisite_is_not_the_name(sentence: str) -> None:
    text = (
        "This two-day class has 4 hours of lectures and 4 hours of laboratory practice.\n"
        f"WHAT TO BRING:\n1. Copy of your licence\n2. {sentence}\n3. Protective equipment\n"
    )
    title = parse_rules(text).record["title"] or ""
    assert not title.endswith(("Course", "Workshop", "Module"))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The Harbour Suturing Skills Course will be held on 3 May 2031.",
            "Harbour Suturing Skills Course",
        ),
        (
            "Delegates completed a survey at the Lakeside Wound Care Symposium last year.",
            "Lakeside Wound Care Symposium",
        ),
    ],
)
def test_not_prerequisites(sentence: str, name: str) -> None:
    text = f"Welcome\n\n{sentence} It is run by the harbour nurses' guild for its members.\n"
    assert parse_rules(text).record["title"] == name


@pytest.mark.parametrize(
    ("flat", "name"),
    [
        (
            "The minister will attend HN31. The guild's annual conference HN31 runs from 3 May. "
            "Day one of HN31 includes the AGM.",
            "HN31",
        ),
        ("ECR31 opens on Monday. The ECR31 congress has 900 talks. See you at ECR31!", "ECR31"),
        (
            "Register for WCN29 today. WCN29 Forum speakers are listed. WCN29 closes Friday.",
            "WCN29",
        ),
        (
            "The NPC30 meeting is virtual. NPC30 sessions are recorded. Join NPC30 online.",
            "NPC30",
        ),
        (
            "At the summit TPS31 delegates met. TPS31 had 40 talks. TPS31 ends today.",
            "TPS31",
        ),
    ],
)
def test_acronym_with_glued_year(flat: str, name: str) -> None:
    assert acronym_year(flat) == name


@pytest.mark.parametrize(
    "flat",
    [
        # a code named three times, never beside an event's noun
        "Use ICD10 codes. ICD10 maps diagnoses. Our ICD10 course explains them.",
        # named twice only
        "The guild's annual conference HN31 runs from 3 May. Day one of HN31 is long.",
    ],
)
def test_acronym_with_glued_year_near_misses(flat: str) -> None:
    assert acronym_year(flat) is None


@pytest.mark.parametrize(
    "heading",
    [
        "Skills sessions open the main congress",
        "Delegates praise the new venue",
        "Record numbers attend this year",
        "Poster prizes go to two students",
        "Next year's meeting moves to Hobart",
    ],
)
def test_sentence_case_heading_under_a_paragraph(heading: str) -> None:
    text = (
        "The 2031 Harbour Student Nurses (HSN) National Conference took place in Launceston, "
        "Tasmania in October across three days. It was the largest meeting of nursing "
        "students yet, with more than 300 delegates travelling from every state. The HSN "
        "conference sets out to train and encourage student nurses.\n"
        "This edition was the seventh in the series and ran at the riverside campus of the "
        "university, helped by a long list of sponsors and partners of the meeting.\n"
        f"{heading}\n"
        "The programme ran across three days with skills stations on the opening day.\n"
    )
    assert parse_rules(text).record["title"] == (
        "2031 Harbour Student Nurses (HSN) National Conference"
    )


def test_title_case_heading_under_a_paragraph_stays() -> None:
    text = (
        "Welcome to our catalogue of courses for practice nurses across the region, with new "
        "dates added every month and places for nurses at every stage of their careers.\n"
        "Harbour Wound Care Essentials Course\n"
        "This course covers the assessment and dressing of chronic wounds.\n"
    )
    assert parse_rules(text).record["title"] == "Harbour Wound Care Essentials Course"


@pytest.mark.parametrize(
    ("title", "flat"),
    [
        (
            "Practice 2031: Caring past 100",
            "Practice 2031 began this morning with its opening plenary ‘Caring past 100’.",
        ),
        (
            "Harbour Summit: The Future of Rural Care",
            "Harbour Summit closed with a keynote address, “The Future of Rural Care”.",
        ),
        (
            "Lakeside Forum 2031: Sepsis in Children",
            'At Lakeside Forum 2031 the lecture "Sepsis in Children" drew a crowd.',
        ),
        (
            "Quay Congress: Ethics at the Bedside",
            "Quay Congress ended with a panel titled ‘Ethics at the Bedside’.",
        ),
        (
            "Tern Day 2031: Why Sleep Matters",
            "Tern Day 2031 featured the talk “Why Sleep Matters” by a visiting professor.",
        ),
    ],
)
def test_a_session_after_the_event_name(title: str, flat: str) -> None:
    assert without_session(title, f"{title}\n{flat}") == title.partition(": ")[0]


@pytest.mark.parametrize(
    ("title", "flat"),
    [
        # the page never calls the part after the colon a session
        ("Sepsis: Pediatric First Response", "Sepsis alone is deadly. ‘Pediatric First Response’"),
        # the page never writes the head alone
        ("Opioids: safer prescribing", "the session ‘safer prescribing’ follows"),
    ],
)
def test_a_session_after_the_event_name_near_misses(title: str, flat: str) -> None:
    assert without_session(title, f"{title}\n{flat}") == title


@pytest.mark.parametrize(
    ("heading", "sentence"),
    [
        ("Keystone 2", "Keystone 2 is the latter course of a two-step series for dentists."),
        ("Sleep Basics", "Sleep Basics is an online module for nurses new to sleep medicine."),
        ("Gout Update", "The Gout Update Program consists of four evening sessions for GPs."),
        ("Knee Taping", "The Knee Taping Workshop runs twice a year for physiotherapists."),
        ("Wound Day", "Wound Day is a one-day workshop for practice nurses in the region."),
    ],
)
def test_short_heading_named_below(heading: str, sentence: str) -> None:
    assert subject_below(heading, ["Other text", sentence])


@pytest.mark.parametrize(
    ("heading", "sentence"),
    [
        ("Lakeside Learning", "Lakeside Learning has offered courses since 1990."),  # no kind
        ("Gout", "Gout is a common cause of joint pain in older men."),  # a subject, not a course
        ("Our Faculty Team", "Our Faculty Team is a group of nurses."),  # too long a heading
    ],
)
def test_short_heading_named_below_near_misses(heading: str, sentence: str) -> None:
    assert not subject_below(heading, [sentence])


def test_short_heading_the_prose_defines_wins_over_a_subtitle() -> None:
    text = (
        "Keystone 2\n\nKeystone Course Two\n\n\nCE hours: 24\n\n"
        "Keystone 2 is the latter course of a two-step series aimed at dentists who "
        "treat snoring with oral devices.\n"
    )
    assert parse_rules(text).record["title"] == "Keystone 2"


def test_sentence_case_title_under_a_cookie_banner_stays() -> None:
    text = (
        "We use cookies to improve your experience of our website. By continuing to browse "
        "you agree to our use of cookies and to our privacy policy, which explains what we "
        "collect, why we collect it and how you can change your settings at any time.\n"
        "Managing gout in general practice\n"
        "This course reviews the diagnosis and long-term care of gout for GPs and nurses.\n"
    )
    assert parse_rules(text).record["title"] == "Managing gout in general practice"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ohio - Advanced Suturing Workshop", "Advanced Suturing Workshop"),
        ("Queensland – Wound Care for Practice Nurses", "Wound Care for Practice Nurses"),
        ("Safe Sleep Study Day | New South Wales", "Safe Sleep Study Day"),
        ("Knee Taping for Runners — Ontario", "Knee Taping for Runners"),
        ("Kenya - Infection Prevention Update", "Infection Prevention Update"),
    ],
)
def test_place_alone_beside_the_name(text: str, name: str) -> None:
    assert clean_title(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "India: Burden of Diabetes in Young Adults",  # a colon: the country is the subject
        "Georgia: A Nurse’s Story",
        "Harbour Forum - Lakeside",  # not a country or a region
    ],
)
def test_place_alone_near_misses(text: str) -> None:
    assert clean_title(text) == text
