"""Audience classes of round 14 (docs/corpus.md "Audience"; rules.md R-AU-1..3) on invented
text."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules


def aud(text: str) -> list[str]:
    out: list[str] = parse_rules(text, "t").record["audience"]
    return out


def test_a_title_for_a_capitalised_profession_noun_names_its_audience() -> None:
    assert aud("Courses\n\nGravel Care for Health Professionals Course Information\n") == [
        "health professionals"
    ]
    assert aud("Pebble Basics for Nurses\n\nA short course on pebbles.\n") == ["nurses"]
    assert aud("Pebble Basics for Care Providers\n\nA course.\n") == ["care providers"]


def test_a_lead_phrase_counts_only_in_a_sentence_about_the_activity() -> None:
    text = (
        "Gravel Safety\n"
        "Agencies published rules aimed at shielding health workers from dust. The course "
        "reviews these rules for dental offices.\n"
    )
    assert aud(text) == []
    text = (
        "Gravel Congress Terms\n"
        "Students at the reduced congress fee must upload a card. The junior membership is open "
        "to a holder of a degree in geology who is not a vendor.\n"
    )
    assert aud(text) == []
    text = "Gravel Course\nDesigned for quarry nurses, this course covers gravel dust.\n"
    assert aud(text) == ["quarry nurses"]
    text = (
        "Gravel Course\nGravel dust is hard to see. This intense, hands-on, two-day course "
        "is designed especially for quarry nurses. The course has four parts.\n"
    )
    assert aud(text) == ["quarry nurses"]


def test_it_continuing_a_sentence_about_the_activity_is_its_subject() -> None:
    text = (
        "Pebble Therapy Part 1\n"
        "This course is 12 CEUs and is a beginner-level course.\n\n"
        "It gives an introduction to pebble therapy, and is intended for licensed counselors "
        "and social workers.\n"
    )
    assert aud(text) == ["licensed counselors", "social workers"]


def test_people_invited_or_welcome_to_attend_are_the_audience() -> None:
    text = (
        "Gravel Rounds\n"
        "The rounds meet monthly to discuss gravel cases. Quarry physicians and ancillary staff "
        "are welcome to attend.\n"
    )
    assert aud(text) == ["quarry physicians", "ancillary staff"]
    text = (
        "Pebble Day\n"
        "Chair Dr. Ann Gravel said geologists and other earth scientists from around the "
        "world are invited to attend this virtual event.\n"
    )
    assert aud(text) == ["geologists", "other earth scientists"]
    text = "Both new and experienced field mentors are invited to participate in this training.\n"
    assert aud(text) == ["new and experienced field mentors"]
    text = "Pebble Congress\nThe delegates are encouraged to register early.\n"
    assert aud(text) == []


def test_others_and_anyone_keep_a_participle_or_with_clause() -> None:
    text = (
        "Gravel Workshop\nThis workshop is designed for geologists, quarry nurses, and others "
        "supporting the safety and health of miners and families.\n"
    )
    assert aud(text) == [
        "geologists",
        "quarry nurses",
        "others supporting the safety and health of miners and families",
    ]
    text = (
        "Pebble Day\nThe conference is open to nurses, geologists, and anyone with an interest "
        "in pebbles – the meeting after it is for members only.\n"
    )
    assert aud(text) == ["nurses", "geologists", "anyone with an interest in pebbles"]
    text = "Pebble Day\nThis course is designed for geologists and any others who study pebbles.\n"
    assert aud(text) == ["geologists", "any others who study pebbles"]
    text = "Pebble Day\nThis course is designed for other nursing staff and pharmacists.\n"
    assert aud(text) == ["other nursing staff", "pharmacists"]


def test_other_x_keeps_a_with_clause() -> None:
    text = (
        "Target Audience:\n\nThe following HCPs: geologists and miners; and any other HCPs with "
        "an interest in or who clinically encounter patients with pebble lung.\n"
    )
    assert aud(text) == [
        "geologists",
        "miners",
        "any other hcps with an interest in or who clinically encounter patients with pebble lung",
    ]


def test_bare_professionals_keep_the_clause_that_says_who_they_are() -> None:
    text = (
        "Pebble Workshop\nThis workshop is designed for professionals with a prior background "
        "in geology and formal testing, including geologists, and to take part fully you must "
        "buy the manual.\n"
    )
    assert aud(text) == [
        "professionals with a prior background in geology and formal testing",
        "geologists",
    ]
    text = (
        "Pebble Workshop\nThis workshop is aimed at professionals with some knowledge and "
        "experience of pebble therapy, who wish to learn more.\n"
    )
    assert aud(text) == ["professionals with some knowledge and experience of pebble therapy"]
    text = "Pebble Workshop\nThis course is for mental health professionals who treat miners.\n"
    assert aud(text) == ["mental health professionals"]
    text = "Pebble Workshop\nThis training is appropriate for clinicians who are \n"
    assert aud(text) == ["clinicians"]


def test_a_title_for_the_one_member_of_a_profession() -> None:
    assert aud("Applying Pebble Gel for the Quarry Hygienist\n\nA four-day course.\n") == [
        "quarry hygienist"
    ]
    assert aud("Pebble Basics for the Winter\n\nA short course.\n") == []
    assert aud("Pebble Basics for the Quarry Center\n\nA short course.\n") == []


def test_a_one_letter_abbreviation_does_not_end_the_list() -> None:
    text = (
        "Target Audience\nThis activity has been designed to meet the educational needs of "
        "quarry teams, including within U.S. Government, gravel planners, and geologists.\n"
    )
    assert aud(text) == ["quarry teams", "gravel planners", "geologists"]
    text = (
        "Pebble Course\nThis course is open to all registered staff within quarry care e.g. "
        "nurses / medics.\n"
    )
    assert aud(text) == ["all registered staff within quarry care"]


def test_an_umbrella_before_including_gives_way_to_the_people_it_names() -> None:
    text = (
        "Gravel Course\nThis activity is intended for healthcare professionals, including "
        "geologists, quarry nurses, and pharmacists involved in the care of miners.\n"
    )
    assert aud(text) == ["geologists", "quarry nurses", "pharmacists"]
    text = (
        "Gravel Course\nThis workshop is designed for professionals with a background in "
        "gravel, including geologists.\n"
    )
    assert aud(text) == ["professionals with a background in gravel", "geologists"]


def test_a_profession_before_a_post_modifying_adjective_names_people() -> None:
    text = (
        "Gravel Lung\nThe intended audience for this educational initiative is clinicians "
        "responsible for the daily care of miners with gravel lung.\n"
    )
    assert aud(text) == ["clinicians responsible for the daily care of miners with gravel lung"]


def test_an_audience_key_run_onto_the_line_above_heads_the_list_under_it() -> None:
    text = (
        "Launch Date:\nMarch 3, 2031\nExpiration Date:\nMarch 3, 2032 primary audience:\n\n"
        "Geologists, Quarry nurses\nRelevant Terms:\nNone\n"
    )
    assert aud(text) == ["geologists", "quarry nurses"]


def test_a_with_clause_after_a_named_profession_goes() -> None:
    text = (
        "Gravel Course\nThis six-day course is designed for geologists, quarry nurses and MDs "
        "with experience treating miners with gravel lung.\n"
    )
    assert aud(text) == ["geologists", "quarry nurses", "mds"]
    text = "Gravel Course\nThis course is for geologists and nurses with an interest in dust.\n"
    assert aud(text) == ["geologists", "nurses"]


def test_a_lead_phrase_far_from_the_activity_belongs_to_another_noun() -> None:
    text = (
        "Pebble Day\nThe workshop received support from various quarry companies, showcasing "
        "a variety of gravel equipment and tools tailored for pebble miners.\n"
    )
    assert aud(text) == []


def test_an_umbrella_before_a_dash_gives_way_to_the_people_it_names() -> None:
    text = (
        "Pebble Day\nThe conference is open to all levels of quarry practitioners – NPs, GPs, "
        "geologists, and nurses.\n"
    )
    assert aud(text) == ["nps", "gps", "geologists", "nurses"]


def test_sponsors_or_speakers_invited_are_no_audience() -> None:
    assert aud("Pebble Congress\nSponsors and exhibitors are invited to attend the gala.\n") == []
    assert aud("Pebble Congress\nAbstract authors are encouraged to register early.\n") == []


def test_all_or_any_with_a_noun_keeps_the_clause_that_says_who() -> None:
    text = (
        "Gravel Course\nThis course is designed for geologists, miners, and all quarry "
        "professionals involved in direct dust care.\n"
    )
    assert aud(text) == [
        "geologists",
        "miners",
        "all quarry professionals involved in direct dust care",
    ]
    text = "Gravel Course\nThis course is for all nurses and geologists involved in dust care.\n"
    assert aud(text) == ["all nurses", "geologists"]


def test_a_sentence_ending_in_one_letter_ends_the_list() -> None:
    text = (
        "Gravel Course\nThis course is designed for geologists and others treating miners "
        "with gravel type C. The course also covers dust.\n"
    )
    assert aud(text) == ["geologists", "others treating miners with gravel type c"]
