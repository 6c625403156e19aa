"""Title classes of round 14b (invented text): people lines without a comma, a run of names
wrapped after 'and', a journal's issue line (R-TI-7, R-TI-2)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules
from opencme.ingest.parsing.titles import never_title


@pytest.mark.parametrize(
    "line",
    [
        "Jorla Mennick RDH",  # a person and a post-nominal, no comma
        "Tamsin Oakvale-Reed RN BSN",
        "Pell Arnavy, Quint Osterlo, and",  # faculty names wrapped after "and"
        "Dr. Ivo Strand, Mara Quell, Tobin Yates and",
        "Volume 41 No. 2 Page 17",  # a journal's issue line
        "Vol. 9, Issue 3, pp. 112-118",
        "Lakeside Coalition of periOperative Registered Nurses",  # a body of professionals
        "Northern Guild of Hospital Pharmacists",
    ],
)
def test_people_and_issue_lines_are_never_titles(line: str) -> None:
    assert never_title(line)


@pytest.mark.parametrize(
    "line",
    [
        "Pediatric Oral Health for the RDH",
        "Advanced Practice Wound Care RN",  # a name's words before the letters
        "Wound Care, Pain Relief, and Healing in Older Adults",
        "Volume Resuscitation in Trauma: Two Cases",
        "Resilience of Emergency Nurses",
    ],
)
def test_names_stay_titles(line: str) -> None:
    assert not never_title(line)


@pytest.mark.parametrize(
    "line",
    [
        "The theme of this year’s Summit is “Calm Hands, Clear Minds.”",  # a sentence in quotes
        "Tuesday 9am (Kit Pickup) – Thursday = Online Pre-Work",  # a week's schedule
        "Friday 7:30 am Registration and Breakfast",
        "Section 3 – Self-Assessment Programs",  # an accreditor's credit category
        "Category 1 CME for Mentoring Student Nurses",
        "Take the Online Module",  # a call to action
        "Facebook Share",
        "Pinterest Share",
    ],
)
def test_sentences_schedules_categories_and_actions_are_never_titles(line: str) -> None:
    assert never_title(line)


@pytest.mark.parametrize(
    "line",
    [
        "“Calm Hands, Clear Minds”: A Summit on Burnout",
        "Tuesday Night Tumor Board",
        "Category Theory for Clinicians",
        "Take Charge of Your Knees: Running Injuries",
        "Shared Decision Making in Oncology",
    ],
)
def test_such_names_stay_titles(line: str) -> None:
    assert not never_title(line)


@pytest.mark.parametrize(
    "text",
    [
        # a credit type named in prose: the name is followed by its credit word
        "This course is approved for up to 6 Certified Group Learning Activity credits.\n",
        # what the credit counts towards, an umbrella initiative, another event
        "Finish the quiz to earn 10 points towards Practice Review for Eastmoor Board "
        "Recertification Program, then print your certificate.\n",
        "Westfield Eye Hospital organised a half-day session under the Ocular Health Education "
        "Program on 3 May.\n",
        "The same workshop will be offered prior to the 2031 Northern Retina Society Annual "
        "Meeting in Leeds.\n",
        # a name that runs on into an institution's name
        "The Harbour Society with Pelagic Medicine Training & Research Centre, Port Avery, "
        "will hold sessions on marine stings.\n",
        # a possessive and format words only
        "Credit earned from the Guild’s Virtual Webinar Series can be combined.\n",
    ],
)
def test_names_in_prose_of_other_things_are_no_titles(text: str) -> None:
    assert parse_rules(text).record["title"] is None


def test_a_name_in_prose_of_the_activity_stays() -> None:
    text = "Eastbay Clinic will host the 2031 Coastal Wound Care Symposium at its new hall.\n"
    assert parse_rules(text).record["title"] == "2031 Coastal Wound Care Symposium"


@pytest.mark.parametrize(
    "line",
    [
        "Name of Society / College",  # a form's or a table's column label
        "Early Bird Registrations",  # a registration rate's heading
        "Group Registration Fees",
        "Organising Secretariat",  # the organiser's contact heading
        "Secretaría del Congreso",
        "Per State Board Rule §12.301",  # a rule's citation
        "Logging Podcasts for Your CPD",  # guidance on credit
        "Maximum CME/CPD Points for the Whole Meeting",  # a credit's cap
        "Contact the Harbour Guild Northern branch",  # a call to contact the provider
        "Part of the Eastmoor Health Network",  # a site's tagline
        "Breakfast generously sponsored by Harbour Pharmacy Group",  # a sponsor's thanks
        "Online Meeting Link Provided Later",  # a note that something is still to come
        "Venue Details to Follow",
        "Speakers TBA",
        "Calendar of Northern and National events",  # a listing of events
        "Northern calendar and events",
        "Eastmoor Dental EducationEastmoor Dental Education",  # a logo's text twice, glued
        "Max for whole event",
        "C/Alcalá Nº42·3º dcha",  # a Spanish street address
        "Avda. del Puerto N° 7",
    ],
)
def test_labels_contacts_citations_and_credit_guidance_are_never_titles(line: str) -> None:
    assert never_title(line)


@pytest.mark.parametrize(
    "line",
    [
        "Registration Science for Trial Nurses: Ethics and Records",
        "Name That Rash: Dermatology Cases for Primary Care",
        "Designing Care for Your Older Patients",
        "Contact Dermatitis in Hairdressers",
        "Wound Symposium Sponsored by Industry: Ethics Cases",
        "Part of the Solution: Nurses and Opioids",
    ],
)
def test_names_with_those_words_stay(line: str) -> None:
    assert not never_title(line)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Join us at the Western Forum of Rural Clinics 2031 Annual Conference in Reno, "
            "where members share their programs.\n",
            "Western Forum of Rural Clinics 2031 Annual Conference",
        ),
        (
            "The Harbour Wound Symposium: Healing Together—A Nursing and Podiatry Partnership "
            "is co-hosted by two colleges.\n",
            "Harbour Wound Symposium: Healing Together—A Nursing and Podiatry Partnership",
        ),
    ],
)
def test_a_name_in_prose_runs_on_to_its_noun_and_subtitle(text: str, title: str) -> None:
    assert parse_rules(text).record["title"] == title


@pytest.mark.parametrize(
    "text",
    [
        # a dated entry of a schedule: a numeric date with its year opening the line
        "Zertifizierung\n"
        "14. 5. 2031: 6 CME-Punkte/Kategorie A\n"
        "15. 5. 2031: 6 CME-Punkte/Kategorie A\n"
        "Die Punkte werden gemeldet.\n",
        "date 2031-03-02 Under the Patronage of the Regional Health Authority\n"
        "Registration opens in January for all delegates.\n",
    ],
)
def test_a_line_opening_with_a_full_numeric_date_is_no_title(text: str) -> None:
    assert parse_rules(text).record["title"] is None


def test_a_name_in_prose_keeps_its_exhibition() -> None:
    text = (
        "Eastbay will host the 3rd Gulf Wound Healing Conference & Exhibition “GWH 2031” "
        "at its convention centre.\n"
    )
    assert parse_rules(text).record["title"] == "3rd Gulf Wound Healing Conference & Exhibition"


@pytest.mark.parametrize(
    "line",
    [
        "Royal College of Wound Nurses (RCWN)",
        "Lakeside Nursing Council (for Registered Nurses of Lakeside)",
    ],
)
def test_an_institution_with_a_parenthesis_is_never_a_title(line: str) -> None:
    assert never_title(line)


def test_an_activity_with_its_acronym_stays() -> None:
    assert not never_title("Lakeside Wound Symposium (LWS)")


def test_a_two_part_name_with_a_one_word_subtitle_the_page_names_again_is_the_title() -> None:
    text = (
        "Caring for Feet: Basics - CNE 1.0 Contact Hour(s)\n"
        "“Caring for Feet: Basics” shows how to inspect the feet of patients with diabetes.\n"
        "Skill Level: Beginner\n"
    )
    assert parse_rules(text).record["title"] == "Caring for Feet: Basics"


def test_a_field_with_a_one_word_value_stays_no_title() -> None:
    text = "Skill Level: Beginner\nContent Area: Cardiology\nA short talk on stents.\n"
    assert parse_rules(text).record["title"] is None


def test_a_short_heading_takes_the_full_name_the_next_paragraph_defines() -> None:
    text = (
        "Wound Closure\n"
        "\n"
        "Nurse closing a wound.\n"
        "\n"
        "The Wound Closure/Suturing Certification for the Practice Nurse is a two-day course "
        "that teaches simple interrupted sutures.\n"
        "Fee: $400\n"
    )
    title = parse_rules(text).record["title"]
    assert title == "Wound Closure/Suturing Certification for the Practice Nurse"


def test_a_short_heading_stays_when_the_paragraph_speaks_of_something_else() -> None:
    text = (
        "Wound Closure\n"
        "\n"
        "The Wound Closure market is a growing one, and nurses are asked to close wounds.\n"
        "Fee: $400\n"
    )
    assert parse_rules(text).record["title"] == "Wound Closure"


def test_a_short_heading_takes_the_quoted_name_of_the_program_below_it() -> None:
    text = (
        "Suturing Training\n"
        "\n"
        "Outline\n"
        "\n"
        "The Harbour Guild’s ‘Safe Suturing in a Rural Clinic Setting’ program gives nurses "
        "the skills to close simple wounds.\n"
    )
    assert parse_rules(text).record["title"] == "Safe Suturing in a Rural Clinic Setting"


def test_a_quoted_name_sharing_no_word_with_the_heading_does_not_replace_it() -> None:
    text = (
        "Suturing Training\n"
        "\n"
        "Part of the ‘Better Rural Care’ program, this training teaches suturing to "
        "nurses.\n"
    )
    assert parse_rules(text).record["title"] == "Suturing Training"


def test_a_headline_whose_lower_case_verb_offers_a_named_activity_gives_the_name() -> None:
    text = (
        "Eastmoor Sports Clinic & Harbour College Athletics offer The Young Shoulder\n"
        "A morning of talks on shoulder injuries in young athletes.\n"
        "The Young Shoulder is open to physicians and trainers.\n"
    )
    assert parse_rules(text).record["title"] == "The Young Shoulder"


def test_an_empty_line_is_no_shape() -> None:
    from opencme.ingest.parsing.title_shapes import other_shape

    assert not other_shape("")
