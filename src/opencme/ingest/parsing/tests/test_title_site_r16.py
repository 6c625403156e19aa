"""Titles framed by a site's or a page's name (R-TI-20), news stories (R-TI-21) and names in
capitals (R-TI-22), read in many wordings (docs/corpus.md "Title"). Texts here are written for
the tests, not taken from corpus listings."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules

_BODY = (
    "Marrow Valley Health is pleased to offer this activity for nurses and physicians across "
    "the region. Participants will review current evidence and apply it to practice.\n"
)
_NAME = "Recognising Delirium on the Night Shift"
_EVENT = "Quillan Bay Pressure Injury Forum 2031"


def _title(text: str) -> str | None:
    return parse_rules(text).record["title"]


@pytest.mark.parametrize(
    "line",
    [
        f"{_NAME} | Tern Point Learning",  # a site ending in an organisation's head noun
        f"Tern Point Academy | {_NAME}",  # the site first
        f"{_NAME} – Tern Point College of Nursing",  # after a dash, a college's name
        f"{_NAME} » Orrin Health Services",
        f"{_NAME} | ternpoint.org",  # a domain
        f"Course Details | {_NAME} | Tern Point Learning",  # page type, name, site
        f"{_NAME} | Course Overview",
        f"{_NAME} – Free CE",  # a note of price and credit the page sets after the name
        f"{_NAME} - On Demand",
    ],
)
def test_rule_ti20_a_browser_title_gives_the_part_that_is_neither_site_nor_page(
    line: str,
) -> None:
    assert _title(line + "\n" + _BODY) == _NAME


@pytest.mark.parametrize(
    "line",
    [
        f"Speakers | {_EVENT}",
        f"Venue & Accommodation – {_EVENT}",
        f"Call for Abstracts | {_EVENT}",
        f"{_EVENT} | Sponsors and Exhibitors",
        f"{_EVENT} - Scientific Programme",
        f"{_EVENT} • Contact Us",
        f"{_EVENT} | Hobart, Tasmania",  # its place: a city and its region
        f"{_EVENT} – Halifax, NS",  # a city and a two-letter code
        f"{_EVENT} | Portugal",  # a country
        f"{_EVENT} | Quillan",  # a word after an event's year and a pipe: its place or site
    ],
)
def test_rule_ti20_an_event_sites_pages_and_places_are_cut(line: str) -> None:
    assert _title(line + "\n" + _BODY) == _EVENT


def test_rule_ti20_a_site_name_the_page_shows_again_is_the_site() -> None:
    # the site's name on a line of its own (the header) and in the browser title
    text = f"Corvid Med\n{_NAME} | Corvid Med\n" + _BODY
    assert _title(text) == _NAME
    # before a colon, the page showing it again in its copyright line
    text = f"Corvid Med: {_NAME}\n" + _BODY + "© 2031 Corvid Med. All rights reserved.\n"
    assert _title(text) == _NAME


def test_rule_ti20_a_name_the_page_shows_again_as_its_heading_is_no_site() -> None:
    # both parts shown again on a line of their own: the one in an organisation's shape is the
    # site, the other the activity's name; a part with a year is never a site
    text = "Ostomy Care Basics 2031 | Corvid CME\nOstomy Care Basics 2031\nCorvid CME\n" + _BODY
    assert _title(text) == "Ostomy Care Basics 2031"
    text = f"{_NAME} | Corvid Learning\n{_NAME}\n" + _BODY
    assert _title(text) == _NAME


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "Welcome to the 12th Annual Quillan Bay Wound Congress",
            "12th Annual Quillan Bay Wound Congress",
        ),
        (f"Welcome to the {_EVENT}", _EVENT),
        ("Welcome to Our Orrin Valley Sleep Summit", "Orrin Valley Sleep Summit"),
    ],
)
def test_rule_ti20_a_welcome_gives_the_event_it_welcomes_to(line: str, want: str) -> None:
    assert _title(line + "\n" + _BODY) == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # a dash inside a name stays: no part is a site, a page or a place
        (
            "Hepatitis B - Simplifying the role of the GP",
            "Hepatitis B - Simplifying the role of the GP",
        ),
        (
            "Insulin Pathway: Module 3 - Titration Part 2",
            "Insulin Pathway: Module 3 - Titration Part 2",
        ),
        # a subtitle ending in an organisation's head noun after a dash is no site (lower case)
        (
            "Pediatric Eczema - A Guide for School Health",
            "Pediatric Eczema - A Guide for School Health",
        ),
        # a head noun before a colon is a subject, not a site the page shows again
        (
            "Nursing Education: Best Practices in Ostomy Care",
            "Nursing Education: Best Practices in Ostomy Care",
        ),
        # the site and a page alone, a greeting to the site, a city's banner: no title
        ("Home | Tern Point Learning", None),
        ("Welcome to Tern Point Learning", None),
        ("Hobart - Australia", None),
    ],
)
def test_rule_ti20_near_misses(line: str, want: str | None) -> None:
    assert _title(line + "\n" + _BODY) == want


@pytest.mark.parametrize(
    "line",
    [
        "Dementia Care Module 2 - Mental Health",
        "Ward Nursing Part 1 - Blended Learning",
        "Falls Prevention Toolkit - Public Health",
        "Infection Control Basics - Community Healthcare",
    ],
)
def test_rule_ti20_a_subject_after_a_dash_is_no_site(line: str) -> None:
    # a head noun a subject shares with sites ("Health", "Learning", "Online") names a site
    # only after a pipe; after a dash it may be the name's second part
    assert _title(line + "\n" + _BODY) == line


@pytest.mark.parametrize(
    "section",
    [
        "Hospital News",
        "Latest News",
        "Media Releases",
        "News & Events",
        "Press Release",
        "Orrin Blog",
    ],
)
def test_rule_ti21_a_news_section_is_no_title(section: str) -> None:
    text = (
        f"{section}\nLocal nurses gather to learn about pressure care\nOrrin Hospital "
        "welcomed 200 nurses to the Quillan Bay Pressure Injury Forum on Friday, where "
        "speakers reviewed new dressings.\n"
    )
    assert _title(text) == "Quillan Bay Pressure Injury Forum"


@pytest.mark.parametrize(
    ("headline", "story", "want"),
    [
        (
            "Doctors urged to update sepsis skills",
            "The Orrin Medical Society will hold its Annual Sepsis Summit on 3 May at the Town "
            "Hall, the society said on Monday.",
            "Annual Sepsis Summit",
        ),
        (
            "Experts discuss future of stroke care",
            "Speakers at the 5th Quillan Stroke Congress, held in Tern Point, called for faster "
            "imaging in rural hospitals.",
            "5th Quillan Stroke Congress",
        ),
        (
            "Nurses trained in palliative care",
            "Forty nurses completed the Compassionate Care for Families course run by Orrin "
            "Hospice this month.",
            "Compassionate Care for Families",
        ),
        (
            "Record turnout for wound care meeting",
            "More than 300 clinicians attended the “Heal Together” conference in Tern Point last "
            "week, organisers said.",
            "Heal Together",
        ),
        (
            "Regional midwives gather in Tern Point",
            "The 2031 Quillan Midwifery Symposium drew midwives from across the region for two "
            "days of talks.",
            "2031 Quillan Midwifery Symposium",
        ),
    ],
)
def test_rule_ti21_a_sentence_case_headline_gives_the_event_its_story_reports(
    headline: str, story: str, want: str
) -> None:
    assert _title(f"{headline}\n{story}\n") == want


def test_rule_ti21_near_misses() -> None:
    # an article's title in sentence case over prose naming no event stays the title
    text = (
        "Caring for the patient after a fall\nNurses often find a patient on the floor, and "
        "the first minutes matter. This article reviews the assessment after a fall.\n"
    )
    assert _title(text) == "Caring for the patient after a fall"
    # a heading ending in "Updates" is a name, not a news section
    assert _title("Pressure Care Updates\n" + _BODY) == "Pressure Care Updates"


@pytest.mark.parametrize(
    "line",
    [
        "QUILLAN BAY PRESSURE INJURY FORUM 2031",
        "ADVANCED SUTURING WORKSHOP",
        "12TH ANNUAL ORRIN SLEEP SYMPOSIUM",
        "FOUNDATIONS OF KNEE TAPING COURSE",
        "ORRIN VALLEY CARDIOLOGY CONFERENCE (OVCC)",
    ],
)
def test_rule_ti22_a_name_in_capitals_ending_in_an_activity_noun_is_a_title(line: str) -> None:
    assert _title(line + "\n" + _BODY) == line


@pytest.mark.parametrize(
    "line",
    [
        "LEARNING OBJECTIVES",
        "ABOUT THE CONFERENCE",
        "REGISTER NOW FOR THE ANNUAL CONFERENCE",
        "EARLY REGISTRATION RATES CLOSE 21 AUGUST 2031",
        "DEEP ROOTS AND NEW SHOOTS",
    ],
)
def test_rule_ti22_near_misses_in_capitals(line: str) -> None:
    assert _title(line + "\n" + _BODY) is None


@pytest.mark.parametrize(
    "tail",
    [
        "– Save the Date",
        "– Now Available",
        "(Free)",
        "– CME Accredited",
        "— Webinar Recording",
        "- Self-Study",
        "| Free CME",
        "– Registration Now Open",
    ],
)
def test_rule_ti23_an_availability_or_recording_note_after_the_name_is_cut(tail: str) -> None:
    assert _title(f"{_NAME} {tail}\n" + _BODY) == _NAME


@pytest.mark.parametrize(
    "tail",
    [
        "@ Hobart Convention Centre",
        "@ Orrin Hall, 9:00 am",
        ", Hobart, Tasmania",
        ", Halifax, NS",
        "– June 5, 2031 – Hobart",
        "| June 5-6, 2031 | Quillan Bay",
    ],
)
def test_rule_ti23_where_and_when_after_an_event_name_are_cut(tail: str) -> None:
    sep = "" if tail.startswith(",") else " "
    assert _title(f"{_EVENT}{sep}{tail}\n" + _BODY) == _EVENT


def test_rule_ti23_a_date_and_a_place_after_a_comma_are_cut() -> None:
    line = "9th Congress of the Orrin Society, February 19-22, 2031, Hobart, Tasmania"
    assert _title(line + "\n" + _BODY) == "9th Congress of the Orrin Society"


@pytest.mark.parametrize(
    "line",
    [
        # a format label in parentheses stays (docs/corpus.md "Title": "… (Live Webinar)")
        f"{_NAME} (Webinar Recording)",
        # a comma inside a name, no place after it; a name not ending in an event's noun
        "Pain, Sleep and Mood: Caring for Older Adults",
        "Caring for Veterans, Ontario Edition",
        # a topic after a dash, not a date and a place
        f"{_EVENT} - Ethics",
    ],
)
def test_rule_ti23_near_misses(line: str) -> None:
    assert _title(line + "\n" + _BODY) == line


@pytest.mark.parametrize(
    "line",
    [
        f"Upcoming Webinar: {_NAME}",
        f"Featured Course – {_NAME}",
        f"Register Now | {_NAME}",
        f"Course Catalog: {_NAME}",
        f"Now Enrolling: {_NAME}",
        f"Latest Event – {_NAME}",
    ],
)
def test_rule_ti20_a_page_type_before_the_name_is_cut(line: str) -> None:
    assert _title(line + "\n" + _BODY) == _NAME


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # a page type before a sentence: a field's statement, no name
        ("Faculty Disclosures: The planners of this activity have nothing to disclose.", None),
        # a subject before the colon is the name's own first part
        (
            "Falls Prevention: A Practical Course for Ward Nurses",
            "Falls Prevention: A Practical Course for Ward Nurses",
        ),
    ],
)
def test_rule_ti20_page_type_near_misses(line: str, want: str | None) -> None:
    assert _title(line + "\n" + _BODY) == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Vaccines for Hepatitis A", "Vaccines for Hepatitis A"),
        ("Nutrition Update: Vitamin A", "Nutrition Update: Vitamin A"),
        ("Care Plans in Dementia: Part A", "Care Plans in Dementia: Part A"),
        ("Quillan Forum 2031 – Ottawa, ON", "Quillan Forum 2031"),
        ("Orrin Wound Symposium 2031 - Regina, SK", "Orrin Wound Symposium 2031"),
    ],
)
def test_rule_ti1_a_capital_letter_or_code_ending_a_heading_joins_no_next_line(
    line: str, want: str
) -> None:
    # "A" or "ON" in capitals ends a name ("Hepatitis A", "Ottawa, ON"): it is no "a" or "on"
    # a heading was cut off after, so the line below stays no part of it
    assert _title(f"{line}\nRelease Date: May 1, 2031\n") == want
    assert _title(f"{line}\n" + _BODY) == want


@pytest.mark.parametrize("top", ["Knee Pain and", "Knee Pain &", "Knee Pain For", "Knee Pain in"])
def test_rule_ti1_a_heading_cut_off_after_a_connective_still_joins_its_end(top: str) -> None:
    assert _title(f"{top}\nRunning Injuries\n" + _BODY) == f"{top} Running Injuries"


@pytest.mark.parametrize(
    ("headline", "story", "want"),
    [
        (
            "Local Nurses Gather to Learn About Pressure Care",
            "Orrin Hospital welcomed 200 nurses to the Quillan Bay Pressure Injury Forum on "
            "Friday, where speakers reviewed new dressings.",
            "Quillan Bay Pressure Injury Forum",
        ),
        (
            "Doctors Urged to Update Sepsis Skills",
            "The Orrin Medical Society will hold its Annual Sepsis Summit on 3 May at the Town "
            "Hall, the society said on Monday.",
            "Annual Sepsis Summit",
        ),
        (
            "Experts Discuss Future of Stroke Care",
            "Speakers at the 5th Quillan Stroke Congress, held in Tern Point, called for faster "
            "imaging in rural hospitals.",
            "5th Quillan Stroke Congress",
        ),
        (
            "Record Turnout Expected as Midwives Meet in Tern Point",
            "The 2031 Quillan Midwifery Symposium drew midwives from across the region for two "
            "days of talks.",
            "2031 Quillan Midwifery Symposium",
        ),
        (
            "Ward Rounds to Focus on Safer Handover",
            "The monthly Orrin Grand Rounds will take up handover between shifts, organisers "
            "said this week.",
            "Orrin Grand Rounds",
        ),
        (
            "Paramedics Flock to Tern Point for Trauma Update",
            "Crews from four counties attended the Quillan Prehospital Trauma Conference at "
            "the civic centre on Saturday.",
            "Quillan Prehospital Trauma Conference",
        ),
    ],
)
def test_rule_ti21_a_title_case_headline_gives_the_event_its_story_reports(
    headline: str, story: str, want: str
) -> None:
    assert _title(f"{headline}\n{story}\n") == want


@pytest.mark.parametrize(
    ("name", "story"),
    [
        # a course's name in title case over prose naming another event: no clause, no verb
        (
            "Managing Chronic Pain in Older Adults",
            "This course was first presented at the Orrin Pain Society Annual Meeting and has "
            "been updated for 2031.",
        ),
        (
            "Wound Care Essentials for Practice Nurses",
            "Developed with the Quillan Wound Conference faculty, this module reviews dressing "
            "choice.",
        ),
        (
            "Nationally Recognised Training in First Aid",
            "Graduates of the Orrin First Aid Course may enrol at the Quillan Trauma Conference "
            "at a reduced rate.",
        ),
    ],
)
def test_rule_ti21_title_case_near_misses(name: str, story: str) -> None:
    assert _title(f"{name}\n{story}\n") == name


@pytest.mark.parametrize(
    "heading",
    [
        "Upcoming Courses & Events",
        "Find a Course",
        "Course Search Results",
        "Browse All Events",
        "Speakers and Faculty",
        "Venue & Accommodation",
    ],
)
def test_rule_ti20_a_heading_of_a_site_page_is_no_title(heading: str) -> None:
    # the page's own heading names the site's page; the activity's name is the line below
    text = f"{heading}\n{_NAME}\n" + _BODY
    assert _title(text) == _NAME


@pytest.mark.parametrize(
    "name",
    ["Next Steps in Delirium Care", "Past, Present and Future of Ward Nursing"],
)
def test_rule_ti20_a_name_with_some_page_words_stays(name: str) -> None:
    assert _title(f"{name}\n" + _BODY) == name


_STORY_HEAD = "Local clinicians gather for a day of learning"


@pytest.mark.parametrize(
    ("story", "want"),
    [
        (
            "More than 300 clinicians attended the ‘Heart of the Matter’ conference in "
            "Tern Point last week, organisers said.",
            "Heart of the Matter",
        ),
        (
            "More than 300 clinicians attended the 'Heart of the Matter' workshop in Tern "
            "Point last week, organisers said.",
            "Heart of the Matter",
        ),
        (
            "More than 300 clinicians joined the Heart of the Matter webinar on Tuesday, "
            "organisers said in a statement.",
            "Heart of the Matter",
        ),
        (
            "Clinicians took part in “Heart of the Matter”, a two-day cardiac care course, in "
            "Tern Point last week.",
            "Heart of the Matter",
        ),
        (
            "Clinicians took part in ‘Nurses’ Role in Heart Failure’, an online module from "
            "Orrin Health, this month.",
            "Nurses’ Role in Heart Failure",
        ),
        (
            "More than 300 clinicians joined a webinar titled Heart of the Matter: Cardiac "
            "Care at Home on Tuesday.",
            "Heart of the Matter: Cardiac Care at Home",
        ),
        (
            "Forty nurses completed a course called Safer Sleep for Older Adults last week.",
            "Safer Sleep for Older Adults",
        ),
    ],
)
def test_rule_ti24_a_story_names_its_activity_in_other_marks(story: str, want: str) -> None:
    assert _title(f"{_STORY_HEAD}\n{story}\n") == want


@pytest.mark.parametrize(
    "story",
    [
        # a quoted sentence is speech; a quoted single word names nothing
        "The speaker said ‘Care comes first.’ conference delegates agreed with the point made.",
        "More than 300 clinicians attended the ‘Heart’ session at the town hall last week.",
    ],
)
def test_rule_ti24_near_misses(story: str) -> None:
    assert _title(f"{_STORY_HEAD}\n{story}\n") not in {
        "Care comes first.",
        "Care comes first",
        "Heart",
    }


def test_rule_ti21_news_a_course_teaches_to_tell_is_no_section() -> None:
    for name in ("Delivering Bad News", "Breaking Difficult News to Families"):
        assert _title(f"{name}\n" + _BODY) == name


def test_rule_ti21_only_the_lead_paragraph_names_the_story_event() -> None:
    # an article's title in sentence case opens on its subject; a conference its later
    # paragraphs mention is not what the page is about
    text = (
        "Caring for the patient after a fall\n"
        "Nurses often find a patient on the floor, and the first minutes of assessment matter "
        "more than any later step.\n"
        "This article grew out of a talk at the Quillan Falls Prevention Conference, where "
        "ward nurses shared their checklists.\n"
    )
    assert _title(text) == "Caring for the patient after a fall"


@pytest.mark.parametrize(
    "line",
    [
        "UPCOMING WEBINAR SERIES",
        "JOIN US AT THE CONFERENCE",
        "CANCELLATION POLICY FOR THE WORKSHOP",
        "SPONSORS OF THE CONFERENCE",
        "BOOK YOUR PLACE ON THE COURSE",
        "TOPICS COVERED IN THE SESSION",
    ],
)
def test_rule_ti22_a_heading_in_capitals_that_points_at_the_activity_is_none(line: str) -> None:
    # an article or a pronoun inside, or no word of a subject: a section's heading or a call
    assert _title(line + "\n" + _BODY) is None


def test_rule_ti22_a_name_in_capitals_may_open_with_its_article() -> None:
    assert _title("THE ORRIN SLEEP SYMPOSIUM\n" + _BODY) == "THE ORRIN SLEEP SYMPOSIUM"
